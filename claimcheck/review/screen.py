"""The review screen: the queue, and the current claim in its article.

The claim on screen is one reactive value (`claim`): reading it happens in a worker thread and
watchers redraw from it. Decisions are saved by the app's `Writer` on a thread of their own; a
decision is made on the claim on screen, and a key pressed while the last one is still being
saved is refused rather than applied to a claim the reviewer has not seen.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Label, ProgressBar

from claimcheck.matching import Match, rank, search_terms
from claimcheck.model import QUOTE_TYPES, VERDICTS
from claimcheck.review.claim_view import ClaimDetail, Shown, describe_decision
from claimcheck.review.modals import ChoiceModal, ExtentModal, HelpModal, SpeakerModal, TextModal
from claimcheck.review.queue import ReviewQueue
from claimcheck.review.queue_view import QueueView
from claimcheck.review.text import context_window, literal
from claimcheck.store import QueueFilter, Store, StoreError

if TYPE_CHECKING:
    from claimcheck.review.app import ReviewApp

FILTERS = ["pending", "accepted", "corrected", "rejected", "verified", "all", "conflicts", "this article",
           "this speaker", "clear search"]
ORDERS = {"article order": "article", "most check-worthy statements first": "check-worthy",
          "least certain first (the extractor's doubts)": "uncertain"}
ORDER_SHOWN = {"check-worthy": "most check-worthy first", "uncertain": "least certain first"}
REFRESH_SECONDS = 2.0
NO_VERDICT = "no verdict"  # the verdict dialog's way to take a verdict back
SAVING_SHOWN_AFTER = 0.15  # seconds
STILL_SAVING = "Still saving your last decision (the database is busy): this key was not applied."


def read_shown(store: Store, claim_id: str, reviewer: str, blind: bool) -> Shown | None:
    """Everything drawn for one claim. `blind`: a second coder sees the claim as extracted (or as
    they left it), and nobody's decisions."""
    row = store.claim(claim_id, own=reviewer if blind else None)
    if row is None:
        return None
    return Shown(row, store.claim_extents(row["article_id"]), store.open_conflicts(claim_id),
                 {} if blind else store.decisions(claim_id).get(claim_id, {}))


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("a", "accept", "Accept", id="review.accept"),
        Binding("x", "reject", "Reject", id="review.reject"),
        Binding("space", "skip", "Skip", id="review.skip"),
        Binding("s", "speaker", "Speaker", id="review.speaker"),
        Binding("t", "type", "Type", id="review.type"),
        Binding("e", "extent", "Extent", id="review.extent"),
        Binding("v", "verdict", "Verdict", id="review.verdict"),
        Binding("n", "note", "Note", id="review.note"),
        Binding("m", "add_quote", "Add missed quote", id="review.add-quote"),
        Binding("u", "undo", "Undo", id="review.undo"),
        Binding("p", "same_as_before", "Same as seen", id="review.same-as-seen"),
        Binding("j,down", "move(1)", "Next", show=False, id="review.next"),
        Binding("k,up", "move(-1)", "Previous", show=False, id="review.previous"),
        Binding("slash", "search", "Search", id="review.search"),
        Binding("f", "filter", "Filter", id="review.filter"),
        Binding("A", "adopt", "Adopt a reviewer's decision", show=False, id="review.adopt"),
        Binding("o", "order", "Order", id="review.order"),
        Binding("r", "refresh", "Refresh", show=False, id="review.refresh"),
        Binding("question_mark", "help", "Help", id="review.help"),
        Binding("q", "quit_review", "Quit", id="review.quit"),
    ]
    NARROW = 120  # columns below which the queue is stacked above the claim

    # the watchers redraw just the widgets concerned: a repaint of the whole screen would cost a frame
    claim: reactive[Shown | None] = reactive(None, always_update=True, init=False, repaint=False)
    seen: reactive[Match | None] = reactive(None, init=False, repaint=False)  # the claim's closest reviewed twin
    saving: reactive[bool] = reactive(False, init=False, repaint=False)

    app: "ReviewApp"

    def __init__(self, queue: ReviewQueue):
        super().__init__()
        self.queue = queue
        self.decided: list[str] = []  # this session's decisions, newest last, for undo
        self._data_version = 0
        self._position_dirty = False
        self._saving_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="status-bar"):
            yield Label("", id="counts")
            yield Label("", id="saving")
            yield ProgressBar(total=1, show_eta=False, id="progress")
            yield Label("", id="reviewer")
        with Horizontal(id="main"):
            yield QueueView(id="queue")
            yield ClaimDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#main").set_class(self.app.size.width < self.NARROW, "narrow")
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())
        self.app.open_session()

    def _restyle(self) -> None:
        """A new theme: the text already drawn carries the old one's colours."""
        self.query_one(QueueView).show(self.queue.rows, self.queue.index)
        self.query_one(ClaimDetail).show(self.claim, self.seen)

    def on_resize(self, event) -> None:
        self.query_one("#main").set_class(event.size.width < self.NARROW, "narrow")

    @property
    def blind(self) -> bool:
        """Under `mine` a second coder decides without seeing the first one's decision."""
        return self.queue.view.status == "mine"

    def begin(self) -> None:
        """Show where the reviewer stopped (or the first pending claim), read at once: the first
        screen is drawn complete."""
        store = self.app.store
        self.query_one("#reviewer", Label).update(Text(f"reviewer: {literal(self.app.reviewer)}"))
        if not self.queue.go_to(store.last_position(self.app.reviewer)):
            self.queue.first_pending()
        self._data_version = store.data_version()
        self.query_one(QueueView).show(self.queue.rows, self.queue.index)
        claim_id = self.queue.current_id
        self.claim = read_shown(store, claim_id, self.app.reviewer, self.blind) if claim_id else None
        self._show_counts(store.status_counts())
        self.set_interval(REFRESH_SECONDS, self._watch_database)
        self.set_interval(1.0, self._flush_position)

    # --- showing ------------------------------------------------------------------------

    def show(self) -> None:
        """Read the current claim and the counts in a worker; the queue is drawn with the claim, in one
        frame, when they arrive."""
        self._read_claim(self.queue.current_id, self.blind)

    @work(thread=True, exclusive=True, group="claim")
    def _read_claim(self, claim_id: str | None, blind: bool) -> None:
        reviewer = self.app.reviewer
        try:
            shown, counts = self.app.read(lambda store: (
                read_shown(store, claim_id, reviewer, blind) if claim_id else None, store.status_counts()))
        except StoreError as err:
            self.app.call_from_thread(self.notify, str(err), severity="error")
            return
        self.post_message(self.ClaimRead(claim_id, shown, counts))  # thread-safe; handled on the screen

    class ClaimRead(Message):
        def __init__(self, claim_id: str | None, shown: Shown | None, counts: dict[str, int]):
            super().__init__()
            self.claim_id, self.shown, self.counts = claim_id, shown, counts

    def on_review_screen_claim_read(self, message: ClaimRead) -> None:
        self._arrived(message.claim_id, message.shown, message.counts)

    def _arrived(self, claim_id: str | None, shown: Shown | None, counts: dict[str, int]) -> None:
        if claim_id != self.queue.current_id:  # the reviewer has moved on: their claim is being read
            return
        self.query_one(QueueView).show(self.queue.rows, self.queue.index)
        self.claim = shown
        self._show_counts(counts)

    def watch_claim(self, shown: Shown | None) -> None:
        self.set_reactive(ReviewScreen.seen, None)
        self.query_one(ClaimDetail).show(shown, None)
        if shown is not None and shown["kind"] == "quote":
            self._look_for_seen(shown.id, shown["content"])

    def watch_seen(self, seen: Match | None) -> None:
        if self.claim is not None:
            self.query_one(ClaimDetail).show_fields(self.claim, seen)

    def watch_saving(self, saving: bool) -> None:
        """A save shows itself only when it lasts (a database busy elsewhere): most take milliseconds,
        and redrawing the status bar twice for each would slow every key."""
        if saving:
            self._saving_timer = self.set_timer(SAVING_SHOWN_AFTER, lambda: self._show_saving(True))
        else:
            if self._saving_timer is not None:
                self._saving_timer.stop()
                self._saving_timer = None
            self._show_saving(False)

    def _show_saving(self, shown: bool) -> None:
        label = self.query_one("#saving", Label)
        if shown != bool(label.content):
            label.update("saving…" if shown else "")

    @work(thread=True, exclusive=True, group="seen-before")
    def _look_for_seen(self, claim_id: str, content: str) -> None:
        """The closest claim already reviewed elsewhere: a full-text search over many reviewed claims
        can take longer than a keystroke should."""
        try:
            candidates = self.app.search(lambda store: store.reviewed_like(search_terms(content), exclude=claim_id))
        except StoreError:
            return
        found = rank(content, [c for c in candidates if c["id"] != claim_id], limit=1)
        if found:
            self.app.call_from_thread(self._show_seen, claim_id, found[0])

    def _show_seen(self, claim_id: str, match: Match) -> None:
        if self.claim is not None and self.claim.id == claim_id:
            self.seen = match

    def _show_counts(self, counts: dict[str, int]) -> None:
        total = counts["total"]
        view = self.queue.view
        shown = [f"showing {view.status}"] if view.status != "all" else []
        shown += ["this article"] if view.article_id else []
        shown += [f"speaker {view.speaker}"] if view.speaker else []
        shown += [f"search “{view.search}”"] if view.search else []
        shown += [ORDER_SHOWN[view.order]] if view.order in ORDER_SHOWN else []
        self.query_one("#counts", Label).update(Text(
            f"pending {counts['pending']} · accepted {counts.get('accepted', 0)} · "
            f"corrected {counts.get('corrected', 0)} · rejected {counts.get('rejected', 0)} · of {total}"
            + (f"  [{literal(', '.join(shown))}]" if shown else "")
        ))
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=total - counts["pending"])

    def _refresh_row(self, claim_id: str) -> None:
        """After a decision, re-read that claim's row only."""
        for i, row in enumerate(self.queue.rows):
            if row["id"] == claim_id:
                fresh = self.app.store.queue_page(QueueFilter(), after=row["seq"], inclusive=True, limit=1)
                if fresh and fresh[0]["id"] == claim_id:
                    self.queue.rows[i] = fresh[0]
                return

    # --- decisions ----------------------------------------------------------------------

    def _on_screen(self) -> Shown | None:
        """The claim the reviewer sees, if it is the one the queue points at (it is, once read)."""
        shown = self.claim
        return shown if shown is not None and shown.id == self.queue.current_id else None

    def _may_save(self) -> bool:
        """One write at a time: a key pressed while the last one is being saved is refused, said."""
        if self.saving:
            self.notify(STILL_SAVING, severity="warning")
            return False
        self.saving = True
        return True

    def _decide(self, action: str, advance: bool = True, final: bool = False, **changes) -> None:
        shown = self._on_screen()
        if shown is not None and self._may_save():
            self._save(shown, action, advance, final, changes)

    @work(group="save")
    async def _save(self, shown: Shown, action: str, advance: bool, final: bool, changes: dict) -> None:
        app, view = self.app, self.queue.view.status

        def decision(store):
            return store.review(shown.id, action, reviewer=app.reviewer, session_id=app.session_id,
                                seen=shown["review_id"], own=view == "mine",
                                final=final or view == "disagreements", **changes)

        try:
            state = await app.writer(decision)
        except StoreError as err:
            self.notify(str(err), severity="error", timeout=10)
            return
        finally:
            self.saving = False
        if "overrode" in state:
            other = state["overrode"]
            self.notify(f"{other['reviewer']} decided this claim meanwhile ({other['status']}, "
                        f"{other['speaker'] or 'no speaker'}, {other['verdict'] or 'no verdict'}): both are kept, "
                        f"under the filter `conflicts`", severity="warning", timeout=15)
        self.decided.append(shown.id)
        self._data_version = app.store.data_version()
        self._refresh_row(shown.id)
        if advance and self.queue.current_id == shown.id and not self.queue.next_pending():
            self.notify("Every claim in this view is reviewed.")
        self.show()

    def action_accept(self) -> None:
        shown = self._on_screen()
        if shown is not None:
            self._decide("accept", status="corrected" if shown["status"] == "corrected" else "accepted")

    def action_reject(self) -> None:
        self._decide("reject", status="rejected")

    def action_skip(self) -> None:
        self.action_move(1)

    def action_move(self, step: int) -> None:
        if self.queue.move(step):
            self._position_dirty = True  # moving is not a decision: written at most once a second, and on quit
            self.show()

    def _flush_position(self) -> None:
        if self._position_dirty and not self.saving and self.app.session_id is not None and self.queue.current_id:
            self._position_dirty = False
            self._record_position(self.queue.current_id)

    @work(group="save")
    async def _record_position(self, claim_id: str) -> None:
        session = self.app.session_id
        try:
            await self.app.writer(lambda store: store.record_position(session, claim_id))
        except StoreError as err:
            self.notify(str(err), severity="error")
            return
        self._data_version = self.app.store.data_version()  # our own write: nothing to reload

    def action_speaker(self) -> None:
        claim = self._on_screen()
        if claim is None:
            return
        store = self.app.store
        # the ranker's runners-up first: a wrong speaker is most often the next candidate
        ranked = [name for name, _ in json.loads(claim["candidates"] or "[]") if name != claim["current_speaker"]]
        local = list(dict.fromkeys(ranked + store.article_speakers(claim["article_id"])))
        names = local + [n for n in store.speaker_names() if n not in set(local)]

        def chosen(name: str | None) -> None:
            if name is not None:
                self._decide("correct-speaker", status="corrected", speaker=name.strip() or None)

        self.app.push_screen(SpeakerModal(claim["current_speaker"], names, set(local)), chosen)

    def action_type(self) -> None:
        claim = self._on_screen()
        if claim is None or claim["kind"] != "quote":
            return

        def chosen(value: str | None) -> None:
            if value and value != claim["current_type"]:
                self._decide("correct-type", advance=False, status="corrected", type=value)

        self.app.push_screen(ChoiceModal("Quote type", list(QUOTE_TYPES), claim["current_type"]), chosen)

    def action_extent(self) -> None:
        claim = self._on_screen()
        if claim is None:
            return

        def chosen(extent: tuple[int, int] | None) -> None:
            if extent and extent != (claim["current_content_start"], claim["current_content_end"]):
                self._decide("correct-extent", advance=False, status="corrected",
                             content_start=extent[0], content_end=extent[1])

        self.app.push_screen(ExtentModal(claim["article_text"], claim["current_content_start"],
                                         claim["current_content_end"], (claim["sentence_start"], claim["sentence_end"])),
                             chosen)

    def action_add_quote(self) -> None:
        """A quote the extractor missed: its words chosen in the article around this claim, then its type
        and its speaker; it becomes a claim of its own, recorded as this reviewer's decision."""
        claim = self._on_screen()
        if claim is None:
            return
        start, _, _, end = context_window(claim.row)
        sentence = (claim["sentence_start"], claim["sentence_end"])
        here = self.app.store.article_speakers(claim["article_id"])
        names, local = list(dict.fromkeys(here + self.app.store.speaker_names())), set(here)
        chosen: dict = {}

        def save(speaker: str | None) -> None:
            if speaker is not None and self._may_save():
                self._add_quote(claim["article_id"], chosen["extent"], chosen["type"], speaker.strip() or None)

        def typed(value: str | None) -> None:
            if value:
                chosen["type"] = value
                self.app.push_screen(SpeakerModal(None, names, local), save)

        def extent(value: tuple[int, int] | None) -> None:
            if value:
                chosen["extent"] = value
                self.app.push_screen(ChoiceModal("Quote type", list(QUOTE_TYPES), "indirect"), typed)

        self.app.push_screen(ExtentModal(claim["article_text"], *sentence, sentence, bounds=(start, end),
                                         title="New quote: its words"), extent)

    @work(group="save")
    async def _add_quote(self, article_id: str, extent: tuple[int, int], quote_type: str,
                         speaker: str | None) -> None:
        app = self.app
        try:
            claim_id = await app.writer(lambda store: store.add_quote(
                article_id, *extent, quote_type=quote_type, speaker=speaker, reviewer=app.reviewer,
                session_id=app.session_id))
        except StoreError as err:
            self.notify(str(err), severity="error", timeout=10)
            return
        finally:
            self.saving = False
        self.decided.append(claim_id)
        self._data_version = app.store.data_version()
        self.queue.reload()
        self.queue.go_to(claim_id)
        self.show()

    def action_verdict(self) -> None:
        claim = self._on_screen()
        if claim is None:
            return

        def chosen(value: str | None) -> None:
            if value == NO_VERDICT:
                if claim["verdict"] is not None:
                    self._decide("verdict", advance=False, verdict=None)
            elif value and value != claim["verdict"]:
                self._decide("verdict", advance=False, verdict=value)

        self.app.push_screen(ChoiceModal("Verdict", [*VERDICTS, NO_VERDICT], claim["verdict"] or NO_VERDICT), chosen)

    def action_note(self) -> None:
        claim = self._on_screen()
        if claim is None:
            return

        def written(value: str | None) -> None:
            if value is not None and value != (claim["note"] or ""):
                self._decide("note", advance=False, note=value or None)

        self.app.push_screen(TextModal("Note", claim["note"] or "", "what a fact-checker should know"), written)

    def action_same_as_before(self) -> None:
        """Apply the decision taken on the same words elsewhere: status, speaker, verdict, note."""
        if self.seen is None:
            self.notify("No reviewed claim like this one.")
            return
        seen = self.app.store.claim(self.seen.claim_id)
        if seen is not None:
            self._decide("same-as-seen", status=seen["status"], speaker=seen["current_speaker"],
                         verdict=seen["verdict"], note=seen["note"])

    def action_undo(self) -> None:
        if not self.decided:
            self.notify("Nothing to undo in this session.")
        elif self._may_save():
            self._undo(self.decided.pop())

    @work(group="save")
    async def _undo(self, claim_id: str) -> None:
        app = self.app
        try:
            await app.writer(lambda store: store.undo(claim_id, reviewer=app.reviewer, session_id=app.session_id))
        except StoreError as err:
            self.decided.append(claim_id)
            self.notify(str(err), severity="error")
            return
        finally:
            self.saving = False
        self.queue.go_to(claim_id)
        self._data_version = app.store.data_version()
        self.show()

    # --- finding ------------------------------------------------------------------------

    def _set_view(self, view: QueueFilter, empty: str) -> None:
        self.queue.set_view(view)
        if not self.queue.rows:
            self.notify(empty)
        self.show()

    def action_search(self) -> None:
        def searched(value: str | None) -> None:
            if value is not None:
                self._set_view(replace(self.queue.view, search=value.strip() or None), "No claim matches.")

        self.app.push_screen(TextModal("Search claims", self.queue.view.search or "", "words…"), searched)

    def filters(self) -> list[str]:
        """The filters that can show something: `mine` when this reviewer has assignments, `disagreements`
        when two reviewers decided a claim differently."""
        store = self.app.store
        team = (["mine"] if store.assigned_to(self.app.reviewer) else []) + FILTERS
        return team + (["disagreements"] if store.has_disagreements() else [])

    def action_adopt(self) -> None:
        """An editor settles a disagreement: one reviewer's decision becomes the final one."""
        claim = self._on_screen()
        decisions = claim.decisions if claim is not None else {}
        if len(decisions) < 2:
            self.notify("Only one reviewer decided this claim: there is nothing to settle.")
            return
        choices = {f"{name}: {describe_decision(d)}": d for name, d in decisions.items()}

        def chosen(value: str | None) -> None:
            if value is not None:
                d = choices[value]
                self._decide("adjudicate", final=True, status=d["status"], speaker=d["speaker"], type=d["type"],
                             verdict=d["verdict"])

        self.app.push_screen(ChoiceModal("Adopt as the final decision", list(choices)), chosen)

    def action_filter(self) -> None:
        row = self.queue.current

        def chosen(value: str | None) -> None:
            if value is None:
                return
            view = self.queue.view
            if value == "this article" and row:
                view = replace(view, article_id=row["article_id"])
            elif value == "this speaker" and row:
                view = replace(view, speaker=row["speaker"])
            elif value == "clear search":
                view = replace(view, article_id=None, speaker=None, search=None)
            elif value not in ("this article", "this speaker"):  # a status
                view = replace(view, status=value, article_id=None if value == "all" else view.article_id)
            self._set_view(view, "No claim in this view.")

        self.app.push_screen(ChoiceModal("Show", self.filters(), self.queue.view.status), chosen)

    def action_order(self) -> None:
        def chosen(value: str | None) -> None:
            if value is None:
                return
            self.queue.set_view(replace(self.queue.view, order=ORDERS[value]))
            self.queue.first_pending()  # a new order is read from its top
            self.show()

        now = next(label for label, order in ORDERS.items() if order == self.queue.view.order)
        self.app.push_screen(ChoiceModal("Order", list(ORDERS), now), chosen)

    def action_refresh(self) -> None:
        self.queue.reload()
        self.show()

    def _watch_database(self) -> None:
        """Another reviewer's decisions appear on their own."""
        try:
            version = self.app.store.data_version()
        except StoreError:
            return
        if version != self._data_version:
            self._data_version = version
            self.queue.reload()
            self.show()

    def action_help(self) -> None:
        lines = [(b.key.replace("question_mark", "?").replace("slash", "/"), b.description) for b in self.BINDINGS]
        self.app.push_screen(HelpModal(lines + [("ctrl+p", "Command palette")]))

    async def action_quit_review(self) -> None:
        """Quit once the last decisions and the position are saved, and the session is closed."""
        app = self.app
        if self.saving:
            self.notify("Saving your last decision before quitting…")
        self.workers.cancel_group(self, "seen-before")
        session, claim_id = app.session_id, self.queue.current_id

        def closing(store) -> None:
            if session is not None:
                if claim_id:
                    store.record_position(session, claim_id)
                store.end_session(session)

        try:
            await app.writer(closing)
        except StoreError:
            pass
        app.writer.close()
        app.exit()
