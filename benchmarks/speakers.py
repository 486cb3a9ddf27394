"""Speaker attribution, measured honestly: cross-validated by article, and as a learning curve.

    python benchmarks/speakers.py ../shared/eval/fr-dev fr [--also ../shared/eval/en-dev en]

1. The rules alone, then the ranker by k-fold cross-validation by article: the shipped model
   is trained on these very articles, so its own score on them would flatter it.
2. A learning curve: the annotated folder plays a newsroom the model has never seen (its
   articles are left out of the training data, `--also` folders stay in). A reviewer
   "reviews" the first k articles (their gold speakers), the model is retrained with them,
   and accuracy is measured on articles nobody reviewed, for k = 0, 5, 10, 20; averaged
   over several random orders of the articles.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import time
from pathlib import Path

from claimcheck import learning
from claimcheck.evaluate import report
from claimcheck.extract.ranking import shipped
from claimcheck.nlp import load_pipeline

STEPS = (0, 5, 10, 20)


def cases_of(folder: Path, lang: str) -> list[learning.Case]:
    return learning.gold_cases(folder, load_pipeline(None, lang), lang, f"{lang}/{folder.name}")


def learning_curve(cases: list[learning.Case], other: list[learning.Example], orders: int, seed: int,
                   pairs: bool) -> dict:
    accuracy: dict[int, list[float]] = {k: [] for k in STEPS}
    for n in range(orders):
        order = cases[:]
        random.Random(seed + n).shuffle(order)
        reviewed_pool, unseen = order[:max(STEPS)], order[max(STEPS):]
        test = [e for c in unseen for e in c.examples]
        for k in STEPS:
            # reviewed quotes weigh as `claimcheck learn` weighs a newsroom's reviews; the model is bagged as it is
            train = other + [dataclasses.replace(e, weight=learning.REVIEW_WEIGHT)
                             for c in reviewed_pool[:k] for e in c.examples]
            learnable = train and len({y for e in train for y in e.labels}) == 2
            ranker = learning.fit(train, pairs=pairs, bags=learning.BAGS) if learnable else learning.RULES_ONLY
            accuracy[k].append(learning.accuracy(ranker, test))
    return {k: (statistics.mean(v), statistics.pstdev(v)) for k, v in accuracy.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("lang", choices=["fr", "en"])
    parser.add_argument("--also", nargs=2, action="append", default=[], metavar=("FOLDER", "LANG"),
                        help="another annotated folder, always in the training data")
    parser.add_argument("--orders", type=int, default=10, help="random article orders for the learning curve")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    start = time.perf_counter()
    cases = cases_of(args.folder, args.lang)
    other = [e for folder, lang in args.also for c in cases_of(Path(folder), lang) for e in c.examples]
    examples = [e for c in cases for e in c.examples]
    print(f"{len(cases)} articles, {len(examples)} quotes found that match a gold quote "
          f"(parsed in {time.perf_counter() - start:.0f} s); {len(other)} quotes from --also folders")
    oracle = sum(1 for e in examples if any(e.labels)) / len(examples)
    print(f"right speaker among the candidates: {oracle:.3f}")
    rules = learning.accuracy(learning.RULES_ONLY, examples)
    print(f"speaker accuracy, rules alone:                     {rules:.3f}")
    for pairs in (False, True):
        print(f"speaker accuracy, ranker{' with feature pairs' if pairs else ', features alone'}, "
              f"{learning.FOLDS}-fold by article: "
              f"{learning.cross_validated_accuracy(examples, always=other, pairs=pairs):.3f}")
    pairs = shipped(args.lang).pairs
    scores = report(learning.cross_validated_scores(cases, extra=other, pairs=pairs))
    print(f"\nevaluation with cross-validated speakers (the shipped model's form: "
          f"{'with feature pairs' if pairs else 'features alone'})")
    print(f"{'overlap':>8} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'e2e F1':>7}")
    for key, s in scores.items():
        print(f"{key:>8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['speaker_accuracy']:8.3f} "
              f"{s['end_to_end_f1']:7.3f}")
    if len(cases) <= max(STEPS):
        print(f"\nlearning curve skipped: needs more than {max(STEPS)} articles")
        return
    print(f"\nlearning curve: {args.folder} as an unseen source, {args.orders} random orders, "
          f"tested on the {len(cases) - max(STEPS)} articles never reviewed")
    print(f"{'reviewed articles':>18} {'accuracy':>9} {'± sd':>6}")
    for k, (mean, sd) in learning_curve(cases, other, args.orders, args.seed, pairs).items():
        print(f"{k:>18} {mean:9.3f} {sd:6.3f}")


if __name__ == "__main__":
    main()
