"""Which reporting verbs report through their object or infinitive, learned from the open gold.

    python benchmarks/frame_licences.py fr [--min-true 2] [--min-precision 0.5]

`X a annoncé la suppression de …` reports; `X a lancé un appel` mostly does not. The
language data lists the cues allowed the object frame (`object_cues`) and the infinitive
frame (`infinitive_cues`). This script licenses every other cue of the lexicon for both
frames, runs the extractor on every article of the language's open gold folders, and for
each cue counts the quotes this adds (not found with the data file as it is) that match a
gold quote and those that do not. A cue earns its licence with at least `--min-true` right quotes and a
precision of `--min-precision`. How well that choice carries to unseen articles is printed
by 5-fold cross-validation by article: cues chosen on four folds, their added quotes
counted on the fifth.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pooled import EVAL, CachedParser  # noqa: E402
from claimcheck import learning  # noqa: E402
from claimcheck.evaluate import Quote, locate_gold, match_quotes, read_gold_dir  # noqa: E402
from claimcheck.extract import lexicon  # noqa: E402
from claimcheck.extract.quotes import QuoteFinder  # noqa: E402
from claimcheck.ingest import read_file  # noqa: E402

def added_quotes(lang: str) -> dict[str, dict[str, list[int]]]:
    """cue lemma -> article -> [right, wrong] quotes that licensing every cue adds."""
    shipped = lexicon.load(lang)
    data = dataclasses.replace(shipped.data, object_cues=shipped.data.object_cues | shipped.cues,
                               infinitive_cues=shipped.data.infinitive_cues | shipped.cues)
    everything = dataclasses.replace(shipped, data=data)
    parse = CachedParser(lang)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for folder in (f"{lang}-dev", f"{lang}-train"):
        for gold in read_gold_dir(EVAL / folder):
            text = next(iter(read_file(gold.path))).text
            doc = parse(text)
            rules = learning.RULES_ONLY  # the speaker does not matter here
            before = {(c.content.start, c.content.end) for c in QuoteFinder(doc, shipped, ranker=rules).find()}
            claims = QuoteFinder(doc, everything, ranker=rules).find()
            right = {i for i, _ in match_quotes([Quote(c.content.start, c.content.end, None) for c in claims],
                                                locate_gold(text, gold.quotes), 0.3)}
            for i, claim in enumerate(claims):
                if claim.reasons[:1] != ("object",) or claim.cue is None \
                        or (claim.content.start, claim.content.end) in before:
                    continue
                span = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
                lemma = next((shipped.cue_lemma(t.lemma_, t.text) for t in span or ()
                              if shipped.cue_lemma(t.lemma_, t.text)), None)
                if lemma is not None:
                    counts[lemma][f"{folder}/{gold.name}"][0 if i in right else 1] += 1
    return counts


def choose(counts: dict[str, dict[str, list[int]]], min_true: int, min_precision: float,
           without: set[str] = frozenset()) -> set[str]:
    chosen = set()
    for lemma, per_article in counts.items():
        right = sum(n[0] for a, n in per_article.items() if a not in without)
        wrong = sum(n[1] for a, n in per_article.items() if a not in without)
        if right >= min_true and right / (right + wrong) >= min_precision:
            chosen.add(lemma)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=list(lexicon.LANGUAGES))
    parser.add_argument("--min-true", type=int, default=2)
    parser.add_argument("--min-precision", type=float, default=0.5)
    args = parser.parse_args()

    counts = added_quotes(args.lang)
    print(f"{'cue':<16} {'right':>5} {'wrong':>5}   (quotes the object/infinitive frames add)")
    for lemma in sorted(counts, key=lambda c: -sum(map(sum, counts[c].values()))):
        right = sum(n[0] for n in counts[lemma].values())
        wrong = sum(n[1] for n in counts[lemma].values())
        print(f"{lemma:<16} {right:5} {wrong:5}")
    print(f"\nto license, by the whole pool: {', '.join(sorted(choose(counts, args.min_true, args.min_precision)))}")
    articles = sorted({a for per_article in counts.values() for a in per_article})
    right = wrong = 0
    for held_out in learning.folds(articles):
        for lemma in choose(counts, args.min_true, args.min_precision, without=held_out):
            for article, (r, w) in counts[lemma].items():
                if article in held_out:
                    right, wrong = right + r, wrong + w
    print(f"cross-validated by article: the licences add {right} right and {wrong} wrong quotes")


if __name__ == "__main__":
    main()
