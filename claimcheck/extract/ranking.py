"""Choose each quote's speaker among the people and organisations around it, by a learned score.

The rules propose, the weights decide: the registry's reading of the cue's subject is one
candidate among the names in the sentences around the quote and the recent speakers, and
"the rule chose it" is one feature among distance, syntax, agreement and history. The
weights are learned from annotated and reviewed quotes (`claimcheck.learning`); scoring is
a dot product in pure Python, so extracting needs no machine-learning library.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from claimcheck.extract.lexicon import first_name_table
from claimcheck.extract.speakers import (RESOLVERS, Registry, Speaker, after_preposition, fold,
                                         last_of_a_list_set_before)

_NEWLINE = re.compile("\n")

WINDOW_BEFORE = 3  # sentences before the quote whose names are candidates
WINDOW_AFTER = 1
WINDOW_CHARS = 2000  # and never further than this before the quote (half of it after)
HISTORY = 3  # recent speakers kept as candidates
KEEP = 3  # candidates kept on the claim, with scores, for the reviewer
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}

# mention kinds of a frame: what the cue's subject or the `selon` object is
MENTION_KINDS = ("none", "pronoun", "name", "role", "phrase")

FEATURES = (
    "rule", *(f"rule*{k}" for k in MENTION_KINDS), "rule*group", "rule*floating", *(f"rule@{r}" for r in RESOLVERS),
    "in_mention", "null", "null*none", "null*pronoun", "null*floating",
    "person", "group", "phrase",
    "same_sent", "sent_before_1", "sent_before_2", "sent_before_3", "sent_after", "only_after",
    "token_distance", "subject", "subject*floating", "subject*pronoun_before_1", "same_paragraph", "only_in_quotes",
    "last_speaker", "last_speaker*floating", "last_speaker*pronoun", "recent_speaker", "times_quoted",
    "times_named", "nearest_person", "nearest_person*floating", "nearest_person*pronoun",
    "gender_agrees", "gender_clashes", "plural_agrees", "plural_clashes", "role_link", "first_named",
    "after_quote_same_sent", "named_in_mention_sent",
    "mention_head", "in_mention_modifier", "in_mention*rule_described",
    "last_speaker*same_paragraph", "next_speaker*same_paragraph", "next_speaker*floating",
    "phrase*definite", "phrase*generic", "phrase*role_head", "phrase*agent_head", "phrase*other_head",
    "phrase*anchored", "rule*together", "one_of_together",
    "vs_definite*person", "vs_definite*group", "vs_definite*last_speaker", "vs_definite*recent_speaker",
    "vs_definite*subject",
)
DEFINITE = {"le", "la", "l'", "l’", "les", "the", "this", "ce", "cet", "cette", "ces", "these"}


@dataclass
class Candidate:
    """A possible speaker of one quote, with the evidence for it."""

    name: str | None  # None: the article does not say who spoke
    kind: str  # person | group | role | none
    features: dict[str, float] = field(default_factory=dict)
    mention: tuple[int, int] | None = None  # nearest mention in the text, for highlighting
    score: float = 0.0


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str  # person | group
    start: int  # token
    end: int
    start_char: int
    end_char: int
    sent: int
    subject: bool
    in_quotes: bool
    modifier: bool  # `Saudi Arabia's agency`, `U.S. automaker Chrysler`: describes another noun


def with_pairs(features: dict[str, float]) -> dict[str, float]:
    """The features and the products of every two of them (`subject&same_sent`): a linear model
    over pairs learns what a feature means in the company of another."""
    active = sorted(name for name, value in features.items() if value)
    out = dict(features)
    for i, a in enumerate(active):
        for b in active[i + 1:]:
            out[f"{a}&{b}"] = features[a] * features[b]
    return out


class Ranker:
    """Linear weights over named features (and over their pairs, when trained so); unknown
    features weigh nothing."""

    def __init__(self, weights: dict[str, float], bias: float = 0.0, meta: dict | None = None):
        self.weights = weights
        self.bias = bias
        self.meta = meta or {}
        self.pairs = bool(self.meta.get("pairs"))

    def score(self, features: dict[str, float]) -> float:
        if self.pairs:
            features = with_pairs(features)
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def to_json(self) -> str:
        return json.dumps({"weights": self.weights, "bias": self.bias, **self.meta}, indent=1, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, features: tuple[str, ...] = FEATURES) -> "Ranker":
        """A model from its JSON, checked: finite numbers, `features` this version emits (a speaker
        model's by default), an integer version. A NaN weight would score every candidate NaN and
        drop every quote without a word."""
        data = json.loads(text)
        weights = {k: float(v) for k, v in data.pop("weights").items()}
        bias = float(data.pop("bias", 0.0))
        bad = [name for name, value in weights.items() if not math.isfinite(value)]
        if bad or not math.isfinite(bias):
            raise ValueError(f"weights that are not finite numbers: {', '.join(bad) or 'bias'}")
        unknown = sorted({part for name in weights for part in name.split("&")} - set(features))
        if unknown:
            raise ValueError(f"unknown features: {', '.join(unknown[:5])}")
        version = data.get("version", 0)
        if isinstance(version, bool) or not isinstance(version, int):
            raise ValueError(f"version {version!r} is not an integer")
        return cls(weights, bias, data)


@lru_cache(maxsize=None)
def shipped(lang: str = "fr") -> Ranker:
    """The model shipped for a language: trained on that language's annotated articles only
    (a model trained on French and English together did worse on French by cross-validation)."""
    return Ranker.from_json((resources.files("claimcheck.data") / f"speaker_model_{lang}.json").read_text("utf-8"))


class CandidateFinder:
    """Everything about an article the features need, computed once."""

    def __init__(self, doc: Doc, registry: Registry, sent_of: list[int], inside_quotes, pronouns: dict, text: str,
                 in_marks):
        """`text` is the doc's: spaCy rebuilds `doc.text` from every token on each call. `inside_quotes(char)`: in
        quotation marks or in words reported; `in_marks(char)`: in quotation marks."""
        self.doc = doc
        self.in_marks = in_marks
        self.registry = registry
        self.role_heads = registry.lex.data.role_heads
        self.agent_heads = registry.lex.data.org_anaphors
        self.sent_of = sent_of
        self.pronouns = pronouns
        # a language with a pronoun for things (`it`) keeps `he` and `she` for people; `il`, `elle` stand for nouns
        self.natural_gender = any(gender == "Neut" for gender, _ in pronouns.values())
        self.places = registry.place_names()
        self.token_starts = doc.to_array(IDX).tolist()
        self.paragraph_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.mentions: list[Mention] = []
        for ent in registry.ents:
            named = registry.name_of(ent)
            if named is None:
                continue
            name, kind = named
            subject = _is_subject(ent)
            modifier = ent.root.dep_ in ("poss", "compound", "nmod:poss", "amod") or (
                ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s")) or self._party_of_a_role(ent)
            self.mentions.append(Mention(name, kind, ent.start, ent.end, ent.start_char, ent.end_char,
                                         sent_of[ent.start], subject, inside_quotes(ent.start_char), modifier))
        self.first_named = next((m.name for m in self.mentions if m.kind == "person" and not m.in_quotes), None)
        # mentions are in reading order: a quote's window is a slice found by bisection, not a scan
        self.mention_sents = [m.sent for m in self.mentions]
        self.mention_starts = [m.start_char for m in self.mentions]
        self.named_at: dict[str, list[int]] = {}
        for m in self.mentions:
            self.named_at.setdefault(m.name, []).append(m.start_char)
        self.quoted: dict[str, int] = {}  # folded name -> times chosen so far
        self.recent: list[str] = []  # names chosen, latest last
        self.last_at = -1  # where the latest was chosen

    def _party_of_a_role(self, ent: Span) -> bool:
        """`le sénateur LR`, `le député Renaissance`: an organisation's name set right after a person's role, with
        no preposition, says which party or body the role holder belongs to; the holder speaks, not the party
        (`le groupe Renault`, after an organisation's noun, is its name)."""
        head = ent.root.head
        return ent.label_ == "ORG" and ent.root.dep_ in ("nmod", "appos", "flat:name") and head.i == ent.start - 1 \
            and head.pos_ == "NOUN" and head.lemma_.lower() in self.role_heads \
            and not any(c.dep_ == "case" for c in ent.root.children)

    def token_at(self, char: int) -> int:
        return max(bisect_right(self.token_starts, char) - 1, 0)

    def paragraph(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char)

    def candidates(self, start: int, end: int, mention: Span | None, cue: tuple[int, int] | None,
                   floating: bool, rule: Speaker | None, known=None,
                   ahead: tuple[str, int] | None = None) -> list[Candidate]:
        """The candidates for the quote at [start, end) whose cue designates `mention`; `ahead` is
        the rules' speaker of the next attributed quote and where it starts."""
        first_tok, last_tok = self.token_at(start), self.token_at(max(end - 1, start))
        qs, qe = self.sent_of[first_tok], self.sent_of[last_tok]
        mention_kind = self._mention_kind(mention, rule)
        pron = self._pronoun(mention)
        by_key: dict[str | None, Candidate] = {}
        definite = False

        def canonical(name: str) -> str:
            return (known(name) if known is not None else None) or name

        def candidate(name: str | None, kind: str) -> Candidate:
            if name:
                name = canonical(name)
            key = fold(name) if name else None
            if key not in by_key:
                by_key[key] = Candidate(name, kind)
            return by_key[key]

        null = candidate(None, "none")
        null.features["null"] = 1.0
        if mention_kind in ("none", "pronoun"):
            null.features[f"null*{mention_kind}"] = 1.0
        null.features["null*floating"] = float(floating)

        nearest_person: Mention | None = None
        # by sentences, and by characters too: a text without sentence ends is one huge sentence
        lo = max(bisect_left(self.mention_sents, qs - WINDOW_BEFORE),
                 bisect_left(self.mention_starts, start - WINDOW_CHARS))
        hi = min(bisect_right(self.mention_sents, qe + WINDOW_AFTER),
                 bisect_right(self.mention_starts, end + WINDOW_CHARS // 2))
        window = self.mentions[lo:hi]
        clause = self._pronoun_clause(mention) if pron is not None else None
        bound = set()
        for m in window:
            quoted = start <= m.start_char < end
            if clause is not None and self._inside(clause, m.start) \
                    and not (quoted and self.in_marks(m.start_char)):
                # `il a reçu Paul Morel`, `Il avait assuré à Kislyak que Trump ne …`: anyone the pronoun's own
                # clause names is someone else, here and wherever else the article names them (not in the quotation
                # marks of what it reports, the speaker's own words, which may name the speaker: `il a assuré que
                # « personne n'aime la CIA plus que Trump »`)
                bound.add(fold(canonical(m.name)))
            if quoted:
                continue  # named inside the quote itself: talked about, not talking
            if m.start_char in self.registry.addressees:
                continue  # (`wrote in a letter to Mayor X`, `a expliqué à X`: whom the words were said to)
            c = candidate(m.name, m.kind)
            f = c.features
            f["person" if m.kind == "person" else "group"] = 1.0
            distance = qs - m.sent if m.start_char < start else -(m.sent - qe)
            if m.start_char < start and m.kind == "person" and not m.in_quotes:
                if nearest_person is None or m.start_char > nearest_person.start_char:
                    nearest_person = m
            if distance == 0 or qs <= m.sent <= qe:
                f["same_sent"] = 1.0
                if m.start_char >= end:
                    f["after_quote_same_sent"] = 1.0
            elif distance > 0:
                f[f"sent_before_{min(distance, 3)}"] = 1.0
            else:
                f["sent_after"] = 1.0
            tokens = min(abs(m.start - last_tok), abs(m.end - first_tok))
            near = math.log1p(tokens) / 5
            f["token_distance"] = min(f.get("token_distance", 9.0), near)
            if m.subject and not m.in_quotes:
                f["subject"] = 1.0
                f["subject*floating"] = float(floating)
                if mention_kind == "pronoun" and mention is not None and m.start_char < mention.start_char \
                        and self.sent_of[mention.start] - m.sent == 1:
                    # centering: a subject pronoun most often continues the previous sentence's subject
                    f["subject*pronoun_before_1"] = 1.0
            if self.paragraph(m.start_char) == self.paragraph(start):
                f["same_paragraph"] = 1.0
            f["_in_quotes_only"] = min(f.get("_in_quotes_only", 1.0), float(m.in_quotes))
            if mention is not None and mention.start <= m.start < mention.end:
                f["in_mention"] = 1.0
                if rule is not None and rule.kind in ("role", "group") and fold(rule.name) != fold(m.name) \
                        and not after_preposition(self.doc[m.start : m.end]) and not m.modifier \
                        and m.name not in self.places:
                    # `another automaker, General Motors`; not whose it is (`la mère de Jean Dutour`), nor where
                    # (`la présidente de la région Île-de-France`)
                    f["in_mention*rule_described"] = 1.0
                if m.start <= mention.root.i < m.end:
                    f["mention_head"] = 1.0  # the name is what the mention is about, not a modifier in it
                if m.modifier:
                    f["in_mention_modifier"] = 1.0
            if mention is not None and self.sent_of[mention.start] == m.sent:
                f["named_in_mention_sent"] = 1.0
            if c.mention is None or abs(m.start_char - start) < abs(c.mention[0] - start):
                c.mention = (m.start_char, m.end_char)
            f["_before_or_same"] = max(f.get("_before_or_same", 0.0), float(m.start_char < end))

        for name in self.recent[-HISTORY:]:
            c = candidate(name, "person")
            c.features["recent_speaker"] = 1.0
        if self.recent:
            c = candidate(self.recent[-1], "person")
            c.features["last_speaker"] = 1.0
            c.features["last_speaker*floating"] = float(floating)
            c.features["last_speaker*pronoun"] = float(mention_kind == "pronoun")
        if self.recent and self.paragraph(self.last_at) == self.paragraph(start):
            candidate(self.recent[-1], "person").features["last_speaker*same_paragraph"] = 1.0
        if ahead is not None and self.paragraph(ahead[1]) == self.paragraph(start):
            c = candidate(ahead[0], "person")
            c.features["next_speaker*same_paragraph"] = 1.0
            c.features["next_speaker*floating"] = float(floating)
        if nearest_person is not None:
            c = candidate(nearest_person.name, "person")
            c.features["nearest_person"] = 1.0
            c.features["nearest_person*floating"] = float(floating)
            c.features["nearest_person*pronoun"] = float(mention_kind == "pronoun")
        if mention is not None and mention_kind == "role":
            head = next((t for t in mention if t.pos_ == "NOUN"), None)
            if head is not None:
                named = self.registry.person_with_role(head.lemma_.lower(), mention.start_char)
                if named:
                    candidate(named, "person").features["role_link"] = 1.0
        if rule is not None:
            c = candidate(rule.name, rule.kind)
            c.features["rule"] = 1.0
            c.features[f"rule*{mention_kind}"] = 1.0
            c.features["rule*group"] = float(rule.kind == "group")
            c.features["rule*floating"] = float(floating)
            if rule.via:
                c.features[f"rule@{rule.via}"] = 1.0  # which rule read the mention
            if rule.parts:
                c.features["rule*together"] = 1.0
            elif rule.kind in ("role", "group") and "person" not in c.features and "group" not in c.features:
                c.features["phrase"] = 1.0
                definite = self._describe_phrase(mention, c.features) if mention is not None else False
                if self._anchored(rule.name):
                    # `la mère d'Hubert Caouissin`: someone described by a named person, not that person
                    c.features["phrase*anchored"] = 1.0
                    definite = False
            if c.mention is None and mention is not None:
                c.mention = (mention.start_char, mention.end_char)
        elif mention_kind == "none" or floating:
            null.features["rule"] = 1.0  # the rules found nobody

        for key in bound & by_key.keys():
            by_key[key].features["_bound"] = 1.0
        together = {fold(part) for part in rule.parts} if rule is not None else set()
        for c in by_key.values():
            f = c.features
            if c.name is None:
                continue
            if fold(c.name) in together:
                f["one_of_together"] = 1.0  # one of several who spoke as one: not the whole answer
            if definite and "rule" not in f:
                # `le suspect a dit …`: a definite description most often stands for someone named nearby
                for name in ("person", "group", "last_speaker", "recent_speaker", "subject"):
                    if f.get(name):
                        f[f"vs_definite*{name}"] = 1.0
            if f.pop("_in_quotes_only", 0.0) == 1.0:
                f["only_in_quotes"] = 1.0
            if f.pop("_before_or_same", 1.0) == 0.0 and "rule" not in f and "recent_speaker" not in f:
                f["only_after"] = 1.0
            key = fold(c.name)
            if key in self.quoted:
                f["times_quoted"] = math.log1p(self.quoted[key]) / 2
            named = bisect_left(self.named_at.get(c.name, []), start)
            if named:
                f["times_named"] = math.log1p(named) / 2
            if c.name == self.first_named:
                f["first_named"] = 1.0
            if pron is not None and pron[0] == "Neut":
                # `it said`: an organisation, never a person; its number says nothing (`it`, `they`)
                f["gender_agrees" if c.kind == "group" else "gender_clashes"] = 1.0
            elif pron is not None:
                gender, number = pron
                if gender in ("Masc", "Fem") and c.kind == "group" and self.natural_gender and self._no_one(c.name):
                    f["_thing_for_a_person"] = 1.0
                theirs = self.registry.gender(c.name)
                if gender and theirs:
                    # agreement only from what the article writes (a pronoun already used for the person
                    # tells who the article is about); a first name only rules out
                    if theirs != gender:
                        f["gender_clashes"] = 1.0
                    elif self.registry.genders.get(c.name) == gender:
                        f["gender_agrees"] = 1.0
                plural = c.kind == "group" and not c.name.lower().startswith(("l'", "le ", "la "))
                if number:
                    f["plural_agrees" if (number == "Plur") == plural else "plural_clashes"] = 1.0
        return list(by_key.values())

    def remember(self, name: str | None, at: int = 0) -> None:
        if name:
            self.last_at = at
            key = fold(name)
            self.quoted[key] = self.quoted.get(key, 0) + 1
            if name in self.recent:
                self.recent.remove(name)
            self.recent.append(name)

    def _no_one(self, name: str) -> bool:
        """A place (`he said` is never Saskatchewan), or an organisation whose name no person's could be: an acronym,
        or several words not opening on a first name (`Norland Foods`). A lone capitalised word the recogniser called
        an organisation may be a surname it mistook (`Singh said …`, `Legault said …`): it stays a candidate."""
        if name in self.places:
            return True
        words = name.split()
        if len(words) == 1:
            return name.isupper() and len(name) > 1
        return fold(words[0]) not in first_name_table()

    def _describe_phrase(self, mention: Span, features: dict[str, float]) -> bool:
        """Features of a descriptive mention; True when it is a definite singular description."""
        words = [t for t in mention if not t.is_punct]
        head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
        determiner = words[0].lower_ if words else ""
        plural = head is not None and "Plur" in head.morph.get("Number")
        definite = determiner in DEFINITE and not plural
        features["phrase*definite" if definite else "phrase*generic"] = 1.0
        lemma = head.lemma_.lower() if head is not None else ""
        if lemma in self.role_heads:
            features["phrase*role_head"] = 1.0
        elif lemma in self.agent_heads:
            features["phrase*agent_head"] = 1.0
        else:
            features["phrase*other_head"] = 1.0
        return definite

    def _anchored(self, phrase: str) -> bool:
        folded = fold(phrase)
        return any(folded.endswith(" " + fold(name)) for name in self.named_at if " " in name)

    @staticmethod
    def _pronoun_clause(mention: Span) -> tuple[Token, Token] | None:
        """The verb a subject pronoun is the subject of, and that pronoun: a name in the verb's clause after it (`as
        he talks to Marvin Sambur about Boeing, declaring …`, `il a reçu Paul Morel`) is someone else than the
        pronoun (a subject stands for no noun phrase its own clause holds)."""
        pronoun = mention.root
        if pronoun.dep_ not in ("nsubj", "nsubj:pass") or pronoun.head.i == pronoun.i:
            return None
        return pronoun.head, pronoun

    @staticmethod
    def _inside(clause: tuple[Token, Token], i: int) -> bool:
        """Token `i` stands in the verb's clause after its subject pronoun, below one of its words other than the
        subject. (Not before it: `While Jones called the closures "disturbing," she said …` is Jones, the clause
        set before the subject being out of its reach.)"""
        verb, pronoun = clause
        doc = verb.doc
        if not pronoun.i < i <= verb.right_edge.i:
            return False
        token = doc[i]
        for _ in range(40):  # (the path up to the verb; a parse is a tree, the bound only guards a long sentence)
            if token.head.i == verb.i:
                return token.dep_ not in ("nsubj", "nsubj:pass", "dislocated", "vocative", "appos", "parataxis")
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def _pronoun(self, mention: Span | None) -> tuple[str | None, str | None] | None:
        if mention is None:
            return None
        words = [t for t in mention if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in self.pronouns:
            return tuple(self.pronouns[words[0].lower_])
        return self.registry.described_demonstrative(words)

    def _mention_kind(self, mention: Span | None, rule: Speaker | None) -> str:
        if mention is None or self.registry.writers_own(mention):
            return "none"  # (`selon nos informations`: the writer's own reporting names no one, as no mention does)
        if self._pronoun(mention) is not None:
            return "pronoun"
        if any(self.registry.ent_of[i] >= 0 for i in range(mention.start, mention.end)):
            return "name"
        if rule is not None and rule.kind == "person":
            return "role"
        return "phrase"


def _is_subject(ent: Span) -> bool:
    """A subject, or the name in apposition to one (`la ministre Claire Dubois est arrivée`)."""
    token = ent.root
    for _ in range(3):
        if token.dep_ == "conj" and token.head.dep_ in SUBJECT_DEPS:
            return last_of_a_list_set_before(token.head) == token  # (a list's last name, by agreement)
        if token.dep_ in SUBJECT_DEPS:
            return last_of_a_list_set_before(token) is None
        if token.dep_ not in ("appos", "flat:name", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def contributions(ranker: Ranker, features: dict[str, float], top: int = 4) -> list[tuple[str, float]]:
    """The features that moved a candidate's score most, each with weight x value (for error analysis)."""
    active = with_pairs(features) if ranker.pairs else features
    weighed = [(name, ranker.weights.get(name, 0.0) * value) for name, value in active.items()]
    return sorted((w for w in weighed if w[1]), key=lambda w: -abs(w[1]))[:top]


def clashes(features: dict[str, float]) -> bool:
    """One person for a plural pronoun (`Ils affirment …` is never the one man named before), or a person of the
    other gender (`she` is never Tom Hill; `it` never a person), or anyone named in the clause the pronoun is the
    subject of (`he talks to Marvin Sambur`: `he` is someone else; `Il a salué … face à l'Espagne`: nor a place or
    an organisation): ranked after every other candidate, nobody included, whatever its score. An organisation's
    number stays a weight: whether a name is several is a guess. (Gender made a constraint once cost pooled speaker accuracy; with genders now read from the article
    and a first-name table it costs nothing, while the learned English weights had come to let the last
    speaker outweigh a clash.)"""
    return bool(((features.get("plural_clashes") or features.get("gender_clashes")) and features.get("person"))
                or features.get("_bound") or features.get("_thing_for_a_person"))


def rank(candidates: list[Candidate], ranker: Ranker) -> list[Candidate]:
    """Candidates best first, each with its score."""
    for c in candidates:
        c.score = ranker.score(c.features)
    return sorted(candidates, key=lambda c: (clashes(c.features), -c.score, c.name is None, c.name or ""))


__all__ = ["Candidate", "CandidateFinder", "FEATURES", "KEEP", "Ranker", "clashes", "contributions", "rank", "shipped",
           "with_pairs"]

