from __future__ import annotations

import json

import pytest

from claimcheck.evaluate import (Quote, Statement, StatementTally, locate_gold, locate_statements, overlap,
                                 same_speaker, score_article)


def test_overlap_is_the_share_of_gold_covered():
    gold = Quote(0, 100, "X")
    assert overlap(Quote(0, 50, "X"), gold) == 0.5
    assert overlap(Quote(90, 300, "X"), gold) == 0.1
    assert overlap(Quote(200, 300, "X"), gold) == 0


def test_known_scores_on_a_hand_made_article():
    gold = [Quote(0, 100, "Ned Price", "direct"), Quote(200, 300, "Antony Blinken", "indirect"),
            Quote(400, 500, None, "mixed")]
    predicted = [
        Quote(0, 90, "Price"),            # found at 0.3 and 0.8, right speaker (surname alone)
        Quote(200, 250, "Ned Price"),     # found at 0.3 only, wrong speaker
        Quote(600, 700, "Someone"),       # false positive
    ]
    loose = score_article(predicted, gold, 0.3).scores()
    assert loose["precision"] == pytest.approx(2 / 3) and loose["recall"] == pytest.approx(2 / 3)
    assert loose["speaker_accuracy"] == pytest.approx(0.5)
    assert loose["end_to_end_f1"] == pytest.approx(1 / 3)
    assert loose["recall_by_type"] == {"direct": 1.0, "indirect": 1.0, "mixed": 0.0}
    strict = score_article(predicted, gold, 0.8).scores()
    assert strict["recall"] == pytest.approx(1 / 3) and strict["precision"] == pytest.approx(1 / 3)


def test_each_prediction_matches_one_gold_quote():
    gold = [Quote(0, 10, "A"), Quote(10, 20, "A")]
    tally = score_article([Quote(0, 20, "A")], gold, 0.3)
    assert tally.matched == 1


@pytest.mark.parametrize("predicted, gold, same", [
    ("Ned Price", "Ned Price", True),
    ("Price", "Ned Price", True),
    ("ned price", "Ned Price", True),
    ("Etats-Unis", "les États-Unis", True),
    ("Emmanuel Macron", "Ned Price", False),
    ("Ned", "Ned Price", False),
    (None, None, True),
    (None, "Ned Price", False),
    ("Ned Price", None, False),
])
def test_speaker_names_match_loosely_but_not_blindly(predicted, gold, same):
    assert same_speaker(predicted, gold) is same


def test_gold_quotes_are_located_in_order():
    text = "« oui », dit A. « oui », dit B."
    located = locate_gold(text, [{"content": "oui", "speaker": "A"}, {"content": "oui", "speaker": "B"}])
    assert [q.start for q in located] == [2, 18]
    with pytest.raises(ValueError):
        locate_gold(text, [{"content": "absent"}])


def test_evaluate_command_on_a_tiny_gold_folder(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "001.txt").write_text(
        'date 2024-01 "Test"\n\n« Nous ne céderons rien », a déclaré la ministre Anne Martin.\n', encoding="utf-8")
    (gold_dir / "001.json").write_text(json.dumps({"quotes": [
        {"content": "Nous ne céderons rien", "type": "direct", "speaker": "Anne Martin"}]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["0.3"]["recall"] == 1.0 and scores["0.3"]["speaker_accuracy"] == 1.0


def test_evaluate_errors_lists_what_went_wrong_with_the_candidates(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    text = ("« Nous ne céderons rien », a déclaré la ministre Anne Martin. Le budget sera voté en mars. "
            "Le syndicat CGT estime que la réforme menace l'emploi.\n")
    (gold_dir / "001.txt").write_text(f'date 2024-01 "Test"\n\n{text}', encoding="utf-8")
    (gold_dir / "001.json").write_text(json.dumps({"quotes": [
        {"content": "Nous ne céderons rien", "type": "direct", "speaker": "Paul Durand"},
        {"content": "Le budget sera voté en mars", "type": "indirect", "speaker": "Anne Martin"}]}),
        encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir), "--errors"])
    assert result.exit_code == 0, result.output
    assert "missed   indirect 'Le budget sera voté en mars'" in result.output
    assert "false    indirect \"la réforme menace l'emploi\"" in result.output
    assert "chose Anne Martin, gold Paul Durand" in result.output
    assert "rule +" in result.output  # the features that weighed, with their weight
    listed = json.loads(CliRunner().invoke(main, ["evaluate", str(gold_dir), "--errors", "--json"]).output)["errors"]
    (article,) = listed
    assert [c["name"] for c in article["wrong_speaker"][0]["candidates"]][0] == "Anne Martin"


def test_statement_scores_on_hand_made_articles():
    tally = StatementTally()
    gold = [Statement(0, 100, 3), Statement(200, 300, 2), Statement(400, 500, 3)]
    tally.add([Statement(0, 150, 0.9),      # covers all of the first: found
               Statement(200, 250, 0.4),    # exactly half of the second: found
               Statement(400, 449, 0.8),    # just under half of the third: not found
               Statement(600, 700, 0.95)],  # nothing there
              gold)
    tally.add([], [Statement(0, 10, 1)])   # an article where nothing was predicted still counts its gold
    scores = tally.scores()
    assert scores["precision"] == pytest.approx(2 / 4) and scores["recall"] == pytest.approx(2 / 4)
    assert scores["f1"] == pytest.approx(0.5)
    assert scores["central_recall"] == pytest.approx(1 / 2)
    # top 20% of 4 predictions is the single most check-worthy one, which matched nothing
    assert scores["top_precision"] == 0.0
    assert (scores["articles"], scores["gold"], scores["predicted"]) == (2, 4, 4)


def test_gold_statements_are_located_with_their_importance():
    text = "Le chômage a baissé de 2 %. Le chômage a baissé de 2 %."
    located = locate_statements(text, [{"text": "Le chômage a baissé de 2 %", "importance": 3},
                                       {"text": "Le chômage a baissé de 2 %", "importance": 1}])
    assert [(s.start, s.weight) for s in located] == [(0, 3.0), (28, 1.0)]
    with pytest.raises(ValueError, match="gold statement"):
        locate_statements(text, [{"text": "absent", "importance": 2}])


def test_evaluate_scores_statements_only_where_the_gold_lists_them(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    body = ("Le chômage a baissé de 2,5 % en 2023, le plus fort recul depuis 1990 dans le pays. "
            "La ministre Anne Martin a visité une usine de Lyon mardi après-midi avec des élus.\n")
    for name, statements in (("001", [{"text": "Le chômage a baissé de 2,5 % en 2023", "importance": 3}]),
                             ("002", None)):
        (gold_dir / f"{name}.txt").write_text(f'date 2024-01 "Test"\n\n{body}', encoding="utf-8")
        gold = {"quotes": []} | ({"statements": statements} if statements is not None else {})
        (gold_dir / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    statements = json.loads(result.output)["statements"]
    assert statements["articles"] == 1 and statements["gold"] == 1 and statements["recall"] == 1.0
    printed = CliRunner().invoke(main, ["evaluate", str(gold_dir)]).output
    (line,) = [line for line in printed.splitlines() if line.startswith("statements")]
    assert "R 1.000" in line and "central (importance 3) recall 1.000" in line and "1 articles" in line
