"""The statement model's learning: labels from the evaluation's rule, fitting, cross-validation, the shipped files."""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from claimcheck import learning
from claimcheck import statement_learning as sl
from claimcheck.cli import main
from claimcheck.evaluate import Statement
from claimcheck.extract.ranking import Ranker
from claimcheck.extract.statements import FEATURES, Sentence, shipped
from claimcheck.store import Store


def test_a_sentence_is_labelled_by_the_gold_statement_it_half_covers():
    sentences = [Sentence(0, 50, {"figure": 1.0}), Sentence(51, 100, {}), Sentence(101, 150, {"hedge": 1.0})]
    gold = [Statement(10, 60, 3), Statement(101, 300, 2)]  # the first sentence covers 40 of 50 characters
    rows = sl.labelled("a/1", "fr", sentences, gold)
    assert [(r.label, r.importance) for r in rows] == [(1, 3), (0, 0), (0, 0)]  # 49 of 199: under half


def article(group: str, pattern: list[tuple[dict, int]]) -> sl.Annotated:
    rows, gold = [], []
    for n, (features, label) in enumerate(pattern):
        rows.append(sl.Row(group, "fr", n * 100, n * 100 + 90, features, label, 2 * label))
        if label:
            gold.append(Statement(n * 100, n * 100 + 90, 2))
    return sl.Annotated(group, rows, gold)


SEPARABLE = [({"figure": 1.0, "past": 1.0}, 1), ({"hedge": 1.0, "future": 1.0}, 0), ({"figure": 1.0, "date": 1.0}, 1),
             ({"first_person": 1.0}, 0)]


def test_fitting_learns_the_signs_and_keeps_only_statement_features():
    model = sl.fit([r for n in range(6) for r in article(f"a/{n}", SEPARABLE).rows])
    assert model.weights["figure"] > 0 > model.weights["hedge"]
    again = Ranker.from_json(model.to_json(), FEATURES)
    assert again.score({"figure": 1.0}) == pytest.approx(model.score({"figure": 1.0}))
    with pytest.raises(ValueError, match="unknown features: rule"):
        Ranker.from_json('{"weights": {"rule": 1.0}, "bias": 0.0}', FEATURES)
    with pytest.raises(ValueError, match="both"):
        sl.fit([sl.Row("a", "fr", 0, 1, {"figure": 1.0}, 1)])


def test_cross_validation_holds_articles_out_and_chooses_a_threshold():
    articles = [article(f"a/{n}", SEPARABLE) for n in range(10)]
    scores = sl.held_out_scores(articles)
    assert set(scores) == {a.group for a in articles} and all(len(scores[a.group]) == 4 for a in articles)
    threshold, figures = sl.cross_validated(articles)
    assert threshold in sl.THRESHOLDS and figures["f1"] == 1.0 and figures["gold"] == 20
    # nothing offered above every score: recall 0, and the tally says so
    assert sl.tally(articles, scores, 1.01).scores()["recall"] == 0.0


def test_the_threshold_is_the_middle_of_the_top_of_the_curve():
    curve = {0.48: 0.8698, 0.50: 0.8704, 0.52: 0.8713, 0.54: 0.8709, 0.56: 0.8696, 0.58: 0.8680}
    assert sl.plateau_middle(curve) == 0.52
    # the highest point moves to 0.54; the top, and its middle, stay
    assert sl.plateau_middle(curve | {0.54: 0.8715}) == 0.52
    assert sl.plateau_middle({0.4: 0.5, 0.6: 0.9}) == 0.6


def test_the_shipped_model_is_the_fit_of_the_shipped_table():
    """`claimcheck learn --gold` writes both; a table edited by hand, or a model trained on other rows, shows here."""
    rows = sl.shipped_rows()
    assert {name for r in rows for name in r.features} <= set(FEATURES)
    assert {r.lang for r in rows} == {"fr", "en"} and sum(r.label for r in rows) > 400
    refit = sl.fit(rows)
    model = shipped()
    assert refit.weights == pytest.approx(model.weights, abs=1e-4) and refit.bias == pytest.approx(model.bias, abs=1e-4)
    assert 0.2 <= model.meta["threshold"] <= 0.8 and model.meta["cross_validated"]["f1"] > 0.8


@pytest.mark.parametrize("content", [
    "{not json", '{"weights": {"figure": NaN}, "bias": 0.0}', '{"weights": {"rule": 1.0}, "bias": 0.0}',
])
def test_a_broken_statement_model_is_a_clear_error(tmp_path, content):
    db = tmp_path / "newsroom.db"
    Store.open(db).close()
    learning.model_path(db, learning.STATEMENTS).write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Le chômage a reculé de 2 % en un an.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 1 and "is not a statement model" in result.output and "--reset" in result.output
    assert "Traceback" not in result.output
