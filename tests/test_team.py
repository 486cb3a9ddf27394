"""A team on one database: assignment, agreement, blind double coding and an editor's final decision."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from claimcheck.agreement import agreement, alpha, field_agreement
from claimcheck.cli import main
from claimcheck.review.app import make_app
from claimcheck.store import QueueFilter, Store, StoreError
from tests.conftest import fill, press

SIZE = (140, 40)


def assigned(path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for claim_id, reviewer in sqlite3.connect(path).execute("SELECT claim_id, reviewer FROM assignments"):
        found.setdefault(reviewer, set()).add(claim_id)
    return found


def test_assignment_is_deterministic_whole_articles_and_the_overlap_share(tmp_path):
    deals = []
    for name in ("a.db", "b.db"):
        with Store.open(tmp_path / name) as store:
            ids = fill(store, 10, 3)
            store.review(ids[0], "accept", reviewer="x", status="accepted")  # decided: not dealt
            assert sum(store.assign(["alice", "bob", "carol"], overlap=0.2, seed=7).values()) == 29 + 2 * 3
            assert store.assign(["alice"]) == {"alice": 0}  # nothing left unassigned
        deals.append(assigned(tmp_path / name))
    assert deals[0] == deals[1]
    by_claim: dict[str, int] = {}
    for claims in deals[0].values():
        for claim_id in claims:
            by_claim[claim_id] = by_claim.get(claim_id, 0) + 1
    assert set(by_claim) == set(ids[1:]) and sorted(by_claim.values()).count(2) == 6  # 2 of 10 articles, 3 claims
    for claims in deals[0].values():  # whole articles: a reviewer has all three claims of an article or none
        articles = {i // 3 for i, claim_id in enumerate(ids) if claim_id in claims}
        assert claims == {ids[i] for i in range(30) if i // 3 in articles} - {ids[0]}
    other = Store.open(tmp_path / "c.db")
    fill(other, 10, 3)
    other.assign(["alice", "bob", "carol"], overlap=0.2, seed=8)
    assert assigned(tmp_path / "c.db") != deals[0]
    for bad in (["alice", "alice"], []):
        with pytest.raises(StoreError):
            other.assign(bad)
    with pytest.raises(StoreError, match="two reviewers"):
        other.assign(["alice"], overlap=0.5)


def test_agreement_figures_on_hand_computed_cases():
    perfect = field_agreement([{"a": "x", "b": "x"}, {"a": "y", "b": "y"}, {"a": "x"}])  # the last has one coder
    assert perfect["items"] == 2 and perfect["percent_agreement"] == 1.0 and perfect["alpha"] == 1.0
    assert field_agreement([{"a": "x", "b": "x"}])["alpha"] is None  # one value only: alpha undefined
    # every pairing of two values once: half the pairs agree, and alpha is barely above chance
    chance = field_agreement([{"a": "x", "b": "x"}, {"a": "x", "b": "y"}, {"a": "y", "b": "x"}, {"a": "y", "b": "y"}])
    assert chance["percent_agreement"] == 0.5 and chance["alpha"] == pytest.approx(0.125)
    assert chance["disagreements"] == [{"values": ["x", "y"], "count": 2}]
    # Krippendorff's own example (2011, four coders, twelve units, missing values): alpha 0.743
    rows = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None], [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
            [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None], [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    items = [{f"c{r}": str(rows[r][u]) for r in range(4) if rows[r][u] is not None} for u in range(12)]
    assert alpha([i for i in items if len(i) >= 2]) == pytest.approx(0.743, abs=1e-3)


def test_agreement_reads_each_field_of_the_decisions():
    decisions = {
        "c1": {"alice": {"status": "accepted", "speaker": "Ned Price", "type": "direct", "verdict": None},
               "bob": {"status": "corrected", "speaker": "ned  price", "type": "indirect", "verdict": "false"}},
        "c2": {"alice": {"status": "rejected", "speaker": "X", "type": "direct", "verdict": None},
               "bob": {"status": "rejected", "speaker": "Y", "type": "direct", "verdict": None}},
    }
    report = agreement(decisions)
    assert report["decision"]["items"] == 2 and report["decision"]["percent_agreement"] == 0.5
    assert report["speaker"]["items"] == 1 and report["speaker"]["percent_agreement"] == 1.0  # rejected: no speaker
    assert report["type"]["percent_agreement"] == 0.0 and report["verdict"]["items"] == 0


@pytest.fixture
def doubled(tmp_path):
    """Two articles of three quotes each, the first article given to alice and to bob."""
    path = tmp_path / "team.db"
    with Store.open(path) as store:
        ids = fill(store, 2, 3)
        store.conn.executemany("INSERT INTO assignments (claim_id, reviewer, assigned_at) VALUES (?, ?, 'now')",
                               [(i, r) for i in ids[:3] for r in ("alice", "bob")] + [(i, "carol") for i in ids[3:]])
        store.conn.commit()
    return path, ids


async def test_a_second_coder_decides_without_seeing_the_first(doubled):
    path, ids = doubled
    with Store.open(path) as store:
        store.review(ids[0], "correct-speaker", reviewer="alice", status="corrected", speaker="Antony Blinken")
    app = make_app(Store.open(path), "bob")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.review.queue.view.status == "mine" and app.review.queue.current_id == ids[0]  # bob starts on his own claims
        fields = str(app.query_one("#fields").render())
        assert "Ned Price" in fields and "Antony Blinken" not in fields and "pending" in fields
        queue = str(app.query_one("#queue").render())
        assert "Antony Blinken" not in queue and "✎" not in queue  # nor in the queue's rows
        await press(pilot, "a")
        await pilot.pause()
        assert app.review.queue.current_id == ids[1]
    with Store.open(path) as store:
        (bob,) = [r for r in store.conn.execute(
            "SELECT status, speaker FROM reviews WHERE reviewer = 'bob'")]
        assert bob == ("accepted", "Ned Price")  # his accept is of the extracted speaker, not alice's
        assert store.assigned_to("bob") == 2 and store.assigned_to("carol") == 3
    result = CliRunner().invoke(main, ["agreement", "--db", str(path), "--json"])
    report = json.loads(result.output)
    assert report["claims"] == 1 and report["decision"]["percent_agreement"] == 0.0
    assert report["decision"]["disagreements"] == [{"values": ["accept", "correct"], "count": 1}]
    assert "1 claims decided by two or more reviewers: decision 0%" in CliRunner().invoke(
        main, ["stats", "--db", str(path)]).output


async def test_an_editor_settles_a_disagreement_and_the_export_follows(doubled):
    path, ids = doubled
    with Store.open(path) as store:
        store.review(ids[0], "correct-speaker", reviewer="alice", status="corrected", speaker="Antony Blinken")
        store.review(ids[0], "accept", reviewer="bob", status="accepted", speaker="Ned Price")
        store.review(ids[1], "accept", reviewer="alice", status="accepted")
        store.review(ids[1], "accept", reviewer="bob", status="accepted")  # they agree: nothing to settle
        assert [r["id"] for r in store.queue_page(QueueFilter(status="disagreements"))] == [ids[0]]
    app = make_app(Store.open(path), "editor")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "f")
        await pilot.pause()
        await press(pilot, "end", "enter")  # the last choice, past the tenth: no number, the arrows reach it
        await pilot.pause()
        assert app.review.queue.current_id == ids[0]
        fields = str(app.query_one("#fields").render())
        assert "alice  corrected · Antony Blinken" in fields and "bob  accepted · Ned Price" in fields
        await press(pilot, "A", "1")  # adopt alice's decision
        await pilot.pause()
    with Store.open(path) as store:
        last = store.conn.execute("SELECT action, reviewer, speaker, final FROM reviews ORDER BY id DESC").fetchone()
        assert last == ("adjudicate", "editor", "Antony Blinken", 1)
        assert store.queue_page(QueueFilter(status="disagreements")) == []
        store.review(ids[0], "accept", reviewer="bob", status="accepted", speaker="Ned Price")  # a late decision
    exported = [json.loads(line) for line in CliRunner().invoke(
        main, ["export", "--db", str(path), "--status", "adjudicated"]).stdout.splitlines()]
    assert [(r["id"], r["speaker"], r["reviewer"]) for r in exported] == [(ids[0], "Antony Blinken", "editor")]
    with Store.open(path) as store:
        store.undo(ids[0], reviewer="editor")  # bob's late decision is the latest: undoing it keeps the final one
        assert store.claim(ids[0])["current_speaker"] == "Antony Blinken" and store.claim(ids[0])["final"] == 1


def test_assign_and_agreement_commands(tmp_path):
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        fill(store, 4, 2)
    result = CliRunner().invoke(main, ["assign", "--db", str(path), "--reviewers", "alice, bob", "--overlap", "0.5"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["alice: 6 claims", "bob: 6 claims"]
    again = CliRunner().invoke(main, ["assign", "--db", str(path), "--reviewers", "carol"])
    assert again.output.strip() == "no pending claim left unassigned"
    refused = CliRunner().invoke(main, ["assign", "--db", str(path), "--reviewers", "alice,alice"])
    assert refused.exit_code == 1 and "name each reviewer once" in refused.output
    none_yet = CliRunner().invoke(main, ["agreement", "--db", str(path)])
    assert none_yet.exit_code == 0 and "no claim decided by two reviewers yet" in none_yet.output


def test_an_editors_final_decision_travels_to_another_database(doubled, tmp_path):
    path, ids = doubled
    other = tmp_path / "desk-copy.db"
    with Store.open(path) as store, Store.open(other) as copy:
        copy.conn.execute("ATTACH DATABASE ? AS src", (str(path),))  # the same articles and claims
        for table in ("articles", "claims"):
            copy.conn.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
        copy.conn.commit()
        copy.conn.execute("DETACH DATABASE src")
        copy.review(ids[0], "accept", reviewer="alice", status="accepted")  # decided differently over there
        store.review(ids[0], "adjudicate", reviewer="editor", status="corrected", speaker="Antony Blinken", final=True)
    exported = tmp_path / "editor.jsonl"
    assert CliRunner().invoke(main, ["export", "--db", str(path), "--status", "all", "-o", str(exported)]).exit_code == 0
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert [line["final"] for line in lines if line["id"] == ids[0]] == [True]
    result = CliRunner().invoke(main, ["import-reviews", str(exported), "--db", str(other)])
    assert result.exit_code == 0, result.output
    with Store.open(other) as copy:
        settled = copy.claim(ids[0])
        assert (settled["current_speaker"], settled["final"]) == ("Antony Blinken", 1)
        assert copy.open_conflicts(ids[0]) == []
    again = CliRunner().invoke(main, ["import-reviews", str(exported), "--db", str(other)])
    assert again.exit_code == 0
    with Store.open(other) as copy:
        assert copy.conn.execute("SELECT COUNT(*) FROM reviews WHERE final = 1").fetchone()[0] == 1
