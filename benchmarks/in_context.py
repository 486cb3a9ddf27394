"""Do the extraction tests hold when each text stands inside an article?

    python benchmarks/in_context.py                  # both contexts, French and English extraction tests
    python benchmarks/in_context.py --context before

Every invented test sentence opens its text and ends it, yet a quote in a real article follows other
paragraphs and is followed by more; the parser reads a sentence otherwise then (its windows cross
sentences), and a rule may read a sentence's last word and find the line break after it. This runs the
extraction tests through `tests/conftest.py`'s helpers with a neutral paragraph before each text, then
after it, and prints how many tests fail in each context. Some fail by their premise (a dateline or a
headline must open the article, a parse mistake the test is about does not happen); the others name a
rule that holds only at an article's edge. Judges nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/test_extract_fr.py", "tests/test_extract_en.py"]


def run(context: str) -> tuple[int, list[str]]:
    """Tests passed and the names of those failed, with the texts read in `context`."""
    out = subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "-p", "no:cacheprovider", "-rf", *TESTS],
                         cwd=ROOT, capture_output=True, text=True, env=os.environ | {"CLAIMCHECK_TEST_CONTEXT": context})
    failed = [line.split(" ", 1)[1].split(" - ")[0] for line in out.stdout.splitlines() if line.startswith("FAILED ")]
    passed = re.search(r"(\d+) passed", out.stdout)
    return int(passed.group(1)) if passed else 0, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--context", choices=["before", "after"], nargs="*", default=["before", "after"])
    args = parser.parse_args()
    for context in args.context:
        passed, failed = run(context)
        print(f"a paragraph {context} each text: {passed} passed, {len(failed)} failed")
        for name in failed:
            print(f"  {name}")


if __name__ == "__main__":
    main()
