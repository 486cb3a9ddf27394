"""Every pending claim linked to the closest claim already reviewed: the batch form of `claimcheck match`.

A day's extraction can hold claims a reviewer already checked elsewhere (a quote reprinted by
another outlet, a figure repeated). One claim at a time, `claimcheck match` asks the full-text
index; for thousands, each worker process holds the reviewed claims' distinctive words in memory
(built once, a few MB for 10,000 claims), takes as candidates the reviewed claims sharing the
most of a claim's rarest words, as the index would, and ranks them with the same similarity and
cutoff. The order of the queue is kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator

from claimcheck.matching import DEFAULT_CUTOFF, rank, search_terms
from claimcheck.store import RARE_SHARE, RARE_TERMS, Store

CHUNK = 2000  # claims a worker takes at a time
CANDIDATES = 20  # as many as `Store.reviewed_like` gives
ALL_WORDS = 10_000


class ReviewedWords:
    """The reviewed claims, found by their distinctive words."""

    def __init__(self, rows: list[dict]):
        self.rows = {row["id"]: row for row in rows}
        self.holding: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            for word in search_terms(row["content"], limit=ALL_WORDS):
                self.holding[word].append(row["id"])
        self.common = max(50, RARE_SHARE * len(rows))

    def like(self, text: str, exclude: str | None = None) -> list[dict]:
        rare = sorted((len(self.holding[w]), w) for w in search_terms(text)
                      if 0 < len(self.holding.get(w, ())) <= self.common)
        shared = Counter(claim_id for _, word in rare[:RARE_TERMS] for claim_id in self.holding[word])
        shared.pop(exclude, None)
        return [self.rows[claim_id] for claim_id, _ in shared.most_common(CANDIDATES)]


def pending_links(path: Path, cutoff: float = DEFAULT_CUTOFF, workers: int = 1) -> Iterator[dict]:
    """For each pending claim with a reviewed claim at least `cutoff` alike: the claim and its match."""
    _WORDS.clear()  # the reviewed claims as they are now (forked workers inherit this empty cache)
    with Store.open(path, create=False) as store:
        pending = store.pending_texts()
    chunks = [(str(path), pending[i : i + CHUNK], cutoff) for i in range(0, len(pending), CHUNK)]
    if workers <= 1:
        for chunk in chunks:
            yield from _link(chunk)
        return
    with ProcessPoolExecutor(workers) as pool:
        for links in pool.map(_link, chunks):
            yield from links


_WORDS: dict[str, ReviewedWords] = {}  # per worker process and database: built once, reused for its chunks


def _link(chunk: tuple[str, list[tuple[str, str]], float]) -> list[dict]:
    path, claims, cutoff = chunk
    if path not in _WORDS:
        with Store.open(path, migrate=False, create=False) as store:
            _WORDS[path] = ReviewedWords(store.reviewed())
    words = _WORDS[path]
    normalized: dict[str, str] = {}
    found = []
    for claim_id, text in claims:
        best = rank(text, words.like(text, exclude=claim_id), cutoff, 1, normalized)
        if best:
            found.append({"claim_id": claim_id, "content": text, "match": best[0].__dict__})
    return found
