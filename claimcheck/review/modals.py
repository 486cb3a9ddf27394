"""Small modal screens; each returns its answer through `dismiss(value)`."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from claimcheck.review.text import balanced, literal, paragraph_bounds, step_to, steps

MAX_SUGGESTIONS = 8


def rank_speakers(query: str, names: list[str], local: set[str]) -> list[str]:
    """Fuzzy suggestions, people of this article first when the scores are close."""
    if not query.strip():
        ordered = [n for n in names if n in local] + [n for n in names if n not in local]
        return ordered[:MAX_SUGGESTIONS]
    scored = process.extract(query, names, scorer=fuzz.WRatio, processor=utils.default_process,
                             limit=MAX_SUGGESTIONS * 3, score_cutoff=40)
    ranked = sorted(scored, key=lambda hit: (-(hit[1] + (10 if hit[0] in local else 0)), hit[2]))
    return [name for name, _, _ in ranked[:MAX_SUGGESTIONS]]


class SpeakerModal(ModalScreen[str | None]):
    """Type a name, or move onto a suggestion with ↓/↑; Enter takes what is typed unless the
    reviewer moved onto a suggestion (a new name must never be replaced by a near one)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="speaker.cancel"),
        Binding("down", "move(1)", "Next", show=False, id="speaker.down"),
        Binding("up", "move(-1)", "Previous", show=False, id="speaker.up"),
    ]

    def __init__(self, current: str | None, names: list[str], local: set[str]):
        super().__init__()
        self.current = current
        self.names = [name for name in names if name != current]  # offering the speaker it has helps nobody
        self.local = local
        self._suggested: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(f"Speaker (now: {literal(self.current or 'unknown')})"), id="title")
            yield Input(placeholder="name…", id="speaker-input")
            yield OptionList(id="suggestions")
            yield Label("type a name + Enter: that name  ↓/↑ then Enter: a suggestion  Esc: cancel"
                        "  (empty + Enter: no speaker)", classes="hint")

    def on_mount(self) -> None:
        self._suggest("")
        self.query_one(Input).focus()

    @on(Input.Changed, "#speaker-input")
    def _changed(self, event: Input.Changed) -> None:
        self._suggest(event.value)

    def _suggest(self, query: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        self._suggested = rank_speakers(query, self.names, self.local)
        for name in self._suggested:
            marker = "● " if name in self.local else "  "
            options.add_option(Option(Text(marker + literal(name))))
        options.highlighted = None  # typing again puts the reviewer back on what they type

    @property
    def chosen_suggestion(self) -> str | None:
        """The suggestion the reviewer moved onto, if any."""
        index = self.query_one(OptionList).highlighted
        return self._suggested[index] if index is not None and index < len(self._suggested) else None

    def action_move(self, step: int) -> None:
        if not self._suggested:
            return
        options = self.query_one(OptionList)
        current = options.highlighted if options.highlighted is not None else -1
        moved = min(len(self._suggested) - 1, current + step)
        options.highlighted = moved if moved >= 0 else None  # above the first: back to the typed name

    @on(Input.Submitted, "#speaker-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(self.chosen_suggestion or event.value.strip())

    @on(OptionList.OptionSelected, "#suggestions")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._suggested[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


def _key(index: int) -> str:
    """The digit that picks a choice: 1 to 9, then 0 for the tenth; later ones are reached with the arrows."""
    return str((index + 1) % 10) if index < 10 else " "


class ChoiceModal(ModalScreen[str | None]):
    """Pick one of a few values with its number key, or ↑/↓ and Enter."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="choice.cancel")]

    def __init__(self, title: str, choices: list[str], current: str | None = None):
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="title")
            yield OptionList(*[Option(f"{_key(i)}  {c}" + ("  (now)" if c == self.current else ""))
                               for i, c in enumerate(self.choices)], id="choices")
            last = _key(min(len(self.choices), 10) - 1)
            yield Label(f"1–{last} or ↑/↓ and Enter: choose  Esc: cancel", classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self.choices.index(self.current) if self.current in self.choices else 0
        options.focus()

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit():
            index = (int(event.character) - 1) % 10  # `0` is the tenth
            if 0 <= index < len(self.choices):
                event.stop()
                self.dismiss(self.choices[index])

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextModal(ModalScreen[str | None]):
    """One line of text: a note or a search."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="text.cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = ""):
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="title")
            yield Input(value=self.value, placeholder=self.placeholder, id="text-input")
            yield Label("Enter: save  Esc: cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpModal(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, lines: list[tuple[str, str]]):
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Keys", id="title")
            with VerticalScroll(id="help-lines"):  # scrolls on a small terminal instead of being cut
                for key, description in self.lines:
                    yield Label(Text(f"{key:>10}  {description}"))
            yield Label("Esc: close  ↑/↓: scroll", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)


class ExtentModal(ModalScreen[tuple[int, int] | None]):
    """Move the quote's start and end a word or a punctuation mark at a time, the whole sentence
    (and the paragraph around it) in view, the extent highlighted as it moves; Enter keeps it."""

    BINDINGS = [
        Binding("left", "start(-1)", "Start ←", id="extent.start-left"),
        Binding("right", "start(1)", "Start →", id="extent.start-right"),
        Binding("shift+left,comma", "end(-1)", "End ←", id="extent.end-left"),
        Binding("shift+right,full_stop", "end(1)", "End →", id="extent.end-right"),
        Binding("enter", "save", "Save", id="extent.save"),
        Binding("escape", "cancel", "Cancel", id="extent.cancel"),
    ]

    COMPONENT_CLASSES = {"extent--context", "extent--quote"}
    CONTEXT = 1500  # characters of the paragraph shown on each side of the sentence, at most

    def __init__(self, text: str, start: int, end: int, sentence: tuple[int, int],
                 bounds: tuple[int, int] | None = None, title: str = "Quote extent"):
        super().__init__()
        self.text = text
        self.start, self.end = start, end
        self.title_text = title
        lower, upper = paragraph_bounds(text, min(start, sentence[0]), max(end, sentence[1]))
        self.lower = max(lower, min(start, sentence[0]) - self.CONTEXT)
        self.upper = min(upper, max(end, sentence[1]) + self.CONTEXT)
        if bounds is not None:  # a wider stretch of the article to choose from
            self.lower, self.upper = min(self.lower, bounds[0]), max(self.upper, bounds[1])
        self.starts, self.ends = steps(text, self.lower, self.upper)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="title")
            with VerticalScroll(id="extent-view"):
                yield Static("", id="extent-text")
            yield Label("←/→: move the start   ,/. or shift+←/→: move the end   Enter: save   Esc: cancel",
                        classes="hint")

    def on_mount(self) -> None:
        self._draw()

    def _draw(self) -> None:
        text = Text(literal(self.text[self.lower:self.upper]),
                    style=self.get_component_rich_style("extent--context", partial=True))
        text.stylize(self.get_component_rich_style("extent--quote", partial=True),
                     self.start - self.lower, self.end - self.lower)
        self.query_one("#extent-text", Static).update(text)

    def action_start(self, step: int) -> None:
        moved = step_to(self.starts, self.start, step)
        if moved is not None and moved < self.end:
            self.start = moved
            self._draw()

    def action_end(self, step: int) -> None:
        moved = step_to(self.ends, self.end, step)
        if moved is not None and moved > self.start:
            self.end = moved
            self._draw()

    def action_save(self) -> None:
        start, end = balanced(self.text, self.start, self.end)
        self.dismiss((start, end) if start < end else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
