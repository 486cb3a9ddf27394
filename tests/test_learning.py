"""The speaker ranker: its features on written sentences, its choices, and learning from reviews."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from claimcheck import learning
from claimcheck.cli import main
from claimcheck.extract import extract, quotes_with_candidates
from claimcheck.extract.ranking import FEATURES, Ranker, shipped
from claimcheck.pipeline import run_extraction
from claimcheck.store import Store


def candidates(nlp, text):
    ((claim, ranked),) = quotes_with_candidates(nlp(text))
    return claim, {c.name: c.features for c in ranked}


def test_a_pronoun_continues_the_subject_of_the_sentence_before(nlp):
    """Centering: `il` opening a cue most often stands for the subject of the sentence just before,
    not for a name further back or one that is not a subject."""
    claim, found = candidates(nlp, "Jean Moreau a reçu Paul Martin lundi à Lyon. Marc Petit a visité l'usine mardi. "
                                   "« Nous allons embaucher cent personnes », a-t-il déclaré.")
    assert found["Marc Petit"].get("subject*pronoun_before_1") == 1
    assert "subject*pronoun_before_1" not in found["Jean Moreau"]  # a subject, but two sentences back
    assert "subject*pronoun_before_1" not in found.get("Paul Martin", {})  # not a subject
    _, named = candidates(nlp, "Marc Petit a visité l'usine mardi. « Nous allons embaucher », a déclaré Paul Martin.")
    assert all("subject*pronoun_before_1" not in f for f in named.values())  # a named speaker: no pronoun


def test_pronoun_features(nlp):
    claim, found = candidates(nlp, "La ministre Claire Dubois est arrivée mardi à Lyon avec M. Paul Martin. "
                                   "« Nous allons reconstruire le pont avant l'hiver », a-t-elle déclaré.")
    claire, paul = found["Claire Dubois"], found["Paul Martin"]
    assert claire["rule"] == 1 and claire["rule*pronoun"] == 1
    assert claire["gender_agrees"] == 1 and "gender_clashes" not in claire
    assert paul["gender_clashes"] == 1 and "rule" not in paul
    assert paul["nearest_person"] == 1 and paul["nearest_person*pronoun"] == 1
    assert claire["sent_before_1"] == 1 and claire["person"] == 1 and claire["subject"] == 1
    assert found[None]["null"] == 1
    assert claim.speaker == "Claire Dubois"


def test_named_subject_and_distance_features(nlp):
    claim, found = candidates(nlp, "Le maire Jean Valjean a rencontré les habitants. "
                                   "Marie Curie a affirmé que la radioactivité était partout dans la région.")
    marie, jean = found["Marie Curie"], found["Jean Valjean"]
    assert marie["in_mention"] == 1 and marie["rule*name"] == 1 and marie["same_sent"] == 1
    assert "in_mention" not in jean and jean["sent_before_1"] == 1
    assert marie["token_distance"] < jean["token_distance"]
    assert claim.speaker == "Marie Curie"


def test_history_features(nlp):
    text = ("« Le budget sera voté en juin », a déclaré Ana Ruiz. Le ministre François Bayrou était présent à la réunion. "
            "« Nous tiendrons nos promesses devant les électeurs du pays. »")
    pairs = quotes_with_candidates(nlp(text))
    floating = {c.name: c.features for c in pairs[-1][1]}
    assert floating["Ana Ruiz"]["last_speaker"] == 1 and floating["Ana Ruiz"]["last_speaker*floating"] == 1
    assert floating["Ana Ruiz"]["times_quoted"] > 0
    assert "last_speaker" not in floating["François Bayrou"]


def test_every_feature_a_candidate_gets_is_known_to_the_model(nlp):
    text = ("Selon Ned Price, les discussions continuent. Il a ajouté que « rien n'est exclu ». "
            "Le porte-parole Ned Price a démenti. « Nous verrons demain », a-t-il dit.")
    for _, ranked in quotes_with_candidates(nlp(text)):
        for c in ranked:
            assert set(c.features) <= set(FEATURES), set(c.features) - set(FEATURES)


@pytest.mark.parametrize("text, speaker", [
    ("Pierre Martin a déclaré que le budget serait voté avant la fin de l'année.", "Pierre Martin"),
    ("« Nous ne céderons pas sur les retraites », a affirmé Sophie Binet devant les journalistes.", "Sophie Binet"),
    ("Selon l'OMS, l'épidémie est terminée dans la région depuis le mois dernier.", "OMS"),
])
def test_ranker_picks_the_obvious_speaker(nlp, text, speaker):
    (claim,) = [c for c in extract(nlp(text)) if c.kind == "quote"]
    assert claim.speaker == speaker
    assert claim.candidates[0][0] == speaker
    assert all(a[1] >= b[1] for a, b in zip(claim.candidates, claim.candidates[1:]))


def test_a_ranker_is_a_plain_weighted_sum():
    ranker = Ranker({"rule": 2.0, "same_sent": 1.0}, -1.0)
    assert ranker.score({"rule": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    assert ranker.score({"unknown": 5.0}) == pytest.approx(1 / (1 + 2.718281828), rel=1e-6)
    assert Ranker.from_json(ranker.to_json()).weights == ranker.weights


def test_folds_never_put_one_article_on_both_sides(monkeypatch):
    examples = [learning.Example(f"art{n % 7}", [{"rule": 1.0}, {"same_sent": 1.0}], ["A", "B"],
                                 [1, 0] if n % 3 else [0, 1]) for n in range(40)]
    folds = learning.folds(e.group for e in examples)
    assert sorted(g for fold in folds for g in fold) == sorted({e.group for e in examples})
    trained_on = []
    real_fit = learning.fit
    monkeypatch.setattr(learning, "fit", lambda train, meta=None, pairs=False:
                        trained_on.append({e.group for e in train}) or real_fit(train, meta, pairs))
    choices = learning.cross_validate(examples)
    assert len(choices) == len(examples)
    for fold, groups in zip(folds, trained_on):
        assert not fold & groups


def test_a_shipped_model_averages_regressions_over_articles_drawn_again():
    """One regression moves with every example added (a change to French articles flipped English quotes);
    the shipped models average regressions fitted on articles drawn with replacement, the same draws each time."""
    examples = [learning.Example(f"art{n % 12}", [{"rule": 1.0, "same_sent": float(n % 2)}, {"same_sent": 1.0}],
                                 ["A", "B"], [1, 0] if n % 5 else [0, 1]) for n in range(60)]
    bagged = learning.fit(examples, bags=5)
    assert bagged.meta["bags"] == 5
    assert learning.fit(examples, bags=5).weights == bagged.weights  # reproducible
    assert bagged.weights != learning.fit(examples).weights  # not the one regression on everything
    assert bagged.weights["rule"] > 0 and all(learning.choose(bagged, e) == 0 for e in examples)


MAYORS = ["Paul Lambert", "Marc Girard", "Louis Bonnet", "Henri Dupuis", "Jacques Mercier", "Michel Fournier",
          "André Morel", "Bernard Rousseau", "Olivier Perrin"]
PREFECTS = ["Claude Blanc", "Alain Guerin", "Hugo Muller", "Yves Faure", "Denis Roux", "Gilles Caron",
            "Serge Brun", "Rémi Colin", "Gérard Lemoine"]


def mayor_article(mayor: str, prefect: str) -> str:
    return (f'date 2024-05 "Visite"\n\nLe maire {mayor} a reçu le préfet {prefect} lundi à la mairie pour parler '
            f"du budget de la ville.\n\n« Nous devons investir dans les écoles et les routes dès cette année », "
            f"a-t-il affirmé devant la presse.\n")


@pytest.fixture
def newsroom(tmp_path, nlp, monkeypatch):
    """Eight articles of one kind whose speaker the shipped model gets wrong (in this newsroom's reports the
    guest speaks, not the host the sentence is about), and a ninth to come."""
    import claimcheck.nlp

    monkeypatch.setattr(claimcheck.nlp, "load_pipeline", lambda name=None, lang="fr", claims=False: nlp)
    folder = tmp_path / "old"
    folder.mkdir()
    for n, (mayor, prefect) in enumerate(zip(MAYORS[:8], PREFECTS)):
        (folder / f"{n}.txt").write_text(mayor_article(mayor, prefect), encoding="utf-8")
    db = tmp_path / "newsroom.db"
    with Store.open(db) as store:
        run_extraction(store, [folder], nlp=nlp)
    return db


def quote_speaker(db, source_part):
    with Store.open(db) as store:
        (row,) = store.claims("kind = 'quote' AND source LIKE ?", [f"%{source_part}%"])
    return row["speaker"]


def test_learning_from_corrections_changes_the_next_article(newsroom, tmp_path, nlp):
    with Store.open(newsroom) as store:
        for row in store.claims("kind = 'quote'"):
            guest = re.search(r"le préfet (\w+ \w+)", store.article(row["article_id"])["text"]).group(1)
            assert row["speaker"] != guest  # the shipped model takes the clause's subject, the mayor
            store.review(row["id"], "correct-speaker", reviewer="alice", status="corrected", speaker=guest)
    result = CliRunner().invoke(main, ["learn", "--db", str(newsroom)])
    assert result.exit_code == 0, result.output
    assert "fr: 8 reviewed quotes in 8 articles" in result.output
    before, after = re.search(r"before (\S+) .* after (\S+)", result.output).groups()
    assert float(after) > float(before)
    assert learning.model_path(newsroom, "fr").exists()

    new = tmp_path / "new"
    new.mkdir()
    (new / "next.txt").write_text(mayor_article(MAYORS[8], PREFECTS[8]), encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", str(new), "--db", str(newsroom)]).exit_code == 0
    assert quote_speaker(newsroom, "next.txt") == PREFECTS[8]

    # back to the shipped model: the trained one is kept aside, under its version
    result = CliRunner().invoke(main, ["learn", "--db", str(newsroom), "--reset"])
    assert result.exit_code == 0 and "shipped model" in result.output
    assert not learning.model_path(newsroom, "fr").exists()
    assert (tmp_path / "newsroom.db.speaker-model.fr.v1.json").exists()
    assert learning.active_model(newsroom, "fr") is None


def test_no_reviews_leaves_the_shipped_model_untouched(newsroom):
    from importlib import resources

    shipped_file = resources.files("claimcheck.data") / "speaker_model_fr.json"
    before = shipped_file.read_bytes()
    result = CliRunner().invoke(main, ["learn", "--db", str(newsroom)])
    assert result.exit_code == 0 and "no reviewed quotes or statements" in result.output
    assert not learning.model_path(newsroom, "fr").exists()
    assert shipped_file.read_bytes() == before


@pytest.mark.parametrize("content", [
    "{not json", "[]", '{"bias": 1.0}',
    '{"weights": {"rule": NaN}, "bias": 0.0}',  # would score every candidate NaN and drop every quote
    '{"weights": {"rule": 1.0}, "bias": Infinity}',
    '{"weights": {"rule": 1.0, "shoe_size": 2.0}, "bias": 0.0}',
    '{"weights": {"rule": 1.0}, "bias": 0.0, "version": "abc"}',
    "[" * 100_000,
])
def test_a_broken_model_file_is_a_clear_error(newsroom, tmp_path, content):
    learning.model_path(newsroom, "fr").write_text(content, encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "x.txt").write_text(mayor_article(MAYORS[8], PREFECTS[8]), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", str(newsroom)])
    assert result.exit_code == 1
    assert "is not a speaker model" in result.output and "--reset" in result.output
    assert "Traceback" not in result.output


def test_a_second_training_keeps_the_first_model(newsroom):
    with Store.open(newsroom) as store:
        row = store.claims("kind = 'quote'")[0]
        store.review(row["id"], "accept", reviewer="alice", status="accepted")
    for _ in range(2):
        assert CliRunner().invoke(main, ["learn", "--db", str(newsroom)]).exit_code == 0
    active = json.loads(learning.model_path(newsroom, "fr").read_text(encoding="utf-8"))
    assert active["version"] == 2 and active["reviewed_quotes"] == 1
    assert learning.model_path(newsroom, "fr").with_name("newsroom.db.speaker-model.fr.v1.json").exists()


def test_shipped_model_and_table_agree():
    examples = learning.shipped_examples()
    assert len(examples) > 200 and all(len(e.features) == len(e.labels) for e in examples)
    assert {e.lang for e in examples} == {"fr", "en"}
    for lang in ("fr", "en"):
        # a weight for each feature or for a pair of them, never for a name the extractor does not emit
        assert {part for name in shipped(lang).weights for part in name.split("&")} <= set(FEATURES)


def test_feature_pairs_learn_what_a_feature_means_in_company():
    """A fact about the whole quote (here `same_paragraph` on every candidate, as `floating`
    would be) shifts every score alike, so single weights cannot let it choose between the last
    speaker and the subject; weights over pairs can, and `best_form` picks them."""
    examples = []
    for n in range(60):
        context = {"same_paragraph": 1.0} if n % 2 else {}
        last, subject = {"last_speaker": 1.0} | context, {"subject": 1.0} | context
        right = last if context else subject
        features = [last, subject] if n % 3 else [subject, last]
        examples.append(learning.Example(f"art{n % 10}", features, ["A", "B"],
                                         [int(f is right) for f in features]))
    alone = learning.fit(examples)
    paired = learning.fit(examples, pairs=True)
    assert learning.accuracy(paired, examples) == 1.0 > learning.accuracy(alone, examples)
    assert paired.meta["pairs"] and Ranker.from_json(paired.to_json()).pairs
    assert learning.best_form(examples).pairs


def test_other_languages_examples_join_by_default():
    """Each article here turns on a feature no other article has: alone, a held-out article is
    a coin toss the model loses; the other language's examples teach every feature."""
    signals = ["subject", "same_sent", "last_speaker", "times_named", "first_named"]
    mine = [learning.Example(f"art{k}", [{}, {signal: 1.0}], ["A", "B"], [0, 1]) for k, signal in enumerate(signals)]
    others = [learning.Example(f"en{k}/{n}", [{}, {signal: 1.0}], ["A", "B"], [0, 1], lang="en")
              for k, signal in enumerate(signals) for n in range(3)]
    assert learning.cross_validated_accuracy(mine) == 0.0
    form = learning.best_form(mine, others=others)
    assert form.pooled and form.accuracy == 1.0
    assert not learning.best_form(mine).pooled  # nothing to pool with


def test_a_form_is_not_chosen_on_the_noise_of_one_deal_of_the_folds():
    """Pairs fit these examples exactly, but so do single features: the simpler, pooled form stays."""
    examples = [learning.Example(f"art{n % 10}", [{"subject": 1.0}, {"last_speaker": 1.0}], ["A", "B"], [1, 0])
                for n in range(40)]
    others = [learning.Example(f"en{n}", [{"subject": 1.0}, {}], ["A", "B"], [1, 0], lang="en") for n in range(10)]
    form = learning.best_form(examples, others=others)
    assert form.pooled and not form.pairs and form.accuracy == 1.0


def test_learn_over_a_model_with_a_bad_version_is_one_line(newsroom):
    learning.model_path(newsroom, "fr").write_text('{"weights": {"rule": 1.0}, "bias": 0.0, "version": "abc"}',
                                                  encoding="utf-8")
    with Store.open(newsroom) as store:
        row = store.claims("kind = 'quote'")[0]
        store.review(row["id"], "accept", reviewer="alice", status="accepted")
    result = CliRunner().invoke(main, ["learn", "--db", str(newsroom)])
    assert result.exit_code == 1 and "is not a speaker model" in result.output
    assert "Traceback" not in result.output


TOWNS = ["Lyon", "Nantes", "Rennes", "Lille", "Dijon", "Tours", "Nancy", "Reims", "Brest"]


def festival_article(town: str) -> str:
    return (f'date 2024-05 "Festival"\n\nLe festival de {town} a attiré 12 000 visiteurs en 2023, un record depuis sa '
            f"création en 1998.\n\nLes organisateurs ont prévu cette année 14 concerts et 25 spectacles pour 30 euros "
            f"la journée, voici le programme :\n")


def test_learning_from_statement_decisions(tmp_path, nlp, monkeypatch):
    """This newsroom's reviewers never check the programme lines that end its festival reports: after
    `learn`, the next report's programme line is no longer offered, and its attendance figure still is."""
    import claimcheck.nlp

    monkeypatch.setattr(claimcheck.nlp, "load_pipeline", lambda name=None, lang="fr", claims=False: nlp)
    folder = tmp_path / "old"
    folder.mkdir()
    for town in TOWNS[:8]:
        (folder / f"{town}.txt").write_text(festival_article(town), encoding="utf-8")
    db = tmp_path / "newsroom.db"
    with Store.open(db) as store:
        run_extraction(store, [folder], nlp=nlp)
        statements = store.claims("kind = 'statement'")
        assert sum("programme" in row["content"] for row in statements) == 8  # offered by the shipped model
        for row in statements:
            status = "rejected" if "programme" in row["content"] else "accepted"
            store.review(row["id"], status[:-2], reviewer="alice", status=status)
    result = CliRunner().invoke(main, ["learn", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "statements: 16 reviewed in 8 articles" in result.output, result.output
    before, after = re.search(r"statements: agreement .* before (\S+) .* after (\S+)", result.output).groups()
    assert float(before) == 0.5 and float(after) > float(before)
    assert learning.model_path(db, learning.STATEMENTS).exists()

    new = tmp_path / "new"
    new.mkdir()
    (new / "next.txt").write_text(festival_article(TOWNS[8]), encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", str(new), "--db", str(db)]).exit_code == 0
    with Store.open(db) as store:
        offered = [row["content"] for row in store.claims("kind = 'statement' AND source LIKE '%next.txt'")]
    assert [text.startswith("Le festival de Brest") for text in offered] == [True]

    result = CliRunner().invoke(main, ["learn", "--db", str(db), "--reset"])
    assert result.exit_code == 0 and "newsroom.db.statement-model.v1.json" in result.output
    assert learning.active_model(db, learning.STATEMENTS) is None


def test_a_training_row_writes_its_features_in_name_order():
    """The shipped tables are rewritten at each `claimcheck learn`: the same examples give the same bytes, whatever
    order a set was walked in."""
    from claimcheck.statement_learning import Row

    example = learning.Example("art", [{"subject": 1.0, "person": 1.0}], ["A"], [1])
    assert json.loads(example.to_json())["features"] == [{"person": 1.0, "subject": 1.0}]
    assert list(json.loads(example.to_json())["features"][0]) == ["person", "subject"]
    row = Row("art", "fr", 0, 10, {"person": 1.0, "figure": 1.0}, 1)
    assert list(json.loads(row.to_json())["features"]) == ["figure", "person"]


def test_an_example_does_not_depend_on_the_order_the_shipped_model_ranked_its_candidates():
    """The training table stays the same from one retrain to the next when the extraction does."""
    from claimcheck.extract.ranking import Candidate

    ranked = [Candidate("Paul Morel", "person", {"rule": 1.0}), Candidate(None, "none", {"null": 1.0}),
              Candidate("Anne Roy", "person", {"subject": 1.0})]
    one = learning.example_for("a/1", ranked, "Paul Morel")
    other = learning.example_for("a/1", list(reversed(ranked)), "Paul Morel")
    assert one.to_json() == other.to_json()
    assert one.names == ["Anne Roy", "Paul Morel", None] and one.labels == [0, 1, 0]
