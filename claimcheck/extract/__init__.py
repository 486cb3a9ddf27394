"""The extraction core: pure functions from a parsed spaCy doc to claims. No SQLite, no Textual."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from spacy.tokens import Doc

from claimcheck.extract.lexicon import load
from claimcheck.extract.quotes import QuoteFinder
from claimcheck.extract.ranking import Candidate, Ranker
from claimcheck.extract.statements import Sentence, candidates, find_statements
from claimcheck.model import Claim

EXTRACTOR_VERSION = "0.2.0"


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article: quotes, each one's speaker candidates (best first), statements."""

    quotes: list[Claim]
    candidates: list[list[Candidate]]
    sentences: list[Sentence]  # every candidate statement, described: what the statement model learns from
    statements: list[Claim]


def extract_all(doc: Doc, lang: str = "fr", known: Mapping[str, str] | None = None,
                ranker: Ranker | None = None, statement_model: Ranker | None = None) -> Extraction:
    """`known` maps names and aliases to the canonical names reviewers chose (the people
    registry), so an article's `Price` becomes the `Ned Price` a reviewer confirmed.
    `ranker` chooses speakers and `statement_model` the statements offered; the models shipped
    with the package when None."""
    lex = load(lang)
    finder = QuoteFinder(doc, lex, known or {}, ranker)
    quotes = finder.find()
    sentences = candidates(doc, quotes, lex, finder.sents, finder.index, finder.text, finder.lowered)
    return Extraction(quotes, finder.ranked, sentences, find_statements(sentences, statement_model))


def extract(doc: Doc, lang: str = "fr", known: Mapping[str, str] | None = None,
            ranker: Ranker | None = None, statement_model: Ranker | None = None) -> list[Claim]:
    """Quotes and check-worthy statements of one article, in reading order."""
    found = extract_all(doc, lang, known, ranker, statement_model)
    return sorted(found.quotes + found.statements, key=lambda c: (c.content.start, c.kind))


def quotes_with_candidates(doc: Doc, lang: str = "fr", known: Mapping[str, str] | None = None,
                           ranker: Ranker | None = None) -> list[tuple[Claim, list[Candidate]]]:
    """Each quote with its speaker candidates, best first: what the ranker learns from."""
    finder = QuoteFinder(doc, load(lang), known or {}, ranker)
    return list(zip(finder.find(), finder.ranked))


__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract", "extract_all", "quotes_with_candidates"]
