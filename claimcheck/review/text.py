"""Article text made safe and readable for the terminal, with offsets kept intact."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from rich.text import Text

REPLACEMENT = "\ufffd"
CONTENT_STYLE = "bold #ffd75f underline"
MENTION_STYLE = "bold #5fd7ff"
CUE_STYLE = "italic #d787ff"
CONTEXT_STYLE = "#8a8a8a"


def literal(text: str) -> str:
    """Control and escape characters become one visible replacement each, so offsets still index."""
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co") else REPLACEMENT
        for ch in text
    )


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, start) + 1
    finish = text.find("\n", end)
    return begin, len(text) if finish < 0 else finish


def highlighted_source(claim: dict, max_chars: int = 4000) -> Text:
    """The claim's paragraph: its sentence in full colour, the quote and the speaker highlighted."""
    article = claim["article_text"] or ""
    s_start, s_end = claim["sentence_start"], claim["sentence_end"]
    p_start, p_end = paragraph_bounds(article, s_start, s_end)
    p_start = max(p_start, s_start - max_chars // 2)
    p_end = min(p_end, s_end + max_chars // 2)
    text = Text(literal(article[p_start:p_end]), style=CONTEXT_STYLE, no_wrap=False)

    def mark(start: int | None, end: int | None, style: str) -> None:
        if start is None or end is None:
            return
        a, b = max(start, p_start) - p_start, min(end, p_end) - p_start
        if a < b:
            text.stylize(style, a, b)

    mark(s_start, s_end, "#e4e4e4")
    content_start = claim["current_content_start"] if claim.get("current_content_start") is not None \
        else claim["content_start"]
    content_end = claim["current_content_end"] if claim.get("current_content_end") is not None else claim["content_end"]
    mark(content_start, content_end, CONTENT_STYLE)
    mark(claim.get("mention_start"), claim.get("mention_end"), MENTION_STYLE)
    mark(claim.get("cue_start"), claim.get("cue_end"), CUE_STYLE)
    return text


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
