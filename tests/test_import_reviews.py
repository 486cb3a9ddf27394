"""Two reviewers work apart, then merge: export -> import-reviews, conflicts kept and flagged."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.review.app import make_app
from claimcheck.store import Store
from tests.conftest import fill, press


def two_databases(tmp_path, articles: int, per_article: int):
    """Alice's database and the team's, holding the same claims; their ids."""
    alice, team = tmp_path / "alice.db", tmp_path / "team.db"
    for path in (alice, team):
        with Store.open(path) as store:
            ids = fill(store, articles, per_article)
    return alice, team, ids


def invoke(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_round_trip_into_a_fresh_database(tmp_path):
    alice, team, ids = two_databases(tmp_path, 2, 3)
    with Store.open(alice) as store:
        store.review(ids[0], "accept", reviewer="alice", status="accepted", verdict="true")
        store.review(ids[1], "correct-speaker", reviewer="alice", status="corrected", speaker="Antony Blinken",
                     note="vu")
    out = tmp_path / "alice.jsonl"
    invoke("export", "--db", str(alice), "--status", "all", "-o", str(out))
    result = invoke("import-reviews", str(out), "--db", str(team))
    assert "2 decisions imported" in result.output and "4 pending skipped" in result.output
    state = lambda path: {r["id"]: (r["status"], r["speaker"], r["verdict"], r["note"], r["reviewer"])  # noqa: E731
                          for r in Store.open(path).claims()}
    assert state(team) == state(alice)
    again = invoke("import-reviews", str(out), "--db", str(team))
    assert "0 decisions imported, 2 already the same" in again.output


def test_different_decisions_are_kept_and_flagged(tmp_path):
    alice, bob = tmp_path / "alice.db", tmp_path / "bob.db"
    for path in (alice, bob):
        with Store.open(path) as store:
            ids = fill(store, 1, 2)
    with Store.open(alice) as store:
        store.review(ids[0], "reject", reviewer="alice", status="rejected")
    with Store.open(bob) as store:
        store.review(ids[0], "accept", reviewer="bob", status="accepted", verdict="false")
    out = tmp_path / "alice.jsonl"
    invoke("export", "--db", str(alice), "--status", "all", "-o", str(out))
    result = invoke("import-reviews", str(out), "--db", str(bob))
    assert "1 conflicts" in result.output
    with Store.open(bob) as store:
        assert store.claims()[0]["status"] == "accepted"  # this database's decision stays current
        (conflict,) = store.stats()["conflicts"]
    assert (conflict["their_reviewer"], conflict["their_status"], conflict["our_status"]) == ("alice", "rejected",
                                                                                              "accepted")
    assert "conflicts  1" in invoke("stats", "--db", str(bob)).output


async def test_conflicts_filter_in_the_review_app_and_a_new_decision_resolves(tmp_path):
    bob = tmp_path / "bob.db"
    with Store.open(bob) as store:
        ids = fill(store, 1, 3)
        store.review(ids[1], "accept", reviewer="bob", status="accepted")
        store.import_review({"id": ids[1], "status": "rejected", "reviewer": "alice"}, "alice.jsonl")
    app = make_app(Store.open(bob), "bob")
    async with app.run_test(size=(140, 40)) as pilot:
        await press(pilot, "f", "7")
        await pilot.pause()
        assert [r["id"] for r in app.review.queue.rows] == [ids[1]]
        assert "alice decided rejected" in str(app.query_one("#fields").render())
        await press(pilot, "x")
        await pilot.pause()
    with Store.open(bob) as store:
        assert store.open_conflicts() == []


def test_bad_lines_and_unknown_ids_are_reported_and_the_rest_imported(tmp_path):
    team = tmp_path / "team.db"
    with Store.open(team) as store:
        ids = fill(store, 1, 2)
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": ids[0], "status": "accepted", "reviewer": "alice"}),
        "{not json",
        json.dumps({"id": "does-not-exist", "status": "accepted", "reviewer": "alice"}),
        json.dumps(["no", "object"]),
        json.dumps({"id": ids[1], "status": "rejected", "reviewer": "alice"}),
    ]), encoding="utf-8")
    result = invoke("import-reviews", str(path), "--db", str(team))
    assert "2 decisions imported" in result.output and "1 unknown claims" in result.output
    assert "in.jsonl:2: malformed line" in result.output and "in.jsonl:3: no claim does-not-exist" in result.output
    assert "in.jsonl:4: malformed line" in result.output


def test_every_field_is_checked_and_a_bad_line_never_stops_the_import(tmp_path):
    team = tmp_path / "team.db"
    with Store.open(team) as store:
        ids = fill(store, 1, 3)
    good = {"id": ids[2], "status": "accepted", "reviewer": "bob", "verdict": "true"}
    bad = [
        {"id": ids[0], "status": "accepted", "content_start": 2 ** 70, "content_end": 2 ** 71},
        {"id": ids[0], "status": "bogus"},
        {"id": ids[0], "status": "accepted", "speaker": ["a", "list"]},
        {"id": ids[0], "status": "accepted", "content_start": 999_999, "content_end": 1_000_000},
        {"id": ids[0], "status": "accepted", "content_start": 10, "content_end": -5},
        {"id": ids[1], "status": "accepted", "note": "x" * 10_001},
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in bad) + "[" * 100_000 + "\n" + json.dumps(good) + "\n",
                    encoding="utf-8")
    result = invoke("import-reviews", str(path), "--db", str(team))
    assert "1 decisions imported" in result.output and "7 malformed lines" in result.output
    for number in range(1, 8):
        assert f"bad.jsonl:{number}: malformed line" in result.output
    assert "Traceback" not in result.output
    statuses = {r["id"]: r["status"] for r in Store.open(team).claims()}
    assert statuses == {ids[0]: "pending", ids[1]: "pending", ids[2]: "accepted"}


def test_importing_the_same_conflicts_again_adds_none(tmp_path):
    alice, team, ids = two_databases(tmp_path, 1, 2)
    with Store.open(alice) as store:
        for claim_id in ids:
            store.review(claim_id, "reject", reviewer="alice", status="rejected")
    with Store.open(team) as store:
        for claim_id in ids:
            store.review(claim_id, "accept", reviewer="bob", status="accepted")
    out = tmp_path / "alice.jsonl"
    invoke("export", "--db", str(alice), "--status", "all", "-o", str(out))
    for _ in range(4):
        invoke("import-reviews", str(out), "--db", str(team))
    assert len(Store.open(team).open_conflicts()) == 2


def _json_values():
    from hypothesis import strategies as st

    scalars = st.none() | st.booleans() | st.integers(min_value=-2 ** 80, max_value=2 ** 80) | \
        st.floats(allow_nan=False) | st.text(max_size=30)
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8),
                                                                                             inner, max_size=3),
                        max_leaves=8)


def test_any_json_values_give_one_line_errors_and_leave_the_database_unchanged(tmp_path_factory):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    base = tmp_path_factory.mktemp("fuzz")
    team = base / "team.db"
    with Store.open(team) as store:
        ids = fill(store, 1, 2)
    keys = ["status", "speaker", "type", "verdict", "note", "reviewer", "reviewed_at", "content_start", "content_end"]

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.dictionaries(st.sampled_from(keys), _json_values(), max_size=6), st.sampled_from(ids))
    def run(fields, claim_id):
        record = {"id": claim_id, **fields}
        path = base / "one.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        before = Store.open(team).claims()
        result = CliRunner().invoke(main, ["import-reviews", str(path), "--db", str(team)])
        assert result.exit_code == 0 and "Traceback" not in result.output, result.output
        if "1 malformed lines" in result.output:
            assert Store.open(team).claims() == before  # a rejected line wrote nothing
            assert len([line for line in result.output.splitlines() if line.startswith("skipped:")]) == 1

    run()
