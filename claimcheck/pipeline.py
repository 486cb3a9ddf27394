"""Files in, claims stored: read, skip what is known, parse as a stream, extract, commit per article.

Each article is one transaction, so a killed run leaves only whole articles behind and
the next run, skipping what is stored, finishes the job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from claimcheck.ingest import Problem, read_articles
from claimcheck.learning import active_model
from claimcheck.model import Article
from claimcheck.store import Store

SUPPORTED_LANGUAGES = ("fr",)


@dataclass
class Summary:
    added: int = 0
    known: int = 0
    claims: int = 0
    quotes: int = 0
    statements: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.skipped)

    def line(self) -> str:
        parts = [
            f"{self.added} article{'s' if self.added != 1 else ''} added",
            f"{self.known} already in the database",
            f"{self.skipped} skipped",
            f"{self.claims} claims found ({self.quotes} quotes, {self.statements} statements)",
        ]
        return ", ".join(parts)


def new_articles(store: Store, paths: Iterable[Path], summary: Summary, default_lang: str = "fr") -> Iterator[Article]:
    """Articles not yet stored, each once; problems are collected in the summary."""
    seen: set[str] = set()
    for item in read_articles(paths):
        if isinstance(item, Problem):
            summary.problems.append(item)
            continue
        if item.id in seen or store.has_article(item.id):
            summary.known += 1
            continue
        lang = (item.lang or default_lang).lower()[:2]
        if lang not in SUPPORTED_LANGUAGES:
            summary.problems.append(Problem(item.source, f"language {lang!r} is not supported (supported: fr)"))
            continue
        seen.add(item.id)
        yield item if item.lang == lang else _with_lang(item, lang)


def _with_lang(article: Article, lang: str) -> Article:
    return Article(text=article.text, source=article.source, title=article.title, date=article.date,
                   url=article.url, lang=lang, external_id=article.external_id, id=article.id)


def run_extraction(
    store: Store,
    paths: Iterable[Path],
    model: str | None = None,
    workers: int = 1,
    on_article: Callable[[Summary], None] | None = None,
    nlp=None,
) -> Summary:
    """`nlp` is a loaded pipeline to reuse (tests, benchmarks); by default `model` is loaded."""
    # spaCy is imported here, not at module level: `claimcheck stats` and the review app stay fast
    from claimcheck.extract import EXTRACTOR_VERSION, extract
    from claimcheck.nlp import load_pipeline, parse

    summary = Summary()
    articles = new_articles(store, paths, summary)
    first = next(articles, None)
    if first is None:
        return summary
    nlp = nlp or load_pipeline(model)

    def stream() -> Iterator[Article]:
        yield first
        yield from articles

    known = store.alias_map()
    ranker = active_model(store.path) if store.path else None
    for doc, article in parse(nlp, stream(), workers=workers):
        claims = extract(doc, article.lang or "fr", known, ranker)
        if store.add_article(article, claims, EXTRACTOR_VERSION):
            summary.added += 1
            summary.claims += len(claims)
            summary.quotes += sum(1 for c in claims if c.kind == "quote")
            summary.statements += sum(1 for c in claims if c.kind == "statement")
        else:
            summary.known += 1
        if on_article:
            on_article(summary)
    return summary
