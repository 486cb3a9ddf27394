"""The reviewer's place in the queue: a window of rows read lazily from the store.

A queue of 100,000 claims is never read whole: the window holds a few dozen rows around
the current claim and is re-read by keyset when the reviewer walks past its edge.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.store import QueueFilter, Store

TO_DO_VIEWS = ("mine", "disagreements")  # views that show only what is left to do, whatever the status
WINDOW_BEFORE = 10
WINDOW_AFTER = 40


class ReviewQueue:
    def __init__(self, store: Store, view: QueueFilter | None = None):
        self.store = store
        self.view = view or QueueFilter()
        self.rows: list[dict] = []
        self.index = 0
        self.at_start = True

    @property
    def current(self) -> dict | None:
        return self.rows[self.index] if 0 <= self.index < len(self.rows) else None

    @property
    def current_id(self) -> str | None:
        row = self.current
        return row["id"] if row else None

    def load_around(self, seq: int | None) -> None:
        """Window centred on the claim of `seq` (or the first after it, in the view's order, that the
        view shows); at the start of the queue when None."""
        before = self.store.queue_page(self.view, before=seq, limit=WINDOW_BEFORE) if seq else []
        after = self.store.queue_page(self.view, after=seq, inclusive=True, limit=WINDOW_AFTER)
        if not after and before:
            after, before = before[-1:], before[:-1]
        self.at_start = len(before) < WINDOW_BEFORE  # the window holds the first claim of the view
        self.rows = before + after
        self.index = len(before) if after else 0

    def reload(self) -> None:
        row = self.current
        self.load_around(row["seq"] if row else None)

    def go_to(self, claim_id: str | None) -> bool:
        seq = self.store.seq_of(claim_id) if claim_id else None
        if seq is None:
            return False
        self.load_around(seq)
        return True

    def move(self, step: int) -> bool:
        """One row down (1) or up (-1), paging the window when needed."""
        target = self.index + step
        if 0 <= target < len(self.rows):
            self.index = target
            if (target >= len(self.rows) - 3 and len(self.rows) == WINDOW_BEFORE + WINDOW_AFTER) or (
                    target < 3 and not self.at_start):
                self.reload()
            return True
        row = self.current
        if row is None:
            return False
        page = (self.store.queue_page(self.view, after=row["seq"], limit=1) if step > 0
                else self.store.queue_page(self.view, before=row["seq"], limit=1))
        if not page:
            return False
        self.load_around(page[0]["seq"])
        return True

    def next_pending(self, wrap: bool = True) -> bool:
        """The next claim still pending in this view, after the current one (then from the top). In a
        view of what is left to do (`mine`, `disagreements`) every claim shown is pending, and a decided
        one leaves it."""
        to_do = self.view.status in TO_DO_VIEWS
        for i in range(self.index + 1, len(self.rows)):
            if self.rows[i]["status"] == "pending" and not to_do:
                self.index = i
                if i >= len(self.rows) - 3:
                    self.reload()
                return True
        pending = self.view if to_do else replace(self.view, status="pending")
        row = self.current
        page = self.store.queue_page(pending, after=row["seq"] if row else None, limit=1)
        if not page and wrap:
            page = self.store.queue_page(pending, limit=1)
        if not page:
            return False
        self.load_around(page[0]["seq"])
        return True

    def first_pending(self) -> bool:
        self.load_around(None)
        row = self.current
        if row is not None and (row["status"] == "pending" or self.view.status in TO_DO_VIEWS):
            return True
        return self.next_pending(wrap=False) or row is not None

    def set_view(self, view: QueueFilter) -> None:
        row = self.current
        self.view = view
        self.load_around(row["seq"] if row else None)
