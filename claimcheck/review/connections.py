"""The review app's connections off the UI thread: one for its writes, in order, on a thread of
their own, and others for reads in worker threads.

A database another program holds locked then delays a save, never the keyboard: the screen
keeps drawing and tells the reviewer it is still saving, and no key pressed meanwhile is
applied to a claim the reviewer has not seen.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

from claimcheck.store import Store

T = TypeVar("T")


class Writer:
    def __init__(self, store: Store):
        self._source = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck-writer")
        self._store: Store | None = None  # opened on the writing thread, used only there
        self.pending = 0

    def _run(self, job: Callable[[Store], T]) -> T:
        if self._store is None:
            self._store = self._source.twin()
        return job(self._store)

    async def __call__(self, job: Callable[[Store], T]) -> T:
        """Run `job(store)` after every write submitted before it; raises what the job raises."""
        self.pending += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, self._run, job)
        finally:
            self.pending -= 1

    def close(self) -> None:
        """Wait for the writes still queued, then close the connection."""
        def closing() -> None:
            if self._store is not None:
                self._store.close()

        self._pool.submit(closing)
        self._pool.shutdown(wait=True)


class Reader:
    """A connection of its own for reads in worker threads, used by one thread at a time."""

    def __init__(self, store: Store):
        self._source = store
        self._store: Store | None = None
        self._lock = threading.Lock()

    def __call__(self, job: Callable[[Store], T]) -> T:
        with self._lock:
            if self._store is None:
                self._store = self._source.twin(threads=True)
            return job(self._store)
