"""Extraction on all the open gold at once, speakers cross-validated by article over the pool.

    python benchmarks/pooled.py                      # fr-dev, fr-train, en-dev, en-train
    python benchmarks/pooled.py --sets fr-dev fr-train

Every article of every set is parsed once (the parses are cached under ~/.cache/claimcheck,
keyed by the pipeline and by the pipeline step claimcheck adds, so a rule change re-runs only
the extractor). Quote finding is scored with the extractor as it is; speakers are chosen by a
ranker trained, for each held-out fold of articles, on every other article of the pool (and the
other language's when the shipped model takes them), so no article is judged by a model that saw it.
This is the figure a change to the extractor must raise (the sealed sets must hold); the errors
behind it are listed by `claimcheck evaluate GOLD_DIR --errors`.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import defaultdict
from pathlib import Path

from claimcheck import learning
from claimcheck.evaluate import report
from claimcheck.extract.ranking import Ranker, shipped

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SETS = ("fr-dev", "fr-train", "en-dev", "en-train")
CACHE = Path.home() / ".cache" / "claimcheck"


class CachedParser:
    """`nlp(text)` with the parses kept on disk: the extractor changes far more often than the parse."""

    def __init__(self, lang: str):
        from claimcheck import nlp as pipelines
        from claimcheck.extract import component
        from claimcheck.extract.lexicon import load
        from claimcheck.nlp import load_pipeline

        self.nlp = load_pipeline(None, lang)
        # how texts are read before the parser (typography, datelines) and marked for it
        step = b"".join(Path(component.__file__).with_name(name).read_bytes()
                        for name in ("component.py", "marks.py", "dateline.py")) + Path(pipelines.__file__).read_bytes()
        meta = self.nlp.meta
        # the special cases claimcheck adds, and the words that cut a hyphenated word or keep an age whole
        # (`nlp._keep_compounds`)
        data = load(lang).data
        rules = repr(sorted(self.nlp.tokenizer.rules.items())) + repr(sorted(data.hyphen_clitics)) \
            + repr((sorted(data.age_units), sorted(data.nominal_ages)))
        key = hashlib.sha1(step + f"{meta['name']}{meta['version']}{rules}".encode()).hexdigest()[:12]
        self.folder = CACHE / f"parses-{lang}-{key}"
        self.folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, text: str):
        from spacy.tokens import DocBin

        path = self.folder / (hashlib.sha1(text.encode()).hexdigest() + ".spacy")
        if path.exists():
            return next(DocBin(store_user_data=True).from_disk(path).get_docs(self.nlp.vocab))
        doc = self.nlp(text)
        DocBin(store_user_data=True, docs=[doc]).to_disk(path)
        return doc


def scored(cases: list[learning.Case], rankers: dict[str, Ranker]) -> dict:
    return {t: learning.score_cases(cases, rankers, t) for t in (0.3, 0.8)}


def lang_of(name: str) -> str:
    return name.split("-")[0]


def held_out_rankers(every: list[learning.Case], k: int = learning.FOLDS) -> dict[str, Ranker]:
    """For each article, a ranker trained on the rest of the pool (and the other language's articles when
    the shipped model takes them), in the shipped model's form."""
    rankers: dict[str, Ranker] = {}
    for lang in sorted({lang_of(c.group) for c in every}):
        mine = [c for c in every if lang_of(c.group) == lang]
        form = shipped(lang)  # trained as the shipped model is: over feature pairs or not, pooled or not
        others = [e for c in every if lang_of(c.group) != lang for e in c.examples] if form.meta.get("pooled") else []
        for held_out in learning.folds((c.group for c in mine), k):
            train = [e for c in mine if c.group not in held_out for e in c.examples] + others
            ranker = learning.fit(train, pairs=form.pairs, bags=learning.BAGS)  # as shipped
            rankers.update({group: ranker for group in held_out})
    return rankers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), help="folders of ../shared/eval")
    parser.add_argument("--folds", type=int, default=learning.FOLDS)
    args = parser.parse_args()

    start = time.perf_counter()
    parsers: dict[str, CachedParser] = {}
    cases: dict[str, list[learning.Case]] = {}
    for name in args.sets:
        lang = lang_of(name)
        parsers.setdefault(lang, CachedParser(lang))
        cases[name] = learning.gold_cases(EVAL / name, parsers[lang], lang, name)
    print(f"parsed and extracted in {time.perf_counter() - start:.0f} s")

    rankers = held_out_rankers([c for name in args.sets for c in cases[name]], args.folds)

    print(f"\n{'set':<10} {'n':>4} {'P@.3':>6} {'R@.3':>6} {'F1@.3':>6} {'F1@.8':>6} {'oracle':>6} "
          f"{'rules':>6} {'speaker':>7} {'e2e F1':>6}")
    pooled: dict[str, list] = defaultdict(list)
    for name in args.sets:
        these = cases[name]
        scores = report(scored(these, rankers))
        examples = [e for c in these for e in c.examples]
        oracle = sum(1 for e in examples if any(e.labels)) / max(len(examples), 1)
        rules = learning.accuracy(learning.RULES_ONLY, examples)
        s3, s8 = scores["0.3"], scores["0.8"]
        gold = sum(len(c.gold) for c in these)
        print(f"{name:<10} {gold:>4} {s3['precision']:6.3f} {s3['recall']:6.3f} {s3['f1']:6.3f} {s8['f1']:6.3f} "
              f"{oracle:6.3f} {rules:6.3f} {s3['speaker_accuracy']:7.3f} {s3['end_to_end_f1']:6.3f}")
        pooled[lang_of(name)] += these
    for lang, these in pooled.items():
        s3 = report(scored(these, rankers))["0.3"]
        print(f"{lang + ' pooled':<10} {sum(len(c.gold) for c in these):>4} {s3['precision']:6.3f} "
              f"{s3['recall']:6.3f} {s3['f1']:6.3f} {'':>6} {'':>6} {'':>6} {s3['speaker_accuracy']:7.3f} "
              f"{s3['end_to_end_f1']:6.3f}")

if __name__ == "__main__":
    main()
