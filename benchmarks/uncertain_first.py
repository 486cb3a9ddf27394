"""The review queue's `uncertain` order with the gold as a simulated reviewer: are the extractor's
mistakes met early?

    python -m benchmarks.uncertain_first                 # fr-dev, fr-train, en-dev, en-train
    python -m benchmarks.uncertain_first --sets fr-train

Every article of the open gold is extracted with a speaker ranker that never saw it (5-fold by
article over the pool, as in benchmarks/pooled.py), and each quote gets the certainty the store
sorts by (`claimcheck.store.CERTAINTY`: the margin between its two best speaker candidates; the
quote's confidence, or the lesser of the two, met fewer wrong speakers early when tried). For the queue of all quotes, in article order and in the
`uncertain` order, it prints the share of the extractor's wrong speakers (and of all its mistakes:
wrong speakers and quotes that match no gold quote) a reviewer meets in the first 10%, 20% and 50%.
"""

from __future__ import annotations

import argparse

from benchmarks.pooled import EVAL, SETS, CachedParser, held_out_rankers, lang_of
from claimcheck import learning
from claimcheck.evaluate import Quote, match_quotes, same_speaker
from claimcheck.extract import extract_all
from claimcheck.ingest import read_file
from claimcheck.model import Article, Claim

SHARES = (0.1, 0.2, 0.5)


def certainty(claim: Claim) -> float:
    """The store's CERTAINTY for a quote, in Python: the margin between its two best candidates."""
    scores = [score for _, score in claim.candidates] + [0.0, 0.0]
    return scores[0] - scores[1]


def met(queue: list[tuple[float, bool]], share: float) -> float:
    """The share of all the mistakes (True) within the first `share` of the queue."""
    total = sum(wrong for _, wrong in queue)
    first = queue[: round(share * len(queue))]
    return sum(wrong for _, wrong in first) / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    args = parser.parse_args()
    parsers = {lang: CachedParser(lang) for lang in {lang_of(name) for name in args.sets}}
    cases = [c for name in args.sets for c in learning.gold_cases(EVAL / name, parsers[lang_of(name)],
                                                                   lang_of(name), name)]
    rankers = held_out_rankers(cases)
    speaker_queue: list[tuple[float, bool]] = []  # (certainty, wrong speaker), in article order
    any_queue: list[tuple[float, bool]] = []  # (certainty, wrong speaker or no gold quote)
    for case in cases:
        lang = lang_of(case.group)
        article = next(a for a in read_file(EVAL / f"{case.group}.txt") if isinstance(a, Article))
        quotes = extract_all(parsers[lang](article.text), lang, ranker=rankers[case.group]).quotes
        predicted = [Quote(q.content.start, q.content.end, q.speaker) for q in quotes]
        matched = dict(match_quotes(predicted, case.gold, 0.3))
        for i, quote in enumerate(quotes):
            wrong = i in matched and not same_speaker(quote.speaker, case.gold[matched[i]].speaker)
            if i in matched:
                speaker_queue.append((certainty(quote), wrong))
            any_queue.append((certainty(quote), wrong or i not in matched))
    for name, queue in (("wrong speakers", speaker_queue), ("all mistakes", any_queue)):
        total = sum(wrong for _, wrong in queue)
        print(f"{name}: {total} in a queue of {len(queue)} quotes")
        ordered = sorted(queue, key=lambda item: item[0])  # stable: article order among equals
        for label, q in (("article order", queue), ("uncertain first", ordered)):
            shares = "  ".join(f"first {s:.0%}: {met(q, s):.2f}" for s in SHARES)
            print(f"  {label:<16} {shares}")


if __name__ == "__main__":
    main()
