"""Where `claimcheck match` should draw the line between "the same claim" and "another claim".

    python benchmarks/match_cutoff.py

Pairs are built from the annotated quotes of ../shared/eval (every quote of 12 words or
more). A true pair is a quote and what a fact-checker would type or meet elsewhere: its
first nine words, the quote with one word in five dropped, or with its words shuffled in
halves (a reworded report). A false pair is the same query and the other quote that scores
highest against it among those sharing a distinctive word (the candidates the full-text
search gives). For each cutoff the script prints how many true pairs pass and how many
false ones do; the shipped cutoff (`claimcheck.matching.DEFAULT_CUTOFF`) is the one with
the fewest errors of both kinds together.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.matching import DEFAULT_CUTOFF, normalize, search_terms, similarity  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def quotes() -> list[str]:
    found = []
    for path in sorted(EVAL.glob("*/*.json")):
        for quote in json.loads(path.read_text(encoding="utf-8")).get("quotes", []):
            if len(quote["content"].split()) >= 12:
                found.append(quote["content"])
    return sorted(set(found))


def queries(quote: str, rng: random.Random) -> list[str]:
    words = quote.split()
    half = len(words) // 2
    return [" ".join(words[:9]),
            " ".join(w for i, w in enumerate(words) if i % 5 != 4),
            " ".join(words[half:] + words[:half])]


def main() -> None:
    rng = random.Random(7)
    pool = quotes()
    by_term: dict[str, set[int]] = {}
    for n, quote in enumerate(pool):
        for term in search_terms(quote):
            by_term.setdefault(term, set()).add(n)
    true_scores, false_scores = [], []
    for n, quote in enumerate(pool):
        for query in queries(quote, rng):
            true_scores.append(similarity(query, quote))
            others = {m for term in search_terms(query) for m in by_term.get(term, ()) if m != n
                      and normalize(pool[m]) != normalize(quote)}
            if others:
                false_scores.append(max(similarity(query, pool[m]) for m in others))
    print(f"{len(pool)} quotes, {len(true_scores)} true pairs, {len(false_scores)} false pairs (closest other quote)")
    print(f"{'cutoff':>6} {'true kept':>10} {'false kept':>11} {'errors':>7}")
    best = None
    for cutoff in range(50, 91, 5):
        kept = sum(s >= cutoff for s in true_scores)
        wrong = sum(s >= cutoff for s in false_scores)
        errors = len(true_scores) - kept + wrong
        best = min(best or (errors, cutoff), (errors, cutoff))
        print(f"{cutoff:6} {kept / len(true_scores):10.3f} {wrong / max(len(false_scores), 1):11.3f} {errors:7}")
    print(f"fewest errors at {best[1]}; shipped cutoff {DEFAULT_CUTOFF:g}")


if __name__ == "__main__":
    main()
