"""Pair quotation marks over the character stream.

spaCy splits sentences at guillemets, so quote spans are found here, on the raw text,
paragraph by paragraph: « », “ ” and ‘ ’ nest, straight quotes toggle, and a quote that runs
over several paragraphs (French and English press reopen it at each paragraph, without closing it) is one
quotation a paragraph, each marked as running on into the next. Press releases open a statement once and close it
at its last paragraph, the paragraphs between bare: each of those is a quotation too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
# British quotes: ‘…’. The closing mark is also the apostrophe (`don’t`, read as `'` by the parser), so it
# closes only where no letter follows it
SINGLE_OPEN, SINGLE_CLOSERS = "‘", ("’", "'")
# a straight single mark spaced on both sides is a quotation mark, never an apostrophe, which is set against a letter
# (`' Les ventes devraient repartir ' indique le groupe`: part of the French business wire quotes so)
SPACED_SINGLE = "'"
MAX_BARE_PARAGRAPHS = 12  # how far a statement opened once may run before the paragraph that closes it
_OPEN_BEFORE = set(" \t\n([{'’«“-—–:;/") | {""}
# every character the pairing reads: the walk steps from one to the next (most of a text is none)
_MARKS = re.compile("[" + re.escape("".join({*PAIRS, *CLOSERS, STRAIGHT, SINGLE_OPEN, *SINGLE_CLOSERS, SPACED_SINGLE}))
                    + "]")


@dataclass(frozen=True)
class Quoted:
    """A quotation: `start` is the opening mark, `end` is just past the closing mark."""

    start: int
    end: int
    closed: bool = True
    runs_on: bool = False  # the next paragraph reopens it: the same speaker's words go on there
    opened: bool = True  # False for a paragraph of a statement opened earlier: `start` is its first character

    @property
    def inner_start(self) -> int:
        return self.start + 1 if self.opened else self.start

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    at = text.find("\n")
    while at >= 0:
        if at > start:
            spans.append((start, at))
        start = at + 1
        at = text.find("\n", start)
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before in _OPEN_BEFORE or before.isspace()) and after not in ("", " ", "\n", ",", ".")


def _closes_spaced(text: str, i: int, end: int) -> bool:
    return i + 1 == end or text[i + 1].isspace() or text[i + 1] in ".,;:!?)"


def _closes_single(text: str, i: int, end: int) -> bool:
    """A straight single mark after a space (`' … '`) or after a sentence's punctuation (`…,' he said`), with a space
    or a punctuation mark after it: an apostrophe is set against a letter, never after a comma or a full stop."""
    return (text[i - 1].isspace() or text[i - 1] in ".,!?") and _closes_spaced(text, i, end)


def _opens_single(text: str, i: int, end: int) -> bool:
    """`'This is our team,' he said`: a straight single mark against the word it opens (part of the press quotes
    with straight single marks) opens a quotation when one closes it after a sentence's punctuation later in the
    paragraph (`rock 'n' roll`, `'90s`, `the players' union` have none)."""
    if not text[i + 1 : i + 2].isalpha():
        return False
    return any(text[j - 1] in ".,!?" and _closes_spaced(text, j, end) for j in range(i + 2, end) if text[j] == "'")


def _opens_spaced(text: str, i: int, end: int) -> bool:
    """A spaced single mark with words after it and one that closes them later in the paragraph."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].strip():
        return False
    return any(text[j - 1].isspace() and _closes_spaced(text, j, end) for j in range(i + 3, end) if text[j] == "'")


def _opens_after_its_cue(text: str, i: int, start: int, end: int) -> bool:
    """`Wilkins said," [Warhol] liked …"`, `a livré une réponse : " J'ai envie … "`, a paragraph opening on `" Je
    suis …`, `… une déception. " Je dois …`: with no straight mark open, one set after a comma, a colon or the end of
    a sentence (a space between or not), or opening the paragraph, and followed by a space still opens a quotation
    (a closing mark needs an open one; some sites space straight marks as French guillemets), when another closes it
    in the paragraph."""
    j = i - 1
    while j >= start and text[j] == " ":
        j -= 1
    return (j < start or text[j] in ",:.!?") and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].strip() != "" \
        and STRAIGHT in text[i + 2 : end]


def find_quoted(text: str) -> list[Quoted]:
    """Outermost quotations in reading order. Unclosed ones run to the end of their paragraph."""
    result: list[Quoted] = []
    carried: int | None = None  # start of a quote left open at the end of the previous paragraph
    paragraphs = _paragraphs(text)
    bare_until, opener_of_statement = -1, ""  # a statement opened once runs bare up to this paragraph, which closes it
    for k, (p_start, p_end) in enumerate(paragraphs):
        if carried is not None:
            first = text[p_start:p_end].lstrip()[:1]
            reopens = first in PAIRS or first in (STRAIGHT, SINGLE_OPEN)
            closing = None if reopens else _closed_later(text, paragraphs, k, text[carried])
            # the paragraph reopens the running quote (or it runs bare to a paragraph that closes it): each
            # paragraph is a quotation of its own (the annotators' reading), said by whoever says the next
            result.append(Quoted(carried, _trim_end(text, p_start - 1), closed=False,
                                 runs_on=reopens or closing is not None))
            if closing is not None:
                bare_until, opener_of_statement = closing, text[carried]
            carried = None
        if k < bare_until:
            end = _trim_end(text, p_end)
            if end > p_start:  # (a line of spaces between is no paragraph of the quotation)
                result.append(Quoted(p_start, end, closed=False, runs_on=True, opened=False))
            continue
        stack: list[tuple[str, int]] = []
        unopened = -1  # the start of this paragraph when it closes a statement opened before it
        if k == bare_until:
            stack.append((opener_of_statement, p_start))
            unopened = p_start
        for mark in _MARKS.finditer(text, p_start, p_end):
            i = mark.start()
            ch = text[i]
            closes_low = ch == "“" and stack and stack[-1][0] == "„"
            if ch == SPACED_SINGLE and stack and stack[-1][0] == SPACED_SINGLE and _closes_single(text, i, p_end):
                _, start = stack.pop()
                if not stack:
                    result.append(Quoted(start, i + 1, opened=start != unopened))
            elif ch == SPACED_SINGLE and (i == p_start or text[i - 1].isspace()):
                if _opens_spaced(text, i, p_end) or _opens_single(text, i, p_end):
                    stack.append((ch, i))
            elif ch == SINGLE_OPEN:
                if _opens_straight(text, i) and not text[i + 1].isdigit():  # not `the ‘90s`
                    stack.append((ch, i))
            elif ch in SINGLE_CLOSERS and stack and stack[-1][0] == SINGLE_OPEN:
                if i + 1 < p_end and text[i + 1].isalpha():
                    continue  # `‘We don’t know’`: an apostrophe inside the quotation
                _, start = stack.pop()
                if not stack:
                    result.append(Quoted(start, i + 1, opened=start != unopened))
            elif ch == "«" and len(stack) == 1 and stack[0][0] == "»":
                _, start = stack.pop()  # the reversed pair's closing mark
                result.append(Quoted(start, i + 1, opened=start != unopened))
            elif ch in PAIRS and not closes_low:
                stack.append((ch, i))
            elif ch == "»" and not stack and _opens_a_reversed_pair(text, i, p_end):
                stack.append((ch, i))
            elif ch in CLOSERS or closes_low:
                if stack and PAIRS.get(stack[-1][0]) == ch:
                    _, start = stack.pop()
                    if not stack:
                        result.append(Quoted(start, i + 1, opened=start != unopened))
                elif stack and any(PAIRS.get(opener) == ch for opener, _ in stack):
                    # close an outer quote whose inner marks were left open
                    while stack and PAIRS.get(stack[-1][0]) != ch:
                        stack.pop()
                    _, start = stack.pop()
                    if not stack:
                        result.append(Quoted(start, i + 1, opened=start != unopened))
            elif ch == STRAIGHT:
                if stack and stack[-1][0] == STRAIGHT:
                    _, start = stack.pop()
                    if not stack:
                        result.append(Quoted(start, i + 1, opened=start != unopened))
                elif _opens_straight(text, i) or (not stack and _opens_after_its_cue(text, i, p_start, p_end)):
                    stack.append((STRAIGHT, i))
        if stack:
            opener, start = stack[0]
            if opener in ("«", "“", "„", STRAIGHT, SINGLE_OPEN):
                carried = start
    if carried is not None:
        result.append(Quoted(carried, _trim_end(text, len(text)), closed=False))
    result.sort(key=lambda q: q.start)
    return _drop_nested(result)


def _opens_a_reversed_pair(text: str, i: int, end: int) -> bool:
    """`» Nous ne baisserons pas les bras « , a dit Me X`: part of the West African press sets its guillemets the wrong
    way round. A `»` with no quotation open, a word after it, and a `«` later in the paragraph with only a comma or
    a full stop after it (an opening `«` is followed by words) is a quotation's opening mark."""
    if not text[i + 1 : end].lstrip()[:1].isalnum():
        return False
    j = text.find("«", i + 1, end)
    return j > 0 and "»" not in text[i + 1 : j] and text[j + 1 : end].lstrip()[:1] in (",", ".", ";", "")


def _closed_later(text: str, paragraphs: list[tuple[int, int]], k: int, opener: str) -> int | None:
    """The paragraph, from the k-th on, whose closing mark ends a statement opened before them and left open (`“I
    want to wish …` … `… a happy Canada Day!”`): the first mark met after the opening is that closing one."""
    closer = STRAIGHT if opener == STRAIGHT else PAIRS.get(opener)
    if closer is None:
        return None
    marks = set(PAIRS) | CLOSERS | {STRAIGHT, SINGLE_OPEN}
    for m in range(k, min(k + MAX_BARE_PARAGRAPHS, len(paragraphs))):
        start, end = paragraphs[m]
        i = next((i for i in range(start, end) if text[i] in marks), None)
        if i is None:
            continue
        return m if text[i] == closer and not (closer == STRAIGHT and _opens_straight(text, i)) else None
    return None


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _drop_nested(spans: list[Quoted]) -> list[Quoted]:
    kept: list[Quoted] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


class QuoteIndex:
    """Which quotation, if any, covers a character offset."""

    def __init__(self, spans: list[Quoted]):
        self.spans = spans
        self._starts = [s.start for s in spans]

    def at(self, offset: int) -> Quoted | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.spans[i].end:
            return self.spans[i]
        return None

    def inside(self, offset: int) -> bool:
        return self.at(offset) is not None

    def between(self, start: int, end: int) -> list[Quoted]:
        i = max(bisect_right(self._starts, start) - 1, 0)
        found = []
        for span in self.spans[i:]:
            if span.start >= end:
                break
            if span.end > start:
                found.append(span)
        return found
