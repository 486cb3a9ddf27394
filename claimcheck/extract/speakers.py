"""Who said it: turn a mention (`Price`, `il`, `le porte-parole`) into the fullest name the article gives.

The registry reads the whole article once: every person named, the roles given to
them in appositions (`le porte-parole … Ned Price`, `Michel Sapin, ministre des
Finances`), and then answers for each mention in reading order, remembering who was
quoted last for pronouns and floating quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import takewhile
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from spacy.attrs import DEP, IDX, IS_ALPHA, LEMMA, LENGTH, ORTH, POS, SPACY
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from claimcheck.extract.dateline import dateline_end
from claimcheck.extract.lexicon import LANGUAGES, Lexicon, first_name_table, fold, load
from claimcheck.extract.marks import PAIRS, STRAIGHT, QuoteIndex

PERSON_LABELS = {"PER", "PERSON"}
_SUBJECT_OR_AGENT = {"nsubj", "nsubj:pass", "obl:agent", "pobj"}
GROUP_LABELS = {"ORG", "LOC", "GPE", "NORP", "MISC"}
PLACE_LABELS = {"LOC", "GPE"}
TIME_LABELS = {"DATE", "TIME"}
NAME_PARTS = ("flat:name", "flat", "compound")  # a name's other words, hung on its first (UD) or last (English)
# `Le ministre français de l'économie et des finances, Bruno Le Maire`: how far before a name its role may start
ROLE_BEFORE_NAME = 13
NAME_WORDS_BEFORE = ("det", "amod", "nummod", "nmod", "poss", *NAME_PARTS)  # before a name's head, still the name
# what the English recogniser calls some newspapers (`the Sydney Morning Herald`: EVENT), laws and buildings
OTHER_NAME_LABELS = {"EVENT", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"}


@dataclass
class Speaker:
    name: str
    kind: str  # person | group | role | unknown
    gender: str | None = None
    number: str | None = None
    at: int = 0  # character offset of the mention
    parts: tuple[str, ...] = ()  # several named speakers as one: `Ron Gettelfinger and Gerald Bantom`
    via: str = ""  # the resolver that read the mention (RESOLVERS), a feature of the ranker


# The speaker rules, in the order they are tried on a mention: the first that owns it answers. Each is
# `Registry._by_<name>`; the name travels with the speaker it finds, so the ranker learns how far each
# rule can be trusted on articles nobody has read.
RESOLVERS = (
    "age", "writers_own", "people_pronoun", "pronoun", "latter", "pair", "periphrasis", "coordination", "person_named",
    "document_author", "name_after_role", "role_of_named", "side", "organisation_noun", "possessive", "role_holder",
    "owner", "acronym", "known_person", "named_organisation", "surname_as_organisation", "surname_untagged",
    "organisation", "other_name", "epithet", "description",
)
POINTED_REACH = 300  # characters: how far back `ces propos`, `these remarks` point at the words last reported
NOBODY = object()  # a resolver owns the mention and finds that it names nobody: the chain stops


@dataclass
class Reading:
    """One mention as every resolver reads it, the shared parts worked out once."""

    mention: Span
    at: int
    head: Token | None
    entities: list[Span]
    common_head: bool = False  # the head is a noun of the language data the tagger called a proper noun (`l'ONG`)

    @property
    def bare_noun(self) -> bool:
        """A common noun with no name in its phrase: `le groupe`, `sa mère`, `le cabinet du ministre` (and one the
        tagger called a proper noun, in lower case or written as an initialism: `selon l'institut`, `l'ONG y affirme`)."""
        return self.head is not None and not self.entities and (
            self.head.pos_ == "NOUN" or (self.head.pos_ == "PROPN" and (self.head.is_lower or self.common_head)))

    @cached_property
    def groups(self) -> list[Span]:
        """The names in the mention that may be an organisation's, the one that speaks first."""
        head = self.head
        groups = [ent for ent in self.entities if ent.label_ in GROUP_LABELS | PERSON_LABELS and _capitalised(ent)]
        groups = groups[:1] + [ent for ent in groups[1:] if not _bracketed(ent)]  # `General Motors (GM)`
        if len(groups) > 1 and (_possessive(groups[0]) or _named_last(self.mention, groups[-1])) \
                and not (head is not None and groups[0].start <= head.i < groups[0].end):
            # `Saudi Arabia's Civil Defense Authority`, `the United States auto manufacturer Chrysler`: the last
            # name speaks, not the country before it; `le Front al-Nosra, branche du groupe Al-Qaida`: the
            # first, whose name the phrase is about
            groups = groups[-1:]
        return groups


@dataclass
class Registry:
    doc: Doc
    lex: Lexicon
    full_names: dict[str, str] = field(default_factory=dict)   # folded surname or name -> full name
    first_names: dict[str, str] = field(default_factory=dict)  # first name -> full name, where a surname is shared
    roles: list[tuple[int, str, str, frozenset[str]]] = field(default_factory=list)  # offset, role, person, words
    people: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) every person mention
    group_names: dict[str, list[str]] = field(default_factory=dict)  # first word -> organisation names
    genders: dict[str, str] = field(default_factory=dict)  # what the article writes: `Mme`, `la ministre`, `She said`
    name_genders: dict[str, str] = field(default_factory=dict)  # what the first name nearly always is
    history: list[Speaker] = field(default_factory=list)  # speakers in reading order
    reported: list[tuple[int, int, str]] = field(default_factory=list)  # what each of them said: start, end, name
    ents: list[Span] = field(default_factory=list)
    ent_of: list[int] = field(default_factory=list)  # token index -> index in ents, or -1
    sents: list[Span] = field(default_factory=list)  # spaCy rebuilds `doc.sents` on each call: read once
    text: str = ""  # and `doc.text`, from every token
    known: dict[str, str] = field(default_factory=dict)  # the people registry: alias -> canonical name
    _folded: dict[str, str] | None = None
    _surnames: dict[str, str] = field(default_factory=dict)
    _starts: list[int] | None = None  # sentence starts, in characters
    _names: dict[int, str] = field(default_factory=dict)  # entity start -> its name, where it differs from the text
    groups: list[Speaker] = field(default_factory=list)  # plural subjects and organisations, for `ils`
    subjects: set[int] = field(default_factory=set)  # offsets of the person mentions that are a clause's subject
    modifiers: set[int] = field(default_factory=set)  # offsets of the names that modify a noun (`the Cruise video`)
    addressees: set[int] = field(default_factory=set)  # offsets of the names a cue was said to (`a expliqué à X`)
    owners: set[int] = field(default_factory=set)  # offsets of the names that own a role noun (`l'avocat de X`)
    asides: set[int] = field(default_factory=set)  # where speakers a relative clause made speak spoke (`X, who said`)
    _written: dict[tuple[int, int, str], str] = field(default_factory=dict)  # entity -> its name as written
    _nouns: dict[tuple[int, int], list[int]] | None = None  # (part of speech, lemma) -> where it stands
    _full_groups: dict[str, str] = field(default_factory=dict)  # name -> fullest form, once the article is read
    quotes: QuoteIndex | None = None  # the article's quotations: a subject inside them is talked about
    called: dict[str, set[str]] = field(default_factory=dict)  # organisation -> public-body nouns it was called by
    feminine: set[tuple[str, str]] = field(default_factory=set)  # (person, role) the article wrote in the feminine

    @classmethod
    def build(cls, doc: Doc, lex: Lexicon, quotes: QuoteIndex | None = None,
              ents: list[Span] | None = None, ent_of: list[int] | None = None,
              sents: list[Span] | None = None, first_names: bool = True, text: str | None = None) -> "Registry":
        registry = cls(doc, lex, quotes=quotes, text=doc.text if text is None else text)
        registry.ents = ents if ents is not None else list(doc.ents)
        registry.sents = sents if sents is not None else list(doc.sents)
        if ent_of is None:
            ent_of = [-1] * len(doc)
            for n, ent in enumerate(registry.ents):
                for i in range(ent.start, ent.end):
                    ent_of[i] = n
        registry.ent_of = ent_of
        for ent in registry.ents:
            if ent.label_ in GROUP_LABELS and not (quotes and quotes.inside(ent.start_char)) \
                    and not _editors_mark(ent, lex):
                registry.group_names.setdefault(fold(ent[0].text), []).append(registry._group_name(ent))
        deps = doc.vocab.strings
        # only the tokens whose label can make them a subject or an agent, read off the label array
        for i in [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if deps[dep] in _SUBJECT_OR_AGENT]:
            token = doc[i]
            agent = token.dep_ == "obl:agent" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
            if (token.dep_ in ("nsubj", "nsubj:pass") or agent) and _number(token) == "Plur" \
                    and token.pos_ in ("NOUN", "PROPN"):
                if not (quotes and quotes.inside(token.idx)):
                    phrase = _short_phrase(doc[token.left_edge.i : token.right_edge.i + 1], lex) or token.text
                    registry.groups.append(Speaker(phrase, "group", None, "Plur", token.idx))
        persons = [ent for ent in registry.ents if ent.label_ in PERSON_LABELS and _looks_like_name(ent)
                   and not _editors_mark(ent, lex)]
        registry._names = _unmerged(persons)
        # fullest names first, so "Price" maps to "Ned Price"
        for ent in sorted(persons, key=lambda e: -len(e)):
            name = registry._clean(ent)
            words = name.split()
            for i in range(len(words)):
                registry.full_names.setdefault(fold(" ".join(words[i:])), name)
        # family members share a surname, so the article tells them apart by their first names
        # (`Thomas Sam` and `Manju Sam`, then `Thomas'`)
        full = {name for name in registry.full_names.values() if len(name.split()) >= 2}
        by_surname: dict[str, set[str]] = {}
        for name in full:
            by_surname.setdefault(fold(name).split()[-1], set()).add(name)
        opening: dict[str, set[str]] = {}
        for name in full:
            words = fold(name).split()
            if len(by_surname[words[-1]]) >= 2 and words[0] not in _PARTICLES:
                opening.setdefault(words[0], set()).add(name)
        registry.first_names = {first: names.pop() for first, names in opening.items() if len(names) == 1}
        for first, name in _familiar_first_names(persons, registry._clean, lex.data.role_heads).items():
            registry.first_names.setdefault(first, name)
        for ent in persons:
            name = registry.full_name(registry._clean(ent))
            if not (quotes and quotes.inside(ent.start_char)):
                registry.people.append((ent.start_char, name))
                if _subject_of_clause(ent) or _subject_set_off_by_an_age(ent, lex.data.age_nouns):
                    registry.subjects.add(ent.start_char)
                if _modifies_a_noun(ent):
                    registry.modifiers.add(ent.start_char)
                if _told_to(ent, lex):
                    registry.addressees.add(ent.start_char)
                if registry._owns_a_role(ent):
                    registry.owners.add(ent.start_char)
            role = _counterpart_role(ent, lex, registry.roles) or _apposed_role(ent, lex)
            if role:
                for head in (role[0], *_wider_roles(role[0], lex)):
                    registry.roles.append((ent.start_char, head, name,
                                           role[2] if head == role[0] else role[2] - lex.holder_grade_words))
                    if role[1] == "Fem":
                        registry.feminine.add((name, head))
                if role[1] and (role[1] != "Masc" or (_first_name_gender(name, lex) != "Fem"
                                                      and _agreement_gender(ent, lex) != "Fem")):
                    # French names women's offices in the masculine too (`le maire, Sophie Bernard`): a
                    # masculine role says less than a woman's first name
                    registry.genders.setdefault(name, role[1])
            gender = _honorific_gender(ent)
            if gender:
                # `Mme Bareigts` outranks the tagger's guess on a role noun (`Ericka Bareigts (ministre …)`)
                registry.genders[name] = gender
            elif not (quotes and quotes.inside(ent.start_char)):
                gender = _agreement_gender(ent, lex)
                if gender and _first_name_gender(name, lex) in (None, gender):
                    registry.genders.setdefault(name, gender)
        registry._genders_from_pronouns(quotes)
        if first_names:
            # not the gender the tagger gives a name: it guesses for unknown names, and a wrong guess
            # rules the right person out (measured: speaker accuracy rose without it)
            for _, name in registry.people:
                gender = _first_name_gender(name, lex)
                if gender:
                    registry.name_genders.setdefault(name, gender)
        return registry

    def gender(self, name: str) -> str | None:
        """What the article writes about the person, else what the first name says."""
        return self.genders.get(name) or self.name_genders.get(name)

    def _genders_from_pronouns(self, quotes: QuoteIndex | None) -> None:
        """`Kristen Wilkins curated the show. She said …`: a sentence opening on a gendered subject
        pronoun right after a sentence that names one person, and only one, tells that person's gender."""
        pronouns = self.lex.data.subject_pronouns
        sents = self.sents
        starts = [sent.start_char for sent in sents]
        named_in: dict[int, set[str]] = {}
        for offset, name in self.people:
            named_in.setdefault(bisect_right(starts, offset) - 1, set()).add(name)
        previous: set[str] = set()
        for n, sent in enumerate(sents):
            first = next((t for t in sent if not t.is_punct and not t.is_space), None)
            if first is not None and first.lower_ in pronouns and first.dep_ in ("nsubj", "nsubj:pass") \
                    and not (quotes and quotes.inside(first.idx)) and len(previous) == 1:
                gender, number = pronouns[first.lower_]
                person = next(iter(previous))
                if gender in ("Masc", "Fem") and number == "Sing" \
                        and _first_name_gender(person, self.lex) in (None, gender):  # `It said`: an organisation, no gender
                    # `L'entreprise Renault a licencié Paul Girard. Elle affirme …`: `elle` is not Paul
                    self.genders.setdefault(person, gender)
            previous = named_in.get(n, set())

    def _clean(self, ent: Span) -> str:
        key = (ent.start, ent.end, ent.label_)
        if key not in self._written:  # a person's or an organisation's: an entity has one label
            self._written[key] = self._names.get(ent.start) or _clean_name(ent)
        return self._written[key]

    def full_name(self, name: str) -> str:
        """`Price` -> `Ned Price`; a surname misspelt once (`Buchtman` for `Buchtmann`) too."""
        key = fold(name)
        if key in self.full_names and " " in self.full_names[key]:
            return self.full_names[key]
        if key in self.first_names:
            return self.first_names[key]
        if " " not in key and len(key) >= 5:
            close = {full for part, full in self.full_names.items()
                     if " " not in part and part != fold(full) and fuzz.ratio(key, part) >= 85}
            if len(close) == 1:
                return close.pop()
        return self.full_names.get(key, name)

    def name_of(self, ent: Span) -> tuple[str, str] | None:
        """An entity as a possible speaker: (canonical name, `person` or `group`), or None."""
        if _editors_mark(ent, self.lex):
            return None
        if ent.label_ in PERSON_LABELS and _looks_like_name(ent):
            return self.full_name(self._clean(ent)), "person"
        if ent.label_ in GROUP_LABELS and len(ent) == 1 and (person := self.person_named(ent.text)):
            return person, "person"
        if ent.label_ in GROUP_LABELS and _capitalised(ent):
            return self.full_group(self._group_name(ent)), "group"
        return None

    def person_named(self, word: str) -> str | None:
        """The person a lone word names, if it is (nearly) the surname of someone named in full."""
        full = self.full_name(word)
        return full if full != word and " " in full else None

    def place_names(self) -> frozenset[str]:
        """The places the article names, as the resolver names them."""
        return frozenset(self.full_group(self._group_name(ent)) for ent in self.ents if ent.label_ in PLACE_LABELS)

    def first_named_group(self, name: str) -> int | None:
        """Where the article first names an organisation (in characters), as the resolver names it."""
        return next((ent.start_char for ent in self.ents if ent.label_ in GROUP_LABELS
                     and self.full_group(self._group_name(ent)) == name), None)

    def _group_name(self, ent: Span) -> str:
        """An organisation's name as written, without determiners or a trailing `mardi` (kept: each
        entity is asked for many times, by the registry, the resolver and every quote's candidates)."""
        key = (ent.start, ent.end, ent.label_)
        if key not in self._written:
            self._written[key] = self._written_group_name(ent)
        return self._written[key]

    def _written_group_name(self, ent: Span) -> str:
        span = _strip_determiners(ent)
        before = self.doc[span.start - 1] if span.start else None
        if before is not None and before.lower_ in self.lex.data.definite_articles and before.text[:1].isupper() \
                and not before.is_sent_start and before.i > 0 and not self.doc[before.i - 1].is_punct:
            span = self.doc[before.i : span.end]  # `selon Le Monde`: a capital article inside a sentence is the title's
        # (not the apostrophe of a plural's possessive, set close against it: `the Ontario Nurses' Association`)
        opening = [t.i for t in span if t.is_quote and t.is_left_punct and t.i + 1 < span.end
                   and not (t.text in ("'", "’") and t.i > 0 and not self.doc[t.i - 1].whitespace_)]
        if opening:
            span = self.doc[opening[-1] + 1 : span.end]  # `TMC « Quotidien`: the title in quotation marks
        end = next((t.i for t in span if t.text == "(" and t.i > span.start), span.end)  # `… Organisation (WHO`
        while end > span.start + 1 and (self.doc[end - 1].lower_ in self.lex.data.time_words
                                         or self.doc[end - 1].lower_ in ("'s", "’s")):
            end -= 1
        end = self._name_in_marks_end(span, end)
        after = self.doc[end] if end == span.end and end < len(self.doc) else None
        if after is not None and ent.label_ in ("ORG", "MISC") and after.dep_ in ("amod", "acl") and after.is_lower \
                and not list(after.children) and span.start <= after.head.i < end:
            end += 1  # `Le Canard enchaîné`: the recogniser stopped before the title's lower-case adjective
        owner = self._named_owner(end) if ent.label_ in ("ORG", "MISC") and end == span.end else None
        if owner is not None:
            # `la Société des journalistes (SDJ) d'I-Télé`: whose it is belongs to the name, the acronym does not
            return f"{self.doc[span.start:end].text} {self.doc[owner.start - 1 : owner.end].text}"
        return self.doc[span.start:end].text

    def _name_in_marks_end(self, span: Span, end: int) -> int:
        """`La « Commission nationale pour la réduction des catastrophes » a estimé`: a name the marks open on, the
        recogniser stopping short inside them, runs to the closing mark (a few words, no verb)."""
        doc = self.doc
        if end != span.end or span.start == 0 or self.quotes is None or not doc[span.start - 1].is_quote:
            return end
        marks = self.quotes.at(doc[span.start - 1].idx)
        closing = doc.char_span(marks.end - 1, marks.end, alignment_mode="expand") if marks is not None else None
        if closing is None or not marks.closed or marks.start != doc[span.start - 1].idx or closing.start < end:
            return end  # (only marks that open right before the name: not `"…," GM said`)
        rest = doc[end : closing.start]
        if len(rest) <= 8 and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in rest):
            return closing.start
        return end

    def _named_owner(self, i: int) -> Span | None:
        """The named organisation or place a name is followed by, after an owner link and perhaps an acronym in
        brackets: `… (SDJ) d'I-Télé`, `… de Rionegro`."""
        doc = self.doc
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
            i += 3
        if i + 1 >= len(doc) or doc[i].lower_ not in self.lex.data.owner_links:
            return None
        owner = next((e for e in self.doc.ents if e.start == i + 1), None)
        if owner is None or owner.label_ in PERSON_LABELS or not owner[0].text[:1].isupper():
            return None
        return owner

    def full_group(self, name: str) -> str:
        """`Ordre` -> `Ordre de Malte`: the longest organisation name the article gives that starts so;
        `KCNA` -> `Korean Central News Agency` when the article spells the acronym out."""
        if name not in self._full_groups:
            self._full_groups[name] = self._fullest_group(name)
        return self._full_groups[name]

    def _fullest_group(self, name: str) -> str:
        words = name.split()
        if len(words) != 1:
            return name
        # `ACLU`, and `Sdis` as the French press writes acronyms it pronounces
        if 2 <= len(name) <= 6 and name.isalnum() and (name.isupper() or (name.istitle() and name.isalpha())):
            spelt = {n for names in self.group_names.values() for n in names if _initials(n) == name}
            if len(spelt) == 1:
                return spelt.pop()
            bracketed = self._spelt_before_brackets(name)
            if bracketed is not None:
                return bracketed
        named = self.group_names.get(fold(words[0]), [])
        longer = [n for n in named if fold(n).startswith(fold(name) + " ")
                  and all(w[:1].isupper() or w.lower() in _PARTICLES for w in n.replace("’", "'").split()[1:])]
        if not longer:
            return name
        fullest = max(longer, key=len)
        # `Boeing` named alone more often than `Boeing Commercial Airplanes`: a name of its own, not a
        # short form of the longer one (`l'Ordre` for `l'Ordre de Malte`); unless the longer one is its legal
        # name (`Ford Motor Company`)
        return fullest if named.count(fullest) >= named.count(name) \
            or fullest.split()[-1] in self.lex.data.legal_forms else name

    def _spelt_before_brackets(self, acronym: str) -> str | None:
        """`l'Union américaine pour les libertés civiles (ACLU)`: the name the article writes before an acronym in
        brackets spells it out, whatever language its initials come from."""
        doc = self.doc
        for i in self._bracketed.get(acronym, ()):
            top = doc[i - 2]
            while top.head.i < top.i and (top.head.pos_ in ("NOUN", "PROPN") or (
                    top.head.pos_ == "ADP" and top.head.head.i < top.head.i and top.head.head.pos_ in ("NOUN", "PROPN"))):
                # (through a preposition English hangs on the head noun: `the Department of Health (DOH)`)
                top = top.head if top.head.pos_ != "ADP" else top.head.head
            # the name's own words before its head (`par l'Union …`: not the preposition; `C'est la Direction …
            # (DCRI) qui …`: not the cleft's `c'est`, which the parser hangs on the name)
            first = min((c.left_edge.i for c in top.children if c.i < top.i and c.dep_ in NAME_WORDS_BEFORE),
                        default=top.i)
            phrase = _strip_determiners(doc[first : i - 1])
            # a conjunction joins two names (`X et Y (ABC)`), and a word written as a name (`Sdis`) may be one,
            # unless the initials spell it (`Service départemental d'incendie et de secours (Sdis)`)
            if 2 <= len(phrase) <= 8 and phrase[0].text[:1].isupper() and not any(t.is_punct for t in phrase) \
                    and ((acronym.isupper() and not any(t.pos_ == "CCONJ" for t in phrase))
                         or _spelt_initials(phrase) == acronym.upper()):
                return phrase.text
        return None

    @cached_property
    def _bracketed(self) -> dict[str, list[int]]:
        """Where each word stands alone between brackets, read off the array once: a walk over the whole article
        at each name looked up was the extractor's costliest step."""
        orth = self.doc.to_array(ORTH).tolist()
        strings = self.doc.vocab.strings
        opening, closing = strings.add("("), strings.add(")")
        found: dict[str, list[int]] = {}
        for i in range(2, len(orth) - 1):
            if orth[i - 1] == opening and orth[i + 1] == closing:
                found.setdefault(strings[orth[i]], []).append(i)
        return found

    # --- resolving mentions ----------------------------------------------------------

    def resolve(self, mention: Span | None, at: int) -> Speaker | None:
        """The speaker a mention designates, or None when it names nobody."""
        speaker = self._resolve(mention, at)
        if speaker is not None and self.known:
            canonical = self.canonical(speaker.name)
            if canonical and canonical != speaker.name:
                return replace(speaker, name=canonical, parts=())
        return speaker

    def canonical(self, name: str) -> str | None:
        """The registry's name for `name`: an alias, the same name folded (`Etats-Unis`/`États-Unis`),
        or a surname that only one known person carries and nobody else in this article."""
        if name in self.known:
            return self.known[name]
        if self._folded is None:
            self._folded = {}
            surnames: dict[str, set[str]] = {}
            for alias, person in self.known.items():
                self._folded.setdefault(fold(alias), person)
                words = fold(person).split()
                if len(words) >= 2:
                    surnames.setdefault(words[-1], set()).add(person)
            self._surnames = {s: next(iter(p)) for s, p in surnames.items() if len(p) == 1}
        key = fold(name)
        if key in self._folded:
            return self._folded[key]
        if " " not in key and key in self._surnames:
            in_article = {n for _, n in self.people if fold(n).split()[-1:] == [key]}
            if not in_article - {name}:
                return self._surnames[key]
        return None

    def _resolve(self, mention: Span | None, at: int) -> Speaker | None:
        """The first resolver of the chain that owns the mention says who it designates; its name goes
        with the speaker, and the ranker learns how far each resolver can be trusted."""
        if mention is None or not len(mention):
            return None
        doc = mention.doc
        mention = doc[mention.start : _past_split_word(doc, mention.end)]
        while len(mention) > 1 and (mention[0].pos_ == "CCONJ" or mention[0].dep_ == "cc"):
            mention = mention[1:]  # `Puis l'accusé …`: the parser hung the sentence's connective on the subject
        if len(mention) > 2 and mention[1].lower_ in self.lex.data.definite_articles \
                and mention[0].lower_ in _HONORIFICS_LOWER:
            mention = mention[1:]  # `M. le maire`, `Madame la ministre`: the form of address names the office
        if all(t.ent_type_ in TIME_LABELS or t.is_punct or t.pos_ == "DET" for t in mention) \
                and not _named_subject(mention) and not self._nominal_age(mention):
            return None  # `last week`, `today`: when, never who (the parser may leave a time where a subject stands)
        entities = [self.ents[n] for n in sorted({self.ent_of[i] for i in range(mention.start, mention.end)}) if n >= 0]
        head = _head(mention)
        data = self.lex.data
        common = head is not None and head.pos_ == "PROPN" and head.is_upper \
            and (head.lower_ in data.org_anaphors or head.lower_ in data.role_heads)
        reading = Reading(mention, at, head, entities, common)
        for name in RESOLVERS:
            found = getattr(self, f"_by_{name}")(reading)
            if found is NOBODY:
                return None
            if found is not None:
                return replace(found, via=name)
        return None

    def _an_office(self, ent: Span) -> bool:
        """`ministre de la Santé`, which the recogniser calls an organisation: an office in lower case and its
        portfolio, no name (`ministre de la Culture Najat Benali` holds one); the mention is a description. A proper
        noun right after a preposition or an article is the portfolio's (`ministre de l'Éducation nationale`)."""
        return ent[0].is_lower and ent[0].lower_ in self.lex.data.role_heads and ent.label_ not in PERSON_LABELS \
            and not any(t.pos_ == "PROPN" and t.nbor(-1).pos_ not in ("ADP", "DET") for t in ent[1:])

    # --- the resolvers, in the order of RESOLVERS: each returns a speaker, None (not mine), or NOBODY --------

    def _by_writers_own(self, r: Reading) -> object | None:
        return NOBODY if self.writers_own(r.mention) else None

    def writers_own(self, mention: Span) -> bool:
        """`selon nos informations`, `according to our sources`: the writer's own reporting, or sources it does not
        name: nobody the article names speaks."""
        words = [t for t in mention if not t.is_punct]
        return bool(words) and words[0].lower_ in self.lex.data.writer_possessives \
            and not any(self.ent_of[i] >= 0 for i in range(mention.start, mention.end))

    def _by_people_pronoun(self, r: Reading) -> Speaker | None:
        if r.mention.text.lower() in self.lex.data.people_pronouns:
            return Speaker(r.mention.text, "group", None, "Plur", r.at)  # `pour certains`: a view held, nobody named
        glued = self.doc[r.mention.start - 1 : r.mention.end] if r.mention.start > 0 else None
        if glued is not None and glued[0].text.endswith(("'", "’")) and glued.text.lower() in self.lex.data.people_pronouns:
            # `D'autres estiment que …`, the parser hanging the elided `D'` on the verb: others than the source just
            # quoted, nobody named
            return Speaker(glued.text, "group", None, "Plur", r.at)
        words = [t for t in r.mention if not t.is_punct]
        data = self.lex.data
        k = 1 if len(words) > 2 and words[0].lower_ in data.definite_articles else 0
        if len(words) > k + 2 and words[k].lower_ in data.one_of_pronouns and words[k + 1].lower_ in data.owner_links \
                and name_set_off(r.mention) is None and not _trailing_name(r.mention, data.role_heads):
            # `l'une d'elles`, `one of them`: one of a group, whom the article does not name (not someone named before)
            return Speaker(self.doc[words[0].i : words[-1].i + 1].text, "person", None, "Sing", r.at)
        pair = data.pair_pronouns.get(" ".join(t.lower_ for t in words))
        if pair:
            # `Tous deux ont jugé …`: the two people named last before the sentence, in the article's order
            last = self._last_two_named(self._sentence_start(r.at), self.full_name)
            if len(last) < 2:
                return None
            return Speaker(f"{last[0]} {pair[0]} {last[1]}", "group", None, "Plur", r.at, parts=tuple(last))
        if len(words) == 1 and "Plur" in words[0].morph.get("Number") and (clause := self._described_by(words[0])):
            # `scandaient ceux qui s'étaient rassemblés`: people the article describes, maybe never named
            end = clause.right_edge.i + 1
            while end > words[0].i + 1 and self.doc[end - 1].is_punct:
                end -= 1
            return Speaker(self.doc[words[0].i : end].text, "group", None, "Plur", r.at)
        if words and words[0].lower_ in data.someone_pronouns:
            # `someone familiar with the situation said …`: one person the article does not name, as it describes them
            return Speaker(self.doc[words[0].i : words[-1].i + 1].text, "person", None, "Sing", r.at)
        return None

    def _nominal_age(self, mention: Span) -> bool:
        """`the 23-year-old`: an age written as a noun (`nominal_ages` after a number) is a person, not a time."""
        return self._age_in(mention[-1]) is not None or (
            mention[-1].lower_ in self.lex.data.nominal_ages and any(t.like_num for t in mention[:-1]))

    def _age_in(self, token: Token) -> str | None:
        """The number of an age the tokenizer keeps as one word (`34-year-old`: `34`; `nlp._keep_compounds`)."""
        parts = token.lower_.split("-")
        if len(parts) < 3 or parts[-1].removesuffix("s") not in self.lex.data.nominal_ages \
                or parts[-2].removesuffix("s") not in self.lex.data.age_units:
            return None
        return token.text[: len(token.text) - len(parts[-1]) - len(parts[-2]) - 2]

    def _by_age(self, r: Reading) -> Speaker | None:
        """`Smith, 23, scored twice. "…," the 23-year-old said`: the person last named with that age set off after
        the name; with no age set off anywhere, the person just named; else the description as written."""
        mention, at = r.mention, r.at
        if not self._nominal_age(mention):
            return None
        age = self._age_in(mention[-1]) or next(t.text for t in mention if t.like_num)
        stated = False
        for ent in reversed(self.ents):
            if ent.start_char >= at or ent.label_ not in PERSON_LABELS:
                continue
            given = self._stated_age(ent)
            if given is not None and fold(given) == fold(age):
                name = self.full_name(self._clean(ent))
                return Speaker(name, "person", self.gender(name), "Sing", at)
            stated = stated or given is not None
        if not stated and self._definite(mention[0]):
            # `Connor McDavid scored twice. The 26-year-old said …`: an age the article gave nobody, with the definite
            # article, re-describes the person just named, as an epithet does (`a 26-year-old` is someone new)
            named = self._just_named(at, None)
            if named is not None:
                return named
        return Speaker(mention.text, "role", None, "Sing", at)

    def _age_clashes(self, mention: Span, name: str) -> bool:
        """`Mary Smith, 29, … The 34-year-old woman`, `Karim B., 19 ans, … le jeune homme de 24 ans`: the description
        gives an age other than the one the article set off after the name."""
        ages = {fold(age) for age in map(self._age_in, mention) if age is not None}
        ages |= {fold(t.text) for t in mention if t.like_num and an_age_at(self.doc, t.i, self.lex.data.age_nouns)}
        if not ages:
            return False
        given = {fold(age) for ent in self.ents if ent.label_ in PERSON_LABELS
                 and self.full_name(self._clean(ent)) == name and (age := self._stated_age(ent)) is not None}
        return bool(given) and not given & ages

    def _stated_age(self, ent: Span) -> str | None:
        """`Smith, 23,`, `Smith, a 23-year-old …`: the age set off right after a name."""
        doc = self.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return None
        after = doc[ent.end + 1]
        if after.like_num:
            return after.text
        if after.pos_ == "DET" and ent.end + 2 < len(doc):
            after = doc[ent.end + 2]
        return self._age_in(after)

    def _by_pronoun(self, r: Reading) -> Speaker | object | None:
        pronoun = self._pronoun(r.mention)
        if pronoun is None:
            return None
        return self._topic(r.mention) or self._subject_over_relative(r.mention, pronoun[0]) \
            or self.antecedent(r.at, *pronoun, apart=_own_clause_names(r.mention)) or NOBODY

    def _topic(self, mention: Span) -> Speaker | None:
        """`Quant aux patients, ils se disent inquiets`: a topic set off by `topic_markers` and a comma right before
        the pronoun is what the pronoun stands for."""
        doc, start = self.doc, mention.start
        if start < 3 or doc[start - 1].text != ",":
            return None
        first = doc[start].sent.start
        for marker in self.lex.data.topic_markers:
            for i in range(max(first, start - 12), start - len(marker) - 1):
                if tuple(t.lower_ for t in doc[i : i + len(marker)]) != marker \
                        or any(t.is_punct for t in doc[i + len(marker) : start - 1]):
                    continue
                topic = doc[i + len(marker) : start - 1]
                found = self._resolve(topic, topic.start_char)
                if found is not None and found is not NOBODY:
                    return Speaker(found.name, found.kind, found.gender, found.number, mention.start_char)
        return None

    def _subject_over_relative(self, mention: Span, gender: str | None) -> Speaker | None:
        """`la porte-parole attaque le patron de la France insoumise dont elle juge le « bilan » inexistant`: a subject
        pronoun in a relative clause on the object of a verb stands for that verb's subject, of its gender, not for a
        name inside the object."""
        verb = mention.root.head
        if verb.i == mention.root.i or not verb.dep_.startswith(("acl:relcl", "relcl")):
            return None
        noun = verb.head
        for _ in range(3):
            if noun.dep_ != "nmod" or noun.head.i == noun.i:
                break
            noun = noun.head  # (`le patron de la France insoumise dont …`: the object, past its complement)
        main = noun.head
        if noun.dep_ not in ("obj", "dobj") or main.i == noun.i or main.i > noun.i:
            return None
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < main.i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            return None
        found = self._resolve(self.doc[subject.left_edge.i : subject.i + 1], subject.idx)
        if found is None or found is NOBODY or found.number == "Plur" or found.kind not in ("person", "role") \
                or (gender in ("Masc", "Fem") and found.gender not in (None, gender)):
            return None
        return Speaker(found.name, found.kind, found.gender, found.number, mention.start_char)

    def _by_latter(self, r: Reading) -> Speaker | object | None:
        """`ce dernier`, `the latter`: the last person named, or an organisation that was a subject after them (`…
        tandis que FO juge l'opération inévitable. Selon ce dernier, …`); a person of the other gender is not it."""
        position = self._pair_position(r.mention)
        if position:
            return self._one_of_the_last_two(position, r.at)
        if not self._anaphoric(r.mention):
            return None
        if _number(r.head) == "Plur":
            return self._latter_group(r)
        genders = self.lex.data.pronoun_genders
        gender = next((genders[t.lower_] for t in r.mention if t.lower_ in genders), None) \
            or next((g for t in r.mention for g in t.morph.get("Gender")), None)
        named = self.last_person(r.at, gender)
        since = max((offset for offset, name in self.people if name == named and offset < r.at), default=-1)
        organisation = next((found for ent in reversed(self.ents) if since < ent.start_char < r.at
                             and ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubj:pass")
                             and (found := self.name_of(ent)) and found[1] == "group"), None)
        if organisation is not None:
            return Speaker(organisation[0], "group", None, "Sing", r.at)
        described = self._latter_described(r.mention, since, gender)
        if described is not None:
            return described
        return Speaker(named, "person", self.gender(named), "Sing", r.at) if named else NOBODY

    def _latter_group(self, r: Reading) -> Speaker | object:
        """`Le Premier ministre a rencontré les syndicats. Ces derniers ont jugé …`: in the plural, the latter are the
        last people named together or by a plural noun in the sentence before or the mention's own (a role, a group,
        a trade's followers), never the one person named last; nobody when there is none."""
        opening = self._sentence_start(r.mention.start_char)
        earlier = self._sentence_start(opening - 1) if opening > 0 else 0
        def people(token: Token) -> bool:
            return token.pos_ == "NOUN" and _number(token) == "Plur" and self.lex.names_people(token.lemma_.lower())

        for token in reversed(self.doc[: r.mention.start]):
            if token.idx < earlier:
                break
            if self._in_quotes(token.idx):
                continue
            if token.ent_type_ in PERSON_LABELS and (token.dep_ == "conj" or any(
                    c.dep_ == "conj" and c.ent_type_ in PERSON_LABELS for c in token.children)):
                while token.dep_ == "conj" and token.head.ent_type_ in PERSON_LABELS:
                    token = token.head  # `Paul Martin et Marie Dubois`: the people named together last
            elif people(token):
                while token.dep_ == "nmod" and people(token.head):
                    token = token.head  # `les représentants des syndicats`: the people the whole phrase names
            else:
                continue
            found = self._resolve(self.doc[token.left_edge.i : token.right_edge.i + 1], token.left_edge.idx)
            if found is not None and found is not NOBODY:
                return Speaker(found.name, found.kind, found.gender, "Plur", r.at)
        return NOBODY

    def _by_pair(self, r: Reading) -> Speaker | None:
        """`X a reçu Y. Les deux dirigeants ont appelé …`, `The two leaders said`: an article, a numeral of
        `pair_numerals` and a plural noun of people (an adjective may stand between) name the last two people the
        article named, together."""
        words = [t for t in r.mention if not t.is_punct]
        if not 3 <= len(words) <= 4 or words[0].lower_ not in self.lex.data.definite_articles \
                or words[1].lower_ not in self.lex.data.pair_numerals or words[-1].pos_ != "NOUN" \
                or _number(words[-1]) != "Plur" or not self.lex.names_people(words[-1].lemma_.lower()):
            return None
        last = self._last_two_named(r.at, self.full_name)
        if len(last) < 2:
            return None
        link = self.lex.data.pair_numerals[words[1].lower_]
        return Speaker(f"{last[0]} {link} {last[1]}", "group", None, "Plur", r.at, parts=tuple(last))

    def _pair_position(self, mention: Span) -> int:
        """`le premier`, `la seconde`, `the former`: an article and an ordinal of `pair_anaphors` alone (1 or 2), else
        0."""
        words = [t for t in mention if not t.is_punct]
        if len(words) != 2 or words[0].lower_ not in self.lex.data.definite_articles:
            return 0
        return self.lex.data.pair_anaphors.get(words[1].lower_, 0)

    def _one_of_the_last_two(self, position: int, at: int) -> Speaker | object:
        """`X a reçu Y. Le premier a salué …`: of the last two people named before, in the order the article named
        them; nobody when fewer than two were."""
        last = self._last_two_named(at)
        if len(last) < 2:
            return NOBODY
        named = last[position - 1]
        return Speaker(named, "person", self.gender(named), "Sing", at)

    def _last_two_named(self, before: int, same: Callable[[str], str] = lambda name: name) -> list[str]:
        """The last two different people named before the offset, in the article's order (`same` gives the name that
        says two mentions are one person); fewer when fewer were named."""
        last: list[str] = []
        for offset, name in reversed(self.people):
            name = same(name)
            if offset < before and name not in last:
                last.insert(0, name)
                if len(last) == 2:
                    break
        return last

    def _latter_described(self, mention: Span, since: int, gender: str | None) -> Speaker | None:
        """`Mme St-Pierre a eu un entretien avec un dirigeant de TQS. Ce dernier lui a répondu …`: a person described
        by a role, with no name, after the last person named (of the latter's gender), is the latter."""
        for token in reversed(self.doc[: mention.start]):
            if token.idx <= since:
                return None
            if token.pos_ != "NOUN" or not self._role_word(token) or self._in_quotes(token.idx) \
                    or _number(token) == "Plur" or (gender and _role_gender(token, self.lex) not in (None, gender)):
                continue
            if any(t.ent_type_ in PERSON_LABELS for t in (token.head, *token.children)) or token.dep_ == "appos":
                return None  # `Paul Morel, le ministre de la Santé, …`: the role of the person named
            phrase = _short_phrase(self.doc[token.left_edge.i : token.right_edge.i + 1], self.lex, participles=True)
            if phrase:
                return Speaker(phrase, "role", gender, "Sing", mention.start_char)
        return None

    def _by_coordination(self, r: Reading) -> Speaker | None:
        """`Ron Gettelfinger and Vice President Gerald Bantom said`: both speak, under their names."""
        mention, head = r.mention, r.head
        if head is None:
            return None
        named = next((c for c in head.children if c.dep_ == "appos" and mention.start <= c.i < mention.end
                      and any(k.dep_ == "conj" for k in c.children)), None)
        if named is not None and _number(head) == "Plur":
            head = named  # `les économistes Anne Morel et Paul Girard`: the plural role says who; the names are they
        conjuncts, waiting = [], [head]
        head_marked = any(k.dep_ == "case" for k in head.children)
        while waiting:  # `A, B et C`: conjuncts hang on each other or all on the first, or on a name's last word
            token = waiting.pop()
            conjuncts.append(token)
            parts = [token, *(c for c in token.children if c.dep_ in NAME_PARTS)]
            # a conjunct with a preposition of its own, where the first has none, is a second complement (`le
            # ministre de la Pêche et de l'Économie`: the parser hangs `Économie` on `ministre`)
            waiting += [c for part in parts for c in part.children
                        if c.dep_ == "conj" and mention.start <= c.i < mention.end
                        and (head_marked or not any(k.dep_ == "case" for k in c.children))]
            # `Marie Dupont, Paul Morel et Jean Martin`: the parser sets the second name in apposition to the first
            # and hangs the last on it; a list of people, not a person and a description of them
            waiting += [c for c in token.children if c.dep_ == "appos" and mention.start <= c.i < mention.end
                        and token.ent_type_ in PERSON_LABELS and c.ent_type_ in PERSON_LABELS
                        and not self._role_word(c) and any(k.dep_ == "conj" for k in c.children)
                        and all(k.ent_type_ in PERSON_LABELS for k in c.children if k.dep_ == "conj")]
        if len(conjuncts) < 2:
            return None
        conjuncts.sort(key=lambda t: t.i)
        if self._roles_of_one_person(conjuncts):
            return None
        if self.lex.data.shared_determiners and all(t.pos_ == "NOUN" for t in conjuncts) \
                and not any(ent.label_ in PERSON_LABELS for ent in r.entities) \
                and not any(c.dep_ == "det" for t in conjuncts[1:] for c in t.children):
            # `The mother and father of the 15-year-old`: nouns under one determiner make one description (with no
            # name in it: `AP president and chief executive officer Gary Pruitt` is Pruitt)
            tail = _short_phrase(self.doc[conjuncts[-1].i : mention.end], self.lex)
            if tail:
                return Speaker(f"{self.doc[mention.start : conjuncts[-1].i].text} {tail}", "group", None, "Plur",
                               mention.start_char)
        names = []
        for token in conjuncts:
            n = self.ent_of[token.i]
            # a name, or a description read as a mention of its own (`the fire department`, tagged or not)
            named = (self.name_of(self.ents[n]) if n >= 0 else None) or self._conjunct(token, mention, r.at)
            if named is None:
                return None
            names.append(named[0])
        # UD hangs `et` on the last conjunct, spaCy's English scheme on the first
        link = next((self._coordinator(c) for t in reversed(conjuncts) for c in t.children if c.dep_ == "cc"), None)
        if link is None or len(set(names)) < len(names):
            return None
        return Speaker(f"{', '.join(names[:-1])} {link} {names[-1]}", "group", None, "Plur", mention.start_char,
                       parts=tuple(names))

    def _coordinator(self, cc: Token) -> str:
        """The conjunction that joins the speakers' names: the coordinator as written, or the plain one for a
        locution (`ainsi que` names `X et Y`)."""
        words = " ".join(t.lower_ for t in sorted([cc, *(c for c in cc.children if c.dep_ == "fixed")],
                                                  key=lambda t: t.i))
        plain = self.lex.data.coordinating_locutions.get(words)
        return plain[0] if plain else cc.text

    def _roles_of_one_person(self, conjuncts: list[Token]) -> bool:
        """`The company president and CEO Louis Gallois`, `le président et directeur général Louis Gallois`: roles
        coordinated before one name, the last with no determiner of its own, are that person's titles."""
        doc, last = self.doc, conjuncts[-1]
        named = [t for t in conjuncts if self.ent_of[t.i] >= 0 and self.ents[self.ent_of[t.i]].label_ in PERSON_LABELS]
        person = next((t for t in last.subtree if self.ent_of[t.i] >= 0
                       and self.ents[self.ent_of[t.i]].label_ in PERSON_LABELS), None)
        if person is None or named not in ([], [last]) or any(self.ent_of[t.i] >= 0 for t in conjuncts[:-1]):
            return False
        opening = next((t.i for t in doc[conjuncts[-2].i + 1 : last.i + 1] if t.dep_ == "cc"), None)
        name_start = self.ents[self.ent_of[person.i]].start
        between = doc[opening + 1 : name_start] if opening is not None else None
        # (`the mayor and Senator John Smith` are two: a capitalised title names its own holder; `CEO` is a word)
        return bool(between) and all(t.pos_ in ("NOUN", "PROPN", "ADJ") and (t.is_lower or t.is_upper)
                                     for t in between) \
            and any(self._role_word(t) for t in between) and all(self._role_word(t) for t in conjuncts[:-1])

    def _role_word(self, token: Token) -> bool:
        return names_a_role(token, self.lex)

    def _conjunct(self, token: Token, mention: Span, at: int) -> tuple[str, str] | None:
        """`le consulat français` in `le consulat français et le gouvernement belge`, `le secrétaire du Trésor
        Steven Mnuchin`: one conjunct read as a mention of its own, its words up to the next conjunct."""
        end = min([c.left_edge.i for c in token.children if c.dep_ in ("conj", "cc") and c.i > token.i]
                  + [token.right_edge.i + 1, mention.end])
        start = max(token.left_edge.i, mention.start)
        while start < token.i and (self.doc[start].dep_ == "cc" or self.doc[start].is_punct
                                   or (self.doc[start].dep_ == "fixed" and self.doc[start].head.dep_ == "cc")):
            start += 1  # UD hangs `et` (`ainsi que`) on the conjunct it opens
        while end > start + 1 and self.doc[end - 1].is_punct:
            end -= 1
        if end <= start or self.doc[start].pos_ != "DET":
            return None  # a bare noun (`presse et communication`) names nobody
        # (`Paul-Antoine`, split at its hyphen, with `Antoine` parsed as a conjunct: the word is whole again)
        end = _past_split_word(self.doc, end)
        if end - start >= len(mention):
            return None  # the parse gave the conjunct the whole mention (`ainsi que`): reading it again never ends
        found = self._resolve(self.doc[start:end], at)
        return (found.name, found.kind) if found is not None and not found.parts else None

    def _by_periphrasis(self, r: Reading) -> Speaker | None:
        """`le chef de l'État`, `the head of state`: the press's name for a role is the person the article gave
        that role (`le président français Emmanuel Macron`), not the country in it; `les Sages`, the body the
        article named with the words it stands for (`le Conseil constitutionnel`)."""
        body = self._periphrastic_body(r)
        if body is not None:
            return body
        if not self.lex.data.role_periphrases or any(e.label_ in PERSON_LABELS for e in r.entities) \
                or name_set_off(r.mention) is not None:
            return None  # `le chef de la diplomatie américaine Antony Blinken`, `…, a annoncé le chef du gouvernement
            # provincial, Amadouddin Abdoul Rahim`: the name says who
        # (`la Maison-Blanche` and `la Maison Blanche` are one spelling)
        phrase = fold(_strip_determiners(r.mention).text).replace("’", "'").replace("-", " ")
        office = self.lex.office_words
        for written, offices in self.lex.data.role_periphrases.items():
            written = written.replace("-", " ")
            if not (phrase == written or phrase.startswith(written + " ")):
                continue
            for role, *qualifier in offices:  # (`chef du gouvernement`: a Premier ministre, then a chancelier)
                words = frozenset(map(fold, qualifier))
                # without the words that tell holders apart, still the office they name (not `ministre` alone for
                # `premier ministre`)
                named = (words and self.person_with_role(role, r.at, words)) \
                    or self.person_with_role(role, r.at, words & office)
                if named:
                    named = self.full_name(named)
                    return Speaker(named, "person", self.gender(named), "Sing", r.at)
            just = self._just_named(r.at, None) if not any(len(o) > 1 for o in offices) else None
            if just is not None and not any(who == just.name for _, _, who, _ in self.roles):
                # nobody given the role: the press's name for it re-describes whom it has just named, unless the
                # article gave them another office (`Emmanuel Macron a reçu les syndicats. Le chef de l'État …`;
                # not after `le maire Paul Dumas`)
                return just
            described = self._by_description(r)  # nobody given the role: the role, not the country in it
            return described if isinstance(described, Speaker) else None
        return None

    def _periphrastic_body(self, r: Reading) -> Speaker | None:
        phrase = fold(_strip_determiners(r.mention).text).replace("’", "'")
        words = self.lex.data.organisation_periphrases.get(phrase)
        if not words:
            return None
        # (the words as the article writes them, capitalised first: the recogniser may have tagged `Conseil` alone)
        wanted = [fold(word) for word in words]
        end = bisect_left(self.doc, r.at, key=lambda t: t.idx)
        for i in range(end - len(wanted), -1, -1):
            if self.doc[i].text[:1].isupper() and [fold(t.text) for t in self.doc[i : i + len(wanted)]] == wanted:
                return Speaker(self.doc[i : i + len(wanted)].text, "group", None, _number(r.head), r.at)
        return None

    def _by_person_named(self, r: Reading) -> Speaker | None:
        person = [ent for ent in r.entities if ent.label_ in PERSON_LABELS and _looks_like_name(ent)]
        if not person:
            return None
        head = r.head
        if head is not None and names_a_text(head, self.lex.data.document_nouns):
            # `a letter from A to John Carter`, `un rapport sur Jean Martin`: whom a text is sent to or is about
            # does not speak through it; its author follows an author link (`de`, `from`, `by`)
            person = [ent for ent in person if head.i > ent.start or self._authored_by(ent)]
            if not person:
                return None
        # `Kate Miller, an adviser to Paul Morgan`: the name the phrase is about, not one in its apposition
        named_head = [ent for ent in person if head is not None and ent.start <= head.i < ent.end]
        if not named_head and head is not None:
            # `Le général Gilbert Diendéré, proche de l'ancien président Blaise Compaoré`: the name the head noun is
            # given right after it, not one in what is set off after
            named_head = [ent for ent in person if head.i < ent.start <= head.i + 3 and ent.root.head.i == head.i
                          and not any(t.is_punct or t.pos_ in ("ADP", "DET") for t in self.doc[head.i + 1 : ent.start])
                          and not any(c.dep_ == "case" for c in ent.root.children)]
        ent = named_head[0] if named_head else person[-1] if _ends_with(r.mention, person[-1]) else person[0]
        # a common noun speaks and the name only says whose it is (`Cornyn's statement` is Cornyn's, though)
        owned = head is not None and head.pos_ == "NOUN" and head.lemma_.lower() not in self.lex.data.document_nouns
        # `Boulder police denied`, `the Trump administration said`: a name set before the noun as its modifier says
        # whose the noun is (the recogniser may call a town a person)
        modifier = owned and ent.end <= head.i and ent.root.head.i == head.i and ent.root.dep_ == "compound" \
            and not _possessive(ent)
        if owned and not named_head and (modifier or (
                head.i < ent.start and (after_preposition(ent) or _in_complement(ent, head)))):
            # `la mère de Jean Dutour`, `the lawyer for Paul Lenoir`, `Prosecutors on special counsel Jack Smith's
            # team`: the noun's phrase speaks, to the name (the whole mention when the name comes first)
            end = r.mention.end if modifier else ent.end
            if not modifier and _possessive(ent) and ent.root.head.i >= ent.end:
                end = min(ent.root.head.i + 1, r.mention.end)  # `… Jack Smith's team`: the possessed noun too
            described = self.doc[r.mention.start : end]
            return Speaker(described.text.strip(" ,"), "group" if _number(head) == "Plur" else "role",
                           _role_gender(head, self.lex), _number(head), r.at)
        if owned and _possessive(ent) and head.i >= ent.end:
            # `Thomas' sister pleaded`: the sister speaks, not Thomas
            return Speaker(_strip_determiners(r.mention).text, "role", _role_gender(head, self.lex),
                           _number(head), r.at)
        name = self.full_name(self._clean(ent))
        return Speaker(name, "person", self.gender(name), "Sing", r.at)

    def _by_document_author(self, r: Reading) -> Speaker | None:
        """`Cornyn's statement added`, `un communiqué du ministère indique`: a text speaks for its author."""
        entities, head, at = r.entities, r.head, r.at
        if head is None or not names_a_text(head, self.lex.data.document_nouns):
            return None
        # (`selon ses dires au média Playbook`, `his remarks to CNN`: whom the words were told to wrote none of them)
        told = self.lex.data.addressee_prepositions
        entities = [ent for ent in entities if not (ent.start > head.i and any(
            t.lower_ in told for t in self.doc[head.i + 1 : ent.start]))]
        if not entities and head.i > 0 and head.nbor(-1).lower_ in self.lex.data.definite_articles:
            # `La déclaration explique`: the document named before, with its author
            entities = self._authored(head)
            issuer = self._issued_before(head, at) if not entities else None
            if issuer is not None:
                return issuer
        whose = next((c for c in head.children if c.dep_ in ("poss", "nmod:poss") and c.i < head.i
                      and c.lower_ in self.lex.data.relative_words and c.i > 1), None)
        if whose is not None:
            # `Darren Campbell, whose handwritten notes … claim`: the text of the one the relative is about
            before = self.doc[whose.i - 2] if self.doc[whose.i - 1].is_punct else self.doc[whose.i - 1]
            owner = self.ents[self.ent_of[before.i]] if self.ent_of[before.i] >= 0 else None
            if owner is not None and owner.label_ in PERSON_LABELS | GROUP_LABELS:
                found = self._resolve(owner, at)
                if found is not None:
                    return found
        owners = {c.pos_: c for c in reversed(list(head.children)) if c.dep_ in ("poss", "nmod:poss")}
        if not entities and "PROPN" in owners and (name := self.person_named(owners["PROPN"].text)):
            return Speaker(name, "person", self.gender(name), "Sing", at)  # `Cornyn's statement`, unrecognised
        if not entities and "NOUN" in owners:
            # `The company's statement said`: a text speaks for the body whose it is
            owner = owners["NOUN"]
            found = self._resolve(self.doc[owner.left_edge.i : owner.i + 1], at)
            if found is not None:
                return found
        named = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
        if not entities and named:
            # `a WPS news release`: a name the recogniser missed, compounded onto the text, is its author's
            found = self._resolve(self.doc[named[0].left_edge.i : named[-1].i + 1], at)
            if found is not None and found.kind in ("person", "group"):
                return found
        possessor = self._possessor(head)
        if not entities and possessor is not None:
            # `selon son rapport`, `Their projections showed`: a text speaks for whoever the possessive points to;
            # set before its clause, for that clause's subject (`Selon ses déclarations, le chauffeur …`)
            ahead = self._subject_ahead(r.mention, at, *possessor, owners=("person", "role", "group"))
            if isinstance(ahead, Speaker):
                return ahead
            owner = self._text_owner(at, possessor[0])
            if owner is not None:
                return owner
        read = self._reading_clauses(head)
        named = head.i + 1
        while named + 1 < len(self.doc) and self.doc[named].lower_ in self.lex.data.author_links \
                and self.doc[named + 1].pos_ == "NOUN" and self.ent_of[named + 1] < 0:
            named += 2  # `un communiqué de presse de l'Élysée`: a bare noun after `de` names the kind of text
        for ent in entities:
            if _read_in(ent, read):
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in self.doc[head.i + 1 : ent.start]):
                continue  # `the press release regarding the crash near Oxbow`: what the text is about, not its author
            if ent.label_ in PLACE_LABELS and ent.start > head.i and any(t.lower_ not in self.lex.data.author_links
                                                                         and t.pos_ != "DET"
                                                                         for t in self.doc[named : ent.start]):
                continue  # `a recent study out of Rochester`: where it comes from (`a statement from Ottawa` speaks)
            if ent.label_ in GROUP_LABELS and not (ent.start <= head.i < ent.end):
                name = self.full_group(self._group_name(ent))
                return Speaker(name, "group", None, _number(head), at)
            if ent.label_ in PERSON_LABELS and head.i < ent.start <= head.i + 3 and self._authored_by(ent):
                name = self.full_name(self._clean(ent))  # `les propos d'Antonin Levy`: the person whose words they are
                return Speaker(name, "person", self.gender(name), "Sing", at)
        # `les chiffres publiés par l'Insee`, `figures released by the ministry`: the agent of a participle of
        # writing or publishing that qualifies the text (not of reading it: `des documents analysés par la BBC`);
        # before a `de` complement, which may say what the text is about (`le classement des milliardaires publié
        # par Forbes`)
        for verb in (c for c in self._participles_on(head) if c.lemma_.lower() in self.lex.data.authoring_verbs):
            for child in verb.children:
                if child.lower_ in self.lex.data.agent_prepositions:  # English: `by` on the verb, the noun on `by`
                    child = next((c for c in child.children if c.dep_ == "pobj"), child)
                case = [c for c in self.doc[verb.i + 1 : child.i] if c.lower_ in self.lex.data.agent_prepositions]
                if case and child.pos_ in ("NOUN", "PROPN"):
                    found = self._resolve(self.doc[case[-1].i + 1 : child.right_edge.i + 1], at)
                    if found is not None:
                        return found
            # (the parser may hang the agent on the text or on the day: `une étude publiée mardi par X`)
            by = next((t for t in self.doc[verb.i + 1 : min(verb.i + 4, len(self.doc))]
                       if t.lower_ in self.lex.data.agent_prepositions), None)
            if by is not None and by.head.i > by.i and by.head.pos_ in ("NOUN", "PROPN") and all(
                    t.pos_ in ("NOUN", "ADV") and t.ent_type_ in ("", "DATE") for t in self.doc[verb.i + 1 : by.i]):
                found = self._resolve(self.doc[by.i + 1 : by.head.right_edge.i + 1], at)
                if found is not None:
                    return found
        # `les informations des médias américains`, `un rapport de la police`: the author, a determined noun
        # phrase joined by `de` (`un communiqué de presse`, undetermined, names no author)
        links, contracted = self.lex.data.author_links, self.lex.data.determiner_contractions
        for child in head.children:
            if child.dep_ == "nmod" and child.i > head.i and child.pos_ == "NOUN":
                case = [c for c in child.children if c.dep_ == "case" and c.lower_ in links]
                if case and (case[-1].lower_ in contracted or any(c.dep_ == "det" for c in child.children)):
                    return self._resolve(self.doc[case[-1].i + 1 : child.right_edge.i + 1], at)
        # `Le ministère a publié un communiqué selon lequel …`, `X issued a statement saying …`: the subject of the
        # verb of writing or publishing whose object the text is
        verb = head.head
        if head.dep_ in ("obj", "dobj") and verb.i != head.i and verb.lemma_.lower() in self.lex.data.authoring_verbs:
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if subject is not None:
                found = self._resolve(self.doc[subject.left_edge.i : subject.i + 1], at)
                if found is not None:
                    return found
        # `said a statement from the state election board`: the author past the words of the mention
        link = next((c for c in head.children if c.i > head.i and c.lower_ in self.lex.data.author_links), None)
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if link is None and after is not None and after.lower_ in self.lex.data.author_links and after.head.i < head.i:
            link = after  # `contended the post by an unknown author`: the parser hung `by` on the cue before the text
        author = next((c for c in link.children if c.dep_ in ("pobj", "obl", "nmod")), None) if link else None
        return self._resolve(self.doc[author.left_edge.i : author.i + 1], at) if author is not None else None

    def _text_owner(self, at: int, gender: str | None) -> Speaker | None:
        """Whose text `son rapport` is: the nearest subject of this sentence or the one before that names someone or an
        organisation (by name, pronoun, role or `le groupe`), of the possessive's gender when it says one."""
        for token in reversed(self._subjects_before(at)):
            if not self._may_write(token):
                continue
            found = self._resolve(self.doc[token.left_edge.i : token.i + 1], token.idx)
            if _may_own_a_text(found, gender):
                return Speaker(found.name, found.kind, found.gender, found.number, at)
        # (no subject parsed there: the one who spoke last in those two sentences, `X appelle à … D'après ses
        # chiffres, …`)
        spoke = self.last_speaker(at)
        if spoke is not None and spoke.at >= self._previous_sentence_start(at) and _may_own_a_text(spoke, gender):
            return Speaker(spoke.name, spoke.kind, spoke.gender, spoke.number, at)
        return None

    def _may_write(self, token: Token) -> bool:
        """A subject that names someone or an organisation (by name, pronoun, role, `le groupe` or a noun for
        people: `le chauffeur`), who may own a text; not `le chômage`."""
        data, lemma = self.lex.data, token.lemma_.lower()
        return token.ent_type_ in PERSON_LABELS or token.ent_type_ in GROUP_LABELS or token.pos_ == "PRON" \
            or lemma in data.role_heads or lemma in data.org_anaphors \
            or (token.pos_ == "NOUN" and self.lex.names_people(lemma))

    def _possessor(self, noun: Token) -> tuple[str | None, str | None] | None:
        """The gender and number of the owner a possessive determiner gives the noun (`his`, `son`), if any."""
        data = self.lex.data
        for word in (c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("det", "poss", "nmod:poss")):
            if word in data.possessive_pronouns:
                return data.subject_pronouns.get(data.possessive_pronouns[word])
            if word in data.possessive_owners:
                return data.possessive_owners[word]
        return None

    @staticmethod
    def _participles_on(noun: Token) -> list[Token]:
        """The participles after a noun that qualify it, with those the parser hung on its complement though they
        agree with the noun and not with the complement (`le classement des milliardaires publié par Forbes`)."""
        def agree(verb: Token, word: Token) -> bool:
            return all(verb.morph.get(f) == word.morph.get(f) for f in ("Number", "Gender")
                       if verb.morph.get(f) and word.morph.get(f))
        found = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.pos_ == "VERB"]
        for complement in (c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and c.pos_ == "NOUN"):
            found += [c for c in complement.children if c.dep_ == "acl" and c.i > complement.i and c.pos_ == "VERB"
                      and agree(c, noun) and not agree(c, complement)]
        return found

    def _reading_clauses(self, noun: Token) -> list[Token]:
        """The participles on a text other than of writing it (`des documents consultés par Le Monde`, `a letter
        seen by Sky News`): whoever they name read, saw or analysed it and did not write it."""
        return [v for v in noun.children if v.dep_ == "acl" and v.i > noun.i and v.pos_ == "VERB"
                and v.lemma_.lower() not in self.lex.data.authoring_verbs]

    def _authored_by(self, ent: Span) -> bool:
        """The name follows an author link (`d'Antonin Levy`, `from Kate Miller`) or no preposition at all
        (`to Mayor John Carter`: the preposition governs the name past its title)."""
        root = ent.root
        while root.dep_ == "appos" and root.head.i < root.i:
            root = root.head  # `au maire Jean Martin`: the title takes the preposition
        link = next((c for c in root.children if c.dep_ == "case" and c.i < root.i), None)
        if link is None and root.dep_ == "pobj" and root.head.pos_ == "ADP":
            link = root.head
        if link is None and after_preposition(ent):
            link = self.doc[ent.start - 1]
        return link is None or link.lower_ in self.lex.data.author_links

    def _by_name_after_role(self, r: Reading) -> Speaker | None:
        trailing = _trailing_name(r.mention, self.lex.data.role_heads)
        if not trailing:
            return None
        name = self.full_name(trailing)
        return Speaker(name, "person", self.gender(name), "Sing", r.at)

    def _by_role_of_named(self, r: Reading) -> Speaker | None:
        """`le cabinet du ministre` -> `le cabinet de Bruno Le Roux`: the role in the complement
        names whose cabinet (mother, lawyer) it is."""
        if not r.bare_noun:
            return None
        mention, head, at = r.mention, r.head, r.at
        roles = self.lex.data.role_heads
        for token in mention:
            if token.head.i != head.i or token.i <= head.i or token.dep_ != "nmod" \
                    or token.lemma_.lower() not in roles:
                continue
            if not any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in token.children):
                continue
            # (`l'entourage du président ivoirien` is not `le président sénégalais X`'s: the role's own words agree)
            described = self.doc[token.i : token.right_edge.i + 1]
            named = self.person_with_role(token.lemma_.lower(), at, _words(described, self.lex, without=token)) \
                or self.person_with_role(token.lemma_.lower(), at,
                                         _words(described, self.lex, without=token, adjectives=False),
                                         covering=_words(described, self.lex, without=token))
            if named is None:
                return None
            det = next((t for t in mention if t.i < head.i and t.pos_ == "DET"), None)
            article = det.lower_.replace("’", "'") if det is not None and det.lower_ in (
                "le", "la", "les", "l'", "l’") else "le"
            return Speaker(_owned(article, head, self.doc[head.i : token.i], named), "group", None,
                           _number(head), at)
        return None

    def _by_organisation_noun(self, r: Reading, guess: bool = True) -> Speaker | None:
        """(What the article called an organisation by a noun of public bodies, `le syndicat`, is remembered: `la
        CGSLB` … `le syndicat` … `l'entreprise` is not the union.)"""
        found = self._organisation_by_noun(r, guess)
        if found is not None and found is not NOBODY and r.head is not None \
                and r.head.lemma_.lower() in self.lex.data.public_body_words:
            self.called.setdefault(found.name, set()).add(r.head.lemma_.lower())
        return found

    def _organisation_by_noun(self, r: Reading, guess: bool = True) -> Speaker | None:
        """`le groupe`, `le journal`: the organisation named last before the mention; without `guess`, only
        one the noun introduced, that spoke last or was the subject just before (not the one named most)."""
        mention, head, at = r.mention, r.head, r.at
        seat, trade = self._plain_modifiers(head, mention) if head is not None else (set(), set())
        if not r.bare_noun and not (head is not None and head.pos_ == "NOUN" and r.entities
                                    and all(ent.start in seat for ent in r.entities)):
            return None  # (a place inside where it is based is no name of its own)
        if head.lemma_.lower() not in self.lex.data.org_anaphors or _number(head) == "Plur":
            return None  # `les syndicats`: several, not the one organisation named before
        words = [t for t in mention if not t.is_punct and not joins_a_word(t) and t.i not in seat | trade]
        # (a word of a hyphenated compound is the compound's, whatever the parser made of it: `the e-commerce firm`)
        if len(words) < 2 or not self._definite(words[0]) or words[-1].i != head.i \
                or any(t.dep_ != "compound" and not (t.i > 1 and joins_a_word(self.doc[t.i - 1])
                                                     and self.doc[t.i - 2].dep_ == "compound")
                       for t in words[1:-1]):
            return None  # `le cabinet du ministre`, `l'armée syrienne` say more than the noun (`the auto firm` does not)
        before = bisect_left(self.ents, at, key=lambda ent: ent.start_char)
        # (`le ministre de l'Économie`, which the recogniser may call an organisation, is an office: no company)
        recent = [ent for ent in takewhile(lambda ent: ent.start_char >= at - 2500, reversed(self.ents[:before]))
                  if not self._an_office(ent)]
        lemma = head.lemma_.lower()
        addressees = self.lex.data.addressee_prepositions
        # `l'émission de TMC « Quotidien »` … `l'émission`: the name that noun introduced
        introduced = [(ent, noun) for ent in recent if ent.label_ in GROUP_LABELS
                      for noun in self.doc[max(ent.start - 4, 0) : ent.start] if noun.lemma_.lower() == lemma
                      and noun.dep_ not in ("poss", "nmod:poss")  # not `the company's North American results`
                      # nor whom the noun's verb addressed (`the company told Interfax-Ukraine`, `a déclaré le
                      # groupe à l'AFP`: a name after `à` is where only when it is a place, `diffusé à Conakry`)
                      and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                  for t in self.doc[noun.i + 1 : ent.start])
                      and not (ent.label_ not in PLACE_LABELS
                               and any(c.dep_ == "case" and c.lower_ in addressees for c in ent.root.children))]
        if introduced:
            ent, noun = introduced[0]
            if ent.label_ not in PLACE_LABELS:
                return Speaker(self.full_group(self._group_name(ent)), "group", None, _number(head), at)
            # `la cour d'appel de Paris` … `la cour`, `the second-largest bank in the United States`: a place
            # only says where the organisation is; it is the noun's whole phrase, or what that phrase describes
            described = self.ent_of[noun.head.i] if noun.dep_ == "appos" else -1
            if described >= 0 and self.ents[described].label_ == "ORG":
                return Speaker(self.full_group(self._group_name(self.ents[described])), "group", None,
                               _number(head), at)
            first = min([t.i for t in noun.children if t.dep_ == "det" and t.i < noun.i], default=noun.i)
            if ent.end <= noun.right_edge.i + 1:
                return Speaker(self.doc[first : ent.end].text, "group", None, _number(head), at)
            return None
        # `GM says …` … `The company has warned`: the organisation that spoke last; `Consumer Reports declined to
        # … The group said`: the organisation a clause just before was about; the nearer of the two (`Boeing said
        # … Ford cut prices. The automaker said` is Ford)
        business = lemma in self.lex.data.business_anaphors

        def fits(name: str, bodies: frozenset[str]) -> bool:
            # `le gouvernement`, `la police`, `la commission`: a public body the article named by that noun
            # (`Commission européenne`), never another organisation
            return fold(lemma) not in bodies or fold(lemma) in fold(name).split()

        # a state body is never the organisation that spoke or was the subject just before (`l'Insee prévoit …
        # tandis que le gouvernement … avant de reconnaître`); a generic noun may be (`Greenpeace … L'organisation`)
        state = frozenset(fold(word) for word in self.lex.data.state_body_nouns)

        spoke = self.last_speaker(at)
        if spoke is not None and not (spoke.kind == "group" and spoke.at >= at - 2500 and any(
                ent.label_ == "ORG" and self.full_group(self._group_name(ent)) == spoke.name for ent in recent)):
            spoke = None  # an organisation, not a country
        if spoke is not None and (business and self._public_body(spoke.name) or not fits(spoke.name, state)):
            spoke = None  # `the automaker` is no agency
        # (a run of capitalised words the recogniser left untyped is an organisation's name as a subject here:
        # `General Motors is recalling … The company said`)
        # (nor a name the recogniser took for a place, `Météo-France prévoit … L'organisme recommande`, `Lens a battu
        # … Le club a annoncé`: a noun no place is called by says what it is; a place is named again by the nouns of
        # its state, `state_anaphors`)
        labels = ("ORG", "MISC") if lemma in self.lex.data.state_anaphors else ("ORG", "MISC", *PLACE_LABELS)
        subject = next((token for token in reversed(self._subjects_before(at)) if self.ent_of[token.i] >= 0
                        and self.ents[self.ent_of[token.i]].label_ in labels
                        and not self._an_office(self.ents[self.ent_of[token.i]])
                        and not (mention.start <= token.i < mention.end)
                        and fits(self.full_group(self._group_name(self.ents[self.ent_of[token.i]])), state)
                        and not (business and self._public_body(self.ents[self.ent_of[token.i]].text))), None)
        if spoke is not None and (subject is None or subject.idx < spoke.at or lemma in self.lex.data.media_anaphors):
            # (`D'après Mediapart, le préjudice pour le Parlement européen … Le quotidien affirme`: a medium is the
            # organisation that spoke, not one its words were about)
            return Speaker(spoke.name, "group", None, _number(head), at)
        if subject is not None and self._definite(words[0]):
            return Speaker(self.full_group(self._group_name(self.ents[self.ent_of[subject.i]])), "group", None,
                           _number(head), at)
        if business and self._definite(words[0]) and not any(e.label_ == "ORG" for e in recent):
            lone = self._business_typed_a_person(recent) or self._untyped_name_as_subject(at, mention)
            if lone is not None:
                return Speaker(lone, "group", None, _number(head), at)
        if not self._definite(words[0]) or not any(e.label_ == "ORG" for e in recent):
            return None
        # the organisation the article is about: of those named so far, the one named most often in the whole
        # article, the latest among equals. A client or a product named in passing is nearer, and may be named
        # more in the opening lines (`The SDK …`), but is not what `the company` means (the organisation named
        # last was measured worse, in English by far)
        if not guess:
            return None
        # (a name only someone's words hold, `« conformément au Droit international »`, is talked about)
        named = [self.full_group(self._group_name(ent)) for ent in reversed(self.ents[:before])
                 if ent.label_ == "ORG" and not self._in_quotes(ent.start_char) and not self._an_office(ent)]
        named = [name for name in named if not (business and self._public_body(name))]
        # (`le gouvernement` is no party, `l'armée` no armed group)
        named = [name for name in named if fits(name, self._public_body_words | state)]
        if not named:
            return None
        everywhere = Counter(self.full_group(self._group_name(ent)) for ent in self.ents if ent.label_ == "ORG")
        best = max(named, key=everywhere.__getitem__)
        return Speaker(best, "group", None, _number(head), at)

    def _business_typed_a_person(self, recent: list[Span]) -> str | None:
        """`Lululemon closed 38 stores. The company said …`, the recogniser calling `Lululemon` a person: with no
        organisation named, the one name of a single word that nothing shows to be a person's (no first name, no
        honorific, no pronoun's gender, no fuller name it stands for) is the company."""
        names = {ent.text for ent in recent if ent.label_ in PERSON_LABELS and len(ent) == 1 and ent[0].pos_ == "PROPN"}
        lone = [name for name in names if _first_name_gender(name, self.lex) is None and name not in self.genders
                and self.full_name(name) == name
                and not any(e.start > 0 and self.doc[e.start - 1].text in _HONORIFICS for e in recent if e.text == name)]
        return lone[0] if len(names) == 1 and lone else None

    def _untyped_name_as_subject(self, at: int, mention: Span) -> str | None:
        """`WestJet cancelled 200 flights. The airline said …`: with no organisation named, a proper noun the
        recogniser left untyped, the nearest subject before the mention (this sentence or the one before), is the
        business a noun of trade names; not a first name, nor a name the article gives a person."""
        subject = self._subject_just_before(mention, at)
        if subject is None or self.ent_of[subject.i] >= 0:
            return None
        name = self.doc[subject.left_edge.i : subject.i + 1]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) \
                or _first_name_gender(name[0].text, self.lex) is not None or name.text in self.genders \
                or any(fold(name.text) in fold(person).split() for _, person in self.people):
            return None
        return name.text

    def _public_body(self, name: str) -> bool:
        """An organisation whose name says it is a public body, a court, an association or a union, or that the
        article called one (`le syndicat`), or named right after such a noun (`le syndicat Force ouvrière`)."""
        return name in self.called or name in self._introduced_as_public_bodies \
            or any(fold(word) in self._public_body_words for word in re.findall(r"[\w-]+", name))

    @cached_property
    def _introduced_as_public_bodies(self) -> frozenset[str]:
        return frozenset(
            name for ent in self.ents if ent.label_ in GROUP_LABELS and ent.start > 0
            and self.doc[ent.start - 1].is_lower and fold(self.doc[ent.start - 1].lemma_) in self._public_body_words
            for name in (ent.text, self.full_group(self._group_name(ent))))

    @cached_property
    def _public_body_words(self) -> frozenset[str]:
        return frozenset(fold(word) for word in self.lex.data.public_body_words)

    def _plain_modifiers(self, head: Token, mention: Span) -> tuple[set[int], set[int]]:
        """The words of an organisation noun's phrase that say no more than the noun, as two sets: where it is based
        (`The Sunnyvale, Calif.-based company`: `seat_participles`), and adjectives of its trade after it (`le
        constructeur automobile`, as `the auto firm` says with a compound); not an adjective a place name gives
        (`l'armée syrienne`, `le quotidien britannique` say whose), except before a noun that names only a business
        (`business_anaphors`): `the German carrier`, `le constructeur français` say where it is based."""
        business = head.lemma_.lower() in self.lex.data.business_anaphors
        seat = {t.i for c in head.children if c.dep_ == "amod" and c.i < head.i
                and (c.lower_.endswith(self.lex.data.seat_participles) or (business and self._of_a_place(c)))
                for t in c.subtree}
        # `l'institution de Francfort`: a place's name alone after `de` says where it is based too
        seat |= {t.i for c in head.children if c.dep_ == "nmod" and c.i > head.i and self._in_a_place(c)
                 and all(t.i == c.i or t.dep_ == "case" and t.lower_ in self.lex.data.author_links
                         or self.ent_of[t.i] == self.ent_of[c.i] for t in c.subtree)
                 for t in c.subtree}
        # `the federal agency`, `the public broadcaster`: in a language that lists the adjectives that tell one
        # organisation from another (`the other company`), any other adjective before the noun says what kind it
        # is and goes on with the organisation too, as one after it does (French: `l'ultime émission` tells apart)
        distinguishing = self.lex.data.distinguishing_adjectives
        kind = {t.i for c in head.children if distinguishing and c.dep_ == "amod" and c.i < head.i and c.i not in seat
                and c.lower_ not in distinguishing and (business or not self._of_a_place(c))
                for t in c.subtree if t.dep_ in ("amod", "advmod", "punct", "compound", "npadvmod") or t.i == c.i}
        seat |= kind
        after = [t for t in mention if t.i > head.i and not t.is_punct]
        trade = all(t.pos_ == "ADJ" and t.dep_ in ("amod", "appos") and t.head.i == head.i
                    and (business or not self._of_a_place(t)) for t in after)
        if not trade and business and after:
            # `le géant de l'agroalimentaire`, `l'industriel de la chimie`: a business noun's one complement, a
            # common noun with no name in it, is its trade
            complement = after[-1] if after[-1].dep_ == "nmod" and after[-1].head.i == head.i else None
            trade = complement is not None and complement.pos_ == "NOUN" and self.ent_of[complement.i] < 0 \
                and all(t.i == complement.i or t.head.i == complement.i and t.dep_ in ("case", "det") for t in after)
        return seat, ({t.i for t in after} if trade else set())

    def _of_a_place(self, adjective: Token) -> bool:
        """`syrienne`, `britannique`: an adjective the article's place names or the tagger's nationality reading
        derive from (its first four letters begin a place named in the article, or it is tagged a demonym)."""
        stem = fold(adjective.text)[:4]
        return any(ent.label_ in PLACE_LABELS and fold(ent.text).startswith(stem) for ent in self.ents) \
            or adjective.ent_type_ in ("NORP", "LOC", "GPE")

    def _by_side(self, r: Reading) -> Speaker | None:
        """`Du côté de Canal+, la direction justifie …`, `Chez Renault, le porte-parole assure …`: a bare role or body
        noun in a clause that opens on whose side it speaks (`holder_sides`, `holder_prepositions`) is that side's:
        `la direction de Canal+`."""
        data = self.lex.data
        words = [t for t in r.mention if not t.is_punct]
        if not r.bare_noun or len(words) != 2 or words[0].lower_ not in data.definite_articles:
            return None
        lemma = r.head.lemma_.lower()
        if lemma not in data.role_heads and lemma not in data.public_body_words:
            return None
        side = self._side_opening(r.mention)
        if side is None:
            return None
        noun = self.doc[r.head.i : r.head.i + 1]
        if side[0].pos_ == "ADP":  # `de la CGT`: the side's own link and article, as the sentence wrote them
            return Speaker(_owned(words[0].lower_, r.head, noun, "", link=side.text), "group", None, _number(r.head),
                           r.at)
        return Speaker(_owned(words[0].lower_, r.head, noun, _clean_name(side)), "group", None, _number(r.head), r.at)

    def _side_opening(self, mention: Span) -> Span | None:
        """The name a sentence opens on as a side right before the mention, its subject: `Chez X,` (the name), `Du
        côté de X,`, `Au sein de la CGT,` (from the link after the side's noun: `de la CGT`)."""
        data, doc = self.lex.data, self.doc
        start = mention.sent.start
        comma = mention.start - 1
        if comma <= start or doc[comma].text != "," or self.ent_of[comma - 1] < 0:
            return None
        ent = self.ents[self.ent_of[comma - 1]]
        opening = [t.lower_ for t in doc[start : ent.start]]
        if ent.end != comma or not opening or len(opening) > 4 or ent.label_ not in GROUP_LABELS | PERSON_LABELS:
            return None
        if opening[0] in data.holder_prepositions and len(opening) == 1:
            return ent
        side = next((n for n, word in enumerate(opening[:3]) if word in data.holder_sides), None)
        return doc[start + side + 1 : ent.end] if side is not None and start + side + 1 < ent.start else None

    def _by_possessive(self, r: Reading) -> Speaker | None:
        """`Sa mère a confié …` -> `la mère de Jean Dutour`: a possessive reads like a pronoun, and the
        one it points to is whose mother (family, entourage) spoke."""
        if not r.bare_noun:
            return None
        mention, head, at = r.mention, r.head, r.at
        data = self.lex.data
        words = [t for t in mention if not t.is_punct]
        first = words[0].lower_ if words else ""
        article = data.possessive_articles.get(first)
        pronoun = data.subject_pronouns.get(data.possessive_pronouns.get(first, ""))
        if (article is None and pronoun is None) or len(words) > 3 or words[0].head.i != head.i:
            return None
        role = head.lemma_.lower()
        if role in data.role_heads and (name_set_off(mention) is not None or self.person_with_role(
                role, at, _words(mention, self.lex, without=head)) is not None):
            return None  # `son avocat, Me Antonin Levy`: a role someone holds, read as roles are
        if pronoun is None and role in data.role_heads:
            # `L'Union européenne a demandé des explications. Son porte-parole a déclaré …`: a possessive that shows
            # no owner's gender points to the subject just before, an organisation as much as a person
            subject = self._subject_just_before(mention, at)
            ent = self.ents[self.ent_of[subject.i]] if subject is not None and self.ent_of[subject.i] >= 0 else None
            if ent is not None and ent.label_ == "ORG" and not self._an_office(ent):
                name = self.full_group(self._group_name(ent))
                before = self.doc[ent.start - 1] if ent.start > 0 else None
                # (with the article the article gave the name: `de l'Union européenne`, `de la CGT`)
                link = f"{data.owner_articles[before.lower_]}{name}" if before is not None \
                    and before.lower_ in data.owner_articles and name == ent.text else None
                return Speaker(_owned(article, head, self.doc[head.i : mention.end], name, link), "group", None,
                               _number(head), at)
        owner = self._subject_ahead(mention, at, *(pronoun or (None, None)))
        if owner is NOBODY:
            return None  # `Selon son entourage, le ministre …`: the minister's, whoever the article named before
        owner = owner or self.antecedent(at, *(pronoun or (None, None)))  # `her lawyer`: a woman's; `sa mère`: anyone's
        if owner is None or owner.kind not in ("person", "group") or owner.number == "Plur":
            return None
        if role in data.counterpart_nouns:
            # `X a reçu Y. … Son homologue a souligné …`: the counterpart is the other one of the pair, the person
            # named last who is not the owner
            other = next((name for offset, name in reversed(self.people) if offset < at
                          and fold(name) != fold(owner.name) and not self._said_by(offset, owner.name)), None)
            if other is not None:
                return Speaker(other, "person", self.gender(other), "Sing", at)
        if pronoun is not None:
            noun = self.doc[words[0].i + 1 : head.i + 1]  # `her chief lawyer`: what stands after the possessive
            return Speaker(_owner_first(owner.name, noun), "group", None, _number(head), at)
        return Speaker(_owned(article, head, self.doc[head.i : mention.end], owner.name), "group", None,
                       _number(head), at)

    def _subject_ahead(self, mention: Span, at: int, gender: str | None, number: str | None,
                       owners: tuple[str, ...] = ("person",)) -> Speaker | None:
        """`Selon ses parents, Océane avait disparu`, `According to his lawyer, Mark Smith is innocent`: a possessive
        in a phrase set before its clause points ahead to that clause's subject, a person of its gender (`NOBODY`
        when that subject is no person one can name: the possessive still points to it). A text may be an
        organisation's or a role's too (`owners`: `Selon son rapport annuel, l'entreprise …`)."""
        doc = self.doc
        if mention.start == 0 or doc[mention.start - 1].pos_ != "ADP" or mention.end >= len(doc) \
                or doc[mention.end].text != ",":
            return None
        for token in doc[mention.end + 1 : self._sentence_at(mention.start_char).end]:
            if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") \
                    and token.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
                return None  # the clause's verb came first: no subject ahead of it
            # (or the name opening the clause, which the parser may hang on the phrase: `Selon ses déclarations, Marie
            # Dubois était …`)
            if token.pos_ in ("PROPN", "NOUN") and (
                    (token.dep_ in ("nsubj", "nsubj:pass") and token.head.i > token.i)
                    or (token.dep_ == "appos" and token.head.i < mention.end and token.left_edge.i == mention.end + 1
                        and token.right_edge.i + 1 < len(doc) and not doc[token.right_edge.i + 1].is_punct)):
                # (not a name set off between commas: `Selon sa mère, Marie Dubois, …` names the mother)
                found = self._resolve(doc[token.left_edge.i : token.i + 1], token.idx)
                if found is not None and gender in ("Masc", "Fem") and found.gender not in (None, gender):
                    return None  # `According to his lawyer, Mary Smith …`: someone named before
                if found is None or found.kind not in owners or (found.number == "Plur") != (number == "Plur") \
                        or ("group" in owners and not self._may_write(token)):
                    return NOBODY  # (`Selon leurs déclarations, les suspects …`: theirs)
                return Speaker(found.name, found.kind, found.gender, found.number, at)
        return None

    def _by_role_holder(self, r: Reading) -> Speaker | None:
        """`le porte-parole`: the person given that role, set off after it or earlier in the article."""
        head = r.head
        role = _role_word(head, self.lex) if head is not None else ""
        if head is None or _number(head) == "Plur":
            return None  # `researchers`, `les avocats`: several people, not the one given the role
        data = self.lex.data
        institution = role not in data.role_heads and (role in data.org_anaphors or role in data.public_body_words)
        # (`Selon la police, Jean Dupont, 45 ans, a été interpellé`: a person set off after an institution is no name
        # of it, but what it tells about)
        set_off = name_set_off(r.mention) if not institution else None
        if institution:
            named = name_set_off(r.mention) or name_set_off(self.doc[r.mention.start : max(head.right_edge.i + 1,
                                                                                           r.mention.end)])
            if named is not None and all(t.ent_type_ in GROUP_LABELS for t in named if not t.is_punct):
                # `Le principal syndicat de la SNCF, la CGT-Cheminots, estime …`: an organisation's name set off after
                # the noun of an institution is its name (a person there is no name of it, but what it tells about)
                return Speaker(self.full_group(named.text.strip(" ,")), "group", None, _number(head), r.at)
        if set_off is None and head.pos_ == "NOUN" and not institution:
            # `the senior market strategist for Invesco AIM, Fritz Meyer`: a person past the noun's own complement
            comma = next((t.i for t in self.doc[head.i + 1 : min(head.right_edge.i + 1, head.i + 8)] if t.text == ","),
                         None)
            past = name_set_off(self.doc[r.mention.start : comma]) if comma is not None else None
            set_off = past if past is not None and _a_person(past) else None
        comma = next((t.i for t in r.mention if t.text == "," and t.i > head.i), None)
        apposed = set_off or (self.doc[comma + 1 : r.mention.end] if comma is not None else None)
        if apposed and head.pos_ == "NOUN" and not _a_person(apposed) \
                and all(t.ent_type_ == "ORG" for t in apposed if not t.is_punct and t.pos_ != "DET"):
            # `The building's owner, Acme Properties, said`: an organisation's name set off after a description
            # speaks for it, as a person's does
            return Speaker(self.full_group(apposed.text.strip(" ,")), "group", None, _number(head), r.at)
        if not (role in self.lex.data.role_heads or head.text.lower() in self.lex.data.role_heads
                or head.pos_ == "NOUN" and set_off is not None and _a_person(set_off)):
            return None  # a person set off after a description speaks for it, whatever the noun
        gender = _role_gender(head, self.lex)
        named = set_off.text if set_off is not None else self.person_with_role(
            role or head.text.lower(), r.at, _words(r.mention, self.lex, without=head), gender)
        if not named and set_off is None:
            # `Justice Minister David Lametti` … `the federal justice minister`: an adjective the article never gave
            # the person describes the office, when no holder fits it with the adjective
            named = self.person_with_role(role or head.text.lower(), r.at,
                                          _words(r.mention, self.lex, without=head, adjectives=False), gender,
                                          covering=_words(r.mention, self.lex, without=head))
        if not named and set_off is None:
            # `le ministre porte-parole du gouvernement`: an office named by two role nouns side by side is held by
            # whoever the article gave the second one
            second = next((t for t in r.mention if t.i > head.i and t.head == head and t.pos_ == "NOUN"
                           and t.lemma_.lower() in self.lex.data.role_heads
                           and not any(c.dep_ == "case" for c in t.children)), None)
            if second is not None:
                named = self.person_with_role(second.lemma_.lower(), r.at,
                                              _words(self.doc[second.i : r.mention.end], self.lex, without=second),
                                              gender)
        if not named and set_off is None:
            # `Patrick Pouyanné, PDG de TotalEnergies` … `le patron du groupe pétrolier`: a complement that names again
            # the organisation the holder's office was given in stands for its name
            organisation = self._organisation_of_the_office(head, r.at)
            if organisation is not None:
                named = self.person_with_role(role or head.text.lower(), r.at, organisation, gender)
        if not named:
            return None
        named = self.full_name(named)
        return Speaker(named, "person", self.gender(named), "Sing", r.at)

    def _organisation_of_the_office(self, head: Token, at: int) -> frozenset[str] | None:
        """The words of the organisation's name a role noun's complement re-describes (`du groupe`, `de
        l'entreprise`): the one named last before, a guess the office's holder must confirm (someone given the office
        in that organisation)."""
        owner = next((c for c in head.children if c.pos_ == "NOUN" and c.lemma_.lower() in self.lex.data.org_anaphors
                      and (c.i > head.i or c.dep_ == "poss")), None)
        if owner is None:
            return None
        # (`le patron du groupe`, `the head of the company`, `the company's boss`)
        link = self._owner_link(owner) if owner.i > head.i else \
            next((c for c in owner.children if c.lower_ in _POSSESSIVE_MARKS), None)
        det = next((c for c in owner.children if c.dep_ == "det" and c.lower_ in self.lex.data.definite_articles), None)
        if link is None or (det is None and link.lower_ not in self.lex.data.determiner_contractions):
            return None
        found = self._organisation_by_noun(Reading(self.doc[(det or link).i : owner.i + 1], at, owner, []))
        if found is None or found is NOBODY or found.kind != "group":
            return None
        words = frozenset(fold(w) for w in re.findall(r"[\w-]+", found.name) if w.lower() not in _PARTICLES)
        return words or None

    def _by_owner(self, r: Reading) -> Speaker | None:
        """`la mère du suspect`, `la direction de l'entreprise`, `the lawyer of the company`: a noun whose
        last complement re-describes someone the article named (an epithet, an organisation noun, a role)
        speaks for them, and that name replaces the complement (the guidelines want the fullest name)."""
        if not r.bare_noun:
            return None
        data = self.lex.data
        words = [t for t in r.mention if not t.is_punct]
        before = next((t for t in words if t.dep_ == "poss" and t.head.i == r.head.i and t.pos_ == "NOUN"), None)
        if before is not None:
            # `the company's spokesman`: the owner before the noun, marked by `'s`
            det = next((c for c in before.children if c.dep_ == "det" and c.lower_ in data.definite_articles), None)
            if det is None or not any(c.lower_ in _POSSESSIVE_MARKS for c in before.children):
                return None
            found = self._owner_named(self.doc[det.i : before.i + 1], before, r.at)
            if found is None:
                return None
            tail = self.doc[before.i + 1 : r.head.i + 1]
            if tail and tail[0].lower_ in _POSSESSIVE_MARKS:
                tail = tail[1:]
            return Speaker(_owner_first(found.name, tail), "group", None, _number(r.head), r.at)
        owner = words[-1] if len(words) >= 3 else None
        if owner is None or owner.pos_ != "NOUN" or owner.i <= r.head.i:
            return None
        after = r.mention.end if r.mention.end < len(self.doc) else None
        if owner.right_edge.i != owner.i and not (
                after is not None and self.doc[after].pos_ in ("VERB", "AUX", "ADJ") and self.doc[after].head == owner
                and self.doc[after].lower_ in self.lex.forms):
            return None  # (the cue right after it, which the parser hung on the owner, is no complement of it)
        link = self._owner_link(owner)
        det = next((c for c in owner.children if c.dep_ == "det" and c.lower_ in data.definite_articles), None)
        if link is None or (det is None and link.lower_ not in data.determiner_contractions) \
                or any(t.i not in (link.i, owner.i) and (det is None or t.i != det.i)
                       for t in self.doc[link.i : owner.i + 1] if t.pos_ != "ADJ"):
            return None  # `la mère d'un suspect`: someone not named yet
        found = self._owner_named(self.doc[(det or link).i : owner.i + 1], owner, r.at)
        if found is None:
            return None
        phrase = self.doc[r.mention.start : link.i].text.strip(" ,")
        return Speaker(f"{phrase} {_linked(data.owner_links[link.lower_], found.name)}", "group", None,
                       _number(r.head), r.at)

    def _owner_link(self, owner: Token) -> Token | None:
        """The preposition of `owner_links` that makes the noun an owner: a case marker on it (`la mère du
        suspect`) or the preposition above it (`the mother of the suspect`)."""
        links = self.lex.data.owner_links
        if owner.dep_ == "nmod":
            return next((c for c in owner.children if c.dep_ == "case" and c.lower_ in links), None)
        if owner.dep_ == "pobj" and owner.head.lower_ in links:
            return owner.head
        return None

    def _owner_named(self, complement: Span, noun: Token, at: int) -> Speaker | None:
        """Who a description of an owner (`du suspect`, `the company`) designates, when the article named them:
        the organisation the noun introduced, that spoke last or was the subject just before, or the person
        an epithet re-describes; never a guess, nor another description (`le club de Lens`)."""
        reading = Reading(complement, at, noun, [])
        found = self._by_organisation_noun(reading, guess=False) or self._by_epithet(reading)
        if found is None or found.kind == "role" or fold(found.name.split()[0]) in self.lex.data.definite_articles:
            return None
        return found

    def _by_acronym(self, r: Reading) -> Speaker | None:
        """`USAF` -> `United States Air Force`, spelt out earlier."""
        head = r.head
        if head is None or not (head.text.isupper() and head.is_alpha and len(head) >= 2) or r.entities:
            return None
        spelt = self.full_group(head.text)
        return Speaker(spelt, "group", None, _number(head), r.at) if spelt != head.text else None

    def _by_known_person(self, r: Reading) -> Speaker | None:
        """A proper noun the recogniser missed that is the full name of a person named elsewhere."""
        if r.head is None or r.head.pos_ != "PROPN" or r.entities:
            return None
        name = self.full_name(_strip_determiners(r.mention).text)
        return Speaker(name, "person", self.gender(name), "Sing", r.at) if name in self.full_names.values() else None

    def _by_named_organisation(self, r: Reading) -> Speaker | None:
        """`la société Airbus`, `le journal Le Monde`: the name, not the kind of thing it is."""
        groups, head = r.groups, r.head
        if groups and head is not None and (groups[0].start == head.i + 1 or _named_last(r.mention, groups[0])
                                            or _named_before(groups[0], head, self.lex.data.org_anaphors)) \
                and head.pos_ == "NOUN" \
                and head.lemma_.lower() not in self.lex.data.role_heads:
            return Speaker(self.full_group(self._group_name(groups[0])), "group", None, _number(head), r.at)
        return None

    def _by_surname_as_organisation(self, r: Reading) -> Speaker | None:
        """`Buchtman` tagged ORG: a person's surname, misspelt (one word, hyphens included: `Al-Rashidi`)."""
        if r.groups and " " not in r.groups[0].text.strip() and (name := self.person_named(r.groups[0].text)):
            return Speaker(name, "person", self.gender(name), "Sing", r.at)
        return None

    def _by_surname_untagged(self, r: Reading) -> Speaker | None:
        """`Water said`: a surname misspelt and not recognised as a name at all (`Doe, 52, said`: an age set off
        after it says nothing more of who)."""
        head = r.head
        words = list(_strip_determiners(r.mention))
        words = words[: next((n for n, t in enumerate(words) if t.text == ","), len(words))]
        if head is not None and head.text[:1].isupper() and len(words) == 1 and words[0].i == head.i \
                and (name := self.person_named(head.text)):
            return Speaker(name, "person", self.gender(name), "Sing", r.at)
        return None

    def _affiliation(self, r: Reading) -> bool:
        """`The Democrat said …`, `L'Espagnol a affirmé …`: a party or a nationality (the recogniser's NORP, or one
        of `demonyms` with its capital, however the recogniser tags it), singular, with only its article, says what
        someone is, like an epithet, and is no organisation."""
        words = [t for t in r.mention if not t.is_punct]
        head = r.head
        if head is None or len(words) != 2 or len(r.entities) != 1 or _number(head) == "Plur" \
                or not r.entities[0].start == head.i == r.entities[0].end - 1 or not self._definite(words[0]):
            return False
        return r.entities[0].label_ == "NORP" or (head.text[:1].isupper() and head.lower_ in self.lex.data.demonyms)

    def _by_organisation(self, r: Reading) -> Speaker | None:
        """An organisation whose name holds the mention's head (`the US Treasury`, not `US`)."""
        if not r.groups or not _covers_head(r.groups[0], r.head):
            return None
        if self._affiliation(r):
            # (a nationality or a party re-describes someone; when not the person just named, the description rules
            # below read it: `le Français` after `Le Français Paul Girard`)
            return self._by_epithet(r)
        ent, head = r.groups[0], r.head
        if self._an_office(ent):
            named = self._only_person_for_role(r.mention, head, r.at)
            if named is not None:  # `le ministre de la Santé`, after naming one person: that person
                return Speaker(named, "person", self.gender(named), "Sing", r.at)
            if self._once_held(r.mention):
                return None  # `l'ancien ministre de …`: an office once held re-describes someone (the description rules)
        if head is not None and ent.end <= head.i < ent.end + 3 and all(
                _capitalised_proper(t) or (t.i == ent.end and t.lower_ in _POSSESSIVE_MARKS)
                for t in self.doc[ent.end : head.i + 1]):
            ent = Span(self.doc, ent.start, head.i + 1, label=ent.label_)  # also `the Prime Minister's Office`
        return Speaker(self.full_group(self._group_name(ent)), "group", None, _number(head), r.at)

    def _by_other_name(self, r: Reading) -> Speaker | None:
        """A newspaper or a programme the recogniser calls a work or an event."""
        if r.head is None or r.head.pos_ != "PROPN":
            return None
        titled = next((ent for ent in r.entities
                       if ent.label_ in OTHER_NAME_LABELS and ent.start <= r.head.i < ent.end), None)
        return Speaker(self._group_name(titled), "group", None, _number(r.head), r.at) if titled is not None else None

    def _by_epithet(self, r: Reading) -> Speaker | None:
        """`Le Français Paul Girard a remporté l'étape. « … », a déclaré le coureur`, `the suspect told police`: a
        definite noun that says what someone is in the story (`epithet_heads`, or an adjective made a noun:
        `le quinquagénaire`), with nothing after it and not met earlier in the article, re-describes someone
        just named: the person named as a subject in this sentence or the two before, or quoted last there, of
        the noun's gender; with nobody named, the person the sentence before described (`Un homme de 52 ans`).
        Not an office (`le préfet`): that is someone else than the people just named, unless the article gave
        them that role (`role_holder`)."""
        head = r.head
        data = self.lex.data
        affiliation = self._affiliation(r)
        club = self._club_complement(r)
        # (`le dirigeant qatari`, `the Olympic champion`: an adjective of the noun, which the recogniser tagged as a
        # name, names nobody; nor a place the noun is compounded with, `the Toronto woman`: where the person lives)
        names = [ent for ent in r.entities if head is None or not (
            ent.end - ent.start == 1 and self.doc[ent.start].pos_ == "ADJ" and self.doc[ent.start].head.i == head.i)
            and not (ent.label_ in PLACE_LABELS and ent.end == head.i and all(t.dep_ == "compound" for t in ent))]
        if head is None or (names and not (affiliation or club)) \
                or (head.pos_ not in ("NOUN", "ADJ") and not affiliation and not (head.pos_ == "PROPN" and head.is_lower)):
            return None
        # (`le candidat démocrate`, `le coureur français`: an adjective after the noun says what they are too; so do
        # an age, `le jeune homme de 24 ans`, and a noun joined with no article, `la mère de famille`)
        describing = self._age_after(head) | self._compound_after(head)
        words = [t for t in r.mention if not t.is_punct and not (club and t.i > head.i) and t.i not in describing
                 and not (t.i > head.i and t.pos_ == "ADJ" and t.head.i == head.i and t.dep_ == "amod")]
        if len(words) < 2 or not self._definite(words[0]) or words[-1].i != head.i \
                or head.lemma_.lower() not in data.epithet_heads and head.pos_ != "ADJ" and not affiliation:
            return None  # `le préfet` is an office, someone else than the mayor just named; `le bilan` is no one
        if self._named_before_as_noun(head):
            return None  # `un chauffeur` … `le chauffeur`: the description the article gave, kept
        gender = _role_gender(head, self.lex)
        if _number(head) == "Plur":
            # `Marie Dupont et Paul Girard ont porté plainte. Les deux plaignants affirment …`: the people just named
            # together as a subject
            return self._coordinated_subject_before(r.at, "Fem" if gender == "Fem" else None, frozenset())
        told = self._told_apart(r, head, gender)
        if told is not None:
            return told
        named = self._just_named(r.at, gender)
        if named is not None and not self._age_clashes(r.mention, named.name):
            return named
        # nobody named: the person the sentence before described as its subject (`Un homme de 52 ans a été
        # interpellé`), with the words the article gave
        # (a noun of what someone does re-describes one the article introduced, `Un homme de 52 ans` … `le
        # chauffeur`, not one it already calls by a noun of their own: `l'entraîneur parisien` … `l'attaquant
        # portugais` are two people; `le suspect` … `l'homme`, a noun that says only who someone is, is one)
        people = data.epithet_heads | data.role_heads
        generic = head.pos_ == "ADJ" or head.lemma_.lower() in data.generic_person_nouns
        for token in reversed(self._subjects_before(r.at)):
            if token.i < r.mention.start and token.pos_ == "NOUN" and token.lemma_.lower() in people \
                    and _number(token) != "Plur" and gender in (None, _role_gender(token, self.lex)) \
                    and (generic or not any(self._definite(c) for c in token.children if c.dep_ == "det")) \
                    and not any(self.ent_of[i] >= 0 for i in range(token.left_edge.i, token.i + 1)):
                phrase = _short_phrase(self.doc[token.left_edge.i : token.right_edge.i + 1], self.lex, participles=True)
                if phrase:
                    return Speaker(phrase, "role", gender, "Sing", r.at)
        return None

    def _told_apart(self, r: Reading, head: Token, gender: str | None) -> Speaker | None:
        """`le président américain Joe Biden a reçu le Premier ministre canadien Justin Trudeau … a concédé le
        dirigeant canadien`, `the Canadian leader`: an adjective of the epithet's noun that the article gave one person
        just named, and only one, says who it is."""
        told = {fold(t.text) for t in r.mention if t.pos_ == "ADJ" and t.head.i == head.i and t.dep_ == "amod"}
        if not told:
            return None
        window = self._two_sentences_back(r.at)
        described = {person for offset, _, person, words in self.roles if window <= offset < r.at and told <= words
                     and (gender is None or self.gender(person) in (None, gender))}
        if len(described) != 1:
            return None
        person = described.pop()
        return Speaker(person, "person", self.gender(person), "Sing", r.at)

    def _compound_after(self, head: Token) -> set[int]:
        """`la mère de famille`, `le chauffeur de taxi`: a noun with no article joined to the head by one of
        `compound_prepositions` makes one noun with it, which names no one else."""
        doc, i = self.doc, head.i + 1
        if i + 1 >= len(doc) or doc[i].lower_ not in self.lex.data.compound_prepositions:
            return set()
        noun = doc[i + 1]
        if noun.pos_ != "NOUN" or noun.head.i != head.i or any(c.i != i for c in noun.children):
            return set()
        return {i, i + 1}

    def _age_after(self, head: Token) -> set[int]:
        """`le jeune homme de 24 ans`: the words of an age given by a preposition right after the noun."""
        doc, i = self.doc, head.i + 1
        if i < len(doc) and doc[i].pos_ == "ADP" and an_age_at(doc, i + 1, self.lex.data.age_nouns):
            return {i, i + 1, i + 2}
        return set()

    def _club_complement(self, r: Reading) -> bool:
        """`L'attaquant du PSG`, `la militante de Greenpeace`: the epithet's one complement is the organisation the
        person plays or works for, which says no more who they are than the epithet alone; so is an institution's
        noun and the names it holds (`le chercheur de l'université Queen Mary de Londres`)."""
        head = r.head
        if head is None or not r.entities:
            return False
        if len(r.entities) == 1 and r.entities[0].label_ == "ORG" and r.entities[0].end == r.mention.end:
            return all(t.pos_ in ("ADP", "DET") or t.dep_ == "case" for t in self.doc[head.i + 1 : r.entities[0].start]) \
                and r.entities[0].start > head.i + 1
        body = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.lex.data.public_body_words and self._owner_link(c) is not None), None)
        return body is not None and body.right_edge.i + 1 == r.mention.end \
            and all(body.left_edge.i <= ent.start and ent.end <= body.right_edge.i + 1 for ent in r.entities) \
            and not any(ent.label_ in PERSON_LABELS for ent in r.entities)

    def _just_named(self, at: int, gender: str | None) -> Speaker | None:
        """The person named as a subject in this sentence or the two before, or quoted last there, of the gender
        asked: whom a description that re-describes someone stands for."""
        window = self._two_sentences_back(at)
        own = self._sentence_start(at)
        spoke = self.last_speaker(at)
        for offset, name in reversed(self.people[: bisect_left(self.people, (at,))]):
            if offset < window:
                break
            if offset >= own and offset in self.subjects and not (spoke is not None and spoke.name == name) \
                    and not self._colon_opens_a_quotation_between(offset, at):
                continue  # (`Le jeune homme, Nolan L., proche de … selon l'entourage du candidat`: the sentence's subject;
                # not one whose colon opened the quotation: `X revient sur … : « … », relate la journaliste`)
            if (gender is None or self.gender(name) in (None, gender)) and (offset in self.subjects or (
                    spoke is not None and spoke.name == name)):
                return Speaker(name, "person", self.gender(name), "Sing", at)
        if spoke is not None and spoke.kind == "person" and spoke.at >= window \
                and (gender is None or self.gender(spoke.name) in (None, gender)) \
                and not self._named_since(spoke, own):
            # `« … », a-t-il déclaré. Interrogé sur …, le syndicaliste a reconnu …`: quoted there through a pronoun,
            # named further back
            return Speaker(spoke.name, "person", self.gender(spoke.name), "Sing", at)
        if gender in ("Masc", "Fem"):
            # `« … », raconte-t-elle. Son avocat, Me X, estime … « … », conclut la jeune femme`: the last person of
            # the noun's gender quoted there, when no one else of that gender was named since
            for said in reversed(self.history):
                if said.at >= at:
                    continue
                if said.at < window:
                    break
                if said.kind == "person" and self.gender(said.name) == gender \
                        and not self._named_since(said, own, gender):
                    return Speaker(said.name, "person", gender, "Sing", at)
        return None

    def _colon_opens_a_quotation_between(self, start: int, end: int) -> bool:
        """A colon outside quotation marks, right before an opening mark, between the two offsets."""
        if self.quotes is None:
            return False
        text = self.text
        colon = text.find(":", start, end)
        while colon >= 0:
            opening = colon + 1
            while opening < end and text[opening].isspace():
                opening += 1
            quoted = self.quotes.at(opening) if opening < end and not self._in_quotes(colon) else None
            if quoted is not None and quoted.start == opening:
                return True
            colon = text.find(":", colon + 1, end)
        return False

    def _named_since(self, spoke: Speaker, before: int, gender: str | None = None) -> bool:
        """Whether someone else (of `gender`, or of no known gender, if asked) was named in a sentence after the one
        `spoke` spoke in and before `before` (`« … », a-t-il averti. … une plainte de Me X, l'avocat de Y. Cet ancien
        militaire …`: no longer whom a description re-describes)."""
        after = self._sentence_start(spoke.at)
        between = self.people[bisect_left(self.people, (spoke.at,)) : bisect_left(self.people, (before,))]
        return any(self._sentence_start(offset) > after and self.full_name(name) != spoke.name
                   and (gender is None or self.gender(name) in (None, gender)) for offset, name in between)

    def _two_sentences_back(self, at: int) -> int:
        """Where the sentence two before the one at `at` starts: how far back `just named` reaches."""
        return self._sentence_start(self._previous_sentence_start(at) - 1)

    def _definite(self, token: Token) -> bool:
        """A definite article, or one contracted with the preposition of a complement (`du suspect`)."""
        return token.lower_ in self.lex.data.definite_articles or (
            token.dep_ == "case" and token.lower_ in self.lex.data.determiner_contractions)

    def _named_before_as_noun(self, head: Token) -> bool:
        """Whether the head's noun stands earlier in the article (`un chauffeur` before `le chauffeur`), in its number
        (`ses attaquants` before `l'attaquant gabonais` described a team's, not this person)."""
        nouns = self._noun_positions()
        number = _number(head)
        return any(i < head.i and _number(self.doc[i]) == number
                   for pos in (NOUN, ADJ) for i in nouns.get((pos, head.lemma), []))

    def _noun_positions(self) -> dict[tuple[int, int], list[int]]:
        """(part of speech, lemma) -> where a noun or an adjective with it stands, read off the arrays once
        (this was a walk over the article at each mention)."""
        if self._nouns is None:
            self._nouns = {}
            for i, (pos, lemma) in enumerate(self.doc.to_array([POS, LEMMA]).tolist()):
                if pos in (NOUN, ADJ):
                    self._nouns.setdefault((pos, lemma), []).append(i)
        return self._nouns

    def _by_description(self, r: Reading) -> Speaker | object:
        """Nobody named: the description as written, the fullest one the article gave."""
        phrase = _short_phrase(r.mention, self.lex, participles=True)
        if not phrase:
            return NOBODY
        head = r.head
        told = self._told_apart(r, head, _role_gender(head, self.lex)) if head is not None else None
        if told is not None:
            return told
        named = self._named_when_described_before(r.mention, head) or self._only_person_for_role(r.mention, head, r.at)
        if named is not None:
            return Speaker(named, "person", self.gender(named), "Sing", r.at)
        former = self._former_holder_just_named(r.mention, head, r.at)
        if former is not None:
            return former
        same = self._same_as_last_speaker(r.mention, head, r.at)
        if same is not None:
            return same
        phrase = self._fullest_description(r.mention, head, phrase)
        gender = head.morph.get("Gender") if head is not None else []
        return Speaker(phrase, "group" if _number(head) == "Plur" else "role", gender[0] if gender else None,
                       _number(head), r.at)

    def _former_holder_just_named(self, mention: Span, head: Token | None, at: int) -> Speaker | None:
        """`Thomas Tuchel a salué … « … », a estimé l'ancien entraîneur du PSG`, `Selon le maire, X, … L'ancien champion
        de boxe a appelé …`: a role or a trade once held (`former_markers`; `epithet_heads` too)
        that the article gave nobody re-describes the person just named as a subject or quoted last, of its gender,
        whatever office they hold now; not the one holding that role now (`l'entraîneur parisien, Luis Enrique`)."""
        if head is None or head.pos_ != "NOUN" or _number(head) == "Plur" \
                or not (self._role_word(head) or head.lemma_.lower() in self.lex.data.epithet_heads) \
                or mention[0].lower_ not in self.lex.data.definite_articles \
                or not self._once_held(mention[: head.i - mention.start + 1]):
            return None
        just = self._just_named(at, _role_gender(head, self.lex))
        role = head.lemma_.lower()
        if just is None or any(who == just.name and held == role for _, held, who, _ in self.roles):
            return None
        return just

    def _once_held(self, words: Span) -> bool:
        """The words mark a role as one held before (`former_markers`: `l'ancien`, `l'ex-`, also as the prefix of a
        word joined to the role: `l'ex-édile`)."""
        markers = self.lex.data.former_markers
        return any(t.lower_ in markers or t.lemma_.lower() in markers or t.lower_.partition("-")[0] in markers
                   for t in words)

    def _same_as_last_speaker(self, mention: Span, head: Token | None, at: int) -> Speaker | None:
        """`…, a indiqué le ministère de la santé. …, précise la même source.`: a noun the article has not used
        before, marked as the one met before (`anaphoric_adjectives`), is whoever spoke last; so are words pointed
        at (`selon ces propos`, `these remarks`: a demonstrative before a noun of a text or of speech)."""
        if head is None or head.pos_ != "NOUN":
            return None
        # (the words just reported: a quote ends within a sentence or two before; else `ce rapport` is a text of its own)
        demonstrative = "Dem" in mention[0].morph.get("PronType")
        pointed = demonstrative and head.lemma_.lower() in self.lex.data.document_nouns \
            and any(0 <= at - end <= POINTED_REACH for _, end, _ in self.reported)
        # (`…, a indiqué la préfecture. …, a précisé cette source`: a source is whoever was quoted; met before, the
        # noun is that source, below)
        pointed = pointed or (demonstrative and head.lemma_.lower() in self.lex.data.source_nouns
                              and _number(head) != "Plur" and not self._same_noun_before(mention, head))
        if not pointed and (_number(head) == "Plur"
                            or not any(t.lower_ in self.lex.data.anaphoric_adjectives for t in mention)
                            or self._same_noun_before(mention, head)):
            return None
        spoke = self.last_speaker(at)
        return Speaker(spoke.name, spoke.kind, spoke.gender, spoke.number, at) if spoke is not None else None

    def _only_person_for_role(self, mention: Span, head: Token | None, at: int) -> str | None:
        """`Le garde des Sceaux Dominique Perben a refusé … « … », a déclaré le ministre`: a definite role with
        no name of its own, when the article has named one person only before it (one woman only, for a role in
        the feminine), of no clashing gender and no office the article gave them, and no description with that
        noun before, is that person."""
        if head is None or head.pos_ != "NOUN" or _number(head) == "Plur" or not self._role_word(head) \
                or not (mention[0].lower_ in self.lex.data.definite_articles or self._office_of_a_place(mention, head)):
            return None
        tail = [t for t in mention if t.i > head.i and not t.is_punct]
        role = " ".join(t.lower_ for t in (head, *tail)).replace("' ", "'")
        # (`le maire de Gien`, `Ontario's premier`: the office of a place, said only of one just named, below)
        of_a_place = self._office_of_a_place(mention, head) or self._place_complement(tail)
        if tail and not all(t.pos_ == "ADJ" or self._portfolio(t) for t in tail) and role not in self.lex.data.role_heads \
                and fold(role).replace("’", "'").replace("-", " ") not in self.lex.data.role_periphrases \
                and not of_a_place:
            return None  # `le directeur de la discothèque`: a complement says whose director, someone else (not the
            # press's name for an office: `le chef du gouvernement`)
        # (not one named earlier in the mention's own sentence: `After meeting Paul Martin, the mayor said` names two)
        opening = self._sentence_start(mention.start_char)
        named = {self.full_name(name) for offset, name in self.people if offset < min(at, opening)} \
            - {self.full_name(name) for offset, name in self.people if opening <= offset < at}
        former = self._once_held(mention)  # (`l'ancienne journaliste`: a role once held clashes with no office now)
        gender = _role_gender(head, self.lex)
        if len(named) > 1 and gender == "Fem":
            # `Emmanuel Macron a reçu Angela Merkel … La chancelière a estimé`: a role in the feminine (French uses
            # the masculine for either) is the one woman the article named
            named = {name for name in named if self.gender(name) == "Fem"}
        if len(named) > 1:
            # `Premier Doug Ford … John Tory said … The mayor acknowledged`: one holding another office is not it;
            # the one left must be the person named last or the last to speak (`Son homologue, X, … Me Claire Duval a
            # plaidé … Le procureur a requis …`: the coach quoted a paragraph up is no prosecutor)
            named = {name for name in named if former or not self.office_unnamed_by(name, mention, head)}
            last = max(((offset, name) for offset, name in self.people if offset < min(at, opening)), default=None)
            spoke = self.last_speaker(at)
            recent = {self.full_name(last[1])} if last is not None else set()
            recent |= {self.full_name(spoke.name)} if spoke is not None else set()
            if not named <= recent:
                return None
        if len(named) != 1:
            return None
        (name,) = named
        if any(ent.label_ not in PERSON_LABELS and fold(ent.text) == fold(name) for ent in self.doc.ents):
            return None  # `Tamil Nadu`, which the recogniser also calls a place: maybe no person at all
        if all(offset in self.owners for offset, other in self.people if offset < at and self.full_name(other) == name):
            return None  # `l'avocat de Salah Abdeslam`: named only as whose lawyer, so someone else was met too
        if (gender and self.gender(name) not in (None, gender)) \
                or (not former and self.office_unnamed_by(name, mention, head)) \
                or any(c.dep_ == "det" for i in self._same_noun_before(mention, head) for c in self.doc[i].children):
            # an office of their own (`Deputy Mayor Tom Hale … The mayor`), or a description met before (`n'est pas
            # l'entraîneur de l'équipe`; not a bare attribute, `s'est déclaré candidat`)
            return None
        if of_a_place:
            # (`Toronto's top doctor`: the office of a place, only for one just named as a subject or quoted, not for
            # a name met inside a description, `The top doctors in Toronto and Peel`)
            just = self._just_named(at, gender)
            return name if just is not None and self.full_name(just.name) == name else None
        return name

    def _place_complement(self, tail: list[Token]) -> bool:
        """`de Gien`, `du Nord`: the words after a role are a preposition (and its article) and a place's name."""
        words = [t for t in tail if not (t.pos_ in ("ADP", "DET") and self.ent_of[t.i] < 0)]
        return bool(words) and len(words) < len(tail) and words[0].i > tail[0].i \
            and all(map(self._in_a_place, words)) \
            and words[-1].i == tail[-1].i and all(t.i == words[0].i + n for n, t in enumerate(words))

    def _office_of_a_place(self, mention: Span, head: Token) -> bool:
        """`Ontario's premier`, `Canada's chief public health officer`: a place's possessive before a role says which
        office, as the definite article does (`the premier`); a person's (`Mary Jones's chief of staff`) names another."""
        owner = next((t for t in mention if t.i < head.i and t.dep_ in ("case", "possessive")), None)
        if owner is None or owner.i == mention.start:
            return False
        return all(map(self._in_a_place, self.doc[mention.start : owner.i]))

    def _in_a_place(self, token: Token) -> bool:
        """The token is a word of a name the recogniser calls a place."""
        return self.ent_of[token.i] >= 0 and self.ents[self.ent_of[token.i]].label_ in PLACE_LABELS

    def _owns_a_role(self, ent: Span) -> bool:
        """`l'avocat de X`, `the lawyer of X`: the name is the owner of a role noun (`owner_links`), which brings a
        second person, unnamed, into the story."""
        root = ent.root
        noun = root.head if root.dep_ == "nmod" else root.head.head if root.dep_ == "pobj" else None
        link = self._owner_link(root)
        return noun is not None and link is not None and noun.pos_ == "NOUN" and noun.i < root.i \
            and self._role_word(noun)

    def _portfolio(self, token: Token) -> bool:
        """A word of `de l'Économie`, `of Health`: a complement whose nouns the press capitalises, no one's name,
        says which office (`le ministre de la Santé`), not whose (`le directeur de la discothèque`)."""
        if token.pos_ in ("DET", "ADP", "CCONJ", "ADJ") or token.lower_ in self.lex.data.determiner_contractions:
            return True
        n = self.ent_of[token.i]
        # (`du Patrimoine canadien`, which the recogniser calls a name of its own: common words, capitalised)
        return token.pos_ == "NOUN" and token.text[:1].isupper() and (
            n < 0 or self._an_office(self.ents[n]) or not any(t.pos_ == "PROPN" for t in self.ents[n]))

    def office_unnamed_by(self, name: str, mention: Span, head: Token) -> bool:
        """Whether the article gave the person an office this mention does not name: `le maire, Paul Morel` …
        `l'élu écologiste` names it (a synonym of the office, whatever adjective follows), `Deputy Mayor Tom Hale`
        … `The mayor` does not (a word that makes another office), nor does `le ministre de l'Intérieur` name `le
        ministre de la Santé` (a complement the office was given with, and another)."""
        if head.lemma_.lower() in self.lex.data.office_holder_nouns or head.lower_ in self.lex.data.office_holder_nouns:
            return False  # `a Romanian official`: whoever holds an office, any office
        office = self.lex.office_words
        words = _words(mention, self.lex, without=head) & office
        which = _words(mention, self.lex, without=head, adjectives=False) - office
        former = self.lex.data.former_markers if any(t.text[:1].isupper() for t in mention[1:]) else frozenset()
        offices = [(role, described) for role, described in self._offices_of(name) if not described & former]
        # (`l'ancien député Édouard Philippe` … `le Premier ministre`: an office once held is no office now, for an
        # office of state written with its capital; `l'ancien ministre Jérôme Cahuzac` is not `le procureur`)
        return bool(offices) and not any(role in (head.lemma_.lower(), head.lower_) and described & office == words
                                         and (which <= described or not described - office)
                                         for role, described in offices)

    def _offices_of(self, name: str) -> list[tuple[str, frozenset[str]]]:
        """The roles the article gave the person (synonyms included), each with the words it was given with."""
        return [(role, described) for _, role, who, described in self.roles if who == name]

    def _same_noun_before(self, mention: Span, head: Token) -> list[int]:
        """Where the mention's head noun stands before it, as written (`d'astronomes` is not `l'astronome`)."""
        return [i for i in self._noun_positions().get((NOUN, head.lemma), []) if i < mention.start
                and _elided(self.doc[i].lower_) == _elided(head.lower_)]

    def _named_when_described_before(self, mention: Span, head: Token | None) -> str | None:
        """`Le journaliste Hugo Puffeney …. « … », détaille le journaliste`, `Jean Petit, agriculteur à Vire, … «
        … », raconte l'agriculteur`: a definite description repeating the noun of the nearest earlier phrase that put
        a person's name right after it, or that stood in apposition right after the name, names that person (a noun
        outside the table of roles, which the role registry does not hold)."""
        if head is None or head.pos_ != "NOUN" or _number(head) == "Plur" or head.i == 0:
            return None
        # (`the rookie defenceman` after `Defenceman Mark Smith`: what else the noun says of them)
        before = _modifiers_start(head, mention.start + 1) - 1
        if self.doc[before].lower_ not in self.lex.data.definite_articles:
            return None
        earlier = self._same_noun_before(mention, head)
        if not earlier or earlier[-1] + 1 >= len(self.doc):
            return None
        noun = earlier[-1]
        n = self.ent_of[noun + 1]
        if n >= 0 and self.ents[n].start == noun + 1 and self.ents[n].label_ in PERSON_LABELS:
            return self.full_name(self._clean(self.ents[n]))
        first = _modifiers_start(self.doc[noun], 1)  # `Mark Smith, a rookie defenceman,`
        comma = first - 1 if self.doc[first - 1].lower_ not in _INDEFINITE else first - 2
        n = self.ent_of[comma - 1] if comma > 0 and self.doc[comma].text == "," else -1
        if n >= 0 and self.ents[n].end == comma and self.ents[n].label_ in PERSON_LABELS:
            return self.full_name(self._clean(self.ents[n]))
        return None

    def _fullest_description(self, mention: Span, head: Token | None, phrase: str) -> str:
        """`la plaque` after `une plaque commémorative`: a definite description repeats a fuller one met
        earlier, the nearest (the guidelines' rule of the fullest name, for descriptions; `the official` after two
        officials described in full is the latter)."""
        if head is None or head.pos_ != "NOUN":
            return phrase
        before = head.i - 1
        while before > 0 and self.doc[before].lower_ in self.lex.data.anaphoric_adjectives:
            before -= 1  # `le même chauffeur`: the one met before
        if before < 0 or self.doc[before].lower_ not in self.lex.data.definite_articles:
            return phrase
        words = phrase.split()
        best = phrase
        for i in self._same_noun_before(mention, head):
            token = self.doc[i]
            if self._in_quotes(token.idx):
                continue  # `« Le parquet de Lyon nous a tenus informés », ajoute le parquet`: someone talked about
            edge = token.right_edge.i
            if edge + 1 < len(self.doc) and self.doc[edge + 1].text in ("-", "‐") and not self.doc[edge].whitespace_:
                continue  # `des pêcheurs du Rond-Point`, the parse ending the phrase inside a hyphenated word
            earlier = _short_phrase(self.doc[token.left_edge.i : edge + 1], self.lex, participles=True)
            if not earlier:
                continue
            rest = earlier.split()
            while rest and (rest[0].lower() in self.lex.data.definite_articles or rest[0].lower() in _INDEFINITE
                            or rest[0].lower() in self.lex.data.possessive_articles  # (`ses porte-parole`: whose)
                            or _elided(fold(rest[0])) == _elided(fold(words[0]))):  # `L'armée turque`: article and noun in one word
                rest = rest[1:]
            fuller = [words[0]] + rest[:8]  # the description as written here, with what was said of it before
            owned = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in token.children)
            if owned:
                fuller = earlier.split()[:9]  # `Toronto's mayor`, then `the mayor`: the owner takes the article's place
            if len(fuller) + owned > len(words) and all(w in fuller for w in words[1:]):
                best = " ".join(fuller)  # the nearest fuller one: `the official` after two officials is the latter
        return best

    def _issued_before(self, head: Token, at: int) -> Speaker | None:
        """`Samsung had stated, in a previous statement, that …` … `the statement added`: a text named again, whose
        last mention stood where a report was made or was what a verb of writing put out, speaks for the subject of
        that verb."""
        earlier = next((t for t in reversed(self.doc[: head.i]) if t.lemma_.lower() == head.lemma_.lower()), None)
        if earlier is None or _number(earlier) != _number(head) or self._in_quotes(earlier.idx):
            return None  # (`la Nasa fournira une estimation` in its words, then `selon les estimations`: others')
        sources = {words[0] for words in self.lex.data.according_to}
        if any(c.dep_ == "case" and c.lower_ in sources for c in earlier.children):
            return None  # `X a démenti, selon un communiqué`: the text reports what X did; X did not issue it
        verb = earlier.head.head if earlier.dep_ == "pobj" and earlier.head.pos_ == "ADP" else earlier.head
        if verb.i == earlier.i or verb.pos_ != "VERB" or not (
                self.lex.cue_lemma(verb.lemma_, verb.text) or verb.lemma_.lower() in self.lex.data.authoring_verbs):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i == earlier.i:
            return None
        return self._resolve(self.doc[subject.left_edge.i : subject.i + 1], at)

    def _authored(self, head: Token) -> list[Span]:
        """The entity after the last earlier mention of the same document noun (`une déclaration de X`)."""
        for token in reversed(self.doc[: head.i]):
            if token.lemma_.lower() == head.lemma_.lower():
                read = self._reading_clauses(token)
                near = [self.ents[n] for n in {self.ent_of[i] for i in range(token.i, min(token.i + 5, len(self.doc)))}
                        if n >= 0 and not _read_in(self.ents[n], read) and self._authored_by(self.ents[n])
                        and not any(t.is_punct for t in self.doc[token.i + 1 : self.ents[n].start])]
                # (`In a press release, Toronto police said`: past the comma, the clause's subject, issuing it below)
                # `un communiqué diffusé à Conakry`: a name after another preposition says where, not who wrote it
                return sorted(near, key=lambda e: e.start)[:1]
        return []

    def _pronoun(self, mention: Span) -> tuple[str | None, str | None] | None:
        data = self.lex.data
        pronouns = data.subject_pronouns | data.stressed_pronouns
        words = [t for t in mention if not t.is_punct]
        if len(words) == 1:
            low = words[0].text.lower()
            if words[0].dep_ in ("poss", "nmod:poss"):
                low = data.possessive_pronouns.get(low, low)  # `his claim that …`: whose claim, as `he` would say
            if low in pronouns:
                gender, number = pronouns[low]
                return gender, number
        return self.described_demonstrative(words)

    def described_demonstrative(self, words: list[Token]) -> tuple[str, str] | None:
        """`« … », conclut celui qui avait programmé le concert`: a singular demonstrative that a relative clause
        describes stands for a person the article has named, as `il` or `elle` would, and has their gender (not
        `ceux qui manifestent`: a group may be described that was never named)."""
        if len(words) != 1 or "Plur" in words[0].morph.get("Number") or self._described_by(words[0]) is None:
            return None
        return self.lex.data.pronoun_genders[words[0].lower_], "Sing"

    def _described_by(self, word: Token) -> Token | None:
        """The verb of the relative clause on a demonstrative (`celui`, `ceux`), as parsed or right after it: the
        parser may hang the clause on the main verb."""
        data = self.lex.data
        if word.lower_ not in data.pronoun_genders:
            return None
        clause = next((c for c in word.children if c.dep_ in ("acl:relcl", "relcl")), None)
        if clause is None and word.i + 1 < len(self.doc) \
                and self.doc[word.i + 1].lower_ in data.relative_pronouns | data.relative_words:
            clause = self.doc[word.i + 1].head
        return clause if clause is not None and clause.i > word.i else None

    def _anaphoric(self, mention: Span) -> bool:
        words = [t.text.lower() for t in mention]
        return len(words) <= 3 and any(w in self.lex.data.anaphoric_nouns for w in words)

    def antecedent(self, at: int, gender: str | None, number: str | None,
                   apart: frozenset[int] = frozenset(), depth: int = 3) -> Speaker | None:
        """The most recent compatible speaker or person named before `at`, whichever is nearer; never a
        person named at one of the offsets `apart` (the pronoun's own clause). `depth`: how many subject
        pronouns back a chain of them is followed."""
        if gender == "Neut":
            return self._organisation_before(at)
        # `Apple said sales rose. He added …`: where `he` and `she` never stand for an organisation (English), a
        # gendered pronoun goes on with a person, not with the organisation quoted last; a person the recogniser
        # typed an organisation is typed again by an honorific or a role beside the name (`Mr MacFarlane`,
        # `Jean-Claude Trichet, the bank's president`)
        people_only = gender is not None and not self.lex.data.gendered_group_pronouns
        speaker = next((s for s in reversed(self.history) if s.at <= at and _compatible(s, gender, number)
                        and not (people_only and self._names_a_body(s))), None)
        chained = self._pronoun_past_an_aside(speaker, at, gender, number, apart, depth)
        passed = speaker if chained is not None else None  # whom a relative clause made speak on the way
        named = None
        if number != "Plur":
            # `Trump a retiré le texte voté sous son prédécesseur Barack Obama. Il craignait …`: a subject in
            # the previous sentence or this one outranks a person named inside a complement
            window = self._previous_sentence_start(at)
            chosen = None
            earlier = self.people[: bisect_left(self.people, (at,))]
            speaker_named = next((o for o, name in reversed(earlier) if name == speaker.name), None) \
                if speaker is not None else None
            for offset, name in reversed(earlier):
                if (gender is not None and self.gender(name) not in (None, gender)) or offset in apart \
                        or offset in self.modifiers or offset in self.addressees \
                        or self._in_the_description_of(speaker_named, offset) \
                        or self._in_the_speakers_clause(speaker, offset):
                    continue  # `the Cruise video`: a name that says which video is no one a pronoun stands for; nor
                    # is one a cue's words were told to (`X a expliqué à Sputnik que … « … »`: who listened)
                if chosen is None or (offset >= window and offset in self.subjects):
                    chosen = (offset, name)
                if offset < window or offset in self.subjects:
                    break
            if chosen:
                named = Speaker(chosen[1], "person", self.gender(chosen[1]), "Sing", chosen[0])
            if chosen is not None and gender is not None and self.lex.data.gendered_group_pronouns and (
                    (chosen[0] >= window and chosen[0] not in self.subjects and self.gender(chosen[1]) is None)
                    or (chosen[0] < window and speaker is None)):
                # (and one named before the sentence just before, when no one of the pronoun's gender has spoken:
                # `… le ministre Paul Martin. Le constructeur Renault a présenté ses résultats. Il a précisé …`)
                # `La police a arrêté Jean Dupont. Selon elle, …`: an organisation of the pronoun's gender that was
                # the subject outranks a person of unknown gender named in its complement, as a person subject does
                group = self._group_subject_before(at, gender, apart)
                if group is not None and (group.at < chosen[0] or chosen[0] < window):
                    named, chosen = group, None
            if chosen is not None and chosen[0] >= window and chosen[0] not in self.subjects and depth:
                # `Wall faces an election. He met Trudeau on Tuesday. Business will come later, he said.`: a
                # pronoun goes on with the pronoun that was the subject just before, not with a person named in
                # that clause's complement
                named = self._subject_chain(at, chosen[0], gender, number, apart, depth) or named
            if gender is None and number is None and depth:
                # `X a parlé … Elle a défendu son bilan. « … »`: a floating quotation after a clause whose subject
                # was a pronoun for one person goes on with whom that pronoun stood for, not with a person named in
                # a complement before it
                pronoun = max((p for p in (self._last_subject_pronoun(at, g, "Sing", apart) for g in ("Masc", "Fem"))
                               if p is not None), key=lambda p: p.idx, default=None)
                if pronoun is not None and (named is None or named.at < pronoun.idx):
                    own_gender = self.lex.data.subject_pronouns[pronoun.lower_.lstrip("-")][0]
                    found = self._stood_for(pronoun, own_gender, "Sing", depth)
                    if found is not None and found.kind == "person":
                        named = replace(found, at=pronoun.idx)
        else:
            # (a plural subject that names things is nobody a pronoun quotes: `… que les ventes avaient reculé. Ils
            # affirment …`)
            named = next((g for g in reversed(self.groups) if g.at < at and _compatible(g, gender, number)
                          and self._someone_by_noun(g.at)), None)
            if speaker is not None and not (named is not None and named.at >= self._previous_sentence_start(at)
                                            and named.at > speaker.at and self._someone_by_noun(named.at)):
                # `ils` is the group quoted last before any plural noun, but for people or a body that were the
                # subject just before (`The RCMP said … Police did not provide details. They said …`)
                named = None
        if named is not None and speaker is not None and named.at > speaker.at \
                and self._said_by(named.at, speaker.name) and not self._reported_speaking(named.at):
            # `Pour X, Y est victime d'un acharnement. Il estime que …`: a person named in what X said is
            # talked about; the pronoun goes on with X (not one X reports speaking: `D'après Le Monde, Y a annoncé
            # sa démission à ses proches. « … », leur aurait-il confié`: Y spoke)
            named = None
        if speaker is None and named is None and gender is not None and number == "Sing" \
                and self.lex.data.gendered_group_pronouns:
            # `Le gouvernement a présenté son plan. Il assure …`: in French `il`/`elle` stands for an organisation
            # too, the subject just before, when no person has spoken or been named that it may stand for (a
            # person who spoke goes on speaking through `il`, whatever organisation came between)
            named = self._group_subject_before(at, gender, apart)
        elif speaker is not None and speaker.kind == "group" and named is None and gender is not None \
                and number == "Sing" and self.lex.data.gendered_group_pronouns:
            # `La préfecture a indiqué … Le parquet a ouvert une enquête. Il précise …`: after an organisation
            # quoted, an organisation of the pronoun's gender that was the subject just before is the nearer
            named = self._group_subject_before(at, gender, apart)
        if chained is not None:
            # `He urged the jury to set aside the evidence of X, who testified that … He told them …`: whom a relative
            # clause made speak on the way is no subject; the chain of subject pronouns goes on past them
            if named is not None and named.name == passed.name:
                named = None
            speaker = chained
        together = self._coordinated_subject_before(at, gender, apart) if number == "Plur" else None
        best = max((c for c in (speaker, named, together) if c is not None), key=lambda c: c.at, default=None)
        if number != "Plur":
            # `L'ancien élu a nié toute malversation. « … », a-t-il lancé`: the role that was the subject just
            # before outranks a speaker or a name further back, unless that is a named person the role may be
            # (`Emmanuel Macron … Dans sa déclaration, le candidat …`)
            since = None
            role = self._role_subject_before(at, gender)
            paragraph = self.text.rfind("\n", 0, at) + 1
            if role is None and gender is not None and best is not None and best.at < paragraph:
                # `La ministre a reçu les syndicats. Ils ont affirmé … Elle a répondu …`: against a speaker of an
                # earlier paragraph, the role of the pronoun's gender that was a subject in this one
                since = paragraph
                role = self._role_subject_before(at, gender, since=since)
            if role is not None and passed is not None and role.name == passed.name:
                role = None  # (the relative's subject, `X, who testified`: gone past as well)
            if role is not None and speaker is not None and self._said_by(role.at, speaker.name):
                role = None  # `X a martelé qu'il …, peu après que le dirigeant russe a demandé …`: talked about
            if role is not None and (best is None or role.at > best.at and (
                    role.kind == "person" or not self._named_person(best)
                    or self._holds_another_office(best.name, at, gender, since))
                    or self._named_in_the_roles_complement(role, best, at, gender)):
                best = role
        if best is None and number == "Plur":
            best = self._plural_noun_before(at, gender, apart)
        if number != "Plur" and gender is not None and depth:
            # `La direction ne veut céder sur rien. Elle aurait perdu neuf millions. Elle propose …`: a subject pronoun
            # of this gender and number after everyone found goes on with whom it stood for
            chain = self._last_subject_pronoun(at, gender, number, apart)
            if chain is not None and (best is None or best.at < chain.idx):
                best = self._stood_for(chain, gender, number, depth) or best
        if best is None:
            return None
        return Speaker(best.name, best.kind, best.gender, best.number, at)

    def _in_the_description_of(self, named: int | None, offset: int) -> bool:
        """`a écrit Mathieu Genest, l'attaché de presse du ministre Ahmed Hussen. « … », a-t-il poursuivi`: a
        person named in the role set beside the speaker's name (at `named`) is who the speaker is described by, not
        who goes on speaking."""
        if named is None or named >= offset:
            return False
        span = self.doc.char_span(named, offset, alignment_mode="expand")
        if span is None or len(span) < 3:
            return False
        n = self.ent_of[span.start]
        start = self.ents[n].end if n >= 0 and self.ents[n].start == span.start else span.start + 1
        words = self.doc[start : span.end]
        if len(words) < 2 or words[0].text != "," or self.quotes is not None and self.quotes.inside(words[0].idx):
            return False
        return words[1].pos_ in ("DET", "NOUN") and any(t.pos_ == "NOUN" and self._role_word(t) for t in words) \
            and all(t.pos_ in ("DET", "NOUN", "ADP", "ADJ", "PROPN") or t.text == "," for t in words[1:])

    def _someone_by_noun(self, at: int) -> bool:
        """The word at this offset names people or a body (`Lexicon.people_nouns`, a name), not a thing (`les
        prix`)."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        return (token.pos_ == "PROPN" and token.ent_type_ in GROUP_LABELS | PERSON_LABELS) \
            or self.lex.names_people(token.lemma_.lower()) or self.lex.names_people(token.lower_)

    def _reported_speaking(self, at: int) -> bool:
        """The person named at the offset is the subject of a cue: someone reported to have said something."""
        i = bisect_left(self.doc, at, key=lambda t: t.idx)
        if i >= len(self.doc):
            return False
        token = self.doc[i]
        while token.dep_ in NAME_PARTS and token.head.i != token.i:
            token = token.head
        verb = token.head if token.dep_ in ("nsubj", "nsubj:pass") else None
        return verb is not None and self.lex.cue_lemma(verb.lemma_, verb.text) is not None

    def _said_by(self, at: int, name: str) -> bool:
        """Whether the offset stands in what `name` was reported saying (a person named there is talked about)."""
        return any(start <= at < end and who == name for start, end, who in self.reported)

    def _names_a_body(self, speaker: Speaker) -> bool:
        """An organisation, or a description whose noun names one (`the Conservative government`, `the company`),
        which `he` and `she` never stand for."""
        if speaker.kind == "group":
            return True
        words = fold(speaker.name).split() if speaker.kind == "role" else []
        return bool(words) and (words[-1] in self.lex.data.org_anaphors or words[-1] in self.lex.data.public_body_words)

    def _pronoun_past_an_aside(self, speaker: Speaker | None, at: int, gender: str | None, number: str | None,
                               apart: frozenset[int], depth: int) -> Speaker | None:
        """When the last speaker spoke in a relative clause (`asides`) after a subject pronoun of this pronoun's
        gender and number, whom that pronoun stood for."""
        if speaker is None or speaker.at not in self.asides or number == "Plur" or not depth:
            return None
        chain = self._last_subject_pronoun(at, gender, number, apart, before=speaker.at)
        if chain is None:
            return None
        found = self._stood_for(chain, gender, number, depth)
        if found is None or found.name == speaker.name:
            return None
        return replace(found, at=chain.idx)

    def _subject_chain(self, at: int, named_at: int, gender: str | None, number: str | None,
                       apart: frozenset[int], depth: int) -> Speaker | None:
        """Whom the last subject pronoun of this sentence or the one before stands for, when it is of the
        pronoun's gender and number and no person named since is a subject."""
        chain = self._last_subject_pronoun(at, gender, number, apart)
        if chain is None:
            return None
        if any(named_at < offset < at for offset in self.subjects) and named_at > chain.idx:
            return None
        found = self._stood_for(chain, gender, number, depth)
        return found and replace(found, at=chain.idx)

    def _last_subject_pronoun(self, at: int, gender: str | None, number: str | None, apart: frozenset[int],
                              before: int | None = None) -> Token | None:
        """The last subject pronoun of this gender and number before `at` (and before `before`), in this sentence or
        the one before."""
        pronouns = self.lex.data.subject_pronouns
        # (an inverted one, `a-t-elle rappelé`, whatever the parser hung it on)
        subjects = [t for t in self._tokens_before(at) if not self._in_quotes(t.idx) and (
            t.dep_ in ("nsubj", "nsubj:pass") or (t.text.startswith("-") and t.lower_[1:] in pronouns))]
        return next((t for t in reversed(subjects) if t.idx not in apart and (before is None or t.idx < before)
                     and pronouns.get(t.lower_.lstrip("-")) == (gender, number)), None)

    def _stood_for(self, pronoun: Token, gender: str | None, number: str | None, depth: int) -> Speaker | None:
        """Whom a subject pronoun met before stood for, one step further down the chain."""
        return self.antecedent(pronoun.idx, gender, number, _own_clause_names(self.doc[pronoun.i:pronoun.i + 1]),
                               depth - 1)

    def _named_person(self, speaker: Speaker) -> bool:
        return speaker.kind == "person" and speaker.name in self.full_names.values()

    def _group_subject_before(self, at: int, gender: str, apart: frozenset[int]) -> Speaker | None:
        """The subject of this sentence or the one before, when it names an organisation of the pronoun's
        grammatical gender (`L'entreprise Renault` for `elle`, `Le gouvernement` for `il`)."""
        for token in reversed(self._subjects_before(at)):
            if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in PERSON_LABELS or _number(token) == "Plur" \
                    or token.idx in apart or self.lex.data.role_heads & {token.lemma_.lower(), token.lower_}:
                continue
            if token.ent_type_ not in GROUP_LABELS \
                    and token.lemma_.lower() not in self.lex.data.org_anaphors | self.lex.data.public_body_words:
                return None  # `Le vol a duré deux heures`: a thing, no one a pronoun would quote
            if _gender_of(token) not in (None, gender):
                return None  # the nearest subject is the other gender: not this organisation
            end = token.i + 1
            while end <= token.right_edge.i and not self.doc[end].is_punct and self.doc[end].pos_ not in ("VERB", "AUX"):
                end += 1  # `L'entreprise Renault`: with the name set after the noun
            found = self._resolve(self.doc[token.left_edge.i : end], token.idx)
            if found is not None and found.kind in ("group", "role"):
                return Speaker(found.name, "group", None, "Sing", token.idx)
            return None
        return None

    def _coordinated_subject_before(self, at: int, gender: str | None, apart: frozenset[int]) -> Speaker | None:
        """`Marie Dupont et Paul Girard ont porté plainte. Ils affirment …`: people named together as the subject of
        this sentence or the one before are who `ils` stands for (of the pronoun's gender: `elles`, all women)."""
        for token in reversed(self._subjects_before(at)):
            if token.idx in apart or not any(c.dep_ == "conj" for c in token.subtree):
                continue
            found = self._resolve(self.doc[token.left_edge.i : token.right_edge.i + 1], token.idx)
            if found is not None and found.parts and (gender != "Fem" or all(
                    self.gender(part) in (None, "Fem") for part in found.parts)):
                return found
        return None

    def _plural_noun_before(self, at: int, gender: str | None, apart: frozenset[int]) -> Speaker | None:
        """`X a rencontré les syndicats. Ils affirment …`: with no plural subject or speaker before, the nearest
        plural noun of this sentence or the one before, of the pronoun's gender (`elles`: a feminine noun)."""
        for token in reversed(self._tokens_before(at)):
            if token.pos_ != "NOUN" or _number(token) != "Plur" or token.idx in apart \
                    or token.dep_ not in ("obj", "obl", "obl:arg", "iobj", "dobj", "pobj") \
                    or self.ent_of[token.i] >= 0 or token.lower_ in self.lex.data.time_words \
                    or self._in_quotes(token.idx) or not self._someone_by_noun(token.idx):
                continue  # (`their claims` after `raise ebook prices`: things say nothing)
            if gender == "Fem" and _gender_of(token) not in (None, "Fem"):
                continue
            phrase = _short_phrase(self.doc[token.left_edge.i : token.right_edge.i + 1], self.lex)
            if phrase:
                return Speaker(phrase, "group", _gender_of(token), "Plur", token.idx)
        return None

    def _named_in_the_roles_complement(self, role: Speaker, best: Speaker, at: int, gender: str | None) -> bool:
        """`The judge spoke about a letter written by Robert and Joyce Johnson. He said …`: a person named after the
        role, in the role's sentence and in no subject's place, is talked about; the role subject goes on."""
        subjects = self._role_subjects_before(at, gender, people=True)
        if not subjects or best.at in self.subjects:
            return False
        opening = subjects[-1].left_edge.idx
        return self._sentence_start(opening) == self._sentence_start(best.at) and opening < best.at < at \
            and self._sentence_start(best.at) < self._sentence_start(at)

    def _role_subject_before(self, at: int, gender: str | None, since: int | None = None) -> Speaker | None:
        """`The mayor spoke to reporters. "…," she said.`: nobody is named, so the role that was the subject (in
        this sentence and the one before, or from `since` on)."""
        found = None
        for token in self._role_subjects_before(at, gender, people=True, since=since):
            # the role with its complement (`La ministre de la Transition écologique`), up to what is set off
            end = next((t.i for t in self.doc[token.i + 1 : token.right_edge.i + 1] if t.is_punct),
                       token.right_edge.i + 1)
            # (`L'avocat de M. Delorme, Me Jean Castel, s'est félicité …`: with the name set off after it, who holds it)
            named = name_set_off(self.doc[token.left_edge.i : end]) \
                or name_set_off(self.doc[token.left_edge.i : token.right_edge.i + 1])
            if named is not None:
                end = named.end
            phrase = self.doc[token.left_edge.i : end]
            found = self._resolve(phrase, phrase.start_char) or found
        return found

    def _role_subjects_before(self, at: int, gender: str | None, people: bool = False,
                              since: int | None = None) -> list[Token]:
        """Subjects just before that hold an office (`role_heads`); for a pronoun of a gender, also those that are
        people by what they are in the story (`epithet_heads`: `Un homme a été interpellé. Il a dit`) or by a noun
        of that gender (`A lady from the county office … "…," she marveled`). A quote with no pronoun does not go
        on with them: the man the story is about is seldom who speaks next."""
        data = self.lex.data
        people = people and gender is not None
        nouns = data.role_heads | data.epithet_heads if people else data.role_heads
        return [token for token in self._subjects_before(at, since)
                if token.pos_ == "NOUN" and (token.lemma_.lower() in nouns or (people and token.lower_ in data.role_genders))
                and _number(token) != "Plur" and not _coordinated_with_others(token)
                and (gender is None or _role_gender(token, self.lex) in (None, gender))]

    def _holds_another_office(self, name: str, at: int, gender: str | None, since: int | None = None) -> bool:
        """`Le porte-parole, Hiroshi Tanaka, … Le Premier ministre a réuni …`: the role subject just before (or
        since `since`) is not the office the article gave the person."""
        offices = {role for role, _ in self._offices_of(name)}
        subjects = self._role_subjects_before(at, gender, since=since)
        return bool(offices and subjects) and subjects[-1].lemma_.lower() not in offices

    def _organisation_before(self, at: int) -> Speaker | None:
        """`The US Treasury described the plan. It said …`: `it` speaks for an organisation, never a person:
        the one quoted last or the subject of this sentence or the previous one, whichever is nearer."""
        spoke = self.last_speaker(at)
        if spoke is not None and (spoke.kind != "group" or spoke.number == "Plur"):
            spoke = None
        subject = None
        for token in self._subjects_before(at):
            if token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in PERSON_LABELS and _number(token) != "Plur":
                found = self._resolve(self.doc[token.left_edge.i : token.i + 1], token.idx)
                # (`The company made a bold claim when it told …`: an organisation by its noun, named or not)
                if found is not None and (found.kind == "group" or token.lemma_.lower() in self.lex.data.org_anaphors):
                    subject = found
        best = max((c for c in (spoke, subject) if c is not None), key=lambda c: c.at, default=None)
        return Speaker(best.name, "group", None, "Sing", at) if best else None

    def _subject_just_before(self, mention: Span, at: int) -> Token | None:
        """The nearest subject before the mention, in its sentence or the one before (not the mention itself)."""
        return next((t for t in reversed(self._subjects_before(at)) if t.i < mention.start), None)

    def _subjects_before(self, at: int, since: int | None = None) -> list[Token]:
        """Subjects in this sentence and the previous one, before `at`; not inside quotation marks (`« Le maire n'a
        pas d'idée … », a-t-il ajouté`: the mayor is talked about)."""
        return [t for t in self._tokens_before(at, since) if t.dep_ in ("nsubj", "nsubj:pass")
                and not self._in_quotes(t.idx)]

    def _in_quotes(self, offset: int) -> bool:
        """Inside the article's quotation marks: a noun there is someone talked about, not a discourse subject."""
        return self.quotes is not None and self.quotes.inside(offset)

    def _tokens_before(self, at: int, since: int | None = None) -> Span:
        """This sentence and the previous one (or from `since` on), up to `at` (120 tokens at most on a run-on
        line)."""
        window = max(self._previous_sentence_start(at) if since is None else since, self._own_words)
        # (not the dateline's `DETROIT`)
        end = bisect_left(self.doc, at, key=lambda t: t.idx)
        start = max(bisect_left(self.doc, window, key=lambda t: t.idx), end - 120)
        return self.doc[start:end]

    @cached_property
    def _own_words(self) -> int:
        """Where the article's own words begin, past a wire dateline."""
        return dateline_end(self.text)

    def _in_the_speakers_clause(self, speaker: Speaker | None, offset: int) -> bool:
        """`"…," Trump fumed on Twitter. "…"`, `a déclaré X sur France Inter`: a person named after the last speaker, in
        that speaker's sentence and as no subject of it, is where or to whom the words were said (a name the
        recogniser took for a person's, or a host), not who goes on speaking."""
        return speaker is not None and speaker.kind == "person" and speaker.at < offset \
            and offset not in self.subjects and self._sentence_start(offset) == self._sentence_start(speaker.at)

    def _previous_sentence_start(self, at: int) -> int:
        """The sentence before the one at `at`, past sentences that are all a quotation (`Le capitaine n'a pas
        tergiversé. « … » Il a salué …`: the words said are no sentence of the story, whose subject goes on)."""
        start = self._sentence_start(self._sentence_start(at) - 1)
        for _ in range(3):
            if start == 0 or not self._all_quoted(self._sentence_at(start)):
                break
            start = self._sentence_start(start - 1)
        return start

    def _all_quoted(self, sent: Span) -> bool:
        quoted = self.quotes.at(sent.start_char) if self.quotes is not None else None
        return quoted is not None and quoted.end >= sent.end_char - 1

    def _sentence_start(self, at: int) -> int:
        return self._sentence_at(at).start_char

    def _sentence_at(self, at: int) -> Span:
        """The sentence holding the character offset `at`."""
        if self._starts is None:
            self._starts = [sent.start_char for sent in self.sents]
        return self.sents[max(bisect_right(self._starts, at) - 1, 0)]

    def last_person(self, at: int, gender: str | None = None) -> str | None:
        for offset, name in reversed(self.people):
            if offset < at and (gender is None or self.gender(name) in (None, gender)):
                return name
        return None

    def person_with_role(self, role: str, at: int, words: frozenset[str] = frozenset(),
                         gender: str | None = None, covering: frozenset[str] | None = None) -> str | None:
        """The person given this role; a mention's other words (`du journal`) must agree with it, and the two
        say the same office (`the mayor` is not `Deputy Mayor Tom Hale`, nor `le Premier ministre` `le ministre`).
        A role in the feminine is no man's (`la présidente` is not `son président, Guillaume Faury`; French names
        women's offices in the masculine too, so the masculine says nothing, unless the article gave the woman that
        role in the feminine: then `le président` is someone else). With `covering`, the words of the
        whole mention must say all the holder was described with (`le président américain` is not `le président
        russe Vladimir Poutine`)."""
        office = self.lex.office_words
        fitting = [(offset, name, described) for offset, head, name, described in self.roles
                   if head == role and self._all_described(words, described) and words & office == described & office
                   and (covering is None or described <= covering)
                   and not self._gender_clashes(name, head, gender)]
        before = [name for offset, name, _ in fitting if offset <= at]
        if len(set(before)) > 1:
            # two ministers: `le ministre` is the one the article is about (named most), then the latest
            named = {name: sum(1 for offset, who in self.people if who == name and offset <= at) for name in before}
            return max(reversed(before), key=lambda name: named[name])
        if before:
            return before[-1]
        after = [name for offset, name, described in fitting
                 if offset > at and (role in described or fold(role) in described)]
        if after and not any(s.kind == "person" and s.at < at for s in self.history):
            # a role given after the mention still names the person; not a wider word for it (`l'élu` … `Le maire,
            # X`): the press names an office by its wider word only once it has given it
            return after[0]
        # `le porte-parole, Gabriel Attal` … `le porte-parole du gouvernement`: a fuller description of the office
        # the article gave one person bare names that person
        # (given before, the office's own noun aside: `l'élu LR` after `le sénateur X` adds a word, as `le député LR`
        # after `le député X` does)
        holders = {name for offset, head, name, described in self.roles if head == role
                   and described - (self.lex.office_nouns if offset <= at else {fold(role)}) <= words
                   and words & office == described & office and not self._gender_clashes(name, head, gender)}
        if len(holders) != 1:
            return None
        holder = holders.pop()
        # (not with a word the article gave someone else: `the Canadian leader` after `US President A hosted Canadian
        # Prime Minister B`)
        said = words | (covering or frozenset())
        return None if any(said & described for _, _, name, described in self.roles if name != holder) else holder

    def _all_described(self, words: frozenset[str], described: frozenset[str]) -> bool:
        """Every word of a role mention is one the holder was described with, or an initialism of some of them (`la
        patronne de la BCE` … `présidente de la Banque centrale européenne`, `the GM boss`)."""
        return all(word in described or (word in self._initialisms and not Counter(word) - Counter(
            w[0] for w in described)) for word in words)

    @cached_property
    def _initialisms(self) -> frozenset[str]:
        """The article's words written in capitals (`BCE`, `GM`), as role mentions' words are compared."""
        return frozenset(fold(t.lemma_) for t in self.doc if t.is_upper and t.is_alpha and 2 <= len(t) <= 5)

    def _gender_clashes(self, name: str, role: str, gender: str | None) -> bool:
        """A role mention in the feminine and a man; in the masculine and a woman the article gave that role in the
        feminine."""
        return (gender == "Fem" and self.gender(name) == "Masc") or (gender == "Masc" and (name, role) in self.feminine)

    def last_speaker(self, at: int) -> Speaker | None:
        for speaker in reversed(self.history):
            if speaker.at <= at:
                return speaker
        return None

    def remember(self, speaker: Speaker | None, said: tuple[int, int] | None = None, aside: bool = False) -> None:
        """`aside`: the speaker spoke in a relative clause (`X, who testified that …`)."""
        if speaker is not None:
            self.history.append(speaker)
            if aside:
                self.asides.add(speaker.at)
            if said is not None:
                self.reported.append((*said, speaker.name))


def _own_clause_names(mention: Span) -> frozenset[int]:
    """Where the words before a subject pronoun in its own clause start: `Après avoir qualifié le programme
    de François Fillon de dangereux, il annonce …`, `Selon Paul Morel, il viendra`. A name there is
    an object or a complement of the clause the pronoun is the subject of, so someone else (a name
    set before the pronoun as its double, `Paul Morel, lui, il …`, is left out of the set)."""
    pronoun = mention.root
    if pronoun.dep_ not in ("nsubj", "nsubj:pass") or pronoun.head.i == pronoun.i:
        return frozenset()
    verb = pronoun.head
    return frozenset(t.idx for t in verb.subtree if t.i < pronoun.i and not (
        t.head.i == verb.i and t.dep_ in ("nsubj", "nsubj:pass", "dislocated", "vocative")))


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    small = _PARTICLES | {"of", "on", "for", "and", "the", "et", "pour", "des", "du", "aux"}
    # capitalised words and numbers: `United Auto Workers union` -> UAW, `Movimento 5 Stelle` -> M5S
    words = [w for w in name.replace("-", " ").split() if w.lower() not in small and (w[:1].isupper() or w.isdigit())]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _compatible(speaker: Speaker, gender: str | None, number: str | None) -> bool:
    if number and speaker.number and speaker.number != number:
        return False
    if gender and speaker.gender and speaker.gender != gender:
        return False
    if number == "Plur" and speaker.kind == "person":
        return False
    return True


_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "al", "el", "ben", "bin", "da", "di", "dos", "y", "der",
              "del", "della", "das", "den", "ter", "ten", "-", "d'", "d’", "ibn", "abu", "bint"}
_POSSESSIVE_MARKS = ("'s", "’s", "'")
# what a title written before a name holds besides the office: `Quebec Premier`, `Manitoba's Premier`
_TITLE_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod:poss", "case"})
# a name from any language may stand in any article: every language's honorifics are stripped
_HONORIFICS = frozenset().union(*(load(lang).data.honorifics for lang in LANGUAGES))
_HONORIFICS_LOWER = frozenset(word.lower() for word in _HONORIFICS)  # (`Monsieur le maire`, `Mr le Maire`)
_TITLES = frozenset().union(*(load(lang).data.name_titles for lang in LANGUAGES))
_ROLE_WORDS = frozenset().union(*(load(lang).data.role_heads for lang in LANGUAGES))
_HONORIFIC_GENDERS = {word: gender for lang in LANGUAGES for word, gender in load(lang).data.honorific_genders.items()}


def _name_tokens(ent: Span) -> list[Token]:
    """The name inside an entity: no determiner or honorific before, no stray lower-case word or possessive
    mark after."""
    tokens = list(ent)
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].text in _HONORIFICS or tokens[0].is_punct):
        tokens = tokens[1:]
    titled = False
    while tokens and (tokens[0].text.lower() in _TITLES):
        tokens, titled = tokens[1:], True
    while len(tokens) > 2 and tokens[0].lower_ in _ROLE_WORDS and all(t.text[:1].isupper() for t in tokens[1:3]):
        tokens, titled = tokens[1:], True  # `Lawyer Paul Schabas said`: a role capitalised to open the sentence
    if titled and len(tokens) > 2 and tokens[0].lower_ in _PARTICLES and tokens[1].pos_ in ("DET", "NOUN"):
        # `président de la République François`: the title's complement, then the name
        while tokens and (tokens[0].lower_ in _PARTICLES or tokens[0].pos_ in ("DET", "NOUN", "ADJ")):
            tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].text in _POSSESSIVE_MARKS  # `Scott Moe's reaction`
                      or (tokens[-1].text[:1].islower() and tokens[-1].text not in _PARTICLES
                          and not _glued(tokens[-1]))):
        tokens = tokens[:-1]
    return tokens


def _glued(token: Token) -> bool:
    """`Jung-mi`, `N'diaye`: a lower-case part joined by a hyphen, or set close after an elided capital particle,
    belongs to the name."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.whitespace_ == "" and (
        before.text == "-" or token.text.startswith("-") or _elided_particle(before))


def _elided_particle(token: Token) -> bool:
    """`N'`, `D'`, `O'`: a capital particle elided against the rest of a name."""
    return len(token.text) == 2 and token.text[:1].isupper() and token.text[-1:] in ("'", "’") and not token.whitespace_


def _editors_mark(ent: Span, lex: Lexicon) -> bool:
    """`(en 2013, NDLR)`: the editors' mark (`editorial_notes`), which the recogniser may tag as anyone; no one."""
    return fold(ent.text) in lex.data.editorial_notes


def _named_last(mention: Span, ent: Span) -> bool:
    """The mention ends on this name, apposed to a noun (not `of X`)."""
    end = mention.end
    while end > mention.start and mention.doc[end - 1].is_punct:
        end -= 1
    if end - 2 > mention.start and mention.doc[end - 2].text == "(":
        end -= 2  # `General Motors (GM)`: the acronym repeats the name
    if ent.end != end or ent.start <= mention.start:
        return False
    if any(t.is_quote for t in ent):
        return True  # `l'émission de TMC « Quotidien »`: the title in marks names the phrase
    before = mention.doc[ent.start - 1]
    if before.is_quote and ent.start - 1 > mention.start:
        before = mention.doc[ent.start - 2]  # `le syndicat « Sud Rail »`: the name in marks
    # `the auto manufacturer Chrysler`, `a third US car manufacturer, Ford Motor Company`, `la chaîne
    # américaine CBS` (an adjective of the noun before it)
    # (not a name set off after another name: `Carnduff, Sask.` is where Carnduff is)
    # (`Le constructeur automobile Renault`: the parser may hang the adjective anywhere; it follows the noun)
    return before.pos_ in ("NOUN", "PROPN") or (
        before.text == "," and ent.root.dep_ == "appos" and ent.root.head.pos_ != "PROPN") or (
        before.pos_ == "ADJ" and (before.head.i < before.i and before.head.pos_ == "NOUN"
                                  or mention.doc[before.i - 1].pos_ == "NOUN"))


def _named_before(ent: Span, head: Token, kinds: frozenset[str]) -> bool:
    """`The China Daily newspaper`, `the Reuters news agency`: a name modifying a noun for a kind of
    organisation is that organisation's name."""
    between = ent.doc[ent.end : head.i]  # `news` in `the Reuters news agency`
    return ent.end <= head.i and ent.root.dep_ == "compound" and head.lemma_.lower() in kinds \
        and all(t.dep_ == "compound" and t.pos_ == "NOUN" for t in between)


def _one_title(doc: Doc, first: Span, second: Span) -> bool:
    """`ministre de la Sécurité publique et de l'` | `Immigration`, `ministre de la Santé` | `et des` |
    `Solidarités`: a name of office the recogniser cut in two, at an elided article or at a second complement
    (a conjunction, then a preposition and an article only; the first part has a complement of its own, so
    `Paris et de Lyon` stay two), or at its last preposition (`Parquet de` | `Privas`)."""
    if first.end == second.start:
        return first[-1].text[-1:] in ("'", "’") or (len(first) > 1 and first[-1].is_lower and first[-1].pos_ == "ADP"
                                                      and first[0].text[:1].isupper())
    gap = doc[first.end : second.start]
    return len(gap) <= 3 and gap[0].pos_ == "CCONJ" and any(t.pos_ == "ADP" or t.dep_ == "case" for t in gap) \
        and all(t.pos_ in ("CCONJ", "ADP", "DET") for t in gap) and any(t.pos_ == "ADP" for t in first[1:]) \
        and first.label_ not in PERSON_LABELS


def names_a_text(token: Token, document_nouns: frozenset[str]) -> bool:
    """`communiqué`, `findings`: a noun of the language data's texts and data, by its lemma or as written."""
    return token.lemma_.lower() in document_nouns or token.lower_ in document_nouns


def _read_in(ent: Span, clauses: list[Token]) -> bool:
    """Whether the name stands in one of the clauses (`par Le Monde` in `consultés par Le Monde`)."""
    return any(v.i < ent.start <= v.right_edge.i for v in clauses)


def _bracketed(ent: Span) -> bool:
    return ent.start > 0 and ent.doc[ent.start - 1].text == "("


def _past_split_word(doc: Doc, end: int) -> int:
    """A phrase's end moved past the rest of a word the tokenizer split at its hyphen (`du poids-lourds`,
    `Paul-Antoine`): the parse may end a phrase inside one."""
    while end + 1 < len(doc) and joins_a_word(doc[end]) and doc[end + 1].is_alpha:
        end += 2
    return end


def joins_a_word(token: Token) -> bool:
    """`public-sector`, `poids-lourds`: a hyphen the tokenizer split off inside one word, no mark of the clause."""
    return token.text in ("-", "‐") and token.i > 0 and not token.nbor(-1).whitespace_ and not token.whitespace_


def _set_in_a_phrase_before_the_subject(ent: Span, after: Span) -> bool:
    """`In a message on platform X, formerly Twitter, the minister stated`, `After meeting Paul Martin, the mayor
    said`: the name ends a prepositional phrase set before the clause (by the parse, or as the phrase the sentence
    opens with), and the role after its comma is the clause's subject, no apposition of the name."""
    if in_the_opening_phrase(ent, ent.sent[0]):
        return True
    subject = next((t for t in after if t.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return False
    token = ent.root
    while token.dep_ in ("appos", "flat", "flat:name", "compound", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" or (token.dep_ in ("obl", "obl:mod", "nmod")
                                    and any(c.dep_ == "case" for c in token.children))


def after_preposition(span: Span) -> bool:
    """`de Jean Dutour`, `for Paul Lenoir`, `de la SNCF`: the name completes a noun before it rather than standing
    beside it; so does a name coordinated with one that does (`the doctors in Toronto and Peel`)."""
    before = span.start - 1
    if before > 0 and span.doc[before].pos_ == "CCONJ" and span.root.dep_ == "conj" and span.root.head.i < before:
        before = span.root.head.left_edge.i - 1
    if before > 0 and span.doc[before].pos_ == "DET":
        before -= 1
    return before >= 0 and span.doc[before].pos_ == "ADP"


def _in_complement(ent: Span, head: Token) -> bool:
    """A name owning a noun inside a prepositional complement of `head`: `Prosecutors on special counsel Jack Smith's
    team` are no Jack Smith."""
    above = set(ent.root.ancestors)
    # a possessor (a name ending the phrase is the role's holder, however the parser hangs it: `The vice president of
    # Dacia, Constantin Stroe`) under a preposition that governs its phrase
    return _possessive(ent) and head in above and any(t.pos_ == "ADP" and t in above
                                                      for t in ent.doc[head.i + 1 : ent.start])


def _told_to(ent: Span, lex: Lexicon) -> bool:
    """A name a cue's words were said to: after one of `addressee_prepositions` on the cue (`a expliqué à X`,
    `said to X`), or the bare object of one of `addressee_cues` (`told X that …`)."""
    root, data = ent.root, lex.data
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in data.addressee_prepositions:
        verb = verb.head
    elif root.dep_ in ("obj", "dobj", "dative", "iobj") and verb.i < root.i:
        lemma = lex.cue_lemma(verb.lemma_, verb.text)
        return lemma is not None and lemma in data.addressee_cues
    elif not any(c.dep_ == "case" and c.lower_ in data.addressee_prepositions for c in root.children):
        return False
    if verb.pos_ == "NOUN" and (verb.lemma_.lower() in data.speech_nouns or verb.lemma_.lower() in data.document_nouns):
        # `said in reply to X`, `a écrit dans une lettre à X`: the words of the cue's reply or letter went to X
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return verb.pos_ == "VERB" and verb.i < root.i and lex.cue_lemma(verb.lemma_, verb.text) is not None


def _modifies_a_noun(ent: Span) -> bool:
    """A name used as a noun's modifier (`the Cruise video`, `a Trump adviser`), not someone in the story."""
    root = ent.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and not (ent.start <= root.head.i < ent.end)


def _possessive(ent: Span) -> bool:
    last = ent[-1]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return last.lower_ in _POSSESSIVE_MARKS or (after is not None and after.lower_ in _POSSESSIVE_MARKS)


def _subject_of_clause(ent: Span) -> bool:
    """`Donald Trump a retiré …`, `le porte-parole, Sean Spicer, a dit`: the name is what the clause is about."""
    root = ent.root
    while (root.dep_ in NAME_PARTS or root.dep_ == "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubj:pass"):
        return last_of_a_list_set_before(root.head) == root
    return root.dep_ in ("nsubj", "nsubj:pass") and last_of_a_list_set_before(root) is None


def _subject_set_off_by_an_age(ent: Span, age_nouns: frozenset[str]) -> bool:
    """`Lucas, 16 ans, a été blessé`, `Smith, 23, scored`: the parser may hang a name that an age sets off on the verb
    after it as an adjunct; when that verb has no subject of its own, the name is its subject."""
    doc, i = ent.doc, ent.end + 1
    if i + 2 >= len(doc) or doc[ent.end].text != "," or not doc[i].like_num:
        return False
    i += 2 if an_age_at(doc, i, age_nouns) else 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    verb = next((t for t in doc[i + 1 : i + 5] if t.pos_ == "VERB"), None)
    return verb is not None and ent.root.head.i == verb.i \
        and all(t.pos_ in ("AUX", "ADV") for t in doc[i + 1 : verb.i]) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)


def last_of_a_list_set_before(subject: Token) -> Token | None:
    """`Malgré des interventions venues de A, B, ou encore C, Édouard Philippe espère …`: the parser makes a list
    the subject of a verb in the singular, its last name set off by a comma right before the verb; by agreement
    that last name alone is the subject, the others belong to the phrase before it."""
    verb = subject.head
    form = next((c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")), verb)
    conjuncts = [c for c in subject.children if c.dep_ == "conj" and c.i < verb.i]
    if not conjuncts or form.morph.get("Number") != ["Sing"] or subject.i > verb.i:
        return None
    last = conjuncts[-1]
    doc = subject.doc
    first = next((t for t in last.subtree if not t.is_punct), None)
    if first is None:
        return None  # `Georges-Louis`: the parser made the hyphen alone a conjunct
    before = doc[first.i - 1] if first.i > 0 else None
    between = doc[last.right_edge.i + 1 : verb.i]
    if before is None or before.text != "," or any(t.pos_ in ("VERB", "NOUN", "PROPN", "CCONJ") for t in between):
        return None
    return last


def _wider_roles(role: str, lex: Lexicon) -> tuple[str, ...]:
    """The wider nouns the press uses for an office (`role_synonyms`); a compound office keeps those of the office
    it is a kind of (`la vice-procureure` is `la magistrate`, `the vice-president` is `the leader`)."""
    synonyms = lex.data.role_synonyms
    if role in synonyms or "-" not in role:
        return synonyms.get(role, ())
    return synonyms.get(role.rsplit("-", 1)[1], ())


def _looks_like_name(ent: Span) -> bool:
    """Capitalised words and particles, one of them at least not a particle: `président de la`, which
    the recogniser tags as a person, is a title's remains."""
    words = [t for t in _name_tokens(ent) if t.is_alpha or "-" in t.text]
    return bool(words) and all(t.text[:1].isupper() or t.text.lower() in _PARTICLES or _glued(t) for t in words) \
        and any(t.text.lower() not in _PARTICLES for t in words) and len(words) <= 6


def _capitalised(ent: Span) -> bool:
    """An organisation's name has a capitalised word, or a digit: `ministre de l’`, cut from
    `ministre de l’Éducation` by the recogniser, names nothing."""
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in ent if t.lower_ not in _PARTICLES)


def _named_subject(mention: Span) -> bool:
    """One capitalised word before its verb as its subject: a name, whatever the recogniser's type (`Weeks said`,
    `May said`: a surname it took for a time)."""
    words = [t for t in mention if not t.is_punct and t.pos_ != "DET"]
    return len(words) == 1 and words[0].text[:1].isupper() and words[0].dep_ in ("nsubj", "nsubj:pass") \
        and words[0].i < words[0].head.i


def _spelt_initials(phrase: Span) -> str:
    """The initials of a name's content words, capitalised or not (`Service départemental d'incendie et de secours`:
    SDIS)."""
    return "".join(t.text[0].upper() for t in phrase if t.pos_ not in ("ADP", "DET", "CCONJ") and t.is_alpha)


def _clean_name(ent: Span) -> str:
    tokens = _name_tokens(ent)
    if not tokens:
        return ent.text
    end = tokens[-1].i + 1
    doc = ent.doc
    while end < len(doc) and end == ent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end].ent_type_ in ("", *PERSON_LABELS) and doc[end - 1].whitespace_:
        end += 1
    return doc[tokens[0].i : end].text


def entities(doc: Doc, document_nouns: frozenset[str] = frozenset(), text: str | None = None,
             role_heads: frozenset[str] = frozenset(), organisation_nouns: frozenset[str] = frozenset(),
             legal_forms: frozenset[str] = frozenset(), epithet_heads: frozenset[str] = frozenset(),
             media_nouns: frozenset[str] = frozenset(), age_nouns: frozenset[str] = frozenset(),
             business_nouns: frozenset[str] = frozenset()) -> list[Span]:
    """The recogniser's entities, plus the runs of two or more capitalised proper nouns it missed
    (`Jean-Claude Trichet, the European Central Bank president`), labelled MISC: a name it
    cannot type is still a possible speaker. `déclaration de Barcelone` is Barcelone's text: the
    document noun is cut off; a document noun compounded onto a name is the name (`Statistics Canada`); an office
    alone is none (`le Préfet`). A wire dateline's names are the publisher's, not the article's."""
    text = doc.text if text is None else text
    found = []
    own_words = dateline_end(text)  # `PARIS (AFP) -`: the agency is no source
    recognised = doc.ents  # (spaCy builds the spans anew at each read)
    surnames = {ent[-1].text: ent.label_ for ent in recognised if ent.label_ in PERSON_LABELS}
    for ent in recognised:
        if ent.start_char < own_words:
            continue  # `DETROIT —`, the place and the agency, and the line break the recogniser ran on into
        # `-- John Tavares⏎`: a name opens on no dash or mark, and a line break is no part of it
        while len(ent) > 1 and (ent[0].is_space or ent[0].is_punct and ent[0].text not in ("'", "’")):
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        while len(ent) > 1 and ent[-1].is_space:
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
        if all(t.lower_ in role_heads for t in ent):
            continue  # `le Préfet des Yvelines`, `le Premier ministre`: an office written with a capital is no name
        if len(ent) == 1 and ent[0].is_upper and ent[0].lower_ in organisation_nouns:
            continue  # `l'ONG`, `the NGO`: a noun of organisation written as an initialism is no name either
        if ent[0].is_lower and ent[0].lower_ in role_heads and ent[-1].pos_ == "ADP" and not any(
                t.text[:1].isupper() and fold(t.text) in first_name_table() for t in ent):
            # `le [procureur de la République de] Saint-Brieuc`: an office the recogniser cut off inside its own
            # complement (a name never ends on a preposition) is no name either; the place after it still is
            continue
        holder = _holder_after_office(doc, ent, role_heads)
        if holder is not None:
            ent = holder
        elif ent.label_ in PERSON_LABELS and _office_and_complement(ent, role_heads):
            # `le Président des États-Unis Paul Martin`: the office, which the recogniser tags a person when an unknown
            # name follows it, is no one's name
            continue
        if ent[0].lemma_.lower() in document_nouns and (len(ent) == 1 or ent[1].pos_ == "ADP"):
            tail = [t for t in ent[1:] if t.text[:1].isupper()]
            if not tail:
                continue
            ent = Span(doc, tail[0].i, ent.end, label=ent.label_)
        opens = ent.start == 0 or doc[ent.start - 1].is_punct or doc[ent.start - 1].is_space
        if len(ent) == 1 and ent[0].pos_ == "VERB" and opens and fold(ent[0].text) not in first_name_table():
            continue  # `Poursuivant ensuite son analyse : « … »`: a verb capitalised to open the sentence, no name
        if len(ent) > 1 and ent[0].pos_ == "VERB" and "Inf" in ent[0].morph.get("VerbForm") \
                and opens and fold(ent[0].text) not in first_name_table():
            # `« Soutenir François Fillon … »`: an infinitive capitalised to open the quotation is no part of a name
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        if len(ent) > 1 and ent[0].is_lower and ent[0].pos_ == "ADP":
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # `le parquet | d'Évry`: a preposition, no name
        if len(ent) > 1 and ent[0].is_lower and ent[0].lower_ in organisation_nouns:
            # `le syndicat Force ouvrière`, `le groupe pétrolier Total`, recognised whole: a noun of organisation in
            # lower case, with its adjectives, says what the name after it is; the name opens on its capital (not past
            # a preposition: `ministère de la Défense` is the name)
            capital = next((t.i for t in ent[1:] if t.text[:1].isupper() or t.pos_ in ("ADP", "DET")), None)
            if capital is not None and doc[capital].text[:1].isupper() and doc[capital].pos_ not in ("ADP", "DET"):
                ent = Span(doc, capital, ent.end, label=ent.label_)
        if ent[0].is_lower and ent[0].pos_ == "ADJ" and ent.start > 0 and doc[ent.start - 1].text[:1].isupper() \
                and doc[ent.start - 1].pos_ in ("NOUN", "PROPN") and not (found and found[-1].end >= ent.start):
            # `Santé | publique France`: a name never opens on an adjective in lower case; the capitalised noun it
            # qualifies opens it
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
        comma = next((t.i for t in ent[1:-1] if t.text == "," and doc[t.i + 1].is_lower), None)
        if comma is not None:
            ent = Span(doc, ent.start, comma, label=ent.label_)  # `Agence nationale de X, la porte`: a clause ran on
        article = next((t.i for t in ent[1:] if t.is_lower and t.pos_ == "DET" and doc[t.i - 1].text in surnames),
                       None)
        if article is not None:
            # `According to Rathbun the Scientology property …`: a person's name (one the article names a person
            # elsewhere) ran on into the next noun phrase, which an article opens
            ent = Span(doc, ent.start, article, label=surnames[doc[article - 1].text])
        verb = next((t.i for t in ent[1:] if t.is_lower and t.pos_ in ("AUX", "VERB")
                     and "Fin" in t.morph.get("VerbForm")), None)
        if verb is not None:
            ent = Span(doc, ent.start, verb, label=ent.label_)  # `Premier ministre a promis`: ran on into the verb
        if found and found[-1].label_ == ent.label_ and _one_title(doc, found[-1], ent):
            ent = Span(doc, found.pop().start, ent.end, label=ent.label_)
        if len(ent) >= 3 and ent.start > 0 and doc[ent.start - 1].pos_ in ("DET", "ADP") and ent[0].text[:1].isupper() \
                and ent[1].text[:1].isupper() and ent.label_ not in PLACE_LABELS \
                and fold(ent[0].text) not in first_name_table() and fold(ent[1].text) in first_name_table() \
                and not any(t.text == "&" or t.text in legal_forms or t.lower_ in organisation_nouns for t in ent[2:]):
            # `l'Insoumise Caroline Fiat`, `le délégué de SUD-Rail Fabien Villedieu`: after an article or a
            # preposition, a capitalised word before a first name says what the person is or belongs to (a party, a
            # union, a title); the person's name starts at the first name. Not in a place's name (`in San Jose`), nor in
            # a firm's (`by Detwiler Fenton & Company`: an ampersand, a legal form or a noun of organisation after it)
            ent = Span(doc, ent.start + 1, ent.end, label=_person_label(doc))
        found.append(ent)
    found = _elided_particles_closed(doc, found)
    found = _people_at_the_end(doc, found, role_heads)
    found = _organisations_named_after_places(doc, found, role_heads)
    found = _names_with_their_article(doc, found, text)
    found = _organisations_named_by_their_noun(doc, found, organisation_nouns, business_nouns)
    kinds = _first_names_taken_for_nouns(doc, _name_parts(doc, text))
    found = _first_names_before_surnames(doc, _surnames_after_first_names(doc, found, kinds, role_heads), role_heads)
    covered = bytearray(len(doc))
    for ent in found:
        covered[ent.start:ent.end] = b"\x01" * len(ent)
    for token in doc:
        if token.idx >= own_words:
            break
        covered[token.i] = 1
    i, n = 0, len(doc)
    while i < n:
        if covered[i] or kinds[i] not in "PF":
            i += 1  # (a run opens on a proper noun or a first name: most words are neither)
            continue
        j = i
        while j < n and not covered[j] and (kinds[j] == "P" or (j == i and kinds[j] == "F") or (
                j > i and kinds[j] == "-" and j + 1 < n and kinds[j + 1] == "P")):
            j += 1
        if sum(1 for k in kinds[i:j] if k in "PF") >= 2:
            # a run the recogniser missed that opens on a first name of the table is someone (`Anita Anand`; not
            # `General Motors`: an office first)
            person = kinds[i] == "F" or (fold(doc[i].text) in first_name_table() and doc[i].lower_ not in role_heads)
            # `Police Chief Troy Finner`: a title of the table first, then a first name and more: the person's name
            # starts at the first name
            named = next((k for k in range(i + 1, j - 1) if fold(doc[k].text) in first_name_table()
                          and doc[k].lower_ not in role_heads), None) if not person else None
            if named is not None and (any(t.lower_ in role_heads for t in doc[i:named]) or _acronyms(doc[i:named])):
                i, person = named, True  # (or party and office acronyms: `PQ MNA Joël Arseneau`, `NDP MP …`)
            found.append(Span(doc, i, j, label="PER" if person else "MISC"))
        i = max(j, i + 1)
    found = _particles_set_apart(doc, sorted(found, key=lambda span: span.start))
    found = _typed_as_people(found, role_heads)
    found = _named_after_a_noun_for_people(found, role_heads | epithet_heads)
    found = _legal_forms_typed_as_organisations(found, legal_forms)
    found = _qualifiers_of_a_title(found, role_heads)
    found = _one_type_per_name(_surnames_as_people(_first_names_as_people(_acronyms_typed_as_spelt(found))))
    found = _first_names_with_an_age(doc, found, age_nouns)
    texts = [doc.vocab.strings[orth] for orth in doc.to_array(ORTH).tolist()]  # (no Token built per word)
    found = _surnames_left_untagged(doc, found, texts)
    found = _titles_after_media_nouns(doc, found, media_nouns, texts)
    return _websites_left_untagged(doc, _organisations_left_untagged(doc, found, texts), texts)


MAX_TITLE = 8  # words of a title in quotation marks after a noun for a medium


def _titles_after_media_nouns(doc: Doc, found: list[Span], media_nouns: frozenset[str],
                              texts: list[str]) -> list[Span]:
    """`le magazine « Complément d'enquête »`, `l'hebdomadaire « Le Canard enchaîné »`: the words in quotation
    marks right after a noun for a medium (`media_anaphors`), opening on a capital, are its title, the name it
    speaks under, whatever the recogniser made of them (nothing, or a piece: `Le Canard`). Read off `texts`, the
    doc's words, so that only the words before an opening mark are built as tokens."""
    titles = []
    for i in range(len(texts) - 2):
        closing = PAIRS.get(texts[i + 1]) or (STRAIGHT if texts[i + 1] == STRAIGHT else None)
        if closing is None or not texts[i + 2][:1].isupper():
            continue
        token = doc[i]
        if token.pos_ != "NOUN" or not token.is_lower or token.lemma_.lower() not in media_nouns:
            continue
        end = next((k for k in range(i + 2, min(i + 3 + MAX_TITLE, len(texts))) if texts[k] == closing), None)
        if end is not None and end > i + 2 and not any(doc[k].is_sent_start or "\n" in texts[k]
                                                       for k in range(i + 3, end)):
            titles.append(Span(doc, i + 2, end, label="ORG"))
    if not titles:
        return found
    inside = {i for title in titles for i in range(title.start, title.end)}
    kept = [ent for ent in found if not any(i in inside for i in range(ent.start, ent.end))]
    return sorted(kept + titles, key=lambda span: span.start)


def _holder_after_office(doc: Doc, ent: Span, role_heads: frozenset[str]) -> Span | None:
    """`le ministre de l'Intérieur Kithure Kindiki`, recognised whole as an organisation: a name never opens on an
    office in lower case; the proper nouns closing it, after the office's complement written with a capital (or from
    a first name of the table on), are the person who holds it. So are, in any other name that is no person's, a first
    name of the table and what follows it right after an office (`Ontario Premier Doug Ford`, called a title). That
    person, if so."""
    if ent.label_ in PERSON_LABELS:
        return None
    if not ent[0].is_lower or ent[0].lower_ not in role_heads:
        # `"…," Ontario Premier Doug Ford said`, recognised whole as a title: an office of the table (any case) and a
        # first name of the table after it open the holder's name
        office = next((k for k in range(ent.start, ent.end - 2) if doc[k].lower_ in role_heads
                       and fold(doc[k + 1].text) in first_name_table()), None)
        return Span(doc, office + 1, ent.end, label=_person_label(doc)) if office is not None else None
    start = ent.end
    while start > ent.start + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if ent.end - start < 2:
        return None
    first = next((i for i in range(start, ent.end - 1) if fold(doc[i].text) in first_name_table()), None)
    if first is None and not (doc[start - 1].pos_ == "NOUN" and doc[start - 1].text[:1].isupper()):
        return None
    return Span(doc, start if first is None else first, ent.end, label=_person_label(doc))


def _office_and_complement(ent: Span, role_heads: frozenset[str]) -> bool:
    """`Président des États-Unis`, `Ministre de l'Intérieur`: an office, then a preposition and an article (a
    particle opens a surname without one: `Général de Gaulle`)."""
    return len(ent) > 2 and ent[0].lower_ in role_heads and ent[1].pos_ == "ADP" \
        and (ent[2].pos_ == "DET" or "Def" in ent[1].morph.get("Definite"))


def _elided_particles_closed(doc: Doc, found: list[Span]) -> list[Span]:
    """`Rachid N'diaye`, recognised as `Rachid N'`: a name never ends on an elided particle (`N'`, `D'`, `O'`); the
    word set close against it is the rest of the name. Nor on a particle written apart (`Ursula von der`, then
    `Leyen` tagged as a place): the capitalised word after it is, with any name the recogniser gave it."""
    closed: list[Span] = []
    for k, ent in enumerate(found):
        if closed and closed[-1].end > ent.start:
            continue  # taken into the name before
        if ent.label_ in PERSON_LABELS and ent.end < len(doc) and len(ent) >= 2 and (
                (_elided_particle(ent[-1]) and doc[ent.end].is_alpha)
                or (ent[-1].is_lower and ent[-1].text in _PARTICLES and doc[ent.end].text[:1].isupper()
                    and doc[ent.end].is_alpha)):
            after = found[k + 1] if k + 1 < len(found) and found[k + 1].start == ent.end else None
            ent = Span(doc, ent.start, after.end if after is not None and len(after) == 1 else ent.end + 1,
                       label=ent.label_)
        closed.append(ent)
    return closed


def _websites_left_untagged(doc: Doc, found: list[Span], texts: list[str]) -> list[Span]:
    """`According to TheStreet.com, …` (tagged a number, no entity): a web address written with a capital, as a
    name is, names the site that publishes it, an organisation."""
    covered = {i for ent in found for i in range(ent.start, ent.end)}
    added = [Span(doc, i, i + 1, label="ORG") for i, text in enumerate(texts)
             if text[:1].isupper() and "@" not in text and i not in covered and doc[i].like_url]
    return sorted(found + added, key=lambda span: span.start) if added else found


def _surnames_left_untagged(doc: Doc, found: list[Span], texts: list[str]) -> list[Span]:
    """`Head coach Craig Berube …` then `Berube said when asked …`, where the recogniser tagged nothing: a
    capitalised proper noun outside every name that is the surname of a person the article names in full is that
    person once more (the name keeps its type through the article)."""
    surnames = {ent[-1].text for ent in found if ent.label_ in PERSON_LABELS and len(ent) >= 2
                and ent[-1].is_alpha and ent[-1].text[:1].isupper()}
    if not surnames:
        return found
    covered = bytearray(len(doc))
    for ent in found:
        covered[ent.start:ent.end] = b"\x01" * len(ent)
    label = _person_label(doc)
    # (a surname the tagger could not place, `X`, is one too: `Molomby s'est exprimé …` opening a paragraph)
    added = [Span(doc, i, i + 1, label=label) for i, text in enumerate(texts) if text in surnames and not covered[i]
             and (_capitalised_proper(doc[i]) or (doc[i].pos_ == "X" and doc[i].is_alpha and text[:1].isupper()))
             and not (i + 1 < len(doc) and _capitalised_proper(doc[i + 1]))
             and not (i > 0 and _capitalised_proper(doc[i - 1]))]
    return sorted(found + added, key=lambda span: span.start) if added else found


def _organisations_left_untagged(doc: Doc, found: list[Span], texts: list[str]) -> list[Span]:
    """`RCMP withdraw alert …` then `RCMP in eastern New Brunswick have withdrawn …`, the second left untagged: the
    same words as an organisation's name elsewhere in the article, outside every name and no part of a longer one,
    name it again (the name keeps its type through the article)."""
    names = {tuple(t.text for t in ent): ent.label_ for ent in found if ent.label_ == "ORG" and len(ent) <= 4
             and all(t.text[:1].isupper() or not t.is_alpha for t in ent) and ent[0].pos_ == "PROPN"}
    if not names:
        return found
    covered = bytearray(len(doc))
    for ent in found:
        covered[ent.start:ent.end] = b"\x01" * len(ent)
    firsts = {words[0] for words in names}
    at: dict[str, list[int]] = {}
    for i, text in enumerate(texts):  # (read once: an article names many organisations)
        if text in firsts and not covered[i]:
            at.setdefault(text, []).append(i)
    added = []
    for (first, *rest), label in names.items():
        width = 1 + len(rest)
        for i in at.get(first, ()):
            if covered[i] or i + width > len(doc) \
                    or any(covered[k] or texts[k] != word for k, word in zip(range(i + 1, i + width), rest)) \
                    or (i > 0 and _capitalised_proper(doc[i - 1])) \
                    or (i + width < len(doc) and _capitalised_proper(doc[i + width])) \
                    or _hyphenated(doc, i, i + width):
                continue
            covered[i:i + width] = b"\x01" * width
            added.append(Span(doc, i, i + width, label=label))
    return sorted(found + added, key=lambda span: span.start) if added else found


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """`the Scientology-critic site`: words joined by a hyphen to the words around them make one word."""
    return (end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in _HYPHENS) \
        or (start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text in _HYPHENS)


_HYPHENS = ("-", "‑", "–")


def _legal_forms_typed_as_organisations(found: list[Span], legal_forms: frozenset[str]) -> list[Span]:
    """`Twitter Inc` (which the recogniser called a person) … `Twitter`: a name that ends on a company's legal form
    (`legal_forms`) is an organisation, and so is the same name without it elsewhere in the article."""
    companies = {fold(ent[:-1].text) for ent in found if len(ent) > 1 and ent[-1].text in legal_forms}
    if not companies:
        return found
    return [Span(ent.doc, ent.start, ent.end, label="ORG") if ent.label_ in PERSON_LABELS and (
        (len(ent) > 1 and ent[-1].text in legal_forms) or fold(ent.text) in companies) else ent for ent in found]


def _person_label(doc: Doc) -> str:
    """The recogniser's own label for people in the doc's language."""
    return "PERSON" if doc.lang_ == "en" else "PER"


def _typed_as_people(found: list[Span], role_heads: frozenset[str]) -> list[Span]:
    """`Mr MacFarlane said`, `Jean-Claude Trichet, the European Central Bank president, warned …`: a name after an
    honorific (or opening on one: `Const. Gavin Moore`, tagged a work of art), or set beside a role it holds (an
    apposition whose head is a role noun, or a name in apposition to one: `Le ministre syrien des Affaires
    étrangères, Walim Mouallem, …`), is a person's whatever type the recogniser gave it (and the article's other
    mentions of it follow, one type per name)."""
    label = _person_label(found[0].doc) if found else "PER"
    people = []
    for ent in found:
        before = ent.doc[ent.start - 1] if ent.start else None
        honoured = (before is not None and before.text in _HONORIFICS and ent[0].text[:1].isupper()) or (
            len(ent) > 1 and ent[0].text in _HONORIFICS and ent[1].text[:1].isupper())  # (`Const. Gavin Moore`)
        head = ent.root.head
        described = len(ent) > 1 and (any(c.dep_ == "appos" and c.i > ent.end and c.lemma_.lower() in role_heads
                                          for c in ent.root.children)
                                      or (ent.root.dep_ == "appos" and head.i < ent.start
                                          and head.lemma_.lower() in role_heads))
        people.append(Span(ent.doc, ent.start, ent.end, label=label)
                      if ent.label_ not in PERSON_LABELS and (honoured or described) else ent)
    return people


def _qualifiers_of_a_title(found: list[Span], role_heads: frozenset[str]) -> list[Span]:
    """`Saskatchewan Premier Scott Moe`, the place tagged a person apart from the name: a name set before a title
    whose holder is named right after it says whose office it is (a place, a party), no one who speaks; typed as
    a name the recogniser cannot type, so the article's other mentions of it decide (one type per name)."""
    kept = list(found)
    for n, (ent, holder) in enumerate(zip(found, found[1:])):
        titles = ent.doc[ent.end : holder.start]
        if ent.label_ in PERSON_LABELS and holder.label_ in PERSON_LABELS and 0 < len(titles) <= 2 \
                and all(t.text[:1].isupper() and t.lower_ in role_heads for t in titles):
            kept[n] = Span(ent.doc, ent.start, ent.end, label="MISC")
    return kept


def _named_after_a_noun_for_people(found: list[Span], people_nouns: frozenset[str]) -> list[Span]:
    """`neighbour Shane MacPherson said`, `MacPherson` typed an organisation and `Shane` left out: a name set right
    after a common noun that says what a person is (`role_heads`, `epithet_heads`), the noun compounded onto it, is
    a person's, and the capitalised proper nouns between the noun and the entity open the name."""
    label = _person_label(found[0].doc) if found else "PER"
    taken = {i for ent in found for i in range(ent.start, ent.end)}
    people = []
    for ent in found:
        doc, start = ent.doc, ent.start
        while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].dep_ == "compound" \
                and start <= doc[start - 1].head.i < ent.end and ent.start - start < 3:
            start -= 1
        noun = doc[start - 1] if start > 0 else None
        if ent.label_ not in PERSON_LABELS and noun is not None and noun.is_lower and noun.pos_ == "NOUN" \
                and noun.dep_ == "compound" and start <= noun.head.i < ent.end and noun.lemma_ in people_nouns:
            ent = Span(doc, start, ent.end, label=label)
        elif ent.label_ not in PERSON_LABELS and (_first_name_on_a_noun_for_people(ent, people_nouns)
                                                 or _right_after_a_noun_for_people(ent, people_nouns)):
            ent = Span(doc, ent.start, ent.end, label=label)
        people.append(ent)
    return people


def _right_after_a_noun_for_people(ent: Span, people_nouns: frozenset[str]) -> bool:
    """`Le latéral gauche Ferland Mendy`, tagged an organisation and parsed astray: a name of two words or more right
    after a determined noun for people in lower case (and its adjectives, `gauche`, `français`), with no preposition
    between, is that person's, however the parser hung the words."""
    doc, i = ent.doc, ent.start - 1
    while i > ent.start - 3 and i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    # (not a party's name, which opens on its article: `le sénateur Les Républicains`)
    return len(ent) > 1 and ent[0].is_title and ent[0].pos_ != "DET" and i > 0 and doc[i].is_lower \
        and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].lemma_.lower() in people_nouns and doc[i - 1].pos_ == "DET"


def _first_name_on_a_noun_for_people(ent: Span, people_nouns: frozenset[str]) -> bool:
    """`Le journaliste et animateur de radio français Tyshaun Gates`, tagged an organisation: a name that opens on a
    first name of the table and hangs on a noun for people before it, with no preposition (not `le centre Ardian
    Perkins`, whose noun names a place or a body), is that person's."""
    return ent[0].is_title and opens_on_a_first_name(ent) and any(
        t.head.i < ent.start and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in people_nouns
        and not any(c.dep_ == "case" for c in t.children) for t in ent)


def a_first_name(token: Token) -> bool:
    """A capitalised word of the first-name table (`Karim`): alone, someone's only where the words around say so."""
    return token.is_title and fold(token.text) in first_name_table()


def opens_on_a_first_name(ent: Span) -> bool:
    """A name of two words or more opening on a first name of the table: someone's, whatever type the recogniser
    gave it, where the words around it say it names a person."""
    return len(ent) > 1 and fold(ent[0].text) in first_name_table()


def an_age_at(doc: Doc, i: int, age_nouns: frozenset[str]) -> bool:
    """`42 ans`: a number and a noun of age (`age_nouns`) from `i` on."""
    return 0 <= i and i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lemma_.lower() in age_nouns


def _first_names_with_an_age(doc: Doc, found: list[Span], age_nouns: frozenset[str]) -> list[Span]:
    """`Un habitant, Karim, 34 ans, raconte`: a first name of the table alone with an age set off after it is someone,
    whatever type the recogniser gave it or if it saw nothing (places and things have no age)."""
    if not age_nouns:
        return found
    out = list(found)
    strings = doc.vocab.strings
    words = [strings[orth] for orth in doc.to_array(ORTH).tolist()]  # (no Token built per word)
    for i in range(1, len(doc) - 3):
        if words[i + 1] != "," or not words[i + 2][:1].isdigit() or words[i - 1][:1].isupper():
            continue
        if an_age_at(doc, i + 2, age_nouns) and a_first_name(doc[i]):
            covering = next((n for n, ent in enumerate(found) if ent.start <= i < ent.end), None)
            if covering is None:
                out.append(Span(doc, i, i + 1, label="PER"))
            elif len(found[covering]) == 1:
                out[covering] = Span(doc, i, i + 1, label="PER")
    return sorted(out, key=lambda span: span.start)


def _first_names_as_people(found: list[Span]) -> list[Span]:
    """`his neighbour Jeane was not so lucky … Jeane Charlobois Mercedes`: a first name of the table alone, which opens
    a person's name elsewhere in the article, is that person whatever type the recogniser gave it alone."""
    openers = {fold(ent[0].text) for ent in found if ent.label_ in PERSON_LABELS and len(ent) >= 2}
    return [Span(ent.doc, ent.start, ent.end, label="PER") if len(ent) == 1 and ent.label_ in GROUP_LABELS
            and fold(ent.text) in openers and fold(ent.text) in first_name_table() else _titled_person(ent)
            for ent in found]


def _surnames_as_people(found: list[Span]) -> list[Span]:
    """`Le président Roberto Basya a demandé … Basya avait signé un décret`: a name alone that the recogniser could
    not type (MISC) and that closes a person's full name elsewhere in the article is that person (it knows a first
    name and a surname together better than a surname it has never met alone). Not one it typed an organisation:
    `Michael Dell` … `Dell` may be his company."""
    surnames = {ent[-1].text for ent in found if ent.label_ in PERSON_LABELS and len(ent) >= 2}
    return [Span(ent.doc, ent.start, ent.end, label=_person_label(ent.doc))
            if len(ent) == 1 and ent.label_ == "MISC" and ent.text in surnames else ent for ent in found]


def _acronyms(words: Span) -> bool:
    """`PQ MNA`, `NDP MP`: a party's or an office's initials, set before a name as titles are."""
    return all(t.text.isupper() and len(t.text) > 1 for t in words)


def _titled_person(ent: Span) -> Span:
    """`MNA Joël Arseneau`, typed an organisation: acronyms of a party or an office, then a first name of the table
    and a surname, are a person from the first name on."""
    if ent.label_ not in GROUP_LABELS or len(ent) < 3:
        return ent
    first = next((t for t in ent[1:-1] if fold(t.text) in first_name_table()), None)
    if first is None or not _acronyms(ent.doc[ent.start : first.i]) \
            or not all(t.text[:1].isupper() for t in ent.doc[first.i : ent.end]):
        return ent
    return Span(ent.doc, first.i, ent.end, label="PER")


def _acronyms_typed_as_spelt(found: list[Span]) -> list[Span]:
    """`Le Service départemental d'incendie et de secours (Sdis)`: a name alone in brackets right after another
    names the same body, of the same type, whatever the recogniser guessed for the bracketed word (a person); and
    the name runs on to the bracket when its initials spell what the brackets hold (the recogniser stopped at `et`)."""
    typed: list[Span] = []
    defined: dict[str, str] = {}
    for ent in found:
        doc = ent.doc
        before = typed[-1] if typed else None
        if len(ent) == 1 and before is not None and 0 <= ent.start - 1 - before.end <= 3 and ent.end < len(doc) \
                and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" and before.label_ in GROUP_LABELS \
                and all(t.is_lower for t in doc[before.end : ent.start - 1]):
            if ent.start - 1 > before.end and _spelt_initials(doc[before.start : ent.start - 1]) == ent.text.upper():
                typed[-1] = before = Span(doc, before.start, ent.start - 1, label=before.label_)
            if ent.start - 1 == before.end:
                ent = Span(doc, ent.start, ent.end, label=before.label_)
                defined[ent.text] = ent.label_
        typed.append(ent)
    # elsewhere in the article too (`selon le Sdis`): the brackets said what it is
    return [Span(e.doc, e.start, e.end, label=defined[e.text]) if len(e) == 1 and e.text in defined else e
            for e in typed]


_PARTICLE = re.compile(r"[A-Z][’']")


def _particles_set_apart(doc: Doc, found: list[Span]) -> list[Span]:
    """`Michael O' Leary`, `Massimo D' Alema`: a name's particle written apart from what it joins ends one entity
    and the rest of the name makes another, or none; the name runs on through the capitalised words after it."""
    joined, skip_until = [], -1
    for ent in found:
        if ent.start < skip_until:
            continue
        end = ent.end
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and (
                _PARTICLE.fullmatch(doc[end - 1].text) or (
                    doc[end - 1].text in ("'", "’") and end - 2 >= ent.start
                    and _PARTICLE.fullmatch(doc[end - 2].text + doc[end - 1].text) and not doc[end - 2].whitespace_)):
            end += 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and doc[end].ent_iob_ == "I":
                end += 1
        if end > ent.end:
            ent = Span(doc, ent.start, end, label=ent.label_)
            skip_until = end
        joined.append(ent)
    return joined


def _coordinated_with_others(token: Token) -> bool:
    """`L'astronome et ses collègues`: a noun coordinated with one that has its own determiner makes a plural
    subject, several people (not `le président et directeur général`, two offices of one)."""
    return any(c.dep_ == "conj" and any(d.dep_ == "det" for d in c.children) for c in token.children)


def _people_at_the_end(doc: Doc, found: list[Span], role_heads: frozenset[str] = frozenset()) -> list[Span]:
    """`the Council on American-Islamic Relations Alia Salem`, `the Air Force for Acquisition Darleen
    Druyun`: an organisation the recogniser ran into the name of the person who holds a post in it. The
    name is split off when it opens on a first name of the table. An entity opening on a role noun or
    completing one (`ministre de la Culture Najat Benali`, `ministre de l'[Économie Bruno Le Maire]`), or holding
    one before the first name (`Premier ministre Errick Poutine`), is a title, and its holder's name starts at the
    first name."""
    first_names = first_name_table()
    split = []
    for ent in found:
        holder = next((t.i for t in ent[1:-1] if t.text[:1].isupper() and t.is_alpha and fold(t.text) in first_names
                       and doc[t.i + 1].text[:1].isupper()), None) if ent.label_ in GROUP_LABELS else None
        if holder is not None:
            # (the entity's words may hang on different heads: `le président du [Conseil européen Tadeusz
            # Springer]`, `Springer` on the verb; any word of it hung on a role noun before it says it completes one)
            title = ent[0] if ent[0].is_lower else next(
                (t.head for t in ent if t.head.i < ent.start and t.head.lemma_.lower() in role_heads), None)
            if (title is not None and title.lemma_.lower() in role_heads) \
                    or any(t.lower_ in role_heads for t in doc[ent.start : holder]):
                split += [Span(doc, ent.start, holder, label=ent.label_), Span(doc, holder, ent.end, label="PER")]
                continue
        if ent.label_ in GROUP_LABELS and 3 <= len(ent) <= 4 and ent[0].lower_ in role_heads \
                and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in role_heads for t in ent[1:]):
            # `Spokeswoman Sandy Angers`, tagged an organisation (`Angers` is a town; `Sandy` either gender's): a
            # role noun as a title opens the name of its holder
            split.append(Span(doc, ent.start + 1, ent.end, label="PER"))
            continue
        if ent.label_ in GROUP_LABELS and len(ent) >= 4:
            tail = ent[-2:]
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in tail) \
                    and fold(tail[0].text) in first_names and doc[ent.end - 3].pos_ == "PROPN":
                split += [Span(doc, ent.start, ent.end - 2, label=ent.label_),
                          Span(doc, ent.end - 2, ent.end, label="PER")]
                continue
        split.append(ent)
    return split


def _organisations_named_after_places(doc: Doc, found: list[Span], role_heads: frozenset[str]) -> list[Span]:
    """`Environment Canada`, tagged `Canada` alone: a capitalised proper noun compounded onto a place's name makes
    the name of an organisation (the recogniser often knows `Parks Canada` and not `Environment Canada`)."""
    taken = {i for ent in found for i in range(ent.start, ent.end)}
    grown = []
    for ent in found:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ in PLACE_LABELS and before is not None and before.i not in taken and before.pos_ == "PROPN" \
                and before.dep_ == "compound" and ent.start <= before.head.i < ent.end \
                and before.text[:1].isupper() and before.is_alpha and before.lemma_.lower() not in role_heads:
            ent = Span(doc, before.i, ent.end, label="ORG")
        grown.append(ent)
    return grown


def _names_with_their_article(doc: Doc, found: list[Span], text: str) -> list[Span]:
    """`de La France insoumise`, tagged `France` alone: an article written with a capital inside a sentence belongs to
    the name (`La Poste`, `Le Canard enchaîné`), and so does the adjective in lower case that follows it: the name of
    an organisation, not the place. At a sentence's start the capital says nothing, unless the article names it so
    inside a sentence elsewhere."""
    grown = []
    for ent in found:
        # (the recogniser may hold the article or leave it out: `[La France]`, `La [France]`)
        article = ent[0] if ent[0].pos_ == "DET" else doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ not in PERSON_LABELS and article is not None and article.pos_ == "DET" \
                and article.text[:1].isupper() and not article.text.isupper() and after is not None and after.is_lower \
                and after.pos_ == "ADJ" and after.dep_ == "amod" and ent.start <= after.head.i < ent.end:
            phrase = doc[article.i : after.i + 1].text
            if re.search(r"[^.!?«»\"“”\n]\s+" + re.escape(phrase) + r"\b", text) is not None:
                ent = Span(doc, article.i, after.i + 1, label="ORG")
        grown.append(ent)
    return grown


def _organisations_named_by_their_noun(doc: Doc, found: list[Span], organisation_nouns: frozenset[str],
                                       business_nouns: frozenset[str]) -> list[Span]:
    """`l'Institut national de la statistique`, which the recogniser calls a place: a name that opens on a noun of
    organisation (`org_anaphors`: institut, agence, banque, ministère …) capitalised is an organisation's, and
    `l'institut` later can then find it. So is a name right after a noun that only names a business (`l'enseigne
    Valcor`, `the retailer Valcor`: `business_anaphors`): a place is never called so."""
    def named(ent: Span) -> bool:
        before = doc[ent.start - 1] if ent.start > 0 else None
        return (len(ent) > 1 and ent[0].text[:1].isupper() and ent[0].lower_ in organisation_nouns) or (
            before is not None and before.is_lower and before.lower_ in business_nouns)
    return [Span(doc, ent.start, ent.end, label="ORG") if ent.label_ in PLACE_LABELS and named(ent) else ent
            for ent in found]


def _surnames_after_first_names(doc: Doc, found: list[Span], kinds: list[str],
                                role_heads: frozenset[str] = frozenset()) -> list[Span]:
    """`L'opposante Maria Kolesnikova`, tagged `Maria` alone: a name that ends on a first name of the table and
    runs on into capitalised proper nouns no other name holds is a person's, surname included. A place or an
    organisation the recogniser ran into the first name stays apart (`le président des [États-Unis Durwood]
    Philippe`): the person starts at the first name. A title is no surname (`Alberta Premier Danielle Smith`:
    `Alberta`, a place, is a woman's first name too)."""
    first_names = first_name_table()
    starts = {ent.start for ent in found}
    grown = []
    for ent in found:
        end = ent.end
        if fold(ent[-1].text) in first_names:
            while end < len(doc) and end not in starts and doc[end].lower_ not in role_heads and (kinds[end] == "P" or (
                    kinds[end] == "-" and end + 1 < len(doc) and kinds[end + 1] == "P")):
                end += 1
        first = ent.end - 1
        if end == ent.end:
            grown.append(ent)
        elif ent.label_ in GROUP_LABELS and first > ent.start and fold(doc[first - 1].text) not in first_names:
            grown += [Span(doc, ent.start, first, label=ent.label_), Span(doc, first, end, label="PER")]
        else:
            grown.append(Span(doc, ent.start, end, label="PER"))
    return grown


def _first_names_before_surnames(doc: Doc, found: list[Span], role_heads: frozenset[str]) -> list[Span]:
    """`le président du Brésil Durwood Philippe`, tagged `Philippe` alone: a first name of the table, capitalised and
    in no entity, right before a person's name opens it."""
    first_names = first_name_table()
    taken = {i for ent in found for i in range(ent.start, ent.end)}
    grown = []
    for ent in found:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ in PERSON_LABELS and before is not None and before.i not in taken and before.is_alpha \
                and before.is_title and fold(before.text) in first_names and before.lower_ not in role_heads:
            ent = Span(doc, before.i, ent.end, label=ent.label_)
        grown.append(ent)
    return grown


def _first_names_taken_for_nouns(doc: Doc, kinds: list[str]) -> list[str]:
    """`la ministre de l'Éducation Najat Vallaud-Belkacem`, `Najat` tagged a common noun: a first name of the table,
    capitalised inside a sentence and outside every entity, before a proper noun, is marked `F`: it opens a name."""
    first_names = first_name_table()
    for i in [i for i in range(1, len(doc) - 1) if kinds[i] == " " and kinds[i + 1] == "P"]:
        token = doc[i]
        if token.ent_iob_ == "O" and token.is_alpha and token.text[:1].isupper() and not token.is_sent_start \
                and fold(token.text) in first_names:
            kinds[i] = "F"
    return kinds


def _name_parts(doc: Doc, text: str) -> list[str]:
    """Each token as `P` (a capitalised alphabetic proper noun), `-` (a hyphen glued to the word
    before) or ` `, read off the doc's arrays: no spaCy Token is built for the words in between."""
    if not len(doc):
        return []
    starts, lengths, tags, alpha, spaced = doc.to_array([IDX, LENGTH, POS, IS_ALPHA, SPACY]).T.tolist()
    kinds = []
    for i, start in enumerate(starts):
        first = text[start]
        if tags[i] == PROPN and alpha[i] and first.isupper():
            kinds.append("P")
        elif first == "-" and lengths[i] == 1 and i and not spaced[i - 1]:
            kinds.append("-")
        else:
            kinds.append(" ")
    return kinds


def _one_type_per_name(spans: list[Span]) -> list[Span]:
    """A name keeps one type through the article: `Mary Barra` tagged a person twice and an
    organisation once is a person each time, the type the recogniser gives it most often (a
    person on a tie)."""
    votes: dict[str, dict[str, list[str]]] = {}
    folded = [fold(span.text) for span in spans]
    for span, name in zip(spans, folded):
        kind = "person" if span.label_ in PERSON_LABELS else "group" if span.label_ in GROUP_LABELS else None
        if kind:
            votes.setdefault(name, {"person": [], "group": []})[kind].append(span.label_)
    agreed = []
    for span, name in zip(spans, folded):
        vote = votes.get(name)
        if vote and vote["person"] and vote["group"]:
            kind = "person" if len(vote["person"]) >= len(vote["group"]) else "group"
            if span.label_ not in (PERSON_LABELS if kind == "person" else GROUP_LABELS):
                span = Span(span.doc, span.start, span.end, label=max(set(vote[kind]), key=vote[kind].count))
        agreed.append(span)
    return agreed


def _capitalised_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _owned(article: str, head: Token, noun: Span, owner: str, link: str | None = None) -> str:
    """`la mère` + `Hubert Caouissin` -> `la mère d'Hubert Caouissin` (or + `link` as written: `de la CGT`)."""
    words = [t.text for t in noun if any(c.isalpha() for c in t.text) and (t.i == head.i or t.pos_ == "ADJ")]
    # (`ex-employeur`, `belle-mère`: a hyphenated noun is a word)
    if article != "les" and words and words[0][:1].lower() in _VOWELS:
        article = "l'"
    return f"{article}{'' if article.endswith(chr(39)) else ' '}{' '.join(words)} {link or _linked('de', owner)}"


_VOWELS = "aeiouyhéèêâîô"


def _owner_first(owner: str, noun: Span) -> str:
    """`Paul Smith` + `chief lawyer` -> `Paul Smith's chief lawyer`."""
    return f"{owner}'s {noun.text.strip()}"


def _linked(link: str, owner: str) -> str:
    """`de` + `Hubert Caouissin` -> `d'Hubert Caouissin`; `of` + `Ford` -> `of Ford`."""
    return f"d'{owner}" if link == "de" and owner[:1].lower() in _VOWELS else f"{link} {owner}"


def _unmerged(persons: list[Span]) -> dict[int, str]:
    """`Lionel Messi de Neymar` (Messi, team-mate of Neymar) read as one name by the recogniser:
    a full name, then `de`, then someone the article names on their own, is two people."""
    names = {ent.start: _clean_name(ent) for ent in persons}
    alone = {fold(name) for name in names.values()} | {fold(name.split()[0]) for name in names.values()}
    split = {}
    for start, name in names.items():
        words = name.split()
        for k in range(2, len(words) - 1):
            if words[k] in ("de", "du", "d'", "d’") and fold(" ".join(words[k + 1:])) in alone:
                split[start] = " ".join(words[:k])
                break
    return split


def _honorific_gender(ent: Span) -> str | None:
    """`Mme Claire Dubois`, `Mr. Smith`: the title just before the name, or opening it, says the gender."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return _HONORIFIC_GENDERS.get(before) or _HONORIFIC_GENDERS.get(ent[0].text)


def _agreement_gender(ent: Span, lex: Lexicon) -> str | None:
    """`Khalida Toumi est arrivée`, `s'est dite inquiète`: a participle agreeing with a name alone as its
    subject (through `être`) says the person's gender, where no first-name table knows it. Not an adjective
    (`est victime` is a noun's own gender), and only where the written ending agrees with the tagger."""
    endings = lex.data.feminine_endings
    root = ent.root
    if root.dep_ in ("appos", "conj") and root.head.dep_ in ("nsubj", "nsubj:pass") and ent.start > 0 \
            and ent.doc[ent.start - 1].text == "," and root.head.lemma_.lower() in lex.data.role_heads:
        # `Le maire de Vénissieux, Michèle Picard, s'est rendue …`: set off after a role as the subject, the name
        # is who the participle agrees with (French writes women's offices in the masculine)
        root = root.head
    head = root.head
    if not endings or root.dep_ not in ("nsubj", "nsubj:pass") or head.i == root.i \
            or any(child.dep_ == "conj" and child.i not in range(ent.start, ent.end) for child in root.children) \
            or any(child.dep_ in ("nsubj", "nsubj:pass") and child.i != root.i for child in head.children):
        # (`Les concerts de la chanteuse Ana Ruiz ont été perturbés`: a verb the parser gave two subjects agrees
        # with the other one)
        return None
    if not any(child.lemma_ in lex.data.agreeing_auxiliaries and child.dep_ in ("aux:pass", "aux:tense", "cop", "aux")
               for child in head.children):
        return None
    if head.morph.get("VerbForm") != ["Part"] or head.morph.get("Number") != ["Sing"]:
        return None
    gender = head.morph.get("Gender")
    feminine = head.lower_.endswith(endings)
    if gender == ["Fem"] and feminine:
        return "Fem"
    if gender == ["Masc"] and not feminine:
        return "Masc"
    return None


def _familiar_first_names(persons: list[Span], clean: Callable[[Span], str],
                          roles: frozenset[str]) -> dict[str, str]:
    """`Steve called podcasting …` after `Steve Jobs` or `Jobs`: a first name alone, once the one person whose
    full name it opens is named, is that person. Not a name the article uses alone before (`Neymar`, later
    `Neymar Jr`), nor one after a title (`le pape François`): that is the person's own name."""
    known = first_name_table()
    first_at: dict[str, int] = {}  # a word or a full name -> where the article first writes it
    full: dict[str, list[str]] = {}  # first name -> the full names it opens
    titled: set[str] = set()
    for ent in persons:  # in the order of the text
        name = clean(ent)
        words = fold(name).split()
        if len(words) >= 2 and words[0] in known:
            first_at.setdefault(name, ent.start_char)
            if name not in full.setdefault(words[0], []):
                full[words[0]].append(name)
        elif len(words) == 1:
            first_at.setdefault(words[0], ent.start_char)
            if ent.start > 0 and ent.doc[ent.start - 1].lemma_.lower() in roles:
                titled.add(words[0])
    found = {}
    for word, names in full.items():
        if len(names) != 1 or word not in first_at or word in titled:
            continue
        surname = fold(names[0]).split()[-1]  # `Jobs` said …, then `Steve`
        if min(first_at[names[0]], first_at.get(surname, first_at[word])) < first_at[word]:
            found[word] = names[0]
    return found


def _first_name_gender(name: str, lex: Lexicon) -> str | None:
    """The gender the first name nearly always has in the language, for a name of two words or more."""
    words = fold(name).split()
    return lex.first_name_genders.get(words[0]) if len(words) >= 2 else None


def _role_word(token: Token, lex: Lexicon) -> str:
    """A role noun as `role_heads` lists it: its lemma, or its form when the tagger read it as a participle (`X,
    accusé de …`, `a déclaré l'accusé`: the accused, `accusé`, not the verb `accuser`)."""
    lemma = token.lemma_.lower()
    return lemma if lemma in lex.data.role_heads or token.lower_ not in lex.data.role_heads else token.lower_


def _apposed_role(ent: Span, lex: Lexicon) -> tuple[str, str | None, frozenset[str]] | None:
    """A role noun stuck to a name: `le porte-parole … Ned Price`, `Sapin, ministre des …`."""
    roles = lex.data.role_heads
    doc = ent.doc
    # `Sen. Jane Holloway`: the office the title before the name abbreviates (inside the entity or just before it)
    title = next((doc[i].text for i in (ent.start, ent.start - 1)
                  if 0 <= i and doc[i].text in lex.data.honorific_roles), None)
    if title is not None:
        return lex.data.honorific_roles[title], None, frozenset()
    # before: the nearest role noun in the few words before the name, same clause; none when the name is the
    # role's complement (`l'avocat de Paul Martin`, `the lawyer for John Smith`: the client, not the lawyer)
    before = range(ent.start - 1, max(ent.start - ROLE_BEFORE_NAME, -1), -1)
    link = next((i for i in before if doc[i].text not in lex.data.honorifics), None)
    if (link is not None and doc[link].lower_ in lex.data.owner_links) or after_preposition(ent):
        before = range(0)  # (`the top doctors in Toronto and Peel`: whatever the preposition, a complement)
    # `Selon son avocat, Marc Dubois est innocent`: a name past a comma that its own verb follows is the subject of
    # the clause the role's phrase was set before, not set off after the role (`le maire, Yann Dubosc, a …` is)
    subject_after_comma = ent.root.dep_ in ("nsubj", "nsubj:pass") and ent.end < len(doc) \
        and not doc[ent.end].is_punct
    for i in before:
        token = doc[i]
        if token.text in (".", ";", ":", "«", "»", '"') or token.pos_ in ("VERB", "AUX") \
                or token.ent_type_ in PERSON_LABELS or (token.text == "," and subject_after_comma):
            break  # (`le maire, Yann Dubosc, et Chantal Brunel`: a role before another name is that name's)
        if token.lemma_.lower() in roles or token.text.lower() in roles:
            if token.pos_ == "ADJ" and token.head.i < i and (token.head.lemma_.lower() in roles
                                                             or token.head.lower_ in roles):
                continue  # `le procureur général`: an adjective of the office before it, not `le général`
            # with the role's own modifiers: `bank chief Ben Bernanke` is what `the bank chief` names
            first = max(min(token.left_edge.i, i), i - 4)
            while first > max(i - 4, 0) and doc[first - 1].dep_ in _TITLE_MODIFIERS \
                    and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PART"):
                first -= 1  # `Quebec Premier Luc Tremblay`, `Manitoba's Premier`: whose office, parsed onto the name
            return token.lemma_.lower(), _role_gender(token, lex), _words(doc[first : ent.start], lex)
    # after: `Name, [le] role …`, `Name est devenu [le] role …`, `Name became the team's role`
    i = ent.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if _set_in_a_phrase_before_the_subject(ent, doc[i : i + 4]):
            return None
    else:
        i = _past_role_verb(ent, lex)
    if i is not None:
        for j in range(i, min(i + 4, len(doc))):
            token = doc[j]
            if token.lemma_.lower() in roles or token.text.lower() in roles:
                end = j + 1
                while end < len(doc) and end < j + 8 and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX"):
                    end += 1
                if any(t.ent_type_ in PERSON_LABELS for t in doc[j + 1 : end]):
                    return None  # `de Djigui FM, le ministre Amara Somparé`: a role with its own name is that name's
                # with what stands before it (`l'ancien maire`: a former office, not the mayor)
                return _role_word(token, lex), _role_gender(token, lex), _words(doc[i:end], lex)
            owner = token.pos_ in ("NOUN", "PROPN") and j + 1 < len(doc) and doc[j + 1].lower_ in _POSSESSIVE_MARKS
            if token.pos_ not in ("DET", "ADJ") and not owner and token.lower_ not in _POSSESSIVE_MARKS:
                break  # (`the team's coach`: whose role it is goes with it)
    return None


def _may_own_a_text(found: Speaker | None, gender: str | None) -> bool:
    """Someone or an organisation of the possessive's gender, when it says one (`its` is no person's)."""
    return found is not None and found.kind in ("person", "group", "role") \
        and not (gender == "Neut" and found.kind == "person") \
        and not (gender in ("Masc", "Fem") and found.gender not in (None, gender))


def _counterpart_role(ent: Span, lex: Lexicon, roles: list[tuple[int, str, str, frozenset[str]]]
                      ) -> tuple[str, str | None, frozenset[str]] | None:
    """`Le président sénégalais X a reçu son homologue ivoirien Y`, `his French counterpart Y`: a counterpart
    (`counterpart_nouns`) holds the office of the one whose counterpart they are, the person given a role last
    before it in the sentence; told apart by the counterpart's own words (`ivoirien`)."""
    doc, data = ent.doc, lex.data
    owners = data.possessive_articles.keys() | data.possessive_pronouns.keys() | data.possessive_owners.keys()
    noun = next((t for t in doc[max(ent.start - ROLE_BEFORE_NAME, ent.sent.start) : ent.start]
                 if t.lemma_.lower() in data.counterpart_nouns and t.pos_ == "NOUN"
                 and any(c.lower_ in owners and c.i < t.i for c in t.children)), None)
    if noun is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1 : ent.start]):
        return None
    held = [(offset, role) for offset, role, _, _ in roles if ent.sent.start_char <= offset < noun.idx]
    if not held:
        return None
    # (the owner's own role, the first recorded where they were named: the wider ones follow it)
    role = next(role for offset, role in held if offset == held[-1][0])
    return role, None, _words(doc[noun.i : ent.start], lex, without=noun)


def in_the_opening_phrase(words: Span, first: Token) -> bool:
    """`After meeting Paul Martin, the mayor said …`, `In its decision in La Presse v. Quebec, the Supreme Court …`,
    `Interrogé sur Paul Martin, le ministre a déclaré …`: a sentence opening (at `first`) with a preposition or a past
    participle runs to its first comma; words before that comma belong to that phrase, neither the subject nor a name
    the role after the comma is set off from."""
    start = next((t.i for t in words if not t.is_punct), words.end)  # (the parser may hang that comma on them)
    opens = first.pos_ in ("ADP", "SCONJ") or (first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm")
                                               and "Past" in first.morph.get("Tense"))
    return opens and first.i < start and start - first.i <= 40 and not any(
        t.text == "," for t in words.doc[first.i : start])


def _past_role_verb(ent: Span, lex: Lexicon) -> int | None:
    """Where the words after `Name est devenu`, `Name became` start: a verb group right after the name (whose subject
    it then is) that ends on a verb giving a role, with no negation (`n'est pas le président`)."""
    doc = ent.doc
    j = ent.end
    while j < len(doc) and j < ent.end + 4 and (doc[j].pos_ in ("AUX", "VERB") or doc[j].pos_ == "ADV" and j > ent.end):
        j += 1  # the verb group: `est devenu`, `has become`, `est désormais`
    group = doc[ent.end : j]
    last = next((t for t in reversed(group) if t.pos_ != "ADV"), None)
    if last is None or last.lemma_.lower() not in lex.data.role_verbs \
            or any(t.lower_ in lex.data.negations for t in doc[ent.end : j + 1]):
        return None
    return j


def _a_person(span: Span) -> bool:
    """Recognised as a person, or opening on a first name of the table (`Fritz Meyer`, tagged an organisation)."""
    return any(t.ent_type_ in PERSON_LABELS for t in span) or fold(span[0].text) in first_name_table()


def _words(span: Span, lex: Lexicon, without: Token | None = None, adjectives: bool = True) -> frozenset[str]:
    """The words that tell one role from another (`du journal`), `without` the role noun itself, and without
    its adjectives (but those that make another office, `former`) if asked."""
    return frozenset(fold(t.lemma_) for t in span if t != without and _tells_roles_apart(t, lex) and (
        adjectives or t.pos_ != "ADJ" or fold(t.lemma_) in lex.office_words))


def _tells_roles_apart(token: Token, lex: Lexicon) -> bool:
    """No stop word, but any word that makes another office (`Premier`, `former`), which spaCy lists as one; a
    compound name of words and hyphens counts (`le maire de Saint-Laurent-du-Var` is not the mayor of Nice)."""
    words = token.is_alpha or (token.text.replace("-", "").isalpha() and not token.text.startswith("-"))
    return words and (not token.is_stop or fold(token.lemma_) in lex.office_words)


def _role_gender(token: Token, lex: Lexicon) -> str | None:
    """`spokeswoman`, `actress`: English role nouns carry the gender its morphology does not. A French noun with no
    determiner that ends as a feminine does (`Willemien Baert, porte-parole du parquet`, `ministre`, `juge`) is
    both genders' form: the tagger's masculine is a guess."""
    gender = lex.data.role_genders.get(token.lower_) or _gender_of(token)
    if gender == "Masc" and token.lower_.endswith(lex.data.feminine_endings) \
            and token.lower_ not in lex.data.role_genders and not any(c.pos_ == "DET" for c in token.children):
        return None
    if gender is None and _masculine_of_a_pair(token, lex):
        return "Masc"
    return gender


def _masculine_of_a_pair(token: Token, lex: Lexicon) -> bool:
    """`l'élu`, `l'avocat`: an article that shows no gender, on a noun whose feminine the lexicon lists (`l'élue`,
    `l'avocate`), written in the masculine, is a man; not nouns of `masculine_for_both_endings`, whose masculine the
    press still gives women too (`l'auteur`, `l'écrivain`)."""
    form = token.lower_
    if form != token.lemma_.lower() or form.endswith(lex.data.masculine_for_both_endings) \
            or not any(c.pos_ == "DET" and c.text.endswith(("'", "’")) for c in token.children):
        return False
    feminines = [form[: len(form) - len(masculine)] + feminine
                 for masculine, endings in lex.data.feminine_derivations.items() if form.endswith(masculine)
                 for feminine in endings]
    return form in lex.people_nouns and any(f in lex.people_nouns for f in feminines)


def _gender_of(token: Token) -> str | None:
    """The determiner's gender, else the noun's. A determiner that shows none (`l'imam`, `leur porte-parole`)
    leaves the tagger's guess out: only a feminine form of the noun, or a description set beside it (`leur
    porte-parole, la ministre`), says more."""
    determiners = [c for c in token.children if c.pos_ == "DET"]
    elided = [t for t in determiners if t.text.endswith(("'", "’"))]
    shown = [t.morph.get("Gender")[0] for t in determiners if t not in elided and t.morph.get("Gender")]
    gender = token.morph.get("Gender")
    if shown:
        return shown[0]
    if not determiners:
        return gender[0] if gender else None
    if gender == ["Fem"] and token.lower_ != token.lemma_.lower():
        return "Fem"  # `l'avocate`, `l'inspectrice`: the feminine form of a noun the lemma gives in the masculine
    agreeing = [c for c in token.children if c.dep_ == "amod" and c.i < token.i and c.lower_ != c.lemma_.lower()
                and c.morph.get("Gender") == ["Fem"]]
    if agreeing:
        return "Fem"  # `l'ancienne journaliste`: an adjective before the noun in its feminine form
    apposed = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    return _gender_of(apposed) if apposed is not None else None


def _head(span: Span) -> Token | None:
    # an adjective or a participle with its own determiner is a noun: `le quinquagénaire`, `les blessés`, `le
    # prévenu` (which the tagger may call a verb)
    candidates = [t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON", "X")
                  or (t.pos_ in ("ADJ", "VERB") and any(c.dep_ == "det" for c in t.children))]
    if not candidates:
        return None
    roots = [t for t in candidates if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    return (roots or candidates)[0]


def _number(token: Token | None) -> str | None:
    """A noun's number, its article's first: the tagger calls a noun ending in `s` plural (`le Français`)."""
    if token is None:
        return None
    article = next((c for c in token.children if c.dep_ == "det" and c.i < token.i and c.morph.get("Number")), None)
    if article is not None and token.pos_ in ("NOUN", "PROPN"):
        return article.morph.get("Number")[0]
    number = token.morph.get("Number")
    if number:
        return number[0]
    for child in token.children:
        if child.pos_ == "DET" and child.morph.get("Number"):
            return child.morph.get("Number")[0]
    return None


def _ends_with(span: Span, ent: Span) -> bool:
    return ent.end >= span.end - 1


def _covers_head(ent: Span, head: Token | None) -> bool:
    return head is None or ent.start <= head.i < ent.end or head.pos_ == "PROPN"


_INDEFINITE = {"un", "une", "des", "a", "an", "some", "one", "another"}


def _elided(word: str) -> str:
    """`l’armée` -> `armée`: a word without the article elided onto it when the tokenizer kept them whole."""
    return word.replace("’", "'").rsplit("'", 1)[-1]


def _strip_determiners(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _short_phrase(mention: Span, lex: Lexicon, participles: bool = False) -> str | None:
    """A descriptive mention kept as the speaker: `les travailleurs humanitaires`, `un témoin de la scène`;
    with `participles`, a participle the mention itself carries stays (`un document accompagnant le
    décret`, `an Internet posting made a day ago`): it says which of them spoke."""
    head = _head(mention)
    part = _partitive_complement(head, mention, lex)
    if part is not None:
        # `l'un de ses porte-parole`, `one of the residents`: one of the people the complement names, as written (a
        # partitive pronoun with no complement is a pronoun, below: nobody)
        end = part.right_edge.i + 1
        if end - mention.start > 8:
            # `l'un des locataires enveloppé dans une couverture de survie`: past a long clause on the noun, its own
            # words
            end = max([part.i] + [c.right_edge.i for c in part.children
                                  if part.i < c.i and not c.dep_.startswith(("acl", "relcl"))]) + 1
        return mention.doc[mention.start : end].text if end - mention.start <= 8 else None
    if head is None or head.pos_ == "PRON":
        return None
    doc = mention.doc
    relay = next((c for c in head.children if c.i > head.i and c.dep_.startswith("acl")
                  and lex.relay_participle(c)), None)
    if relay is not None and relay.i < mention.end:
        mention = doc[mention.start : relay.i]  # `un témoin cité par Le Parisien`: the medium, not who spoke
    start = head.i
    while start > mention.start and (doc[start - 1].pos_ in ("DET", "ADJ", "NUM") or doc[start - 1].dep_ == "compound"
                                     or (doc[start - 1].dep_ == "amod" and doc[start - 1].head.i == head.i)
                                     or (not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text))):
        start -= 1  # `the state election board`, not `board`; `the Calgary-based airline`, not `airline`
    owner = doc[start - 1] if start > mention.start else None
    if owner is not None and owner.lower_ in _POSSESSIVE_MARKS and owner.head.left_edge.i >= mention.start:
        start = owner.head.left_edge.i  # `The Prime Minister's office`, not `office`
    end = head.i + 1
    stops = lex.data.speaker_stop_words
    # `a spokesman for the ministry`, `an analyst at the bank`: a role says whose it is
    links = lex.data.role_links if head.lemma_.lower() in lex.data.role_heads else frozenset()
    while end < mention.end:
        token = doc[end]
        if token.text in ("-", "‐") and not doc[end - 1].whitespace_ and not token.whitespace_ \
                and end + 1 < mention.end:
            end += 2  # `des marins-pompiers`: a hyphenated compound is one word
            continue
        if participles and token.head.i == head.i and token.dep_.startswith("acl") \
                and "Part" in token.morph.get("VerbForm"):
            if _disagrees(token, head):
                break  # `le communiqué de la famille transmis à l'AFP`: the participle is the text's, not the family's
            last = min(token.right_edge.i + 1, mention.end)
            if not any(t.is_punct or t.pos_ in ("SCONJ", "CCONJ", "PRON") for t in mention.doc[end:last]):
                end = last
            break
        if token.pos_ == "CCONJ" and end + 1 < mention.end and end == head.i + 1 and names_a_role(head, lex) \
                and names_a_role(doc[end + 1], lex) and not any(c.dep_ == "det" for c in doc[end + 1].children) \
                and end + 2 < mention.end and doc[end + 2].pos_ == "ADP":
            end += 2  # `the president and CEO of the association`: one person's two titles, one article, one complement
            continue
        first = next((t for t in doc[head.i + 1 : end] if t.pos_ == "ADP"), None)
        if token.pos_ == "CCONJ" and first is not None and end + 1 < mention.end and doc[end + 1].pos_ == "ADP" \
                and doc[end + 1].lemma_ == first.lemma_ and doc[end + 1].head.head.i == head.i:
            end += 1  # `les maires de Paris et de Lyon`: a second complement of the same noun, not a second speaker
            continue
        if token.is_punct or (token.lower_ in stops and not (token.lower_ in links and end == head.i + 1)
                              and doc[end - 1].lower_ not in lex.data.source_adjectives) \
                or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or _says_when(doc, end, lex) \
                or (token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")):
            break  # (`told the doctor she had seen him`: a subject pronoun opens a clause, no part of the description)
        if end == head.i + 1 and token.lower_ in lex.forms and not any(c.dep_ == "det" for c in token.children):
            break  # `Le dirigeant pointe du doigt …`: a cue's form the tagger took for a noun is the verb, not a name
        if token.pos_ == "ADJ" and end + 1 < mention.end and doc[end + 1].pos_ == "ADP" \
                and doc[end + 1].lower_ not in ("de", "du", "des", "d'") \
                and token.lower_ not in lex.data.source_adjectives:
            break  # `les travailleurs humanitaires présents dans …`: the complement is not the name (but `a source
            # familiar with the talks` is how the source is named)
        end += 1
        if end - start > 8:
            break
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1  # `the premier of the energy-rich province of`, cut by the length: no description ends so
    if participles:
        end = _restrictive_tail(head, start, end, mention, lex)
    if relay is not None:
        end = min(end, relay.i)
    # `le même chauffeur`, `the same official`: the one met before, as it was described then
    phrase = "".join(t.text_with_ws for t in doc[start:end] if t.lower_ not in lex.data.anaphoric_adjectives).strip()
    return phrase or None


def _modifiers_start(noun: Token, floor: int) -> int:
    """Where the adjectives and nouns set right before a noun to qualify it start (`rookie` in `the rookie
    defenceman`), not before token `floor`."""
    first = noun.i
    while first > floor and noun.doc[first - 1].pos_ in ("ADJ", "NOUN") and noun.doc[first - 1].head.i == noun.i:
        first -= 1
    return first


def _disagrees(participle: Token, noun: Token) -> bool:
    """A participle whose gender or number the morphology gives, other than the noun's: it qualifies another noun
    (French participles agree with theirs)."""
    return any(participle.morph.get(feature) and noun.morph.get(feature)
               and participle.morph.get(feature) != noun.morph.get(feature) for feature in ("Gender", "Number"))


def _partitive_complement(head: Token | None, mention: Span, lex: Lexicon) -> Token | None:
    """The noun after a pronoun that picks one of the people it names (`partitive_pronouns`): `l'un de ses
    porte-parole` (the pronoun heads the phrase), `one of the residents` (the tagger calls `one` a number, and the
    noun heads the phrase for us). Also a noun the tagger took for an adjective (`l'une des habitantes`)."""
    if head is None:
        return None
    pronouns = lex.data.partitive_pronouns
    if head.pos_ == "PRON" and head.lemma_.lower() in pronouns:
        return next((c for c in head.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "ADJ")
                     and head.i < c.i < mention.end), None)
    link = head.head
    if head.dep_ == "pobj" and link.dep_ == "prep" and link.head.lower_ in pronouns \
            and mention.start <= link.head.i < link.i and link.head.pos_ in ("NUM", "PRON"):
        return head
    return None


def names_a_role(token: Token, lex: Lexicon) -> bool:
    """A role of the language data, by lemma or as written (the lemmatizer misses some: `porte-parole`), also as a
    former one (`l'ex-président`: `former_prefixes`)."""
    roles, low = lex.data.role_heads, token.lower_
    prefix, _, rest = low.partition("-")
    return token.lemma_.lower() in roles or low in roles or (prefix in lex.data.former_prefixes and rest in roles)


def _says_when(doc: Doc, i: int, lex: Lexicon) -> bool:
    """`présenté au parquet ce mardi`: a noun of time, with its determiner, says when, not whose description."""
    token = doc[i]
    if token.pos_ == "DET" and i + 1 < len(doc):
        token = doc[i + 1]
    word = token.lower_
    return token.pos_ in ("NOUN", "PROPN") and (word in lex.data.time_words or word in lex.data.time_nouns)


DESCRIPTION_WORDS = 8  # longer, a description is cut to its head: annotators name the group, not the clause


def _restrictive_tail(head: Token, start: int, end: int, mention: Span, lex: Lexicon) -> int:
    """`des policiers présents sur les lieux`, `les avocats qui représentent Trump`, `politicians in
    Germany`: what the head's own modifiers add says which of them spoke, when the whole stays short."""
    doc = mention.doc
    last = head.right_edge.i + 1
    if last <= end or last - start > DESCRIPTION_WORDS or head.i < mention.start:
        return end
    if head.lemma_.lower() in lex.data.role_heads and _number(head) != "Plur" and any(
            c.dep_ == "det" and c.lower_ in lex.data.definite_articles for c in head.children):
        return end  # `le maire qui s'exprimait devant la presse`: one office holder, whom the clause only describes
    if last > mention.end and (doc[mention.end].lower_ in lex.data.complementizers
                               or (doc[mention.end].lower_,) in lex.data.according_to):
        return end  # `l'annonce par le gouvernement qu'il …`, `selon laquelle …`: what was said, not who said it
    if last < len(doc) and doc[last].lower_ in lex.data.complementizers:
        return end  # `l'opposition qui déclare | que …`: a relative cut from its `que` clause is the report itself
    if last > mention.end and doc[mention.end].pos_ != "ADP" and not any(
            t.dep_.startswith("acl") or t.dep_ == "relcl" for t in doc[mention.end:last]
            if t.left_edge.i == mention.end and start <= t.head.i < mention.end):
        return end  # past the mention only by what it was cut before (`qui …`, `au …`), never into the quote
    tail = doc[end:last]
    if any(t.is_punct or t.lower_ in lex.data.time_words or (t.dep_ == "conj" and t.head.i == head.i)
           or (t.head.i == head.i and "Inf" in t.morph.get("VerbForm"))
           or (t.head.i == head.i and t.dep_ == "acl" and "Fin" in t.morph.get("VerbForm")
               and not any("Rel" in c.morph.get("PronType") for c in t.children))
           or (t.head.i == head.i and t.dep_.startswith("acl") and _disagrees(t, head)) for t in tail):
        # set off, a date (`la ministre mardi`), a second description (`le consulat et …`), an infinitive the
        # parser hung on the noun (`permettrait selon le ministre d'économiser …`): what was said, not who; a
        # finite verb hung on it with no relative pronoun, the clause's own verb (`Un témoin raconte avoir …`); or a
        # participle that agrees with another noun (`le communiqué de la famille transmis à l'AFP`)
        return end
    if tail[0].pos_ == "ADP" and tail[0].head.head.i == head.i and head.head.i < mention.start \
            and head.head.pos_ in ("VERB", "AUX") and head.dep_ in ("nsubj", "obj", "dobj"):
        # the subject after its verb (`a déclaré la ministre sur France Inter`, which the parser takes for an
        # object): a phrase after it is the verb's, where it was said, not who; an agent keeps its own
        # (`jugée insuffisante par l'opposition au gouvernement`)
        return end
    return last


def name_set_off(mention: Span) -> Span | None:
    """`selon le gouverneur de la province, Güngör Azim Tuna, cité par …`: a role, then a name between
    commas, whatever the recogniser calls it or wherever the parser hangs it (a first name alone only with an age
    after it: `une habitante, Sophie, 42 ans`, `resident Sophie, 42, said`; an organisation's name after its
    article, one word or more, when the recogniser saw a name: `le principal syndicat, la CGT-Cheminots, estime`)."""
    doc, i = mention.doc, mention.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    article = i + 2 < len(doc) and doc[i + 1].pos_ == "DET" and doc[i + 1].is_lower \
        and doc[i + 2].text[:1].isupper() and doc[i + 2].ent_type_ in GROUP_LABELS
    if article:
        i += 1
    j = i + 1
    while j < len(doc) and j - i <= 6 and ((doc[j].text[:1].isupper() and (doc[j].is_alpha or "-" in doc[j].text))
                                           or (j > i + 1 and doc[j].lower_ in _PARTICLES and doc[j].is_alpha
                                               and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())
                                           or (article and j > i + 1 and doc[j].ent_type_ in GROUP_LABELS
                                               and doc[j].is_alpha)):
        j += 1  # `Rubén del Campo`: a particle inside the name (`Union of Public Employees`: a word of the name)
    if j >= len(doc) or doc[j].text not in (",", ".", "(", ";"):
        return None  # the name ends there
    if j - i < 3 and not article and not (j - i == 2 and a_first_name(doc[i + 1]) and doc[j].text == ","
                                          and j + 1 < len(doc) and doc[j + 1].like_num):
        return None  # two words at least, or a first name alone with an age after it (`…, Sophie, 42 ans`)
    if j - i > 5 and not article:
        return None  # (five words at most, as before, for a name without its article)
    return doc[i + 1 : j]


def _trailing_name(mention: Span, roles: frozenset[str]) -> str | None:
    """A name the NER missed at the end of a role: `le chef de l'organisation Ayman al-Zawahiri`."""
    tokens = list(mention)
    end = len(tokens)
    while end and tokens[end - 1].is_punct:
        end -= 1
    start = end
    while start > 0:
        token = tokens[start - 1]
        if token.pos_ == "PROPN" and token.text[:1].isupper() and not (start == 1 and token.lower_ in roles):
            start -= 1  # (`Spokeswoman Sandy Angers`: a role noun opening the mention is its title, capital or not)
        elif (token.text in ("-",) or _glued(token) or token.text.lower() in ("al", "el", "ben", "bin", "de")) \
                and start - 1 > 0 and start < end:
            start -= 1
        else:
            break
    words = [t for t in tokens[start:end] if t.text[:1].isupper()]
    if len(words) < 2 or start == 0 or (tokens[start - 1].pos_ not in ("NOUN", "ADJ", "PUNCT")
                                        and tokens[start - 1].lower_ not in roles):
        return None
    first = tokens[start]
    apposed = first.dep_ == "appos" and first.head.lemma_.lower() in roles  # a role's name, whatever the NER says
    if not apposed and any(t.ent_type_ and t.ent_type_ not in PERSON_LABELS for t in tokens[start:end]):
        return None
    return mention.doc[tokens[start].i : tokens[end - 1].i + 1].text

