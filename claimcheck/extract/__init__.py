"""The extraction core: pure functions from a parsed spaCy doc to claims. No SQLite, no Textual."""

from __future__ import annotations

from typing import Mapping

from spacy.tokens import Doc

from claimcheck.extract.lexicon import load
from claimcheck.extract.quotes import QuoteFinder
from claimcheck.extract.statements import find_statements
from claimcheck.model import Claim

EXTRACTOR_VERSION = "0.1.0"


def extract(doc: Doc, lang: str = "fr", known: Mapping[str, str] | None = None) -> list[Claim]:
    """Quotes and check-worthy statements of one article, in reading order.

    `known` maps names and aliases to the canonical names reviewers chose (the people
    registry), so an article's `Price` becomes the `Ned Price` a reviewer confirmed."""
    lex = load(lang)
    finder = QuoteFinder(doc, lex, known or {})
    quotes = finder.find()
    statements = find_statements(doc, quotes, lex, finder.sents, finder.index)
    return sorted(quotes + statements, key=lambda c: (c.content.start, c.kind))


__all__ = ["EXTRACTOR_VERSION", "extract"]
