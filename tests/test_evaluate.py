from __future__ import annotations

import json

import pytest

from claimcheck.evaluate import Quote, locate_gold, overlap, same_speaker, score_article


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
