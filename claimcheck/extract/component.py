"""A pipeline step before the parser: no sentence break inside a quotation.

spaCy's French model ends sentences at guillemets, which separates a quote from its
`, a-t-il dit` and makes the parse of both worse. Telling the parser where sentences
may not start keeps each quote with its cue.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.extract.marks import QuoteIndex, Quoted, find_quoted

NAME = "claimcheck_quote_bounds"
USER_DATA_KEY = "claimcheck.quotes"


@Language.component(NAME)
def quote_bounds(doc: Doc) -> Doc:
    text = doc.text
    spans = find_quoted(text)
    # kept for the extractor, so the marks are paired once per article (plain tuples: they cross processes)
    doc.user_data[USER_DATA_KEY] = [(q.start, q.end, q.closed) for q in spans]
    index = QuoteIndex(spans)
    previous = None
    for token in doc:
        if token.i == 0:
            previous = token
            continue
        if "\n" in previous.text_with_ws or previous.is_space:
            token.is_sent_start = True
        else:
            quote = index.at(token.idx)
            if quote is not None and token.idx > quote.start and "\n" not in text[quote.start : token.idx]:
                token.is_sent_start = False
            elif _just_closed(index, previous) and (token.text in (",", ";", ":") or token.text[:1].islower()):
                token.is_sent_start = False
        previous = token
    return doc


def _just_closed(index: QuoteIndex, token) -> bool:
    quote = index.at(token.idx)
    return quote is not None and quote.closed and token.idx + len(token.text) == quote.end


def quotations(doc: Doc) -> list[Quoted]:
    """The doc's quotations: from the pipeline step when it ran, else paired now."""
    stored = doc.user_data.get(USER_DATA_KEY)
    if stored is not None:
        return [Quoted(start, end, closed) for start, end, closed in stored]
    return find_quoted(doc.text)


LABELS_NAME = "claimcheck_dependency_labels"


@Language.factory(LABELS_NAME, default_config={"labels": {}})
def dependency_labels(nlp: Language, name: str, labels: dict[str, str]):
    """After the parser: rename a model's dependency labels to the Universal Dependencies ones the
    quote engine reads (English models say `nsubjpass`, `dobj`; French ones `nsubj:pass`, `obj`)."""

    def rename(doc: Doc) -> Doc:
        for token in doc:
            label = labels.get(token.dep_)
            if label:
                token.dep_ = label
        return doc

    return rename
