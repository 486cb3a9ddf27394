"""The first-name gender table: how it is built, and how often the articles themselves agree with it.

    python benchmarks/first_names.py                      # measure on the four open gold folders
    python benchmarks/first_names.py --build name_data.json   # rebuild claimcheck/data/first_names.tsv

`--build` reads `name_data.json` from the nomquamgender package (MIT; `pip download nomquamgender`,
the file is inside the wheel) and keeps the first names seen in at least 5 of its sources and 1,000 times:
with a share of women at most 0.05 or at least 0.95 a name has that gender (M, F); a name of either seen
50,000 times or more (X: `jean`, `michel`, `dominique`) still opens a person's name but says no gender.

The measure takes every person named with a first name in the open gold articles whose gender the
article itself writes (an honorific, a gendered role, participle agreement, a pronoun that follows)
and prints how many of them the table covers, and how often it agrees with the article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "claimcheck" / "data" / "first_names.tsv"
MIN_SOURCES, MIN_COUNT, CERTAIN = 5, 1000, 0.05
# a name given to both, among the words the sources read as names, is a name only when it is a common one
# (`jean`, `michel`, `dominique`; not the particles `le`, `van`, nor `york`, `loan`)
MIN_COUNT_EITHER = 50_000

HEADER = """\
# First names, lower case without accents: nearly always a man's (M), a woman's (F), or either (X).
# Built by benchmarks/first_names.py from name_data.json of nomquamgender 0.1.4
# (https://github.com/ianvanbuskirk/nomquamgender): seen in at least {sources} of its sources and
# {count} times; M and F: share of women <= {certain} or >= {certain_f}; X: any other, seen {either} times.
#
# nomquamgender: Copyright (c) 2022 Ian Van Buskirk. MIT License:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
# OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def build(source: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    kept: dict[str, str] = {}
    for name, (sources, count, share_of_women, _) in data.items():
        if not re.fullmatch(r"[a-z]{2,}(-[a-z]+)?", name) or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if share_of_women <= CERTAIN or share_of_women >= 1 - CERTAIN:
            kept[name] = "M" if share_of_women <= CERTAIN else "F"
        elif count >= MIN_COUNT_EITHER:
            kept[name] = "X"
    header = HEADER.format(sources=MIN_SOURCES, count=f"{MIN_COUNT:,}", certain=CERTAIN, certain_f=1 - CERTAIN,
                           either=f"{MIN_COUNT_EITHER:,}")
    TABLE.write_text(header + "".join(f"{name}\t{kept[name]}\n" for name in sorted(kept)), encoding="utf-8")
    counts = {g: sum(1 for kind in kept.values() if kind == g) for g in "MFX"}
    print(f"wrote {TABLE.relative_to(ROOT)}: {len(kept)} first names ({counts['M']} men, {counts['F']} women, "
          f"{counts['X']} either)")


def measure() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.pooled import EVAL, SETS, CachedParser, lang_of
    from claimcheck.evaluate import read_gold_dir
    from claimcheck.extract import speakers
    from claimcheck.extract.lexicon import first_name_table, load
    from claimcheck.extract.marks import QuoteIndex
    from claimcheck.extract.component import quotations
    from claimcheck.ingest import read_file

    names = first_name_table()
    tally: Counter = Counter()
    for name in SETS:
        lang = lang_of(name)
        parse, lex = CachedParser(lang), load(lang)
        table = lex.first_name_genders  # (the world's table with the language's own genders)
        for gold in read_gold_dir(EVAL / name):
            doc = parse(next(iter(read_file(gold.path))).text)
            # the article's own evidence only: the registry built without the table
            registry = speakers.Registry.build(doc, lex, QuoteIndex(quotations(doc)), first_names=False)
            for person, gender in registry.genders.items():
                words = speakers.fold(person).split()
                if len(words) < 2:
                    continue
                tally[name, "told"] += 1
                tally[name, "named"] += words[0] in names
                guess = table.get(words[0])
                if guess is not None:
                    tally[name, "covered"] += 1
                    tally[name, "agree"] += guess == gender
    print(f"{'set':<10} {'told':>5} {'named':>6} {'covered':>8} {'agree':>6}")
    for name in SETS:
        told, covered = tally[name, "told"], tally[name, "covered"]
        print(f"{name:<10} {told:>5} {tally[name, 'named'] / max(told, 1):6.2f} {covered / max(told, 1):8.2f} {tally[name, 'agree'] / max(covered, 1):6.3f}")
    print("told: people named with a first name whose gender the article writes; named: share whose first name the"
          " table holds; covered: share it gives a gender; agree: share of those where it says the same")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, metavar="NAME_DATA_JSON", help="rebuild the table from nomquamgender")
    args = parser.parse_args()
    if args.build:
        build(args.build)
    else:
        measure()


if __name__ == "__main__":
    main()
