"""Files in, claims stored: read, skip what is known, parse as a stream, extract, commit per article.

Each article is one transaction, so a killed run leaves only whole articles behind and
the next run, skipping what is stored, finishes the job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Callable, Iterable, Iterator

from claimcheck.ingest import Problem, read_articles
from claimcheck.language import detect
from claimcheck.model import Article
from claimcheck.store import Store

SUPPORTED_LANGUAGES = ("fr", "en")


@dataclass
class Summary:
    added: int = 0
    known: int = 0
    claims: int = 0
    quotes: int = 0
    statements: int = 0
    problems: list[Problem] = field(default_factory=list)

    def count(self, claims: list) -> None:
        self.added += 1
        self.claims += len(claims)
        self.quotes += sum(1 for c in claims if c.kind == "quote")
        self.statements += sum(1 for c in claims if c.kind == "statement")

    @property
    def skipped(self) -> int:
        return sum(p.articles for p in self.problems if p.skipped)

    def line(self) -> str:
        parts = [
            f"{self.added} article{'s' if self.added != 1 else ''} added",
            f"{self.known} already in the database",
            f"{self.skipped} skipped",
            f"{self.claims} claims found ({self.quotes} quotes, {self.statements} statements)",
        ]
        return ", ".join(parts)


def new_articles(store: Store, paths: Iterable[Path], summary: Summary, lang: str | None = None) -> Iterator[Article]:
    """Articles not yet stored, each once, with their language: the source's, else `lang`, else
    detected from the text. Problems are collected in the summary."""
    seen: set[str] = set()
    for item in read_articles(paths):
        if isinstance(item, Problem):
            summary.problems.append(item)
            continue
        if item.id in seen:  # the same text twice in this input: said, not counted as stored before
            summary.problems.append(Problem(item.source, "the same text as an article earlier in this input"))
            continue
        if store.has_article(item.id):
            summary.known += 1
            continue
        placed = in_language(item, lang)
        if isinstance(placed, Problem):
            summary.problems.append(placed)
            continue
        seen.add(item.id)
        yield placed


def in_language(article: Article, lang: str | None = None) -> Article | Problem:
    """The article with its language: its source's, else `lang`, else detected from the text."""
    article_lang = (article.lang or lang or detect(article.text)).lower()[:2]
    if article_lang not in SUPPORTED_LANGUAGES:
        return Problem(article.source, f"language {article_lang!r} is not supported "
                                       f"(supported: {', '.join(SUPPORTED_LANGUAGES)})")
    if article.lang == article_lang:
        return article
    return Article(text=article.text, source=article.source, title=article.title, date=article.date,
                   url=article.url, lang=article_lang, external_id=article.external_id, id=article.id)


def run_extraction(
    store: Store,
    paths: Iterable[Path],
    model: str | dict[str, str] | None = None,
    workers: int = 1,
    on_article: Callable[[Summary], None] | None = None,
    nlp=None,
    lang: str | None = None,
) -> Summary:
    """`model` names the French pipeline, or maps languages to pipelines; `nlp` is a loaded
    pipeline to reuse for its language (tests, benchmarks). Articles are parsed as a stream,
    each run of same-language articles by that language's pipeline, loaded when first needed."""
    from claimcheck.extract import EXTRACTOR_VERSION
    from claimcheck.learning import STATEMENTS, active_model

    models = model if isinstance(model, dict) else ({"fr": model} if model else {})
    summary = Summary()
    statement_model = active_model(store.path, STATEMENTS) if store.path else None
    found = extracted(new_articles(store, paths, summary, lang), models, store.alias_map(),
                      lambda article_lang: active_model(store.path, article_lang) if store.path else None,
                      statement_model, workers, {nlp.lang: nlp} if nlp is not None else {})
    for item in found:
        if isinstance(item, Problem):
            summary.problems.append(item)
            continue
        article, claims = item
        if store.add_article(article, claims, EXTRACTOR_VERSION):
            summary.count(claims)
        else:
            summary.known += 1
        if on_article:
            on_article(summary)
    return summary


def extracted(articles: Iterable[Article], models: dict[str, str], known: dict[str, str],
              ranker_for: Callable[[str], object], statement_model=None, workers: int = 1,
              pipelines: dict | None = None) -> Iterator[tuple[Article, list] | Problem]:
    """(article, claims) for each article, in order, then a Problem for each language whose
    pipeline cannot load. `pipelines` (language -> loaded pipeline) is filled as languages come,
    so a caller that keeps it (a shard worker) loads each pipeline once."""
    # spaCy is imported here, not at module level: `claimcheck stats` and the review app stay fast
    from claimcheck.extract import extract
    from claimcheck.extract.component import CLAIMS_NAME, claims_on, failure, failure_on
    from claimcheck.nlp import ModelMissing, load_pipeline, parse

    pipelines = pipelines if pipelines is not None else {}
    missing: dict[str, str] = {}  # language -> why its pipeline cannot load
    unparsed: dict[str, int] = {}
    rankers = {}  # language -> the speaker model to use (None: the shipped one)
    for article_lang, run in groupby(articles, key=lambda a: a.lang):
        if article_lang not in pipelines and article_lang not in missing:
            try:
                pipelines[article_lang] = load_pipeline(models.get(article_lang), article_lang, claims=True)
            except ModelMissing as err:
                missing[article_lang] = str(err)
        if article_lang in missing:
            unparsed[article_lang] = unparsed.get(article_lang, 0) + sum(1 for _ in run)
            continue
        if article_lang not in rankers:
            rankers[article_lang] = ranker_for(article_lang)
        nlp_here = pipelines[article_lang]
        finder = nlp_here.get_pipe(CLAIMS_NAME) if CLAIMS_NAME in nlp_here.pipe_names else None
        if finder is not None:  # set before the pipe starts: its worker processes take it along
            finder.configure(known, rankers[article_lang], statement_model)
        for doc, article in parse(nlp_here, run, workers=workers):
            failed = failure_on(doc)
            claims = claims_on(doc)
            if claims is None and failed is None:  # a long article parsed in pieces, or a pipeline without the step
                try:
                    claims = extract(doc, article_lang, known, rankers[article_lang], statement_model)
                except Exception as err:  # noqa: BLE001 - reported, and the run goes on with the next article
                    failed = failure(err)
            if failed is not None:
                yield Problem(article.source, failed)
                continue
            yield article, claims
    for article_lang, count in unparsed.items():
        yield Problem(f"{count} {article_lang!r} article{'s' if count != 1 else ''}", missing[article_lang],
                      articles=count)
