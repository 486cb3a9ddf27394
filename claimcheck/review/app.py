"""The review screen: the queue on the left, the claim in its source on the right.

Each decision is written to the store (one transaction) before the screen moves on,
so what the reviewer saw as done is on disk even if the terminal is killed next.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import partial

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import Hit, Hits, Provider
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Label, ProgressBar, Static

from claimcheck.matching import Match, rank, search_terms
from claimcheck.model import QUOTE_TYPES, VERDICTS
from claimcheck.review.modals import ChoiceModal, ExtentModal, HelpModal, SpeakerModal, TextModal
from claimcheck.review.queue import ReviewQueue
from claimcheck.review.queue_view import STATUS_STYLES, QueueView
from claimcheck.review.text import article_context, context_window, literal
from claimcheck.store import UNSEEN, QueueFilter, Store, StoreError

FILTERS = ["pending", "accepted", "corrected", "rejected", "verified", "all", "conflicts", "this article",
           "this speaker", "clear search"]
ORDERS = {"article order": "article", "most check-worthy statements first": "check-worthy",
          "least certain first (the extractor's doubts)": "uncertain"}
ORDER_SHOWN = {"check-worthy": "most check-worthy first", "uncertain": "least certain first"}
REFRESH_SECONDS = 2.0
NO_VERDICT = "no verdict"  # the verdict dialog's way to take a verdict back


def describe_decision(decision: dict) -> str:
    return " · ".join([decision["status"], decision["speaker"] or "no speaker", decision["type"] or "—",
                       decision["verdict"] or "no verdict"])


class ReviewCommands(Provider):
    """The command palette offers every key's action by its description."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for binding in self.app.BINDINGS:
            score = matcher.match(binding.description)
            if score > 0:
                yield Hit(score, matcher.highlight(binding.description),
                          partial(self.app.run_action, binding.action), help=f"key: {binding.key}")


class ReviewApp(App[None]):
    CSS_PATH = "review.tcss"
    TITLE = "claimcheck review"
    COMMANDS = App.COMMANDS | {ReviewCommands}
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

    def __init__(self, store: Store, reviewer: str, order: str = "article"):
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.queue = ReviewQueue(store, self._starting_view(QueueFilter(order=order), reviewer))
        self.session_id: int | None = None
        self.decided: list[str] = []  # this session's decisions, newest last, for undo
        self._data_version = 0
        self._position_dirty = False
        self.seen: Match | None = None  # the current claim's closest reviewed twin
        self._claim_shown: dict | None = None
        self._reader: Store | None = None  # a second connection for searches in a worker thread

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="status-bar"):
            yield Label("", id="counts")
            yield ProgressBar(total=1, show_eta=False, id="progress")
            yield Label(Text(f"reviewer: {literal(self.reviewer)}"), id="reviewer")
        with Horizontal(id="main"):
            yield QueueView(id="queue")
            with VerticalScroll(id="detail"):
                yield Static("", id="article")
                yield Static("", id="before")
                yield Static("", id="source")
                yield Static("", id="fields")
                yield Static("", id="after")
        yield Footer()

    NARROW = 120  # columns below which the queue is stacked above the claim

    def on_resize(self, event) -> None:
        self.query_one("#main").set_class(event.size.width < self.NARROW, "narrow")

    def on_mount(self) -> None:
        self.query_one("#main").set_class(self.size.width < self.NARROW, "narrow")
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
        self.query_one("#reviewer", Label).update(Text(f"reviewer: {literal(name)}"))
        self.queue.set_view(self._starting_view(self.queue.view, name))
        self._begin()

    def _starting_view(self, view: QueueFilter, reviewer: str) -> QueueFilter:
        """A reviewer with claims assigned starts on them."""
        return replace(view, reviewer=reviewer, status="mine" if self.store.assigned_to(reviewer) else view.status)

    def _begin(self) -> None:
        """Start the session and show where the reviewer stopped (or the first pending claim)."""
        try:
            self.session_id = self.store.start_session(self.reviewer)
        except StoreError as err:
            self.notify(f"{err}: you can read, not save", severity="error", timeout=30)
        if not self.queue.go_to(self.store.last_position(self.reviewer)):
            self.queue.first_pending()
        self._data_version = self.store.data_version()
        self.show()
        self.set_interval(REFRESH_SECONDS, self._watch_database)
        self.set_interval(1.0, self._flush_position)

    # --- showing ------------------------------------------------------------------------

    def _current_claim(self) -> dict | None:
        """The current claim as this reviewer should see it: under `mine`, as they left it (a second coder
        does not see the first one's decision)."""
        if self.queue.current_id is None:
            return None
        return self.store.claim(self.queue.current_id, own=self.reviewer if self.queue.view.status == "mine" else None)

    def show(self) -> None:
        """Draw the queue window, the current claim and the counts from the store."""
        self.query_one("#queue", QueueView).show(self.queue.rows, self.queue.index)
        self._show_claim()
        self._show_counts()

    def _show_claim(self) -> None:
        claim = self._current_claim()
        article, before, source, fields, after = (self.query_one(f"#{name}", Static)
                                                  for name in ("article", "before", "source", "fields", "after"))
        if claim is None:
            article.update(Text("No claim to review here. Run `claimcheck extract` first, or change the filter (f).",
                                style="italic"))
            for empty in (before, source, fields, after):
                empty.update("")
            return
        heading = Text(literal(claim["article_title"] or "(untitled)"), style="bold")
        heading.append(Text(f"\n{literal(claim['article_date'] or 'no date')} · {literal(claim['article_source'])}",
                            style="#8a8a8a"))
        article.update(heading)
        context = article_context(claim, self.store.claim_extents(claim["article_id"]))
        for widget, text in zip((before, source, after), context):
            widget.update(text)
            widget.display = bool(text.plain)
        self.query_one("#detail").scroll_to_center(source, animate=False, immediate=True)
        self.seen = None
        self._claim_shown = claim
        fields.update(self._fields_text(claim))
        if claim["kind"] == "quote":
            self._look_for_seen(claim["id"], claim["content"])

    @work(thread=True, exclusive=True, group="seen-before")
    def _look_for_seen(self, claim_id: str, content: str) -> None:
        """The closest claim already reviewed elsewhere, searched off the key path: a full-text
        search over many reviewed claims can take longer than a keystroke should."""
        try:
            if self._reader is None:
                self._reader = Store.open(self.store.path, migrate=False, threads=True)
            candidates = self._reader.reviewed_like(search_terms(content), exclude=claim_id)
        except StoreError:
            return
        found = rank(content, [c for c in candidates if c["id"] != claim_id], limit=1)
        if found:
            self.call_from_thread(self._show_seen, claim_id, found[0])

    def _show_seen(self, claim_id: str, match: Match) -> None:
        if self.queue.current_id == claim_id and self._claim_shown is not None:
            self.seen = match
            self.query_one("#fields", Static).update(self._fields_text(self._claim_shown))

    def _fields_text(self, claim: dict) -> Text:
        text = Text()
        rows = [
            ("status", claim["status"]),
            ("kind", claim["kind"]),
            ("type", claim["current_type"] or "—"),
            ("speaker", claim["current_speaker"] or "unknown"),
        ]
        if claim["current_speaker"] != claim["speaker"]:
            rows.append(("extracted", claim["speaker"] or "unknown"))
        rows += [
            ("mention", claim["mention"] or "—"),
            ("cue", claim["cue"] or "—"),
            ("confidence", f"{claim['confidence']:.2f}"),
        ]
        if claim["checkworthiness"] is not None:
            signals = ", ".join(json.loads(claim["reasons"] or "[]")) or "none"
            rows.append(("check-worthy", f"{claim['checkworthiness']:.2f} ({signals})"))
        rows += [("verdict", claim["verdict"] or "—"), ("note", claim["note"] or "—")]
        for conflict in self.store.open_conflicts(claim["id"]):
            rows.append(("conflict", f"{conflict['reviewer']} decided {conflict['status']}"
                                     f" · {conflict['speaker'] or 'unknown'} · {conflict['verdict'] or 'no verdict'}"))
        if self.queue.view.status != "mine":  # a second coder decides without seeing the first
            for name, decision in self.store.decisions(claim["id"]).get(claim["id"], {}).items():
                rows.append((name[:12], describe_decision(decision)))
        if self.seen is not None:
            seen = self.seen
            rows.append(("seen before", f"{seen.verdict or seen.status} · {seen.article_title or ''} "
                                        f"{seen.article_date or ''} · {seen.score:.0f}% alike (p: same decision)"))
        for name, value in rows:
            text.append(f"{name:>12}  ", style="#8a8a8a")
            text.append(literal(str(value)) + "\n", style=STATUS_STYLES.get(value, "") if name == "status" else "")
        return text

    def _show_counts(self) -> None:
        counts = self.store.status_counts()
        total = counts["total"]
        done = total - counts["pending"]
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
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)

    def _refresh_row(self) -> None:
        """After a decision, re-read the current row only."""
        row = self.queue.current
        if row is None:
            return
        fresh = self.store.queue_page(QueueFilter(), after=row["seq"], inclusive=True, limit=1)
        if fresh and fresh[0]["id"] == row["id"]:
            self.queue.rows[self.queue.index] = fresh[0]

    # --- decisions ----------------------------------------------------------------------

    def _decide(self, action: str, advance: bool = True, final: bool = False, **changes) -> bool:
        claim_id = self.queue.current_id
        if claim_id is None:
            return False
        shown = self._claim_shown if self._claim_shown and self._claim_shown["id"] == claim_id else None
        try:
            view = self.queue.view.status
            state = self.store.review(claim_id, action, reviewer=self.reviewer, session_id=self.session_id,
                                      seen=shown["review_id"] if shown else UNSEEN, own=view == "mine",
                                      final=final or view == "disagreements", **changes)
        except StoreError as err:
            self.notify(str(err), severity="error", timeout=10)
            return False
        if "overrode" in state:
            other = state["overrode"]
            self.notify(f"{other['reviewer']} decided this claim meanwhile ({other['status']}, "
                        f"{other['speaker'] or 'no speaker'}, {other['verdict'] or 'no verdict'}): both are kept, "
                        f"under the filter `conflicts`", severity="warning", timeout=15)
        self.decided.append(claim_id)
        self._data_version = self.store.data_version()
        self._refresh_row()
        if advance and not self.queue.next_pending():
            self.notify("Every claim in this view is reviewed.")
        if advance:
            self.show()
        else:
            self.query_one("#queue", QueueView).show(self.queue.rows, self.queue.index)
            self._show_claim()
            self._show_counts()
        return True

    def action_accept(self) -> None:
        claim = self._current_claim()
        if claim is None:
            return
        status = "corrected" if claim["status"] == "corrected" else "accepted"
        self._decide("accept", status=status)

    def action_reject(self) -> None:
        self._decide("reject", status="rejected")

    def action_skip(self) -> None:
        if self.queue.move(1):
            self._save_position()
            self.show()

    def action_move(self, step: int) -> None:
        if self.queue.move(step):
            self._save_position()
            self.show()

    def _save_position(self) -> None:
        """Moving is not a decision: the position is written at most once a second, and on quit."""
        self._position_dirty = True

    def _flush_position(self) -> None:
        if not self._position_dirty or self.session_id is None or not self.queue.current_id:
            return
        try:
            self.store.record_position(self.session_id, self.queue.current_id)
            self._position_dirty = False
        except StoreError as err:
            self.notify(str(err), severity="error")

    def action_speaker(self) -> None:
        claim = self._current_claim()
        if claim is None:
            return
        # the ranker's runners-up first: a wrong speaker is most often the next candidate
        ranked = [name for name, _ in json.loads(claim["candidates"] or "[]") if name != claim["current_speaker"]]
        local = list(dict.fromkeys(ranked + self.store.article_speakers(claim["article_id"])))
        names = local + [n for n in self.store.speaker_names() if n not in set(local)]

        def chosen(name: str | None) -> None:
            if name is None:
                return
            name = name.strip() or None
            self._decide("correct-speaker", status="corrected", speaker=name)

        self.push_screen(SpeakerModal(claim["current_speaker"], names, set(local)), chosen)

    def action_type(self) -> None:
        claim = self._current_claim()
        if claim is None or claim["kind"] != "quote":
            return

        def chosen(value: str | None) -> None:
            if value and value != claim["current_type"]:
                self._decide("correct-type", advance=False, status="corrected", type=value)

        self.push_screen(ChoiceModal("Quote type", list(QUOTE_TYPES), claim["current_type"]), chosen)

    def action_extent(self) -> None:
        claim = self._current_claim()
        if claim is None:
            return

        def chosen(extent: tuple[int, int] | None) -> None:
            if extent and extent != (claim["current_content_start"], claim["current_content_end"]):
                self._decide("correct-extent", advance=False, status="corrected",
                             content_start=extent[0], content_end=extent[1])

        self.push_screen(ExtentModal(claim["article_text"], claim["current_content_start"],
                                     claim["current_content_end"], (claim["sentence_start"], claim["sentence_end"])),
                         chosen)

    def action_add_quote(self) -> None:
        """A quote the extractor missed: its words chosen in the article around this claim, then its type
        and its speaker; it becomes a claim of its own, recorded as this reviewer's decision."""
        claim = self._current_claim()
        if claim is None:
            return
        start, _, _, end = context_window(claim)
        sentence = (claim["sentence_start"], claim["sentence_end"])
        here = self.store.article_speakers(claim["article_id"])
        names, local = list(dict.fromkeys(here + self.store.speaker_names())), set(here)
        chosen: dict = {}

        def save(speaker: str | None) -> None:
            if speaker is None:
                return
            try:
                claim_id = self.store.add_quote(claim["article_id"], *chosen["extent"], quote_type=chosen["type"],
                                                speaker=speaker.strip() or None, reviewer=self.reviewer,
                                                session_id=self.session_id)
            except StoreError as err:
                self.notify(str(err), severity="error", timeout=10)
                return
            self.decided.append(claim_id)
            self._data_version = self.store.data_version()
            self.queue.reload()
            self.queue.go_to(claim_id)
            self.show()

        def typed(value: str | None) -> None:
            if value:
                chosen["type"] = value
                self.push_screen(SpeakerModal(None, names, local), save)

        def extent(value: tuple[int, int] | None) -> None:
            if value:
                chosen["extent"] = value
                self.push_screen(ChoiceModal("Quote type", list(QUOTE_TYPES), "indirect"), typed)

        self.push_screen(ExtentModal(claim["article_text"], *sentence, sentence, bounds=(start, end),
                                     title="New quote: its words"), extent)

    def action_verdict(self) -> None:
        claim = self._current_claim()
        if claim is None:
            return

        def chosen(value: str | None) -> None:
            if value == NO_VERDICT:
                if claim["verdict"] is not None:
                    self._decide("verdict", advance=False, verdict=None)
            elif value and value != claim["verdict"]:
                self._decide("verdict", advance=False, verdict=value)

        self.push_screen(ChoiceModal("Verdict", [*VERDICTS, NO_VERDICT], claim["verdict"] or NO_VERDICT), chosen)

    def action_note(self) -> None:
        claim = self._current_claim()
        if claim is None:
            return

        def written(value: str | None) -> None:
            if value is not None and value != (claim["note"] or ""):
                self._decide("note", advance=False, note=value or None)

        self.push_screen(TextModal("Note", claim["note"] or "", "what a fact-checker should know"), written)

    def action_same_as_before(self) -> None:
        """Apply the decision taken on the same words elsewhere: status, speaker, verdict, note."""
        if self.seen is None:
            self.notify("No reviewed claim like this one.")
            return
        seen = self.store.claim(self.seen.claim_id)
        if seen is None:
            return
        self._decide("same-as-seen", status=seen["status"], speaker=seen["current_speaker"],
                     verdict=seen["verdict"], note=seen["note"])

    def action_undo(self) -> None:
        if not self.decided:
            self.notify("Nothing to undo in this session.")
            return
        claim_id = self.decided.pop()
        try:
            self.store.undo(claim_id, reviewer=self.reviewer, session_id=self.session_id)
        except StoreError as err:
            self.notify(str(err), severity="error")
            return
        self.queue.go_to(claim_id)
        self._data_version = self.store.data_version()
        self.show()

    # --- finding ------------------------------------------------------------------------

    def action_search(self) -> None:
        def searched(value: str | None) -> None:
            if value is None:
                return
            self.queue.set_view(replace(self.queue.view, search=value.strip() or None))
            if not self.queue.rows:
                self.notify("No claim matches.")
            self.show()

        self.push_screen(TextModal("Search claims", self.queue.view.search or "", "words…"), searched)

    def filters(self) -> list[str]:
        """The filters that can show something: `mine` when this reviewer has assignments, `disagreements`
        when two reviewers decided a claim differently."""
        team = (["mine"] if self.store.assigned_to(self.reviewer) else []) + FILTERS
        return team + (["disagreements"] if self.store.has_disagreements() else [])

    def action_adopt(self) -> None:
        """An editor settles a disagreement: one reviewer's decision becomes the final one."""
        claim_id = self.queue.current_id
        decisions = self.store.decisions(claim_id).get(claim_id, {}) if claim_id else {}
        if len(decisions) < 2:
            self.notify("Only one reviewer decided this claim: there is nothing to settle.")
            return
        choices = {f"{name}: {describe_decision(d)}": d for name, d in decisions.items()}

        def chosen(value: str | None) -> None:
            if value is not None:
                d = choices[value]
                self._decide("adjudicate", final=True, status=d["status"], speaker=d["speaker"], type=d["type"],
                             verdict=d["verdict"])

        self.push_screen(ChoiceModal("Adopt as the final decision", list(choices)), chosen)

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
            self.queue.set_view(view)
            if not self.queue.rows:
                self.notify("No claim in this view.")
            self.show()

        self.push_screen(ChoiceModal("Show", self.filters(), self.queue.view.status), chosen)

    def action_order(self) -> None:
        def chosen(value: str | None) -> None:
            if value is None:
                return
            self.queue.set_view(replace(self.queue.view, order=ORDERS[value]))
            self.queue.first_pending()  # a new order is read from its top
            self.show()

        now = next(label for label, order in ORDERS.items() if order == self.queue.view.order)
        self.push_screen(ChoiceModal("Order", list(ORDERS), now), chosen)

    def action_refresh(self) -> None:
        self.queue.reload()
        self.show()

    def _watch_database(self) -> None:
        """Another reviewer's decisions appear on their own."""
        try:
            version = self.store.data_version()
        except StoreError:
            return
        if version != self._data_version:
            self._data_version = version
            self.queue.reload()
            self.show()

    def get_system_commands(self, screen):
        """Textual's own Quit skips closing the review session: the palette offers only ours."""
        return (command for command in super().get_system_commands(screen) if command.title != "Quit")

    def action_help(self) -> None:
        lines = [(b.key.replace("question_mark", "?").replace("slash", "/"), b.description) for b in self.BINDINGS]
        self.push_screen(HelpModal(lines + [("ctrl+p", "Command palette")]))

    def action_quit_review(self) -> None:
        self._flush_position()
        if self._reader is not None:
            self.workers.cancel_group(self, "seen-before")
        if self.session_id is not None:
            try:
                self.store.end_session(self.session_id)
            except StoreError:
                pass
        self.exit()


def make_app(store: Store, reviewer: str, order: str = "article") -> ReviewApp:
    """One factory for the CLI and the tests."""
    return ReviewApp(store, reviewer, order)
