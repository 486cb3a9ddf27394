"""The one module that owns the SQLite schema, its migrations and every query.

Decisions are an append-only log (`reviews`); a trigger keeps `claim_state`, the
latest review of each claim, so the current state is always derived from the log
and never written twice by hand. Every write is one `BEGIN IMMEDIATE` transaction:
with WAL and a busy timeout, two reviewers on one file wait for each other instead
of failing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Iterator

from claimcheck.matching import normalize
from claimcheck.model import QUOTE_TYPES, VERDICTS, Article, Claim

if TYPE_CHECKING:  # sqlite-utils costs a quarter second to import: only migrations need it
    from sqlite_utils import Database, Migrations

DEFAULT_DB = "claimcheck.db"
RARE_SHARE = 0.02  # a word in more than 2% of the claims does not tell one claim from another
RARE_TERMS = 4
BUSY_TIMEOUT_S = 30.0
MIGRATION_SET = "claimcheck"
MIGRATIONS_TABLE = "_sqlite_migrations"

_MIGRATIONS: list[tuple[str, Callable[["Database"], None]]] = []


def migration(name: str) -> Callable:
    def register(fn: Callable[["Database"], None]) -> Callable[["Database"], None]:
        _MIGRATIONS.append((name, fn))
        return fn

    return register


def migration_set() -> "Migrations":
    """The numbered migrations as sqlite-utils runs them (each in one transaction with its record)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in _MIGRATIONS:
        migrations(name=name)(fn)
    return migrations


UNSEEN = object()  # `Store.review` without knowing what the reviewer saw: no check for decisions made meanwhile


class StoreError(Exception):
    """A database problem explained in one line for the user."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


# --- schema -------------------------------------------------------------------------
# Numbered migrations; never edit one that has been released, add the next instead.


@migration("m001_initial")
def _m001_initial(db: "Database") -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,              -- hash of the normalised text
            seq INTEGER NOT NULL UNIQUE,      -- ingest order, the review queue's order
            source TEXT NOT NULL,             -- the path the article was read from
            external_id TEXT,
            title TEXT,
            date TEXT,
            url TEXT,
            language TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            extractor_version TEXT NOT NULL
        );
        CREATE TABLE claims (
            seq INTEGER PRIMARY KEY,          -- queue order: article order, then position
            id TEXT NOT NULL UNIQUE,          -- stable across runs
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'statement')),
            type TEXT CHECK (type IN ('direct', 'indirect', 'mixed')),
            content TEXT NOT NULL,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            speaker TEXT,                     -- canonical name, as extracted
            mention TEXT,
            mention_start INTEGER,
            mention_end INTEGER,
            cue TEXT,
            cue_start INTEGER,
            cue_end INTEGER,
            confidence REAL NOT NULL,
            checkworthiness REAL,
            reasons TEXT NOT NULL DEFAULT '[]',     -- JSON list
            candidates TEXT NOT NULL DEFAULT '[]'   -- JSON list of [name, score]
        );
        CREATE INDEX claims_article ON claims(article_id, position);
        CREATE INDEX claims_speaker ON claims(speaker);

        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE aliases (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (person_id, alias)
        );

        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            reviewer TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            last_claim_id TEXT
        );
        CREATE INDEX sessions_reviewer ON sessions(reviewer, id);

        -- Append-only: each row is the whole state of a claim after one decision.
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'corrected', 'rejected')),
            speaker TEXT,
            type TEXT,
            content_start INTEGER,
            content_end INTEGER,
            verdict TEXT,
            note TEXT,
            reviewer TEXT NOT NULL,
            session_id INTEGER REFERENCES sessions(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX reviews_claim ON reviews(claim_id, id);
        CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
            BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END;
        CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
            WHEN (SELECT COUNT(*) FROM claims WHERE id = OLD.claim_id) > 0
            BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END;

        -- Derived from the log by the trigger below, for fast queues and filters.
        CREATE TABLE claim_state (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            review_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            speaker TEXT,
            type TEXT,
            content_start INTEGER,
            content_end INTEGER,
            verdict TEXT,
            note TEXT,
            reviewer TEXT NOT NULL,
            reviewed_at TEXT NOT NULL
        );
        CREATE INDEX claim_state_status ON claim_state(status);
        CREATE TRIGGER reviews_to_state AFTER INSERT ON reviews BEGIN
            INSERT INTO claim_state (claim_id, review_id, status, speaker, type, content_start,
                                     content_end, verdict, note, reviewer, reviewed_at)
            VALUES (NEW.claim_id, NEW.id, NEW.status, NEW.speaker, NEW.type, NEW.content_start,
                    NEW.content_end, NEW.verdict, NEW.note, NEW.reviewer, NEW.created_at)
            ON CONFLICT (claim_id) DO UPDATE SET
                review_id = excluded.review_id, status = excluded.status,
                speaker = excluded.speaker, type = excluded.type,
                content_start = excluded.content_start, content_end = excluded.content_end,
                verdict = excluded.verdict, note = excluded.note,
                reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at;
        END;

        CREATE VIEW claims_current AS
        SELECT c.seq, c.id, c.article_id, a.source, a.title AS article_title, a.date AS article_date,
               a.url AS article_url, c.position, c.kind, COALESCE(s.type, c.type) AS type,
               c.content, c.content_start, c.content_end, c.sentence_start, c.sentence_end,
               substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
               COALESCE(s.speaker, c.speaker) AS speaker, c.speaker AS extracted_speaker,
               c.mention, c.cue, c.confidence, c.checkworthiness, c.reasons,
               COALESCE(s.status, 'pending') AS status, s.verdict, s.note,
               s.reviewer, s.reviewed_at
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN claim_state s ON s.claim_id = c.id;
        """
    )
    db["claims"].enable_fts(["content", "speaker", "mention"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migration("m002_review_indexes")
def _m002_review_indexes(db: "Database") -> None:
    """Per-reviewer figures and the undo walk read the log by reviewer and by claim."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS reviews_reviewer ON reviews(reviewer, id);
        CREATE INDEX IF NOT EXISTS sessions_reviewer_position ON sessions(reviewer, id, last_claim_id);
        """
    )


@migration("m003_current_extent")
def _m003_current_extent(db: "Database") -> None:
    """A reviewer can move a quote's start and end: the view shows the words as corrected."""
    db.executescript(
        """
        DROP VIEW claims_current;
        CREATE VIEW claims_current AS
        SELECT c.seq, c.id, c.article_id, a.source, a.title AS article_title, a.date AS article_date,
               a.url AS article_url, c.position, c.kind, COALESCE(s.type, c.type) AS type,
               CASE WHEN s.content_start IS NULL THEN c.content
                    ELSE substr(a.text, s.content_start + 1, s.content_end - s.content_start) END AS content,
               COALESCE(s.content_start, c.content_start) AS content_start,
               COALESCE(s.content_end, c.content_end) AS content_end,
               c.content AS extracted_content, c.sentence_start, c.sentence_end,
               substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
               COALESCE(s.speaker, c.speaker) AS speaker, c.speaker AS extracted_speaker,
               c.mention, c.cue, c.confidence, c.checkworthiness, c.reasons,
               COALESCE(s.status, 'pending') AS status, s.verdict, s.note,
               s.reviewer, s.reviewed_at
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN claim_state s ON s.claim_id = c.id;
        """
    )


@migration("m004_speaker_kind")
def _m004_speaker_kind(db: "Database") -> None:
    """Whether the speaker is a person or a group: ClaimReview names a Person or an Organization."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN speaker_kind TEXT;
        DROP VIEW claims_current;
        CREATE VIEW claims_current AS
        SELECT c.seq, c.id, c.article_id, a.source, a.title AS article_title, a.date AS article_date,
               a.url AS article_url, c.position, c.kind, COALESCE(s.type, c.type) AS type,
               CASE WHEN s.content_start IS NULL THEN c.content
                    ELSE substr(a.text, s.content_start + 1, s.content_end - s.content_start) END AS content,
               COALESCE(s.content_start, c.content_start) AS content_start,
               COALESCE(s.content_end, c.content_end) AS content_end,
               c.content AS extracted_content, c.sentence_start, c.sentence_end,
               substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
               COALESCE(s.speaker, c.speaker) AS speaker,
               CASE WHEN s.speaker IS NULL OR s.speaker = c.speaker THEN c.speaker_kind END AS speaker_kind,
               c.speaker AS extracted_speaker,
               c.mention, c.cue, c.confidence, c.checkworthiness, c.reasons,
               COALESCE(s.status, 'pending') AS status, s.verdict, s.note,
               s.reviewer, s.reviewed_at
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN claim_state s ON s.claim_id = c.id;
        """
    )


@migration("m005_conflicts")
def _m005_conflicts(db: "Database") -> None:
    """Decisions imported from another database that disagree with this one's, until someone decides again."""
    db.executescript(
        """
        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            speaker TEXT,
            type TEXT,
            verdict TEXT,
            note TEXT,
            reviewer TEXT NOT NULL,
            reviewed_at TEXT,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            resolved_by INTEGER REFERENCES reviews(id),
            UNIQUE (claim_id, reviewer, status, speaker, verdict, reviewed_at)
        );
        CREATE INDEX conflicts_open ON conflicts(claim_id) WHERE resolved_by IS NULL;
        CREATE TRIGGER reviews_resolve_conflicts AFTER INSERT ON reviews
            WHEN NEW.action NOT IN ('import', 'undo') BEGIN
            UPDATE conflicts SET resolved_by = NEW.id WHERE claim_id = NEW.claim_id AND resolved_by IS NULL;
        END;
        """
    )


@migration("m006_search_vocabulary")
def _m006_search_vocabulary(db: "Database") -> None:
    """How many claims each indexed word occurs in: 'seen before' searches only by rare words."""
    db.executescript("CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts_vocab USING fts5vocab(claims_fts, 'row');")


@migration("m007_taught_aliases")
def _m007_taught_aliases(db: "Database") -> None:
    """Which review taught the registry a name or alias, so undoing that review takes it back."""
    db.executescript(
        """
        ALTER TABLE people ADD COLUMN taught_by INTEGER;
        ALTER TABLE aliases ADD COLUMN taught_by INTEGER;
        CREATE INDEX aliases_taught_by ON aliases(taught_by) WHERE taught_by IS NOT NULL;
        """
    )


@migration("m008_reviewer_quotes")
def _m008_reviewer_quotes(db: "Database") -> None:
    """A reviewer can add a quote the extractor missed: each claim says whose it is."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN origin TEXT NOT NULL DEFAULT 'extractor';
        DROP VIEW claims_current;
        CREATE VIEW claims_current AS
        SELECT c.seq, c.id, c.article_id, a.source, a.title AS article_title, a.date AS article_date,
               a.url AS article_url, c.position, c.kind, c.origin, COALESCE(s.type, c.type) AS type,
               CASE WHEN s.content_start IS NULL THEN c.content
                    ELSE substr(a.text, s.content_start + 1, s.content_end - s.content_start) END AS content,
               COALESCE(s.content_start, c.content_start) AS content_start,
               COALESCE(s.content_end, c.content_end) AS content_end,
               c.content AS extracted_content, c.sentence_start, c.sentence_end,
               substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
               COALESCE(s.speaker, c.speaker) AS speaker,
               CASE WHEN s.speaker IS NULL OR s.speaker = c.speaker THEN c.speaker_kind END AS speaker_kind,
               c.speaker AS extracted_speaker,
               c.mention, c.cue, c.confidence, c.checkworthiness, c.reasons,
               COALESCE(s.status, 'pending') AS status, s.verdict, s.note,
               s.reviewer, s.reviewed_at
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN claim_state s ON s.claim_id = c.id;
        """
    )


@migration("m009_log_cannot_be_rewritten")
def _m009_log_cannot_be_rewritten(db: "Database") -> None:
    """`INSERT OR REPLACE INTO reviews` replaced a decision (REPLACE fires no delete trigger), and deleting
    an article cascaded to its claims' reviews: a reviewed claim is retracted by a new review, never removed."""
    db.executescript(
        """
        CREATE TRIGGER reviews_no_replace BEFORE INSERT ON reviews
            WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM reviews WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'reviews is append-only: that review id is taken'); END;
        CREATE TRIGGER claims_reviewed_stay BEFORE DELETE ON claims
            WHEN EXISTS (SELECT 1 FROM reviews WHERE claim_id = OLD.id)
            BEGIN SELECT RAISE(ABORT, 'a reviewed claim cannot be deleted: retract it with a new review'); END;
        CREATE TRIGGER articles_reviewed_stay BEFORE DELETE ON articles
            WHEN EXISTS (SELECT 1 FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = OLD.id)
            BEGIN SELECT RAISE(ABORT, 'an article with reviewed claims cannot be deleted'); END;
        """
    )


# How sure the extractor was of a claim, 0 (a coin toss) to 1: for a quote the margin between its two best
# speaker candidates (it meets more wrong speakers early than the quote's confidence, or the lesser of the
# two: benchmarks/uncertain_first.py); for a statement the distance of its check-worthiness from an even
# chance. An index is built on this very expression (m011), so it must not change.
CERTAINTY = ("(CASE WHEN kind = 'statement' THEN ABS(COALESCE(checkworthiness, 0.5) - 0.5) * 2"
             " ELSE COALESCE(json_extract(candidates, '$[0][1]'), 0.0)"
             " - COALESCE(json_extract(candidates, '$[1][1]'), 0.0) END)")


@migration("m010_queue_orders")
def _m010_queue_orders(db: "Database") -> None:
    """The review queue can put the most check-worthy statements first: an index in that order
    (the expression of `QueueFilter.ORDERS`) lets a page of 100,000 claims stop at its limit."""
    db.executescript("CREATE INDEX claims_by_checkworthiness ON claims(COALESCE(-checkworthiness, 1.0), seq);")


@migration("m011_uncertain_first")
def _m011_uncertain_first(db: "Database") -> None:
    """The review queue can put the claims the extractor was least sure of first (`QueueFilter.ORDERS`)."""
    db.executescript(f"CREATE INDEX claims_by_certainty ON claims({CERTAINTY}, seq);")


@migration("m012_team")
def _m012_team(db: "Database") -> None:
    """A team on one database: claims assigned to reviewers (some to two, to measure agreement), each
    reviewer's latest decision on a claim, and an editor's final decision, which stands over later
    ordinary decisions until the editor changes or undoes it."""
    db.executescript(
        """
        CREATE TABLE assignments (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            PRIMARY KEY (claim_id, reviewer)
        );
        CREATE INDEX assignments_reviewer ON assignments(reviewer, claim_id);
        ALTER TABLE reviews ADD COLUMN final INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claim_state ADD COLUMN final INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX reviews_claim_reviewer ON reviews(claim_id, reviewer, id);
        DROP TRIGGER reviews_to_state;
        CREATE TRIGGER reviews_to_state AFTER INSERT ON reviews BEGIN
            INSERT INTO claim_state (claim_id, review_id, status, speaker, type, content_start,
                                     content_end, verdict, note, reviewer, reviewed_at, final)
            VALUES (NEW.claim_id, NEW.id, NEW.status, NEW.speaker, NEW.type, NEW.content_start,
                    NEW.content_end, NEW.verdict, NEW.note, NEW.reviewer, NEW.created_at, NEW.final)
            ON CONFLICT (claim_id) DO UPDATE SET
                review_id = excluded.review_id, status = excluded.status,
                speaker = excluded.speaker, type = excluded.type,
                content_start = excluded.content_start, content_end = excluded.content_end,
                verdict = excluded.verdict, note = excluded.note,
                reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at, final = excluded.final
            WHERE NOT claim_state.final OR excluded.final OR NEW.action = 'undo';
        END;
        -- each reviewer's latest ordinary decision on each claim (an editor's final decisions apart)
        CREATE VIEW reviewer_decisions AS
        SELECT r.claim_id, r.reviewer, r.status, r.speaker, r.type, r.verdict, r.id AS review_id
        FROM reviews r
        WHERE r.final = 0 AND r.status != 'pending'
          AND r.id = (SELECT MAX(r2.id) FROM reviews r2
                      WHERE r2.claim_id = r.claim_id AND r2.reviewer = r.reviewer AND r2.final = 0);
        """
    )


KNOWN_MIGRATIONS = [name for name, _ in _MIGRATIONS]


# --- connection ---------------------------------------------------------------------


def default_path() -> Path:
    return Path(os.environ.get("CLAIMCHECK_DB") or DEFAULT_DB)


def _explain(err: sqlite3.Error, path: Path) -> StoreError:
    text = str(err)
    if "not a database" in text or "malformed" in text:
        return StoreError(f"{path} is not a claimcheck database (not SQLite, or damaged): {text}")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"{path} is read-only: cannot save (check the file's and its folder's permissions)")
    if "locked" in text or "busy" in text:
        return StoreError(f"{path} is locked by another process for more than {BUSY_TIMEOUT_S:.0f} s")
    if "disk" in text and "full" in text:
        return StoreError(f"the disk holding {path} is full: nothing more was saved")
    if "unable to open" in text:
        return StoreError(f"cannot open {path}: check that its folder exists and is writable")
    return StoreError(f"{path}: {text}")


class Store:
    """A claimcheck database file. Open with `Store.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._db: "Database | None" = None
        self._count: tuple[int, int] | None = None  # (data_version, claims)

    @property
    def db(self) -> "Database":
        """The same connection seen through sqlite-utils, for migrations and ad-hoc tools."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @classmethod
    def open(cls, path: Path | str | None = None, *, migrate: bool = True, threads: bool = False,
             create: bool = True, read_only: bool = False) -> "Store":
        """`threads`: the connection may be used from another thread (one at a time). Without `create`
        only an existing claimcheck database opens: a read-only command never makes a file, nor turns
        another program's SQLite file into one. `read_only`: SQLite itself refuses every write."""
        path = Path(path) if path is not None else default_path()
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        if (read_only or not create) and not path.exists():
            raise StoreError(f"no claimcheck database at {path}: `claimcheck extract` creates one (or give --db)")
        target, migrate = (path.resolve().as_uri() + "?mode=ro", False) if read_only else (str(path), migrate)
        try:
            conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, check_same_thread=not threads, uri=read_only)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.create_function("casefold", 1, lambda text: text.casefold() if isinstance(text, str) else text,
                                 deterministic=True)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            store = cls(conn, path, read_only)
            store._check_version()
            if not create and not store._applied():
                conn.close()
                raise StoreError(f"{path} is not a claimcheck database; `claimcheck extract --db FILE` creates one")
            if migrate:
                store._migrate()
        except sqlite3.Error as err:
            raise _explain(err, path) from None
        return store

    def twin(self, threads: bool = False) -> "Store":
        """Another connection to the same database, as writable as this one: work on another thread
        (a save waiting for a lock, a search) then never holds this connection."""
        return Store.open(self.path, migrate=False, create=False, threads=threads, read_only=self.read_only)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _applied(self) -> list[str]:
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)).fetchone()
        if not exists:
            return []
        rows = self.conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,))
        return [row[0] for row in rows]

    def _check_version(self) -> None:
        unknown = [name for name in self._applied() if name not in KNOWN_MIGRATIONS]
        if unknown:
            raise StoreError(
                f"{self.path} was written by a newer claimcheck (schema {unknown[-1]}); upgrade claimcheck to open it"
            )

    def _migrate(self) -> None:
        applied = self._applied()
        pending = [name for name in KNOWN_MIGRATIONS if name not in applied]
        if not pending:
            return
        if applied:
            self._backup(f"before-{pending[0]}")
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode = WAL")
        with self._immediate():
            pass  # take the write lock first, so two first openings do not race
        migration_set().apply(self.db)

    def _backup(self, label: str) -> Path:
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        backup = sqlite3.connect(str(target))
        with backup:
            self.conn.backup(backup)
        backup.close()
        return target

    @property
    def schema_version(self) -> str:
        applied = self._applied()
        return max(applied) if applied else "none"  # numbered names: the highest is the version

    @contextmanager
    def _immediate(self) -> Iterator[sqlite3.Connection]:
        """One write transaction that takes the lock at once, retried while another writer holds it."""
        conn = self.conn
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._immediate() as conn:
                yield conn
        except sqlite3.Error as err:
            raise _explain(err, self.path) from None

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        try:
            cursor = self.conn.execute(sql, tuple(params))
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except sqlite3.Error as err:
            raise _explain(err, self.path) from None

    # --- articles and claims ----------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def add_article(self, article: Article, claims: list[Claim], extractor_version: str) -> bool:
        """Store an article with its claims in one transaction; False if it was already there."""
        with self.writing() as conn:
            return self._insert_article(conn, article, claims, extractor_version)

    def add_articles(self, batch: Iterable[tuple[Article, list[Claim]]], extractor_version: str) -> int:
        """Store many articles in one transaction (a shard of an archive); how many were new."""
        with self.writing() as conn:
            return sum(self._insert_article(conn, article, claims, extractor_version) for article, claims in batch)

    def _insert_article(self, conn: sqlite3.Connection, article: Article, claims: list[Claim],
                        extractor_version: str) -> bool:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            return False
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        conn.execute(
            "INSERT INTO articles (id, seq, source, external_id, title, date, url, language, text,"
            " ingested_at, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, seq, article.source, article.external_id, article.title, article.date,
             article.url, article.lang, article.text, now(), extractor_version),
        )
        rows = [_claim_row(article, position, claim) for position, claim in enumerate(claims)]
        stored = conn.executemany(
            "INSERT OR IGNORE INTO claims (id, article_id, position, kind, type, content, content_start,"
            " content_end, sentence_start, sentence_end, speaker, speaker_kind, mention, mention_start,"
            " mention_end, cue, cue_start, cue_end, confidence, checkworthiness, reasons, candidates)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        ).rowcount
        distinct = len({row[0] for row in rows})  # the same words twice are one claim; fewer is a failure
        if stored < distinct:
            raise StoreError(f"{article.source}: {distinct - stored} claims could not be stored; the article "
                             f"is left out so a re-run tries again")
        for claim in claims:
            if claim.speaker:
                mention = claim.mention.of(article.text) if claim.mention else None
                self._register_person(conn, claim.speaker, mention if mention and _names_someone(mention) else None)
        return True

    def _register_person(self, conn: sqlite3.Connection, name: str, alias: str | None,
                         taught_by: int | None = None) -> None:
        """Add a person and an alias; rows a review creates remember it, so its undo removes them."""
        conn.execute("INSERT OR IGNORE INTO people (name, taught_by) VALUES (?, ?)", (name, taught_by))
        person_id = conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()[0]
        for text in {name, alias} - {None}:
            conn.execute("INSERT OR IGNORE INTO aliases (person_id, alias, taught_by) VALUES (?, ?, ?)",
                         (person_id, text, taught_by))

    def _forget_taught(self, conn: sqlite3.Connection, review_id: int) -> None:
        """Take back what one review taught the registry (a person nobody else gave a claim or alias)."""
        conn.execute("DELETE FROM aliases WHERE taught_by = ?", (review_id,))
        conn.execute(
            "DELETE FROM people WHERE taught_by = ?"
            " AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.person_id = people.id)"
            " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker = people.name)"
            " AND NOT EXISTS (SELECT 1 FROM claim_state s WHERE s.speaker = people.name)",
            (review_id,),
        )

    def article(self, article_id: str) -> dict | None:
        rows = self._query("SELECT * FROM articles WHERE id = ?", [article_id])
        return rows[0] if rows else None

    def claims(self, where: str = "1", params: Iterable[Any] = (), limit: int | None = None) -> list[dict]:
        """Rows of the `claims_current` view; `where` is SQL written by this package, values go in params."""
        sql = f"SELECT * FROM claims_current WHERE {where} ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._query(sql, params)

    def iter_claims(self, where: str = "1", params: Iterable[Any] = (), page: int = 1000) -> Iterator[dict]:
        """Stream claims in queue order, a page at a time, so exports stay flat in memory."""
        last = 0
        while True:
            rows = self._query(
                # `final`: whether an editor made the decision final (kept in claim_state)
                "SELECT *, COALESCE((SELECT s.final FROM claim_state s WHERE s.claim_id = claims_current.id), 0)"
                f" AS final FROM claims_current WHERE seq > ? AND ({where}) ORDER BY seq LIMIT {page}",
                [last, *params],
            )
            yield from rows
            if len(rows) < page:
                return
            last = rows[-1]["seq"]

    # --- reviews ----------------------------------------------------------------------

    def start_session(self, reviewer: str) -> int:
        """A new review session; this reviewer's sessions still open (a killed app never closed them)
        end at their last decision, or at their start if they made none."""
        with self.writing() as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = COALESCE((SELECT MAX(r.created_at) FROM reviews r"
                " WHERE r.session_id = sessions.id), started_at) WHERE reviewer = ? AND ended_at IS NULL", (reviewer,))
            cursor = conn.execute(
                "INSERT INTO sessions (reviewer, started_at) VALUES (?, ?)", (reviewer, now())
            )
            return int(cursor.lastrowid)

    def end_session(self, session_id: int) -> None:
        with self.writing() as conn:
            conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (now(), session_id))

    def record_position(self, session_id: int, claim_id: str) -> None:
        with self.writing() as conn:
            conn.execute("UPDATE sessions SET last_claim_id = ? WHERE id = ?", (claim_id, session_id))

    def last_position(self, reviewer: str) -> str | None:
        rows = self._query(
            "SELECT last_claim_id FROM sessions WHERE reviewer = ? AND last_claim_id IS NOT NULL"
            " ORDER BY id DESC LIMIT 1",
            [reviewer],
        )
        return rows[0]["last_claim_id"] if rows else None

    def review(self, claim_id: str, action: str, *, reviewer: str, session_id: int | None = None,
               seen: int | None | object = UNSEEN, final: bool = False, own: bool = False, **changes: Any) -> dict:
        """Append one decision. `changes` override the claim's current state (status, speaker, …), or with
        `own` the state this reviewer last left it in (else as extracted: a second coder's decision does not
        carry the first one's); `final`: an editor's decision, which later ordinary decisions do not override.

        `seen` is the latest review the reviewer had on screen (None: the claim was pending). When
        someone else decided in between, the decision still goes in, and the one it overrides is
        kept as a conflict, listed until a new decision settles it; the returned state then carries
        it under `overrode`."""
        allowed = {"status", "speaker", "type", "content_start", "content_end", "verdict", "note"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown review fields: {sorted(unknown)}")
        with self.writing() as conn:
            latest = conn.execute(
                "SELECT review_id, status, speaker, type, verdict, note, reviewer, reviewed_at FROM claim_state"
                " WHERE claim_id = ?", (claim_id,)).fetchone()
            if own:
                state = self._state_at(conn, claim_id, self._latest_by(conn, claim_id, reviewer))
            else:
                state = self._current_state(conn, claim_id)
            state.update(changes)
            cursor = conn.execute(
                "INSERT INTO reviews (claim_id, action, status, speaker, type, content_start, content_end,"
                " verdict, note, reviewer, session_id, created_at, final)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, action, state["status"], state["speaker"], state["type"], state["content_start"],
                 state["content_end"], state["verdict"], state["note"], reviewer, session_id, now(), int(final)),
            )
            if session_id is not None:
                conn.execute("UPDATE sessions SET last_claim_id = ? WHERE id = ?", (claim_id, session_id))
            if changes.get("speaker"):
                row = conn.execute(
                    "SELECT mention, mention_start, sentence_start, sentence_end FROM claims WHERE id = ?", (claim_id,)
                ).fetchone()
                self._register_person(conn, changes["speaker"], _taught_alias(row, changes["speaker"]),
                                      taught_by=cursor.lastrowid)
            if seen is not UNSEEN and latest is not None and latest[0] != seen:
                # after the review, whose trigger settles the claim's open conflicts, so this one stays open
                fields = ("status", "speaker", "type", "verdict", "note", "reviewer", "reviewed_at")
                conn.execute(
                    "INSERT OR IGNORE INTO conflicts (claim_id, status, speaker, type, verdict, note, reviewer,"
                    " reviewed_at, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'decided meanwhile', ?)",
                    (claim_id, *latest[1:], now()))
                state = state | {"overrode": dict(zip(fields, latest[1:]))}
        return state

    def add_quote(self, article_id: str, start: int, end: int, *, quote_type: str, speaker: str | None,
                  reviewer: str, session_id: int | None = None) -> str:
        """A quote the extractor missed, added by a reviewer: a claim of origin `reviewer` and, in the
        same transaction, the review that records it (so it counts, exports and undoes like the others)."""
        import hashlib

        with self.writing() as conn:
            row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"no article with id {article_id}")
            text = row[0]
            if not 0 <= start < end <= len(text):
                raise StoreError(f"offsets {start}–{end} are outside the article")
            claim_id = hashlib.sha256(f"{article_id}:reviewer:{start}:{end}".encode()).hexdigest()[:16]
            if conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone():
                raise StoreError("this quote is already a claim")
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM claims WHERE article_id = ?",
                                    (article_id,)).fetchone()[0]
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM claims").fetchone()[0]
            conn.execute(
                "INSERT INTO claims (seq, id, article_id, position, kind, type, content, content_start, content_end,"
                " sentence_start, sentence_end, speaker, confidence, origin) VALUES"
                " (?, ?, ?, ?, 'quote', ?, ?, ?, ?, ?, ?, ?, 1.0, 'reviewer')",
                (seq, claim_id, article_id, position, quote_type, text[start:end], start, end, start, end, speaker))
            cursor = conn.execute(
                "INSERT INTO reviews (claim_id, action, status, speaker, type, content_start, content_end,"
                " verdict, note, reviewer, session_id, created_at)"
                " VALUES (?, 'add-quote', 'corrected', ?, ?, ?, ?, NULL, NULL, ?, ?, ?)",
                (claim_id, speaker, quote_type, start, end, reviewer, session_id, now()))
            if speaker:
                self._register_person(conn, speaker, None, taught_by=cursor.lastrowid)
            if session_id is not None:
                conn.execute("UPDATE sessions SET last_claim_id = ? WHERE id = ?", (claim_id, session_id))
        return claim_id

    def undo(self, claim_id: str, *, reviewer: str, session_id: int | None = None) -> dict | None:
        """Restore the state before the latest review of this claim by appending a new review."""
        with self.writing() as conn:
            history = conn.execute(
                "SELECT id, action FROM reviews WHERE claim_id = ? ORDER BY id", (claim_id,)
            ).fetchall()
            # Walk back over earlier undos: undoing twice must not redo.
            stack: list[int] = []
            for review_id, action in history:
                if action == "undo":
                    if stack:
                        stack.pop()
                else:
                    stack.append(review_id)
            if not stack:
                return None
            undone = stack.pop()
            state = self._state_at(conn, claim_id, stack[-1] if stack else None)
            restored = conn.execute("SELECT final FROM reviews WHERE id = ?", (stack[-1],)).fetchone() if stack else None
            conn.execute(
                "INSERT INTO reviews (claim_id, action, status, speaker, type, content_start, content_end,"
                " verdict, note, reviewer, session_id, created_at, final)"
                " VALUES (?, 'undo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, state["status"], state["speaker"], state["type"], state["content_start"],
                 state["content_end"], state["verdict"], state["note"], reviewer, session_id, now(),
                 restored[0] if restored else 0),
            )
            self._forget_taught(conn, undone)
        return state

    def _current_state(self, conn: sqlite3.Connection, claim_id: str) -> dict:
        review = conn.execute("SELECT review_id FROM claim_state WHERE claim_id = ?", (claim_id,)).fetchone()
        return self._state_at(conn, claim_id, review[0] if review else None)

    @staticmethod
    def _latest_by(conn: sqlite3.Connection, claim_id: str, reviewer: str) -> int | None:
        """This reviewer's latest review of the claim, if any."""
        return conn.execute("SELECT MAX(id) FROM reviews WHERE claim_id = ? AND reviewer = ?",
                            (claim_id, reviewer)).fetchone()[0]

    def _state_at(self, conn: sqlite3.Connection, claim_id: str, review_id: int | None) -> dict:
        fields = ("status", "speaker", "type", "content_start", "content_end", "verdict", "note")
        if review_id is not None:
            row = conn.execute(f"SELECT {', '.join(fields)} FROM reviews WHERE id = ?", (review_id,)).fetchone()
            return dict(zip(fields, row))
        row = conn.execute(
            "SELECT speaker, type, content_start, content_end FROM claims WHERE id = ?", (claim_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no claim with id {claim_id}")
        return {"status": "pending", "speaker": row[0], "type": row[1], "content_start": row[2],
                "content_end": row[3], "verdict": None, "note": None}

    # --- the review queue -------------------------------------------------------------

    def queue_page(self, view: "QueueFilter", after: int | None = None, before: int | None = None,
                   limit: int = 100, inclusive: bool = False) -> list[dict]:
        """A window of the queue in the view's order, after (or at, when `inclusive`) or before the claim
        of a seq; from the start when neither. Keyset paging: no OFFSET scans."""
        where, params = view.sql()
        key = QueueFilter.ORDERS[view.order]
        cursor, direction = (before, "<") if before is not None else (after, ">=" if inclusive else ">")
        if cursor and key is None:
            where, params = f"c.seq {direction} ? AND ({where})", [cursor, *params]
        elif cursor:
            # the position of the cursor's claim in this order, and every claim beyond it
            where = f"({key}, c.seq) {direction} ((SELECT {key} FROM claims c WHERE c.seq = ?), ?) AND ({where})"
            params = [cursor, cursor, *params]
        order = "DESC" if before is not None else "ASC"
        sort = f"c.seq {order}" if key is None else f"{key} {order}, c.seq {order}"
        if view.status == "mine":  # shown as extracted: a second coder must not read the first one's decision
            shown = "c.type AS type, 'pending' AS status, c.speaker AS speaker, substr(c.content, 1, 120) AS opening"
        else:
            shown = ("COALESCE(s.type, c.type) AS type, COALESCE(s.status, 'pending') AS status,"
                     " COALESCE(s.speaker, c.speaker) AS speaker,"
                     " CASE WHEN s.content_start IS NULL THEN substr(c.content, 1, 120)"
                     " ELSE substr(a.text, s.content_start + 1, MIN(120, s.content_end - s.content_start)) END AS opening")
        rows = self._query(
            f"SELECT c.seq, c.id, c.article_id, c.kind, {shown}, a.title AS article_title, c.checkworthiness"
            f" FROM claims c JOIN articles a ON a.id = c.article_id"
            f" LEFT JOIN claim_state s ON s.claim_id = c.id"
            f" WHERE {where} ORDER BY {sort} LIMIT {int(limit)}",
            params,
        )
        return rows if order == "ASC" else rows[::-1]

    def seq_of(self, claim_id: str) -> int | None:
        rows = self._query("SELECT seq FROM claims WHERE id = ?", [claim_id])
        return rows[0]["seq"] if rows else None

    def claim(self, claim_id: str, own: str | None = None) -> dict | None:
        """One claim with its current state and its article's text, for the review screen. With `own`, the
        state this reviewer left it in (their latest decision, else as extracted) unless an editor settled
        it: a second coder decides without seeing the first one's decision."""
        rows = self._query(
            "SELECT c.*, COALESCE(s.status, 'pending') AS status, COALESCE(s.speaker, c.speaker) AS current_speaker,"
            " COALESCE(s.type, c.type) AS current_type, s.verdict, s.note, s.reviewer, s.reviewed_at,"
            " s.review_id AS review_id, COALESCE(s.final, 0) AS final,"
            " COALESCE(s.content_start, c.content_start) AS current_content_start,"
            " COALESCE(s.content_end, c.content_end) AS current_content_end,"
            " a.title AS article_title, a.date AS article_date, a.source AS article_source, a.url AS article_url,"
            " a.text AS article_text"
            " FROM claims c JOIN articles a ON a.id = c.article_id"
            " LEFT JOIN claim_state s ON s.claim_id = c.id WHERE c.id = ?",
            [claim_id],
        )
        if not rows:
            return None
        row = rows[0]
        if own and row["reviewer"] not in (None, own) and not row["final"]:
            mine = self._latest_by(self.conn, claim_id, own)
            state = self._state_at(self.conn, claim_id, mine)
            row |= {"status": state["status"], "current_speaker": state["speaker"], "current_type": state["type"],
                    "verdict": state["verdict"], "note": state["note"], "reviewer": own if mine else None,
                    "current_content_start": state["content_start"], "current_content_end": state["content_end"]}
        return row

    def status_counts(self) -> dict[str, int]:
        total = self._query("SELECT COUNT(*) AS n FROM claims")[0]["n"]
        counts = {r["status"]: r["n"] for r in self._query(
            "SELECT status, COUNT(*) AS n FROM claim_state GROUP BY status")}
        counts.pop("pending", None)
        counts["pending"] = total - sum(counts.values())
        counts["total"] = total
        return counts

    def claim_extents(self, article_id: str) -> list[tuple[int, int, str]]:
        """Every claim of an article as (start, end, id) in its current extent: the review screen marks them."""
        rows = self._query(
            "SELECT COALESCE(s.content_start, c.content_start) AS start, COALESCE(s.content_end, c.content_end) AS end,"
            " c.id FROM claims c LEFT JOIN claim_state s ON s.claim_id = c.id WHERE c.article_id = ? ORDER BY c.seq",
            [article_id])
        return [(r["start"], r["end"], r["id"]) for r in rows]

    def article_speakers(self, article_id: str) -> list[str]:
        """Speakers of one article in reading order, and the people it names (for corrections)."""
        rows = self._query(
            "SELECT COALESCE(s.speaker, c.speaker) AS name FROM claims c"
            " LEFT JOIN claim_state s ON s.claim_id = c.id"
            " WHERE c.article_id = ? AND COALESCE(s.speaker, c.speaker) IS NOT NULL ORDER BY c.seq",
            [article_id])
        return list(dict.fromkeys(r["name"] for r in rows))

    def reviewed_quotes(self) -> list[tuple[str, list[dict]]]:
        """Quotes a reviewer accepted or corrected, by article: the speakers the ranker learns from."""
        return self._reviewed("quote", ("accepted", "corrected"), "s.speaker, s.status, c.speaker AS extracted")

    def reviewed_statements(self) -> list[tuple[str, list[dict]]]:
        """Statements a reviewer decided, by article: accepted or corrected ones were worth checking,
        rejected ones were not (what the statement model learns from)."""
        return self._reviewed("statement", ("accepted", "corrected", "rejected"), "s.status")

    def _reviewed(self, kind: str, statuses: tuple[str, ...], columns: str) -> list[tuple[str, list[dict]]]:
        rows = self._query(
            f"SELECT c.article_id, s.content_start, s.content_end, {columns}"
            " FROM claims c JOIN claim_state s ON s.claim_id = c.id"
            f" WHERE c.kind = ? AND s.status IN ({', '.join('?' * len(statuses))}) ORDER BY c.seq", [kind, *statuses])
        by_article: dict[str, list[dict]] = {}
        for row in rows:
            by_article.setdefault(row.pop("article_id"), []).append(row)
        return list(by_article.items())

    # --- a team ---------------------------------------------------------------------------

    def assign(self, reviewers: list[str], overlap: float = 0.0, by: str = "article", seed: int = 0) -> dict[str, int]:
        """Deal the pending claims nobody is assigned yet among `reviewers`, by article or by claim, in an
        order shuffled by `seed` (the same call on the same database deals the same way); a share `overlap`
        of the units also goes to the next reviewer in turn, to measure agreement. Claims per reviewer."""
        import random

        if not reviewers or len(set(reviewers)) != len(reviewers):
            raise StoreError("name each reviewer once")
        if not 0 <= overlap <= 1 or (overlap and len(reviewers) < 2):
            raise StoreError("the overlap is a share from 0 to 1, and needs two reviewers or more")
        rows = self._query(
            "SELECT c.id, c.article_id FROM claims c LEFT JOIN claim_state s ON s.claim_id = c.id"
            " WHERE COALESCE(s.status, 'pending') = 'pending'"
            " AND c.id NOT IN (SELECT claim_id FROM assignments) ORDER BY c.seq")
        units: dict[str, list[str]] = {}
        for row in rows:
            units.setdefault(row["article_id"] if by == "article" else row["id"], []).append(row["id"])
        order = sorted(units)
        random.Random(seed).shuffle(order)
        twice = round(overlap * len(order))
        dealt = {name: 0 for name in reviewers}
        stamp = now()
        with self.writing() as conn:
            for n, unit in enumerate(order):
                coders = [reviewers[n % len(reviewers)]] + ([reviewers[(n + 1) % len(reviewers)]] if n < twice else [])
                for reviewer in coders:
                    conn.executemany("INSERT INTO assignments (claim_id, reviewer, assigned_at) VALUES (?, ?, ?)",
                                     [(claim_id, reviewer, stamp) for claim_id in units[unit]])
                    dealt[reviewer] += len(units[unit])
        return dealt

    def assigned_to(self, reviewer: str) -> int:
        """Claims assigned to this reviewer that they have not decided yet: what their filter `mine` shows."""
        where, params = QueueFilter(status="mine", reviewer=reviewer).sql()
        return self._query(f"SELECT COUNT(*) AS n FROM claims c WHERE {where}", params)[0]["n"]

    def has_disagreements(self) -> bool:
        return bool(self._query(f"SELECT 1 FROM ({DISAGREEMENTS}) LIMIT 1"))

    def decisions(self, claim_id: str | None = None) -> dict[str, dict[str, dict]]:
        """Each reviewer's latest ordinary decision, on the claims two or more reviewers decided (or on
        one claim): claim id -> reviewer -> status, speaker, type, verdict."""
        where, params = ("claim_id = ?", [claim_id]) if claim_id else (
            "claim_id IN (SELECT claim_id FROM reviewer_decisions GROUP BY claim_id HAVING COUNT(*) >= 2)", [])
        found: dict[str, dict[str, dict]] = {}
        for row in self._query(f"SELECT * FROM reviewer_decisions WHERE {where} ORDER BY claim_id, review_id", params):
            found.setdefault(row.pop("claim_id"), {})[row.pop("reviewer")] = row
        return found

    def speaker_names(self) -> list[str]:
        """Every known speaker: the people registry and reviewers' corrections."""
        rows = self._query(
            "SELECT name FROM people UNION SELECT speaker FROM claim_state WHERE speaker IS NOT NULL ORDER BY 1")
        return [r["name"] for r in rows]

    def pending_texts(self) -> list[tuple[str, str]]:
        """(id, words) of every claim nobody has decided yet, in queue order."""
        return [(r["id"], r["content"]) for r in self._query(
            "SELECT c.id, c.content FROM claims c LEFT JOIN claim_state s ON s.claim_id = c.id"
            " WHERE COALESCE(s.status, 'pending') = 'pending' ORDER BY c.seq")]

    def reviewed(self) -> list[dict]:
        """Every decided claim, with what a match shows of it (`reviewed_like`'s rows, all of them)."""
        return self._query(f"SELECT {_REVIEWED} FROM claims c {_REVIEWED_JOINS} ORDER BY c.seq")

    def reviewed_like(self, terms: list[str], exclude: str | None = None, limit: int = 20) -> list[dict]:
        """Reviewed claims sharing the most distinctive of these words (full-text search, best first)."""
        if not terms:
            return []
        frequencies = self._query(
            f"SELECT term, doc FROM claims_fts_vocab WHERE term IN ({', '.join('?' * len(terms))})", terms)
        total = self._claim_count()
        rare = sorted((r["doc"], r["term"]) for r in frequencies if r["doc"] <= max(50, RARE_SHARE * total))
        if not rare:
            return []  # no distinctive word: nothing can be "the same claim" here
        query = " OR ".join('"' + term.replace('"', '""') + '"' for _, term in rare[:RARE_TERMS])
        return self._query(
            f"SELECT {_REVIEWED} FROM claims_fts f JOIN claims c ON c.seq = f.rowid {_REVIEWED_JOINS}"
            " WHERE claims_fts MATCH ? AND c.id != ? ORDER BY bm25(claims_fts) LIMIT ?",
            [query, exclude or "", limit],
        )

    # --- reviews made elsewhere ---------------------------------------------------------

    def import_review(self, record: dict, source: str) -> str:
        """One decision exported from another database: 'added', 'same', 'conflict' or 'unknown'.
        The record is checked field by field first (`imported_review`); a bad one raises ValueError
        and writes nothing."""
        record = imported_review(record)
        claim_id = record["id"]
        fields = ("status", "speaker", "type", "verdict", "note")
        theirs = {key: record.get(key) for key in fields}
        reviewer = record.get("reviewer") or "unknown"
        final = bool(record.get("final"))  # an editor's decision there settles the claim here too
        with self.writing() as conn:
            found = conn.execute("SELECT length(a.text) FROM claims c JOIN articles a ON a.id = c.article_id"
                                 " WHERE c.id = ?", (claim_id,)).fetchone()
            if found is None:
                return "unknown"
            start, end = record.get("content_start"), record.get("content_end")
            if (start is None) != (end is None) or (start is not None and not 0 <= start < end <= found[0]):
                raise ValueError(f"content_start/content_end {start}/{end} are not inside the article")
            mine = self._current_state(conn, claim_id)
            here = conn.execute("SELECT final FROM claim_state WHERE claim_id = ?", (claim_id,)).fetchone()
            same = all(mine[k] == theirs[k] for k in ("status", "speaker", "verdict"))
            if here and same and (here[0] or not final):
                return "same"
            if not here or (final and not here[0]):
                conn.execute(
                    "INSERT INTO reviews (claim_id, action, status, speaker, type, content_start, content_end,"
                    " verdict, note, reviewer, session_id, created_at, final)"
                    " VALUES (?, 'import', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                    (claim_id, theirs["status"], theirs["speaker"], theirs["type"] or mine["type"],
                     mine["content_start"] if start is None else start, mine["content_end"] if end is None else end,
                     theirs["verdict"], theirs["note"], reviewer, record.get("reviewed_at") or now(), int(final)))
                return "added"
            known = conn.execute(
                "SELECT 1 FROM conflicts WHERE claim_id = ? AND reviewer = ? AND status = ? AND speaker IS ?"
                " AND verdict IS ? AND reviewed_at IS ? AND resolved_by IS NULL",
                (claim_id, reviewer, theirs["status"], theirs["speaker"], theirs["verdict"], record.get("reviewed_at")),
            ).fetchone()
            if known:  # the same file imported again: the UNIQUE key does not see NULLs as equal
                return "same"
            conn.execute(
                "INSERT OR IGNORE INTO conflicts (claim_id, status, speaker, type, verdict, note, reviewer, reviewed_at,"
                " source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, theirs["status"], theirs["speaker"], theirs["type"], theirs["verdict"], theirs["note"],
                 reviewer, record.get("reviewed_at"), source, now()))
            return "conflict"

    def open_conflicts(self, claim_id: str | None = None) -> list[dict]:
        where, params = "resolved_by IS NULL", []
        if claim_id:
            where += " AND claim_id = ?"
            params.append(claim_id)
        return self._query(f"SELECT * FROM conflicts WHERE {where} ORDER BY id", params)

    # --- the people registry ----------------------------------------------------------

    def speakers(self) -> list[dict]:
        """Every known speaker with the number of claims now attributed to them and their aliases."""
        counts = {r["name"]: r["n"] for r in self._query(
            "SELECT COALESCE(s.speaker, c.speaker) AS name, COUNT(*) AS n FROM claims c"
            " LEFT JOIN claim_state s ON s.claim_id = c.id WHERE COALESCE(s.speaker, c.speaker) IS NOT NULL"
            " GROUP BY 1")}
        aliases: dict[str, list[str]] = {}
        for r in self._query("SELECT p.name, a.alias FROM people p JOIN aliases a ON a.person_id = p.id"
                             " ORDER BY p.name, a.alias"):
            if r["alias"] != r["name"]:
                aliases.setdefault(r["name"], []).append(r["alias"])
        names = set(counts) | {r["name"] for r in self._query("SELECT name FROM people")}
        return sorted(({"name": n, "claims": counts.get(n, 0), "aliases": aliases.get(n, [])} for n in names),
                      key=lambda r: (-r["claims"], r["name"]))

    def alias_map(self) -> dict[str, str]:
        """Every alias and name -> canonical name, for the extractor to name people as reviewers did."""
        rows = self._query("SELECT a.alias, p.name FROM aliases a JOIN people p ON p.id = a.person_id ORDER BY p.id")
        return {r["alias"]: r["name"] for r in rows}

    def merge_speakers(self, keep: str, merged: str, *, reviewer: str) -> int:
        """`merged` becomes an alias of `keep`; its claims go to `keep` (reviewed ones through the log)."""
        if keep == merged:
            raise StoreError("cannot merge a speaker with itself")
        with self.writing() as conn:
            self._register_person(conn, keep, merged)
            keep_id = conn.execute("SELECT id FROM people WHERE name = ?", (keep,)).fetchone()[0]
            old = conn.execute("SELECT id FROM people WHERE name = ?", (merged,)).fetchone()
            if old is not None:
                conn.execute("UPDATE OR IGNORE aliases SET person_id = ? WHERE person_id = ?", (keep_id, old[0]))
                conn.execute("DELETE FROM aliases WHERE person_id = ?", (old[0],))
                conn.execute("DELETE FROM people WHERE id = ?", (old[0],))
            moved = conn.execute("UPDATE claims SET speaker = ? WHERE speaker = ? AND id NOT IN"
                                 " (SELECT claim_id FROM claim_state)", (keep, merged)).rowcount
            reviewed = [r[0] for r in conn.execute(
                "SELECT claim_id FROM claim_state WHERE speaker = ?", (merged,)).fetchall()]
            for claim_id in reviewed:
                state = self._current_state(conn, claim_id)
                conn.execute(
                    "INSERT INTO reviews (claim_id, action, status, speaker, type, content_start, content_end,"
                    " verdict, note, reviewer, session_id, created_at) VALUES (?, 'merge-speaker', ?, ?, ?, ?, ?, ?, ?,"
                    " ?, NULL, ?)",
                    (claim_id, state["status"], keep, state["type"], state["content_start"], state["content_end"],
                     state["verdict"], state["note"], reviewer, now()))
            conn.execute("UPDATE claims SET speaker = ? WHERE speaker = ?", (keep, merged))
        return moved + len(reviewed)

    def _claim_count(self) -> int:
        """Claims in the database, re-counted when another connection has written (cheap to ask often)."""
        version = self.data_version()
        if self._count is None or self._count[0] != version:
            self._count = (version, self._query("SELECT COUNT(*) AS n FROM claims")[0]["n"])
        return self._count[1]

    def data_version(self) -> int:
        """Changes when another connection commits: the review app's cue to refresh."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # --- figures ----------------------------------------------------------------------

    def stats(self) -> dict:
        one = lambda sql: self._query(sql)[0]["n"]  # noqa: E731
        return {
            "database": str(self.path),
            "schema": self.schema_version,
            "articles": one("SELECT COUNT(*) AS n FROM articles"),
            "claims": one("SELECT COUNT(*) AS n FROM claims"),
            "by_kind": {r["kind"]: r["n"] for r in self._query("SELECT kind, COUNT(*) AS n FROM claims GROUP BY kind")},
            "by_status": {r["status"]: r["n"] for r in self._query(
                "SELECT COALESCE(s.status, 'pending') AS status, COUNT(*) AS n FROM claims c"
                " LEFT JOIN claim_state s ON s.claim_id = c.id GROUP BY 1 ORDER BY 1")},
            "reviewers": {r["reviewer"]: r["n"] for r in self._query(
                "SELECT reviewer, COUNT(*) AS n FROM reviews GROUP BY reviewer ORDER BY reviewer")},
            "conflicts": [dict(r) for r in self._query(
                "SELECT k.claim_id, k.reviewer AS their_reviewer, k.status AS their_status, k.speaker AS their_speaker,"
                " k.verdict AS their_verdict, s.reviewer AS our_reviewer, s.status AS our_status,"
                " s.speaker AS our_speaker, s.verdict AS our_verdict FROM conflicts k"
                " JOIN claim_state s ON s.claim_id = k.claim_id WHERE k.resolved_by IS NULL ORDER BY k.id")],
        }


IMPORT_LIMITS = {"id": 64, "speaker": 300, "note": 10_000, "reviewer": 200, "reviewed_at": 64}  # characters
IMPORT_CHOICES = {"status": ("accepted", "corrected", "rejected", "pending"), "type": QUOTE_TYPES, "verdict": VERDICTS}


def imported_review(record: dict) -> dict:
    """A decision from another database, checked field by field: the right types, known values,
    bounded text (a 60 MB note took the app minutes to show). Raises ValueError saying what is wrong."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    clean = {}
    for key, limit in IMPORT_LIMITS.items():
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key} must be text, not {type(value).__name__}")
        if value is not None and len(value) > limit:
            raise ValueError(f"{key} is longer than {limit:,} characters")
        clean[key] = value
    if not clean["id"]:
        raise ValueError('expected an "id"')
    for key, allowed in IMPORT_CHOICES.items():
        value = record.get(key)
        if value is not None and value not in allowed:
            raise ValueError(f"{key} {str(value)[:40]!r} is not one of: {', '.join(allowed)}")
        clean[key] = value
    for key in ("content_start", "content_end"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"{key} must be a whole number")
        clean[key] = value
    final = record.get("final", False)
    if final not in (True, False, 0, 1, None) or isinstance(final, float):
        raise ValueError("final must be true or false")
    clean["final"] = bool(final)
    return clean


_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "on", "he", "she", "they", "him", "her", "it"}


def _names_someone(mention: str | None) -> bool:
    """A mention worth remembering as an alias: a short name, not a pronoun or a description."""
    if not mention:
        return False
    words = mention.replace("-", " ").split()
    return 0 < len(words) <= 4 and mention.lower().strip("-") not in _PRONOUNS and any(
        w[:1].isupper() for w in words[1:] or words) and not mention[:1].islower()


def _taught_alias(row: tuple | None, speaker: str) -> str | None:
    """The mention a speaker correction may teach as an alias of the chosen name, or None.

    A correction says the extractor picked the wrong person, not that the words it read are
    that person's name: the mention is taught only when it stands in the claim's own sentence
    (not an antecedent found for `il` or `ce dernier`), names someone, and is part of the
    chosen name (`Kirby` of `John Kirby`) or its initials (`UAW`). `Hollande` corrected to
    Daesh teaches nothing.
    """
    if row is None:
        return None
    mention, start, sentence_start, sentence_end = row
    if not _names_someone(mention) or start is None or not sentence_start <= start < sentence_end:
        return None
    words, name_words = normalize(mention).split(), normalize(speaker).split()
    if words and all(w in name_words for w in words):
        return mention
    initials = "".join(w[0] for w in speaker.split() if w[:1].isupper())
    return mention if len(mention) >= 2 and mention.isupper() and mention == initials else None


@dataclass(frozen=True)
class QueueFilter:
    """What the review queue shows (a status, one article, one speaker, a full-text search) and in which order."""

    status: str = "all"
    article_id: str | None = None
    speaker: str | None = None
    search: str | None = None
    order: str = "article"
    reviewer: str | None = None  # whose assignments `mine` shows

    # each order's sort key before seq (over a table named c); `check-worthy`: statements by check-worthiness,
    # the quotes after them; `uncertain`: the claims the extractor was least sure of first
    ORDERS: ClassVar[dict[str, str | None]] = {"article": None, "check-worthy": "COALESCE(-c.checkworthiness, 1.0)",
                                               "uncertain": CERTAINTY}

    def sql(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.status == "pending":
            clauses.append("(s.status IS NULL OR s.status = 'pending')")
        elif self.status == "conflicts":
            clauses.append("c.id IN (SELECT claim_id FROM conflicts WHERE resolved_by IS NULL)")
        elif self.status == "mine":  # assigned to this reviewer, not yet decided by them
            clauses.append("c.id IN (SELECT claim_id FROM assignments WHERE reviewer = ?)"
                           " AND c.id NOT IN (SELECT claim_id FROM reviews WHERE reviewer = ?)")
            params += [self.reviewer, self.reviewer]
        elif self.status == "disagreements":  # reviewers decided differently, and no editor settled it
            clauses.append(f"c.id IN ({DISAGREEMENTS}) AND c.id NOT IN (SELECT claim_id FROM claim_state WHERE final)")
        elif self.status == "verified":
            clauses.append("s.status IN ('accepted', 'corrected')")
        elif self.status != "all":
            clauses.append("s.status = ?")
            params.append(self.status)
        if self.article_id:
            clauses.append("c.article_id = ?")
            params.append(self.article_id)
        if self.speaker:
            clauses.append("COALESCE(s.speaker, c.speaker) = ?")
            params.append(self.speaker)
        if self.search:
            clauses.append("c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(fts_query(self.search))
        return (" AND ".join(clauses) or "1"), params


# what a match shows of a reviewed claim (`Store.reviewed_like`, `Store.reviewed`)
_REVIEWED = ("c.id, COALESCE(s.content_start, c.content_start) AS start, c.content, s.speaker, s.status, s.verdict,"
             " s.reviewed_at, a.title AS article_title, a.date AS article_date")
_REVIEWED_JOINS = ("JOIN claim_state s ON s.claim_id = c.id AND s.status != 'pending'"
                   " JOIN articles a ON a.id = c.article_id")

# claims on which two or more reviewers' latest decisions differ in status, speaker, type or verdict
DISAGREEMENTS = ("SELECT claim_id FROM reviewer_decisions GROUP BY claim_id HAVING COUNT(*) >= 2 AND ("
                 "COUNT(DISTINCT status) > 1 OR COUNT(DISTINCT COALESCE(speaker, '')) > 1"
                 " OR COUNT(DISTINCT COALESCE(type, '')) > 1 OR COUNT(DISTINCT COALESCE(verdict, '')) > 1)")


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be malformed: each word quoted, prefix-matched."""
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    return " ".join(f'"{w}"*' for w in words) or '""'


def _claim_row(article: Article, position: int, claim: Claim) -> tuple:
    text = article.text
    mention, cue = claim.mention, claim.cue
    return (
        claim.claim_id(article.id), article.id, position, claim.kind, claim.type,
        claim.content.of(text), claim.content.start, claim.content.end,
        claim.sentence.start, claim.sentence.end, claim.speaker, claim.speaker_kind,
        mention.of(text) if mention else None, mention.start if mention else None, mention.end if mention else None,
        cue.of(text) if cue else None, cue.start if cue else None, cue.end if cue else None,
        claim.confidence, claim.checkworthiness, json.dumps(list(claim.reasons)),
        json.dumps([list(c) for c in claim.candidates], ensure_ascii=False),
    )


