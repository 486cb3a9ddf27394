"""Write claims out: JSON lines, CSV, schema.org ClaimReview JSON-LD, a Markdown report.

Every writer takes the rows as a stream from the store, so memory stays flat however
many claims there are.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from itertools import groupby
from typing import IO, Iterable, Iterator

from claimcheck.store import Store

STATUS_FILTERS = {
    "verified": "status IN ('accepted', 'corrected')",
    "accepted": "status = 'accepted'",
    "corrected": "status = 'corrected'",
    "rejected": "status = 'rejected'",
    "pending": "status = 'pending'",
    "adjudicated": "id IN (SELECT claim_id FROM claim_state WHERE final)",
    "all": "1",
}

FIELDS = (
    "id", "article_id", "source", "article_title", "article_date", "article_url", "kind", "origin", "type",
    "content", "content_start", "content_end", "extracted_content", "sentence", "speaker", "speaker_kind",
    "extracted_speaker", "mention", "cue", "confidence", "checkworthiness", "status", "verdict", "note",
    "reviewer", "reviewed_at", "final", "reasons",
)

# The numeric scale of ClaimReview ratings: 1 (false) to 5 (true). "unverifiable" has no place
# on it and is given by its name alone.
RATING_SCALE = {"false": 1, "misleading": 2, "mostly true": 4, "true": 5}
BEST_RATING, WORST_RATING = 5, 1


@dataclass(frozen=True)
class ExportFilter:
    status: str = "verified"
    kind: str | None = None
    article: str | None = None  # an article id, or a part of its source path
    speaker: str | None = None
    reviewer: str | None = None
    min_checkworthiness: float | None = None

    def sql(self) -> tuple[str, list]:
        clauses, params = [STATUS_FILTERS[self.status]], []
        if self.kind:
            clauses.append("kind = ?")
            params.append(self.kind)
        if self.article:
            clauses.append("(article_id = ? OR instr(source, ?) > 0)")  # not LIKE: `_` and `%` are characters here
            params += [self.article, self.article]
        if self.speaker:
            clauses.append("casefold(speaker) = ?")  # NOCASE folds ASCII only: `BEATA SZYDŁO` is Beata Szydło
            params.append(self.speaker.casefold())
        if self.reviewer:
            clauses.append("reviewer = ?")
            params.append(self.reviewer)
        if self.min_checkworthiness is not None:
            clauses.append("checkworthiness >= ?")
            params.append(self.min_checkworthiness)
        return " AND ".join(clauses), params


def export_rows(store: Store, view: ExportFilter = ExportFilter()) -> Iterator[dict]:
    where, params = view.sql()
    for row in store.iter_claims(where, params):
        record = {name: row.get(name) for name in FIELDS}
        record["reasons"] = json.loads(row.get("reasons") or "[]")
        record["final"] = bool(record["final"])  # an editor's decision (`claimcheck agreement`, the app's `A`)
        yield record


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet runs as a formula


def write_csv(rows: Iterable[dict], out: IO[str], formulas: bool = False) -> int:
    """The JSONL columns; lists joined with `;`, empty cells for nulls. A text cell a spreadsheet
    would run as a formula (`=1+1`, `+cmd|' /C calc'!A0`) gets a leading `'`, unless `formulas`."""
    writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        cells = {key: ";".join(value) if isinstance(value, list) else value for key, value in row.items()}
        if not formulas:
            cells = {key: "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
                     for key, value in cells.items()}
        writer.writerow(cells)
        count += 1
    return count


def claim_review(row: dict, org: str, url_template: str | None) -> dict:
    """One schema.org ClaimReview for a reviewed claim with a verdict."""
    verdict = row["verdict"]
    rating: dict = {"@type": "Rating", "alternateName": verdict}
    if verdict in RATING_SCALE:
        rating |= {"ratingValue": RATING_SCALE[verdict], "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    claim: dict = {"@type": "Claim"}
    if row["speaker"]:
        kind = "Organization" if row.get("speaker_kind") == "group" else "Person"
        claim["author"] = {"@type": kind, "name": row["speaker"]}
    if row["article_date"]:
        claim["datePublished"] = row["article_date"]
    if row["article_url"]:
        claim["appearance"] = {"@type": "CreativeWork", "url": row["article_url"],
                               "headline": row["article_title"]}
    else:
        claim["appearance"] = {"@type": "CreativeWork", "headline": row["article_title"] or row["source"]}
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["content"],
        "itemReviewed": claim,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": org},
        "datePublished": (row["reviewed_at"] or "")[:10] or None,
    }
    if url_template:
        review["url"] = url_template.format(id=row["id"])
    if row["note"]:
        review["reviewBody"] = row["note"]
    return {key: value for key, value in review.items() if value is not None}


def write_claimreview(rows: Iterable[dict], out: IO[str], org: str, url_template: str | None) -> int:
    """A JSON array of ClaimReview objects, written one by one; claims without a verdict are left out."""
    count = 0
    out.write("[")
    for row in rows:
        if not row["verdict"]:
            continue
        out.write(",\n" if count else "\n")
        out.write(json.dumps(claim_review(row, org, url_template), ensure_ascii=False, indent=2))
        count += 1
    out.write("\n]\n")
    return count


def write_markdown(rows: Iterable[dict], out: IO[str]) -> int:
    """A readable report: per article, each claim with its speaker, corrections marked, verdicts, notes."""
    count = 0
    out.write("# claimcheck report\n")
    for _, group in groupby(rows, key=lambda r: r["article_id"]):
        group = list(group)
        first = group[0]
        out.write(f"\n## {_md(first['article_title'] or first['source'])}\n\n")
        meta = [m for m in (first["article_date"], first["article_url"] or first["source"]) if m]
        out.write(f"_{_md(' · '.join(meta))}_\n\n")
        for row in group:
            speaker = row["speaker"] or "unknown speaker"
            if row["speaker"] != row["extracted_speaker"]:
                speaker += f" (corrected; extracted: {row['extracted_speaker'] or 'none'})"
            out.write(f"> {_md(row['content'])}\n\n")
            if row["kind"] == "statement":
                # the journalist's own claim: why it is worth checking, not who said it
                signals = ", ".join(row["reasons"] or ()) or "none"
                score = f"{row['checkworthiness']:.2f}" if row["checkworthiness"] is not None else "?"
                out.write(f"- Statement, check-worthiness {score} ({_md(signals)})\n")
            else:
                label = f"{(row['type'] or 'quote').capitalize()} quote"
                out.write(f"- {label} by **{_md(speaker)}**" + (f", cue “{_md(row['cue'])}”" if row["cue"] else "")
                          + "\n")
            out.write(f"- Status: {_md(row['status'])}" + (f" · verdict: **{_md(row['verdict'])}**" if row["verdict"]
                                                           else "") + "\n")
            if row["note"]:
                out.write(f"- Note: {_md(row['note'])}\n")
            out.write("\n")
            count += 1
    return count


def _md(text: str | None) -> str:
    """Article text in Markdown: no line breaks, and markup characters escaped."""
    flat = " ".join((text or "").split())
    for ch in "\\`*_[]<>#|":
        flat = flat.replace(ch, "\\" + ch)
    return flat


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "markdown": write_markdown}
