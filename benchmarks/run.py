"""Every benchmark in one command: extraction, review app, export, matching, shards, speakers.

    python benchmarks/run.py           # the sizes of the issues (long: about an hour on 2 cores)
    python benchmarks/run.py --quick   # smaller sizes, a few minutes

Each benchmark runs in its own process and prints its own table; this prints them in turn.
The speaker benchmark needs the annotated sets in ../shared/eval and is left out without them.
Nothing here is a test: figures are printed, never judged.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ("extraction", ["extraction.py", "--articles", "300", "--memory", "1000", "10000"]),
    ("review app", ["review_app.py", "--claims", "100000"]),
    ("export", ["export.py", "--claims", "100000"]),
    ("matching", ["matching.py", "--reviewed", "10000", "--new", "100000", "--sample", "0"]),
    ("shards", ["shards.py", "--articles", "1000", "--shard-size", "100"]),
]
QUICK = [
    ("extraction", ["extraction.py", "--articles", "100", "--memory", "50", "200"]),
    ("review app", ["review_app.py", "--claims", "100000", "--keys", "150"]),
    ("export", ["export.py", "--claims", "100000"]),
    ("matching", ["matching.py", "--reviewed", "10000", "--new", "100000", "--sample", "2000"]),
    ("shards", ["shards.py", "--articles", "200", "--shard-size", "50"]),
]


def _pooled(lang: str) -> bool:
    """Whether the shipped model of `lang` was trained with the other language's examples too."""
    model = HERE.parent / "claimcheck" / "data" / f"speaker_model_{lang}.json"
    return bool(json.loads(model.read_text(encoding="utf-8")).get("pooled"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a few minutes")
    args = parser.parse_args()
    runs = list(QUICK if args.quick else FULL)
    gold = HERE.parent.parent / "shared" / "eval"
    for lang, other in (("fr", "en"), ("en", "fr")):
        if (gold / f"{lang}-dev").is_dir():
            command = ["speakers.py", str(gold / f"{lang}-dev"), lang]
            if _pooled(lang) and (gold / f"{other}-dev").is_dir():
                command += ["--also", str(gold / f"{other}-dev"), other]  # as the shipped model was trained
            runs.append((f"speakers {lang}", command))
    for name, command in runs:
        print(f"\n== {name} ({' '.join(command)})", flush=True)
        start = time.perf_counter()
        run = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]], cwd=HERE.parent)
        print(f"   ({time.perf_counter() - start:.0f} s{'' if run.returncode == 0 else f', exit {run.returncode}'})",
              flush=True)


if __name__ == "__main__":
    main()
