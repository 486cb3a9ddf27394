"""Check-worthy statements: sentences outside quotes that assert something a fact-checker can verify."""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck.extract.lexicon import Lexicon
from claimcheck.model import Claim


def find_statements(doc: Doc, quotes: list[Claim], lex: Lexicon) -> list[Claim]:
    return []
