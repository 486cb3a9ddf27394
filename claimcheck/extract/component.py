"""A pipeline step before the parser: no sentence break inside a quotation, inside a word, or where no
sentence can open.

spaCy's French model ends sentences at guillemets, which separates a quote from its
`, a-t-il dit` and makes the parse of both worse, at the hyphen of a compound or a name
(`Odoxa-Dentsu`), and before a capital, a comma or a lower-case word in the middle of a clause.
Telling the parser where sentences may not start keeps each quote with its cue and each cue with
its subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.extract.lexicon import LANGUAGES, load
from claimcheck.extract.marks import Quoted, find_quoted

NAME = "claimcheck_quote_bounds"
_WORD_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")
# where the French model opened a sentence 114 times in the 111 French articles of the open gold (10 times once
# these are marked), and the sentence it cut lost its subject or its cue: on a capital right after a word or a comma (`La chaîne américaine | NBC
# annonce`, `Priscillia | Ludosky, figure des …`), on a comma, a colon or a closing bracket, on a lower-case word
# (`Déjà en conflit avec TF1 | depuis dix-huit mois`), on an opening bracket after a word or the word after it
# (`son homologue | [Joe Biden].`), on the full stop after a closing one; a sentence opens after a full stop or a
# line break
_INSIDE_A_SENTENCE = re.compile(r"(?<=[\w,] )[A-ZÀ-ÖØ-ÞŒ]|(?<=[^\s.!?…:;]) ?[,;:)\]]|(?<=[^\s.!?…]) [a-zà-öø-ÿœ]"
                                r"|(?<=[^\s.!?…]) [(\[]|(?<=[^\s.!?…] [(\[])\S|(?<=[)\]])[.!?…]")
USER_DATA_KEY = "claimcheck.quotes"
_FULL_STOPS = (".", "!", "?", "…")


@Language.component(NAME)
def quote_bounds(doc: Doc) -> Doc:
    """The tokens a rule speaks for are found by their offsets in the text, not by a walk over the
    tokens: this runs on every article before the parser, and such a walk cost a sixth of the extraction."""
    text = doc.text
    spans = find_quoted(text)
    # kept for the extractor, so the marks are paired once per article (plain tuples: they cross processes)
    doc.user_data[USER_DATA_KEY] = [(q.start, q.end, q.closed, q.runs_on, q.opened) for q in spans]
    if len(doc) < 2:
        return doc
    starts = doc.to_array(IDX).tolist()
    decided: dict[int, bool] = {}
    for quote in spans:
        opening = bisect_left(starts, quote.start)
        if 0 < opening < len(doc) and starts[opening] == quote.start and doc[opening - 1].text in (".", "!", "?"):
            decided[opening] = True  # `…, a indiqué X. « Le bâtiment … », a-t-il expliqué`: a new sentence
        after = bisect_right(starts, quote.end - 1)  # the first token past the closing mark
        if quote.closed and after < len(doc) and starts[after - 1] + len(doc[after - 1].text) == quote.end:
            token = doc[after]
            if token.text in (",", ";", ":") or token.text[:1].islower():
                decided[after] = False  # `» a-t-il dit`, `», estime X`: the sentence goes on
            elif token.text[:1].isupper() and text[quote.start:quote.end - 1].rstrip().endswith(_FULL_STOPS):
                decided[after] = True  # `« … une scène de guerre. » Tous les vols …`: the quotation ended it
        # inside the marks, up to the first line break: a paragraph ends an unclosed quotation
        limit = text.find("\n", quote.start, quote.end)
        for i in range(bisect_right(starts, quote.start), bisect_left(starts, quote.end if limit < 0 else limit + 1)):
            decided[i] = False
    for inside in _INSIDE_A_SENTENCE.finditer(text):
        i = bisect_left(starts, inside.end() - 1)
        if 0 < i < len(doc) and starts[i] == inside.end() - 1 and i not in decided:
            decided[i] = False
    titles = _titles(doc.lang_)
    for title in titles.finditer(text) if titles is not None else ():  # `…, Const. Dani McKinnon said`
        i = bisect_left(starts, title.end())
        if 0 < i < len(doc) and starts[i] == title.end() and i not in decided:
            decided[i] = False
    for hyphen in _WORD_HYPHEN.finditer(text):  # `Odoxa-Dentsu`, `Rond-Point`: no sentence starts in a word
        i = bisect_left(starts, hyphen.start())
        for j in (i, i + 1):
            if 0 < j < len(doc) and starts[j] in (hyphen.start(), hyphen.end()) and j not in decided:
                decided[j] = False
    at = text.find("\n")
    while at >= 0:
        i = bisect_right(starts, at)  # the token after the one holding the line break
        if 0 < i < len(doc):
            decided[i] = True
        at = text.find("\n", at + 1)
    if decided:
        marks = numpy.zeros((len(doc), 1), dtype="int64")  # 1 starts a sentence, -1 does not, 0: the parser says
        for i, start in decided.items():
            marks[i, 0] = 1 if start else -1
        doc.from_array([SENT_START], marks.view("uint64"))
    return doc


def quotations(doc: Doc) -> list[Quoted]:
    """The doc's quotations: from the pipeline step when it ran, else paired now."""
    stored = doc.user_data.get(USER_DATA_KEY)
    if stored is not None:
        return [Quoted(*entry) for entry in stored]  # (start, end, closed[, runs_on[, opened]])
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


CLAIMS_NAME = "claimcheck_claims"
CLAIMS_KEY = "claimcheck.claims"
FAILURE_KEY = "claimcheck.failure"  # why the step found no claims on an article: the extractor failed on it


@Language.factory(CLAIMS_NAME, default_config={"lang": "fr"})
def claim_finder(nlp: Language, name: str, lang: str) -> "ClaimFinder":
    return ClaimFinder(lang)


class ClaimFinder:
    """The last step: the article's claims, found where the parse is. Under `nlp.pipe(n_process=N)` the
    whole extraction runs in the worker processes and the parent only stores what they found; the
    claims travel as plain records (`Claim.to_record`) on an empty Doc that replaces the parse. The people
    registry and the newsroom's models are set on the step before the pipe starts (`configure`)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.known: dict[str, str] = {}
        self.ranker = None
        self.statement_model = None

    def configure(self, known: dict[str, str], ranker=None, statement_model=None) -> None:
        self.known, self.ranker, self.statement_model = known, ranker, statement_model

    def __call__(self, doc: Doc) -> Doc:
        from claimcheck.extract import extract  # the extractor imports this module for its first step

        # the claims are all the parent stores: under `n_process` every doc goes back to it serialised,
        # so the step hands back an empty doc that carries them rather than the whole parse
        found = Doc(doc.vocab, words=[])
        try:
            claims = extract(doc, self.lang, self.known, self.ranker, self.statement_model)
        except Exception as err:  # noqa: BLE001 - one article's fault must not end the run: it is reported
            found.user_data[FAILURE_KEY] = failure(err)
            return found
        found.user_data[CLAIMS_KEY] = [claim.to_record() for claim in claims]
        return found


def failure(err: BaseException) -> str:
    """What a reader is told when the extractor fails on an article (a bug, not bad input)."""
    return f"the extractor failed on this article ({type(err).__name__}: {err}); nothing was stored for it"


def failure_on(doc: Doc) -> str | None:
    """Why the pipeline's last step found no claims on this doc, when it failed."""
    return doc.user_data.get(FAILURE_KEY)


def claims_on(doc: Doc) -> list | None:
    """The claims the pipeline's last step found on this doc, or None when it did not run."""
    from claimcheck.model import Claim

    records = doc.user_data.get(CLAIMS_KEY)
    return None if records is None else [Claim.from_record(record) for record in records]


@lru_cache(maxsize=None)
def _titles(lang: str) -> re.Pattern | None:
    """A title with its full stop (the language data's `honorifics`: `Const.`, `Mme.`) right before a capital: the
    name it opens goes on with the sentence, which the parser ended on the title's full stop."""
    if lang not in LANGUAGES:
        return None  # (a pipeline of a language claimcheck has no data for: the parser decides alone)
    titles = sorted((t for t in load(lang).data.honorifics if t.endswith(".")), key=len, reverse=True)
    if not titles:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) + r") (?=[A-ZÀ-ÖØ-Þ])")
