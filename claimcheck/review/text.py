"""Article text made safe and readable for the terminal, with offsets kept intact."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from rich.style import StyleType
from rich.text import Text

from claimcheck.visible import literal

def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, start) + 1
    finish = text.find("\n", end)
    return begin, len(text) if finish < 0 else finish


CONTEXT_PARAGRAPHS = 2  # paragraphs shown before and after the claim's own
CONTEXT_CHARS = 2500  # and never more than this on either side, but for the speaker's mention
MENTION_REACH = 6000  # how far back the window stretches to show the mention a speaker was resolved from


def context_window(claim: dict) -> tuple[int, int, int, int]:
    """(start, paragraph start, paragraph end, end) of the text shown around a claim: its paragraph,
    the paragraphs around it, and the paragraph of the mention its speaker was resolved from."""
    article = claim["article_text"] or ""
    p_start, p_end = paragraph_bounds(article, claim["sentence_start"], claim["sentence_end"])
    start, end = p_start, p_end
    for _ in range(CONTEXT_PARAGRAPHS):
        if start > 0:
            start = paragraph_bounds(article, start - 1, start - 1)[0]
        if end < len(article):
            end = paragraph_bounds(article, end + 1, end + 1)[1]
    start, end = max(start, p_start - CONTEXT_CHARS), min(end, p_end + CONTEXT_CHARS)
    mention = claim.get("mention_start")
    if mention is not None and p_start - MENTION_REACH <= mention < start:
        start = paragraph_bounds(article, mention, mention)[0]
    return start, p_start, p_end, end


def article_context(claim: dict, others: list[tuple[int, int, str]],
                    styles: dict[str, StyleType]) -> tuple[Text, Text, Text]:
    """The text before the claim's paragraph, the paragraph, and the text after, with the quote,
    the speaker's mention (wherever it is), the cue and the article's other claims marked. `styles`
    (from the theme) names one for each: context, other, sentence, quote, mention, cue."""
    article = claim["article_text"] or ""
    start, p_start, p_end, end = context_window(claim)
    marks = [(a, b, styles["other"]) for a, b, claim_id in others if claim_id != claim.get("id")]
    marks += [(claim["sentence_start"], claim["sentence_end"], styles["sentence"]),
              (claim["current_content_start"], claim["current_content_end"], styles["quote"]),
              (claim.get("mention_start"), claim.get("mention_end"), styles["mention"]),
              (claim.get("cue_start"), claim.get("cue_end"), styles["cue"])]

    def piece(a: int, b: int) -> Text:
        text = Text(literal(article[a:b].strip("\n")), style=styles["context"])
        shift = a + (len(article[a:b]) - len(article[a:b].lstrip("\n")))
        for m_start, m_end, m_style in marks:
            if m_start is not None and m_end is not None and max(m_start, a) < min(m_end, b):
                text.stylize(m_style, max(m_start, a) - shift, min(m_end, b) - shift)
        return text

    return piece(start, p_start), piece(p_start, p_end), piece(p_end, end)


def one_line(text: str | None, width: int = 60) -> str:
    flat = " ".join(literal(text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


_STEP = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")  # a word (`aujourd'hui`, `porte-parole`) or one punctuation mark
OPENING, CLOSING = "«“‘\"", "»”’\""


def steps(text: str, lower: int, upper: int) -> tuple[list[int], list[int]]:
    """Where a quote may start and end between `lower` and `upper`: before and after each word
    and each punctuation mark, so an end can sit before `.` or `»` and never on a space."""
    found = list(_STEP.finditer(text, lower, upper))
    return [m.start() for m in found], [m.end() for m in found]


def step_to(bounds: list[int], offset: int, direction: int) -> int | None:
    """The next position of `bounds` after (direction 1) or before (-1) `offset`, if any."""
    i = bisect_right(bounds, offset) if direction > 0 else bisect_left(bounds, offset) - 1
    return bounds[i] if 0 <= i < len(bounds) else None


def balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The extent without a quotation mark at either edge that has no partner inside it, nor spaces."""
    while start < end:
        piece = text[start:end]
        if piece[0].isspace() or (piece[0] in OPENING and not any(c in CLOSING for c in piece[1:])):
            start += 1
        elif piece[-1].isspace() or (piece[-1] in CLOSING and not any(c in OPENING for c in piece[:-1])):
            end -= 1
        else:
            break
    return start, end
