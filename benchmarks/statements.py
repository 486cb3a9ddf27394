"""Check-worthy statements on the annotated articles, by cross-validation by article.

    python -m benchmarks.statements            # the shipped form of the model
    python -m benchmarks.statements --grid     # also other regularisations, and each feature group left out

Articles of ../shared/eval/fr-train and en-train whose gold lists statements; parses cached
as in benchmarks/pooled.py. Prints, per language and pooled, P / R / F1, the recall of central
claims (importance 3) and the precision of the most check-worthy 20%: for the learned model
(threshold chosen on the held-out scores, figures averaged over three fold deals), for the
floor a fact-checker would start from (every sentence with a digit outside quotation marks), and
for offering every candidate sentence (the share of news sentences that are check-worthy is high).
"""

from __future__ import annotations

import argparse
import re
import time

from benchmarks.pooled import EVAL, CachedParser
from claimcheck import statement_learning as sl
from claimcheck.evaluate import Statement, StatementTally
from claimcheck.ingest import read_file
from claimcheck.model import Article

SETS = (("fr", "fr-train"), ("en", "en-train"))
GROUPS = {
    "figures": ("figure", "figures", "percentage", "money", "quantity"),
    "dates and records": ("date", "superlative", "comparison"),
    "entities": ("person", "organisation", "place", "entities"),
    "quotation": ("quoted", "marks", "attribution", "attributed_fact"),
    "position": ("lead", "first_paragraph", "last_paragraph", "position"),
    "tense and mood": ("past", "present", "future", "conditional", "verbless", "passive"),
    "voice": ("hedge", "first_person", "second_person", "exclamation", "colon", "negation"),
    "length": ("short", "long", "words"),
}


def line(name: str, figures: dict) -> str:
    return (f"{name:<34} P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}  "
            f"central {figures['central_recall']:.3f}  top20% {figures['top_precision']:.3f}")


def floor(articles: list[sl.Annotated], bodies: dict[str, str]) -> dict:
    """Every sentence with a digit, outside quotation marks (the marks' share under a third)."""
    total = StatementTally()
    for article in articles:
        text = bodies[article.group]
        offered = [Statement(r.start, r.end, 1.0) for r in article.rows
                   if re.search(r"\d", text[r.start:r.end]) and r.features.get("marks", 0) < 0.3]
        total.add(offered, article.gold)
    return total.scores()


def every_sentence(articles: list[sl.Annotated]) -> dict:
    """Every candidate sentence offered: on news most sentences report a checkable fact."""
    return sl.tally(articles, {a.group: [1.0] * len(a.rows) for a in articles}, 0.5).scores()


def without(articles: list[sl.Annotated], names: tuple[str, ...]) -> list[sl.Annotated]:
    return [sl.Annotated(a.group, [sl.Row(**(vars(r) | {"features": {k: v for k, v in r.features.items()
                                                                     if k not in names}})) for r in a.rows], a.gold)
            for a in articles]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    articles: dict[str, list[sl.Annotated]] = {}
    for lang, name in SETS:
        articles[lang] = sl.gold_articles(EVAL / name, CachedParser(lang), lang, name)
    print(f"parsed and extracted in {time.perf_counter() - start:.0f} s")
    pool = [a for group in articles.values() for a in group]
    for lang, group in articles.items():
        gold = sum(len(a.gold) for a in group)
        covered = sum(r.label for a in group for r in a.rows)
        print(f"{lang}: {len(group)} articles, {gold} gold statements, {sum(len(a.rows) for a in group)} candidate "
              f"sentences, {covered} of the gold covered by one")
    choices = (0.1, 0.3, 1.0, 3.0) if args.grid else (sl.REGULARISATION,)
    for c in choices:
        threshold, figures = sl.cross_validated(pool, c=c)
        print(line(f"learned, C={c}, threshold {threshold}", figures))
        runs = [sl.held_out_scores(pool, c=c, seed=seed) for seed in sl.SEEDS]
        for lang, group in articles.items():
            per = [sl.tally(group, run, threshold).scores() for run in runs]
            print(line(f"  {lang}", {k: sum(p[k] for p in per) / len(per) for k in per[0]}))
    for lang, group in articles.items():
        # offsets index the article's body, as read_file gives it (the header line apart)
        bodies = {a.group: next(x for x in read_file(EVAL / f"{a.group}.txt") if isinstance(x, Article)).text
                  for a in group}
        print(line(f"floor {lang}: a digit, not quoted", floor(group, bodies)))
        print(line(f"every candidate sentence, {lang}", every_sentence(group)))
    if args.grid:
        for name, names in GROUPS.items():
            threshold, figures = sl.cross_validated(without(pool, names))
            print(line(f"without {name}", figures))


if __name__ == "__main__":
    main()
