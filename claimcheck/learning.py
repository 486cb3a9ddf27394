"""Train the speaker ranker from annotated articles and from reviewers' decisions.

An example is one quote: its candidates' features, which of them name the right speaker
(by the evaluation's own name match), and the article it comes from. Accuracy is only
ever reported by cross-validation with whole articles held out, because the shipped model
is trained on the very dev sets it would otherwise be judged on.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from claimcheck.evaluate import Quote, Tally, locate_gold, match_quotes, read_gold_dir, same_speaker, score_article
from claimcheck.extract.lexicon import LANGUAGES
from claimcheck.extract.ranking import FEATURES, Candidate, Ranker, clashes, shipped, with_pairs
from claimcheck.extract.statements import FEATURES as STATEMENT_FEATURES

REVIEW_WEIGHT = 3.0  # a reviewer's decision on this newsroom's articles counts more than a dev-set label
REGULARISATION = 1.0  # scikit-learn's C
BAGS = 10  # regressions averaged in a shipped model (`fit`)
BAG_SEED = 7
FOLDS = 5
RULES_ONLY = Ranker({"rule": 4.0, "null": -1.0}, -2.0)  # the rules' choice, nothing learned: the baseline
FORM_SEEDS = (13, 1, 2)  # fold deals averaged when choosing a model's form
FORM_MARGIN = 0.01  # what another form must gain over the default to be chosen: more than the deals' spread


class ModelError(ValueError):
    """A speaker model file that cannot be used."""


@dataclass
class Example:
    """One quote to attribute: candidate features, and which candidates are right."""

    group: str  # the article, so cross-validation keeps an article on one side
    features: list[dict[str, float]]
    names: list[str | None]
    labels: list[int]
    weight: float = 1.0
    lang: str = "fr"

    def to_json(self) -> str:
        # features in name order, so that a retrained table's diff shows what changed
        features = [dict(sorted(f.items())) for f in self.features]
        return json.dumps({"group": self.group, "lang": self.lang, "features": features, "names": self.names,
                           "labels": self.labels, "weight": self.weight}, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> "Example":
        return cls(**json.loads(line))


@dataclass
class Case:
    """One annotated article: every extracted quote with its candidates, and the gold quotes."""

    group: str
    predicted: list[tuple[int, int, str | None]]  # start, end, type
    candidates: list[list[Candidate]]
    gold: list[Quote]
    examples: list[Example] = field(default_factory=list)


def example_for(group: str, candidates: list[Candidate], speaker: str | None, weight: float = 1.0,
                lang: str = "fr") -> Example:
    """The candidates in name order, not in the order the shipped model ranked them: the training table
    then stays the same from one retrain to the next when the extraction does."""
    ordered = sorted(candidates, key=lambda c: (c.name is None, c.name or "", c.kind))
    return Example(group, [dict(c.features) for c in ordered], [c.name for c in ordered],
                   [int(same_speaker(c.name, speaker)) for c in ordered], weight, lang)


def gold_cases(folder: Path, nlp, lang: str, prefix: str | None = None) -> list[Case]:
    """Extract every article of a gold folder and pair its quotes with the annotated ones."""
    from claimcheck.extract import quotes_with_candidates
    from claimcheck.ingest import read_file
    from claimcheck.model import Article

    cases = []
    for gold in read_gold_dir(Path(folder)):
        article = next((a for a in read_file(gold.path) if isinstance(a, Article)), None)
        if article is None:
            raise ValueError(f"cannot read {gold.path}")
        pairs = quotes_with_candidates(nlp(article.text), lang)
        case = Case(f"{prefix or Path(folder).name}/{gold.name}",
                    [(c.content.start, c.content.end, c.type) for c, _ in pairs],
                    [ranked for _, ranked in pairs], locate_gold(article.text, gold.quotes))
        predicted = [Quote(s, e, None, t) for s, e, t in case.predicted]
        for i, j in match_quotes(predicted, case.gold, 0.3):
            case.examples.append(example_for(case.group, case.candidates[i], case.gold[j].speaker, lang=lang))
        cases.append(case)
    return cases


def review_examples(store, nlp_for) -> Iterator[Example]:
    """Examples from the database: an accepted quote confirms its speaker, a corrected one names
    the right one (and so marks the extracted one wrong). `nlp_for(lang)` gives a pipeline."""
    from claimcheck.extract import quotes_with_candidates

    for article_id, reviewed in store.reviewed_quotes():
        article = store.article(article_id)
        lang = article["language"] or "fr"
        if lang not in LANGUAGES:
            continue
        pairs = quotes_with_candidates(nlp_for(lang)(article["text"]), lang)
        predicted = [Quote(c.content.start, c.content.end, None) for c, _ in pairs]
        gold = [Quote(r["content_start"], r["content_end"], r["speaker"]) for r in reviewed]
        for i, j in match_quotes(predicted, gold, 0.3):
            yield example_for(f"db/{article_id}", pairs[i][1], gold[j].speaker, REVIEW_WEIGHT, lang)


# --- the shipped training table -------------------------------------------------------------

def shipped_examples() -> list[Example]:
    text = (resources.files("claimcheck.data") / "speaker_training.jsonl").read_text(encoding="utf-8")
    return [Example.from_json(line) for line in text.splitlines() if line.strip()]


def write_examples(examples: Iterable[Example], path: Path) -> None:
    path.write_text("".join(e.to_json() + "\n" for e in examples), encoding="utf-8")


# --- fitting and choosing --------------------------------------------------------------------

def fit(examples: list[Example], meta: dict | None = None, pairs: bool = False, bags: int = 1) -> Ranker:
    """A logistic regression over every candidate of every example: right speaker or not;
    with `pairs`, over the features and their products two by two. With `bags`, the average of
    that many regressions, each on articles drawn with replacement: one regression moves with
    every example added (a change to the French articles flipped English quotes), the average much less."""
    if bags > 1:
        return _bagged(examples, meta, pairs, bags)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    emitted = frozenset(FEATURES)  # a table written by another version may carry features no longer emitted
    rows, labels, weights = [], [], []
    for example in examples:
        for features, label in zip(example.features, example.labels):
            known = {name: value for name, value in features.items() if name in emitted}
            rows.append(with_pairs(known) if pairs else known)
            labels.append(label)
            weights.append(example.weight)
    if len(set(labels)) < 2:
        raise ValueError("need both right and wrong candidates to learn from")
    vectors = DictVectorizer()
    model = LogisticRegression(C=REGULARISATION, max_iter=3000)
    model.fit(vectors.fit_transform(rows), labels, sample_weight=weights)
    weights_by_name = {name: round(float(w), 5) for name, w in zip(vectors.feature_names_, model.coef_[0])
                       if abs(w) > 1e-5}
    return Ranker(weights_by_name, round(float(model.intercept_[0]), 5), dict(meta or {}) | {"pairs": pairs})


def _bagged(examples: list[Example], meta: dict | None, pairs: bool, bags: int) -> Ranker:
    by_group: dict[str, list[Example]] = {}
    for example in examples:
        by_group.setdefault(example.group, []).append(example)
    groups = sorted(by_group)
    rng = random.Random(BAG_SEED)
    weights: dict[str, float] = {}
    bias = 0.0
    for _ in range(bags):
        drawn = [e for g in (rng.choice(groups) for _ in groups) for e in by_group[g]]
        ranker = fit(drawn, pairs=pairs)
        for name, weight in ranker.weights.items():
            weights[name] = weights.get(name, 0.0) + weight / bags
        bias += ranker.bias / bags
    return Ranker({name: round(w, 5) for name, w in weights.items() if abs(w) > 1e-5}, round(bias, 5),
                  dict(meta or {}) | {"pairs": pairs, "bags": bags})


@dataclass(frozen=True)
class Form:
    """How a language's model is trained: over feature pairs or not, with the other languages'
    examples or not, and the cross-validated accuracy that chose it."""

    pairs: bool
    pooled: bool
    accuracy: float


def best_form(examples: list[Example], always: list[Example] | None = None,
              others: list[Example] | None = None, incumbent: Ranker | None = None) -> Form:
    """The form of the model in use (`incumbent`; else pooled with the other languages' examples
    when there are any, single features), unless another cross-validates better by more than
    `FORM_MARGIN`. Accuracy is averaged over `FORM_SEEDS` deals of the folds: on a few hundred
    quotes one deal moves a form by half a point, and choices made on that noise flipped the
    English model from one retraining to the next."""
    tried = []
    for pooled in (True, False) if others else (False,):
        extra = (always or []) + (others if pooled else [])
        for pairs in (False, True):
            accuracy = sum(cross_validated_accuracy(examples, always=extra, pairs=pairs, seed=seed)
                           for seed in FORM_SEEDS) / len(FORM_SEEDS)
            tried.append(Form(pairs, pooled, accuracy))
    default = tried[0]
    if incumbent is not None:
        wanted = (incumbent.pairs, bool(incumbent.meta.get("pooled")) and bool(others))
        default = next((form for form in tried if (form.pairs, form.pooled) == wanted), default)
    better = [form for form in tried if form.accuracy > default.accuracy + FORM_MARGIN]
    return max(better, key=lambda form: form.accuracy) if better else default


def choose(ranker: Ranker, example: Example) -> int:
    """Index of the best-scoring candidate (ties: a named speaker first, then by name)."""
    scored = [(clashes(f), -ranker.score(f), name is None, name or "", i)
              for i, (f, name) in enumerate(zip(example.features, example.names))]
    return min(scored)[4]


def accuracy(ranker: Ranker, examples: list[Example]) -> float:
    if not examples:
        return 0.0
    return sum(example.labels[choose(ranker, example)] for example in examples) / len(examples)


def folds(groups: Iterable[str], k: int = FOLDS, seed: int = 13) -> list[set[str]]:
    """Articles dealt into k folds at random (seeded): each article sits in exactly one."""
    names = sorted(set(groups))
    random.Random(seed).shuffle(names)
    return [set(names[i::k]) for i in range(min(k, len(names)))]


def cross_validate(examples: list[Example], k: int = FOLDS, always: list[Example] | None = None,
                   pairs: bool = False, seed: int = 13) -> dict[str, int]:
    """Held-out choice for every example, training without its article: example index -> candidate.

    `always` examples (the shipped table, when judging a newsroom's reviews) join every training
    set, except those of a held-out article."""
    choices: dict[int, int] = {}
    for held_out in folds((e.group for e in examples), k, seed):
        train = [e for e in examples + (always or []) if e.group not in held_out]
        ranker = fit(train, pairs=pairs)
        for n, example in enumerate(examples):
            if example.group in held_out:
                choices[n] = choose(ranker, example)
    return choices


def cross_validated_accuracy(examples: list[Example], k: int = FOLDS, always: list[Example] | None = None,
                             pairs: bool = False, seed: int = 13) -> float:
    choices = cross_validate(examples, k, always, pairs, seed)
    return sum(examples[n].labels[i] for n, i in choices.items()) / len(examples) if examples else 0.0


def score_cases(cases: list[Case], rankers: dict[str, Ranker], threshold: float) -> Tally:
    """Evaluation tally of gold cases, each case's speakers chosen by the ranker named for its group."""
    total = Tally()
    for case in cases:
        ranker = rankers[case.group]
        predicted = []
        for (start, end, kind), candidates in zip(case.predicted, case.candidates):
            example = example_for(case.group, candidates, None)
            best = example.names[choose(ranker, example)] if candidates else None
            predicted.append(Quote(start, end, best, kind))
        total.add(score_article(predicted, case.gold, threshold))
    return total


def cross_validated_scores(cases: list[Case], k: int = FOLDS, extra: list[Example] | None = None,
                           thresholds: tuple[float, ...] = (0.3, 0.8), pairs: bool = False) -> dict[float, Tally]:
    """Evaluation figures with every article's speakers chosen by a model that never saw it."""
    rankers: dict[str, Ranker] = {}
    for held_out in folds((c.group for c in cases), k):
        train = [e for c in cases if c.group not in held_out for e in c.examples] + (extra or [])
        ranker = fit(train, pairs=pairs, bags=BAGS)  # as shipped
        rankers.update({group: ranker for group in held_out})
    return {t: score_cases(cases, rankers, t) for t in thresholds}


# --- the newsroom's own model, beside its database ----------------------------------------

STATEMENTS = "statements"  # the key of the statement model (one for all languages) beside the speaker models'


def model_path(db_path: Path, lang: str = "fr") -> Path:
    """The speaker model of a language, or with `STATEMENTS` the statement model."""
    return Path(f"{db_path}.statement-model.json" if lang == STATEMENTS else f"{db_path}.speaker-model.{lang}.json")


def active_model(db_path: Path, lang: str = "fr") -> Ranker | None:
    """The model `claimcheck learn` trained for this database and language (or its statements),
    or None: use the shipped one."""
    path = model_path(db_path, lang)
    if not path.exists():
        return None
    what = "statement" if lang == STATEMENTS else "speaker"
    try:
        text = path.read_text(encoding="utf-8")
        return Ranker.from_json(text, STATEMENT_FEATURES) if lang == STATEMENTS else Ranker.from_json(text)
    except (ValueError, KeyError, OSError, TypeError, AttributeError, RecursionError) as err:
        raise ModelError(f"{path} is not a {what} model ({err}); `claimcheck learn --reset` sets it aside") from None


def retire(db_path: Path, lang: str) -> Path | None:
    """Set the active model aside as `…speaker-model.LANG.vN.json` (kept, never deleted); its path, if any."""
    path = model_path(db_path, lang)
    if not path.exists():
        return None
    try:
        version = int(json.loads(path.read_text(encoding="utf-8")).get("version", 0))
    except (ValueError, OSError, AttributeError):
        version = 0
    stem = path.name.removesuffix(".json")
    target, n = path.with_name(f"{stem}.v{version}.json"), 1
    while target.exists():
        target, n = path.with_name(f"{stem}.v{version}-{n}.json"), n + 1
    path.replace(target)
    return target


def install(db_path: Path, lang: str, ranker: Ranker) -> Path:
    """Write a newly trained model as the active one, the previous one kept under its version."""
    previous = active_model(db_path, lang)
    ranker.meta["version"] = int(previous.meta.get("version", 0) if previous else 0) + 1
    retire(db_path, lang)
    path = model_path(db_path, lang)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(ranker.to_json(), encoding="utf-8")
    tmp.replace(path)
    return path


__all__ = ["Case", "Example", "Form", "ModelError", "accuracy", "active_model", "best_form", "choose", "cross_validate",
           "cross_validated_accuracy", "cross_validated_scores", "fit", "folds", "gold_cases", "install",
           "model_path", "retire", "STATEMENTS", "review_examples", "shipped", "shipped_examples", "write_examples"]
