from __future__ import annotations

import os
import sqlite3
import stat
import threading

import pytest
from sqlite_utils import Database

from claimcheck.store import QueueFilter, Store, StoreError, fts_query
from claimcheck.model import Offsets
from tests.conftest import corrected_then_extracted, fill, make_article, quote_claim, with_statements


def test_schema_is_created_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "new.db"
    with Store.open(path) as store:
        assert store.schema_version == "m012_team"
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = set(Database(path).table_names())
    assert {"articles", "claims", "people", "aliases", "reviews", "sessions", "claim_state", "claims_fts"} <= tables
    assert "claims_current" in Database(path).view_names()


def test_adding_an_article_twice_stores_it_once(store):
    text = "« Nous surveillons », a déclaré Ned Price."
    article = make_article(text)
    claims = [quote_claim(text, "Nous surveillons", mention="Ned Price")]
    assert store.add_article(article, claims, "test") is True
    assert store.add_article(article, claims, "test") is False
    assert store.stats()["articles"] == 1 and store.stats()["claims"] == 1
    (row,) = store.claims()
    assert row["content"] == "Nous surveillons" and row["mention"] == "Ned Price" and row["status"] == "pending"
    names = [r["name"] for r in store._query("SELECT name FROM people")]
    assert names == ["Ned Price"]


def test_claim_ids_are_stable_across_databases(tmp_path):
    ids = []
    for name in ("a.db", "b.db"):
        with Store.open(tmp_path / name) as store:
            ids.append(fill(store, 1, 2))
    assert ids[0] == ids[1]


def test_a_review_is_logged_and_becomes_the_current_state(store):
    (first, second, *_) = fill(store)
    store.review(first, "accept", reviewer="alice", status="accepted")
    store.review(second, "correct-speaker", reviewer="alice", status="corrected", speaker="Antony Blinken")
    rows = {r["id"]: r for r in store.claims()}
    assert rows[first]["status"] == "accepted"
    assert rows[second]["speaker"] == "Antony Blinken" and rows[second]["extracted_speaker"] == "Ned Price"
    assert store.status_counts() == {"accepted": 1, "corrected": 1, "pending": 4, "total": 6}


def test_reviews_cannot_be_rewritten(store):
    (first, *_) = fill(store)
    store.review(first, "accept", reviewer="alice", status="accepted")
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("UPDATE reviews SET status = 'rejected'")
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("DELETE FROM reviews")


def test_the_log_cannot_be_replaced_nor_cascaded_away(store):
    """REPLACE fires no delete trigger, and deleting an article cascaded to its reviews."""
    (first, *_) = fill(store)
    store.review(first, "accept", reviewer="alice", status="accepted")
    (review_id,) = store.conn.execute("SELECT id FROM reviews").fetchone()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("INSERT OR REPLACE INTO reviews (id, claim_id, action, status, reviewer, created_at)"
                           " VALUES (?, ?, 'forged', 'rejected', 'mallory', 'now')", (review_id, first))
    with pytest.raises(sqlite3.DatabaseError, match="cannot be deleted"):
        store.conn.execute("DELETE FROM articles")
    with pytest.raises(sqlite3.DatabaseError, match="cannot be deleted"):
        store.conn.execute("DELETE FROM claims WHERE id = ?", (first,))
    store.conn.rollback()
    assert [r["status"] for r in store.claims() if r["id"] == first] == ["accepted"]
    assert store.conn.execute("SELECT action, reviewer FROM reviews").fetchall() == [("accept", "alice")]
    store.conn.execute("DELETE FROM claims WHERE id != ?", (first,))  # claims nobody reviewed can go


def test_undo_appends_a_review_that_restores_the_previous_state(store):
    (first, *_) = fill(store)
    store.review(first, "verdict", reviewer="alice", verdict="false")
    store.review(first, "reject", reviewer="alice", status="rejected")
    restored = store.undo(first, reviewer="alice")
    assert restored["status"] == "pending" and restored["verdict"] == "false"
    restored = store.undo(first, reviewer="alice")
    assert restored["status"] == "pending" and restored["verdict"] is None
    assert store.undo(first, reviewer="alice") is None
    assert store._query("SELECT COUNT(*) AS n FROM reviews")[0]["n"] == 4


def test_queue_pages_by_keyset_with_filters(store):
    ids = fill(store, 3, 4)
    page = store.queue_page(QueueFilter(), limit=5)
    assert [r["id"] for r in page] == ids[:5]
    after = store.queue_page(QueueFilter(), after=page[-1]["seq"], limit=100)
    assert [r["id"] for r in after] == ids[5:]
    before = store.queue_page(QueueFilter(), before=page[-1]["seq"], limit=2)
    assert [r["id"] for r in before] == ids[2:4]
    store.review(ids[0], "accept", reviewer="a", status="accepted")
    assert store.queue_page(QueueFilter(status="pending"), limit=1)[0]["id"] == ids[1]
    assert [r["id"] for r in store.queue_page(QueueFilter(status="accepted"))] == [ids[0]]
    article = store.queue_page(QueueFilter(), limit=1)[0]["article_id"]
    assert len(store.queue_page(QueueFilter(article_id=article))) == 4


def test_the_most_check_worthy_statements_first_then_the_quotes(store):
    quotes = fill(store, 1, 2)
    quote, low, high, middle = with_statements(store, [0.55, 0.95, 0.7])
    view = QueueFilter(order="check-worthy")
    whole = [r["id"] for r in store.queue_page(view)]
    assert whole == [high, middle, low, *quotes, quote]
    # keyset paging in this order: after, at, before a claim, and a filter on top
    seq = {r["id"]: r["seq"] for r in store.queue_page(view)}
    assert [r["id"] for r in store.queue_page(view, after=seq[middle], limit=2)] == [low, quotes[0]]
    assert [r["id"] for r in store.queue_page(view, after=seq[middle], inclusive=True, limit=1)] == [middle]
    assert [r["id"] for r in store.queue_page(view, before=seq[quotes[0]], limit=2)] == [middle, low]
    store.review(high, "accept", reviewer="a", status="accepted")
    assert [r["id"] for r in store.queue_page(QueueFilter(status="pending", order="check-worthy"), limit=1)] == [middle]
    # the index in this order is the one SQLite uses: a page stops at its limit instead of sorting every claim
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT seq FROM claims c ORDER BY COALESCE(-c.checkworthiness, 1.0), c.seq LIMIT 5"))
    assert "claims_by_checkworthiness" in plan and "TEMP B-TREE" not in plan


def test_the_claims_the_extractor_doubted_come_first(store):
    from dataclasses import replace

    text = "« Un », a dit A. « Deux », a dit B. « Trois », a dit C. Le taux a atteint 3 % en 2023."
    sure = replace(quote_claim(text, "Un", speaker="A"), confidence=0.9, candidates=(("A", 0.95), ("B", 0.02)))
    torn = replace(quote_claim(text, "Deux", speaker="B"), confidence=0.8, candidates=(("B", 0.5), ("A", 0.45)))
    unsure = replace(quote_claim(text, "Trois", speaker="C"), confidence=0.9, candidates=(("C", 0.4), ("A", 0.2)))
    statement = replace(quote_claim(text, "Le taux a atteint 3 % en 2023.", speaker=None), kind="statement",
                        type=None, checkworthiness=0.65)  # 0.3 from an even chance
    article = make_article(text)
    store.add_article(article, [sure, torn, unsure, statement], "test")
    order = [r["opening"] for r in store.queue_page(QueueFilter(order="uncertain"))]
    assert order == ["Deux", "Trois", "Le taux a atteint 3 % en 2023.", "Un"]  # margins 0.05, 0.2, 0.3, 0.93
    plan = " ".join(r[3] for r in store.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT seq FROM claims c ORDER BY {QueueFilter.ORDERS['uncertain']}, c.seq LIMIT 5"))
    assert "claims_by_certainty" in plan and "TEMP B-TREE" not in plan


def test_full_text_search_survives_any_user_input(store):
    ids = fill(store, 2, 2)
    hits = store.queue_page(QueueFilter(search="numéro 1-0"))
    assert [r["id"] for r in hits] == [ids[2]]
    for hostile in ['"', "AND OR NOT", "*", "'; DROP TABLE claims; --", "NEAR(", ""]:
        store.queue_page(QueueFilter(search=hostile))
    assert store.stats()["claims"] == 4
    assert fts_query('a"b') == '"a""b"*'


def test_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("ceci n'est pas une base\n" * 100)
    with pytest.raises(StoreError, match="not a claimcheck database"):
        Store.open(path)


def test_truncated_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "cut.db"
    with Store.open(path) as store:
        fill(store, 5, 5)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError):
        with Store.open(path) as store:
            store.stats()
            list(store.iter_claims())


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_refuses_writes_with_a_clear_error(tmp_path):
    path = tmp_path / "ro.db"
    with Store.open(path) as store:
        ids = fill(store)
    path.chmod(stat.S_IRUSR)
    with Store.open(path) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.review(ids[0], "accept", reviewer="a", status="accepted")


def test_read_only_connection_refuses_writes_with_a_clear_error(tmp_path):
    """Works as root too: the database is opened through a read-only URI."""
    path = tmp_path / "ro.db"
    with Store.open(path) as store:
        ids = fill(store)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    store = Store(conn, path)
    with pytest.raises(StoreError, match="read-only"):
        store.review(ids[0], "accept", reviewer="a", status="accepted")
    assert store.status_counts()["pending"] == 6


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with Store.open(path) as store:
        store.db["_sqlite_migrations"].insert(
            {"migration_set": "claimcheck", "name": "m999_future", "applied_at": "2030-01-01"})
    with pytest.raises(StoreError, match="newer claimcheck"):
        Store.open(path)


def test_missing_folder_gives_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(tmp_path / "nope" / "x.db")


def test_two_writers_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    with Store.open(path) as store:
        ids = fill(store, 4, 25)
    errors = []

    def reviewer(name: str) -> None:
        try:
            with Store.open(path) as mine:
                for claim_id in ids:
                    mine.review(claim_id, "note", reviewer=name, note=name)
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in ("alice", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Store.open(path) as store:
        assert store._query("SELECT COUNT(*) AS n FROM reviews")[0]["n"] == 2 * len(ids)
        assert store.stats()["reviewers"] == {"alice": 100, "bob": 100}


def test_older_schema_is_migrated_after_a_backup(tmp_path):
    from claimcheck.store import migration_set

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = Database(conn, execute_plugins=False)
    migration_set().apply(db, stop_before="m002_review_indexes")
    conn.close()
    with Store.open(path) as store:
        ids = fill(store, 1, 2)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_review_indexes'")
    conn.execute("DROP INDEX reviews_reviewer")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == "m012_team"
        assert len(store.claims()) == 2
    backup = tmp_path / "old.db.before-m002_review_indexes.bak"
    assert backup.exists()
    with Store.open(backup, migrate=False) as old:
        assert [r["id"] for r in old.claims()] == ids


def _one_claim(store, text, content, speaker, mention, sentence=None):
    from dataclasses import replace

    claim = quote_claim(text, content, speaker=speaker, mention=mention)
    if sentence is not None:
        start = text.index(sentence)
        claim = replace(claim, sentence=Offsets(start, start + len(sentence)))
    article = make_article(text)
    store.add_article(article, [claim], "test")
    return claim.claim_id(article.id)


def test_correcting_a_claim_without_mention_works(store):
    claim_id = _one_claim(store, "« Nous tiendrons », dit-on.", "Nous tiendrons", None, None)
    store.review(claim_id, "correct-speaker", reviewer="alice", status="corrected", speaker="Gabriel Attal")
    assert store.claims()[0]["speaker"] == "Gabriel Attal"
    assert "Gabriel Attal" in store.alias_map()


def test_a_correction_teaches_only_a_mention_that_names_the_chosen_person(store):
    kirby = _one_claim(store, "« Nous restons prudents », a déclaré Kirby.", "Nous restons prudents", "Kirby", "Kirby")
    uaw = _one_claim(store, "« La grève continue », selon l'UAW.", "La grève continue", "UAW", "UAW")
    hollande = _one_claim(store, "« Nous frapperons », a déclaré Hollande.", "Nous frapperons", "Hollande",
                          "Hollande")
    # the mention an antecedent came from: `ce dernier` stands in the claim's sentence, Hollande earlier
    text = "Hollande a parlé. Ce dernier a revendiqué : « Nous avons frappé »."
    antecedent = _one_claim(store, text, "Nous avons frappé", "Hollande", "Hollande",
                            sentence="Ce dernier a revendiqué : « Nous avons frappé ».")
    for claim_id, name in [(kirby, "John Kirby"), (uaw, "United Auto Workers"), (hollande, "Daesh"),
                           (antecedent, "Daesh")]:
        store.review(claim_id, "correct-speaker", reviewer="alice", status="corrected", speaker=name)
    known = store.alias_map()
    assert known["Kirby"] == "John Kirby" and known["UAW"] == "United Auto Workers"
    assert known["Hollande"] == "Hollande" and known["Daesh"] == "Daesh"


def test_undo_takes_back_the_alias_a_correction_taught_but_not_an_older_one(store):
    first = _one_claim(store, "« Nous restons prudents », a déclaré Kirby.", "Nous restons prudents", "Kirby",
                       "Kirby")
    second = _one_claim(store, "« Rien de neuf », a dit Kirby.", "Rien de neuf", "Kirby", "Kirby")
    store.review(first, "correct-speaker", reviewer="alice", status="corrected", speaker="John Kirby")
    store.review(second, "correct-speaker", reviewer="alice", status="corrected", speaker="John Kirby")
    store.undo(second, reviewer="alice")
    assert store.alias_map()["Kirby"] == "John Kirby"  # taught by the first correction, still standing
    store.undo(first, reviewer="alice")
    assert store.alias_map()["Kirby"] == "Kirby"
    assert "John Kirby" not in {row["name"] for row in store.speakers()}


def test_a_later_extraction_does_not_use_an_untaught_alias(tmp_path, nlp):
    speakers = corrected_then_extracted(tmp_path, nlp, "« Nous avons gagné », a déclaré Hollande.",
                                        "« Nous continuerons », a déclaré Hollande.", "Daesh")
    assert speakers == ["Hollande"]


def test_a_decision_against_a_stale_view_keeps_the_one_it_overrides_as_a_conflict(store):
    first, second = fill(store, 1, 2)
    assert "overrode" not in store.review(first, "accept", reviewer="bob", status="accepted", seen=None)
    state = store.review(first, "reject", reviewer="alice", status="rejected", seen=None)  # alice saw it pending
    assert state["overrode"]["reviewer"] == "bob" and state["overrode"]["status"] == "accepted"
    (conflict,) = store.open_conflicts(first)
    assert (conflict["reviewer"], conflict["status"]) == ("bob", "accepted")
    seen = store.claim(first)["review_id"]
    assert "overrode" not in store.review(first, "accept", reviewer="alice", status="accepted", seen=seen)
    assert store.open_conflicts(first) == []  # the next decision settles it
    assert "overrode" not in store.review(second, "accept", reviewer="alice", status="accepted")  # nothing seen: no check


def test_a_claim_that_cannot_be_stored_leaves_the_article_out(store):
    """NaN stores as NULL in a NOT NULL column: `INSERT OR IGNORE` would drop the claim without a word
    and the article would count as done, so a re-run could never recover it."""
    from dataclasses import replace

    text = "« Nous restons prudents », a déclaré Ned Price."
    article = make_article(text)
    broken = replace(quote_claim(text, "Nous restons prudents"), confidence=float("nan"))
    with pytest.raises(StoreError, match="could not be stored"):
        store.add_article(article, [broken], "test")
    assert not store.has_article(article.id)
    assert store.add_article(article, [quote_claim(text, "Nous restons prudents")], "test")


def test_a_session_a_killed_app_left_open_ends_at_its_last_decision(store):
    (first, *_) = fill(store, 1, 2)
    killed = store.start_session("alice")
    store.review(first, "accept", reviewer="alice", session_id=killed, status="accepted")
    other = store.start_session("bob")
    store.start_session("alice")  # the next opening
    rows = {r["id"]: r for r in store._query("SELECT id, ended_at FROM sessions")}
    (decided_at,) = store.conn.execute("SELECT created_at FROM reviews").fetchone()
    assert rows[killed]["ended_at"] == decided_at
    assert rows[other]["ended_at"] is None  # another reviewer's session is theirs to close
