"""The language data: every key the engine reads, checked when loaded, none it does not."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from claimcheck.extract import lexicon
from claimcheck.extract.lexicon import (LANGUAGES, LanguageData, LanguageDataError, StatementWords, first_name_genders,
                                        first_name_table,
                                        load, read_first_names)

ENGINE = Path(__file__).resolve().parent.parent / "claimcheck"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_language_data_loads(lang):
    data = load(lang).data
    assert data.complementizers and data.role_heads and data.statements.months


def test_a_key_the_engine_does_not_read_is_an_error_naming_it():
    with pytest.raises(LanguageDataError, match=r"lang_xx.json: unknown key role_head \(the engine reads: .*role_heads"):
        LanguageData.from_json({"role_head": ["maire"]}, "lang_xx.json")


def test_a_statement_key_is_checked_too():
    with pytest.raises(LanguageDataError, match="lang_xx.json: statements: unknown key month"):
        LanguageData.from_json({"statements": {"month": ["mai"]}}, "lang_xx.json")


@pytest.mark.parametrize("raw, message", [
    ({"role_heads": "maire"}, "role_heads: expected a list of words"),
    ({"role_heads": ["maire", 3]}, "role_heads: expected a list of words"),
    ({"according_to": ["selon"]}, "according_to: expected a list of word lists"),
    ({"bare_complement": "yes"}, "bare_complement: expected true or false"),
    ({"participle_endings": [["ant"]]}, "participle_endings: expected a list of words"),
    ({"statements": {"hedges": "reportedly"}}, "statements: hedges: expected a list of words"),
    ({"role_genders": ["maire"]}, "role_genders: expected an object"),
    (["selon"], "expected an object of keys"),
])
def test_a_value_of_the_wrong_shape_is_an_error(raw, message):
    with pytest.raises(LanguageDataError, match=message):
        LanguageData.from_json(raw, "lang_xx.json")


@pytest.mark.parametrize("raw", [
    {"role_heads": ["maire", "PDG"]}, {"role_synonyms": {"PDG": ["patron"]}}, {"according_to": [["Selon"]]},
    {"statements": {"hedges": ["Reportedly"]}},
])
def test_a_capital_in_a_word_matched_in_lower_case_is_an_error(raw):
    """Tokens are read through their lower-case form or lemma: `PDG` in `role_heads` matched no office."""
    with pytest.raises(LanguageDataError, match="words are matched in lower case here"):
        LanguageData.from_json(raw, "lang_xx.json")


def test_words_matched_as_written_and_a_table_of_features_keep_their_capitals():
    data = LanguageData.from_json({"honorifics": ["Mme"], "legal_forms": ["Inc."],
                                   "subject_pronouns": {"elle": ["Fem", "Sing"]}}, "lang_xx.json")
    assert data.honorifics == {"Mme"} and data.legal_forms == {"Inc."}


def test_comments_and_missing_lists_are_allowed():
    data = LanguageData.from_json({"_comment": "a note", "negations": ["ne", "pas"]}, "lang_xx.json")
    assert data.negations == {"ne", "pas"} and data.role_heads == frozenset()


def test_every_field_is_read_by_the_engine():
    """A field nobody reads is a list that silently counts for nothing: remove it, or use it."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in ENGINE.rglob("*.py"))
    for kind in (LanguageData, StatementWords):
        unread = [f.name for f in fields(kind) if not re.search(rf"\.{f.name}\b", source)]
        assert not unread, f"{kind.__name__} fields nothing reads: {unread}"


def test_a_first_name_has_a_gender_only_when_it_nearly_always_has_that_one():
    table = first_name_genders()
    assert table["nicolas"] == "Masc" and table["nathalie"] == "Fem" and table["segolene"] == "Fem"
    # `Jean` is a man in French and a woman in English; `Dominique`, `Camille` are both
    assert not {"jean", "dominique", "camille"} & table.keys()
    # ... and they are first names all the same, of either; a particle the sources read as a name is none
    names = first_name_table()
    assert {names[n] for n in ("jean", "michel", "dominique", "camille")} == {None}
    assert names["nicolas"] == "Masc" and not {"le", "van", "de", "york"} & names.keys()


def test_a_language_gives_one_gender_to_a_first_name_the_world_gives_to_either():
    """`Jean` is a man in French (`Jeanne` the woman), a woman as often as a man in English."""
    assert load("fr").first_name_genders["jean"] == "Masc" and load("fr").first_name_genders["pascale"] == "Fem"
    assert "jean" not in load("en").first_name_genders and load("en").first_name_genders["nicolas"] == "Masc"
    assert "dominique" not in load("fr").first_name_genders


@pytest.mark.parametrize("genders", [{"stéphane": "Masc"}, {"jean": "M"}])
def test_a_first_name_gender_must_be_a_folded_name_and_masc_or_fem(genders):
    with pytest.raises(LanguageDataError, match="first_name_genders: .*expected a first name in lower case"):
        LanguageData.from_json({"first_name_genders": genders}, "lang_xx.json")


def test_a_malformed_first_name_line_is_an_error_naming_it():
    assert read_first_names("# comment\nnicolas\tM\njean\tX\n") == {"nicolas": "Masc", "jean": None}
    with pytest.raises(LanguageDataError, match=r"names.tsv, line 2: expected `name<TAB>M\|F\|X`"):
        read_first_names("# comment\nnicolas\tZ\n", "names.tsv")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phrase_of_the_language_data_is_written_as_the_tokenizer_cuts_it(lang, request):
    """A phrase is matched token by token: `["de", "l'avis", "de"]` could never match, since the tokenizer cuts
    `l'` from `avis` (the pipeline reads a curly apostrophe as a straight one)."""
    nlp = request.getfixturevalue("nlp" if lang == "fr" else "nlp_en")
    data = load(lang).data
    dead = []
    for field in fields(data):
        value = getattr(data, field.name)
        phrases = value if isinstance(value, (list, tuple)) and value and isinstance(value[0], tuple) else []
        for phrase in phrases:
            written = [w.replace("’", "'").lower() for w in phrase]
            if [t.lower_ for t in nlp.tokenizer(" ".join(written))] != written:
                dead.append((field.name, phrase))
    assert dead == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_verb_a_frame_table_lists_is_a_cue(lang):
    """The frame tables say what a cue reports (its object, an infinitive, a preposition's complement); a verb
    listed there that is no cue is never read: an entry that silently counts for nothing."""
    lexicon = load(lang)
    data = lexicon.data
    listed = [*data.object_cues, *data.infinitive_cues, *data.prepositional_cues]
    dead = [entry for entry in listed if not (
        entry in lexicon.cues
        or tuple(entry.split()[1:]) in lexicon.phrases.get(entry.split()[0], ()))]
    assert not dead, f"{lang}: listed but no cue: {dead}"


def test_the_table_of_forms_covers_every_verb_the_lexicon_inflects():
    """`verb_forms_fr.tsv` is built from the cue list: a verb added without rebuilding it (benchmarks/verb_forms.py
    --build) would be read by its regular endings only."""
    from importlib import resources

    table = resources.files("claimcheck.data") / "verb_forms_fr.tsv"
    lex = lexicon.load("fr")
    rows = lexicon.read_verb_forms(table, set(lex.forms.values()))
    assert {verb for _, verb in rows} == set(lex.forms.values())
    assert lex.forms["dément"] == "démentir" and lex.forms["rappelle"] == "rappeler"


def test_a_table_of_forms_for_an_unknown_verb_is_refused(tmp_path):
    table = tmp_path / "verb_forms_fr.tsv"
    table.write_text("# forms\ndément\tdémentir\nchante\tchanter\n", encoding="utf-8")
    with pytest.raises(lexicon.LanguageDataError, match="line 3"):
        lexicon.read_verb_forms(table, {"démentir"})
    assert lexicon.read_verb_forms(tmp_path / "absent.tsv", {"démentir"}) == []
