"""An archive in shards on a real Dask LocalCluster (worker processes), against plain `extract`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ("The council approved the budget on Monday. \"We will not raise taxes this year,\" the mayor, Jane Porter, "
           "told reporters. She said the city had saved 4 million dollars since 2022.")


def claims_of(db: Path) -> list[tuple]:
    """Every claim with everything the extractor decided, keyed by its article's text hash."""
    conn = sqlite3.connect(db)
    return sorted(conn.execute(
        "SELECT a.id, c.position, c.kind, c.type, c.content_start, c.content_end, c.sentence_start, c.speaker,"
        " c.speaker_kind, c.mention_start, c.cue_start, c.confidence, c.checkworthiness, c.reasons, c.candidates"
        " FROM claims c JOIN articles a ON a.id = c.article_id"))


def article_order(db: Path) -> list[str]:
    return [row[0] for row in sqlite3.connect(db).execute("SELECT id FROM articles ORDER BY seq")]


def invoke(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The six French seed articles, then an English one in the middle: 7 articles, 4 shards of 2."""
    folder = tmp_path_factory.mktemp("archive")
    for i, seed in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        (folder / f"{i}{'a' if i < 3 else 'c'}_{seed.name}").write_bytes(seed.read_bytes())
    (folder / "2b_english.jsonl").write_text(json.dumps({"text": ENGLISH, "lang": "en", "title": "Budget"}) + "\n")
    return folder


@pytest.fixture(scope="module")
def direct(tmp_path_factory, archive) -> Path:
    db = tmp_path_factory.mktemp("direct") / "direct.db"
    assert invoke("extract", archive, "--db", db).exit_code == 0
    return db


@pytest.fixture(scope="module")
def sharded(tmp_path_factory, archive) -> Path:
    out = tmp_path_factory.mktemp("shards") / "out"
    result = invoke("extract-shards", archive, "--out", out, "--local", 2, "--shard-size", 2)
    assert result.exit_code == 0, result.output
    assert "4 shards extracted, 0 already done, 0 failed" in result.output
    return out


def test_shards_give_exactly_the_claims_of_extract_and_import_twice_adds_nothing(sharded, direct, tmp_path):
    db = tmp_path / "desk.db"
    first = invoke("import-shards", sharded, "--db", db)
    assert f"7 articles added ({len(claims_of(direct))} claims)" in first.output
    assert claims_of(db) == claims_of(direct)
    assert article_order(db) == article_order(direct)  # in input order, the English article in its place
    again = invoke("import-shards", sharded, "--db", db)
    assert "0 articles added (0 claims), 7 already in the database" in again.output
    assert claims_of(db) == claims_of(direct)
    manifest = json.loads((sharded / "shard-00001" / "manifest.json").read_text())
    assert manifest["articles"] == 2 and set(manifest["pipelines"]) == {"fr", "en"}


def test_running_again_skips_finished_shards_and_redoes_a_half_written_one(sharded, direct, archive, tmp_path):
    (sharded / "shard-00001" / "manifest.json").unlink()  # the folder of a shard that never finished
    result = invoke("extract-shards", archive, "--out", sharded, "--local", 1, "--shard-size", 2)
    assert "1 shards extracted, 3 already done, 0 failed" in result.output
    db = tmp_path / "desk.db"
    invoke("import-shards", sharded, "--db", db)
    assert claims_of(db) == claims_of(direct)


def test_a_shard_from_another_extractor_version_is_reported(sharded, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    os.symlink(sharded / "shard-00000", other / "shard-00000")
    copy = other / "shard-00002"
    copy.mkdir()
    for name in ("articles.parquet", "claims.parquet"):
        (copy / name).write_bytes((sharded / "shard-00002" / name).read_bytes())
    manifest = json.loads((sharded / "shard-00002" / "manifest.json").read_text()) | {"extractor": "0.0.1"}
    (copy / "manifest.json").write_text(json.dumps(manifest))
    db = tmp_path / "desk.db"
    result = CliRunner().invoke(main, ["import-shards", str(other), "--db", str(db)])
    assert "shard-00002: extracted by claimcheck" in result.stderr and "extractor 0.0.1" in result.stderr
    assert "left out" in result.stderr and "2 articles added" in result.stdout
    taken = CliRunner().invoke(main, ["import-shards", str(other), "--db", str(db), "--any-version"])
    assert "2 articles added" in taken.stdout


def test_import_filters_and_a_sample_that_stays_the_same(sharded, tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    assert "3 articles added" in invoke("import-shards", sharded, "--db", first, "--sample", 3).output
    invoke("import-shards", sharded, "--db", second, "--sample", 3)
    assert claims_of(first) == claims_of(second)
    assert "1 articles added" in invoke("import-shards", sharded, "--db", tmp_path / "c.db", "--lang", "en").output
    assert "0 articles added" in invoke("import-shards", sharded, "--db", tmp_path / "d.db",
                                        "--since", "2100-01").output


def run_in_background(archive: Path, out: Path, local: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "claimcheck", "extract-shards", str(archive), "--out", str(out),
                             "--local", str(local), "--shard-size", "1"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_for_manifests(out: Path, count: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while len(list(out.glob("shard-*/manifest.json"))) < count:
        assert process.poll() is None, process.stdout.read()
        assert time.monotonic() < deadline, "no shard finished in time"
        time.sleep(0.05)


def test_a_worker_killed_mid_run_costs_only_its_shard(tmp_path, direct, archive):
    psutil = pytest.importorskip("psutil")
    out = tmp_path / "out"
    process = run_in_background(archive, out, local=2)
    wait_for_manifests(out, 1, process)
    workers = [p for p in psutil.Process(process.pid).children(recursive=True)
               if "spawn_main" in " ".join(p.cmdline()) and not p.children()]
    assert workers, "no worker process found"
    workers[0].kill()  # a worker dies in the middle of its shard; Dask gives the shard to another
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    assert "0 failed" in output
    db = tmp_path / "desk.db"
    invoke("import-shards", out, "--db", db)
    assert claims_of(db) == claims_of(direct)


def test_a_killed_run_is_finished_by_the_same_command(tmp_path, direct, archive):
    out = tmp_path / "out"
    process = run_in_background(archive, out, local=1)
    wait_for_manifests(out, 2, process)
    os.killpg(process.pid, signal.SIGKILL)  # the client, the cluster and its workers: a lost machine
    process.wait()
    finished = len(list(out.glob("shard-*/manifest.json")))
    assert 2 <= finished < 7
    result = invoke("extract-shards", archive, "--out", out, "--local", 1, "--shard-size", 1)
    assert f"{7 - finished} shards extracted, {finished} already done, 0 failed" in result.output
    db = tmp_path / "desk.db"
    invoke("import-shards", out, "--db", db)
    assert claims_of(db) == claims_of(direct)


def test_without_dask_extract_shards_says_how_to_install_it(tmp_path, archive):
    code = ("import sys; sys.modules['dask'] = sys.modules['dask.distributed'] = None\n"
            "from claimcheck.cli import main\n"
            f"main(['extract-shards', {str(archive)!r}, '--out', {str(tmp_path / 'out')!r}])")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip() == "Error: shards need Dask and pyarrow: pip install 'claimcheck[cluster]'"
