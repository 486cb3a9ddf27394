"""`claimcheck browse`: the database in Datasette, read-only, with the shipped titles, facets and queries."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from claimcheck.store import Store
from tests.conftest import fill, free_port

pytest.importorskip("datasette")


def get(url: str) -> dict | list:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


def test_browse_serves_the_canned_queries_read_only(tmp_path, local_only):
    path = tmp_path / "desk.db"
    with Store.open(path) as store:
        ids = fill(store, 2, 3)
        store.review(ids[0], "accept", reviewer="alice", status="accepted", verdict="false")
        store.review(ids[1], "correct-speaker", reviewer="bob", status="corrected", speaker="Antony Blinken")
        store.review(ids[2], "reject", reviewer="alice", status="rejected")
    port = free_port()
    command = shutil.which("claimcheck") or sys.executable
    args = [command] + ([] if command.endswith("claimcheck") else ["-m", "claimcheck"])
    server = subprocess.Popen([*args, "browse", "--db", str(path), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/desk"
    try:
        for _ in range(100):
            try:
                get(f"{base}.json")
                break
            except OSError:
                time.sleep(0.2)
        by_speaker = get(f"{base}/verified_claims_by_speaker.json?_shape=array")
        assert by_speaker == [{"speaker": "Antony Blinken", "verified_quotes": 1, "corrected": 1},
                              {"speaker": "Ned Price", "verified_quotes": 1, "corrected": 0}]
        assert get(f"{base}/corrections_by_reviewer.json?_shape=array") == [
            {"reviewer": "alice", "decisions": 2, "corrections": 0, "rejections": 1},
            {"reviewer": "bob", "decisions": 1, "corrections": 1, "rejections": 0}]
        assert get(f"{base}/claims_by_verdict.json?_shape=array") == [{"verdict": "false", "claims": 1}]
        table = get(f"{base}/claims_current.json?_size=1")
        facets = table["facet_results"]
        assert {"status", "speaker", "verdict"} <= set(facets.get("results", facets))
        with pytest.raises(urllib.error.HTTPError):
            get(f"{base}.json?sql=DELETE+FROM+reviews")
    finally:
        server.terminate()
        server.wait(timeout=10)
    # the Datasette server went with `claimcheck browse`: nothing answers on the port any more
    for _ in range(50):
        try:
            get(f"{base}.json")
        except OSError:
            break
        time.sleep(0.2)
    else:
        pytest.fail("the Datasette server outlived `claimcheck browse`")
    with Store.open(path) as store:
        assert store._query("SELECT COUNT(*) AS n FROM reviews")[0]["n"] == 3


def test_browse_refuses_a_file_that_is_not_a_claimcheck_database(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    result = CliRunner().invoke(main, ["browse", "--db", str(other)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    missing = CliRunner().invoke(main, ["browse", "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 1 and not (tmp_path / "nope.db").exists()
