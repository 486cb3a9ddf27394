from __future__ import annotations

import json

import pytest

from claimcheck.ingest import MAX_ARTICLE_BYTES, Problem, read_articles, read_file
from claimcheck.model import Article, content_hash


def items(path):
    return list(read_file(path))


def test_sample_format_gives_title_date_and_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(' date 2022-01 "Un titre"\n\nPremier paragraphe.\n\nSecond.\n', encoding="utf-8")
    (article,) = items(path)
    assert article.title == "Un titre"
    assert article.date == "2022-01"
    assert article.text.startswith("Premier paragraphe.")


def test_plain_text_takes_its_title_from_the_file_name(tmp_path):
    path = tmp_path / "crise_au_kazakhstan.txt"
    path.write_text("Le texte.", encoding="utf-8")
    (article,) = items(path)
    assert article.title == "crise au kazakhstan"
    assert article.text == "Le texte."


def test_empty_file_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "vide.txt"
    path.write_text("  \n\n", encoding="utf-8")
    (problem,) = items(path)
    assert isinstance(problem, Problem) and problem.skipped and "empty" in problem.reason


def test_binary_file_is_skipped(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (problem,) = items(path)
    assert isinstance(problem, Problem) and "binary" in problem.reason


def test_cp1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "ancien.txt"
    path.write_bytes("Le ministre a déclaré : « C’est réglé ».".encode("cp1252"))
    warning, article = items(path)
    assert isinstance(warning, Problem) and not warning.skipped and "cp1252" in warning.reason
    assert article.text == "Le ministre a déclaré : « C’est réglé »."


def test_malformed_header_is_reported_with_its_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('date 2022 sans titre\n\nTexte.', encoding="utf-8")
    (problem,) = items(path)
    assert problem.line == 1 and "header" in problem.reason
    assert "a.txt:1" in str(problem)


def test_too_large_article_is_skipped(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("mot " * (MAX_ARTICLE_BYTES // 4 + 10), encoding="utf-8")
    (problem,) = items(path)
    assert "too large" in problem.reason


def test_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path):
    path = tmp_path / "lot.jsonl"
    lines = [
        json.dumps({"text": "Premier article.", "title": "Un", "url": "https://example.org/1", "lang": "fr"}),
        "{pas du json",
        json.dumps({"title": "sans texte"}),
        json.dumps(["une", "liste"]),
        "",
        json.dumps({"text": "Second article.", "id": 42}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    got = items(path)
    articles = [i for i in got if isinstance(i, Article)]
    problems = [i for i in got if isinstance(i, Problem)]
    assert [a.text for a in articles] == ["Premier article.", "Second article."]
    assert articles[0].url == "https://example.org/1" and articles[1].external_id == "42"
    assert [p.line for p in problems] == [2, 3, 4]
    assert "malformed JSON" in problems[0].reason


def test_html_main_text_is_extracted(tmp_path):
    path = tmp_path / "page.html"
    body = "".join(f"<p>Le ministre a déclaré que la réforme serait votée avant l'été, paragraphe {i}.</p>" for i in range(8))
    path.write_text(
        f"<html><head><title>Réforme</title><script>alert('x')</script></head>"
        f"<body><nav>Menu Accueil</nav><article><h1>Réforme</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    (article,) = items(path)
    assert "Le ministre a déclaré" in article.text
    assert "alert" not in article.text


def test_folders_are_read_recursively_and_other_files_ignored(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "un.txt").write_text("Un.", encoding="utf-8")
    (tmp_path / "a" / "b" / "deux.txt").write_text("Deux.", encoding="utf-8")
    (tmp_path / "a" / "notes.tsv").write_text("x\ty", encoding="utf-8")
    texts = sorted(a.text for a in read_articles([tmp_path / "a"]))
    assert texts == ["Deux.", "Un."]


def test_identity_ignores_whitespace_and_line_endings():
    assert content_hash("Un  texte\r\nici") == content_hash("Un texte\nici")
    assert Article(text="a\r\nb", source="x").text == "a\nb"


@pytest.mark.parametrize("name", ["avec espace.txt", "accentué é.txt", "shell $(rm -rf) ; & |.txt"])
def test_awkward_file_names(tmp_path, name):
    path = tmp_path / name
    path.write_text("Le texte.", encoding="utf-8")
    (article,) = items(path)
    assert article.source == str(path)


def test_a_pipe_or_a_device_is_skipped_not_read(tmp_path):
    import os
    from pathlib import Path

    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    for path in (fifo, Path("/dev/zero")):  # /dev/zero would be read until memory runs out
        (problem,) = items(path)
        assert isinstance(problem, Problem) and "not a regular file" in problem.reason


def test_a_huge_line_or_deep_json_is_one_problem_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    with path.open("wb") as out:
        out.write(b'{"text": "' + b"x" * (MAX_ARTICLE_BYTES + 10_000) + b'"}\n')  # read a chunk at a time
        out.write(b"[" * 500_000 + b"\n")
        out.write(json.dumps({"text": "Le texte qui reste."}).encode() + b"\n")
    first, second, third = items(path)
    assert isinstance(first, Problem) and "line too large" in first.reason and first.line == 1
    assert isinstance(second, Problem) and "nested too deeply" in second.reason and second.line == 2
    assert isinstance(third, Article) and third.text == "Le texte qui reste."


def test_a_link_to_a_folder_is_said_and_not_followed(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Un texte.", encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)  # would loop forever if followed
    found = list(read_articles([folder]))
    assert [a.text for a in found if isinstance(a, Article)] == ["Un texte."]
    (problem,) = [p for p in found if isinstance(p, Problem)]
    assert problem.source.endswith("loop") and "not followed" in problem.reason


def test_the_same_text_twice_in_one_input_is_said_as_such(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("« Nous tiendrons », a déclaré Anne Martin.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", str(tmp_path / "t.db")])
    assert "1 article added, 0 already in the database, 1 skipped" in result.output
    assert "b.txt: the same text as an article earlier in this input" in result.output


def test_a_folder_that_cannot_be_read_is_said(tmp_path, monkeypatch):
    """As root every folder reads, so the refusal the system gives a user is made here."""
    import errno
    import os

    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text("Un texte.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(read_articles([folder]))
    assert [a.text for a in found if isinstance(a, Article)] == ["Un texte."]
    (problem,) = [p for p in found if isinstance(p, Problem)]
    assert problem.source.endswith("locked") and "folder not read: Permission denied" in problem.reason


@pytest.fixture
def web(tmp_path, local_only):
    """A local web server over a folder (requests to localhost only, no proxy in the way)."""
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_articles_from_the_web(web, tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main
    from claimcheck.store import Store

    site, base = web
    body = "".join(f"<p>Le ministre a déclaré que la réforme serait votée avant l'été, paragraphe {i}.</p>"
                   for i in range(8))
    (site / "article.html").write_text(
        f"<html><head><title>Réforme des retraites</title></head><body><article><h1>Réforme des retraites</h1>"
        f"{body}</article></body></html>", encoding="utf-8")
    (site / "empty.html").write_text("<html><head><title>Accueil</title></head><body></body></html>",
                                     encoding="utf-8")
    (site / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (site / "huge.html").write_text("<html><body>" + "<p>Un paragraphe de plus.</p>" * 80_000 + "</body></html>",
                                    encoding="utf-8")
    db = tmp_path / "web.db"
    result = CliRunner().invoke(main, ["extract", f"{base}/article.html", f"{base}/missing.html", f"{base}/empty.html",
                                       f"{base}/photo.png", f"{base}/huge.html", "http://127.0.0.1:9/refused.html",
                                       "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"skipped: {base}/missing.html: cannot fetch: HTTP 404" in result.output
    assert f"skipped: {base}/empty.html: no article text found in the HTML" in result.output
    assert f"skipped: {base}/photo.png: not a web page (image/png)" in result.output
    assert f"skipped: {base}/huge.html: too large (over 2 MB)" in result.output
    assert "skipped: http://127.0.0.1:9/refused.html: cannot fetch:" in result.output
    assert "1 article added" in result.output and "5 skipped" in result.output
    with Store.open(db) as store:
        (row,) = store._query("SELECT source, url, title FROM articles")
    assert row == {"source": f"{base}/article.html", "url": f"{base}/article.html", "title": "Réforme des retraites"}
