"""Check-worthy statements: sentences in the article's own voice that a fact-checker could verify.

Every sentence is a candidate. It is described by what a fact-checker looks for (figures,
money, dates, records, named institutions, a past event stated as fact) and by what makes a
sentence unlikely to be checked (a hedge, a prediction, first-person opinion, words in
quotation marks, a transition); a logistic model learned from annotated articles of both
languages (`claimcheck.statement_learning`) weighs them. Its probability is the claim's
check-worthiness, and the reasons shown to the reviewer are the signals that weighed most.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from importlib import resources

from spacy.attrs import IS_ALPHA, LIKE_NUM, POS
from spacy.tokens import Doc, Span

from claimcheck.extract.lexicon import Lexicon
from claimcheck.extract.marks import QuoteIndex
from claimcheck.extract.ranking import Ranker
from claimcheck.model import Claim, Offsets

# what a reviewer reads for a feature that weighed for the statement: what the sentence says;
# features without a label (length, position in the article) count in the score but are not reasons
REASONS = {
    "figure": "figure", "figures": "figure", "percentage": "percentage", "money": "money",
    "quantity": "quantity", "date": "date", "superlative": "superlative", "comparison": "comparison",
    "person": "named person", "organisation": "named organisation", "place": "named place",
    "past": "past event", "attributed_fact": "reported figure",
}
SIGNALS = ("figure", "percentage", "money", "quantity", "date", "superlative", "comparison")
FEATURES = (
    *SIGNALS, "figures", "person", "organisation", "place", "entities",
    "short", "long", "words",
    "quoted", "marks", "attribution", "attributed_fact",
    "lead", "first_paragraph", "last_paragraph", "position",
    "past", "present", "future", "conditional", "verbless", "passive",
    "hedge", "first_person", "second_person", "exclamation", "colon", "negation",
    "english",
)
ENTITY_KINDS = {"PER": "person", "PERSON": "person", "ORG": "organisation", "NORP": "organisation",
                "LOC": "place", "GPE": "place", "FAC": "place"}
MIN_WORDS = 3  # fewer words than this is a heading or a fragment, never a claim
MAX_MARKS = 0.5  # a sentence at least half in quotation marks is someone's words: a quote, not a statement
MAX_REASONS = 4
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_PARAGRAPH = re.compile(r"\n\s*(?=\S)")


@dataclass
class Sentence:
    """A candidate statement: a sentence's offsets (trimmed) and what describes it."""

    start: int
    end: int
    features: dict[str, float]


@lru_cache(maxsize=None)
def shipped() -> Ranker:
    """The model shipped with the package, trained on the annotated French and English articles;
    its meta holds the probability from which a sentence is offered (`threshold`)."""
    text = (resources.files("claimcheck.data") / "statement_model.json").read_text("utf-8")
    return Ranker.from_json(text, FEATURES)


def find_statements(sentences: list[Sentence], model: Ranker | None = None) -> list[Claim]:
    """The candidate sentences the model finds check-worthy enough to offer."""
    model = model or shipped()
    threshold = float(model.meta.get("threshold", 0.5))
    found = []
    for candidate in sentences:
        score = round(model.score(candidate.features), 3)
        if score < threshold:
            continue
        span = Offsets(candidate.start, candidate.end)
        found.append(Claim(kind="statement", content=span, sentence=span, confidence=score,
                           checkworthiness=score, reasons=reasons(model, candidate.features)))
    return found


def reasons(model: Ranker, features: dict[str, float]) -> tuple[str, ...]:
    """The labelled features that raised the score most, strongest first, each said once."""
    weighed = sorted(((model.weights.get(name, 0.0) * value, name) for name, value in features.items()
                      if name in REASONS), reverse=True)
    said: list[str] = []
    for contribution, name in weighed:
        if contribution > 0 and REASONS[name] not in said:
            said.append(REASONS[name])
    return tuple(said[:MAX_REASONS])


def candidates(doc: Doc, quotes: list[Claim], lex: Lexicon, sents: list[Span], quoted: QuoteIndex,
               text: str, lowered: list[str]) -> list[Sentence]:
    """Every sentence with enough words and mostly outside quotation marks, described. Left out: questions
    (asked, not claimed) and opinions in the first or second person (`je crois que…`, `we should…`).
    `sents`, `quoted`, `text` and `lowered` come from the quote finder, which has already computed them."""
    words = _words(lex)
    contents = sorted((q.content.start, q.content.end) for q in quotes)
    cues = sorted(q.cue.start for q in quotes if q.cue is not None)
    paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    found = []
    arrays = _DocArrays(doc, lowered)
    counted = [s for s in sents if arrays.words(s.start, s.end) >= MIN_WORDS]
    # the entities of each sentence, read off the doc's once: `Span.ents` walks all of the doc's each time
    ents, first = list(doc.ents), 0
    for n, sent in enumerate(counted):
        start, end = _trimmed(text, sent.start_char, sent.end_char)
        if start >= end or text[start:end].rstrip("»”\"' ").endswith("?"):
            continue
        length = max(end - start, 1)
        marks = sum(max(0, min(q.end, end) - max(q.start, start)) for q in quoted.between(start, end)) / length
        if marks >= MAX_MARKS or _opinion(sent, words, lex.cues):
            continue
        paragraph = bisect_right(paragraphs, start) - 1
        while first < len(ents) and ents[first].start < sent.start:
            first += 1
        inside = [ent for ent in takewhile(lambda ent: ent.start < sent.end, ents[first:]) if ent.end <= sent.end]
        features = _describe(sent, arrays, words, inside, text[sent.start_char:sent.end_char])
        features["quoted"] = _covered(contents, start, end) / length
        features["marks"] = marks
        features["attribution"] = float(any(start <= c < end for c in cues))
        if features["attribution"] and (features.get("figure") or features.get("percentage") or features.get("money")):
            features["attributed_fact"] = 1.0
        features["lead"] = float(n == 0)
        features["first_paragraph"] = float(paragraph == 0)
        features["last_paragraph"] = float(paragraph == len(paragraphs) - 1)
        features["position"] = n / max(len(counted) - 1, 1)
        if lex.lang == "en":
            features["english"] = 1.0
        found.append(Sentence(start, end, {k: round(v, 4) for k, v in features.items() if v}))
    return found


_BUILT: dict[str, "_Words"] = {}


def _words(lex: Lexicon) -> "_Words":
    if lex.lang not in _BUILT:
        _BUILT[lex.lang] = _Words(lex)
    return _BUILT[lex.lang]


def _phrases(words: tuple[str, ...]) -> re.Pattern:
    """One search for any of the phrases, each as whole words in a space-padded lower-case sentence."""
    return re.compile("|".join(re.escape(f" {w} ") for w in words) or "(?!)")


class _Words:
    """The language's statement word lists, as sets and compiled phrases, built once per language."""

    def __init__(self, lex: Lexicon):
        data = lex.data.statements
        self.percent = data.percent - {"point", "points"}
        self.money = data.money
        self.units = data.scale | data.units
        self.months = data.months
        self.superlatives = _phrases(data.superlatives)
        self.comparisons = _phrases(data.comparisons)
        self.hedges = _phrases(data.hedges)
        self.future = data.future_words
        self.conditionals = data.conditional_words
        self.first_person = data.first_person
        self.second_person = data.second_person
        self.opinion_verbs = data.opinion_verbs
        self.negations = lex.data.negations


class _DocArrays:
    """The doc's words, tags and counts read off its arrays once: a sentence's signals are then sums and
    look-ups over a range, with no spaCy Token built for each word."""

    def __init__(self, doc: Doc, lowered: list[str]):
        self.doc = doc
        self.lowered = lowered
        alpha, number, pos = doc.to_array([IS_ALPHA, LIKE_NUM, POS]).T.tolist() if len(doc) else ([], [], [])
        names = doc.vocab.strings
        self.pos = [names[p] for p in pos]
        self.number = [bool(n) or p == "NUM" for n, p in zip(number, self.pos)]
        self.alpha_before = [0]
        for a in alpha:
            self.alpha_before.append(self.alpha_before[-1] + a)

    def words(self, start: int, end: int) -> int:
        return self.alpha_before[end] - self.alpha_before[start]


def _describe(sent: Span, arrays: _DocArrays, words: _Words, ents: list[Span], sent_text: str) -> dict[str, float]:
    """The sentence's own signals: what it says (figures, names) and how (tense, mood, hedges)."""
    lowers = arrays.lowered[sent.start : sent.end]
    pronouns, moods, years, figures = set(), set(), 0, 0
    alpha = arrays.words(sent.start, sent.end)
    for i in range(sent.start, sent.end):  # one pass over the tokens
        pos = arrays.pos[i]
        if pos in ("PRON", "DET"):
            pronouns.add(arrays.lowered[i])  # `US` the country is not `us`
        elif pos in ("VERB", "AUX"):
            moods.update(arrays.doc[i].morph.get("Mood"))  # `il a dit qu'il viendrait`: a conditional too
        if arrays.number[i]:
            if _YEAR.match(arrays.lowered[i]):
                years += 1
            else:
                figures += 1
    lower = " " + " ".join(lowers) + " "
    tokens = set(lowers)
    features: dict[str, float] = {}
    signals = {
        "figure": bool(figures),
        "figures": figures >= 2,
        "percentage": bool(tokens & words.percent) or " pour cent " in lower or " per cent " in lower,
        "money": bool(tokens & words.money),
        "quantity": bool(figures) and bool(tokens & words.units),
        "date": bool(years) or bool(tokens & words.months),
        "superlative": bool(words.superlatives.search(lower)),
        "comparison": bool(words.comparisons.search(lower)),
        "hedge": bool(words.hedges.search(lower)),
        "first_person": bool(pronouns & words.first_person),
        "second_person": bool(pronouns & words.second_person),
        "negation": bool(tokens & words.negations),
        "exclamation": "!" in sent_text,
        "colon": sent_text.rstrip().endswith(":"),
        "short": alpha < 8,
        "long": alpha > 35,
    }
    features.update({name: 1.0 for name, on in signals.items() if on})
    features["words"] = min(alpha, 60) / 60
    kinds = [ENTITY_KINDS.get(ent.label_) for ent in ents]
    for kind in set(filter(None, kinds)):
        features[kind] = 1.0
    if ents:
        features["entities"] = min(len(ents), 5) / 5
    features.update(_verb(sent, tokens, moods, words))
    return features


def _opinion(sent: Span, words: _Words, cues: frozenset[str]) -> bool:
    """`je crois que…`, `we should…`, `vous devez…`: a first- or second-person subject of a verb of
    opinion, wish or obligation (or of a cue) says what someone thinks, not what happened. A first
    person reporting a fact (`we created 5,000 jobs`) stays a candidate."""
    root = sent.root
    persons = words.first_person | words.second_person
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in persons and c.pos_ == "PRON" for c in root.children):
        return False
    verbs = [root] + [c for c in root.children if c.dep_ in ("aux", "xcomp")]
    return any(v.lemma_.lower() in words.opinion_verbs or v.lemma_.lower() in cues for v in verbs)


def _verb(sent: Span, tokens: set[str], moods: set[str], words: _Words) -> dict[str, float]:
    """Tense and mood of the sentence's main verb and its auxiliaries: a past event stated as
    fact is checkable, a prediction or a conditional is not."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") and not any(c.pos_ in ("AUX", "VERB") for c in root.children):
        return {"verbless": 1.0}
    group = [root] + [c for c in root.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]
    tenses = {t for token in group for t in token.morph.get("Tense")}
    forms = {f for token in group for f in token.morph.get("VerbForm")}
    out: dict[str, float] = {}
    if "Cnd" in moods or tokens & words.conditionals:
        out["conditional"] = 1.0
    if "Fut" in tenses or any(t.lower_ in words.future for t in group):
        out["future"] = 1.0
    elif "Past" in tenses or "Imp" in tenses or ("Part" in forms and len(group) > 1):
        out["past"] = 1.0
    elif "Pres" in tenses:
        out["present"] = 1.0
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in root.children):
        out["passive"] = 1.0
    return out


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
