"""How far reviewers agree, on the claims two or more of them decided: per field, the number of
items, pairwise percent agreement, Krippendorff's alpha (nominal) and the commonest disagreements.

Alpha corrects for the agreement chance alone would give (two reviewers who accept everything agree
100% and tell nothing); it is computed by the `krippendorff` package, which handles any number of
reviewers per claim. It is undefined when every decision has the same value: reported as None.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

DECISIONS = {"accepted": "accept", "corrected": "correct", "rejected": "reject"}
FIELDS = ("decision", "speaker", "type", "verdict")
TOP = 5  # disagreements listed per field


def values(field: str, decision: dict) -> str | None:
    """What a reviewer's decision says about one field; None when it says nothing (a rejected
    claim has no speaker to agree on, a claim without verdict no verdict)."""
    if field == "decision":
        return DECISIONS.get(decision["status"])
    if decision["status"] == "rejected":
        return None
    if field == "speaker":
        return " ".join((decision["speaker"] or "").casefold().split()) or None
    return decision[field]


def field_agreement(coded: list[dict[str, str]]) -> dict:
    """`coded`: for each item, reviewer -> value (items with fewer than two values are left out)."""
    items = [item for item in coded if len(item) >= 2]
    pairs = [(a, b) for item in items for a, b in combinations([item[r] for r in sorted(item)], 2)]
    agreed = sum(a == b for a, b in pairs)
    disagreements = Counter(tuple(sorted((a, b))) for a, b in pairs if a != b)
    return {
        "items": len(items),
        "percent_agreement": agreed / len(pairs) if pairs else None,
        "alpha": alpha(items),
        "disagreements": [{"values": list(pair), "count": n} for pair, n in disagreements.most_common(TOP)],
    }


def alpha(items: list[dict[str, str]]) -> float | None:
    """Krippendorff's alpha, nominal, over items coded by reviewers (a reviewer may skip items)."""
    import krippendorff
    import numpy as np

    reviewers = sorted({r for item in items for r in item})
    codes = {v: n for n, v in enumerate(sorted({v for item in items for v in item.values()}))}
    if len(codes) < 2:
        return None
    data = np.full((len(reviewers), len(items)), np.nan)
    for column, item in enumerate(items):
        for reviewer, value in item.items():
            data[reviewers.index(reviewer), column] = codes[value]
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def agreement(decisions: dict[str, dict[str, dict]]) -> dict:
    """`decisions`: claim id -> reviewer -> latest decision (`Store.decisions()`)."""
    report = {"claims": len(decisions), "reviewers": sorted({r for d in decisions.values() for r in d})}
    for field in FIELDS:
        coded = [{r: v for r, d in by_reviewer.items() if (v := values(field, d)) is not None}
                 for by_reviewer in decisions.values()]
        report[field] = field_agreement(coded)
    return report


def summary(report: dict) -> str:
    """One line for `claimcheck stats`."""
    if not report["claims"]:
        return "no claim decided by two reviewers yet"
    parts = []
    for field in FIELDS:
        f = report[field]
        if f["items"]:
            a = "n/a" if f["alpha"] is None else f"{f['alpha']:.2f}"
            parts.append(f"{field} {f['percent_agreement']:.0%} (α {a})")
    return f"{report['claims']} claims decided by two or more reviewers: " + ", ".join(parts)
