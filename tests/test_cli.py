from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.store import Store
from tests.conftest import SEEDS


@pytest.fixture
def runner():
    return CliRunner()


def test_every_command_has_help_text(runner):
    for name, command in main.commands.items():
        assert command.help and len(command.help) > 40, name
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and "claimcheck" in result.output


def test_extract_seeds_then_again_adds_nothing(runner, isolated_db):
    result = runner.invoke(main, ["extract", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "6 articles added" in result.output
    with Store.open(isolated_db) as store:
        first = store.stats()
    assert first["articles"] == 6 and first["by_kind"]["quote"] > 20
    again = runner.invoke(main, ["extract", str(SEEDS)])
    assert "0 articles added, 6 already in the database" in again.output
    with Store.open(isolated_db) as store:
        assert store.stats() == first


def test_extract_keeps_the_articles_own_spaces_and_finds_quotes_between_them(runner, tmp_path, isolated_db):
    """No-break spaces inside guillemets are read as spaces; the stored article keeps them and the claim's
    offsets point at the quote in it."""
    text = "La ministre Anne Martin a affirmé lundi que «\u00a0la réforme passera\u202f». Elle\u00a0part."
    (tmp_path / "nbsp.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(tmp_path / "nbsp.txt")])
    assert result.exit_code == 0, result.output
    with Store.open(isolated_db) as store:
        [claim] = [r for r in store.claims() if r["kind"] == "quote"]
        [stored] = [row[0] for row in store.db.execute("select text from articles")]
    assert stored == text
    assert (stored[claim["content_start"]:claim["content_end"]], claim["speaker"]) == ("la réforme passera", "Anne Martin")


def test_extract_reports_bad_files_and_keeps_the_good_ones(runner, tmp_path, isolated_db):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "vide.txt").write_text("")
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "bon.txt").write_text("« Nous ne céderons pas », a déclaré la ministre Anne Martin.", encoding="utf-8")
    (folder / "lot.jsonl").write_text('{"text": "Le maire a annoncé que la piscine rouvrira."}\n{oops\n', encoding="utf-8")
    result = runner.invoke(main, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert "2 articles added" in result.output and "3 skipped" in result.output
    assert "vide.txt: empty file" in result.output
    assert "lot.jsonl:2: malformed JSON" in result.output
    with Store.open(isolated_db) as store:
        speakers = {r["speaker"] for r in store.claims()}
    assert "Anne Martin" in speakers


def test_unsupported_language_is_skipped_with_a_reason(runner, tmp_path):
    path = tmp_path / "en.jsonl"
    path.write_text('{"text": "The minister said no.", "lang": "de"}\n', encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0 and "language 'de' is not supported" in result.output


def test_missing_path_exits_2(runner):
    result = runner.invoke(main, ["extract", "does-not-exist.txt"])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_database_that_is_not_sqlite_is_one_line_error(runner, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("hello" * 1000)
    result = runner.invoke(main, ["stats", "--db", str(bad)])
    assert result.exit_code == 1
    assert "not a claimcheck database" in result.output and "Traceback" not in result.output


def test_export_jsonl_has_the_contract_fields(runner, tmp_path, isolated_db):
    runner.invoke(main, ["extract", str(SEEDS / "000_ccc7afb30bfcc14b.txt")])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["export", "--format", "jsonl", "--status", "all", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows
    for field in ("id", "source", "kind", "type", "content", "content_start", "content_end",
                  "speaker", "mention", "cue", "sentence", "status"):
        assert field in rows[0]
    with Store.open(isolated_db) as store:
        text = store.article(rows[0]["article_id"])["text"]
    for row in rows:
        assert text[row["content_start"]:row["content_end"]] == row["content"]
        assert row["content"] in row["sentence"]
    assert any(r["speaker"] == "Ned Price" for r in rows)


def test_stats_counts_reviews(runner, isolated_db):
    runner.invoke(main, ["extract", str(SEEDS / "000_ccc7afb30bfcc14b.txt")])
    with Store.open(isolated_db) as store:
        first = store.claims()[0]["id"]
        store.review(first, "accept", reviewer="alice", status="accepted")
    result = runner.invoke(main, ["stats", "--json"])
    figures = json.loads(result.output)
    assert figures["by_status"]["accepted"] == 1 and figures["reviewers"] == {"alice": 1}


def test_db_option_overrides_environment(runner, tmp_path):
    other = tmp_path / "other.db"
    runner.invoke(main, ["extract", "--db", str(other), str(SEEDS / "000_ccc7afb30bfcc14b.txt")])
    assert other.exists()


def test_real_subprocess_extract_and_stats(tmp_path):
    env = dict(os.environ, CLAIMCHECK_DB=str(tmp_path / "sub.db"))
    run = subprocess.run([sys.executable, "-m", "claimcheck", "extract", str(SEEDS / "000_ccc7afb30bfcc14b.txt")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "1 article added" in run.stdout
    stats = subprocess.run([sys.executable, "-m", "claimcheck", "stats"], capture_output=True, text=True,
                           env=env, timeout=60)
    assert stats.returncode == 0 and "articles   1" in stats.stdout
    missing = subprocess.run([sys.executable, "-m", "claimcheck", "extract", "nope.txt"], capture_output=True,
                             text=True, env=env, timeout=60)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


@pytest.mark.parametrize("command", [["stats"], ["export"], ["match", "texte"], ["speakers"], ["review"]])
def test_a_read_only_command_never_makes_or_adopts_a_database(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [*command, "--db", str(typo)])
    assert result.exit_code == 1 and "no claimcheck database" in result.output and not typo.exists()
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    result = CliRunner().invoke(main, [*command, "--db", str(foreign)])
    assert result.exit_code == 1 and "is not a claimcheck database" in result.output
    assert foreign.read_bytes() == before and not foreign.with_name("foreign.db-wal").exists()


def test_no_escape_sequence_reaches_the_terminal(tmp_path):
    """A file named with ESC ] 52 (which writes the clipboard), a reviewer named with a colour code,
    a file name with a newline: every line printed shows them visibly, and stays one line."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]52;c;aGk=\x07.txt").write_bytes(b"")
    (folder / "two\nlines.txt").write_bytes(b"")
    db = tmp_path / "t.db"
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", str(db)])
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert sum("two" in line and "lines.txt" in line for line in result.output.splitlines()) == 1
    with Store.open(db) as store:
        fill_one = store.add_article
        from tests.conftest import make_article, quote_claim

        text = "« \x1b[31mRouge\x1b[0m », a déclaré Ned Price."
        fill_one(make_article(text), [quote_claim(text, text[2:text.index(" »")])], "test")
        (claim,) = store.claims()
        store.review(claim["id"], "accept", reviewer="\x1b[5mmallory", status="accepted", verdict="false")
    for command in (["stats"], ["speakers"], ["match", "Rouge"], ["export", "--format", "markdown"],
                    ["export", "--format", "csv"]):
        shown = CliRunner().invoke(main, [*command, "--db", str(db)]).output
        assert "\x1b" not in shown, command
