"""Text from articles, file names and other databases, made safe to show on a terminal.

An escape sequence in an article (`ESC ] 52` writes the clipboard) must never reach the
terminal: every control or format character becomes one visible replacement, so offsets
into the text still index the same characters.
"""

from __future__ import annotations

import unicodedata

REPLACEMENT = "\ufffd"
NEWLINE = "\u23ce"  # ⏎: a line break inside a name, shown on the one line it belongs to


def literal(text: str, keep: str = "\n\t") -> str:
    """Control and escape characters become one visible replacement each; those in `keep` stay."""
    return "".join(
        ch if ch in keep or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co") else REPLACEMENT
        for ch in text
    )


class VisibleStream:
    """A text stream (standard output) that shows control characters visibly, keeping line ends:
    an export printed on a terminal cannot drive it."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(literal(text, keep="\n\r\t"))

    def flush(self) -> None:
        self.stream.flush()


def single_line(text: str) -> str:
    """`literal`, and a line break shown as ⏎: a file name with a newline stays one line."""
    return literal(text.replace("\r\n", NEWLINE).replace("\n", NEWLINE).replace("\r", NEWLINE))
