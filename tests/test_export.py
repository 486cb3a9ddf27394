"""Each export format read back by a parser: JSON lines, CSV, ClaimReview JSON-LD, Markdown."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.exporting import RATING_SCALE
from claimcheck.store import Store
from tests.conftest import fill, make_article, quote_claim, with_statements


@pytest.fixture
def reviewed(tmp_path):
    """Six claims: accepted, corrected (new speaker, verdict, note), rejected, three pending."""
    path = tmp_path / "export.db"
    with Store.open(path) as store:
        ids = fill(store, 2, 3)
        store.review(ids[0], "accept", reviewer="alice", status="accepted", verdict="false")
        store.review(ids[1], "correct-speaker", reviewer="bob", status="corrected", speaker="Antony Blinken",
                     verdict="mostly true", note='Vérifié ; "source" AFP,\nligne 2')
        store.review(ids[2], "reject", reviewer="alice", status="rejected")
    return path, ids


def run(path, *args):
    result = CliRunner().invoke(main, ["export", "--db", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_default_is_the_verified_claims(reviewed):
    path, ids = reviewed
    rows = [json.loads(line) for line in run(path).splitlines()]
    assert [r["id"] for r in rows] == ids[:2]
    assert rows[1]["speaker"] == "Antony Blinken" and rows[1]["extracted_speaker"] == "Ned Price"
    assert rows[1]["status"] == "corrected" and rows[1]["reviewer"] == "bob" and rows[1]["reviewed_at"]
    assert {r["id"] for r in map(json.loads, run(path, "--status", "all").splitlines())} == set(ids)
    assert [json.loads(x)["id"] for x in run(path, "--status", "rejected").splitlines()] == [ids[2]]


def test_csv_reads_back_as_the_jsonl_rows(reviewed, tmp_path):
    path, _ = reviewed
    out = tmp_path / "claims.csv"
    run(path, "--format", "csv", "--status", "all", "-o", str(out))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        from_csv = list(csv.DictReader(handle))
    from_jsonl = [json.loads(line) for line in run(path, "--status", "all").splitlines()]
    assert len(from_csv) == len(from_jsonl) == 6
    for c, j in zip(from_csv, from_jsonl, strict=True):
        expected = {k: ("" if v is None else ";".join(v) if isinstance(v, list) else str(v)) for k, v in j.items()}
        assert c == expected
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8


def test_claimreview_has_every_required_property(reviewed):
    path, ids = reviewed
    reviews = json.loads(run(path, "--format", "claimreview", "--org", "Desk",
                             "--url-template", "https://desk.example/checks/{id}"))
    assert len(reviews) == 2  # only claims with a verdict
    first, second = reviews
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        for key in ("claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url"):
            assert key in review, key
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["author"]["@type"] in ("Person", "Organization")
        assert review["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
        assert review["author"] == {"@type": "Organization", "name": "Desk"}
    assert first["url"] == f"https://desk.example/checks/{ids[0]}"
    assert first["reviewRating"] == {"@type": "Rating", "alternateName": "false", "ratingValue": 1,
                                     "bestRating": 5, "worstRating": 1}
    assert second["reviewRating"]["ratingValue"] == RATING_SCALE["mostly true"]
    assert second["itemReviewed"]["author"]["name"] == "Antony Blinken"
    assert second["reviewBody"].startswith("Vérifié")


def test_markdown_report_marks_corrections(reviewed):
    path, _ = reviewed
    report = run(path, "--format", "markdown")
    assert report.startswith("# claimcheck report")
    assert report.count("\n## ") == 1  # both verified claims come from the first article
    assert "**Antony Blinken (corrected; extracted: Ned Price)**" in report
    assert "verdict: **false**" in report and "Note: Vérifié" in report


def test_filters(reviewed):
    path, ids = reviewed
    assert len(run(path, "--status", "all", "--speaker", "ned price").splitlines()) == 5
    assert len(run(path, "--status", "all", "--reviewer", "alice").splitlines()) == 2
    assert len(run(path, "--status", "all", "--article", "article-1.txt").splitlines()) == 3
    assert run(path, "--kind", "statement") == ""


def test_markup_and_newlines_in_text_cannot_break_the_markdown(tmp_path):
    path = tmp_path / "md.db"
    text = "« # Titre\n\n* liste [lien](http://x) » a déclaré Ned Price."
    with Store.open(path) as store:
        store.add_article(make_article(text), [quote_claim(text, text[2:text.index(" »")], mention="Ned Price")], "t")
        claim_id = store.claims()[0]["id"]
        store.review(claim_id, "accept", reviewer="a", status="accepted")
    report = run(path, "--format", "markdown")
    assert "> \\# Titre \\* liste \\[lien\\](http://x)" in report


def test_bad_url_template_is_a_clear_error(reviewed):
    path, _ = reviewed
    result = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "claimreview",
                                       "--url-template", "https://x/{claim}"])
    assert result.exit_code == 2 and "{id}" in result.output



def test_a_statement_says_why_it_is_check_worthy(tmp_path, nlp):
    from claimcheck.pipeline import run_extraction

    path = tmp_path / "statements.db"
    article = tmp_path / "chomage.txt"
    article.write_text("Le chômage a reculé de 2,5 % en 2023, son plus bas niveau depuis 2008.\n", encoding="utf-8")
    with Store.open(path) as store:
        run_extraction(store, [article], nlp=nlp)
        (claim,) = [c for c in store.claims() if c["kind"] == "statement"]
        store.review(claim["id"], "accept", reviewer="alice", status="accepted")
    report = run(path, "--format", "markdown")
    assert "unknown speaker" not in report
    assert "- Statement, check-worthiness" in report and "percentage" in report


def test_statements_above_a_check_worthiness(tmp_path):
    path = tmp_path / "statements.db"
    with Store.open(path) as store:
        quote, low, high, middle = with_statements(store, [0.35, 0.95, 0.7])
    rows = [json.loads(line) for line in run(path, "--status", "all", "--min-checkworthiness", "0.7").splitlines()]
    assert [r["id"] for r in rows] == [high, middle]  # article order; the quote has no check-worthiness
    both = run(path, "--status", "all", "--kind", "statement", "--min-checkworthiness", "0", "--format", "csv")
    assert len(list(csv.DictReader(both.splitlines()))) == 3
    refused = CliRunner().invoke(main, ["export", "--db", str(path), "--min-checkworthiness", "1.5"])
    assert refused.exit_code == 2 and "1.5 is not in the range 0<=x<=1" in refused.output


def test_the_export_never_overwrites_the_database(reviewed, tmp_path):
    path, _ = reviewed
    size = path.stat().st_size
    link = tmp_path / "link.jsonl"
    link.symlink_to(path)
    for target in (path, link):
        result = CliRunner().invoke(main, ["export", "--db", str(path), "--status", "all", "-o", str(target)])
        assert result.exit_code == 1 and "is the database" in result.output
    assert path.stat().st_size == size and len(run(path, "--status", "all").splitlines()) == 6


def test_a_failed_export_leaves_the_previous_file_as_it_was(reviewed, tmp_path, monkeypatch):
    import errno

    from claimcheck import exporting

    path, _ = reviewed
    out = tmp_path / "claims.jsonl"
    run(path, "-o", str(out))
    before = out.read_text(encoding="utf-8")

    def full_disk(rows, handle):
        handle.write("{partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(exporting.WRITERS, "jsonl", full_disk)
    result = CliRunner().invoke(main, ["export", "--db", str(path), "-o", str(out)])
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert out.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_export_to_a_full_device_is_one_line(reviewed):
    import subprocess
    import sys

    path, _ = reviewed
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "claimcheck", "export", "--db", str(path), "--status", "all"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "No space left on device" in done.stderr


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path):
    import csv
    import io

    path = tmp_path / "formula.db"
    text = "« +cmd|' /C calc'!A0 », a déclaré Ned Price."
    with Store.open(path) as store:
        store.add_article(make_article(text), [quote_claim(text, "+cmd|' /C calc'!A0")], "test")
        (claim,) = store.claims()
        store.review(claim["id"], "accept", reviewer="alice", status="accepted", verdict="<script>x</script>",
                     note="=1+1")
    rows = list(csv.DictReader(io.StringIO(run(path, "--format", "csv"))))
    assert rows[0]["content"] == "'+cmd|' /C calc'!A0" and rows[0]["note"] == "'=1+1"
    raw = list(csv.DictReader(io.StringIO(run(path, "--format", "csv", "--csv-formulas"))))
    assert raw[0]["content"] == "+cmd|' /C calc'!A0" and raw[0]["note"] == "=1+1"
    report = run(path, "--format", "markdown")
    assert "<script>" not in report and "\\<script\\>" in report


def test_filters_take_their_words_literally_and_fold_any_case(tmp_path):
    path = tmp_path / "filters.db"
    text = "« Nous tiendrons », a déclaré Beata Szydło."
    with Store.open(path) as store:
        store.add_article(make_article(text, source="polska_2017.txt"),
                          [quote_claim(text, "Nous tiendrons", speaker="Beata Szydło", mention="Beata Szydło")], "test")
        fill(store, 1, 2)
    assert len(run(path, "--status", "all", "--speaker", "BEATA SZYDŁO").splitlines()) == 1
    assert len(run(path, "--status", "all", "--article", "_2017").splitlines()) == 1
    assert run(path, "--status", "all", "--article", "%") == ""  # not a wildcard
    assert len(run(path, "--status", "all", "--article", "_").splitlines()) == 1  # only the name that has one
