"""Check-worthy statements: sentences outside quotes that assert something a fact-checker can verify.

A sentence earns weight from the signals it carries (a figure, a percentage, money, a
date, a superlative, a comparison); the score in [0, 1] combines them like independent
evidence, and the reasons say which fired, so a reviewer sees why it was picked.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimcheck.extract.lexicon import Lexicon
from claimcheck.extract.marks import QuoteIndex
from claimcheck.model import Claim, Offsets

WEIGHTS = {
    "figure": 0.35,
    "percentage": 0.45,
    "money": 0.45,
    "quantity": 0.25,
    "date": 0.2,
    "superlative": 0.3,
    "comparison": 0.3,
    "named entity": 0.1,
}
THRESHOLD = 0.5
MIN_WORDS = 6
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def find_statements(doc: Doc, quotes: list[Claim], lex: Lexicon, sents: list[Span], quoted: QuoteIndex) -> list[Claim]:
    """`sents` and `quoted` come from the quote finder, which has already computed them."""
    words = lex.data.get("statements", {})
    if not words:
        return []
    taken = sorted((q.content.start, q.content.end) for q in quotes)
    found = []
    for sent in sents:
        text = sent.text.strip()
        if len([t for t in sent if t.is_alpha]) < MIN_WORDS or text.endswith("?"):
            continue
        if _mostly_covered(sent, taken, quoted):
            continue
        reasons = _signals(sent, words)
        score = 1.0
        for reason in reasons:
            score *= 1 - WEIGHTS[reason]
        score = round(1 - score, 3)
        if score < THRESHOLD:
            continue
        start, end = _trimmed(doc.text, sent.start_char, sent.end_char)
        found.append(Claim(kind="statement", content=Offsets(start, end), sentence=Offsets(start, end),
                           confidence=score, checkworthiness=score, reasons=tuple(reasons)))
    return found


def _mostly_covered(sent: Span, taken: list[tuple[int, int]], quoted: QuoteIndex) -> bool:
    length = max(sent.end_char - sent.start_char, 1)
    covered = sum(max(0, min(e, sent.end_char) - max(s, sent.start_char)) for s, e in taken)
    inside = sum(max(0, min(q.end, sent.end_char) - max(q.start, sent.start_char))
                 for q in quoted.between(sent.start_char, sent.end_char))
    return covered > 0.3 * length or inside > 0.3 * length


def _signals(sent: Span, words: dict) -> list[str]:
    lower = " " + " ".join(t.lower_ for t in sent) + " "
    tokens = {t.lower_ for t in sent}
    reasons = []
    numbers = [t for t in sent if t.like_num or t.pos_ == "NUM"]
    years = [t for t in numbers if _YEAR.match(t.text)]
    figures = [t for t in numbers if t not in years]
    if figures:
        reasons.append("figure")
    if tokens & set(words.get("percent", [])) - {"point", "points"} or " pour cent " in lower:
        reasons.append("percentage")
    if tokens & set(words.get("money", [])):
        reasons.append("money")
    if figures and tokens & set(words.get("scale", []) + words.get("units", [])):
        reasons.append("quantity")
    if years or tokens & set(words.get("months", [])):
        reasons.append("date")
    if any(f" {w} " in lower for w in words.get("superlatives", [])):
        reasons.append("superlative")
    if any(f" {w} " in lower for w in words.get("comparisons", [])):
        reasons.append("comparison")
    if sent.ents:
        reasons.append("named entity")
    return reasons


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
