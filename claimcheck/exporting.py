"""Write claims out as JSON lines, streamed from the store so memory stays flat."""

from __future__ import annotations

import json
from typing import IO, Iterator

from claimcheck.store import Store

STATUS_FILTERS = {
    "verified": "status IN ('accepted', 'corrected')",
    "accepted": "status = 'accepted'",
    "corrected": "status = 'corrected'",
    "rejected": "status = 'rejected'",
    "pending": "status = 'pending'",
    "all": "1",
}

FIELDS = (
    "id", "article_id", "source", "article_title", "article_date", "article_url", "kind", "type",
    "content", "content_start", "content_end", "extracted_content", "sentence", "speaker", "extracted_speaker", "mention",
    "cue", "confidence", "checkworthiness", "status", "verdict", "note", "reviewer", "reviewed_at",
)


def export_rows(store: Store, status: str = "all", kind: str | None = None) -> Iterator[dict]:
    where = STATUS_FILTERS[status]
    params: list = []
    if kind:
        where += " AND kind = ?"
        params.append(kind)
    for row in store.iter_claims(where, params):
        record = {name: row.get(name) for name in FIELDS}
        record["reasons"] = json.loads(row.get("reasons") or "[]")
        yield record


def write_jsonl(rows: Iterator[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
