"""The review app driven as a reviewer would, asserting on the SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.model import Offsets
from claimcheck.review.app import make_app
from claimcheck.review.text import literal
from claimcheck.store import Store
from tests.conftest import fill, make_article, press, quote_claim, settle, with_statements

SIZE = (140, 40)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "review.db"
    with Store.open(path) as store:
        fill(store, 2, 3)
        text = "« Une autre phrase », a déclaré Antony Blinken."
        store.add_article(make_article(text, source="blinken.txt", title="Blinken"),
                          [quote_claim(text, "Une autre phrase", speaker="Antony Blinken", mention="Antony Blinken")],
                          "test")
    return path


def one_quote(path, text: str, content: str, speaker: str | None):
    """A database holding one article with one quote, its speaker named in the text."""
    with Store.open(path) as store:
        store.add_article(make_article(text), [quote_claim(text, content, speaker=speaker, mention=speaker)], "test")
    return path


def reviews(path):
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT claim_id, action, status, speaker, verdict, note, reviewer FROM reviews ORDER BY id")
    return [dict(zip(("claim_id", "action", "status", "speaker", "verdict", "note", "reviewer"), r)) for r in rows]


def ids(path):
    return [r[0] for r in sqlite3.connect(path).execute("SELECT id FROM claims ORDER BY seq")]


async def test_accept_reject_skip_and_undo(db_path):
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        assert app.review.queue.current_id == claim_ids[0]
        await press(pilot, "a")
        assert app.review.queue.current_id == claim_ids[1]
        await press(pilot, "x")
        await press(pilot, "space")
        assert app.review.queue.current_id == claim_ids[3]
        assert [(r["claim_id"], r["status"]) for r in reviews(db_path)] == [
            (claim_ids[0], "accepted"), (claim_ids[1], "rejected")]
        await press(pilot, "u")
        assert app.review.queue.current_id == claim_ids[1]
        log = reviews(db_path)
        assert log[-1]["action"] == "undo" and log[-1]["status"] == "pending"
        assert all(r["reviewer"] == "alice" for r in log)


async def test_speaker_correction_through_fuzzy_suggestions(db_path):
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "s")
        await press(pilot, *"blinkn", "down")
        await press(pilot, "enter")
        await pilot.pause()
        (review,) = reviews(db_path)
        assert review == {"claim_id": claim_ids[0], "action": "correct-speaker", "status": "corrected",
                          "speaker": "Antony Blinken", "verdict": None, "note": None, "reviewer": "alice"}
        # a brand-new name is typed in full, even when a suggestion is close to it
        await press(pilot, "s")
        await press(pilot, *"Antony")
        await press(pilot, "enter")
        await pilot.pause()
        assert reviews(db_path)[-1]["speaker"] == "Antony"


async def test_typed_name_wins_unless_the_reviewer_moved_onto_a_suggestion(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "s", *"Kremlin", "enter")
        await pilot.pause()
        assert reviews(db_path)[-1]["speaker"] == "Kremlin"
        await press(pilot, "k", "s", *"blink", "down", "enter")
        await pilot.pause()
        assert reviews(db_path)[-1]["speaker"] == "Antony Blinken"
        # down then up is back on the typed name
        await press(pilot, "k", "s", *"Blinky", "down", "up", "enter")
        await pilot.pause()
        assert reviews(db_path)[-1]["speaker"] == "Blinky"


async def test_the_current_speaker_is_not_suggested(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "s", *"price")
        await pilot.pause()
        shown = [str(option.prompt) for option in app.screen.query_one("#suggestions").options]
        assert not any("Ned Price" in text for text in shown)


async def test_correcting_a_claim_without_mention(tmp_path):
    """A statement (and a floating quote) has no stored mention: correcting its speaker works."""
    from dataclasses import replace

    path = tmp_path / "nomention.db"
    text = "Le chômage a baissé de 3 % en 2023. « Nous tiendrons », dit-on."
    statement = replace(quote_claim(text, "Le chômage a baissé de 3 % en 2023.", speaker=None),
                        kind="statement", type=None)
    floating = quote_claim(text, "Nous tiendrons", speaker=None)
    with Store.open(path) as store:
        store.add_article(make_article(text), [statement, floating], "test")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "s", *"Insee", "enter")
        await pilot.pause()
        await press(pilot, "s", *"Gabriel Attal", "enter")
        await pilot.pause()
        assert app.is_running
    assert [r["speaker"] for r in reviews(path)] == ["Insee", "Gabriel Attal"]


async def test_undo_takes_back_what_a_correction_taught(tmp_path):
    path = one_quote(tmp_path / "undo.db", "« Nous restons prudents », a déclaré Kirby.", "Nous restons prudents",
                     "Kirby")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "s", *"John Kirby", "enter")
        await pilot.pause()
        assert app.store.alias_map()["Kirby"] == "John Kirby"
        await press(pilot, "u")
        await pilot.pause()
        assert app.store.alias_map().get("Kirby") == "Kirby"
        assert "John Kirby" not in {row["name"] for row in app.store.speakers()}


async def test_verdict_and_note(db_path):
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "bob")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "v", "4")
        await press(pilot, "n", *"source: AFP", "enter")
        await pilot.pause()
        last = reviews(db_path)[-1]
        assert last["claim_id"] == claim_ids[0]
        assert last["verdict"] == "false" and last["note"] == "source: AFP" and last["status"] == "pending"


async def test_type_change_marks_the_claim_corrected(db_path):
    app = make_app(Store.open(db_path), "bob")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "t", "2")
        await pilot.pause()
    with Store.open(db_path) as store:
        row = store.claims(limit=1)[0]
    assert row["type"] == "indirect" and row["status"] == "corrected"


async def test_filter_and_search(db_path):
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "a")
        await press(pilot, "f", "2")  # accepted
        await pilot.pause()
        assert [r["id"] for r in app.review.queue.rows] == [claim_ids[0]]
        await press(pilot, "f", "6")  # all
        await press(pilot, "slash", *"autre", "enter")
        await pilot.pause()
        assert [r["id"] for r in app.review.queue.rows] == [claim_ids[-1]]


async def test_resume_where_the_reviewer_stopped(db_path):
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "j", "j", "j")
        await press(pilot, "q")
    again = make_app(Store.open(db_path), "alice")
    async with again.run_test(size=SIZE):
        assert again.review.queue.current_id == claim_ids[3]
    other = make_app(Store.open(db_path), "carol")
    async with other.run_test(size=SIZE):
        assert other.review.queue.current_id == claim_ids[0]


async def test_two_reviewers_on_one_database(db_path):
    claim_ids = ids(db_path)
    first = make_app(Store.open(db_path), "alice")
    second = make_app(Store.open(db_path), "bob")
    async with first.run_test(size=SIZE) as p1, second.run_test(size=SIZE) as p2:
        await press(p1, "a")
        await press(p2, "j", "x")
        await press(p2, "r")
        assert second.review.queue.rows[0]["status"] == "accepted"
        await press(p1, "r")
        assert first.review.queue.rows[1]["status"] == "rejected"
    statuses = {r["claim_id"]: r["status"] for r in reviews(db_path)}
    assert statuses == {claim_ids[0]: "accepted", claim_ids[1]: "rejected"}


async def test_article_text_is_shown_literally(tmp_path):
    path = tmp_path / "hostile.db"
    text = "« [bold red]Alerte[/] \x1b[31mrouge\x1b[0m [link=http://x]ici[/link] », a déclaré Ned Price."
    with Store.open(path) as store:
        store.add_article(make_article(text, title="[blink]titre[/blink]"),
                          [quote_claim(text, text[2:text.index(" »")], mention="Ned Price")], "test")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        source = app.query_one("#source").render()
        plain = str(source)
        assert "[bold red]Alerte[/]" in plain and "[link=http://x]" in plain
        assert "\x1b" not in plain
        assert "[blink]titre[/blink]" in str(app.query_one("#article").render())


def test_literal_keeps_offsets():
    text = "a\x1b[31mb\x00c\u202ed"
    assert len(literal(text)) == len(text) and "\x1b" not in literal(text)


async def test_read_only_database_is_a_message_not_a_crash(db_path):
    app = make_app(Store.open(db_path, read_only=True), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "a")
        await pilot.pause()
        assert any("read-only" in n.message for n in app._notifications)
    assert reviews(db_path) == []


def test_main_screen_snapshot(db_path, snap_compare):
    assert snap_compare(make_app(Store.open(db_path), "alice"), terminal_size=SIZE)


def test_correction_modal_snapshot(db_path, snap_compare):
    assert snap_compare(make_app(Store.open(db_path), "alice"), press=["s", "p", "r"], terminal_size=SIZE)


async def test_locked_database_is_a_message_and_the_decision_can_be_retried(db_path, monkeypatch):
    import claimcheck.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.3)
    app = make_app(Store.open(db_path), "alice")
    blocker = sqlite3.connect(db_path)
    async with app.run_test(size=SIZE) as pilot:
        blocker.execute("BEGIN IMMEDIATE")
        await press(pilot, "a")
        await pilot.pause()
        assert any("locked" in n.message for n in app._notifications)
        assert reviews(db_path) == []
        blocker.rollback()
        await press(pilot, "a")
        await pilot.pause()
    assert [r["status"] for r in reviews(db_path)] == ["accepted"]


async def test_a_locked_database_never_freezes_the_keys_nor_applies_them_to_unseen_claims(db_path, monkeypatch):
    """Another program holds the write lock: the screen goes on answering while the accept waits, a
    second decision pressed meanwhile is refused (never applied to a claim not yet shown), and once
    the lock is gone the accept lands on the claim it was made on."""
    import claimcheck.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 20.0)
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    blocker = sqlite3.connect(db_path, isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        blocker.execute("BEGIN IMMEDIATE")
        await pilot.press("a")
        await pilot.pause(0.3)
        assert "saving" in str(app.query_one("#saving").render())  # the status bar says it is still saving
        await pilot.press("j")  # moving still works while the accept waits
        await pilot.pause()
        assert app.review.queue.current_id == claim_ids[1]
        await pilot.press("x")
        await pilot.pause()
        assert any("Still saving" in n.message for n in app._notifications)
        assert reviews(db_path) == []
        blocker.execute("ROLLBACK")
        await settle(pilot)
        assert "saving" not in str(app.query_one("#saving").render())
        assert app.review.queue.current_id == claim_ids[1]  # the reviewer's move stands
        assert app.review.claim.id == claim_ids[1]
    assert [(r["claim_id"], r["status"]) for r in reviews(db_path)] == [(claim_ids[0], "accepted")]


async def test_highlights_follow_the_theme(db_path):
    """The quote's colour comes from the theme: changing theme in the palette redraws it."""
    app = make_app(Store.open(db_path), "alice")

    def quote_style():
        content = app.query_one("#source").render()
        return next(span.style for span in content.spans if getattr(span.style, "underline", False))

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dark = quote_style()
        await press(pilot, "ctrl+p", *"theme", "enter")
        await press(pilot, *"textual-light", "enter")
        assert app.theme == "textual-light"
        light = quote_style()
        assert light.foreground != dark.foreground and light.bold and light.underline


async def test_extent_moves_by_words_and_the_export_follows(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "e", "right", "right", "comma", "enter")
        await pilot.pause()
    with Store.open(db_path) as store:
        row = store.claims(limit=1)[0]
    assert row["status"] == "corrected"
    assert row["extracted_content"] == "Phrase numéro 0-0 du porte-parole"
    assert row["content"] == "0-0 du"


async def in_palette(pilot, words: str) -> None:
    """Open the command palette and type, as a reviewer does."""
    await press(pilot, "ctrl+p")
    await pilot.pause()
    await press(pilot, *words)
    await pilot.pause(0.5)


async def test_command_palette_offers_the_same_actions(db_path):
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await in_palette(pilot, "Reject")
        await press(pilot, "enter")
        await pilot.pause()
    assert [(r["claim_id"], r["status"]) for r in reviews(db_path)] == [(claim_ids[0], "rejected")]


async def test_speaker_suggestions_start_with_the_rankers_runner_up(tmp_path):
    from dataclasses import replace

    path = tmp_path / "ranked.db"
    text = "Le préfet Yves Faure recevait Paul Lambert. « Nous devons investir », a-t-il dit."
    claim = replace(quote_claim(text, "Nous devons investir", speaker="Yves Faure", mention="Yves Faure"),
                    candidates=(("Yves Faure", 0.6), ("Paul Lambert", 0.3)))
    with Store.open(path) as store:
        store.add_article(make_article(text), [claim], "test")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "s", "down", "enter")
        await pilot.pause()
        assert reviews(path)[-1]["speaker"] == "Paul Lambert"


def queue_lines(app) -> list[str]:
    return str(app.query_one("#queue").render()).splitlines()


async def test_the_queue_row_follows_a_decision_that_stays_on_the_claim(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        assert queue_lines(app)[0].startswith("·")
        await press(pilot, "t", "2")  # indirect: the claim is corrected
        await pilot.pause()
        assert queue_lines(app)[0].startswith("✎")
        await press(pilot, "e", "right", "right", "enter")  # the row shows the words as corrected
        await pilot.pause()
        assert "0-0 du porte-parole" in queue_lines(app)[0] and "Phrase numéro" not in queue_lines(app)[0]


async def test_a_verdict_can_be_taken_back(db_path):
    app = make_app(Store.open(db_path), "bob")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "v", "4")
        await pilot.pause()
        assert reviews(db_path)[-1]["verdict"] == "false"
        await press(pilot, "v", "6")  # no verdict
        await pilot.pause()
        assert reviews(db_path)[-1]["verdict"] is None and len(reviews(db_path)) == 2


async def test_the_tenth_choice_is_reached_with_zero_and_the_hint_counts_the_choices(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "v")
        await pilot.pause()
        assert "1–6 or ↑/↓ and Enter" in str(app.screen.query_one(".hint").render())
        await press(pilot, "escape", "slash", *"autre", "enter")
        await pilot.pause()
        assert [r["source"] if "source" in r else r["article_title"] for r in app.review.queue.rows] == ["Blinken"]
        assert "search “autre”" in str(app.query_one("#counts").render())
        await press(pilot, "f", "0")  # the tenth filter: clear search
        await pilot.pause()
        assert len(app.review.queue.rows) == 7 and "search" not in str(app.query_one("#counts").render())


async def test_the_palette_offers_one_quit_which_closes_the_session(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await in_palette(pilot, "Quit")
        options = app.screen.query_one("CommandList")
        assert sum("Quit" in str(option.prompt) for option in options.options) == 1
        await press(pilot, "enter")
        await pilot.pause()
    ended = sqlite3.connect(db_path).execute("SELECT ended_at FROM sessions").fetchall()
    assert ended and all(row[0] is not None for row in ended)


@pytest.fixture
def kirby_path(tmp_path):
    text = ("Le porte-parole a parlé longuement de la région, des alliances et des sanctions à venir. "
            "« Nous restons prudents. Rien ne change », a dit John Kirby.")
    return one_quote(tmp_path / "extent.db", text, "Nous restons prudents. Rien ne change", "John Kirby")


async def test_the_extent_editor_shows_the_quote_where_it_stands(kirby_path):
    app = make_app(Store.open(kirby_path), "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "e")
        await pilot.pause()
        view = app.screen.query_one("#extent-text")
        shown = " ".join(str(view.render()).split())
        assert "Nous restons prudents. Rien ne change" in shown and "Le porte-parole" in shown
        assert view.size.height >= 3  # wrapped on the screen, not one clipped line


async def test_the_extent_end_can_sit_before_a_full_stop_and_marks_stay_balanced(kirby_path):
    app = make_app(Store.open(kirby_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "e", "comma", "comma", "comma", "comma", "enter")  # back over change, ne, Rien, then `.`
        await pilot.pause()
        assert Store.open(kirby_path).claims(limit=1)[0]["content"] == "Nous restons prudents"
        await press(pilot, "e", "left", "full_stop", "enter")  # onto `«`, and the end onto `.`
        await pilot.pause()
    content = Store.open(kirby_path).claims(limit=1)[0]["content"]
    assert content == "Nous restons prudents."  # the lone `«` is not kept, nor any space


async def test_a_statement_shows_its_signals(tmp_path):
    from dataclasses import replace

    path = tmp_path / "statement.db"
    text = "Le chômage a reculé de 2,5 % en 2023."
    statement = replace(quote_claim(text, text, speaker=None), kind="statement", type=None, checkworthiness=0.8,
                        reasons=("percentage", "date"))
    with Store.open(path) as store:
        store.add_article(make_article(text), [statement], "test")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "0.80 (percentage, date)" in str(app.query_one("#fields").render())


async def test_a_decision_made_meanwhile_by_another_reviewer_is_shown_and_kept(db_path, monkeypatch):
    # her screen must not refresh on its own before she decides: on a loaded machine two seconds
    # can pass between bob's write and her key, and the refresh would show her bob's decision
    monkeypatch.setattr("claimcheck.review.screen.REFRESH_SECONDS", 3600.0)
    claim_ids = ids(db_path)
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # bob accepts the claim alice is looking at, before her screen refreshes
        Store.open(db_path).review(claim_ids[0], "accept", reviewer="bob", status="accepted", seen=None)
        await press(pilot, "x")
        await pilot.pause()
        assert any("bob decided this claim meanwhile" in n.message for n in app._notifications)
        await press(pilot, "f", "7")  # conflicts
        await pilot.pause()
        assert [r["id"] for r in app.review.queue.rows] == [claim_ids[0]]
        assert "bob decided accepted" in str(app.query_one("#fields").render())
    assert [(r["reviewer"], r["status"]) for r in reviews(db_path)] == [("bob", "accepted"), ("alice", "rejected")]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
def test_main_screen_at_every_size(db_path, snap_compare, size):
    assert snap_compare(make_app(Store.open(db_path), "alice"), terminal_size=size)


def test_help_at_80_by_24(db_path, snap_compare):
    assert snap_compare(make_app(Store.open(db_path), "alice"), press=["question_mark"], terminal_size=(80, 24))


async def test_at_80_columns_the_claim_keeps_the_width(db_path):
    app = make_app(Store.open(db_path), "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.query_one("#detail").size.width >= 70 and app.query_one("#queue").size.height <= 7
        await press(pilot, "a")  # and it works as at any size
        await pilot.pause()
    assert [r["status"] for r in reviews(db_path)] == ["accepted"]


async def test_the_claim_stands_in_its_article_with_the_mention_it_was_resolved_from(tmp_path):
    from dataclasses import replace

    path = tmp_path / "context.db"
    text = ("Le ministre Paul Durand a visité l'usine lundi.\n\nLes salariés attendaient des annonces depuis des mois. "
            "« Nous voulons des garanties », a dit un délégué.\n\nIl a assuré que l'usine resterait ouverte.\n\n"
            "La direction n'a pas réagi.")
    claims = [replace(quote_claim(text, "Nous voulons des garanties", speaker=None), sentence=Offsets(
                  text.index("« Nous"), text.index("délégué.") + 8)),
              replace(quote_claim(text, "l'usine resterait ouverte", speaker="Paul Durand", mention="Paul Durand"),
                      sentence=Offsets(text.index("Il a assuré"), text.index("ouverte.") + 8))]
    with Store.open(path) as store:
        store.add_article(make_article(text), claims, "test")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "j")
        await pilot.pause()
        before = app.query_one("#before").render()
        assert "Paul Durand" in str(before)  # the paragraph the pronoun's person was named in
        marked = {str(before)[span.start:span.end] for span in before.spans}
        assert {"Paul Durand", "Nous voulons des garanties"} <= marked  # the mention, and the other claim
        assert "La direction" in str(app.query_one("#after").render())


async def test_a_quote_the_extractor_missed_is_added_with_its_type_and_speaker(tmp_path):
    path = one_quote(tmp_path / "missed.db",
                     "Paul Durand a promis des investissements. « Nous restons prudents », a dit John Kirby.",
                     "Nous restons prudents", "John Kirby")
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "m", *["comma"] * 12, "right", "right", "enter")  # `a promis des investissements`
        await press(pilot, "2")  # indirect
        await press(pilot, *"Paul Durand", "enter")
        await pilot.pause()
        added = [c for c in Store.open(path).claims() if c["origin"] == "reviewer"]
        assert [(c["content"], c["type"], c["speaker"], c["status"]) for c in added] == [
            ("a promis des investissements", "indirect", "Paul Durand", "corrected")]
        assert app.review.queue.current_id == added[0]["id"]
        assert reviews(path)[-1]["action"] == "add-quote"
        exported = CliRunner().invoke(main, ["export", "--db", str(path)]).output
        assert '"origin": "reviewer"' in exported and "a promis des investissements" in exported
        await press(pilot, "u")  # undone: pending again, and the registry forgets what it learned
        await pilot.pause()
        assert Store.open(path).claim(added[0]["id"])["status"] == "pending"


async def test_the_queue_can_put_the_most_check_worthy_statements_first(tmp_path):
    path = tmp_path / "order.db"
    with Store.open(path) as store:
        quote, low, high, middle = with_statements(store, [0.55, 0.95, 0.7])
    app = make_app(Store.open(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        assert queue_lines(app)[0].startswith("·") and "Nous tiendrons" in queue_lines(app)[0]
        await press(pilot, "o", "2")  # the new order is read from its top
        await pilot.pause()
        assert app.review.queue.current_id == high
        lines = queue_lines(app)
        assert [line.split()[2] for line in lines[:3]] == ["0.95", "0.70", "0.55"]  # `· statement 0.95 …`
        assert "Nous tiendrons" in lines[3]
        assert "most check-worthy first" in str(app.query_one("#counts").render())
        await press(pilot, "a")  # accept the first, and the next one comes up
        await pilot.pause()
        assert reviews(path)[-1]["claim_id"] == high and app.review.queue.current_id == middle
        await press(pilot, "o", "1")
        await pilot.pause()
        assert app.review.queue.current_id == quote and "Nous tiendrons" in queue_lines(app)[0]
    app = make_app(Store.open(path), "bob", order="check-worthy")  # `claimcheck review --order check-worthy`
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.review.queue.current_id == middle  # the first pending in that order
        await press(pilot, "o", "3")  # least certain first: the quote without speaker candidates, then the
        await pilot.pause()          # statement nearest an even chance (0.55)
        assert app.review.queue.current_id == quote and "least certain first" in str(app.query_one("#counts").render())
        await press(pilot, "j")
        await pilot.pause()
        assert app.review.queue.current_id == low
