"""The queue as one block of text: cheaper to redraw on every key than a list of widgets."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from claimcheck.review.text import one_line

STATUS_MARKS = {"pending": "·", "accepted": "✓", "corrected": "✎", "rejected": "✗"}
STATUS_STYLES = {"pending": "", "accepted": "green", "corrected": "yellow", "rejected": "red"}
CURRENT_STYLE = "reverse"


def row_text(row: dict) -> Text:
    mark = STATUS_MARKS.get(row["status"], "?")
    text = Text(f"{mark} ", style=STATUS_STYLES.get(row["status"], ""))
    if row.get("kind") == "statement":
        worth = row.get("checkworthiness")
        label = "statement" + (f" {worth:.2f}" if worth is not None else "")  # its check-worthiness
        text.append(label.ljust(18), style="italic #8a8a8a")
    else:
        text.append(one_line(row["speaker"] or "—", 18).ljust(18), style="bold")
    text.append(" " + one_line(row["opening"], 36))
    return text


class QueueView(Static):
    """Shows the rows around the current one; the current row in reverse video."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: list[dict] = []
        self._index = 0

    def show(self, rows: list[dict], index: int) -> None:
        self._rows, self._index = rows, index
        height = self.size.height or 30
        start = max(0, min(index - height // 3, len(rows) - height))
        text = Text(no_wrap=True, overflow="ellipsis")
        for i, row in enumerate(rows[start : start + height], start=start):
            line = row_text(row)
            if i == index:
                line.stylize(CURRENT_STYLE)
            if i > start:
                text.append("\n")
            text.append_text(line)
        self.update(text)

    def on_resize(self) -> None:
        self.show(self._rows, self._index)
