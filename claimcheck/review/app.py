"""The review app: who reviews, their session, and the connections the screen works through.

Each decision is written to the store (one transaction) as soon as it is made, by a writer on a
thread of its own, so what the reviewer saw as done is on disk even if the terminal is killed
next, and a database locked by another program never freezes the keyboard.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from textual.app import App
from textual.command import Hit, Hits, Provider

from claimcheck.review.connections import Reader, Writer
from claimcheck.review.modals import TextModal
from claimcheck.review.queue import ReviewQueue
from claimcheck.review.screen import ReviewScreen
from claimcheck.store import QueueFilter, Store, StoreError


class ReviewCommands(Provider):
    """The command palette offers every key of the review screen by its description."""

    async def search(self, query: str) -> Hits:
        screen = self.app.review
        matcher = self.matcher(query)
        for binding in screen.BINDINGS:
            score = matcher.match(binding.description)
            if score > 0:
                yield Hit(score, matcher.highlight(binding.description),
                          partial(screen.run_action, binding.action), help=f"key: {binding.key}")


class ReviewApp(App[None]):
    CSS_PATH = "review.tcss"
    TITLE = "claimcheck review"
    COMMANDS = App.COMMANDS | {ReviewCommands}

    def __init__(self, store: Store, reviewer: str, order: str = "article"):
        super().__init__()
        self.store = store  # read on the UI thread: quick, and never blocked by a writer (WAL)
        self.writer = Writer(store)
        self.reviewer = reviewer
        self.session_id: int | None = None
        self.review = ReviewScreen(ReviewQueue(store, self._starting_view(QueueFilter(order=order), reviewer)))
        self.read = Reader(store)  # the claim on screen
        self.search = Reader(store)  # "seen before": a long full-text search never delays the next claim

    def get_default_screen(self) -> ReviewScreen:
        return self.review

    def open_session(self) -> None:
        """Called once the review screen is up: ask who reviews if nobody said, then begin."""
        if not self.reviewer:  # in a browser nobody is logged in: the reviewer says who they are
            self.push_screen(TextModal("Your name, for the review log", "", "name…"), self._named)
            return
        self._begin()

    def _named(self, name: str | None) -> None:
        name = " ".join((name or "").split())
        if not name:
            self.push_screen(TextModal("Your name, for the review log (it cannot be empty)", "", "name…"),
                             self._named)
            return
        self.reviewer = name
        self.review.queue.set_view(self._starting_view(self.review.queue.view, name))
        self._begin()

    def _starting_view(self, view: QueueFilter, reviewer: str) -> QueueFilter:
        """A reviewer with claims assigned starts on them."""
        return replace(view, reviewer=reviewer, status="mine" if self.store.assigned_to(reviewer) else view.status)

    def _begin(self) -> None:
        self.run_worker(self._start_session(), group="save")
        self.review.begin()

    async def _start_session(self) -> None:
        reviewer = self.reviewer

        def start(store: Store) -> None:
            self.session_id = store.start_session(reviewer)  # set on the writer's thread, before any decision

        try:
            await self.writer(start)
        except StoreError as err:
            self.notify(f"{err}: you can read, not save", severity="error", timeout=30)

    def get_system_commands(self, screen):
        """Textual's own Quit skips closing the review session: the palette offers only ours."""
        return (command for command in super().get_system_commands(screen) if command.title != "Quit")


def make_app(store: Store, reviewer: str, order: str = "article") -> ReviewApp:
    """One factory for the CLI and the tests."""
    return ReviewApp(store, reviewer, order)
