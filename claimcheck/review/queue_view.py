"""The queue as one block of text: cheaper to redraw on every key than a list of widgets."""

from __future__ import annotations

from typing import Callable

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from claimcheck.review.text import one_line

STATUS_MARKS = {"pending": "·", "accepted": "✓", "corrected": "✎", "rejected": "✗"}


def row_text(row: dict, style: Callable[[str], Style]) -> Text:
    """One queue row; `style(name)` gives the theme's style for a component class."""
    mark = STATUS_MARKS.get(row["status"], "?")
    text = Text(f"{mark} ", style=style(f"status--{row['status']}") if row["status"] in STATUS_MARKS else "")
    if row.get("kind") == "statement":
        worth = row.get("checkworthiness")
        label = "statement" + (f" {worth:.2f}" if worth is not None else "")  # its check-worthiness
        text.append(label.ljust(18), style=style("queue--statement"))
    else:
        text.append(one_line(row["speaker"] or "—", 18).ljust(18), style=style("queue--speaker"))
    text.append(" " + one_line(row["opening"], 36))
    return text


class QueueView(Static):
    """Shows the rows around the current one, the current row marked; colours from the theme."""

    COMPONENT_CLASSES = {"queue--current", "queue--speaker", "queue--statement", "status--pending",
                         "status--accepted", "status--corrected", "status--rejected"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: list[dict] = []
        self._index = 0

    def show(self, rows: list[dict], index: int) -> None:
        self._rows, self._index = rows, index
        height = self.size.height or 30
        start = max(0, min(index - height // 3, len(rows) - height))
        text = Text(no_wrap=True, overflow="ellipsis")
        styles: dict[str, Style] = {}

        def style(name: str) -> Style:
            if name not in styles:
                styles[name] = self.get_component_rich_style(name, partial=True)
            return styles[name]

        for i, row in enumerate(rows[start : start + height], start=start):
            line = row_text(row, style)
            if i == index:
                line.stylize(style("queue--current"))
            if i > start:
                text.append("\n")
            text.append_text(line)
        self.update(text)

    def on_resize(self) -> None:
        self.show(self._rows, self._index)
