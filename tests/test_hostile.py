"""Hostile input: ingest never raises, whatever the bytes; huge and odd files are reported."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from claimcheck.ingest import MAX_ARTICLE_BYTES, Problem, read_file
from claimcheck.model import Article
from claimcheck.store import Store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_any_bytes_give_articles_or_problems(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    for item in read_file(path):
        assert isinstance(item, (Article, Problem))


def test_a_100_mb_jsonl_line_is_skipped_and_the_next_line_kept(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"text": "' + "x" * (100 * 1024 * 1024) + '"}\n')
        handle.write(json.dumps({"text": "Le maire a annoncé que la piscine rouvrira."}) + "\n")
    items = list(read_file(path))
    assert isinstance(items[0], Problem) and items[0].line == 1 and "too large" in items[0].reason
    assert isinstance(items[1], Article)
    assert MAX_ARTICLE_BYTES < 100 * 1024 * 1024


def test_html_with_scripts_and_a_huge_table(tmp_path):
    rows = "".join(f"<tr><td>{i}</td><td>cellule {i}</td></tr>" for i in range(20_000))
    article = "".join(f"<p>Le ministre a déclaré que la réforme serait votée, paragraphe {i}.</p>" for i in range(10))
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><script>document.write('<p>piège</p>')</script></head><body>"
                    f"<article>{article}</article><table>{rows}</table>"
                    f"<script>alert(1)</script></body></html>", encoding="utf-8")
    items = list(read_file(path))
    assert all(isinstance(i, (Article, Problem)) for i in items)
    texts = [i.text for i in items if isinstance(i, Article)]
    assert not texts or ("alert(1)" not in texts[0] and "piège" not in texts[0])


def test_two_review_processes_lose_and_duplicate_nothing(tmp_path):
    path = tmp_path / "shared.db"
    from tests.conftest import fill

    with Store.open(path) as store:
        ids = fill(store, 10, 30)
    script = (
        "import sys\n"
        "from claimcheck.store import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "session = store.start_session(sys.argv[2])\n"
        "ids = [r['id'] for r in store.claims()]\n"
        "for claim_id in ids:\n"
        "    store.review(claim_id, 'note', reviewer=sys.argv[2], session_id=session, note=sys.argv[2])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), name]) for name in ("alice", "bob")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    with Store.open(path) as store:
        counts = store.stats()["reviewers"]
        duplicates = store.conn.execute(
            "SELECT COUNT(*) FROM (SELECT claim_id, reviewer FROM reviews GROUP BY 1, 2 HAVING COUNT(*) > 1)"
        ).fetchone()[0]
    assert counts == {"alice": len(ids), "bob": len(ids)} and len(ids) == 300
    assert duplicates == 0
