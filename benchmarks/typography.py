"""Does extraction hold when the same articles are typeset another way?

    python benchmarks/typography.py                  # fr-train and en-train
    python benchmarks/typography.py --sets fr-dev

Articles from other newsrooms and from the web set the same words differently: guillemets with
or without spaces inside, curly or straight quotation marks, no-break spaces, curly or straight
apostrophes, lines hard-wrapped, a wire dateline before the first sentence. Each variant rewrites an open gold folder (its texts and its gold quotes alike) into a
temporary folder and scores it with `claimcheck evaluate`'s scorer and the shipped models; a
variant that scores below the original names a typesetting the extractor does not read yet.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
from pathlib import Path

from claimcheck.evaluate import run_evaluation

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"

def _curled(text: str) -> str:
    """Straight double quotes as typeset ones: opening after a space or a bracket, closing elsewhere."""
    return re.sub(r'(^|[\s(\[—–-])"', "\\1“", text, flags=re.M).replace('"', "”")


def _wrapped(text: str, width: int) -> str:
    """Each paragraph broken into lines of at most `width` characters, as plain-text mail and old archives are:
    every break takes the place of one space, so quotes stay where they were."""
    out = []
    for line in text.split("\n"):
        words, row = line.split(" "), []
        for word in words:
            if row and len(" ".join(row + [word])) > width:
                out.append(" ".join(row))
                row = []
            row.append(word)
        out.append(" ".join(row))
    return "\n".join(out)


VARIANTS = {
    "as written": lambda t: t,
    "guillemets tight": lambda t: t.replace("« ", "«").replace(" »", "»"),
    "guillemets no-break": lambda t: t.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:"),
    "curly quotes": lambda t: re.sub(r"« ?", "“", re.sub(r" ?»", "”", _curled(t))),
    "straight quotes": lambda t: re.sub(r"[«“] ?", '"', re.sub(r" ?[»”]", '"', t)),
    "single quotes (British)": lambda t: re.sub(r"« ?", "‘", re.sub(r" ?»", "’", _curled(t))).replace("“", "‘").replace("”", "’"),
    "curly apostrophes": lambda t: t.replace("'", "’"),
    "straight apostrophes": lambda t: t.replace("’", "'"),
    "lines wrapped at 72": lambda t: _wrapped(t, 72),
    "wire dateline": lambda t: "PARIS (AFP) - " + t,
}


def rewrite(source: Path, target: Path, change) -> None:
    """A gold folder with every text and every quoted string of its gold changed the same way: a change
    that keeps the length (a break for a space) is read off the changed text where the string stood."""
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.suffix not in (".txt", ".json"):
            shutil.copy(path, target / path.name)
    for path in source.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        header, _, body = text.partition("\n") if text.startswith("date ") else ("", "", text)
        # the header line (`date 2017-05 "Title"`) is the file format's, not the article's typesetting
        changed = change(body)
        (target / path.name).write_text(header + "\n" * bool(header) + changed, encoding="utf-8")
        gold_path = path.with_suffix(".json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))

        def moved(piece: str) -> str:
            if changed.endswith(body):
                return piece  # words put before the article change none of its own
            at = body.find(piece)
            if len(changed) == len(body) and at >= 0:
                return changed[at : at + len(piece)]
            return change(piece)

        for quote in gold.get("quotes", []):
            for key in ("content", "mention", "cue"):
                if isinstance(quote.get(key), str):
                    quote[key] = moved(quote[key])
        for statement in gold.get("statements", []):
            statement["text"] = moved(statement["text"])
        (target / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["fr-train", "en-train"])
    args = parser.parse_args()
    print(f"{'set':10} {'variant':24} {'P@.3':>6} {'R@.3':>6} {'F1@.3':>6} {'speaker':>7}")
    for name in args.sets:
        lang = "en" if name.startswith("en") else "fr"
        for variant, change in VARIANTS.items():
            with tempfile.TemporaryDirectory() as folder:
                target = Path(folder) / name
                rewrite(EVAL / name, target, change)
                row = run_evaluation(target, lang=lang)["0.3"]
            print(f"{name:10} {variant:24} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                  f"{row['speaker_accuracy']:7.3f}", flush=True)


if __name__ == "__main__":
    main()
