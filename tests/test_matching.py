from __future__ import annotations

import json

from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.matching import normalize, rank, search_terms, similarity
from claimcheck.review.app import make_app
from claimcheck.store import Store
from tests.conftest import corrected_then_extracted, make_article, press, quote_claim


def test_similarity_prefers_the_same_words_in_the_same_order():
    base = "Les Etats-Unis surveillent toute éventuelle violation des droits humains"
    assert similarity(base, "les États-Unis surveillent toute éventuelle violation des droits humains.") == 100
    reordered = similarity(base, "toute violation des droits humains est surveillée par les Etats-Unis")
    unrelated = similarity(base, "Le budget sera voté en mars par l'Assemblée nationale")
    assert 100 > reordered > unrelated
    assert similarity(base, "") == 0


def test_search_terms_keep_distinctive_words():
    terms = search_terms("Nous surveillons aussi tout acte qui puisse jeter les bases d'une prise de contrôle")
    assert "surveillons" in terms and "controle" in terms and "les" not in terms and "qui" not in terms
    assert normalize("Éventuelle, VIOLATION !") == "eventuelle violation"


def test_rank_orders_by_score_and_applies_the_cutoff():
    rows = [
        {"id": "a", "content": "Le chômage a baissé de 2 % en un an", "status": "accepted", "verdict": "false"},
        {"id": "b", "content": "Le chômage a baissé de 2 % en une seule année", "status": "accepted", "verdict": "true"},
        {"id": "c", "content": "La météo sera clémente demain", "status": "rejected", "verdict": None},
    ]
    found = rank("Le chômage a baissé de 2 % en un an", rows)
    assert [m.claim_id for m in found] == ["a", "b"] and found[0].score == 100


def stored(tmp_path):
    path = tmp_path / "m.db"
    with Store.open(path) as store:
        first = "« Les Etats-Unis surveillent toute éventuelle violation des droits humains », a déclaré Ned Price."
        second = ("Deux jours plus tard. « Les Etats-Unis surveillent toute violation des droits humains », "
                  "a répété Ned Price.")
        for n, text in enumerate((first, second)):
            content = text[text.index("« ") + 2:text.index(" »")]
            store.add_article(make_article(text, source=f"{n}.txt", title=f"Article {n}"),
                              [quote_claim(text, content, mention="Ned Price")], "t")
        old, new = [r["id"] for r in store.claims()]
        store.review(old, "accept", reviewer="alice", status="accepted", verdict="misleading", note="contexte")
    return path, old, new


def test_match_command_lists_reviewed_claims(tmp_path):
    path, old, _ = stored(tmp_path)
    result = CliRunner().invoke(main, ["match", "--db", str(path), "--json",
                                       "Les États-Unis surveillent toute violation des droits humains"])
    assert result.exit_code == 0, result.output
    (found,) = json.loads(result.output)
    assert found["claim_id"] == old and found["verdict"] == "misleading" and found["score"] > 75
    none = CliRunner().invoke(main, ["match", "--db", str(path), "Le budget sera voté en mars"])
    assert "no reviewed claim" in none.output


async def test_review_app_shows_seen_before_and_applies_it(tmp_path):
    path, old, new = stored(tmp_path)
    app = make_app(Store.open(path), "bob")
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.review.queue.current_id == new
        assert app.review.seen is not None and app.review.seen.claim_id == old
        assert "seen before" in str(app.query_one("#fields").render())
        await press(pilot, "p")
        await pilot.pause()
    with Store.open(path) as store:
        row = next(r for r in store.claims() if r["id"] == new)
    assert (row["status"], row["verdict"], row["note"], row["reviewer"]) == ("accepted", "misleading", "contexte", "bob")


def test_speakers_list_and_merge(tmp_path):
    path, old, new = stored(tmp_path)
    with Store.open(path) as store:
        store.review(new, "correct-speaker", reviewer="a", status="corrected", speaker="Price")
    runner = CliRunner()
    listed = runner.invoke(main, ["speakers", "--db", str(path)])
    assert listed.exit_code == 0 and "Ned Price" in listed.output and "Price" in listed.output
    merged = runner.invoke(main, ["speakers", "--db", str(path), "merge", "Ned Price", "Price"])
    assert merged.exit_code == 0, merged.output
    with Store.open(path) as store:
        assert {r["speaker"] for r in store.claims()} == {"Ned Price"}
        (person,) = [r for r in store.speakers() if r["name"] == "Ned Price"]
        assert person["claims"] == 2 and "Price" in person["aliases"]
        assert store.alias_map()["Price"] == "Ned Price"
        log = store._query("SELECT action FROM reviews ORDER BY id")
    assert [r["action"] for r in log] == ["accept", "correct-speaker", "merge-speaker"]


def test_a_correction_teaches_the_next_extraction(tmp_path, nlp):
    speakers = corrected_then_extracted(tmp_path, nlp, "« Nous surveillons la frontière », a déclaré Kirby.",
                                        "« Rien ne change pour nous », a affirmé Kirby mardi.", "John Kirby")
    assert speakers == ["John Kirby"]


def test_registry_names_people_across_articles(nlp):
    from claimcheck.extract import extract

    known = {"Ned Price": "Ned Price", "États-Unis": "États-Unis", "Anne Martin": "Anne Martin",
             "Paul Martin": "Paul Martin"}
    text = "« Nous surveillons », a déclaré Price. Les Etats-Unis estiment que la crise est grave."
    speakers = [c.speaker for c in extract(nlp(text), "fr", known) if c.kind == "quote"]
    assert speakers == ["Ned Price", "États-Unis"]
    # a surname two known people share names nobody in particular
    ambiguous = "« Rien ne change », a affirmé Martin."
    assert [c.speaker for c in extract(nlp(ambiguous), "fr", known)] == ["Martin"]


def test_the_cli_cutoff_is_the_measured_one():
    """`claimcheck match` and the review app's `seen before` draw the line at the same place."""
    from claimcheck.cli import match
    from claimcheck.matching import DEFAULT_CUTOFF

    assert next(p for p in match.params if p.name == "cutoff").default == DEFAULT_CUTOFF


def test_every_pending_claim_is_linked_to_the_closest_reviewed_one(tmp_path):
    db = tmp_path / "m.db"
    said = "Nous surveillons de près toute éventuelle violation des droits humains au Kazakhstan"
    texts = {
        "reviewed": f"« {said} », a déclaré Ned Price.",
        "reprinted": f"« {said.replace('de près', 'attentivement')} », a répété Ned Price.",
        "other": "« Le budget de la culture sera voté en mars par les députés », a dit Anne Martin.",
    }
    with Store.open(db) as store:
        for name, text in texts.items():
            content = text.split("« ")[1].split(" »")[0]
            store.add_article(make_article(text, source=f"{name}.txt"), [quote_claim(text, content)], "test")
        (reviewed,) = [r["id"] for r in store.claims() if r["source"] == "reviewed.txt"]
        store.review(reviewed, "accept", reviewer="alice", status="accepted", verdict="true")
    out = tmp_path / "links.jsonl"
    for workers in ("1", "2"):
        result = CliRunner().invoke(main, ["match", "--pending", "--db", str(db), "--workers", workers, "-o", str(out)])
        assert result.exit_code == 0, result.output
        (link,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert link["content"].startswith("Nous surveillons attentivement")
        assert link["match"]["claim_id"] == reviewed and link["match"]["verdict"] == "true"
        assert link["match"]["score"] >= 65
        assert "1 pending claims resemble a reviewed claim" in result.output
    neither = CliRunner().invoke(main, ["match", "--db", str(db)])
    assert neither.exit_code == 2 and "give TEXT, or --pending" in neither.output
