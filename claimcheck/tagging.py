"""The attribute ruler's tag mappings made over the doc's arrays: the same annotations in a fraction of the time.

spaCy's pipelines end their tagging with an attribute ruler, most of whose patterns map one word's tag to its part of
speech and features (English: `[{"TAG": "NNS"}]` sets `POS` and `MORPH`) or copy its part of speech into its tag
(French: `[{"POS": "NOUN"}]` sets `TAG`). Its Matcher tries every pattern on every word and the ruler sets each
match word by word: 2.4-3.0 ms an article in French, a third of what the lemmatizer cost before its word lists
became sets, 10-14 ms in English (0.7 and 7.7 ms here). The ruler's leading patterns of that kind are made here as
lookups over the doc's arrays, and its Matcher keeps the others. Same doc: the ruler finds every match on the doc as
it came and applies them in the order the patterns were added, as this does, and the patterns left to the Matcher
read nothing the mappings write. The ruler's patterns and its serialisation are untouched.
"""

from __future__ import annotations

import numpy
from spacy.attrs import MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

READ = {"POS": POS, "TAG": TAG}  # what a mapping matches a word on
WRITTEN = {POS: "POS", TAG: "TAG", MORPH: "MORPH"}  # and what it may set


class MappingRuler(AttributeRuler):
    """An attribute ruler that makes its leading one-word mappings over arrays (`map_tags_in_bulk`)."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            found = {attr: doc.to_array(attr) for attr in self.read}
            columns = {attr: doc.to_array(attr) for attr in self.written}
            for attr, value, sets in self.mappings:
                where = found[attr] == value
                for column, new in sets:
                    columns[column][where] = new
            doc.from_array(list(columns), numpy.stack(list(columns.values()), axis=1))
        return super().__call__(doc)

    def match(self, doc: Doc):
        return sorted((int(self.vocab.strings[key]), key, start, end)
                      for key, start, end in self.others(doc, allow_missing=True, as_spans=False))

    def add(self, *args, **kwargs) -> None:
        """A pattern added later may read what the mappings write: the ruler goes back to matching every pattern."""
        self.__class__ = AttributeRuler
        self.add(*args, **kwargs)

    def clear(self) -> None:
        self.__class__ = AttributeRuler
        self.clear()


def map_tags_in_bulk(nlp: Language) -> None:
    """Make each attribute ruler of the pipeline whose patterns open on one-word mappings a `MappingRuler`; a ruler
    with none, or whose later patterns read what those write, is left as it is."""
    for _, step in nlp.pipeline:
        if type(step) is AttributeRuler:
            _take_mappings(step)


def _take_mappings(ruler: AttributeRuler) -> None:
    patterns = ruler.patterns
    mappings = []
    for n, entry in enumerate(patterns):
        mapping = _mapping(ruler, n, entry)
        if mapping is None:
            break
        mappings.append(mapping)
    else:
        n = len(patterns)
    written = {column for _, _, sets in mappings for column, _ in sets}
    names = {WRITTEN[column] for column in written}
    rest = patterns[n:]
    if not mappings or any(not isinstance(key, str) or key.upper() in names or key == "_"
                           for entry in rest for pattern in entry["patterns"] for word in pattern for key in word):
        return  # (none to make, or a later pattern reads what they write: matched after them, it would see it)
    ruler.mappings = mappings
    ruler.read = sorted({attr for attr, _, _ in mappings})
    ruler.written = sorted(written)
    ruler.others = Matcher(ruler.vocab, validate=False)
    for i, entry in enumerate(rest, start=n):
        ruler.others.add(ruler.vocab.strings.add(str(i)), entry["patterns"])
    ruler.__class__ = MappingRuler


def _mapping(ruler: AttributeRuler, n: int, entry: dict) -> tuple[int, int, list[tuple[int, int]]] | None:
    """(attribute read, its value, [(attribute set, value)]) when the pattern matches one word on its part of speech
    or its tag alone and sets only parts of speech, tags and features; the values as the ruler holds them."""
    if entry.get("index", 0) not in (0, -1) or len(entry["patterns"]) != 1 or len(entry["patterns"][0]) != 1:
        return None
    word = entry["patterns"][0][0]
    if len(word) != 1:
        return None
    (key, value), = word.items()
    if key not in READ or not isinstance(value, str):
        return None
    sets = ruler.attrs[n]  # (the ruler's own normalised values: ids for parts of speech, hashes for tags and features)
    if not sets or any(attr not in WRITTEN for attr in sets):
        return None
    read = READ[key]
    matched = ruler.vocab.strings.add(value) if read == TAG else IDS.get(value)
    if matched is None:
        return None
    return read, matched, [(attr, int(new)) for attr, new in sets.items()]
