"""Does each speaker rule pay? Pooled cross-validation with one rule switched off at a time.

    python benchmarks/rule_ablation.py                 # every rule below, on the four open sets
    python benchmarks/rule_ablation.py coordinated     # only the rules named

A rule that exists for a few dev sentences should show it here: switched off, the fitted dev set
falls and the unseen train set does not (or rises). Issue 15 asks that such a rule stays only
when the pooled figure and the sealed sets say it helps; this script gives the first half, per set,
and `../shared/eval/score-sealed` the second (with the rule removed from the code). Figures are the
speaker accuracy of found quotes, speakers cross-validated 5-fold by article as in `pooled.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pooled import EVAL, SETS, CachedParser, held_out_rankers, lang_of, scored  # noqa: E402
from claimcheck import learning  # noqa: E402
from claimcheck.evaluate import report  # noqa: E402
from claimcheck.extract.speakers import RESOLVERS, Registry  # noqa: E402

# a rule of `Registry`, and what it answers when switched off: "I find nothing". Every resolver of the
# chain (`speakers.RESOLVERS`, `Registry._by_<name>`), then the helpers several of them lean on
RULES = {
    **{name: (f"_by_{name}", lambda self, reading: None) for name in RESOLVERS},
    "authored": ("_authored", lambda self, *args: []),
    "fullest_description": ("_fullest_description", lambda self, mention, head, phrase: phrase),
    "role_subject_before": ("_role_subject_before", lambda self, *args: None),
    "organisation_before": ("_organisation_before", lambda self, *args: None),
}


def speaker_figures(parsers: dict[str, CachedParser]) -> dict[str, float]:
    """Speaker accuracy per set and pooled per language, speakers cross-validated by article."""
    cases = {name: learning.gold_cases(EVAL / name, parsers[lang_of(name)], lang_of(name), name) for name in SETS}
    rankers = held_out_rankers([c for name in SETS for c in cases[name]])
    out: dict[str, float] = {}
    pooled = defaultdict(list)
    for name in SETS:
        out[name] = report(scored(cases[name], rankers))["0.3"]["speaker_accuracy"]
        pooled[lang_of(name)] += cases[name]
    for lang, these in pooled.items():
        out[f"{lang} pooled"] = report(scored(these, rankers))["0.3"]["speaker_accuracy"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules", nargs="*", metavar="RULE",
                        help=f"rules to switch off in turn (default: all of {', '.join(RULES)})")
    args = parser.parse_args()
    unknown = [rule for rule in args.rules if rule not in RULES]
    if unknown:
        parser.error(f"unknown rule {', '.join(unknown)} (known: {', '.join(RULES)})")
    args.rules = args.rules or list(RULES)
    parsers = {lang: CachedParser(lang) for lang in sorted({lang_of(name) for name in SETS})}
    columns = [*SETS, "fr pooled", "en pooled"]
    print(f"{'switched off':<22}" + "".join(f"{c:>11}" for c in columns))
    base = speaker_figures(parsers)
    print(f"{'(nothing)':<22}" + "".join(f"{base[c]:>11.3f}" for c in columns))
    for rule in args.rules:
        method, off = RULES[rule]
        kept = getattr(Registry, method)
        setattr(Registry, method, off)
        try:
            figures = speaker_figures(parsers)
        finally:
            setattr(Registry, method, kept)
        print(f"{rule:<22}" + "".join(f"{figures[c] - base[c]:>+11.3f}" for c in columns))
    print("\nrows after the first: change in speaker accuracy with the rule switched off (negative: the rule pays)")


if __name__ == "__main__":
    main()
