"""Score extracted quotes against hand-annotated gold files (rules of shared/eval/GUIDELINES.md).

Pure functions over offsets and names, so the scoring itself is tested on hand-made
cases whose right numbers are known, independently of any extractor.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from claimcheck.model import QUOTE_TYPES

_DETERMINERS = {"le", "la", "les", "l", "the", "un", "une", "des", "du", "de", "d", "a", "an"}


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: str | None
    type: str | None = None


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0  # predictions matched to a gold quote
    found_with_speaker: int = 0
    found_by_type: dict = field(default_factory=lambda: {t: 0 for t in QUOTE_TYPES})
    gold_by_type: dict = field(default_factory=lambda: {t: 0 for t in QUOTE_TYPES})

    def add(self, other: "Tally") -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched
        self.found_with_speaker += other.found_with_speaker
        for t in QUOTE_TYPES:
            self.found_by_type[t] += other.found_by_type[t]
            self.gold_by_type[t] += other.gold_by_type[t]

    def scores(self) -> dict:
        precision = _ratio(self.matched, self.predicted)
        recall = _ratio(self.matched, self.gold)
        e2e_p = _ratio(self.found_with_speaker, self.predicted)
        e2e_r = _ratio(self.found_with_speaker, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "speaker_accuracy": _ratio(self.found_with_speaker, self.matched),
            "end_to_end_f1": _f1(e2e_p, e2e_r),
            "recall_by_type": {t: _ratio(self.found_by_type[t], self.gold_by_type[t]) for t in QUOTE_TYPES},
        }


@dataclass(frozen=True)
class Statement:
    """A gold statement (`weight` is its importance, 1-3) or a predicted one (its check-worthiness)."""

    start: int
    end: int
    weight: float


CENTRAL = 3  # the importance of an article's central checkable claim
TOP_SHARE = 0.2  # the share of predictions, most check-worthy first, whose precision is reported


@dataclass
class StatementTally:
    """Counts over articles whose gold lists statements; `ranked` keeps (check-worthiness, matched)
    of every prediction, so the precision of the most check-worthy is taken over the whole set."""

    articles: int = 0
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    central: int = 0
    central_found: int = 0
    ranked: list = field(default_factory=list)

    def add(self, predicted: list[Statement], gold: list[Statement]) -> None:
        matched = match_quotes(predicted, gold, 0.5, inclusive=True)
        hit_p = {i for i, _ in matched}
        self.articles += 1
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.matched += len(matched)
        self.central += sum(g.weight >= CENTRAL for g in gold)
        self.central_found += sum(gold[j].weight >= CENTRAL for _, j in matched)
        self.ranked += [(p.weight, i in hit_p) for i, p in enumerate(predicted)]

    def scores(self) -> dict:
        precision, recall = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        ranked = sorted(self.ranked, key=lambda item: -item[0])
        top = ranked[: max(1, round(TOP_SHARE * len(ranked)))] if ranked else []
        return {
            "precision": precision, "recall": recall, "f1": _f1(precision, recall),
            "central_recall": _ratio(self.central_found, self.central),
            "top_precision": _ratio(sum(hit for _, hit in top), len(top)),
            "articles": self.articles, "predicted": self.predicted, "gold": self.gold, "matched": self.matched,
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def fold_name(name: str) -> list[str]:
    """Lower-case, accent-free words of a name, without leading determiners."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    words = re.findall(r"[\w]+", text)
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return words


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Case- and accent-insensitive fuzzy name match; a surname alone names the person."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    p, g = fold_name(predicted), fold_name(gold)
    if not p or not g:
        return p == g
    if p == g or fuzz.ratio(" ".join(p), " ".join(g)) >= 85:
        return True
    # surname alone (or the last words of the name) accepted
    return len(p) < len(g) and g[-len(p):] == p


def overlap(pred: Quote, gold: Quote) -> float:
    """Share of the gold quote's characters covered by the prediction."""
    shared = min(pred.end, gold.end) - max(pred.start, gold.start)
    return max(shared, 0) / max(gold.end - gold.start, 1)


def match_quotes(predicted: list, gold: list, threshold: float, inclusive: bool = False) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best overlaps first: (prediction, gold) index pairs above `threshold`
    (or at it, when `inclusive`: statements count from half covered, quotes from more than 30%)."""
    pairs = sorted(
        ((overlap(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for share, i, j in pairs:
        if share < threshold or (share == threshold and not inclusive) or share == 0:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


def score_article(predicted: list[Quote], gold: list[Quote], threshold: float) -> Tally:
    """A gold quote is found when a prediction covers more than `threshold` of it."""
    tally = Tally(predicted=len(predicted), gold=len(gold))
    for g in gold:
        if g.type in tally.gold_by_type:
            tally.gold_by_type[g.type] += 1
    for i, j in match_quotes(predicted, gold, threshold):
        tally.matched += 1
        if gold[j].type in tally.found_by_type:
            tally.found_by_type[gold[j].type] += 1
        if same_speaker(predicted[i].speaker, gold[j].speaker):
            tally.found_with_speaker += 1
    return tally


def locate_gold(text: str, quotes: list[dict]) -> list[Quote]:
    """Gold files give words, not offsets: find each in order, after the previous one when possible."""
    starts = _located(text, [quote["content"] for quote in quotes], "gold quote")
    return [Quote(start, start + len(quote["content"]), quote.get("speaker"), quote.get("type"))
            for start, quote in zip(starts, quotes)]


def locate_statements(text: str, statements: list[dict]) -> list[Statement]:
    starts = _located(text, [s["text"] for s in statements], "gold statement")
    return [Statement(start, start + len(s["text"]), float(s.get("importance", 2)))
            for start, s in zip(starts, statements)]


def _located(text: str, pieces: list[str], what: str) -> list[int]:
    starts, cursor = [], 0
    for piece in pieces:
        start = text.find(piece, cursor)
        if start < 0:
            start = text.find(piece)
        if start < 0:
            raise ValueError(f"{what} not in the article text: {piece[:60]!r}")
        starts.append(start)
        cursor = start + 1
    return starts


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path
    quotes: list[dict]
    statements: list[dict] | None = None  # None: the article's statements were not annotated


def read_gold_dir(folder: Path) -> list[GoldArticle]:
    articles = []
    for json_path in sorted(folder.glob("*.json")):
        text_path = json_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        data = json.loads(json_path.read_text(encoding="utf-8"))
        articles.append(GoldArticle(json_path.stem, text_path, data.get("quotes", []), data.get("statements")))
    return articles


def report(tallies: dict[float, Tally]) -> dict:
    out = {}
    for threshold, tally in tallies.items():
        out[f"{threshold:g}"] = tally.scores() | {
            "predicted": tally.predicted, "gold": tally.gold, "matched": tally.matched,
        }
    return out


def run_evaluation(folder: Path, model: str | None = None, lang: str | None = None,
                   thresholds: tuple[float, ...] = (0.3, 0.8), errors: bool = False) -> dict:
    """Extract every gold article of a folder and score it at each overlap threshold; with
    `errors`, also list per article what went wrong at overlap 0.3 (`article_errors`). Articles whose
    gold lists statements also score the statements found (`statements`)."""
    from claimcheck.extract import extract_all
    from claimcheck.extract.ranking import shipped
    from claimcheck.ingest import read_file
    from claimcheck.model import Article
    from claimcheck.nlp import load_pipeline

    gold_articles = read_gold_dir(folder)
    if not gold_articles:
        raise ValueError(f"no NNN.txt + NNN.json pairs in {folder}")
    if lang is None:
        from claimcheck.language import detect

        lang = detect(gold_articles[0].path.read_text(encoding="utf-8", errors="replace"))
    nlp = load_pipeline(model, lang)
    tallies = {t: Tally() for t in thresholds}
    statements = StatementTally()
    found_errors = []
    for gold in gold_articles:
        article = next((a for a in read_file(gold.path) if isinstance(a, Article)), None)
        if article is None:
            raise ValueError(f"cannot read {gold.path}")
        found = extract_all(nlp(article.text), lang)
        predicted = [Quote(c.content.start, c.content.end, c.speaker, c.type) for c in found.quotes]
        located = locate_gold(article.text, gold.quotes)
        for threshold, tally in tallies.items():
            tally.add(score_article(predicted, located, threshold))
        if gold.statements is not None:
            statements.add([Statement(s.content.start, s.content.end, s.checkworthiness or 0.0) for s in found.statements],
                           locate_statements(article.text, gold.statements))
        if errors:
            mistakes = article_errors(article.text, predicted, found.candidates, located, shipped(lang))
            if any(mistakes.values()):
                found_errors.append({"article": gold.name, "path": str(gold.path)} | mistakes)
    result = report(tallies)
    result["articles"] = len(gold_articles)
    if statements.articles:
        result["statements"] = statements.scores()
    if errors:
        result["errors"] = found_errors
    return result


def article_errors(text: str, predicted: list[Quote], candidates: list, gold: list[Quote], ranker) -> dict:
    """Missed gold quotes, predictions matching none, and found quotes with the wrong speaker, each
    wrong speaker with its candidates and the features that weighed most in their scores."""
    from claimcheck.extract.ranking import contributions

    matched = match_quotes(predicted, gold, 0.3)
    hit_p, hit_g = {i for i, _ in matched}, {j for _, j in matched}
    excerpt = lambda q: text[q.start : q.end][:160]  # noqa: E731
    wrong = []
    for i, j in matched:
        if same_speaker(predicted[i].speaker, gold[j].speaker):
            continue
        wrong.append({
            "content": excerpt(predicted[i]), "chosen": predicted[i].speaker, "gold": gold[j].speaker,
            "candidates": [{"name": c.name, "score": round(c.score, 3),
                            "features": [[name, round(value, 3)] for name, value in contributions(ranker, c.features)]}
                           for c in candidates[i][:4]],
        })
    return {
        "missed": [{"type": g.type, "content": excerpt(g), "speaker": g.speaker}
                   for j, g in enumerate(gold) if j not in hit_g],
        "false": [{"type": p.type, "content": excerpt(p), "speaker": p.speaker}
                  for i, p in enumerate(predicted) if i not in hit_p],
        "wrong_speaker": wrong,
    }


def format_errors(errors: list[dict]) -> str:
    lines = []
    for article in errors:
        lines.append(f"\n== {article['article']}  {article['path']}")
        for q in article["missed"]:
            lines.append(f"  missed   {q['type'] or '?':<8} {q['content']!r}  (gold speaker: {q['speaker']})")
        for q in article["false"]:
            lines.append(f"  false    {q['type'] or '?':<8} {q['content']!r}  (speaker: {q['speaker']})")
        for q in article["wrong_speaker"]:
            lines.append(f"  speaker  {q['content']!r}: chose {q['chosen']}, gold {q['gold']}")
            for c in q["candidates"]:
                weighed = ", ".join(f"{name} {value:+.2f}" for name, value in c["features"])
                lines.append(f"             {c['score']:.2f}  {c['name'] or '(nobody)'}  [{weighed}]")
    return "\n".join(lines)


def format_report(result: dict) -> str:
    lines = [f"{result['articles']} articles"]
    header = f"{'overlap':>8} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'e2e F1':>7}  recall direct/indirect/mixed"
    lines.append(header)
    for key, scores in result.items():
        if key in ("articles", "errors", "statements"):
            continue
        by_type = scores["recall_by_type"]
        lines.append(
            f"{key:>8} {scores['precision']:6.3f} {scores['recall']:6.3f} {scores['f1']:6.3f} "
            f"{scores['speaker_accuracy']:8.3f} {scores['end_to_end_f1']:7.3f}  "
            f"{by_type['direct']:.3f}/{by_type['indirect']:.3f}/{by_type['mixed']:.3f}"
            f"  ({scores['matched']} of {scores['gold']} gold, {scores['predicted']} predicted)"
        )
    if "statements" in result:
        s = result["statements"]
        lines.append(
            f"statements  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"central (importance 3) recall {s['central_recall']:.3f}  "
            f"top {TOP_SHARE:.0%} precision {s['top_precision']:.3f}  "
            f"({s['matched']} of {s['gold']} gold, {s['predicted']} predicted, {s['articles']} articles)"
        )
    return "\n".join(lines)
