"""Find direct, indirect and mixed quotations in a parsed article.

Cues come from the lexicon; what makes a cue a report is the frame around it: a quotation
just before it (`« … », a-t-il dit`), a `que` clause, a colon, a quotation in its object,
or `selon X`. Quotations left over are "floating" quotes of the last speaker when they read
like speech, and names or scare quotes otherwise. Speakers are resolved afterwards, in
reading order, by the article's registry.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Collection, Iterable, Iterator, Mapping

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.parts_of_speech import CCONJ
from spacy.tokens import Doc, Span, Token

from claimcheck.extract.lexicon import Lexicon
from claimcheck.extract.component import quotations
from claimcheck.extract.marks import QuoteIndex, Quoted
from claimcheck.extract.ranking import KEEP, Candidate, CandidateFinder, Ranker, rank, shipped
from claimcheck.extract.speakers import (GROUP_LABELS, PERSON_LABELS, PLACE_LABELS, TIME_LABELS, Registry, an_age_at,
                                         entities, fold, in_the_opening_phrase, name_set_off, joins_a_word,
                                         names_a_role, names_a_text, opens_on_a_first_name)
from claimcheck.model import Claim, Offsets

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj", "csubj"}
RELATIVE_CLAUSES = {"relcl", "acl:relcl", "acl"}  # the French model labels a relative clause `acl`
AUX_DEPS = {"aux", "aux:tense", "aux:pass", "aux:caus"}
PASSIVE_DEPS = {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"}  # the marks of a passive clause
DASHES = ("-", "—", "–")  # a pause between a quotation and what names its speaker
ADJUNCT_DEPS = {"advcl", "prep", "npadvmod", "advmod", "obl", "obl:mod"}  # when, where, why something was said
COMPLEMENT_DEPS = {"obj", "dobj", "obl:arg", "xcomp", "ccomp"}  # what a verb takes: object, clause, infinitive
NOUN_ARGUMENTS = {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj"}  # a noun some verb or noun takes
QUOTE_GAP = " \t\u00a0\u202f«»“”\"'.!?…"  # what may stand between two quotations of one speaker
CLAUSE_PUNCT = {".", "!", "?", ";", "…"}
ADDRESSEE_DEPS = ("obl:arg", "obl", "obl:mod", "iobj")  # whom something was said to or asked of
SENTENCE_ENDS = (".", "!", "?", "…", "»", '"', "”", ")", "]", "'", "’", ":")  # what a sentence may end on
FLOATING_MIN_WORDS = 4
MAX_CLAUSE_TOKENS = 150  # a reported clause longer than this is cut: text without sentence ends
INCISE_WORDS = 6  # how far an unquoted incise (`, a-t-il déclaré,`) may run either side of its cue


@dataclass
class Frame:
    """A quote before its speaker is resolved."""

    type: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: Span | None
    at: int  # where the speaker is designated, for pronoun resolution
    confidence: float
    pattern: str
    floating: bool = False
    holds: int | None = None  # the verb of the clause it reports (offset): `said police had confirmed that …`


# The quote frames a cue verb may stand in, in the order they are tried: the first that reads the cue
# gives its quote. Each is `QuoteFinder._frame_<name>`; the claim's `reasons` name the pattern it matched.
FRAMES = ("unnamed_charge", "agent", "as_said", "pseudo_cleft", "quote_then_cue", "unquoted_incise", "que", "question",
          "colon", "announcing_clitic", "naming", "quoted_object", "inverted", "bare_clause", "object")
QUOTATION_FRAMES = ("quote_then_cue", "quoted_object")
NO_FRAME = object()  # a frame reads the cue and finds nothing it reports: the table stops


def _gerund_noun(token: Token) -> bool:
    """`has estimated a 30% fuel saving`: a gerund the tagger calls a verb, used as a noun after its determiner."""
    return token.tag_ == "VBG" and token.left_edge.i < token.i and token.doc[token.left_edge.i].pos_ == "DET"


def _capitalised_inside(token: Token) -> bool:
    return token.text[:1].isupper() and not token.is_sent_start and not token.nbor(-1).is_punct


@dataclass
class CueReading:
    """One cue verb as every frame reads it: what stands around it, worked out once when first asked for."""

    finder: "QuoteFinder"
    verb: Token
    lemma: str

    @cached_property
    def cue(self) -> tuple[int, int]:
        return self.finder._cue_span(self.verb, self.lemma)

    @cached_property
    def first_token(self) -> Token:
        """The cue's first word (`a` of `a déclaré`)."""
        span = self.finder.doc.char_span(self.cue[0], self.cue[1], alignment_mode="expand")
        return span[0] if span is not None and len(span) else self.verb

    @cached_property
    def after(self) -> int | None:
        """The first token after the cue and its adverbs."""
        return self.finder._after_cue(self.verb, self.lemma)

    @cached_property
    def next(self) -> Token | None:
        doc = self.finder.doc
        return doc[self.after] if self.after is not None and self.after < len(doc) else None

    @cached_property
    def opens_clause(self) -> bool:
        """`que`, `that` or a colon after the cue."""
        return self.next is not None and (self.finder._complementizer(self.next) or self.next.text == ":")

    @cached_property
    def quote_before(self) -> tuple[Quoted | None, Span | None]:
        """The quotation just before the cue, and the subject when it stands between them (`"…," he said`)."""
        finder, verb = self.finder, self.verb
        before_quote = finder._quote_just_before(self.first_token)
        if before_quote is not None:
            return before_quote, None
        governor = finder._verb_governing_the_infinitive(verb)
        if governor is not None:
            # `« … », a tenu à préciser le ministre`, `vient de déclarer X`: the cue is the infinitive of a verb set
            # right after the quotation, whose subject is inverted after them both
            before_quote = finder._quote_just_before(governor)
            if before_quote is not None:
                return before_quote, None
        clitic = finder.doc[self.first_token.i - 1] if self.first_token.i > 0 else None
        if clitic is not None and finder._clitic_before_inversion(clitic, verb):
            # `« … », nous a-t-il confié`: whom it was said to, between the quotation and the cue
            before_quote = finder._quote_just_before(clitic)
            if before_quote is not None:
                return before_quote, finder._inverted_subject(verb, self.after)
        subject = _preceding_subject(verb)
        if subject is None:
            subject = finder._apposed_to_the_quotation(verb)
        if subject is not None and finder.index.inside(subject.idx):
            # `"… arrested the man," a news release from police stated`: the parser made a noun of the quotation the
            # subject and hung the phrase after the closing mark on it as an apposition; that phrase is the subject
            subject = next((c for c in subject.children if c.dep_ == "appos" and c.i < verb.i
                            and not finder.index.inside(c.idx)), None)
        controller = finder._object_as_subject(verb) if subject is None else None
        if controller is not None:
            # `"…," the paper quoted her as saying`: the quotation stands before the governing verb's subject, and
            # whom it quotes said it
            governor = verb.head.head
            subject = _preceding_subject(governor)
            if subject is None or subject.left_edge.i <= 0:
                return None, None
            first = subject.left_edge
            while first.i < subject.i and first.is_punct:
                first = first.nbor()
            return finder._quote_just_before(first), controller
        if subject is None or subject.left_edge.i <= 0:
            return None, None
        if subject.lower_ in finder.lex.data.relative_pronouns:
            return None, None  # `a salué « un compromis » qui garantira …`: a relative clause on the quotation's noun
        first = subject.left_edge
        while first.i < subject.i and first.is_punct:
            first = first.nbor()  # `"…," Smith, 45, said`: the parser hangs the closing mark on the subject
        cut = first
        while first.i > 1 and joins_a_word(first.nbor(-1)):
            first = first.doc[first.i - 2].left_edge  # `the co-chiefs said`: one word the tokenizer cut in three
        before_quote = finder._quote_just_before(first)
        if before_quote is None:
            return None, None
        if finder._clitic_before_inversion(subject, verb):
            return before_quote, finder._inverted_subject(verb, self.after)
        between = finder._mention_from(subject, verb)
        if first.i < cut.i and between.start == cut.i:
            between = finder.doc[first.i : between.end]
        after_subject = subject.right_edge.i + 1
        if after_subject < verb.i and finder.doc[after_subject].text == ",":
            # `"…", une commune de 150 habitants, a détaillé le procureur X`: a phrase set off by commas says what
            # the quotation spoke of; the subject inverted after the cue is who spoke
            # (and `« … » cette décision, se défend le groupe`: a thing the quotation ran into; who defends it
            # follows the cue)
            inverted = finder._inverted_subject(verb, self.after)
            told = inverted is not None and finder.lex.data.objects_never_speak and any(
                c.dep_ in ("obj", "dobj") and inverted.start <= c.i < inverted.end for c in verb.children)
            # (not whom it was told to, in a language whose objects never speak: `"…," a neighbour, Tom Reed, told
            # CBC News`)
            if inverted is not None and not told and (any(t.pos_ == "PROPN" or t.ent_type_ for t in inverted)
                                                      or not finder._designates(between)):
                return before_quote, inverted
        return before_quote, between

    @cached_property
    def mention(self) -> Span | None:
        """Who the cue is said by: the voice (`par la voix de`), where an unnamed `on` heard it, its subject, or an
        inverted subject."""
        finder, verb = self.finder, self.verb
        return finder._through_voice(verb) or finder._heard_from(verb) or finder._subject(verb) \
            or finder._inverted_subject(verb, self.after)

    @property
    def at(self) -> int:
        return self.mention.start_char if self.mention is not None else self.verb.idx

    @cached_property
    def limit(self) -> int | None:
        """Where the cue's own clause gives way to another: the clause that governs it, when it stands in a
        clause set before it; the comma closing a relative clause it stands in."""
        ends = [e for e in (self.finder._governing_clause(self.verb), self.finder._relative_close(self.verb))
                if e is not None]
        return min(ends, default=None)

    @cached_property
    def bare_clause(self) -> int | None:
        """Where a clause without `that` starts after the cue, in a language that has them."""
        if not self.finder.lex.data.bare_complement:
            return None
        start = self.finder._bare_complement(self.verb, self.after)
        lex, doc = self.finder.lex, self.finder.doc
        end = self.finder._phrase_end(self.verb, self.lemma) \
            if self.lemma in lex.phrases and self.lemma not in lex.cues else None
        if start is not None and end is not None and start < end:
            # `made it clear he would not resign`: the parser made the phrase's own words a clause; the one reported
            # opens on its subject past them, or there is none (`made her position clear`)
            opens = end < len(doc) and doc[end].dep_ in SUBJECT_DEPS and doc[end].left_edge.i == end \
                and doc[end].head.i > end
            return end if opens else None
        return start


# what a verb's clause holds besides its subject that a relative clause on a noun leaves to the noun
_CLAUSE_COMPLEMENTS = frozenset({"obj", "dobj", "acomp", "attr", "ccomp", "xcomp", "oprd", "auxpass", "aux:pass"})


def _infinitive_auxiliary(verb: Token) -> bool:
    """A compound infinitive: the verb's auxiliary or copula is the infinitive (`avoir rédigé`, `être venu`)."""
    return any("Inf" in c.morph.get("VerbForm") for c in verb.children if c.dep_ in AUX_DEPS or c.dep_ == "cop")


# dependencies that join a clause of its own, or a word set beside another, rather than a complement
_LOOSE_LINKS = frozenset({"advcl", "acl", "acl:relcl", "relcl", "conj", "appos", "parataxis", "dep", "punct", "cc"})


class QuoteFinder:
    def __init__(self, doc: Doc, lex: Lexicon, known: Mapping[str, str] | None = None, ranker: Ranker | None = None):
        self.doc = doc
        self.known = known or {}
        self.ranker = ranker or shipped(lex.lang)
        self.ranked: list[list[Candidate]] = []  # each quote's candidates, best first, in claim order
        self.text = doc.text
        self.lex = lex
        self.quoted = quotations(doc)
        self.index = QuoteIndex(self.quoted)
        self.complementizers = lex.data.complementizers
        self.negations = lex.data.negations
        self.skippable = lex.data.time_words
        self.pronouns = lex.data.subject_pronouns
        self.relatives = lex.data.relative_pronouns | lex.data.relative_words  # `qui`, `dont`, `who`: a relative clause
        self.speakers_not_texts = lex.people_nouns - lex.data.document_nouns  # (`cette déclaration`: a text)
        # sentence and entity of each token, computed once: spaCy's `token.sent` walks the sentence
        self.sents = sentences(doc)
        self.sent_of = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            # (the line breaks after a sentence, no part of it, go with it)
            for i in range(sent.start, self.sents[n + 1].start if n + 1 < len(self.sents) else len(doc)):
                self.sent_of[i] = n
        self._roots: dict[int, Token] = {}
        self._stops: list[int] | None = None
        self._inverted: dict[int, str] | None = None
        self._positions_found: list[int] | None = None
        self._lemma_ids: list[int] | None = None
        self._cues: dict[int, str | None] = {}
        self._according: dict[int, tuple[str, ...] | None] = {}
        self.ents = entities(doc, lex.data.document_nouns, self.text, lex.data.role_heads, lex.data.org_anaphors,
                             lex.data.legal_forms, lex.data.epithet_heads, lex.data.media_anaphors, lex.data.age_nouns,
                             lex.data.business_anaphors)
        strings = doc.vocab.strings
        self.lowered = [strings[word] for word in doc.to_array(LOWER).tolist()]  # no Token built per word
        self.ent_of = [-1] * len(doc)
        for n, ent in enumerate(self.ents):
            for i in range(ent.start, ent.end):
                self.ent_of[i] = n

    def sent(self, token: Token | int) -> Span:
        return self.sents[self.sent_of[token if isinstance(token, int) else token.i]]

    def root(self, token: Token) -> Token:
        n = self.sent_of[token.i]
        if n not in self._roots:
            self._roots[n] = self.sents[n].root
        return self._roots[n]

    # --- entry point ------------------------------------------------------------------

    def find(self) -> list[Claim]:
        frames: list[Frame] = []
        for i in self._cue_positions():
            token = self.doc[i]
            lemma = self._cue(token)
            if lemma is None:
                continue
            quoted_cue = self._quoted_cue(token)
            if self.index.inside(token.idx) and quoted_cue is None:
                frames.extend(self._incise(token))
                continue
            frame = self._frame(token, lemma)
            if frame is not None and quoted_cue is not None:
                frame = self._past_quoted_cue(frame, quoted_cue, lemma)
            if frame is not None:
                frames.append(frame)
        frames.extend(self._resumed_after_incise(frames))
        frames.extend(self._according_to())
        frames.extend(self._manner_clefts())
        frames.extend(self._content_clefts())
        frames.extend(self._verdict_clefts())
        frames.extend(self._named_after_quotation())
        frames.extend(self._holder_relatives())
        frames.extend(self._speech_noun_clauses())
        frames.extend(self._speech_act_objects())
        frames = self._coordinated(frames)
        frames = [part for frame in _dedupe(frames, self._reporting_reports(frames)) for part in self._juxtaposed(frame)
                  if self.text[part.start : part.end].strip()]  # (`a-t-il dit « »`: empty marks say nothing)
        frames.extend(self._explained_after_colon(frames))
        frames.extend(self._quoted_complements(frames))
        frames.extend(part for frame in self._quoted_objects(frames) for part in self._juxtaposed(frame))
        frames.extend(self._floating(frames))
        frames.sort(key=lambda f: (f.start, f.end))
        return self._resolve(frames)

    def _resumed_after_incise(self, frames: list[Frame]) -> list[Frame]:
        """`The company is preparing to ship a new car, he said, and is making progress toward …`: the cue interrupts
        the clause it reports, which goes on after the cue's closing comma with a verb sharing the clause's subject
        (no subject of its own, hung on the clause before the cue, no cue itself): a second quote of the same speaker,
        as the guidelines count a quote an incise interrupts."""
        found = []
        for frame in frames:
            if frame.pattern != "clause-then-cue" or frame.cue is None or frame.type == "direct":
                continue
            verb = self._token_at(frame.cue[0])
            if verb is None:
                continue
            sent = self.sent(verb)
            after = [t for t in self.doc[verb.i + 1 : sent.end] if not t.is_space]
            pause = next((n for n, t in enumerate(after) if t.text == ","), None)
            if pause is None or pause + 2 >= len(after) or after[pause + 1].pos_ != "CCONJ":
                continue
            resumed = next((t for t in after[pause + 2 :] if t.pos_ == "VERB" or (
                t.pos_ == "AUX" and t.dep_ not in AUX_DEPS)), None)
            if resumed is None or any(c.dep_ in SUBJECT_DEPS for c in resumed.children) \
                    or self._cue(resumed) is not None or not frame.start <= resumed.head.idx < frame.end \
                    or self.index.inside(resumed.idx):
                continue
            if not any(c.dep_ in AUX_DEPS and c.i < resumed.i for c in resumed.children) \
                    and _finite_tense(resumed) == _finite_tense(verb):
                continue  # `…, she said, and left the room`: told as the cue is, the speaker's own next act
            first = after[pause + 2]
            content = self._trim(first.idx, self._clause_end(first.i))
            if content is not None:
                found.append(Frame(self._kind(*content), *content, frame.cue, frame.mention, frame.at, 0.6,
                                   "clause-then-cue"))
        return found

    def _quoted_cue(self, token: Token) -> Quoted | None:
        """`Le président a « reconnu » la responsabilité de la France`: marks around the cue alone quote the speaker's
        verb, not a statement; the cue reports from where it stands, as if unmarked. The marks, if so."""
        quote = self.index.at(token.idx)
        return quote if quote is not None and self.text[quote.inner_start : quote.inner_end].strip() == token.text \
            else None

    def _past_quoted_cue(self, frame: Frame, marks: Quoted, lemma: str) -> Frame | None:
        """What is said opens past the marks around the cue and the `que` that may follow them. Only a cue that
        reports its object, or one a `que` follows, reports so (`le gouvernement « ajoutera » de nouvelles
        mesures`: a verb of the cue lexicon in another sense, its object no words of anyone's)."""
        if not frame.start < marks.end <= frame.end:
            return frame
        start = marks.end
        while start < frame.end and (self.text[start].isspace() or self.text[start] in ",;"):
            start += 1
        word = self._token_at(start)
        opens_clause = word is not None and self._complementizer(word)
        if not opens_clause and lemma not in self.lex.data.object_cues:
            return None
        if opens_clause and word.i + 1 < len(self.doc) and self.doc[word.i + 1].idx < frame.end:
            start = self.doc[word.i + 1].idx
        return replace(frame, start=start, type=self._kind(start, frame.end) if frame.type != "direct" else "direct")

    def _reporting_reports(self, frames: list[Frame]) -> frozenset[int]:
        """Frames whose reported clause governs a noun of speech that is another frame's cue (`Police said officers
        were called after receiving reports that …`): the outer speaker's words hold the inner report, as when the
        clause's own verb is the cue (`_reports_a_report`). A verb further in may be a report of its own, hung
        there by the parser (`said he was "shocked", releasing a statement saying "…"`)."""
        cues = [(f.cue[0], f) for f in frames if f.cue]
        found = set()
        for frame in frames:
            verb = self._token_at(frame.holds) if frame.holds is not None else None
            if verb is None:
                continue
            for start, other in cues:
                if other is frame or not frame.start <= start < frame.end:
                    continue
                cue = self._token_at(start)
                if cue is not None and cue.pos_ == "NOUN" and verb in cue.ancestors:
                    found.add(id(frame))
                    break
        return frozenset(found)

    def _explained_after_colon(self, frames: list[Frame]) -> list[Frame]:
        """`demande l'arrêt du mouvement : nous avons six morts …`, `a réaffirmé la position du gouvernement : la
        réforme est « nécessaire »`: a clause after the colon that closes a reported noun phrase is what the speaker
        went on to say, a second quote (a quotation there is found as one, with its own frame)."""
        found = []
        for frame in (f for f in frames if f.pattern == "object"):
            said = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
            if not said or said[0].pos_ not in ("DET", "NOUN") or self._finite_verb_in(said):
                continue  # a noun phrase announces what follows the colon; a clause of its own is said in full
            content = self._clause_after_colon(frame.end)
            if content is None or any(f.start < content[1] and content[0] < f.end for f in frames):
                continue
            kind = self._kind(*content)
            found.append(Frame(kind, *content, frame.cue, frame.mention, frame.at, frame.confidence, "colon-explained"))
        return found

    def _clause_after_colon(self, end: int) -> tuple[int, int] | None:
        """The clause after a colon right at `end` (not a quotation, which is a quote of its own, nor a list
        without a verb, which is what the noun before it announced)."""
        colon = self.doc.char_span(end, len(self.text), alignment_mode="expand")
        if colon is None or len(colon) < 3 or colon[0].text != ":" or self._opens_quotation(colon[1].idx):
            return None
        stop = self._clause_end(colon[1].i)
        words = self.doc.char_span(colon[1].idx, stop, alignment_mode="contract")
        if words is None or not self._finite_verb_in(t for t in words if not self.index.inside(t.idx)):
            return None
        return self._trim(colon[1].idx, stop)

    def _juxtaposed(self, frame: Frame) -> list[Frame]:
        """`évoque un « drame », « nous devons agir »`, `: « Nous ne lâcherons rien », « nous irons … »`:
        quotations set side by side with only a comma between them, the last closing the quote, were said one
        after the other: each one that is a clause of its own (a finite verb) starts a quote of its own. A list
        of words in marks stays one quote (`un maire « distant », « hautain »`)."""
        quoted = self.index.between(frame.start, frame.end)
        if len(quoted) < 2 or frame.end < quoted[-1].inner_end:
            return [frame]
        end = frame.end
        if end > quoted[-1].end:
            if self.text[quoted[-1].end : end].lstrip()[:1] != ",":
                return [frame]
            end = quoted[-1].end  # `ont chanté « … », « … », avant l'arrivée du président`: an adjunct after the list
        cuts = []
        for first, second in zip(quoted, quoted[1:]):
            words = self.doc.char_span(second.inner_start, second.inner_end, alignment_mode="expand")
            comma = self.text[first.end : second.start].strip() == ","
            if not (comma or self._listing(first.end, second.start)) or words is None or not any(
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and (comma or any(
                        c.dep_ in SUBJECT_DEPS and c.i >= words.start for c in t.children)) for t in words):
                # (after a conjunction, a clause with its subject: `et « le félicite »` goes on with the subject)
                cuts = []  # only a run of juxtaposed quotations closing the quote is cut
                continue
            cuts.append((first, second))
        if not cuts:
            return [frame]
        pieces, start = [], frame.start
        for first, second in cuts:
            pieces.append((start, first.end))
            start = second.start
        pieces.append((start, end if cuts[-1][1] is quoted[-1] else frame.end))
        parts = []
        for start, end in pieces:
            whole = self.index.at(start)
            if whole is not None and start <= whole.inner_start and end >= whole.inner_end:
                parts.append(replace(frame, type="direct", start=whole.inner_start, end=whole.inner_end))
            else:
                parts.append(replace(frame, type="mixed" if frame.type == "direct" else frame.type, start=start,
                                     end=end))
        return parts

    def _listing(self, start: int, end: int) -> bool:
        """A comma and a conjunction between two quotations (`« … », ou encore « … »`): the last of a list of
        sayings (not `« … » et « … »`, which may go on with one clause: `de dire « la vérité » et « le félicite »`)."""
        between = self.doc.char_span(start, end, alignment_mode="contract")
        return between is not None and len(between) > 1 and between[0].text == "," and all(
            t.pos_ == "CCONJ" or (t.pos_ == "ADV" and t.nbor(-1).pos_ == "CCONJ") for t in between[1:])

    # --- cues -------------------------------------------------------------------------

    def _cue_positions(self) -> list[int]:
        """The tokens whose lemma or form is in the cue lexicon, read off the lemma array and the lower-cased
        words: most tokens of an article are no cue, and building each one as a spaCy Token cost a tenth of
        the extraction."""
        if self._positions_found is not None:
            return self._positions_found
        lex = self.lex
        said = lex.cues | frozenset(lex.phrases) | lex.data.document_cues | lex.data.litotes_cues | lex.data.reading_cues \
            | frozenset(lex.data.clitic_cues)
        positions = self._lemmas_at(said)
        words = set(self.lowered)  # (each word looked up once)
        by_form = {word for word in words if lex.forms.get(word) in said}
        unaccented = {word for word in words if any(  # (`Evoquant`, an unaccented capital)
            lex.forms.get(form) in said for form in lex.accented_forms(word))}
        positions += [i for i, word in enumerate(self.lowered) if word in by_form]
        positions += [i for i, word in enumerate(self.lowered) if word in unaccented and self.doc[i].text[:1].isupper()]
        selves = [i for i, word in enumerate(self.lowered) if word in lex.data.reflexive_pronouns]
        self._positions_found = sorted(set(positions) | set(self._inverted_incises())
                                       | {verb.i for verb in (self.doc[i].head for i in selves)
                                          if self._self_naming(verb) is not None})
        return self._positions_found

    def _inverted_incises(self) -> dict[int, str]:
        """`« … », sourit-il`, `« … », a-t-elle concédé`: a verb whose subject pronoun follows it, right after
        a quotation and a comma (or set between commas inside one), is the quotation's cue whatever the verb:
        French inverts the subject only in such an incise. Verb index -> lemma."""
        if self._inverted is None:
            self._inverted = {}
            doc, lowered = self.doc, self.lowered
            euphonic = self.lex.data.euphonic_t | self.lex.data.euphonic_t_typos
            for j, word in enumerate(lowered):
                if not (self._inverted_pronoun(word) or self._after_a_misspelt_t(j)):
                    continue
                first = j - 2 if j >= 2 and lowered[j - 1] in euphonic else j - 1
                if first >= 1 and lowered[first] == "-" and lowered[j - 1] in self.lex.data.euphonic_t_typos:
                    first -= 1  # `déclare-t'il`: the hyphen before the misspelt `t'` is a token of its own
                if first < 2 or doc[first - 1].text != ",":
                    continue
                before = doc[first - 2]
                after_quote = self._closing_mark(before)
                if not (after_quote or self.index.inside(doc[first].idx)):
                    continue
                verb = doc[first]
                if verb.pos_ == "AUX" or verb.lemma_.lower() in self.lex.data.perfect_auxiliaries:
                    # `a-t-elle concédé`: the participle after the pronoun is the verb (`a-t-il martelé`, `a-t-elle
                    # d'abord rectifié`: also one the tagger took for a noun or an adjective, known by its form)
                    verb = next((t for t in doc[j + 1 : min(j + 4, len(doc))] if "Part" in t.morph.get("VerbForm")
                                 or (t.pos_ in ("NOUN", "ADJ") and self.lex.cue_lemma(t.lemma_, t.text))), None)
                    if verb is None:
                        continue
                    if verb.pos_ in ("NOUN", "ADJ") and "Part" not in verb.morph.get("VerbForm"):
                        lemma = self.lex.cue_lemma(verb.lemma_, verb.text)  # (known by its form)
                        if lemma is not None:
                            self._inverted[verb.i] = lemma
                        continue
                if verb.pos_ in ("VERB", "AUX"):
                    self._inverted[verb.i] = verb.lemma_.lower()
                elif verb.is_alpha and verb.is_lower:
                    # `« … », raconte-t-elle`, the verb tagged an adjective: only a verb takes an inverted subject
                    self._inverted[verb.i] = self.lex.cue_lemma(verb.lemma_, verb.text) or verb.lower_
            self._inverted.update(self._inverted_after_quotes())
            self._inverted.update(self._named_incises_inside_quotes())
        return self._inverted

    def _named_incises_inside_quotes(self) -> dict[int, str]:
        """`« Imaginez …, illustre Anthony Chauveau, porte-parole du syndicat. En termes … »`: inside a quotation, a
        conjugated verb after a comma with a person's name right after it (its subject, inverted) is an incise
        whatever the verb, as after a quotation. Verb index -> lemma."""
        found = {}
        doc = self.doc
        for quote in self.quoted:
            inner = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="contract")
            if inner is None:
                continue
            for comma in inner[1:-2]:
                if comma.text != ",":
                    continue
                verb = self._incise_verb(doc[comma.i + 1])
                if verb is None or verb.i + 1 >= inner.end:
                    continue
                if not self._finite_verb_in(doc[max(inner.start, self.sent(comma).start) : comma.i]):
                    continue  # `« En 2019, arrive Paul Martin, qui … »`: no clause said before it, so no incise
                named = self.ent_of[verb.i + 1]
                if named >= 0 and self.ents[named].label_ in PERSON_LABELS and self.ents[named].end < inner.end \
                        and doc[self.ents[named].end].is_punct:
                    found[verb.i] = verb.lemma_.lower()
        return found

    def _inverted_after_quotes(self) -> dict[int, str]:
        """`« … », soupire le ministre`, `« … », s'est insurgée la maire`, `"…," beamed the coach`, `"…," she
        beamed.`: a conjugated verb right after a quotation and its comma, with its subject set after it
        (the incise's own order) or standing alone between them and the end of the clause, is the
        quotation's cue whatever the verb: no lexicon lists every verb of manner. A bare participle there
        is an apposition (`« Le Monde », dirigé par …`), not an incise."""
        found = {}
        doc = self.doc
        for quote in self.quoted:
            after = self._token_at(quote.end)
            comma = True
            if after is not None and after.text == ",":
                after = doc[after.i + 1] if after.i + 1 < len(doc) else None
            elif self.text[quote.start:quote.inner_end].rstrip()[-1:] != ",":
                # English sets the comma inside the marks (`"…," he said`); with none at all, only a verb then its
                # subject, the incise's own order, is one (`« … » s'est attristée sa sœur`)
                comma = False
            if after is None or after.i + 1 >= len(doc) or not self._said_alone(quote):
                continue
            verb = self._incise_verb(after)
            if verb is not None and (comma or verb.i <= after.i + 2):
                found[verb.i] = verb.lemma_.lower()
            elif comma and (lemma := self._cue_mistagged(after)) is not None:
                found[after.i] = lemma
        return found

    def _clitic_before_inversion(self, pronoun: Token, verb: Token) -> bool:
        """`« … », nous a confié le maire`: a pronoun of the object clitics right before a verb in the third
        person (or before its auxiliary) with a noun phrase or an inverted pronoun after it is whom it was said to; the parser takes it for
        the subject, which the incise inverts. `« … », nous disons` keeps its subject (the person agrees)."""
        if pronoun.lower_ not in self.lex.data.object_clitics or pronoun.i + 1 >= len(self.doc):
            return False
        finite = self.doc[pronoun.i + 1]
        if finite.i != verb.i and not (finite.head.i == verb.i and finite.dep_ in AUX_DEPS):
            return False
        later = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return "3" in finite.morph.get("Person") and (
            later is not None and later.pos_ in ("DET", "PROPN", "NOUN")
            or any(self._inverted_clitic(t) for t in self.doc[finite.i + 1 : verb.i]))  # `nous a-t-il dit`

    def _cue_mistagged(self, word: Token) -> str | None:
        """`« … », soupire Martine Roux`: a cue's conjugated form the tagger read as a noun (`soupir`) or an adjective
        (`« … », complète Renard`), in the incise's place, with a name or a determiner after it (the inverted
        subject) is that cue."""
        if word.pos_ not in ("NOUN", "ADJ") or not word.is_lower or word.i + 1 >= len(self.doc) \
                or self.doc[word.i + 1].pos_ not in ("DET", "PROPN"):
            return None
        lemma = self.lex.forms.get(word.lower_)
        return lemma if lemma in self.lex.cues else None

    def _incise_verb(self, first: Token) -> Token | None:
        """The verb of an incise that starts at `first`, verb then subject or subject then verb alone."""
        doc = self.doc
        verb, clitic = first, None
        if verb.pos_ == "PRON" and verb.is_lower and verb.i < verb.head.i <= verb.i + 2 \
                and (verb.dep_ not in SUBJECT_DEPS or verb.lower_ in self.lex.data.object_clitics):
            clitic, verb = verb, doc[verb.i + 1]  # `s'insurge`, `s'est insurgée`, `nous a confié`: a clitic first
        compound = verb.pos_ == "AUX" and verb.i + 1 < len(doc) and "Part" in doc[verb.i + 1].morph.get("VerbForm")
        if compound:
            verb = doc[verb.i + 1]  # `a nuancé`
        if verb.pos_ == "VERB" and verb.is_lower and verb.i + 1 < len(doc) \
                and (compound or "Fin" in verb.morph.get("VerbForm")):
            # the inverted subject, or a noun phrase after the verb the parser left unlabelled (`dep`)
            # (the clitic is whom it was said to, though the parser may take `nous` for the subject)
            subject = next((c for c in verb.children if c != clitic and (c.dep_ in SUBJECT_DEPS
                            or (c.dep_ == "dep" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")))), None)
            if subject is None and verb.dep_ == "conj":
                subject = self._speaker_taken_for_object(verb)
            if subject is None and self._object_of_a_deed(verb):
                return None  # `une agression, « a priori avec un objet … », a causé la mort d'un octogénaire`
            later = next((t for t in doc[verb.i + 1 : verb.i + 3] if t.lower_ not in self.skippable), doc[verb.i + 1])
            # (`, a indiqué dimanche son président`: a day before the subject)
            if (later.pos_ in ("DET", "PROPN") or (later.pos_ == "NOUN" and not later.is_lower)) \
                    and ((subject.i > verb.i) if subject is not None else verb.dep_ != "conj"):
                return verb  # not `Il a lu « Le Monde », a pris un café`: a second verb of the writer's clause
            return None
        # `"…," the coach beamed.`, `"…," a statement from the union reads.`: a short subject (a complement or a
        # possessive of its own allowed), its verb, and the clause ends
        for verb in doc[first.i + 1 : min(first.i + 13, len(doc) - 1)]:
            if verb.pos_ == "VERB":
                break
            if verb.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "ADP", "PART", "NUM"):
                return None
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.left_edge.i != first.i or subject.right_edge.i != verb.i - 1 \
                or "Fin" not in verb.morph.get("VerbForm") or doc[verb.i + 1].text not in (".", ",", "!", "?", ";"):
            return None
        return verb

    def _speaker_taken_for_object(self, verb: Token) -> Token | None:
        """`« … », prévoient les estimations de la Banque de France`: the parser hung the verb on the quotation's
        own and took its inverted subject for an object. A noun phrase right after the verb, agreeing with it in
        number, that names someone who can speak (a role, a body, a text) is that subject; `a pris un café` keeps
        its object."""
        finite = next((c for c in verb.children if c.dep_ in AUX_DEPS and "Fin" in c.morph.get("VerbForm")), verb)
        noun = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != verb.i + 1 \
                or set(noun.morph.get("Number")) != set(finite.morph.get("Number")):
            return None
        return noun if self._speaker_noun(noun) else None

    def _speaker_noun(self, noun: Token) -> bool:
        """A noun that names someone who can speak: a role, a body, a text, a source (`une source judiciaire`)."""
        data = self.lex.data
        speakers = (data.role_heads | data.org_anaphors | data.public_body_words | data.document_nouns
                    | data.source_nouns)
        return noun.lemma_.lower() in speakers or noun.lower_ in speakers

    def _person_named_in(self, start: int, end: int) -> bool:
        """A person's name stands among the tokens [start, end) (`le météorologue Paul Morel`)."""
        return any(self._in_a_person_name(t) for t in self.doc[start:end])

    def _object_of_a_deed(self, verb: Token) -> bool:
        """A verb of no cue after a quotation whose noun phrase after it is its object and names nobody who
        speaks: the writer's clause goes on past a quotation set in it; no incise names a speaker."""
        if self.lex.cue_lemma(verb.lemma_, verb.text) is not None:
            return False
        noun = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        return noun is not None and noun.pos_ == "NOUN" and not self._speaker_noun(noun)

    def _said_alone(self, quote: Quoted) -> bool:
        """A quotation that opens its sentence (or follows a colon), or reads like speech: not a title
        inside the writer's clause (`Il a lu « Le Monde », a pris un café`)."""
        first = self._token_at(quote.start)
        if first is None:
            return False
        opens = first.i == self.sents[self.sent_of[first.i]].start or (first.i > 0 and first.nbor(-1).text == ":")
        return opens or self._reads_like_speech(quote)

    def _kind(self, start: int, end: int) -> str:
        """Reported words without marks: `mixed` when a quotation stands among them, else `indirect`."""
        return "mixed" if self.index.between(start, end) else "indirect"

    def _token_at(self, offset: int) -> Token | None:
        """The token that starts at a character offset (past spaces), if any."""
        while offset < len(self.text) and self.text[offset] in " \u00a0\u202f":
            offset += 1
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) and span[0].idx == offset else None

    def _inverted_clitic(self, token: Token) -> bool:
        """An inverted subject pronoun (`-il`), also after the euphonic `t` misspelt with an apostrophe (`a-t'il`,
        `a t'elle`: `euphonic_t_typos`), where the pronoun loses its hyphen."""
        return self._inverted_pronoun(token.lower_) or self._after_a_misspelt_t(token.i)

    def _after_a_misspelt_t(self, j: int) -> bool:
        """The word at `j` is a subject pronoun right after a misspelt `t'`: the inverted subject, hyphen lost."""
        return j > 0 and self.lowered[j - 1] in self.lex.data.euphonic_t_typos \
            and "-" + self.lowered[j] in self.pronouns

    def _misspelt_t(self, i: int) -> bool:
        """`t'` of `a-t'il` (and the hyphen before it): the euphonic `t` misspelt, no word of its own."""
        typos = self.lex.data.euphonic_t_typos
        return self.lowered[i] in typos or (self.lowered[i] == "-" and i + 1 < len(self.lowered)
                                            and self.lowered[i + 1] in typos)

    def _inverted_pronoun(self, word: str) -> bool:
        """`-il`, `-elle` (not the `-t` before them): a subject pronoun set after its verb."""
        return word.startswith("-") and word in self.pronouns and word not in self.lex.data.euphonic_t

    def _cue(self, token: Token) -> str | None:
        """The cue lemma the token reports by, if any; read once per token: every comma's checks ask again about
        the verbs after it."""
        if token.i not in self._cues:
            self._cues[token.i] = self._read_cue(token)
        return self._cues[token.i]

    def _read_cue(self, token: Token) -> str | None:
        # `X`: a verb the tagger does not know (`a tweeté`), read by its form
        if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN", "X", "ADV") or token.is_punct \
                or (token.pos_ == "ADV" and token.lower_ not in self.lex.forms):
            return None  # (an adverb only when its form is a cue's: `Le Kremlin dément que …`, read as `dément`, mad)
        if token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
            return None  # `c'est-à-dire`, `ouï-dire`: the verb is one piece of a word joined by hyphens
        if token.i > 0 and token.nbor(-1).pos_ == "DET" and token.nbor(-1).dep_ == "det" \
                and "Part" in token.morph.get("VerbForm") \
                and not ("Pres" in token.morph.get("Tense") and (
                    token.nbor(-1).text.endswith(("'", "’")) or (token.i > 1 and token.nbor(-2).text == ","))):
            # `the reported shooting`: a participle after a determiner qualifies a noun, reports nothing (not French
            # `le`, `leur` before a verb, its object, which the tagger may call a determiner: `Sa voisine le décrit`;
            # nor the object before a present participle, elided or after a comma: `…, l'accusant de « mépris »`,
            # `…, les qualifiant de « propagande »`)
            return None
        lemma = self.lex.cue_lemma(token.lemma_, token.text) or self._inverted_incises().get(token.i)
        if lemma is None:
            lemma = self._self_naming(token)
        if lemma is None:
            lemma = self._evidence(token) or self._litotes(token) or self._reading(token) or self._with_clitic(token)
        if lemma is None:
            return None
        if lemma in self.lex.data.pronominal_other_senses and any(
                c.i < token.i and c.lower_ in self.lex.data.reflexive_pronouns for c in token.children):
            return None  # `le projet s'est révélé un échec`: it turned out, nobody said so
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") and not self._verb_like(token) \
                and token.i not in self._inverted_incises():
            return None
        if lemma in self.lex.phrases and lemma not in self.lex.cues:
            if self._phrase_end(token, lemma) is None and not (
                    lemma in self.lex.data.naming_cues and (self._named_as(token, lemma) is not None
                                                            or self._named_by_relative(token, lemma) is not None)):
                return None  # `call` reports as `call for`, or naming something (`called it "a scandal"`)
        if lemma in self.lex.data.quotation_only_cues and self._quote_in_object(token.i + 1, token) is None \
                and not self._right_after_a_quotation(token):
            # `un blogueur qui parle d'immigration : …`: without the quotation no cue, for any frame; in the incise
            # after one, the quotation is what they said (`« … », espère un pompier`)
            return None
        return lemma

    def _right_after_a_quotation(self, verb: Token) -> bool:
        """`« … », espère un pompier`, `« … », a redouté X`: the verb (or its auxiliary) opens the incise set off
        after a quotation."""
        first = min([c.i for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i] + [verb.i])
        if first < 2 or self.doc[first - 1].text != ",":
            return False
        mark = self.doc[first - 2]
        return self._closing_mark(mark)

    def _closing_mark(self, mark: Token) -> bool:
        """A quotation's closing mark: `»`, or a straight `"`, which spaCy calls an opening mark too."""
        quoted = self.index.at(mark.idx) if mark.is_punct else None
        return quoted is not None and (not mark.is_left_punct or (quoted.closed and mark.idx == quoted.end - 1))

    def _evidence(self, token: Token) -> str | None:
        """`Les documents montrent que …`, `the findings show that …`: a verb of evidence reports the clause after
        it when a text or data is its subject."""
        lemma = self._listed_lemma(token, self.lex.data.document_cues)
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if lemma is None or after is None:
            return None
        texts = self.lex.data.document_nouns
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and names_a_text(subject, texts) and (
                self._complementizer(after) or self._bare_clause(token, after.i)):
            return lemma  # (`a poll shows most voters support the plan`: English may leave `that` out)
        # in an incise the parser may take the text for a compound (`court records show`) or, inverted, for the
        # object (`montrent les chiffres`)
        subject = subject or next((c for c in token.children if c.dep_ in ("compound", "obj", "dobj")
                                   and abs(c.i - token.i) <= 2 and c.pos_ == "NOUN"), None)
        return lemma if subject is not None and names_a_text(subject, texts) \
            and self._closing_incise(token, subject) else None

    def _closing_incise(self, verb: Token, subject: Token) -> bool:
        """`…, court records show.`, `…, montrent les chiffres.`: the verb and its subject alone between a comma
        and the end of the sentence, an incise after the clause it reports."""
        doc = self.doc
        first, last = min(verb.i, subject.left_edge.i), max(verb.i, subject.right_edge.i)
        return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) \
            and doc[last + 1].text in (".", "!", ";") and not self.index.inside(verb.idx)

    def _reading(self, token: Token) -> str | None:
        """`The statement reads: "…"`, `the email, which reads: "…"`: a text's own words, when a text is the verb's
        subject (or the antecedent of its relative pronoun) and a quotation follows, after a colon or a comma; `« … »,
        peut-on lire dans le communiqué du syndicat`: the text where the unnamed `on` read them, after a quotation."""
        lemma = self._listed_lemma(token, self.lex.data.reading_cues)
        if lemma is None:
            return None
        opener = token.head if token.dep_ == "xcomp" and token.head.i < token.i else token  # (`peut-on lire`)
        if self._right_after_a_quotation(opener) and self._heard_from(token) is not None:
            return lemma
        doc, j = self.doc, token.i + 1
        while j < len(doc) and (doc[j].text in (",", ":") or doc[j].pos_ == "ADV"):
            j += 1  # `se lit ainsi :`
        if j >= len(doc) or not self._opens_quotation(doc[j].idx):
            return None
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ in self.lex.data.relative_pronouns \
                and token.dep_.startswith(("acl", "relcl")):
            subject = token.head
        return lemma if subject is not None and names_a_text(subject, self.lex.data.document_nouns) else None

    def _with_clitic(self, token: Token) -> str | None:
        """`L'opposition y voit une manœuvre`: a verb that reports only with its clitic before it (`clitic_cues`:
        `y voir`, to read a meaning into something), the clitic right before the verb or its auxiliary."""
        lemma = self._listed_lemma(token, self.lex.data.clitic_cues.keys())
        if lemma is None:
            return None
        first = min([c.i for c in token.children if c.dep_ in AUX_DEPS and c.i < token.i] + [token.i])
        return lemma if first > 0 and self.doc[first - 1].lower_ in self.lex.data.clitic_cues[lemma] else None

    def _litotes(self, token: Token) -> str | None:
        """`Le syndicat n'exclut pas que …`: a verb whose negation says something is possible reports the clause
        after it, negated only (`exclut que` is no report of its own)."""
        lemma = self._listed_lemma(token, self.lex.data.litotes_cues)
        if lemma is None or not self._clitic_negation(token):
            return None
        after = next((t for t in token.doc[token.i + 1 : token.i + 4] if t.lower_ not in self.negations), None)
        return lemma if after is not None and self._complementizer(after) else None

    def _listed_lemma(self, token: Token, lemmas: Collection[str]) -> str | None:
        """The verb of the list a token stands for, by its lemma or, where the lemmatizer read another word
        (`montre`, the watch), by its form."""
        for lemma in (token.lemma_.lower(), self.lex.forms.get(token.lower_)):
            if lemma in lemmas:
                return lemma
        return None

    def _verb_like(self, token: Token) -> bool:
        """A cue mis-tagged as a noun still reports when an auxiliary precedes it, `que` follows, or it
        has a subject of its own and no copula (`The Department notes, "…"`)."""
        prev = token.nbor(-1) if token.i > 0 else None
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if (token.dep_ == "pobj" or any(c.dep_ == "case" and c.i < token.i for c in token.children)
                or (token.dep_ in ("obj", "dobj") and any(c.dep_ in ("det", "amod", "compound", "nummod", "poss")
                                                          and c.i < token.i for c in token.children))) \
                and not self._participle(token):
            # `a prévenu sur Twitter que …`, `refused to comment on reports that …`: a noun a preposition
            # introduces is no verb (a gerund's `en` is no preposition: `tout en avertissant que …`, tagged a noun);
            # nor is a verb's object with a noun's modifiers (`cited media reports that …`; `a twitté que`, whose
            # participle the tagger read as the object of `a`, has none)
            return False
        if (prev is not None and prev.pos_ == "AUX") or (nxt is not None and self._complementizer(nxt)):
            return True
        named = token.nbor(-2) if prev is not None and prev.text == "," and token.i > 1 else prev
        if named is not None and nxt is not None and named.ent_type_ in ("PER", "PERSON") and not token.ent_type_ \
                and token.is_lower and token.lower_ in self.lex.forms and nxt.pos_ in ("DET", "PROPN") \
                and not self._finite_verb_in(t for t in self.sent(token) if not self.index.inside(t.idx)):
            # `le Gilet jaune Eric Drouet critique Emmanuel Macron : « … »`: right after a person's name (or the
            # comma closing a name set off after a role: `Le patron de Renault, Luca Martin, juge la …`), a cue's
            # form the tagger ran into the names, before the object, in a sentence with no verb of its own
            return True
        if prev is not None and prev.text == "," and token.is_lower and token.lower_ in self.lex.forms and (
                self._noun_phrase_closes(token) and (self._finite_verb_in(
                    t for t in self.doc[self.sent(token).start : prev.i] if not self.index.inside(t.idx))
                    or self._quote_just_before(token) is not None)
                or self._noun_phrase_closes(token, in_marks=True)):
            # `…, note l'agence.`, `…, juge le tribunal.`: a cue's form between the comma closing a clause (or a
            # quotation: `« … », tempère l'agence.`) and a noun phrase that ends the sentence is an incise's verb, its
            # subject inverted, whatever the tagger says (`complète`, `tempère`, read as adjectives); so it is inside a
            # quotation, the noun phrase ending on the next comma or full stop of it (`« Le quartier était calme,
            # raconte Valérie Dumas, une habitante. Ici … »`: `raconte`, read as an adjective)
            return True
        if self._verb_run_into_its_subject(token):
            return True
        children = [c.dep_ for c in token.children]
        if _named_compound_subject(token) is not None and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
            return True  # `…, TSN reports.`: a name the tagger did not know, read as a compound of a plural noun
        if token.dep_ == "ROOT" and token.is_lower and token.i > 0 \
                and token.nbor(-1).dep_ == "compound" and token.nbor(-1).head.i == token.i \
                and any(c.dep_ == "ccomp" and c.i > token.i and _preceding_subject(c) is not None
                        and not any(m.dep_ == "mark" for m in c.children) for c in token.children):
            # `Police allege the man struck …`: a cue's form the tagger read as a noun, the noun before it hung on it
            # as a compound, and after it a clause with its own subject and no `that`, which no noun takes
            return True
        return any(dep in SUBJECT_DEPS for dep in children) and "cop" not in children

    def _verb_run_into_its_subject(self, token: Token) -> bool:
        """`La ministre juge inacceptable que …`, `Le maire estime « urgent » de …`: a cue's form right after the
        noun phrase opening the sentence (a determiner, a noun and its complements: `L'entourage du ministre dément
        toute démission`), which the tagger ran into that noun, before a
        `que`, a colon or a quotation a few words on, with no conjugated verb before them: the main verb."""
        doc, sent = self.doc, self.sent(token)
        if token.i < sent.start + 2 or not token.is_lower or token.lower_ not in self.lex.forms:
            return False
        noun = doc[token.i - 1]
        # (`L'ex-édile, qui avait été écarté de la course, juge que …`: or a relative clause set off after that
        # noun phrase just closed)
        set_off = noun.text == "," and doc[sent.start].pos_ == "DET" and self._relative_just_closed(sent.start, noun.i)
        # (`Le porte-parole du Kremlin alerte : …`: the noun phrase may hold its complements, no verb and no comma)
        opening = doc[sent.start : token.i]
        if not set_off and (noun.pos_ not in ("NOUN", "PROPN") or opening[0].pos_ != "DET" or len(opening) > 8
                            or any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADP") for t in opening)
                            or len(opening) > 2 and not self._someone(opening)):
            return False
        lemma = self.lex.forms[token.lower_]
        if self._judged_adjective(token, lemma) is not None:
            return True  # `Le ministre juge nécessaire de réformer …`
        after = token.i + 1
        if lemma in self.lex.phrases:
            after = self._phrase_end(token, lemma) or after  # (`Le dirigeant pointe du doigt deux causes : …`)
        for word in doc[after : min(after + 4, sent.end)]:
            if self._complementizer(word) or word.text == ":" or self._opens_quotation(word.idx):
                return True
            if word.pos_ in ("VERB", "AUX") or (word.is_punct and not word.is_quote):
                break
        return self._object_after_verb_run_in(token, lemma) is not None

    def _finite_hung_on_its_subject(self, verb: Token) -> bool:
        """`Un témoin raconte avoir entendu …`: a finite verb the parser hung on the noun before it as if it
        qualified it (no relative pronoun opens a clause there), making the infinitive after it the main verb."""
        return verb.dep_ == "acl" and verb.head.i == verb.i - 1 and "Fin" in verb.morph.get("VerbForm") \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)

    def _object_after_verb_run_in(self, token: Token, lemma: str) -> int | None:
        """`Le rapport critique la gestion de la crise`, `L'ONG critique vivement la décision`: a cue that reports its
        object (`object_cues`, or `attribute_cues` with the adjective that ends the sentence), its form right after
        the sentence's opening noun phrase, which the tagger read as an adjective or a noun of that phrase, and a
        determiner or a name after it (past adverbs), in a sentence with no finite verb of its own: its object
        starts there."""
        doc, sent = self.doc, self.sent(token)
        i = token.i + 1
        while i < sent.end and doc[i].pos_ == "ADV":
            i += 1
        if i >= sent.end or self.index.inside(doc[i].idx):
            return None
        if self._finite_verb_in(t for t in sent if t.i != token.i and not self.index.inside(t.idx)):
            return None
        if lemma in self.lex.data.infinitive_cues:
            asked = self._infinitive_asked_from(i, sent.end)
            if asked is not None:
                return asked
            if "Inf" in doc[i].morph.get("VerbForm"):
                return i  # `Un témoin raconte avoir entendu des cris`: the infinitive it reports, right after it
        if doc[i].pos_ not in ("DET", "PROPN", "NUM"):
            return None
        noun = doc[i + 1] if doc[i].pos_ == "DET" and i + 1 < sent.end and doc[i + 1].pos_ == "NOUN" else None
        # (`L'universitaire juge la réforme trop timide`: what it is judged to be ends the sentence)
        judged = noun is not None and self._object_with_attribute(token, lemma, noun)
        return i if lemma in self.lex.data.object_cues or judged else None

    def _infinitive_asked_from(self, i: int, end: int) -> int | None:
        """`Le syndicat menace de bloquer …`, `Le syndicat conseille aux salariés de rester …`: the mark of an
        infinitive (`request_marks`) right at `i`, or past whom the request is made to (`addressee_prepositions` and
        its noun phrase), with the infinitive after it: where what is asked starts (its mark)."""
        doc, data = self.doc, self.lex.data
        if doc[i].lower_ in data.addressee_prepositions:
            i += 1
            while i < end and doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and doc[i].lower_ not in data.request_marks:
                i += 1
        if i + 1 < end and doc[i].lower_ in data.request_marks and "Inf" in doc[i + 1].morph.get("VerbForm"):
            return i
        return None

    def _noun_phrase_closes(self, token: Token, in_marks: bool = False) -> bool:
        """A noun phrase opens right after `token` (a name, or a determiner before a noun) and runs to the end of
        the sentence with no verb of its own; `in_marks`, to a comma or a full stop inside the quotation `token`
        stands in (`« A, raconte Valérie Dumas, une habitante. B »`)."""
        doc, end = self.doc, min(self.sent(token).end, token.i + 12)
        words = doc[token.i + 1 : end]
        quote = self.index.at(token.idx) if in_marks else None
        if not words or (quote is None if in_marks else self.index.inside(words[0].idx)):
            return False
        first = words[0]
        if first.pos_ == "DET":
            head = next((t for t in words[1:] if t.pos_ != "ADJ"), None)
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                return False
        elif first.pos_ != "PROPN":
            return False
        for word in words:
            if quote is not None and word.idx >= quote.inner_end:
                return False
            if word.text in (".", "!", ";") or (quote is not None and word.text == ","):
                return True
            if word.pos_ in ("VERB", "AUX"):
                return False
        return quote is None and end == self.sent(token).end

    def _compares(self, token: Token) -> bool:
        """`plus basse que prévu`, `a moins baissé que l'an dernier`: a word of comparison a few words before the
        `que`, with nothing but adjectives, adverbs and nouns between."""
        words = self.lex.data.comparative_words
        for before in reversed(self.doc[max(token.i - 4, 0) : token.i]):
            if before.lower_ in words:
                return True
            if (before.is_punct and not before.is_quote) or before.pos_ in ("VERB", "AUX"):
                return False  # `a plus tard affirmé que`: a verb after the word, whose clause the `que` opens
        return False

    def _complementizer(self, token: Token) -> bool:
        """`que` opening a reported clause, not the tail of `tandis que`, `alors que`, `ainsi que`, nor a
        relative pronoun (`agreed on a plan that would cut costs`: the subject of the relative clause), nor
        the demonstrative of an object (`dismissed that claim`) or a subject (`said that was a mistake`)."""
        if token.text.lower() not in self.complementizers:
            return False
        if token.dep_ == "fixed" and not (token.head.i == token.i - 1 and (
                token.head.pos_ == "VERB" or token.head.lower_ in self.lex.forms)):
            # `alors que`, `bien que`; not `répond que`, a verb (or a cue's form the tagger read as a noun: `juge
            # que`) the parser fused its `que` with
            return False
        if token.i > 0 and self.doc[token.i - 1].lower_ in self.lex.data.conjunction_openers:
            return False  # `alors que` the parser did not mark `fixed`
        if self._restricts(token):
            return False
        if self._compares(token):
            return False
        if token.dep_ == "det" and token.head.dep_ in ("obj", "dobj", "pobj") \
                and "Plur" not in token.head.morph.get("Number"):
            # (`replied during that final`: the demonstrative of a preposition's noun; not before a plural noun,
            # which a singular demonstrative never determines: `contending that similar problems plague …`)
            return False
        if token.dep_ in SUBJECT_DEPS and token.head.i > token.i and token.head.dep_ not in RELATIVE_CLAUSES \
                and not token.nbor().is_punct:
            return False  # `said that falls short of inflation`: the demonstrative is the clause's subject
        if token.dep_ != "mark" and token.head.dep_ in RELATIVE_CLAUSES and token.head.i > token.i:
            return self._misread_relative(token)
        if token.head.i > token.i and self._relative_of_making(token.head, token.i):
            return False
        return True

    def _relative_of_making(self, verb: Token, first: int) -> bool:
        """`L'annonce qu'il a faite aux syndicats …`, `dans l'entretien qu'il a accordé au Monde`, `in the interview
        she gave to CBC`: right after a noun, a clause whose verb makes words or a text (`speech_noun_makers`) and
        has no object of its own is that noun's relative clause, its pronoun (or the one English leaves out) the
        object, whatever the parser labelled it."""
        if first == 0 or self.doc[first - 1].pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() not in self.lex.data.speech_noun_makers \
                or any(c.dep_ in PASSIVE_DEPS for c in verb.children):
            return False  # (a passive's object is its subject: `said in a statement that no decision had been made`)
        # (an object after the verb's own phrase, `qu'il a accordé au Monde la réforme`, is the parser's reach: the
        # object stands before the phrases, `qu'il tiendrait ses engagements devant …`)
        phrases = [c.i for c in verb.children if c.i > verb.i and c.dep_.startswith(("obl", "prep", "dative"))]
        return not any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") and c.i != first
                       and not any(p < c.i for p in phrases) for c in verb.children)

    def _restricts(self, que: Token) -> bool:
        """`n'a communiqué que très peu d'éléments`: `que` closing a `ne` with only the verb's words between them (no
        `pas`, no preposition: `ne cesse de répéter que …` reports) means `only`."""
        particles = self.lex.data.restrictive_particles
        for j in range(que.i - 1, max(que.i - 8, -1), -1) if particles else ():
            word = self.doc[j]
            if word.lower_ in particles:
                return True
            if word.lower_ in self.negations or word.pos_ not in ("AUX", "VERB", "ADV", "PRON"):
                return False
        return False

    def _misread_relative(self, token: Token) -> bool:
        """`admitted after the game that his team had played badly`: the parser reads a relative clause on the
        noun of a phrase saying when or where a cue was said (or on a noun inside that phrase: `à l'issue du conseil
        des ministres`, `dans une vidéo publiée sur les réseaux sociaux`); when the clause has a subject of its own
        and the cue no object, it is what the cue reports."""
        clause, noun = token.head, token.head.head
        if not any(c.dep_ in SUBJECT_DEPS and c.i != token.i for c in clause.children):
            return False
        if self._relative_of_making(clause, token.i):
            return False  # `dans l'entretien qu'il a accordé au Monde`: how the words came to be, the noun's own clause
        while noun.head.i < noun.i:  # up to the phrase that hangs on the verb
            if noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head  # a noun's complement
            elif noun.dep_.startswith("obl") and noun.head.dep_ == "acl" and noun.head.head.pos_ == "NOUN" \
                    and "Part" in noun.head.morph.get("VerbForm") and noun.head.head.i < noun.head.i:
                noun = noun.head.head  # a participle's phrase, the participle on a noun
            else:
                break
        if noun.dep_ == "pobj" and noun.head.pos_ == "ADP":
            verb = noun.head.head
        elif noun.dep_.startswith("obl") and any(c.dep_ == "case" for c in noun.children):
            verb = noun.head
            if verb.pos_ == "ADV" and verb.dep_ == "advmod":
                verb = verb.head  # `lors de son discours`: the phrase hangs on the adverb of the locution
        else:
            return False
        # (no object: not the phrase itself, which the parser may call the verb's argument, `a affirmé dans son
        # discours qu'…`, nor any phrase a preposition opens, `a rappelé à plusieurs reprises devant la commission
        # qu'…`; nor a day the parser made the object, which says when, `a confié samedi, en marge d'un déplacement,
        # qu'…`)
        time_nouns = self.skippable | self.lex.data.time_nouns
        return verb.i < noun.i and verb.pos_ == "VERB" and self._cue(verb) is not None \
            and not any(c.dep_ in COMPLEMENT_DEPS for c in verb.children
                        if c.i not in (clause.i, noun.i) and c.lower_ not in time_nouns
                        and not any(g.dep_ == "case" for g in c.children))

    def _phrase_end(self, token: Token, lemma: str) -> int | None:
        """Token index just past a multi-word cue (`mettre … en garde`), allowing two words between."""
        return next((end for words in self.lex.phrases.get(lemma, ())
                     if (end := self._words_end(token, words)) is not None), None)

    def _phrase_complement(self, i: int) -> int | None:
        """`a fait état lundi de trois morts`, `a fait part, dans un communiqué, de son inquiétude`, `a rendu hommage
        depuis Lyon aux victimes`: where a cue's phrase is followed by what it reports, past the words of when
        (`time_words`), an aside set off by commas (`_aside`), and a phrase of where or when
        (`adjunct_prepositions`) right before the complement's own preposition; None when such a phrase is all
        there is (`a rendu hommage depuis Bruxelles, après …`)."""
        doc, data = self.doc, self.lex.data
        end = self.sent(doc[i]).end if i < len(doc) else i
        while i < end and doc[i].lower_ in data.time_words:
            i += 1
        if i < end and doc[i].text == ",":
            closing = self._aside(i, 1, min(end, i + 10))
            if closing is not None:
                i = closing + 1
        if i < end and doc[i].lower_ in data.adjunct_prepositions:
            start = i + 2 if i + 1 < end and doc[i + 1].pos_ == "ADP" else i + 1  # (`lors de la réunion`)
            j = start
            while j < end and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                j += 1
            if j == start or j >= end or doc[j].pos_ != "ADP" or doc[j].lower_ in data.adjunct_prepositions:
                return None
            i = j
        return i

    def _words_end(self, token: Token, words: tuple[str, ...]) -> int | None:
        """Token index just past `words` after `token`, allowing two other words before them."""
        j = token.i + 1
        matched = 0
        gap = 0
        while j < len(self.doc) and matched < len(words) and gap <= 2:
            if self.doc[j].text.lower() == words[matched]:
                matched += 1
            else:
                if matched:
                    break
                gap += 1
            j += 1
        if matched == len(words):
            return j
        return None

    def _negated(self, verb: Token) -> bool:
        """`n'a pas déclaré`, `ne dit jamais`, `did not say`, `rien n'indique`, `refused to say`; not `confirme ne
        pas la connaître`, nor a litotes (`n'exclut pas que`: said to be possible)."""
        if verb.lemma_.lower() in self.lex.data.litotes_cues:
            return False
        if "Inf" in verb.morph.get("VerbForm") and verb.head.i < verb.i \
                and (verb.head.lemma_.lower() in self.lex.litotes_forms or verb.head.lower_ in self.lex.litotes_forms):
            return False  # `n'hésite pas à dire que`: the negation is the verb's before, and asserts the saying
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "not", "n't")) for c in verb.children):
            return True
        if verb.dep_ == "conj" and verb.head.i < verb.i and any(c.dep_ == "neg" for c in verb.head.children) \
                and any(c.dep_ == "cc" and c.lower_ in self.lex.data.disjunctions for c in verb.head.children):
            return True  # `did not identify the suspect or say how …`: the negation reaches over `or`
        markers = self.lex.data.negating_markers
        if any(c.dep_ in ("mark", "case") and c.i < verb.i and c.lower_ in markers for c in verb.children) \
                or (verb.dep_ == "pcomp" and verb.head.lower_ in markers):
            return True  # `sans préciser que`, `without saying that`
        if "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i \
                and verb.head.lemma_.lower() in self.lex.data.refusal_verbs:
            return True  # `a refusé de dévoiler ses documents`, `declined to say whether …`: nothing said
        negative = self.lex.data.negative_subjects
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and not self.index.inside(c.idx)):
            # (`« … Donc, rien de nouveau », X a déclaré`: a word of the quotation the parser hung on the cue)
            determiners = [d.lower_ for d in subject.children if d.dep_ == "det"]
            if (subject.lower_ in negative and not determiners) or any(d in negative for d in determiners):
                return True  # `rien n'indique que`, `no one is predicting`: nobody says it (`une personne` does)
        return self._clitic_negation(verb)

    def _clitic_negation(self, verb: Token) -> bool:
        """`ne … pas`, `n'a jamais`: the French negation around a verb."""
        clitics = {"ne", "n'", "n’"}
        before = [t.lower_ for t in self.doc[max(verb.i - 4, 0) : verb.i]]
        if not clitics & set(before):
            return False
        after = {t.lower_ for t in self.doc[verb.i - before[::-1].index(next(w for w in before[::-1] if w in clitics)) : verb.i + 3]}
        return bool(after & (self.negations - clitics))

    def _writers_own(self, verb: Token) -> bool:
        """`Rappelons que …`, `notons que …`: the journalist speaking, not a source; `Notez que …`: the
        journalist speaking to the reader (an imperative, or a second person without a subject)."""
        first_plural = ("1" in verb.morph.get("Person") and "Plur" in verb.morph.get("Number")) or any(
            verb.lower_.endswith(suffix) for suffix in self.lex.data.writer_verb_suffixes)
        to_the_reader = "Imp" in verb.morph.get("Mood") or "2" in verb.morph.get("Person")
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        impersonal = any(c.lower_ in self.lex.data.impersonal_subjects for c in subjects)
        return ((first_plural or to_the_reader) and not subjects) or (impersonal and self._heard_from(verb) is None) \
            or (not subjects and self._note_to_the_reader(verb))

    def _note_to_the_reader(self, verb: Token) -> bool:
        """`À noter que …`, `A souligner : …`: an infinitive after `à` opening its sentence, governed by nothing, is
        the journalist's aside to the reader."""
        first = self.sent(verb).start
        return "Inf" in verb.morph.get("VerbForm") and verb.i == first + 1 and verb.head.i == verb.i \
            and self.doc[first].lower_ in self.lex.data.note_marks

    def _marked_passive(self, verb: Token) -> bool:
        """A passive auxiliary or the tagger's passive voice: `a été annoncé`, `was confirmed`; not a participle
        on a perfect auxiliary alone, whatever the tagger says (`…, a-t-il précisé`: active)."""
        if any(c.dep_ == "aux:pass" and self._may_govern(verb, c) for c in verb.children):
            # `s'étaient indignés`: a pronominal verb's perfect takes `être`, which the parser may call passive
            return not any(c.lower_ in self.lex.data.reflexive_pronouns and c.i < verb.i for c in verb.children)
        # (nor a pronominal participle saying what its subject is, whatever its voice: `La ministre s'est déclarée
        # opposée à …`)
        return "Pass" in verb.morph.get("Voice") and not any(
            c.dep_ in AUX_DEPS and c.lemma_.lower() in self.lex.data.perfect_auxiliaries for c in verb.children) \
            and not _clitic_object_alone(verb) and not self._pronominal_attribute(verb)

    def _pronominal_attribute(self, verb: Token) -> bool:
        """`s'est déclarée opposée`, `s'est dit favorable`: a reflexive before the participle and an adjective after
        it, which the parser hangs on it as a complement or a modifier."""
        return any(c.lower_ in self.lex.data.reflexive_pronouns and c.i < verb.i for c in verb.children) and any(
            c.dep_ in ("xcomp", "amod", "advmod") and c.i > verb.i and c.pos_ == "ADJ" for c in verb.children)

    def _passive(self, verb: Token) -> bool:
        """`a été annoncé`, `est jugé`, or a participle on a noun (`la veuve, accusée par …`)."""
        if self._marked_passive(verb):
            return True
        if not self._past_participle(verb) or _clitic_object_alone(verb):
            return False  # (`déplore`, which the tagger may call a past participle, is none: its group says so)
        auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS and self._may_govern(verb, c)]
        # a bare past participle is passive (`, accusé par …`); `s'est déclaré` is not
        return not auxiliaries or (any(c.lemma_ in ("être", "be") for c in auxiliaries) and not any(
            c.lower_ in ("se", "s'", "s’") for c in verb.children))

    def _pronoun_inverted_after(self, verb: Token) -> bool:
        """`dit-il`: a subject pronoun inverted right after the form makes it conjugated and active."""
        return verb.i + 1 < len(self.doc) and self._inverted_pronoun(self.lowered[verb.i + 1])

    def _past_participle(self, verb: Token) -> bool:
        """The tagger's past participle, unless its verb's group says the form is none (`Le ministre, Paul Girard,
        déplore que …`: an -er verb's participle ends in -é; `past_participle_endings`); and a past tense the tagger
        calls finite that opens its sentence bare (`_opens_bare`)."""
        if "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") and (
                self._opens_bare(verb) or self._bare_after_subordinator(verb)):
            return True  # `Asked what he thought …, X said`: a past tense with no subject opening the sentence
        if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
            return False
        if self._pronoun_inverted_after(verb):
            return False  # `C'est, dit-il, la raison …`: a subject pronoun inverted after the form makes it conjugated
        lemma = self.lex.cue_lemma(verb.lemma_, verb.text) or verb.lemma_.lower()
        endings = next((ends for group, ends in self.lex.data.past_participle_endings.items()
                        if lemma.endswith(group)), None)
        return endings is None or verb.lower_.endswith(endings)

    def _opens_bare(self, verb: Token) -> bool:
        """The verb opens its sentence (past adverbs) with no subject and no auxiliary: a finite past tense never
        does, so the tagger's finite form is a participle's (`Asked what he thought …, X said`)."""
        sent = self.sent(verb)
        return all(t.pos_ in ("ADV", "PUNCT", "CCONJ") for t in self.doc[sent.start : verb.i]) and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in AUX_DEPS for c in verb.children)

    def _bare_after_subordinator(self, verb: Token) -> bool:
        """`…, said one resident, when asked what …`: right after its subordinator, with no subject and no auxiliary,
        the tagger's finite past is a participle (a finite verb there has its subject: `when she asked`)."""
        return verb.i > 0 and any(c.i == verb.i - 1 and (c.dep_ == "mark" or c.pos_ == "SCONJ") for c in verb.children) \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in AUX_DEPS for c in verb.children)

    def _present_read_as_participle(self, verb: Token) -> bool:
        """`Le ministre décrit la réforme comme …`, `L'agence prédit une hausse`: a present tense spelt as its
        participle (`dit`, `décrit`, `écrit`, `prédit`), which the tagger hung on the noun phrase opening the sentence;
        with no finite verb in the sentence and an object after it, it is the sentence's verb."""
        head, sent = verb.head, self.sent(verb)
        return verb.dep_ == "acl" and head.i < verb.i and head.dep_ == "ROOT" and head.left_edge.i == sent.start \
            and head.pos_ in ("NOUN", "PROPN") and not self.doc[verb.i - 1].is_punct \
            and any(c.dep_ in ("obj", "dobj") and c.i > verb.i for c in verb.children) \
            and not self._finite_verb_in(t for t in sent if not self.index.inside(t.idx))

    def _agentless_passive(self, verb: Token) -> bool:
        """`était justifié par …`, `a été annoncé`: a passive participle reports no speech act here; a form with
        its subject pronoun inverted right after it is conjugated and active (`La situation est, dit-il, très grave`:
        the parser made `est` its auxiliary)."""
        if self._pronoun_inverted_after(verb):
            return False
        if self._detached_auxiliary(verb) is not None or (
                self._sharing_auxiliary(verb) is not None and verb.i + 1 < len(self.doc)
                and self._complementizer(self.doc[verb.i + 1])):
            # `a, à son tour, menacé`, `a-t-elle concédé`: an active past tense; so is `a salué … et promis que`,
            # whose `que` no participle qualifying a noun takes (`des propos injurieux et répétés` is one)
            return False
        if self._marked_passive(verb):
            return True
        past = self._past_participle(verb)
        if past and self._present_read_as_participle(verb):
            return False
        if past and verb.head.i != verb.i \
                and verb.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and not any(c.dep_ in AUX_DEPS or c.dep_ in ("obl:agent", "agent", "nsubj") for c in verb.children) \
                and not (verb.i > 0 and verb.nbor(-1).text == "," and any(
                    c.dep_ in ("obj", "dobj") and c.i > verb.i and self._addressee(c) for c in verb.children)):
            # `l'archevêque, invité à l'Élysée, appelle …`: the invited one, not the inviter (a participle with a
            # subject of its own is a finite verb the tagger misread: `« … », dit Marie-Laure Pezant`; so is one after
            # a comma with a noun after it, which a passive never takes: `…, prédit l'Insee`, the subject inverted)
            return True
        subordinated = any((c.dep_ == "mark" or c.pos_ == "SCONJ") and c.i < verb.i for c in verb.children)
        if past and (verb.tag_ != "VBD" or self._opens_bare(verb) or subordinated) \
                and not any(c.dep_ in AUX_DEPS or c.dep_ in SUBJECT_DEPS for c in verb.children) \
                and (subordinated or (verb.dep_ == "advcl" and verb.i == self.sent(verb).start
                                      and not any(t.lower_ in self.lex.data.agent_prepositions for t in verb.subtree))):
            # `when asked if he knew, Tory said …`: a participle a subordinator opens is passive (a finite past tense
            # there would have its subject: the tagger's `VBD` is a participle's); so is one opening the sentence with
            # no agent (`Asked whether he would resign, the mayor said no`): the one asked is the main clause's subject
            return True
        # the passive's `être` follows any perfect auxiliary (`a été annoncé`): one before it belongs to another
        # verb the parser hung on the cue (`il devra être « puni », a assuré X`)
        perfect = max((c.i for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i
                       and c.lemma_.lower() in self.lex.data.perfect_auxiliaries and c.lemma_ != "être"), default=-1)
        return "Part" in verb.morph.get("VerbForm") and any(
            (c.dep_ == "cop" or (c.dep_ in AUX_DEPS and c.lemma_ == "être" and c.i < verb.i))
            and self._may_govern(verb, c)
            and c.i > perfect for c in verb.children
        ) and not any(c.text.lower() in ("se", "s'", "s’") for c in (*verb.children, *self._attribute_words(verb)))

    def _attribute_of(self, verb: Token) -> Token | None:
        """The adjective after a cue the parser hung on it as its auxiliary, copula or adverb (`se disent prêts`, `se
        sont dits prêts`)."""
        head = verb.head
        return head if (verb.dep_ in AUX_DEPS or verb.dep_ in ("cop", "advmod")) and head.i > verb.i \
            and head.pos_ == "ADJ" else None

    def _attribute_words(self, verb: Token) -> tuple[Token, ...]:
        """The words before the cue hung on that adjective (the reflexive `se` of `se sont dits prêts`)."""
        attribute = self._attribute_of(verb)
        return tuple(c for c in attribute.children if c.i < verb.i) if attribute is not None else ()

    def _may_govern(self, verb: Token, word: Token) -> bool:
        """Whether `word` can be of `verb`'s group: not a word in quotation marks hung on a verb outside them (`« La
        déception est là », a déclaré X`, whose `est` the parser hangs on the cue; `a « fermement condamné »` keeps
        its `a`)."""
        return self.index.inside(verb.idx) or not self.index.inside(word.idx)

    def _detached_auxiliary(self, verb: Token) -> Token | None:
        """`a par la suite demandé`, `avait à ce propos raconté`, `a, à son tour, menacé`: a past tense the
        parser split at an adverbial phrase, hanging the participle on that phrase's noun."""
        if ("Part" not in verb.morph.get("VerbForm") and verb.i not in self._inverted_incises()) \
                or any(c.dep_ in AUX_DEPS for c in verb.children):
            return None  # (`a-t-elle d'abord rectifié`: a participle the tagger read as an adjective, in an incise)
        for token in reversed(self.doc[max(verb.i - 8, self.sent(verb).start) : verb.i]):
            if token.lemma_.lower() in self.lex.data.perfect_auxiliaries and "Fin" in token.morph.get("VerbForm"):
                return token
            if token.pos_ not in ("ADP", "DET", "NOUN", "ADJ", "ADV", "PRON") and token.text != ",":
                return None
        return None

    def _sharing_auxiliary(self, verb: Token) -> Token | None:
        """`a salué « l'engagement » des secours et promis que …`: a participle a coordinator opens, with no
        auxiliary of its own, shares the active past tense of the participle before it (the parser may hang it on
        that one's object, as if it qualified the noun). That participle, if so (its subject, the cue's, is found by
        `_subject_by_position` after the coordinator)."""
        data = self.lex.data
        if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") \
                or any(c.dep_ in AUX_DEPS or c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        sent = self.sent(verb)
        i = verb.i - 1
        while i > sent.start and self.doc[i].pos_ == "ADV":
            i -= 1  # `et aussitôt promis`
        if i <= sent.start or self.doc[i].pos_ != "CCONJ":
            return None
        for token in reversed(self.doc[sent.start : i]):
            if token.text in (";", ":"):
                return None
            if token.pos_ in ("VERB", "AUX") and not (self.index.inside(token.idx) and not self.index.inside(verb.idx)):
                active = any(c.dep_ in AUX_DEPS and c.lemma_.lower() in data.perfect_auxiliaries
                             for c in token.children)
                passive = any(c.dep_ in ("aux:pass", "auxpass") for c in token.children)
                return token if "Part" in token.morph.get("VerbForm") and active and not passive else None
        return None

    def _too_soon_to_say(self, verb: Token) -> bool:
        """`il est trop tôt pour affirmer que …`, `too early to say whether …`: an infinitive under a word of excess
        (`excess_adverbs`) is an act ruled out, nothing said; what it would report is part of the words around it."""
        head = verb.head
        return "Inf" in verb.morph.get("VerbForm") and head.i != verb.i \
            and any(c.dep_ == "advmod" and c.lower_ in self.lex.data.excess_adverbs for c in head.children)

    def _said_by_a_clause(self, verb: Token) -> bool:
        """`…, ce qui signifie que de l'eau pourrait exister`: a relative on `ce` (`clause_pronouns`) as an active
        cue's subject stands for the clause before it, a fact, not a source (in the passive it is what is said about:
        `ce qui est décrit comme un « engin » par le chef de la police`)."""
        return not self._passive(verb) and any(
            c.dep_ in SUBJECT_DEPS and not c.dep_.endswith("pass") and c.lower_ in self.lex.data.relative_pronouns
            and c.i > 0 and self.doc[c.i - 1].lower_ in self.lex.data.clause_pronouns for c in verb.children)

    def _cue_span(self, verb: Token, lemma: str) -> tuple[int, int]:
        start = verb.i
        for child in verb.children:
            # (`a-t-il d'abord expliqué`: past the inverted pronoun, only adverbs stand between them)
            # (not one across a comma: `La situation est, dit-il, très grave`, the clause the incise interrupts)
            if child.dep_ in AUX_DEPS and child.i < verb.i and not any(
                    t.text == "," for t in self.doc[child.i + 1 : verb.i]) and (verb.i - child.i <= 4 or all(
                    t.pos_ in ("ADV", "ADP", "PRON") for t in self.doc[child.i + 1 : verb.i])):
                start = min(start, child.i)
            elif child.i == verb.i - 1 and child.lemma_.lower() in self.lex.data.perfect_auxiliaries:
                start = min(start, child.i)  # `a tweeté`: an auxiliary the parser did not recognise as one
        detached = self._detached_auxiliary(verb)
        if detached is not None:
            start = min(start, detached.i)  # `a-t-elle ainsi concédé`, `a par la suite demandé`
        if start > 0 and self.doc[start - 1].lower_ in ("se", "s'", "s’") and self.doc[start - 1].head == verb:
            start -= 1  # `se dit`, `s'est défendu`: the reflexive belongs to the cue as written
        end = verb.i + 1
        phrase_end = self._phrase_end(verb, lemma) if lemma in self.lex.phrases else None
        if phrase_end is not None and lemma not in self.lex.cues:
            end = phrase_end
        # a-t-il dit: the clitic sits between the auxiliary and the participle
        return self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)

    # --- frames around a cue -----------------------------------------------------------

    def _frame(self, verb: Token, lemma: str) -> Frame | None:
        """The first frame of the table that reads the cue gives its quote (or says there is none)."""
        if self._negated(verb) or self._under_impersonal(verb) or self._asks_what(verb) or self._proposed(verb) \
                or self._said_by_a_clause(verb) or self._too_soon_to_say(verb):
            return None
        reading = CueReading(self, verb, lemma)
        # (a cue that reports only a quotation in its object reads no other frame: `parle d'immigration : …`)
        for name in QUOTATION_FRAMES if lemma in self.lex.data.quotation_only_cues else FRAMES:
            found = getattr(self, f"_frame_{name}")(reading)
            if found is NO_FRAME:
                return None
            if found is not None:
                detached = self._detached_participle(verb)
                if detached is None or found.end <= detached:
                    return found
                if found.start > detached:
                    return None
                trimmed = self._trim(found.start, detached)  # `Accusé par X de mentir, le ministre …`
                if trimmed is None:
                    return None
                kind = found.type if found.type == "direct" else self._kind(*trimmed)
                return replace(found, type=kind, start=trimmed[0], end=trimmed[1])
        return None

    def _asks_what(self, verb: Token) -> bool:
        """`Qu'a dit le ministre sur la réforme ?`, `What did the minister say?`: a question whose object is the
        question word asks what was said; the writer's question reports nothing (the guidelines leave it out). Nor
        does a cue whose subject is the question word (`after being asked what signals Canadians could expect`)."""
        sent = self.sent(verb)
        last = next((t for t in reversed(sent) if not t.is_space), None)
        asked = self.lex.data.question_words
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ in asked and c.i < verb.i for c in verb.children):
            return True
        return last is not None and last.text == "?" and any(
            c.dep_ in ("obj", "dobj") and c.i < verb.i and c.lower_ in asked for c in verb.children)

    def _proposed(self, verb: Token) -> bool:
        """`Mayor John Tory's motion to request a referendum`, `la motion visant à demander un référendum`: a cue in
        the infinitive that says what a noun proposes (hung on the noun, or on a participle that qualifies it) is no
        one's report, only what the motion, plan or bid would do; not what a text does (`issued a statement seeking
        to clarify …`: the text speaks), nor a narrative infinitive (`Et le ministre de conclure : …`)."""
        if "Inf" not in verb.morph.get("VerbForm"):
            return False
        head = verb.head
        if verb.dep_ in ("xcomp", "advcl") and _qualifies_noun(head):
            head = head.head
        elif verb.dep_ != "acl" or self._narrative_subject(verb) is not None or self._supported(head):
            return False
        return head.pos_ == "NOUN" and head.i < verb.i and not names_a_text(head, self.lex.data.document_nouns)

    def _supported(self, noun: Token) -> bool:
        """`a pris le temps d'expliquer …`, `a eu l'intelligence de reconnaître …`: the object of a support verb
        (`support_verbs`) makes one predicate with it, so an infinitive the parser hangs on that noun is the
        subject's act."""
        return noun.dep_ in ("obj", "dobj") and noun.head.i < noun.i and noun.head.pos_ == "VERB" \
            and noun.head.lemma_ in self.lex.data.support_verbs

    def _under_impersonal(self, verb: Token) -> bool:
        """`Il faut dire que …`, `il convient de rappeler que …`: a cue in the infinitive under a verb whose only
        subject is expletive is the writer's own point, no one's report. A reflexive clitic (`s'est empressé de
        préciser`) and a subject inverted after the verb (`a-t-il tenu à préciser`) are no expletives, whatever
        the parser's label."""
        if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in ("xcomp", "ccomp", "csubj"):
            return False
        subjects = [c for c in verb.head.children if (c.dep_ in SUBJECT_DEPS or c.dep_.startswith("expl"))
                    and c.lower_ not in self.lex.data.reflexive_pronouns]
        return bool(subjects) and all(c.dep_.startswith("expl") and not self._inverted_clitic(c)
                                      for c in subjects)

    # --- the frames, in the order of FRAMES: each returns a frame, None (not mine), or NO_FRAME -----------

    def _frame_unnamed_charge(self, r: CueReading) -> Frame | None:
        """`Il lui est reproché d'avoir menti`, `On lui reproche un enrichissement personnel`: a charge laid by
        nobody the sentence names (an impersonal passive, or `on`) is still a claim to check, said by nobody."""
        verb, data = r.verb, self.lex.data
        if r.lemma not in data.unnamed_charge_cues:
            return self._unnamed_report(r)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        by_on = any(c.lower_ in data.impersonal_subjects for c in subjects)
        passive = self._marked_passive(verb) or any(c.dep_ in AUX_DEPS and c.lemma_ == "être" for c in verb.children)
        expletive = all(c.dep_ == "expl:subj" or c.lower_ in data.expletive_subjects for c in subjects)
        if not (by_on or (passive and expletive)):
            return None
        # what is charged: the infinitive or the object, from the first of them (`de discriminer les musulmans`,
        # whatever the parser makes of the infinitive); not the one charged (`au maire`)
        charged = [c for c in verb.children if c.i > verb.i and not self.index.inside(c.idx)
                   and c.dep_ in ("xcomp", "ccomp", "obj", "dobj", "obl:arg")
                   and not self._introduced_by(c, data.addressee_prepositions)]
        if not charged:
            return None
        start = min(c.left_edge.i if c.left_edge.i > verb.i else c.i for c in charged)
        return self._content_frame(start, r.cue, None, verb.idx, "unnamed-charge", base=0.8)

    def _unnamed_report(self, r: CueReading) -> Frame | None:
        """`Il a été annoncé que …`, `It has been reported that …`: a cue in an impersonal passive, its only subject
        the expletive, reports the clause its `que` opens, said by nobody the sentence names; not a thought, a fear or
        an intent (`it is feared that …`, `it is expected that …`: `opinion_verbs`, `intent_verbs`), nor a cue whose
        object is whom it was told (`Il a été averti que …`: someone warned)."""
        verb, data = r.verb, self.lex.data
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_.startswith("expl")]
        if r.lemma in data.addressee_cues or r.lemma in data.intent_verbs or r.lemma in data.statements.opinion_verbs \
                or not subjects or not self._marked_passive(verb) \
                or not all(c.lower_ in data.expletive_subjects for c in subjects) \
                or r.next is None or not self._complementizer(r.next):
            return None
        return self._content_frame(r.after + 1, r.cue, None, verb.idx, "unnamed-report", base=0.75)

    def _frame_agent(self, r: CueReading) -> Frame | object | None:
        """`Un contrat a été annoncé par le ministre`: the passive's agent speaks; a passive without one
        (`a été annoncé`), or the writer's own verb, reports nobody's words."""
        verb = r.verb
        if r.lemma in self.lex.data.agent_cues and self._passive(verb):
            by_agent = self._by_agent(verb, r.cue)
            if by_agent is not None:
                return by_agent
        return NO_FRAME if self._agentless_passive(verb) or self._writers_own(verb) else None

    def _frame_as_said(self, r: CueReading) -> Frame | None:
        return self._as_said(r.verb, r.cue)

    def _frame_pseudo_cleft(self, r: CueReading) -> Frame | object | None:
        """`Ce que demandent les salariés, c'est une hausse des salaires`: a cue in a relative clause whose
        pronoun is its object, then the cleft's `c'est`; what follows the copula is what was said."""
        verb, doc = r.verb, self.doc
        if not verb.dep_.startswith(("acl", "relcl")) or not any(
                c.dep_ in ("obj", "dobj") and c.i < verb.i and c.lower_ in self.complementizers | self.relatives
                for c in verb.children):  # `que` as the relative pronoun, object of the cue
            return None
        sent = self.sent(verb)
        # the first comma after the cue closes the relative clause (the parser may hang what follows on the cue)
        comma = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
        j = comma + 1 if comma is not None else sent.end
        if j + 2 >= sent.end or (self.lowered[j], doc[j + 1].lemma_.lower()) not in self.lex.data.cleft_openers:
            return None
        content = self._trim(doc[j + 2].idx, doc[sent.end - 1].idx + len(doc[sent.end - 1].text))
        if content is None:
            return None
        kind = self._kind(*content)
        return Frame(kind, *content, r.cue, r.mention, r.at, 0.75, "pseudo-cleft")

    def _frame_quote_then_cue(self, r: CueReading) -> Frame | None:
        """`« … », a déclaré X`, and `"…," he said` with the subject between quotation and cue."""
        before_quote, mention = r.quote_before
        if before_quote is None or (r.opens_clause and not self._closes_a_relative(r)) \
                or self._names_what_precedes(before_quote) \
                or self._opened_after_a_determiner(before_quote):
            return None
        verb = r.verb
        if any(c.dep_ in AUX_DEPS and c.pos_ == "PART" for c in verb.children):
            return None  # `is "a clear way" to inform Canadians`: a to-infinitive after a quotation is no incise
        if self._participle(verb) and mention is None and (r.bare_clause is not None or (
                r.next is not None and self._complementizer(r.next))):
            # `dismissed the existence of a "Bridgegate," saying the bridge was safe`, `said Ford had referenced his
            # plans in what he described as an "offhand way," adding the premier …`: a participle with a clause of its
            # own reports that clause; the quotation before it is no incise's
            return None
        if self._participle(verb) and self._reports_an_infinitive(verb, r.lemma):
            return None  # `… que « … », ajoutant n'être « pas surpris »`: a report of its own, not the quotation's cue
        if self._participle(verb) and mention is None and self._quote_in_object(r.after, verb) is not None:
            return None  # `… qu'il fallait « tout revoir », regrettant « un manque de vision »`: the same
        if mention is not None and self._ends_a_sentence(before_quote) and mention.text[:1].isupper() \
                and (r.bare_clause is not None or self._reported_object(verb, r.lemma) is not None
                     or self._quote_in_object(r.after, verb) is not None):
            # `« … . » Le ministre a demandé aux Européens de …`, `« … . » La présidente a dénoncé « … »`: a new
            # sentence, reporting its own
            return None
        if mention is not None and self._opened_by_subordinator(before_quote) and (
                r.bare_clause is not None or self._reported_object(verb, r.lemma) is not None
                or self._quote_in_object(r.after, verb) is not None):
            # `While Jones called the closures "very disturbing," she said the province has …`, `Si une source a
            # précisé que la victime présentait « … », le procureur a démenti l'hypothèse …`: the quotation ends a
            # clause a subordinator opened; the cue after it reports what follows it
            return None
        # `"…", highlighting the importance of …`: a participle's object is not its subject
        if mention is None:
            mention = self._subject(verb) if self._participle(verb) else self._inverted_subject(verb, r.after)
        if mention is None and self._set_off_after_a_noun(before_quote, verb):
            return None  # `Vers 7h, X, « simple mère de famille » a affirmé …`: no subject inverted, so no direct speech
        if mention is None and not self._participle(verb) and self._subject_before_quotation(verb, before_quote):
            return None  # `Me X, avocat de la famille du « tueur de l'Est », avait indiqué avoir …`: inside the subject
        closing = self._token_at(before_quote.end)
        if mention is None and closing is not None and closing.text == "," \
                and self._relative_just_closed(self.sent(verb).start, closing.i):
            return None  # `Le syndicat, qui parle de « trahison », appelle à …`: the subject's own verb, no incise
        finite = any("Fin" in t.morph.get("VerbForm")
                     for t in (verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)))
        lead = self._clause_before_quote(before_quote) if finite else None  # not `« … » lancée par X`
        if lead is not None and self._speaker_described_before(lead, before_quote, mention):
            lead = None
        if lead is not None:
            # `Un camion intervient pour s'assurer qu'il n'y a pas de « piège », explique X`: the
            # quotation ends a clause of the journalist's that X's words run through
            return Frame("mixed", lead, before_quote.end, r.cue, mention, before_quote.end, 0.8, "clause-then-cue")
        return Frame("direct", before_quote.inner_start, before_quote.inner_end, r.cue, mention,
                     before_quote.end, 0.9, "quote-then-cue")

    def _apposed_to_the_quotation(self, verb: Token) -> Token | None:
        """`"…," Rueda's chief spokesman, Jose Luis Castillo, said`, `"It was awful," the victim's mother said`: a cue
        with no subject parsed, right after a noun phrase the parser hung on a word inside the quotation before it (as
        an apposition, or the attribute of its copula); that phrase is the cue's subject (nothing outside the marks
        describes a word inside them)."""
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        start = self.sent(verb).start
        found = None
        for i in range(verb.i - 1, max(start, verb.i - 20) - 1, -1):  # back to the closing mark, a few words
            token = self.doc[i]
            if self.index.inside(token.idx) or token.pos_ in ("VERB", "AUX"):
                break
            if token.dep_ in ("appos", "attr") and token.pos_ in ("NOUN", "PROPN") and self.index.inside(token.head.idx):
                found = token
        return found

    def _closes_a_relative(self, r: CueReading) -> bool:
        """The colon or `que` read after the cue closes a relative clause set between them (`a regretté X, qui est
        revenu sur un point : « … »`): it opens what that clause's verb says, not what the cue says."""
        return r.after is not None and any(t.lower_ in self.relatives and t.dep_ in SUBJECT_DEPS
                                           for t in self.doc[r.verb.i + 1 : r.after])

    def _speaker_described_before(self, lead: int, quote: Quoted, mention: Span | None) -> bool:
        """`Elle soupire quand on lui parle de X, « je ne panique pas », ajoute-t-elle`: the clause set off by a comma
        before the quotation has the incise's own subject pronoun, so it tells what the speaker did as she spoke;
        the quotation alone is what she said."""
        opening = self._token_at(quote.start)
        if mention is None or len(mention) != 1 or mention[0].pos_ != "PRON" or opening is None or opening.i == 0 \
                or self.doc[opening.i - 1].text != ",":
            return False
        pronoun = mention[0].lower_.lstrip("-")
        clause = self.doc.char_span(lead, self.doc[opening.i - 1].idx, alignment_mode="expand")
        return clause is not None and any(t.dep_ in SUBJECT_DEPS and t.lower_ == pronoun and t.head.i != t.i
                                          and not self.index.inside(t.idx) for t in clause)

    def _opened_after_a_determiner(self, quote: Quoted) -> bool:
        """`que des « éléments à charges » corroborent les aveux`: marks opened after a determiner hold words of a
        noun phrase, whose verb follows with no comma; no incise names who spoke (`… pas de « piège », explique X`
        is one)."""
        opening, closing = self._token_at(quote.start), self._token_at(quote.end)
        return self._after_a_determiner(opening) and not (closing is not None and closing.is_punct)

    def _after_a_determiner(self, opening: Token | None) -> bool:
        """An opening mark set right after a determiner of the writer's own (`La « Commission … »`, `des « … »`)."""
        return opening is not None and opening.i > 0 and opening.nbor(-1).pos_ == "DET" \
            and not self.index.inside(opening.nbor(-1).idx)

    def _opened_by_subordinator(self, quote: Quoted) -> bool:
        """The quotation stands in a clause its sentence opens with a subordinator (`While …`, `Alors que …`)."""
        opener = self._opener(quote)
        return opener is not None and self._subordinate_before(opener.i)

    def _subordinate_before(self, i: int) -> bool:
        """Token `i` follows a subordinator opening its sentence (`While …`, `Si …`, `Alors que …`)."""
        first = self.doc[self.sent(i).start]
        # (`Après que …`, `Bien que …`: a preposition or an adverb the parser makes the mark of a clause with `que`)
        return first.i < i and (first.pos_ == "SCONJ" or first.dep_ == "mark") and not self._complementizer(first) \
            and not any(t.text in (".", ";", ":") for t in self.doc[first.i : i])

    def _ends_a_sentence(self, quote: Quoted) -> bool:
        """A full stop closes the words inside the marks."""
        return self.text[quote.inner_start : quote.inner_end].rstrip().endswith((".", "…"))

    def _subject_before_quotation(self, verb: Token, quote: Quoted) -> bool:
        """The cue has its own subject before the quotation, and none after it: the words in marks stand in that
        subject's phrase (an apposition, a complement), not in an incise after the speaker's words."""
        opener = self._opener(quote)
        if opener is None:
            return False
        if any(c.dep_ in SUBJECT_DEPS and c.i < opener.i and not self.index.inside(c.idx)
               for t in (verb, *(c for c in verb.children if c.dep_ in AUX_DEPS)) for c in t.children):
            return True
        # (the parser may hang a name opening the sentence elsewhere: a person or an organisation named before the
        # quotation with no verb of its own between them is the subject, whatever the parse)
        before = [t for t in self.doc[self.sent(opener).start : opener.i] if not self.index.inside(t.idx)]
        return any(t.ent_type_ in PERSON_LABELS | {"ORG"} for t in before) and not any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before)

    def _set_off_after_a_noun(self, quote: Quoted, verb: Token) -> bool:
        """Words in marks set off by a comma after a noun, the cue right after the closing mark: an apposition
        naming the noun (direct speech before a cue has its comma after the marks)."""
        opener = self._opener(quote)
        closer = self.doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
        if opener is None or closer is None or opener.i < 2:
            return False
        between = [t for t in self.doc[closer[-1].i + 1 : verb.i] if t.dep_ not in AUX_DEPS]
        return not between and self.doc[opener.i - 1].text == "," \
            and self.doc[opener.i - 2].pos_ in ("NOUN", "PROPN")

    def _frame_unquoted_incise(self, r: CueReading) -> Frame | object | None:
        if r.next is None:
            return NO_FRAME  # nothing after the cue: no frame below has words to read
        return self._unquoted_incise(r.verb, r.cue)

    def _frame_que(self, r: CueReading) -> Frame | object | None:
        if not (self._complementizer(r.next) or self._que_past_adjuncts(r.verb) == r.next.i):
            return None  # (a `que` the parse took for a relative, read along the words)
        start = r.after + 1
        if start + 1 < len(self.doc) and self.doc[start].text == ",":
            start += 1  # `a déclaré que, selon la police, deux personnes …`: an aside set off right after `que`
        return self._read_frame(r, start, "que", base=0.85) or NO_FRAME

    def _frame_question(self, r: CueReading) -> Frame | None:
        """`s'est demandé si la réforme était utile`, `lui demande pourquoi …`: a cue that asks (`question_cues`)
        reports the question, from the word that opens it (`question_openers`), past whom it was asked."""
        data = self.lex.data
        if r.lemma not in data.question_cues or any(c.dep_ in ("obj", "dobj") for c in r.verb.children):
            return None  # (`l'a demandé quand il est arrivé`: what was asked is its object)
        # (the question's clause hangs on the cue, or the parser lost it and it opens right after the verb)
        openers = [c.left_edge for c in r.verb.children if c.dep_ in ("ccomp", "advcl") and c.left_edge.head == c]
        after = self.doc[r.verb.i + 1] if r.verb.i + 1 < len(self.doc) else None
        for opener in openers + ([after] if after is not None and after.head.i > after.i else []):
            if r.verb.i < opener.i < opener.head.i and opener.lower_ in data.question_openers \
                    and not self.doc[opener.i - 1].is_punct and not self.index.inside(opener.idx):
                # (after a comma it is a clause of its own: `a demandé, quand il est arrivé, un café`)
                return self._read_frame(r, opener.i, "question", base=0.75)
        return None

    def _frame_colon(self, r: CueReading) -> Frame | object | None:
        if r.next.text != ":":
            return None
        if self._right_after_a_quotation(r.verb) and self._closes_a_relative(r):
            return None  # `« A », a regretté X, qui est revenu sur un point : « B »`: the incise reports A
        after = next((t for t in self.doc[r.after + 1 : r.after + 3] if not t.is_space), None)
        if not (after is not None and self._opens_quotation(after.idx)) \
                and self._object_before(r.verb, r.lemma, r.after):
            return None  # `demande l'arrêt du mouvement : nous avons six morts`: what was asked, then why
        frame = self._read_frame(r, r.after + 1, "colon", base=0.85)
        opened = self.index.at(after.idx) if after is not None else None
        closing = self._token_at(opened.end) if opened is not None else None
        if frame is not None and opened is not None and opened.start == after.idx and frame.end > opened.end \
                and closing is not None and (closing.text == "," or closing.pos_ == "CCONJ"):
            # `a déclaré : « … », et vouloir …`, `: « … », puis elle est partie`: the quotation the colon opens
            # is what was said; what follows its comma is the writer's (or another report)
            frame = replace(frame, type="direct", start=opened.inner_start, end=opened.inner_end)
        main = self._cue_over_relative(r.verb)
        if frame is not None and main is not None and (subject := self._subject(main)) is not None:
            # `X a répondu à Y, qui avait commenté sa pétition : « … »`: X's answer, not Y's comment
            frame = replace(frame, cue=self._cue_span(main, self._cue(main)), mention=subject,
                            at=subject.start_char)
        return frame or NO_FRAME

    def _frame_announcing_clitic(self, r: CueReading) -> Frame | None:
        """`Le ministre l'assure, la réforme entrera en vigueur en juin`: a cue with a clitic object before it
        (`announcing_clitics`) and a comma right after it, then a clause of its own (its subject, its finite verb, no
        conjunction opening it): the clitic announces the clause, as a colon would."""
        verb, doc = r.verb, self.doc
        comma = verb.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != "," or not self._announced_by_clitic(verb):
            return None
        sent = self.sent(verb)
        clause = [t for t in doc[comma + 1 : sent.end] if not t.is_punct]
        if not clause or clause[0].pos_ in ("CCONJ", "SCONJ", "ADV") or self.index.inside(clause[0].idx) \
                or not any(t.dep_ in SUBJECT_DEPS for t in clause) \
                or not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in clause):
            return None
        return self._read_frame(r, comma + 1, "announcing-clitic", base=0.75)

    def _announced_by_clitic(self, verb: Token) -> bool:
        """`l'assure`, `le martèle`, `l'a annoncé`: the verb's object is a clitic before it that may stand for a clause
        still to come."""
        # (`Ainsi que l'a annoncé X`: the parser may call the clitic the subject; elided, it is none)
        return any(c.i < verb.i and c.lower_ in self.lex.data.announcing_clitics and (
            c.dep_ in ("obj", "dobj") or (c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON")) for c in verb.children)

    def _opens_with_que(self, word: Token, verb: Token) -> bool:
        """`Ainsi que l'a annoncé X`: the parser may hang `ainsi` on the verb as an adverb, `que` after it marking the
        clause, or as a conjunction, `que` fixed on it."""
        if word.dep_ not in ("advmod", "cc") or word.i + 1 >= verb.i:
            return False
        que = self.doc[word.i + 1]
        return (que.dep_ == "mark" and que.head.i == verb.i and self._complementizer(que)) \
            or (que.dep_ == "fixed" and que.head.i == word.i and que.lower_ in self.complementizers)

    def _cue_over_relative(self, verb: Token) -> Token | None:
        """The cue of the main clause when `verb` stands in a relative clause set off by a comma on that cue's
        complement (`a répondu à Y, qui avait commenté …`), the relative pronoun its subject."""
        doc = self.doc
        pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i
                        and c.lower_ in self.lex.data.relative_pronouns), None)
        if pronoun is None or pronoun.i == 0 or doc[pronoun.i - 1].text != "," \
                or not verb.dep_.startswith(("acl", "relcl")):
            return None
        antecedent = verb.head
        main = antecedent.head
        if antecedent.dep_ not in COMPLEMENT_DEPS or main.i >= antecedent.i or main.pos_ != "VERB" \
                or self.index.inside(main.idx):
            return None
        return main if self._cue(main) is not None else None

    def _past_its_relative_clause(self, verb: Token, quote: Quoted) -> bool:
        """`Le maire, qui s'exprimait devant le conseil, a promis de « … »`: a relative clause set off by commas ends
        at its comma; a quotation after it belongs to the main clause, whose verb reports it."""
        if not verb.dep_.startswith(("acl", "relcl")) or not any(
                c.dep_ in SUBJECT_DEPS and c.lower_ in self.relatives for c in verb.children):
            return False
        end = verb.right_edge.i
        return end + 1 < len(self.doc) and self.doc[end + 1].text == "," and self.doc[end + 1].idx < quote.start

    def _object_before(self, verb: Token, lemma: str, colon: int) -> bool:
        """The cue reports a noun phrase that stands before the colon."""
        start = self._reported_object(verb, lemma)
        return start is not None and verb.i < start < colon and self.doc[start].pos_ in ("DET", "NOUN", "PROPN")

    def _frame_naming(self, r: CueReading) -> Frame | object | None:
        quote = self._named_by_relative(r.verb, r.lemma)
        if quote is not None:
            # (a report whose object holds the relative clause wins: `outlined a plan for what he called a "New GM"`)
            return Frame("direct", quote.inner_start, quote.inner_end, r.cue, r.mention, r.at, 0.6, "naming")
        start = self._named_itself(r.verb) if self.lex.self_naming_lemma(r.verb.lemma_, r.verb.text) else None
        start = start if start is not None else self._named_as(r.verb, r.lemma)
        if start is None:
            return None
        return self._read_frame(r, start, "naming", base=0.75) or NO_FRAME

    def _frame_quoted_object(self, r: CueReading) -> Frame | object | None:
        """`a dénoncé « une provocation »`: a quotation in the cue's object, before any clause of its own."""
        quote = self._quote_in_object(r.after, r.verb)
        clause = r.bare_clause
        if quote is None or (clause is not None and self.doc[clause].idx < quote.start):
            return None
        if self._past_its_relative_clause(r.verb, quote):
            return None
        stops = self._clause_stops()
        stop = bisect_left(stops, r.verb.i + 1)
        if stop < len(stops) and self.doc[stops[stop]].idx < quote.start:
            return None  # `a contesté le contrôle, évoquant « de graves irrégularités »`: the participle's report
        if r.lemma in self.lex.data.quotation_only_cues and self._name_like(quote):
            return NO_FRAME  # `a parlé de « La Haine »`: a title, and the cue reports nothing else
        if self._in_a_purpose_clause(r.verb, quote):
            return None  # `a interrogé des spécialistes pour connaître les « mesures barrière »`: why, not what
        if self._object_after(r.verb, r.lemma, quote):
            return None  # `a annoncé dans le cadre d'une convention des « managers » la suppression de …`: where
        if self._names_what_precedes(quote):
            # a title names the noun before it, nobody's words: the cue's object is a thing named (`La police a
            # lancé l'opération « Tempête du désert »`), or, with no subject before the cue, its inverted subject
            # (`…, a révélé lundi l'émission « Quotidien »`), which the frames after this one read
            return NO_FRAME if self._subject_before_cue(r) else None
        if r.lemma in self.lex.data.reading_cues and self._token_at(quote.start) is not None \
                and self._token_at(quote.start).i == r.after:
            # `The letter reads "…", but …`: a text's words are what its quotation holds
            return Frame("direct", quote.inner_start, quote.inner_end, r.cue, r.mention, r.at, 0.75, "object")
        start = self._holder_start(r, quote)
        past, opening = self._past_a_locution(r.verb), self._token_at(quote.start)
        if opening is not None and start < past <= opening.i:
            start = past  # `dénoncent de leur côté des marges « excessives »`: the parser hung the object on it
        if self._complementizer(self.doc[start]):
            start += 1  # `espère que la réforme sera « vite oubliée »`: the words start after `que`, as in any report
        frame = self._read_frame(r, start, "object", base=0.7, need_quote=True)
        if frame is not None and frame.type != "direct":
            frame = self._noun_phrase_only(frame)
        if frame is not None and frame.type == "mixed" and frame.start == quote.start \
                and self._only_adjuncts_after(quote, r.verb, frame.end):
            # `scandaient « Macron démission » devant l'Assemblée`: where or when it was said is no part of the words
            return replace(frame, type="direct", start=quote.inner_start, end=quote.inner_end)
        return frame or NO_FRAME

    def _only_adjuncts_after(self, quote: Quoted, verb: Token, end: int) -> bool:
        """The quotation names a thing (a noun, not an adjective whose complement the parser may hang on the verb:
        `se disant « désolé » pour les familles`) and the words between its closing mark and `end` hang on the verb
        as phrases of where, when or how, no clause (not on the quotation's noun: `« toute tentative de discrédit »
        contre ses membres` is one object)."""
        inside = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        after = self.doc.char_span(quote.end, end, alignment_mode="expand")
        if inside is None or after is None or inside.root.pos_ not in ("NOUN", "PROPN") \
                or sum(not inside.start <= t.head.i < inside.end for t in inside) != 1:
            return False
        tops = [t for t in after if not t.is_punct and not after.start <= t.head.i < after.end]
        return bool(tops) and all(t.head.i == verb.i and t.dep_ in ADJUNCT_DEPS - {"advcl"} for t in tops)

    def _object_after(self, verb: Token, lemma: str, quote: Quoted) -> bool:
        """The object the cue reports starts after the quotation, which stands in a phrase of where or when it was
        said before it (not in the phrase a naming cue's preposition opens: `qualifiant de « miettes » les mesures`)."""
        opening = self._token_at(quote.start)
        if opening is None or not self._in_adjunct(verb, lemma, opening):
            return False
        start = self._reported_object(verb, lemma)
        return start is not None and self.doc[start].idx >= quote.end

    def _in_adjunct(self, verb: Token, lemma: str, token: Token) -> bool:
        """The token stands in a prepositional phrase of the verb's that the verb's own preposition does not open."""
        if lemma in self.lex.data.naming_cues:
            return False
        own = self.lex.data.prepositional_cues.get(lemma, ())
        return any(c.dep_ in ("obl", "obl:mod") and c.left_edge.i <= token.i <= c.right_edge.i
                   and any(k.dep_ == "case" and k.lower_ not in own for k in c.children) for c in verb.children)

    def _subject_before_cue(self, r: CueReading) -> bool:
        """The cue has its subject before it; not a clause the parser hung on it as its subject across the comma
        before the cue (`Mike Gikas, le ministre, aurait employé ses filles, a révélé l'émission « Quotidien »`),
        which is what the cue, its subject inverted, reports."""
        if _preceding_subject(r.verb) is None:
            return False
        comma = r.first_token.i - 1
        return not (comma > 0 and self.doc[comma].text == "," and self._clauses_as_subjects(r.verb, comma))

    def _in_a_purpose_clause(self, verb: Token, quote: Quoted) -> bool:
        """The quotation stands in an infinitive of purpose after the cue (`pour connaître …`, `in order to …`)."""
        opening = self._token_at(quote.start)
        if opening is None:
            return False
        marks = self.lex.data.purpose_marks
        return any(t.lower_ in marks and any(v.pos_ == "VERB" and "Inf" in v.morph.get("VerbForm")
                                              for v in self.doc[t.i + 1 : min(t.i + 4, opening.i)])
                   for t in self.doc[verb.i + 1 : opening.i])

    def _holder_start(self, r: CueReading, quote: Quoted) -> int:
        """Where the cue's complement that holds the quotation starts: its own first word (`a dénoncé mercredi
        dans un rapport les conditions de détention « inhumaines »`, `alertent sur la « dégradation »`), not the
        quotation; the quotation itself when it is a complement of its own (`said in a blog post "…"`); the
        object that holds a name in marks, when it starts before the walk after the cue stopped (`outlined a plan
        for what he called a "New GM"`)."""
        first = r.verb.i + 1
        if r.lemma in self.lex.phrases and r.lemma not in self.lex.cues:
            first = self._phrase_end(r.verb, r.lemma) or first
        opening = self._token_at(quote.start)
        if opening is None:
            return r.after
        if self._object_hung_on_adjunct(r.verb, quote, opening):
            # `dénonce dans un communiqué « une catastrophe »`: the parser hung the object, with no preposition of
            # its own, on the phrase of where it was said; the quotation is the object, from its own mark
            return opening.i
        # not whom it was said to: `a demandé à l'animateur de « … »`
        # (a phrase a preposition opens that holds only the opening mark, which the parser hung on it, holds none of
        # the quotation: `a salué sur Twitter « un monstre sacré »`; an object still leads into it: `a réclamé la tenue
        # d'élections « dans les plus brefs délais »`)
        holder = next((c for c in r.verb.children if c.dep_ in COMPLEMENT_DEPS
                       and first <= c.left_edge.i <= opening.i <= c.right_edge.i
                       and (not any(k.dep_ == "case" for k in c.children)
                            or any(t.i > opening.i and not t.is_punct for t in c.subtree))
                       and not self._introduced_by(c, self.lex.data.addressee_prepositions)), None)
        if self._name_like(quote) and (holder is None or holder.left_edge.i >= r.after):
            return r.after  # `a révélé l'émission « Quotidien »`: a name in marks, nobody's words
        if holder is None:
            # the parser hung the object on a phrase before it (`dans un rapport les conditions …`)
            start = self._past_adjuncts(first)
            if first < start < opening.i and self.doc[start].pos_ == "DET":
                return start
        if holder is None or holder.left_edge.i >= r.after:
            objects = [c for c in r.verb.children if c.dep_ in ("obj", "dobj") and c.i > r.verb.i]
            if holder is None and objects and all(c.left_edge.i == opening.i + 1 for c in objects):
                # `a dénoncé sur RTL « l'empilement des normes »`: the cue's object opens inside the marks; the
                # phrase before them says where it was said
                return opening.i
            # (a clause in marks is a complement of its own: `said in a blog post "I have …"`)
            lead = None if self._finite_clause(quote) else self._lead_in(first, opening.i)
            if lead is not None:
                return lead
            walked_to = self.doc[r.after] if r.after is not None and r.after < opening.i else None
            if walked_to is not None and walked_to.dep_ == "acl" and walked_to.head.i < walked_to.i \
                    and "Part" in walked_to.morph.get("VerbForm") and not any(c.dep_ in AUX_DEPS for c in walked_to.children) \
                    and walked_to.head.dep_.startswith("obl") and walked_to.head.head.i == r.verb.i:
                # `dénonce dans un rapport publié mardi « des violations … »`: the walk stopped at a participle that
                # describes the phrase of where it was said; the quotation is the object, from its own mark
                return opening.i
            start = r.after  # with the auxiliaries of the verb the walk stopped at (`a indiqué au quotidien avoir agi`)
            while start - 1 > r.verb.i and self.doc[start - 1].dep_ in AUX_DEPS and self.doc[start - 1].head.i == r.after:
                start -= 1
            return self._words_before(start, r.verb, self.negations)
        start = holder.left_edge.i
        if holder.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "mark" and c.pos_ == "ADP" for c in holder.children):
            # `a appelé la communauté internationale à « agir vite »`: whom it is asked of, before the infinitive its
            # preposition opens, is part of the request (as without marks)
            addressee = next((c for c in r.verb.children if r.verb.i < c.i < start and (
                (c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN"))
                or (c.dep_ in ADDRESSEE_DEPS and self._introduced_by(c, self.lex.data.addressee_prepositions)))
                and not self.index.inside(c.idx)), None)
            if addressee is not None:
                return addressee.left_edge.i
        return start + 1 if self.doc[start].dep_ == "case" else start

    def _object_hung_on_adjunct(self, verb: Token, quote: Quoted, opening: Token) -> bool:
        """The phrase in marks, right after a prepositional phrase of the cue, hangs on that phrase's noun with no
        preposition of its own: it is the cue's object (`dans un communiqué « une catastrophe »`)."""
        inner = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if inner is None or opening.i == 0:
            return False
        head = next((t for t in inner if t.head.i < opening.i or t.head.i >= inner.end), None)
        if head is None or head.dep_ not in ("nmod", "appos") or any(c.dep_ == "case" for c in head.children):
            return False
        noun = head.head
        return noun.dep_.startswith("obl") and noun.head.i == verb.i and noun.right_edge.i >= opening.i - 1 \
            and any(c.dep_ == "case" for c in noun.children) and noun.i < opening.i

    def _lead_in(self, first: int, opening: int) -> int | None:
        """`a félicité E. Macron pour sa « grande victoire »`, `appelle à la grève « partout »`: words in marks that
        make no clause of their own finish what the cue's words before them began, and the quote (a mixed one) runs
        from there; only over words with no punctuation, verb or conjunction of subordination between."""
        i = first
        while i < opening and (self.doc[i].pos_ == "ADV" or self.doc[i].lower_ in self.skippable):
            i += 1
        words = self.doc[i:opening]
        if not len(words) or any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") for t in words) \
                or all(t.pos_ == "ADP" or t.dep_ == "case" for t in words):
            return None  # (a preposition alone stays out: `s'est opposé à « une disparition du chèque »`)
        return i

    def _frame_inverted(self, r: CueReading) -> Frame | None:
        return self._inverted_after_comma(r.verb, r.first_token) or self._inverted_without_comma(r.verb, r.first_token) \
            or self._fronted_clause(r.verb, r.lemma)

    def _inverted_without_comma(self, verb: Token, first: Token) -> Frame | None:
        """`Le match est reporté annonce la Ligue.`, `Le suspect a l'attitude d'un homme désabusé raconte une
        source proche de l'enquête`: the incise's comma left out. A conjugated cue with no subject before it, right
        after a word that ends a finite clause (not a relative word, `comme`, a conjunction or a preposition), its
        subject inverted after it and nothing after that to the end of the sentence but what describes it."""
        doc, sent = self.doc, self.sent(verb)
        if first.i < 1 or _finite_tense(verb) is None or self._participle(verb) \
                or any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
            return None
        before = doc[first.i - 1]
        if before.pos_ not in ("NOUN", "PROPN", "ADJ", "ADV", "NUM", "VERB") or before.lower_ in self.relatives \
                or self.index.inside(before.idx):
            return None
        mention = self._inverted_subject(verb, None)
        if mention is None or mention.start <= verb.i or (doc[mention.start].pos_ not in ("DET", "PROPN")
                                                          and not doc[mention.start].text[:1].isupper()):
            return None  # (a name the tagger calls a noun: `auprès du Parquet d'Agen`)
        rest = [t for t in doc[mention.end : sent.end] if not t.is_punct and not t.is_space]
        if any(t.pos_ in ("VERB", "AUX") and not self._describes(t, mention) and not _qualifies_noun(t) for t in rest) \
                or (rest and rest[0].lower_ in self.relatives):
            return None
        words = [t for t in doc[sent.start : first.i] if not self.index.inside(t.idx)]
        if not self._finite_verb_in(words) or any(self._complementizer(t) or t.text in (":", ",") for t in words) \
                or not self._clause_like(list(doc[sent.start : first.i])):
            return None  # a clause of one piece before the cue: no comma left out inside it either
        content = self._trim(doc[sent.start].idx, before.idx + len(before.text))
        if content is None:
            return None
        kind = self._kind(*content)
        return Frame(kind, *content, self._cue_span(verb, self._cue(verb) or verb.lemma_), mention,
                     mention.start_char, 0.6, "clause-then-cue")

    def _frame_bare_clause(self, r: CueReading) -> Frame | object | None:
        """`said he too was "shocked"`: a clause without `that`."""
        if r.bare_clause is None:
            return None
        return self._read_frame(r, r.bare_clause, "bare-clause", base=0.75) or NO_FRAME

    def _frame_object(self, r: CueReading) -> Frame | None:
        """`a annoncé la suppression de …`, `a avoué avoir …`: what the cue's table lets it report; not a bare
        noun with its determiner (`a dénoncé la presse`, `announced the suspension`): a thing named, no claim."""
        start = self._reported_object(r.verb, r.lemma)
        if start is None or self._unrealised(r.verb):
            return None
        if self._quotes_someone_as(r.verb) or self._anonymity(start):
            return NO_FRAME
        frame = self._read_frame(r, start, "object", base=0.7)
        if frame is not None:
            frame = self._infinitive_only(frame)
        if frame is not None and self.doc[start].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP"):
            frame = self._noun_phrase_only(frame)  # also `fait part de son inquiétude, a demandé …`
            if frame is not None:
                frame = self._before_the_main_verb(frame, r.verb, start)
            if frame is not None and frame.type == "indirect" and self.doc[start].pos_ != "ADP" \
                    and r.mention is not None and r.mention.root.lemma_.lower() in self.lex.data.judicial_heads:
                return None  # `la Cour d'appel a confirmé le gel du décret`: a verdict, not a claim
        if frame is not None:
            frame = self._within_a_participle_before_its_clause(frame, r.verb)
        if frame is None or self._names_someone(frame) or self._verb_alone_before_its_quotation(frame):
            return None
        asked_for = start > 0 and self.doc[start - 1].lower_ in self.lex.data.prepositional_cues.get(r.lemma, ())
        return None if self._names_a_thing(frame) and not asked_for else frame  # `appelle à la grève`: a request

    def _anonymity(self, start: int) -> bool:
        """`who requested anonymity`, `qui a requis l'anonymat`: an object that is the source's condition for
        speaking (`anonymity_words`), nothing said."""
        doc = self.doc
        while start < len(doc) and doc[start].pos_ == "DET":
            start += 1
        return start < len(doc) and doc[start].pos_ in ("NOUN", "ADJ") \
            and doc[start].lemma_.lower() in self.lex.data.anonymity_words

    def _within_a_participle_before_its_clause(self, frame: Frame, verb: Token) -> Frame | None:
        """`Se plaignant du manque d'aération, elle a brandi un mégaphone …`: a participle opening its sentence reports
        its own words only; the clause after the comma, with its own subject and finite verb, is what the writer
        tells (it ran into the report)."""
        doc = self.doc
        sent = self.sent(verb)
        if not self._participle(verb) or any(not t.is_punct and t.lower_ not in self.lex.data.reflexive_pronouns
                                             for t in doc[sent.start : verb.i]):
            return frame
        for comma in doc[verb.i + 1 : sent.end - 1]:
            if comma.idx >= frame.end:
                break
            subject = doc[comma.i + 1]
            if comma.text == "," and comma.idx > frame.start and subject.dep_ in SUBJECT_DEPS \
                    and subject.head != verb and _finite_tense(subject.head) is not None \
                    and not self.index.inside(subject.idx):
                trimmed = self._trim(frame.start, comma.idx)
                return replace(frame, start=trimmed[0], end=trimmed[1]) if trimmed is not None else None
        return frame

    def _verb_alone_before_its_quotation(self, frame: Frame) -> bool:
        """`tout en s'engageant à apporter : « un soutien … »`: a report of an infinitive alone, whose object is the
        quotation after the colon, says nothing by itself; the quotation is the words."""
        words = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        return words is not None and words.end < len(self.doc) \
            and all(t.pos_ in ("ADP", "PART", "VERB", "AUX") for t in words) \
            and self._quotation_after_colon(words.end) is not None

    def _words_said(self, noun: Token) -> bool:
        """A noun for words said or written (`that report`, `ces accusations`): one named again with a demonstrative
        points at words already reported, no claim of its own."""
        data, lemma = self.lex.data, noun.lemma_.lower()
        return lemma in data.speech_nouns or lemma in data.document_nouns or lemma in data.verdict_nouns

    def _names_someone(self, frame: Frame) -> bool:
        """`a critiqué le député Renaissance`, `a salué le ministre de l'Intérieur`, `annonce la Ligue de football`: an
        object that is only a person or an organisation, by role or name, is whom the act was about (or, with no
        comma before the cue, its inverted subject), nothing said."""
        if frame.type != "indirect":
            return False
        words = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        if words is None or len(words) > 8 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        head = words.root
        entity = self.ents[self.ent_of[head.i]] if self.ent_of[head.i] >= 0 else None
        # (a name alone, whatever the recogniser calls it: `praised Trump`)
        return head.lemma_.lower() in self.lex.data.role_heads \
            or all(t.pos_ == "PROPN" for t in words if not t.is_punct) \
            or (head.pos_ == "PROPN" and entity is not None and entity.label_ in PERSON_LABELS) \
            or (entity is not None and entity.label_ == "ORG" and entity.end == words.end
                and all(t.pos_ == "DET" for t in words if t.i < entity.start))

    def _infinitive_only(self, frame: Frame) -> Frame | None:
        """`affirme ne rien savoir de l'affaire et a quitté la ville`, `disent n'avoir été informés de rien, et c'est
        là le problème`: a finite verb is never coordinated with an infinitive (a compound one too), so the
        conjunction before one ends the reported infinitive; the rest is what the subject did or the writer says."""
        words = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        if words is None:
            return frame
        for conjunction in words[1:]:
            conjunct = conjunction.head
            if conjunction.pos_ == "CCONJ" and conjunct.dep_ == "conj" and conjunct.i > conjunction.i \
                    and _finite_tense(conjunct) is not None and self._infinitive(conjunct.head) \
                    and not self.index.inside(conjunction.idx):
                trimmed = self._trim(frame.start, conjunction.idx)
                return replace(frame, start=trimmed[0], end=trimmed[1]) if trimmed is not None else None
        return frame

    def _names_a_thing(self, frame: Frame) -> bool:
        """A bare noun with its determiner (`a dénoncé la presse`, `a lancé un appel : « … »`): a thing named,
        no claim; not under a determiner that quantifies (`denied any wrongdoing`, `a nié toute implication`), a
        possessive (`a annoncé sa démission`: the subject's own act) or a demonstrative on no noun of words said
        (`ont condamné cet acte`: what the article just told, which the annotators count as what was condemned)."""
        if frame.type != "indirect":
            return False
        words = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        words = self._without_when(words) if words is not None else None
        return words is not None and len(words) <= 2 and (words[0].pos_ in ("DET", "PRON") or words[0].dep_ == "det") \
            and words[-1].pos_ in ("NOUN", "PROPN", "PRON") \
            and words[0].lower_ not in self.lex.data.quantifying_determiners and "Yes" not in words[0].morph.get("Poss") \
            and not (words[0].pos_ == "DET" and "Dem" in words[0].morph.get("PronType") and not self._words_said(words[-1]))

    def _without_when(self, words: Span) -> Span:
        """The words without the phrase of when that ends them (`the plan on Tuesday`, `le plan mardi soir`, `le plan
        le 12 mars`, `the plan last week`): when it was said, no part of what it names."""
        data = self.lex.data

        def when(k: int) -> bool:
            t = words[k]
            month = any(0 <= j < len(words) and words[j].lower_ in data.months for j in (k - 1, k + 1))
            return t.ent_type_ in TIME_LABELS or t.lower_ in data.months or t.lower_ in data.time_nouns \
                or t.lower_ in data.time_words or (t.like_num and month)

        k = len(words)
        while k > 1:
            t = words[k - 1]
            if when(k - 1) or (t.pos_ == "ADJ" and k >= 2 and when(k - 2)) \
                    or (t.pos_ in ("ADP", "DET") and k < len(words) and when(k)):
                k -= 1  # (`mardi dernier`; `on Tuesday`, `ce jeudi`)
                continue
            break
        if words[k - 1].pos_ in ("DET", "ADP"):
            return words  # `a annoncé la veille`: the words name a time, nothing else
        return words[:k]

    def _noun_phrase_only(self, frame: Frame) -> Frame | None:
        """`ont exigé une hausse de leurs primes, une centaine de vols ont été annulés`, `a annoncé la fermeture
        du tunnel et les automobilistes se sont rabattus …`: a reported noun phrase ends at a comma or a
        conjunction a clause of its own follows, its subject right after (not `, and that …`, `, although …`,
        nor a relative clause, which go on with the noun)."""
        words = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        if words is None:
            return frame
        for comma in (t for t in words if (t.text in (",", ":") or t.pos_ == "CCONJ") and not self.index.inside(t.idx)):
            explains = comma.text == ":" and any(  # `l'arrêt du mouvement : nous avons six morts`, not a list
                t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not self.index.inside(t.idx)
                for t in self.doc[comma.i + 1 : words.end])
            if explains or self._subject_then_verb(comma.i + 1) or self._adverbial_infinitive(comma.i + 1) \
                    or self._main_verb_resumes(comma.i + 1, words.start) \
                    or (comma.text == "," and self._cue_after_comma(comma.i + 1)) or any(
                    t.pos_ in ("VERB", "AUX") and t.dep_ not in AUX_DEPS | RELATIVE_CLAUSES
                    and "Fin" in self._finite_form(t)
                    and any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == comma.i + 1 and c.i < t.i
                            and (c.pos_ != "PRON" or (comma.pos_ == "CCONJ"
                                                      and c.lower_ not in self.lex.data.relative_pronouns))
                            for c in t.children)
                    for t in self.doc[comma.i + 1 : words.end]):
                trimmed = self._trim(frame.start, comma.idx)
                if trimmed is None:
                    return None
                kind = self._kind(*trimmed)
                return replace(frame, type=kind if frame.type != "direct" else frame.type, start=trimmed[0],
                               end=trimmed[1])
        return frame

    def _before_the_main_verb(self, frame: Frame, cue: Token, start: int) -> Frame | None:
        """`Des jeunes venus pour demander le retour des fonds ont été dispersés …`: a reported noun phrase holds
        no finite verb of its own; one right after it that the cue does not govern is the sentence's main verb
        (the parser hung the cue's clause on something else), and the report stops before it."""
        doc = self.doc
        phrase = doc[start]
        while phrase.head.i != cue.i and phrase.head.i != phrase.i and phrase.head.i >= start:
            phrase = phrase.head
        after = phrase.right_edge.i + 1
        verb = self._past_auxiliaries(after)
        if after >= len(doc) or verb >= len(doc) or doc[after].idx >= frame.end or self.index.inside(doc[after].idx) \
                or doc[verb].pos_ not in ("VERB", "AUX") or "Fin" not in self._finite_form(doc[verb]) \
                or cue in (doc[verb], *doc[verb].ancestors):
            return frame
        trimmed = self._trim(frame.start, doc[after].idx)
        if trimmed is None:
            return None
        kind = self._kind(*trimmed) if frame.type != "direct" else frame.type
        return replace(frame, type=kind, start=trimmed[0], end=trimmed[1])

    def _past_auxiliaries(self, i: int) -> int:
        """The first word from `i` on that is no auxiliary of a verb after it (`a | indiqué`), nor the subject
        inverted between them (`a-t-on | appris`)."""
        doc = self.doc
        while i < len(doc) and doc[i].pos_ == "AUX" and doc[i].dep_ in AUX_DEPS:
            i += 1
            while i < len(doc) and (doc[i].lower_ in self.lex.data.euphonic_t or self._inverted_clitic(doc[i])
                                    or self._misspelt_t(i) or doc[i].lower_ in self.lex.data.unnamed_source_clitics):
                i += 1
        return i

    def _cue_after_comma(self, i: int) -> bool:
        """`a reconnu les faits, a indiqué dans un communiqué X`: a conjugated cue right after the comma closes what
        was reported before it, or opens a report of its own (`a annoncé la fermeture, a précisé que …`)."""
        doc, j = self.doc, self._past_auxiliaries(i)
        return j > i and j < len(doc) and doc[j].pos_ == "VERB" and not self.index.inside(doc[j].idx) \
            and self._cue(doc[j]) is not None and "Fin" in self._finite_form(doc[j])

    def _main_verb_resumes(self, i: int, start: int) -> bool:
        """`Paul Martin, faisant part de son inquiétude …, a demandé …`: after a comma, the finite verb of a subject
        standing before what was reported, with its auxiliaries: the sentence's own clause goes on."""
        doc, j = self.doc, self._past_auxiliaries(i)
        if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX") or self.index.inside(doc[j].idx) \
                or "Fin" not in self._finite_form(doc[j]):
            return False
        return any(c.dep_ in SUBJECT_DEPS and c.i < start for c in doc[j].children)

    def _adverbial_infinitive(self, i: int) -> bool:
        """`…, avant de pointer les problèmes`, `…, afin de rassurer`: a preposition and the infinitive it opens,
        which the parser hangs on the verb: what the subject went on to do, no part of the noun phrase."""
        doc = self.doc
        j = i
        while j < min(i + 3, len(doc)) and doc[j].pos_ in ("ADP", "SCONJ", "ADV") \
                and not self.index.inside(doc[j].idx):
            j += 1
        if any(t.dep_ == "cc" for t in doc[i:j]):
            return False  # `…, ainsi que de supprimer …`: one more of a list of infinitives, no adverbial
        return i < j < len(doc) and doc[j].pos_ == "VERB" and "Inf" in doc[j].morph.get("VerbForm") \
            and doc[j].dep_ == "advcl"

    def _detached_participle(self, verb: Token) -> int | None:
        """`Interrogée par franceinfo, la ministre a reconnu …`, `Asked about the plan, the minister said …`: a bare
        participle opening the sentence describes the subject of the clause after its comma and reports nothing of
        that clause, whatever the parser hung on it. The comma's offset, else None."""
        doc = self.doc
        if "Part" not in verb.morph.get("VerbForm") or any(c.dep_ in AUX_DEPS for c in verb.children) \
                or verb.i != self.sent(verb).start:
            return None
        comma = next((t for t in doc[verb.i + 1 : self.sent(verb).end] if t.text == ","), None)
        return comma.idx if comma is not None and self._subject_then_verb(comma.i + 1) else None

    def _subject_then_verb(self, i: int) -> bool:
        """`… et les syndicats se sont réunis`, `… and customers were furious`: a noun phrase then a finite verb
        is a clause, whatever the parser coordinated the noun with."""
        doc, j = self.doc, i
        while j < min(i + 6, len(doc)) and doc[j].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") \
                and not self.index.inside(doc[j].idx):
            j += 1
        if j == i or doc[j - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        while j < len(doc) and doc[j].lower_ in self.lex.data.object_clitics:
            j += 1  # `se sont réunis`
        return j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and "Fin" in doc[j].morph.get("VerbForm")

    def _unrealised(self, verb: Token) -> bool:
        """`annoncera sa candidature`, `devrait annoncer sa démission`, `avant qu'il n'annonce la sienne`:
        an act of saying still to come, or only intended, reports nothing yet."""
        if "Fut" in verb.morph.get("Tense") and self._future_form(verb):
            return True
        if "Sub" in verb.morph.get("Mood") and any(c.dep_ == "mark" for c in verb.children):
            # `avant qu'il n'annonce`; a main clause's `estime`, `dénonce` reads the same as a subjunctive, which
            # the tagger often takes it for: only a conjunction before it makes it one
            return True
        if any(c.dep_ in AUX_DEPS and c.lemma_.lower() in self.lex.data.future_auxiliaries for c in verb.children):
            return True  # `will announce`
        first = verb
        while first.dep_ == "conj" and first.head.i < first.i and "Inf" in first.head.morph.get("VerbForm"):
            first = first.head  # `devra déterminer … et confirmer la thèse`: coordinated infinitives share a governor
        governor = first.head
        return "Inf" in verb.morph.get("VerbForm") and governor.i != first.i \
            and governor.lemma_.lower() in self.lex.data.intent_verbs

    def _future_form(self, verb: Token) -> bool:
        """The tagger marks a present it does not know as future (`nie`, `décrète`): its form has the future's
        ending (`future_endings`) or it is none."""
        endings = self.lex.data.future_endings
        return not endings or verb.lower_.endswith(endings)

    def _as_said(self, verb: Token, cue: tuple[int, int]) -> Frame | None:
        """`Comme le souligne le ministre, la réforme …`, `…, comme l'a rappelé X.`, `As the minister pointed
        out, …`: a cue in a clause opened by `comme` / `as` (`as_words`; `ainsi que` with the clitic, `ainsi que l'a
        annoncé X`: `clitic_as_words`), with nothing of its own to report, reports the clause it qualifies, on its side
        of the sentence."""
        data = self.lex.data
        if not any(c.i < verb.i and (c.dep_ == "mark" or self._opens_with_que(c, verb)) and (
                c.lower_ in data.as_words or (c.lower_ in data.clitic_as_words and self._announced_by_clitic(verb)))
                for c in verb.children):
            return None
        if verb.head.i == verb.i:
            return self._as_said_over_its_clause(verb, cue)
        subject = _preceding_subject(verb)
        if subject is not None and (not _agrees_in_person(subject, verb) or subject.lower_ in data.announcing_clitics):
            subject = None  # `Comme nous l'a confié le maire`: whom it was told to; `l'`: the clause it announces
        has_subject_before = subject is not None
        if any(c.dep_ in ("ccomp", "xcomp") or (has_subject_before and c.dep_ in ("obj", "dobj") and c.i > verb.i
                                                and not self._addressee(c))
               for c in verb.children) or verb.head.i == verb.i:
            return None  # `as she said goodbye`: the verb has its own object (`as he told reporters`: whom to)
        qualified = verb.head
        if qualified.dep_ == "ccomp" and qualified.head.i < qualified.i and self._cue(qualified.head) is not None:
            return None  # `The mayor said the bridge would reopen, as the governor had promised`: the mayor's report
        sent = self.sent(verb)
        inner = {t.i for t in verb.subtree}
        first, last = min(inner), max(inner)
        words = [t for t in verb.head.subtree if sent.start <= t.i < sent.end and t.i not in inner
                 and not (t.is_punct and t.text not in ("«", "»"))]
        side = [t for t in words if t.i > last] if all(t.is_punct for t in self.doc[sent.start:first]) \
            else [t for t in words if t.i < first]
        if not self._clause_like(side):
            return None
        trimmed = self._trim(side[0].idx, side[-1].idx + len(side[-1].text))
        if trimmed is None:
            return None
        mention = self._mention_from(subject, verb) if subject is not None else self._inverted_subject(verb, None)
        if mention is None:
            return None
        opening = self.index.at(side[0].idx)
        if opening is not None and not self.text[opening.start : side[0].idx].strip(" «“\"\u00a0\u202f") \
                and side[-1].i > verb.i:
            # `As X told Y, "…"`: the quotation after the clause, whole, wherever the parser ends the sentence
            return Frame("direct", opening.inner_start, opening.inner_end, cue, mention, mention.start_char, 0.8,
                         "as-said")
        kind = self._kind(*trimmed)
        return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.75, "as-said")

    def _as_said_over_its_clause(self, verb: Token, cue: tuple[int, int]) -> Frame | None:
        """`Comme l'a rappelé la ministre à Kiev, la France est solidaire …`: the parser made the `comme` clause
        the sentence's root and hung the clause it qualifies on it. That clause has its own subject after a
        comma the `comme` clause ends on: from there to the end of the clause is what was said."""
        sent = self.sent(verb)
        for clause in self._clauses_after_as_said(verb):
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
            if subject is None:
                continue
            comma = next((i for i in range(subject.i - 1, verb.i, -1) if self.doc[i].text == ","), None)
            if comma is None or any(self.doc[i].text == "," for i in range(comma + 1, subject.i)):
                continue
            side = [t for t in self.doc[comma + 1 : sent.end] if not (t.is_punct and t.text not in ("«", "»"))]
            if not self._clause_like(side):
                return None
            trimmed = self._trim(side[0].idx, side[-1].idx + len(side[-1].text))
            mention = self._inverted_subject(verb, None)
            if trimmed is None or mention is None or mention.start >= comma:
                return None
            return Frame(self._kind(*trimmed), *trimmed, cue, mention, mention.start_char, 0.7, "as-said")
        return None

    @staticmethod
    def _clauses_after_as_said(verb: Token) -> Iterator[Token]:
        """The clauses hung on the `comme` clause's verb, or on its inverted subject as if they were relatives (`Comme
        l'a rappelé le président Paul Morel, la France …`); not one a relative pronoun opens."""
        hosts = [verb] + [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj", "appos")]
        for host in hosts:
            for clause in host.children:
                if clause.i > verb.i and (clause.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") or (
                        host is not verb and clause.dep_.startswith("acl")
                        and not any("Rel" in c.morph.get("PronType") for c in clause.children))):
                    yield clause

    def _addressee(self, token: Token) -> bool:
        """An object that is someone spoken to, not something said: a name, a pronoun, a person's role, a body
        named by its noun (`as Heald told The Huffington Post`, `as he told reporters`, `le parquet`); also someone
        a word names who can speak (`…, prédit l'Insee`, `the verdict of the union leader`), not `l'an dernier`."""
        return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in PERSON_LABELS | GROUP_LABELS \
            or token.lemma_.lower() in self.lex.people_nouns

    def _unquoted_incise(self, verb: Token, cue: tuple[int, int]) -> Frame | None:
        """`Le projet, a-t-il déclaré, sera abandonné`, `His plan, he stated, was for …`: a cue set between
        commas inside a sentence, holding only its speaker, auxiliaries and adverbs. The clause after it is
        what was said; the words before it are what that clause is about, or a time phrase."""
        doc, sent = self.doc, self.sent(verb)
        incise = {verb.i}
        pauses = (",", "–", "—")  # (`They had come, he reminded everyone – they were there …`)
        for step in (-1, 1):
            i = verb.i + step
            while sent.start <= i < sent.end and doc[i].text not in pauses and abs(i - verb.i) <= INCISE_WORDS:
                token = doc[i]
                aside = self._bracketed_aside(i, step, sent)
                if aside is not None:
                    incise.update(range(min(i, aside), max(i, aside) + 1))  # `he said (incorrectly),`
                    i = aside + step
                    continue
                if token.pos_ in ("VERB", "SCONJ", "CCONJ") or token.is_punct and token.text not in ("-", "'", "’") \
                        or self._complementizer(token) or self.index.inside(token.idx) or token.lower_ in self.relatives:
                    return None  # `L'appareil, qui assurait le vol, …`: a relative clause, not an incise
                incise.add(i)
                i += step
            if not (sent.start < i < sent.end - 2) or doc[i].text not in pauses:
                return None
            if step < 0 and (self.index.inside(doc[i - 1].idx) or doc[i - 1].is_punct):
                return None  # `« … », a-t-il dit, « … »`: a quotation's own cue
        right = max(incise) + 1
        if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.i in incise and not self._clitic_before_inversion(c, verb)
               for c in verb.children) and any(c.dep_ in ("obj", "dobj", "acomp", "attr", "oprd", "xcomp")
                                               and c.i in incise for c in verb.children):
            return None  # `Waters pointed out those features to attendees, noting …`, `…, Huffman pleaded guilty to
            # fraud charges, saying …`: a clause of its own
        named_after = any(i > verb.i and doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in TIME_LABELS for i in incise)
        if named_after and any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.i in incise and c.pos_ != "PRON"
                               for c in verb.children):
            return None  # `In the letter, Blair alleges Dean French, Ford's chief of staff, wanted …`: with a named
            # subject before it, a name after the cue opens what it reports, set off by its own apposition
        mention = self._inverted_subject(verb, right)
        if mention is None or not set(range(mention.start, mention.end)) <= incise:
            nominal = ("PRON", "PROPN", "NOUN", "DET", "ADJ")
            words = [i for i in sorted(incise) if i < verb.i and doc[i].pos_ in nominal]
            named = [i for i in sorted(incise) if i > verb.i]
            if not words and all(doc[i].dep_ in AUX_DEPS for i in incise if i < verb.i) and named \
                    and all(doc[i].pos_ in nominal for i in named) \
                    and verb.lemma_.lower() not in self.lex.data.naming_cues | self.lex.data.self_naming_cues \
                    and any(doc[i].pos_ in ("PROPN", "NOUN") and doc[i].ent_type_ not in TIME_LABELS for i in named):
                # `Institutional recipients, maintained Maurer, are …`, `Cette loi, a souligné la rapporteure,
                # protège …`: the words right after the cue (and its auxiliary), alone in the incise, are its
                # inverted subject, whatever the parser made them (the cue's object; not a naming verb's, `The law,
                # dubbed Obamacare, was …`)
                words = named
            if not words:
                return None
            mention = doc[words[0] : words[-1] + 1]
        # `It was, he said, the worst day of his life`: the cue interrupts one clause, whose verb stands before it
        # and whose complement runs on after it; what follows the cue is what was said
        # (not a participle's clause the parser hung on it: `<clause>, the agency said, warning doctors …`)
        # (an adjunct there only adds to a whole clause: `The fire started in the kitchen, firefighters said, before
        # spreading …` reports the clause before)
        interrupted = verb.head.i < min(incise) and "Fin" in verb.head.morph.get("VerbForm") \
            and any(c.i > right and c.dep_ not in ADJUNCT_DEPS for c in verb.head.children if not c.is_punct)
        # (`C'est, dit-il, la raison pour laquelle …`: a copula before the cue whose noun runs on after it)
        copula = next((t for t in doc[sent.start : min(incise)] if t.dep_ == "cop" and t.head.i > right
                       and "Fin" in t.morph.get("VerbForm") and not self.index.inside(t.idx)), None)
        # (or a finite copula or auxiliary right before the incise's opening pause, whatever the parser made of it:
        # `La situation est, dit-il, très grave`, `Ce projet est, a-t-elle estimé, une erreur`; its predicate or
        # participle after the incise, which the parser hangs on the cue, is no complement of the cue)
        pause = min(incise) - 1
        hung = False
        if copula is None and pause - 1 > sent.start and doc[pause - 1].pos_ == "AUX" \
                and "Fin" in doc[pause - 1].morph.get("VerbForm") and not self.index.inside(doc[pause - 1].idx):
            copula, hung = doc[pause - 1], True
        interrupted = interrupted or copula is not None
        for t in doc[sent.start : min(incise)]:
            clause = t.head if t.dep_ in AUX_DEPS else t
            if "Fin" in t.morph.get("VerbForm") and not self.index.inside(t.idx) \
                    and not (copula is not None and t.i == copula.i) \
                    and not clause.dep_.startswith(("acl", "relcl")) and not (interrupted and clause == verb.head):
                return None  # `<clause>, a déclaré X, qui …`: the clause before is what was said
        if doc[right + 1].lower_ in self.relatives:
            return None
        after = [t for t in doc[right + 1 : sent.end] if not self.index.inside(t.idx)]
        # (`Les travaux, nous précise la mairie, dureront …`: with its subject inverted the cue is often the parser's
        # root, and the clause after it a verb coordinated with no conjunction)
        if any(t.head.i == verb.i and not t.is_punct and t.dep_ not in ("ccomp", "parataxis", "advcl")
               and not hung
               and not (t.dep_ == "conj" and (mention.start > verb.i or self._inverted_pronoun(mention.text.lower()))
                        and not any(c.pos_ == "CCONJ" for c in t.children))
               for t in after) \
                or not (interrupted or any("Fin" in t.morph.get("VerbForm") for t in after)):
            return None  # the cue's own complement follows (`a déclaré en 2016, au journal …`), or no clause
        if not any("Fin" in t.morph.get("VerbForm") for t in doc[min(incise) : right]) \
                and not self._inverted_pronoun(mention.text.lower()):
            return None  # `…, ayant repris …,`: a participle describes, it does not interrupt (`dit-il`, which the
            # tagger may read as a participle, is conjugated: its subject is inverted)
        return self._content_frame(right + 1, cue, mention, mention.start_char, "incise-clause", base=0.7)

    def _bracketed_aside(self, i: int, step: int, sent: Span) -> int | None:
        """Where a bracketed aside that opens at `i`, read in the direction `step`, closes (`he said (incorrectly),`);
        None when no bracket opens there or none closes it within a few words."""
        opening, closing = ("(", ")") if step > 0 else (")", "(")
        if self.doc[i].text != opening:
            return None
        j = i + step
        while sent.start <= j < sent.end and abs(j - i) <= INCISE_WORDS:
            if self.doc[j].text == closing:
                return j
            j += step
        return None

    def _by_agent(self, verb: Token, cue: tuple[int, int]) -> Frame | None:
        """A cue in the passive with its agent: the agent said it. What was said is what stands between the
        participle and the agent (`est jugé trop coûteux par les républicains`, `estimée à 3 milliards par
        Forbes`), else the complement after the agent (`accusée par X de mentir`), else the subject
        (`Un autre contrat a été annoncé par le ministre`, `the closure was confirmed by the agency`)."""
        # the parser may hang the agent on the judgement: `jugé trop coûteux par …`
        # (or on the name given, which it may take for an argument: `qualifiée de « provocation » par …`)
        near = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "obl:arg") and c.pos_ in ("ADJ", "NOUN"))]
        agent = next((c for t in near for c in t.children if c.i > verb.i and (c.dep_ == "obl:agent" or (
            (c.dep_.startswith("obl") or (t is not verb and c.dep_ == "nmod"))  # `qualifiée de « … » par X`
            and any(w.dep_ == "case" and w.lower_ in self.lex.data.agent_prepositions for w in c.children)))), None)
        if agent is None:
            agent = self._agent_past_the_infinitive(verb)
        if agent is None or self.index.inside(agent.idx):
            return None
        boundary = agent.left_edge.i
        if self._locution_at(boundary):
            return None  # `confirmée par la suite`: an adverb, not an agent
        if agent.pos_ == "ADP":  # English hangs the noun on `by`
            agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if agent is None:
                return None
        first = next(t.i for t in agent.subtree if t.dep_ != "case")
        mention = self._noun_phrase(first)
        end = min((c.left_edge.i for c in agent.children if c.i > agent.i and c.dep_.startswith(("acl", "relcl"))),
                  default=agent.right_edge.i + 1)  # `par l'opposition de mentir`: the agent, not what it says
        mention = self.doc[mention.start : max(min(mention.end, end), mention.start + 1)]
        # (whom it was said to is no part of it: `confirmée ce jeudi à l'AFP par une source judiciaire`)
        told = {t.i for c in verb.children if c.i < boundary and c.dep_ in ADDRESSEE_DEPS
                and self._introduced_by(c, self.lex.data.addressee_prepositions)
                and self._designates_source(self._phrase_of(c)) for t in c.subtree}
        between = [t for t in self.doc[verb.i + 1 : boundary]
                   if not (t.is_punct or t.lower_ in self.skippable or t.i in told)]
        if any(t.pos_ not in ("ADV", "DET", "NUM") for t in between):  # more than `jeudi`, `officiellement`
            return self._span_frame(between[0].i, boundary, cue, mention)
        named = self._named_after_agent(verb, agent)
        if named is not None:
            # `Le projet a été décrit par le maire comme « historique »`: what the agent called it
            return self._content_frame(named, cue, mention, mention.start_char, "agent", base=0.7)
        # `accusé par l'opposition de mentir`: the parser may hang the infinitive on the agent
        after = next((c for c in (*verb.children, *agent.children) if c.i > agent.i and (
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm")))), None)
        if after is not None:
            return self._content_frame(after.left_edge.i, cue, mention, mention.start_char, "agent", base=0.7)
        subject = _preceding_subject(verb)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None  # `il a été accusé par …`: a pronoun says nothing of what was said
        if self._designates_source(self.doc[subject.i : subject.i + 1]):
            return None  # `Emmanuel Macron a été critiqué par ses opposants`: whom it was said of, not what
        words = [t for t in subject.subtree if t.i < verb.i and not self.index.inside(t.idx)]
        return self._span_frame(words[0].i, words[-1].i + 1, cue, mention) if words else None

    def _agent_past_the_infinitive(self, verb: Token) -> Token | None:
        """`Les habitants sont invités à quitter les lieux par la préfecture`: the parser hangs the passive's agent on
        the infinitive that says what was asked; a phrase of `agent_prepositions` closing that infinitive's words,
        naming someone who can speak, is the agent, when the infinitive has words of its own before it."""
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                           and "Inf" in c.morph.get("VerbForm")), None)
        if infinitive is None:
            return None
        after = sorted((c for c in infinitive.children if c.i > infinitive.i and not c.is_punct), key=lambda c: c.i)
        last = after[-1] if len(after) >= 2 else None  # (`invités à passer par la mairie`: the way, no agent)
        if last is None or not last.dep_.startswith("obl") or last.right_edge.i != infinitive.right_edge.i \
                or not any(w.dep_ == "case" and w.lower_ in self.lex.data.agent_prepositions for w in last.children):
            return None
        return last if self._designates_source(self.doc[last.i : last.right_edge.i + 1]) else None

    def _named_after_agent(self, verb: Token, agent: Token) -> int | None:
        """Where what a naming cue's agent called its subject starts: the word after the naming link (`comme`, `as`)
        that follows the agent's phrase, whatever the parser hung it on; None for any other cue or phrase."""
        data, doc = self.lex.data, self.doc
        if self._cue(verb) not in data.naming_cues:
            return None
        sent = self.sent(verb)
        for token in doc[agent.i + 1 : sent.end]:
            if token.lower_ in data.naming_links and token.lower_ not in data.agent_prepositions:
                return token.i + 1 if token.i + 1 < sent.end else None
            if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or self.index.inside(token.idx):
                return None
        return None

    def _span_frame(self, start: int, end: int, cue: tuple[int, int], mention: Span) -> Frame | None:
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].pos_ in ("ADV", "CCONJ")):
            closing = self.index.at(self.doc[end - 1].idx)
            if closing is not None and closing.start >= self.doc[start].idx:
                break  # `qualifiée de « terroriste » par …`: the mark closes words the span opened
            end -= 1
        if end <= start:
            return None
        begin, stop = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        kind = self._kind(begin, stop)
        return Frame(kind, begin, stop, cue, mention, mention.start_char, 0.6, "agent")

    def _self_naming(self, verb: Token) -> str | None:
        """The lemma of a self-naming verb that names its own subject here (`se présente comme`), else None."""
        lemma = self.lex.self_naming_lemma(verb.lemma_, verb.text)
        return lemma if lemma is not None and self._named_itself(verb) is not None else None

    def _named_itself(self, verb: Token) -> int | None:
        """`il se présente comme incarnant …`, `se définit comme n'étant ni …`, `describes herself as a
        pragmatist`: a verb whose object is its own subject, then `comme` / `as`: what follows is what the
        subject says it is. The first word after the link, or None."""
        data = self.lex.data
        if verb.pos_ not in ("VERB", "AUX") or not any(
                c.lower_ in data.reflexive_pronouns and c.pos_ == "PRON" for c in verb.children):
            return None
        subject = _preceding_subject(verb)
        if subject is not None and subject.pos_ != "PRON" and not (
                subject.ent_type_ in PERSON_LABELS or subject.ent_type_ == "ORG"
                or subject.lemma_.lower() in data.role_heads | data.org_anaphors
                or (subject.pos_ == "PROPN" and not subject.ent_type_)):
            return None  # `Le JWST se présente comme le successeur de Hubble`: a thing that is, not one who says
        for token in self.doc[verb.i + 1 : min(verb.i + 5, self.sent(verb).end - 1)]:
            if token.lower_ in data.as_words:
                after = self.doc[token.i + 1]
                then = self.doc[min(token.i + 2, len(self.doc) - 1)].lemma_.lower()
                if self.index.inside(token.idx) or after.lower_ in data.time_words \
                        or (after.pos_ == "ADV" and after.lower_ not in data.negations) \
                        or (after.pos_ == "DET" and (then in data.view_non_holders or then in data.time_words)):
                    return None  # `se présente comme chaque année`, `as always`: how, not what
                return token.i + 1
            if token.is_punct or token.pos_ in ("VERB", "NOUN", "PROPN") or self._complementizer(token):
                return None
        return None

    def _named_as(self, verb: Token, lemma: str) -> int | None:
        """`X a décrit le déploiement comme « une menace »`, `described the plan as comprehensive`,
        `qualifie Gatti de « poète »`, `called it "a scandal"`: a naming verb, its object, then what the
        object is called. The object and its name are what was said."""
        if lemma not in self.lex.data.naming_cues:
            return None
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i
                    and not self.index.inside(c.idx)), None)
        if obj is None:
            return self._named_after_clitic(verb)
        # `called the sentence "dangerous"`, `called it the "hottest thing"`: the name in quotation marks
        # right after the object's own words (the parser may hang it on the object as an apposition)
        apposed = {t.i for c in obj.children if c.dep_ == "appos" and c.i > obj.i for t in c.subtree}
        own_end = max(t.i for t in obj.subtree if t.i not in apposed and not t.is_punct)
        for token in self.doc[own_end + 1 : min(own_end + 4, len(self.doc))]:
            if (quoted := self.index.at(token.idx)) is not None and quoted.start == token.idx:
                return obj.left_edge.i if obj.left_edge.i > verb.i else obj.i
            if token.pos_ not in ("DET", "ADJ", "ADV"):
                break
        predicate = next((c for c in verb.children if c.dep_ == "oprd" and c.i > obj.i), None)
        if predicate is not None and any((quoted := self.index.at(t.idx)) is not None and quoted.start == t.idx
                                         for t in predicate.subtree):
            # `called it nothing more than a "cut and paste" version of …`: marks inside what the object is called
            return obj.left_edge.i if obj.left_edge.i > verb.i else obj.i
        past = own_end + 1
        if past < len(self.doc) and self.doc[past].pos_ == "ADP" and self.doc[past].dep_ not in ("prt", "compound:prt"):
            # `called the jury decision in favor of Apple "a loss for …"`: a prepositional phrase between the
            # object and its name in marks, wherever the parser hangs it (not the verb's particle: `called it off
            # after a "very long" meeting` names nothing)
            while past < min(own_end + 9, len(self.doc)) and not self.index.inside(self.doc[past].idx) \
                    and self.doc[past].pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"):
                past += 1
            quoted = self.index.at(self.doc[past].idx) if past < len(self.doc) else None
            if quoted is not None and quoted.start == self.doc[past].idx and past > own_end + 1:
                return obj.left_edge.i if obj.left_edge.i > verb.i else obj.i
        end = min(self.sent(verb).end, obj.right_edge.i + 12)
        for token in self.doc[obj.i + 1 : end]:
            if token.text in CLAUSE_PUNCT or (token.pos_ == "VERB" and token.dep_ not in AUX_DEPS
                                              and token.head.i != obj.i):
                return None
            if token.lower_ in self.lex.data.naming_links:
                return obj.left_edge.i if obj.left_edge.i > verb.i else obj.i
        return None

    def _named_after_clitic(self, verb: Token) -> int | None:
        """`Sa voisine le décrit (pour sa part à RTL) comme un « homme discret »`: the object a clitic before the
        verb, what it is called starts after the naming link, within the clause."""
        # (an object right before the verb is a clitic, whatever the tagger calls it: `le` is often a DET)
        clitic = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i == verb.i - 1
                       and c.pos_ in ("PRON", "DET")), None)
        if clitic is None:
            return None
        for token in self.doc[verb.i + 1 : min(self.sent(verb).end, verb.i + 10)]:
            if token.text in CLAUSE_PUNCT or self.index.inside(token.idx) or token.pos_ in ("VERB", "AUX"):
                return None
            if token.lower_ in self.lex.data.naming_links and token.i + 1 < len(self.doc):
                return token.i + 1
        return None

    def _named_by_relative(self, verb: Token, lemma: str) -> Quoted | None:
        """`due to what the manufacturers call "political interference"`, `what he called a "New GM"`: a naming
        verb whose object is a relative pronoun before it names the thing with the quotation right after it,
        the subject's words."""
        if lemma not in self.lex.data.naming_cues:
            return None
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i < verb.i), None)
        if obj is None or not (obj.tag_ in ("WP", "WDT") or "Rel" in obj.morph.get("PronType")):
            return None
        for token in self.doc[verb.i + 1 : min(verb.i + 4, len(self.doc))]:
            if (quoted := self.index.at(token.idx)) is not None and quoted.start == token.idx and quoted.closed:
                return quoted
            if token.pos_ not in ("DET", "ADJ"):
                return None
        return None

    def _bare_complement(self, verb: Token, after: int) -> int | None:
        """`said the plan had failed`: English drops `that`; a finite clause right after the cue reports."""
        for child in verb.children:
            # (an adverbial clause has a subordinator, or no finite verb: a finite one with neither is the parser's
            # name for the clause reported, `told reporters on Parliament Hill Tuesday the comment was light-hearted`;
            # further than four words on, only past the cue's addressee and where and when it was said)
            # (a `mark` with an object of its own is a preposition: `told reporters before the vote the province …`;
            # a modal's clause is finite: `would cover`)
            loose = child.dep_ == "advcl" and "Fin" in self._finite_form(child) \
                and not any(c.dep_ == "mark" and not any(g.dep_ == "pobj" for g in c.children) for c in child.children)
            if (child.dep_ != "ccomp" and not loose) or child.i <= verb.i or self.index.inside(child.left_edge.idx):
                continue  # the clause may end inside a quotation (`he was "shocked"`), not start there
            first = child.left_edge.i
            if not verb.i < first <= after or (first - verb.i > 4 and not self._past_the_cues_own(verb, first)):
                continue
            if self._relative_of_making(child, first):
                continue  # `admitted in the interview she gave to CBC that …`: the noun's relative clause
            # (the parser may hang the subject on the clause's auxiliary: `said the case was closed`)
            subject = next((c for t in (child, *(a for a in child.children if a.dep_ in AUX_DEPS))
                            for c in t.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                preposition = self.doc[first].pos_ == "ADP" or any(g.dep_ == "pobj" for g in self.doc[first].children)
                if (preposition or self.doc[first].lower_ in self.skippable) \
                        and subject.left_edge.i > first and not any(
                        t.pos_ in ("VERB", "AUX") or t.is_punct for t in self.doc[first : subject.left_edge.i]):
                    # `said in a statement it welcomed …`, `said Tuesday it would …`: where and when it was said
                    # are the cue's (the parser hangs the day on the clause)
                    return subject.left_edge.i
                return first
        return self._clause_after_addressee(verb) or self._clause_after_phrase(verb) or self._clause_over_cue(verb) \
            or self._clause_cut_off(verb)

    def _past_the_cues_own(self, verb: Token, first: int) -> bool:
        """Every word between the cue and `first` is its addressee's, or where or when it was said."""
        return all(any(c.i < first and c.dep_ in ("obj", "dobj", "dative", "prep", "npadvmod", "advmod")
                       and c.left_edge.i <= t.i <= c.right_edge.i for c in verb.children)
                   for t in self.doc[verb.i + 1 : first])

    def _clause_cut_off(self, verb: Token) -> int | None:
        """`triggered a shouting match by implying Mayor John Tory knew about the plan`: the parser gave the cue
        nothing after it and hung the clause it reports elsewhere (coordinated with the main verb); a subject right
        after the cue, its finite verb after it, still opens that clause."""
        doc = self.doc
        if verb.i + 2 >= len(doc) or any(c.i > verb.i and not c.is_punct for c in verb.children):
            return None
        first = doc[verb.i + 1]
        subject = next((t for t in doc[verb.i + 1 : verb.i + 6] if t.dep_ in SUBJECT_DEPS and t.left_edge.i == first.i),
                       None)
        if subject is None or self.index.inside(first.idx) or first.is_punct:
            return None
        clause = subject.head
        if clause.i <= subject.i or clause.pos_ not in ("VERB", "AUX") or _finite_tense(clause) is None \
                or clause in verb.ancestors or any(t.is_punct for t in doc[verb.i + 1 : clause.i]):
            return None
        return first.i

    def _clause_over_cue(self, verb: Token) -> int | None:
        """`…, stating the plan was flawed`, `…, adding mental health calls have grown`: the parser makes the cue
        the clausal subject of the finite verb of the clause it reports, and that clause's subject the cue's object
        or the verb's own; the words right after the cue are the clause."""
        head = verb.head
        if verb.dep_ != "csubj" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX") \
                or _finite_tense(head) is None or verb.i + 1 >= len(self.doc):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.left_edge.i == verb.i + 1), None) \
            or next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == verb.i + 1), None)
        return verb.i + 1 if subject is not None and subject.i < head.i else None

    def _told(self, verb: Token) -> tuple[Token | None, Token | None]:
        """The bare addressee of a cue of `addressee_cues` (`told officers`), and the relative clause the parser hung
        on it, if any."""
        if verb.lemma_.lower() not in self.lex.data.addressee_cues:
            return None, None
        addressee = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        clause = next((c for c in addressee.children if c.dep_ in RELATIVE_CLAUSES and c.i > addressee.i), None) \
            if addressee is not None else None
        return addressee, clause

    def _clause_after_addressee(self, verb: Token) -> int | None:
        """`told officers he had stolen the car`: the parser hangs the clause on the addressee as a relative one;
        opened by a subject of its own, with no relative word and no `that`, it is what was told."""
        addressee, clause = self._told(verb)
        if clause is None or any(c.dep_ == "ccomp" for c in verb.children):
            return None  # (`told the officers she met yesterday that …`: what was told is the clause of its own)
        if clause.left_edge.i != addressee.i + 1 or self.index.inside(clause.left_edge.idx):
            return None
        return clause.left_edge.i if self._clause_of_its_own(clause) else None

    def _clause_of_its_own(self, clause: Token) -> bool:
        """A clause the parser hung on a noun as a relative one that is none: opened by a subject of its own, with no
        relative word and no `that`, and complete, since a relative clause leaves its object to the noun (`the
        residents he met about the flood`): an object, a complement or a passive of its own, or a copula's
        predicate (`the situation was under control`)."""
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.left_edge.i != clause.left_edge.i or subject.tag_ in ("WP", "WDT") \
                or subject.lower_ in self.complementizers or any(c.dep_ == "mark" for c in clause.children) \
                or any(t.dep_ == "mark" and t.lower_ in self.complementizers for t in clause.subtree):
            return False
        copular = clause.lemma_ == "be" and any(c.dep_ in ("prep", "acomp", "attr") for c in clause.children)
        return copular or any(c.dep_ in _CLAUSE_COMPLEMENTS for c in clause.children)

    def _clause_after_phrase(self, verb: Token) -> int | None:
        """`insisted outside the courthouse the situation was under control`: the parser hangs the clause on the noun
        of the phrase saying where or when it was said, as a relative one; a clause of its own right after that
        phrase is what was said, when the cue has no object or clause besides."""
        addressee, _ = self._told(verb)  # (`told reporters outside the courthouse …`: whom, no object of what)
        if any(c.dep_ in ("ccomp", "obj", "dobj") and c.i > verb.i and c != addressee for c in verb.children):
            return None
        for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
            noun = next((g for g in phrase.children if g.dep_ == "pobj"), None)
            clause = next((g for g in noun.children if g.dep_ in RELATIVE_CLAUSES and g.i > noun.i), None) \
                if noun is not None else None
            if clause is None or self.index.inside(clause.left_edge.idx) or "Fin" not in self._finite_form(clause):
                continue  # (a finite clause, its own verb's or its auxiliary's: `would cover`)
            if clause.left_edge.i > noun.i and self._clause_of_its_own(clause):
                return clause.left_edge.i
        return None

    def _that_after_addressee(self, verb: Token) -> int | None:
        """`told reporters who had gathered outside that he would resign`: the `that` right after the addressee
        and the relative clause it holds opens what was told."""
        addressee, clause = self._told(verb)
        if addressee is None:
            return None
        doc = self.doc
        that = addressee.right_edge.i + 1
        if that < len(doc) and self._complementizer(doc[that]) \
                and doc[that].head.head == verb and doc[that].head.dep_ == "ccomp":
            return that
        opener = clause.left_edge if clause is not None else None
        if opener is not None and not any(t.is_punct for t in doc[addressee.i : opener.i]) \
                and self._complementizer(opener) and self._complement_start(opener.i) is not None:
            return opener.i  # `a rassuré les habitants que l'eau était potable`: a complete clause hung on them
        # the parser may hang the clause on the relative clause's verb: the first `that` after it, when that verb
        # reports nothing itself (`reporters who had asked whether …` would)
        if clause is None or self._cue(clause) is not None:
            return None
        for j in range(addressee.i + 1, min(addressee.right_edge.i + 1, len(doc))):
            if doc[j].is_punct or self.index.inside(doc[j].idx):
                return None
            if self._complementizer(doc[j]) and doc[j].dep_ == "mark" and doc[j].head.head == clause:
                return j
        return None

    def _judged_adjective(self, verb: Token, lemma: str) -> int | None:
        """`a estimé nécessaire d'entendre …`, `juge inacceptable que …`: a cue of `attribute_cues` right before an
        adjective and the clause or infinitive it judges (the impersonal object set after its attribute) reports
        both, from the adjective."""
        if lemma not in self.lex.data.attribute_cues:
            return None
        doc, i = self.doc, verb.i + 1
        while i < len(doc) and doc[i].pos_ == "ADV" and not self.index.inside(doc[i].idx):
            i += 1
        if i + 2 >= len(doc) or doc[i].pos_ != "ADJ" or self.index.inside(doc[i].idx):
            return None
        after = doc[i + 1]
        if after.lower_ in self.complementizers:
            return i
        j = i + 2
        while j < len(doc) and doc[j].lower_ in self.negations:
            j += 1
        infinitive = j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and "Inf" in doc[j].morph.get("VerbForm")
        return i if after.pos_ == "ADP" and not after.is_quote and infinitive else None

    def _object_with_figure(self, verb: Token, lemma: str) -> bool:
        """`a estimé le coût des dégâts à plusieurs milliards`: a cue of `valuation_cues` reports its object when
        the figure it puts on it follows, after the listed preposition, in the same clause."""
        valuing = self.lex.data.valuation_cues.get(lemma, ())
        noun = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i and c.pos_ == "NOUN"),
                    None) if valuing else None
        if noun is None:
            return False
        for token in self.doc[noun.i + 1 : self.sent(verb).end]:
            if token.text in (",", ";", ":", ".") or token.pos_ in ("VERB", "AUX") or self.index.inside(token.idx):
                return False
            if token.lower_ in valuing and token.i + 1 < len(self.doc) and self._figure_at(token.i + 1):
                return True
        return False

    def _figure_at(self, i: int) -> bool:
        """A number or a noun of quantity (`12 000`, `plusieurs milliards`, `une centaine`), past one determiner."""
        doc = self.doc
        if doc[i].pos_ == "DET" and not doc[i].like_num and i + 1 < len(doc):
            i += 1
        return doc[i].like_num or doc[i].lemma_.lower() in self.lex.data.quantity_nouns \
            or doc[i].lower_ in self.lex.data.quantity_nouns

    def _object_with_attribute(self, verb: Token, lemma: str, noun: Token | None = None) -> bool:
        """`juge la situation préoccupante`, `estimaient les propositions de la direction largement insuffisantes`: a
        cue of `attribute_cues` reports its object when an adjective ends the clause after it, agreeing with the
        object's noun (however the parser hangs it; `noun` when it did not hang it on the cue), not set right after
        a determiner (`la grande réforme`)."""
        if lemma not in self.lex.data.attribute_cues:
            return False
        noun = noun or next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i
                             and c.pos_ == "NOUN"), None)
        if noun is None:
            return False
        end = self.sent(verb).end
        while end > noun.i + 1 and self.doc[end - 1].is_punct:
            end -= 1

        def agrees(adjective: Token) -> bool:
            return all(set(adjective.morph.get(f)) <= set(noun.morph.get(f)) or not noun.morph.get(f)
                       or not adjective.morph.get(f) for f in ("Gender", "Number"))

        for adjective in self.doc[noun.i + 1 : end]:
            if adjective.pos_ != "ADJ" or self.doc[adjective.i - 1].pos_ == "DET" or self.index.inside(adjective.idx):
                continue
            if any(self.index.inside(t.idx) or t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")
                   for t in self.doc[noun.i + 1 : adjective.i]):
                return False
            if end - 1 in (adjective.i, adjective.right_edge.i) and agrees(adjective):
                return True  # (`trop proche de la loi précédente`: the phrase it heads ends the clause)
        return False

    def _reported_object(self, verb: Token, lemma: str) -> int | None:
        """`annonce la rupture de …`, `a avoué avoir tué …`, `fait état d'un décès`: what was said is the object."""
        if lemma in self.lex.phrases and lemma not in self.lex.cues:
            asking = next((end for words in self.lex.phrases[lemma]
                           if " ".join((lemma, *words)) in self.lex.data.infinitive_cues
                           and (end := self._words_end(verb, words)) is not None), None)
            if asking is not None:
                # `called on Congress to investigate …`: whom it asks, then the infinitive it asks for; `called on
                # the minister` alone asks nothing
                asked = next((c for t in (verb, *verb.children) for c in t.children
                              if c.dep_ in ("xcomp", "advcl", "acl") and c.i >= asking
                              and "Inf" in c.morph.get("VerbForm") and not self._asks_anonymity(c)), None)
                return asked.left_edge.i if asked is not None else None
            end = self._phrase_end(verb, lemma)
            end = self._phrase_complement(end) if end is not None else None
            if end is not None and end < len(self.doc) and not self.doc[end].is_punct:
                return end
        elif lemma in self.lex.phrases:
            # `warned of a slowdown`, `argued for a cut`: a cue of its own whose phrase, when written, opens what it
            # reports
            end = self._phrase_end(verb, lemma)
            if end is not None and end < len(self.doc) and not self.doc[end].is_punct \
                    and not self.index.inside(self.doc[end].idx):
                return end
        judged = self._judged_adjective(verb, lemma)
        if judged is not None:
            return judged
        attribute = self._attribute_of(verb)
        if attribute is not None and lemma in self.lex.data.reflexive_attribute_cues and any(
                c.lower_ in self.lex.data.reflexive_pronouns for c in (*self._attribute_words(verb), *verb.children)
                if c.i < verb.i):
            # `Les syndicats se disent prêts à …`, `se sont dits prêts à …`: the parser made the cue the adjective's
            # auxiliary or copula
            return self._words_before(attribute.i, verb, self.lex.data.degree_adverbs)
        infinitive_ok = lemma in self.lex.data.infinitive_cues
        # `ce qu'a annoncé le ministre`, `il l'a confirmé`: a pronoun before the verb holds its object, and a
        # noun after it is its inverted subject or an adjunct, not what was said
        clitics = self.lex.data.clitic_cues.get(lemma, ())
        # (`S'exprimant devant la presse à …, X a dit que …`: nor a reflexive, the verb's own object)
        object_ok = (lemma in self.lex.data.object_cues or bool(clitics) or self._object_with_attribute(verb, lemma)
                     or self._object_with_figure(verb, lemma)) and not any(
            c.pos_ == "PRON" and c.i < verb.i and c.lower_ not in clitics and (
                c.dep_ in ("obj", "dobj") or (c.dep_.startswith("expl") and c.lower_ in self.lex.data.reflexive_pronouns))
            for c in verb.children)
        for child in verb.children:
            # where a complement starts says whether it stands in marks: an infinitive may end in them (`ajoutant
            # n'être « pas surpris »`)
            # (a compound infinitive the parser hung on the verb as if it qualified a noun, `avait indiqué mardi
            # avoir déposé plainte`, is its complement too: a verb has no such clause)
            complement = child.dep_ in ("xcomp", "ccomp") or (
                child.dep_ == "acl" and verb.pos_ == "VERB" and _infinitive_auxiliary(child))
            first = self.doc[child.left_edge.i] if complement else child
            if child.i <= verb.i or self.index.inside(first.idx):
                continue
            if child.dep_ == "xcomp" and child.tag_ == "VBG" and (infinitive_ok or object_ok) \
                    and child.left_edge.i > verb.i:
                # `denied ordering civil servants to …`, `proposed raising taxes`: a gerund is the cue's object
                # clause, as an infinitive is (`a nié avoir …`)
                return child.left_edge.i
            if complement and infinitive_ok and (self._infinitive(child) or self._infinitive_under_negation(child)):
                if self._asks_anonymity(child):
                    return None
                start = self._words_before(child.left_edge.i if child.left_edge.i > verb.i else child.i, verb,
                                           self.negations)
                # `conseillent aux volontaires d'apporter …`: whom it is asked of, set before the infinitive, is
                # part of the request, as when the parser hangs the infinitive on them; not whom a bare infinitive
                # is asserted to (`a assuré aux habitants avoir tout fait`)
                asks = any(c.dep_ == "mark" and c.pos_ == "ADP" for c in child.children)
                addressee = next((c for c in verb.children if verb.i < c.i < start and c.dep_ in ADDRESSEE_DEPS
                                  and self._introduced_by(c, self.lex.data.addressee_prepositions)), None) \
                    if asks else None
                # `a souligné l'engagement continu à les renforcer`: a noun object before an infinitive its
                # preposition opens is what the infinitive completes (the parser hangs it on the cue)
                noun = next((c for c in verb.children if verb.i < c.i < start and c.dep_ in ("obj", "dobj")
                             and c.pos_ == "NOUN" and not self.index.inside(c.idx)), None) if asks else None
                return min((c.left_edge.i for c in (addressee, noun) if c is not None), default=start)
            if infinitive_ok and child.dep_ in ("obj", "dobj") and child.lower_ in self.lex.data.negative_subjects and any(
                    c.dep_ in ("acl", "xcomp") and c.i > child.i and self._infinitive(c) for c in child.children):
                # `dit ne rien craindre`: the parser made the negative pronoun the cue's object and hung the
                # infinitive on it
                return self._words_before(child.i, verb, self.negations)
            asked = self._asked(child) if infinitive_ok and child.dep_ in ("obl:arg", "obl", "iobj", "obj", "dobj") \
                else None
            if asked is not None:
                # `a demandé aux habitants de rester chez eux`: the parser hangs the request on its addressee;
                # `a reconnu devant les enquêteurs avoir …`: a phrase of where it was said is no part of it
                if (any(c.dep_ == "case" for c in child.children)
                        and not self._introduced_by(child, self.lex.data.addressee_prepositions)) \
                        or (asked.head.dep_ in RELATIVE_CLAUSES and not any(
                            c.dep_ == "mark" and c.pos_ == "ADP" for c in asked.children)):
                    # (`asking people who live there to check …`: an addressee the parser read as an infinitive's
                    # subject stays out of the request, as in `asked residents to check …`; one a preposition's
                    # infinitive follows is part of it, as in `invite les habitants à …`)
                    return asked.left_edge.i
                return child.left_edge.i if child.left_edge.i > verb.i else child.i
            if child.dep_ in ("xcomp", "amod", "advmod") and self._says_itself(verb, lemma) and (
                    child.pos_ == "ADJ" or "Part" in child.morph.get("VerbForm")):
                # `se dit cependant attaché à …`: what it says it is, not the adverb before (an adjective hung on the
                # verb as a noun's would be, `se sont dits favorables`, or as an adverb, `s'est dit favorable`, is
                # that too)
                return self._words_before(
                    next(t.i for t in child.subtree if t.i >= child.i or (t.i > verb.i and t.pos_ != "ADV")), verb,
                    self.lex.data.degree_adverbs)
            if child.dep_ in ("obl:arg", "obl") and self._says_itself(verb, lemma) and any(
                    c.dep_ == "case" and c.lower_ in self.lex.data.attribute_prepositions for c in child.children):
                # `s'est dit cependant contre le référendum`, `s'estime ainsi en bonne voie`
                return next(t.i for t in child.subtree if t.i > verb.i and t.pos_ != "ADV")
            prepositions = self.lex.data.prepositional_cues.get(lemma, ())
            if prepositions and child.dep_ in ("obl:arg", "obl", "obl:mod", "dep", "obj") \
                    and child.pos_ in ("NOUN", "PROPN") and (
                    any(c.dep_ == "case" and c.lower_ in prepositions for c in child.children)
                    or self.doc[child.left_edge.i].lower_ in prepositions):
                # `appelle à une « révolution démocratique »`: what is asked for, after the cue's preposition
                # (which the parser may read as an article: `se plaignant des nuisances`)
                return next(t.i for t in child.subtree if t.i > verb.i and t.dep_ != "case")
            adjunct = child.dep_ in ("obl", "obl:arg", "obl:mod") and any(
                c.dep_ == "case" and c.lower_ not in prepositions for c in child.children)
            if prepositions and child.pos_ in ("NOUN", "PROPN") and (
                    (not object_ok and child.dep_ in ("obj", "dobj")) or adjunct):
                # `a exhorté ses collègues à la patience`, `ont appelé dans un communiqué à la retenue`: the parser
                # hangs what is asked for on whom it is asked of, or on a phrase of where it was said
                asked_for = next((c for c in child.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and any(
                    cc.dep_ == "case" and cc.lower_ in prepositions for cc in c.children)), None)
                if asked_for is not None and not self.index.inside(asked_for.idx) and not self._role_noun(asked_for):
                    return next(t.i for t in asked_for.subtree if t.dep_ != "case")
            valuing = self.lex.data.valuation_cues.get(lemma, ())
            if valuing and child.dep_ in ("obl:arg", "obl") and any(self._figure_at(t.i) for t in child.subtree) \
                    and any(c.dep_ == "case" and c.lower_ in valuing for c in child.children):
                # `estime à 1,9 % du PIB la facture énergétique`: the figure, then what it is put on
                return child.left_edge.i
            # (`announced $200 million in new funding`: an amount, its currency's sign first, is an object too)
            amount = child.pos_ == "NUM" and self.doc[child.left_edge.i].pos_ == "SYM" and self._figure_at(child.i)
            if object_ok and (child.pos_ in ("NOUN", "PROPN") or _gerund_noun(child) or self._quantity_opens(child.i)
                              or amount) \
                    and (child.dep_ == "obj" or (
                        # `a exigé des excuses`: the parser read the article `des` as `de les`, yet no preposition is
                        # there
                        child.dep_ == "obl:arg" and not any(c.dep_ == "case" for c in child.children))):
                first = child.left_edge.i
                while first < child.right_edge.i and self.doc[first].lower_ in self.skippable \
                        and not self._quantity_opens(first):
                    first += 1  # `a requis mercredi cinq ans de prison`: the parser made the day the object
                if first == child.right_edge.i and self.doc[first].lower_ in self.skippable:
                    # `a annoncé lundi de nouvelles mesures`: the day alone, what was announced hung beside it
                    beside = next((c for c in verb.children if c.left_edge.i == first + 1
                                   and c.dep_ in ("obj", "obl:arg", "obl")), None)
                    if beside is not None and not self.index.inside(beside.idx):
                        return beside.left_edge.i
                if first > verb.i and (self.doc[first].pos_ in ("DET", "NOUN", "ADJ", "NUM", "PROPN")
                                       or self.doc[first].dep_ == "det" or self._quantity_opens(first)
                                       or amount):
                    # `a annoncé jeudi la suppression de … d'ici trois ans`: an object hung on the day before
                    # this one comes first, and is what was announced
                    return self._object_hung_beside(verb, first, elsewhere=True) or first
        if object_ok:
            hung = self._object_hung_beside(verb, min(verb.i + 12, len(self.doc)))
            if hung is not None:
                return hung
        if object_ok:
            # the parser often hangs the object on a date or a phrase before it: `a annoncé jeudi
            # la suppression …`, `ont exprimé, à des degrés divers, leur mécontentement`
            i = self._past_adjuncts(verb.i + 1)
            if i < len(self.doc) and i > verb.i + 1 and self.doc[i].pos_ == "DET" and not self.index.inside(self.doc[i].idx):
                return i
            # `dénoncent de leur côté des marges …`: right after an adverb in several words, the parser hanging the
            # object on it (and reading the article `des` as `de les`)
            i = self._past_a_locution(verb)
            if verb.i + 1 < i < len(self.doc) and (self.doc[i].pos_ == "DET" or (
                    self.doc[i].lower_ in self.lex.data.determiner_contractions
                    and i + 1 < len(self.doc) and self.doc[i + 1].pos_ in ("NOUN", "ADJ"))):
                return i
        if (verb.pos_ != "VERB" or self._finite_hung_on_its_subject(verb)) and self._verb_run_into_its_subject(verb):
            return self._object_after_verb_run_in(verb, lemma)  # (no parse to follow: the words after it)
        return None

    def _quantity_opens(self, i: int) -> bool:
        """`réclame plus de moyens`, `davantage d'effectifs`: an adverb of quantity and its `de` are the object's
        determiner (not `plus tard`, a time)."""
        return self.doc[i].pos_ == "ADV" and i + 2 < len(self.doc) \
            and self.doc[i + 1].lower_ in self.lex.data.quantity_links \
            and self.doc[i + 2].pos_ in ("NOUN", "ADJ", "DET")

    def _object_hung_beside(self, verb: Token, end: int, elsewhere: bool = False) -> int | None:
        """The parser often hangs the cue's object on a time phrase: `a révélé quelques jours plus tôt des …`, or a
        coordinated cue's on the verb before it: `a visité le quartier et promis une reconstruction`; where that
        object starts, looking before `end` (`elsewhere`: only one hung on another word than the cue)."""
        for token in self.doc[verb.i + 1 : end]:
            if token.is_punct or token.lower_ in self.complementizers or self.index.inside(token.idx):
                return None
            if token.dep_ == "obj" and token.pos_ == "NOUN" and (
                    token.head.head == verb or (verb.dep_ == "conj" and token.head == verb.head)) \
                    and not (elsewhere and token.head == verb):
                return min((t.i for t in token.subtree if t.i > verb.i), default=token.i)
            past_participle = token.head.dep_ == "acl" and "Part" in token.head.morph.get("VerbForm") \
                and "Past" in token.head.morph.get("Tense")
            phrase = token.head.head if past_participle else token.head  # (the noun of the phrase it hangs in)
            if token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children) \
                    and not any(c.dep_ == "case" for c in token.children) and verb in token.ancestors \
                    and (any(c.dep_ == "case" for c in phrase.children) or phrase.lower_ in self.skippable) \
                    and (token.dep_ == "nmod" or (token.dep_ == "obj" and past_participle)):
                # `a annoncé sur le plateau de France 2 la suppression de …`: a noun takes its complement through a
                # preposition; a determined one the parser hung on a noun with none is the cue's object, from its
                # determiner (what the parser hung before it is the name before: `France 2`); nor does a past
                # participle qualifying a noun take an object (`dans un entretien publié samedi la suppression de …`),
                # nor a bare word of time (`a annoncé mercredi la découverte de …`)
                return min(c.i for c in token.children if c.dep_ == "det")
            link = next((c for c in token.children if c.dep_ == "case" and c.lower_ in self.lex.data.quantity_links
                         and c.i + 1 < token.i and self.doc[c.i + 1].dep_ == "amod"), None)
            if token.dep_ == "nmod" and token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
                    and link is not None and verb in token.ancestors and any(c.dep_ == "case" for c in phrase.children):
                # `a promis dans un communiqué de nouvelles mesures`: before an adjective set before a plural noun,
                # `de` is the indefinite article (`des`), not the preposition of a complement of the phrase's noun
                return link.i
        return None

    def _words_before(self, start: int, verb: Token, words: frozenset[str]) -> int:
        """Where a report after the cue opens once the `words` right before it are taken in: a negation the parser
        hung on the cue negates the infinitive after it (`a affirmé ne rien regretter`: after the cue, nothing else is
        left for it to negate); a word of degree belongs to what someone says they are (`se dit non informé`, `très
        inquiet`; a connective does not: `se dit cependant attaché à …`)."""
        while start - 1 > verb.i and self.doc[start - 1].lower_ in words:
            start -= 1
        return start

    def _infinitive_under_negation(self, verb: Token) -> bool:
        """`a dit ne rien exclure`, `a assuré n'avoir rien vu`: an infinitive, simple or compound, whose only subject
        is the negative pronoun the parser took for one."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return ("Inf" in verb.morph.get("VerbForm") or _infinitive_auxiliary(verb)) and bool(subjects) \
            and all(c.lower_ in self.lex.data.negative_subjects and c.i < verb.i for c in subjects)

    def _asks_anonymity(self, infinitive: Token) -> bool:
        """`asked not to be named`, `a demandé à rester anonyme`: the source's condition for speaking."""
        words = self.lex.data.anonymity_words
        return infinitive.lemma_.lower() in words or any(
            c.lemma_.lower() in words for c in infinitive.children if c.dep_ not in ("mark", "aux", "advmod"))

    @staticmethod
    def _infinitive(verb: Token) -> bool:
        """An infinitive, or a verb whose auxiliary or copula is one (`avoir rédigé`, `ne pas être socialiste`); not
        the bare verb of a clause with a subject of its own (`that he would resign`)."""
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return False
        # (`urged anyone … to contact investigators`: a verb the tagger took for a noun, `to` right before it)
        return "Inf" in verb.morph.get("VerbForm") or _infinitive_auxiliary(verb) or (
            verb.pos_ == "NOUN" and any(c.dep_ == "aux" and c.pos_ == "PART" and c.i == verb.i - 1
                                        for c in verb.children))

    def _asked(self, addressee: Token) -> Token | None:
        """The infinitive a request's addressee is asked to do, which the parser hangs on it (`aux habitants de
        rester`), or what was avowed before someone (`a reconnu devant les enquêteurs avoir rédigé …`)."""
        # anywhere in a prepositional addressee's phrase: `aux habitants des communes voisines de rester`, hung on
        # `voisines`; an object's own (`invitant les personnes sélectionnées à …`: the participle's, not asked)
        where = addressee.subtree if any(c.dep_ == "case" for c in addressee.children) else addressee.children
        hung = next((c for c in where if c.dep_ in ("acl", "xcomp", "advcl", "nmod") and c.i > addressee.i
                     and self._infinitive(c) and any(m.dep_ in ("mark", "aux", "aux:tense") and m.i < c.i
                                                     for m in c.children)), None)
        if hung is not None or addressee.dep_ not in ("obj", "dobj"):
            return hung
        # `asking people who live in the area to check …`: the parser may hang the request on the verb of a relative
        # clause on the addressee, as an adverbial clause ending the addressee's phrase
        relative = next((c for c in addressee.children if c.dep_ in RELATIVE_CLAUSES and c.i > addressee.i), None)
        # (not one right after the relative clause's verb, which completes it: `people who came to help`)
        hung = max((c for c in relative.subtree if c.dep_ in ("advcl", "xcomp") and c.left_edge.i > relative.i + 1
                    and c.right_edge.i == addressee.right_edge.i and self._infinitive(c)
                    and any(m.dep_ in ("mark", "aux") and m.lower_ in self.lex.data.request_marks
                            for m in c.children)), key=lambda c: c.i, default=None) if relative is not None else None
        if hung is not None:
            return hung
        # `invite l'opposition à laisser …`: the parser may hang the infinitive on the verb, right after the addressee
        return next((c for c in addressee.head.children if c.dep_ in ("advcl", "xcomp")
                     and c.left_edge.i == addressee.right_edge.i + 1 and self._infinitive(c)
                     and any(m.dep_ == "mark" and m.lower_ in self.lex.data.request_marks for m in c.children)), None)

    def _says_itself(self, verb: Token, lemma: str) -> bool:
        """`se dit attaché`, `se déclare satisfait`: a reflexive cue reporting a state of mind."""
        return lemma in self.lex.data.reflexive_attribute_cues and any(
            c.lower_ in ("se", "s'", "s’") for c in verb.children)

    def _past_a_locution(self, verb: Token) -> int:
        """The token after an adverb in several words right after the verb (`dénoncent de leur côté …`), else the
        one right after the verb."""
        return verb.i + 1 + self._locution_at(verb.i + 1)

    def _locution_at(self, i: int) -> int:
        """How many words an adverb in several words starting at `i` takes (`en outre`, `d'ailleurs`), or 0."""
        return len(self._phrase_at(i, self.lex.data.adverbial_locutions) or ())

    def _past_adjuncts(self, i: int) -> int:
        """The first token after adverbs, dates, a phrase between commas and prepositional phrases."""
        doc, limit = self.doc, min(len(self.doc), i + 25)
        while i < limit and not self.index.inside(doc[i].idx):
            token = doc[i]
            locution = self._locution_at(i)
            if locution:
                i += locution  # `a demandé en outre la baisse …`: the parser reads `en outre` as a preposition
            elif token.text.lower() in self.skippable or token.pos_ == "ADV":
                i += 1
            elif "Dem" in token.morph.get("PronType") and i + 1 < limit and (
                    doc[i + 1].lower_ in self.skippable or doc[i + 1].lemma_.lower() in self.lex.data.time_nouns):
                i += 2  # `a déploré ce mercredi les …`, `cette semaine`: a demonstrative day or time says when
            elif (date_end := self._date_end(i)) is not None:
                i = date_end  # `a annoncé le 3 mai la …`
            elif token.text == ",":
                close = next((t.i for t in doc[i + 1 : limit] if t.is_punct), None)
                if close is None or doc[close].text != ",":
                    return i
                i = close + 1
            elif token.pos_ == "ADP" and token.head.i > i:
                phrase = token.head
                # `dans un communiqué la suspension du …`, `de leur côté un manque de …`: a noun the parser hangs
                # on the phrase with no preposition of its own starts the next complement (the object), not part of
                # the phrase
                # (one with its own determiner: a name right after the noun is its name, `dans la revue Nature la
                # découverte de …`)
                # (or on a noun further in the phrase: `dans le cadre d'une convention des managers la suppression de
                # …`; not a date, `lors de la réunion le 3 mai`, nor a time, `la semaine dernière`)
                bare = next((c for c in phrase.subtree if c.i > phrase.i and c.dep_ in ("nmod", "appos")
                             and c.pos_ == "NOUN" and not any(k.dep_ == "case" for k in c.children)
                             and self.doc[c.left_edge.i].pos_ == "DET" and (c.head == phrase or (
                                 c.lemma_.lower() not in self.lex.data.time_nouns
                                 and self._date_end(c.left_edge.i) is None))), None)
                if bare is None:
                    # `dans un article publié dans l'Astrophysical Journal la découverte de …`: a past participle with
                    # no auxiliary describes the noun and takes no object; the object the parser gave it is the cue's
                    bare = next((o for c in phrase.children if c.i > phrase.i and c.dep_ == "acl"
                                 and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")
                                 and not any(k.dep_ in AUX_DEPS for k in c.children)
                                 for o in c.children if o.dep_ in ("obj", "dobj") and o.pos_ == "NOUN"
                                 and self.doc[o.left_edge.i].pos_ == "DET"), None)
                i = bare.left_edge.i if bare is not None else phrase.right_edge.i + 1
                # (not past a line break the parse ran over: a title has no final mark)
                i = next((t.i for t in doc[token.i : i] if "\n" in t.text), i)
            elif token.pos_ == "DET" and i + 1 < limit and doc[i + 1].text.lower() in self.skippable:
                i = max(doc[i + 1].right_edge.i, i + 1) + 1  # `ce mardi 20 février 2018`
            else:
                return i
        return i

    def _after_cue(self, verb: Token, lemma: str) -> int | None:
        """Index of the first token after the cue and its clitics, adverbs and short complements."""
        told = self._that_after_addressee(verb)
        if told is not None:
            return told
        i = verb.i + 1
        if lemma in self.lex.phrases and lemma not in self.lex.cues:
            end = self._phrase_end(verb, lemma)
            if end is not None:
                i = end
        steps = 0
        while i < len(self.doc) and steps < 8:
            token = self.doc[i]
            if self._complementizer(token):
                if self._relative_by_parse(token, verb):
                    return None  # `warning doctors about risks from a product that the company sells`
                return self._object_before_relative(verb, i) or i
            if token.text in (":", "«", "“", '"') or self.index.at(token.idx):
                return i
            if token.text == ",":
                colon = self._colon_past_asides(i)
                if colon is not None:
                    return colon
                close = self._aside(i, 1, min(i + 25, len(self.doc) - 1))
                if close is not None and self._complementizer(self.doc[close + 1]):
                    return close + 1  # `a affirmé, lors d'une conférence de presse à Bercy, que …`
                if self._relative_opens(i + 1):
                    return i  # `…, a précisé M. X, selon qui le suspect « … »`: a relative clause on what stands before
            if token.pos_ == "PRON" and self._relative_opens(i) and i > verb.i + 1 \
                    and any(c.dep_ in SUBJECT_DEPS and c.i < i for c in verb.children if c.i > verb.i):
                return i  # `…, said Kathleen Wynne who also accused …`: the inverted subject's relative clause
            if token.is_punct and token.text not in (",", "-"):
                return i
            if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i < token.i and token.head.pos_ == "NOUN" \
                    and not (self._cue(token) is not None and any(c.dep_ in ("agent", "obl:agent") for c in token.children)):
                i += 1  # `said in a video posted to social media …`: an English participle qualifying the phrase's noun
                # (not a cue's with its agent, which reports: `challenges voiced by political opponents that …`)
                steps += 1
                continue
            if (token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS) or self._gerund_cue(token):
                return self._complementizer_past_complements(verb, i) or self._que_past_adjuncts(verb) or i
            if token.dep_ == "mark" and i + 1 < len(self.doc) and self._complementizer(self.doc[i + 1]):
                return i  # `avant qu'`, `alors que`: the `que` after it opens an adverbial clause, not what was said
            i += 1
            steps += 1
        if i < len(self.doc):
            return self._complementizer_past_complements(verb, i) or self._que_past_adjuncts(verb) or i
        return None

    def _relative_opens(self, i: int) -> bool:
        """A relative clause opens at `i`: its pronoun, alone or after a preposition (`qui`, `selon qui`, `dont`,
        `auprès de qui`, `for whom`)."""
        doc = self.doc
        while i < len(doc) and doc[i].pos_ == "ADP":
            i += 1
        return i < len(doc) and doc[i].lower_ in self.relatives and doc[i].pos_ == "PRON"

    @staticmethod
    def _relative_by_parse(token: Token, verb: Token) -> bool:
        """A `that` / `que` the parse makes the subject or object of a relative clause (or of its infinitive) on the
        noun right before it opens that noun's relative clause, not what was said, when the cue has an object of its
        own before it (`warned doctors about a product that …`; with none, the clause is the cue's whatever the
        parse says: `admitted after the game that …`)."""
        if not any(c.dep_ in ("obj", "dobj") and c.i < token.i for c in verb.children):
            return False
        clause = token.head
        while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
            clause = clause.head  # `a product that the company is seeking to make`: the object of the infinitive
        return token.dep_ in (*SUBJECT_DEPS, "obj", "dobj") and clause.dep_ in ("relcl", "acl:relcl") \
            and clause.head.i == token.i - 1 and clause.head.pos_ in ("NOUN", "PROPN")

    def _colon_past_asides(self, comma: int) -> int | None:
        """`Un habitant ajoute, en marchant avec difficulté, dans le centre du village : « … »`: asides set off
        after the cue (how, where, a gerund, a relative clause on them) and then a colon that opens a quotation: the
        colon is where what was said begins. A finite verb of the writer's own in between ends the reading."""
        doc = self.doc
        for j in range(comma + 1, min(comma + 30, self.sents[self.sent_of[comma]].end)):
            token = doc[j]
            if token.text == ":":
                return j if j + 1 < len(doc) and self._opens_quotation(doc[j + 1].idx) else None
            if self.index.inside(token.idx) or self.index.at(token.idx) or (
                    token.is_punct and token.text not in (",", "-", "'", "’")):
                return None
            clause = token.head if token.dep_ in AUX_DEPS else token
            if "Fin" in token.morph.get("VerbForm") and not clause.dep_.startswith(("acl", "relcl")) and not any(
                    c.lower_ in self.relatives and c.i < clause.i for c in clause.children):
                return None
        return None

    def _object_before_relative(self, verb: Token, que: int) -> int | None:
        """`a demandé aux opérateurs les documents que la DCRI leur avait réclamés`: a noun with its determiner and
        no preposition, right before the `que` (or its comma), is the cue's object and the `que` opens its relative
        clause (not a noun of time: `a indiqué la semaine dernière que …`); where the object starts. Only in a language
        that lists its nouns of time: English names the addressee with no preposition (`told the court that …`)."""
        doc, data = self.doc, self.lex.data
        if not data.time_nouns:
            return None

        def past_adjectives(j: int) -> int:  # back over the adjectives before `j` (`les documents secrets que`)
            while j > verb.i and doc[j].pos_ == "ADJ":
                j -= 1
            return j

        j = past_adjectives(que - 1 - (doc[que - 1].text == ","))  # (`conteste ces chiffres, qu'elle juge …`)
        noun = doc[j]
        if j <= verb.i or noun.pos_ not in ("NOUN", "PRON") or noun.lower_ in data.time_nouns | data.time_words \
                or noun.lemma_.lower() in data.time_nouns or self.index.inside(noun.idx):
            return None
        j = past_adjectives(j - 1)
        if j <= verb.i or doc[j].pos_ != "DET" or doc[j - 1].pos_ == "ADP" or doc[j - 1].dep_ == "case" \
                or doc[j].lower_ in data.quantifying_determiners:
            return None  # (`face aux journalistes`: a locution's noun the parser marks as the preposition it is)
        return j

    def _gerund_cue(self, token: Token) -> bool:
        """`…, tout en avertissant que …` with `avertissant` tagged a noun: a cue's present participle after its
        preposition is a verb of its own, and the `que` after it is its complement."""
        return token.pos_ not in ("VERB", "AUX") and self._participle(token) \
            and self.lex.cue_lemma(token.lemma_, token.text) is not None \
            and any(c.i < token.i and c.pos_ == "ADP" for c in token.children)

    def _que_past_adjuncts(self, verb: Token) -> int | None:
        """`a confié à X lundi matin sur BFMTV - RMC qu'il …`: read along the words when the parse broke the sentence
        and took the `que` for a relative pronoun. Only phrases that say to whom, when or where stand between the
        cue and the `que` (a preposition or a time word first: an object before it would be the relative's
        antecedent, `a confié les documents qu'il …`), no verb, no punctuation but the hyphen of a name; a name or
        a time word right before the `que` (after a common noun it may be the noun's relative: `a répondu aux
        critiques que …`); and a subject opens the clause after it."""
        doc, data = self.doc, self.lex.data
        i = verb.i + 1
        while i < len(doc) and (doc[i].pos_ == "ADV" or doc[i].dep_ in AUX_DEPS):
            i += 1
        if i >= len(doc) or not (doc[i].pos_ == "ADP" or doc[i].lower_ in data.time_words):
            return None
        for j in range(i, min(i + 25, len(doc) - 2)):
            token = doc[j]
            if token.lower_ in self.complementizers and not self.index.inside(token.idx):
                before = doc[j - 1]
                if not (before.lower_ in data.time_words or (before.pos_ == "PROPN" and before.text[:1].isupper())) \
                        and self._complement_start(j) is None:
                    # `a répondu aux critiques que les syndicats avaient formulées`: a noun's relative, whose verb
                    # the pronoun completes (`a confié à ses proches qu'il allait démissionner` is a clause: the verb
                    # after it is complete)
                    return None
                after = doc[j + 1]
                opens = after.lower_ in self.pronouns or after.pos_ in ("DET", "PROPN", "NOUN")
                finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                             for t in doc[j + 1 : min(j + 8, len(doc))])
                return j if opens and finite else None
            if (token.is_punct and token.text not in ("-", "‐")) or self.index.at(token.idx) \
                    or (token.pos_ in ("VERB", "AUX") and not _capitalised_inside(token)) \
                    or token.pos_ in ("SCONJ", "CCONJ", "PRON"):
                return None
            if token.pos_ == "DET" and token.head.pos_ == "NOUN" and token.head.lower_ not in data.time_words \
                    and not any(c.dep_ == "case" for c in token.head.children):
                return None  # `a confié à la police les documents qu'il …`: an object, the relative's antecedent
        return None

    def _complementizer_past_complements(self, verb: Token, i: int) -> int | None:
        """`a expliqué hier soir aux habitants réunis à la mairie que …`: the cue's complements run longer than
        the walk reads or hold a participle describing a noun; every word up to the `que` hangs from the cue, no
        punctuation, no object of the cue (`announced a deal, and that …`: a second thing announced), no verb
        but a participle that does not report (a capitalised word inside the sentence is a name the tagger read as
        a verb: `sur France Inter qu'…`)."""
        if any(t.is_punct and not joins_a_word(t) for t in self.doc[verb.i + 1 : i]):
            return None
        for j in range(i, min(i + 20, len(self.doc))):
            token = self.doc[j]
            if self._complementizer(token):
                return None if self._relative_by_parse(token, verb) else j
            if (token.is_punct and not joins_a_word(token)) or self.index.at(token.idx) \
                    or verb not in token.ancestors \
                    or (token.head == verb and token.dep_ in ("obj", "dobj")) or token.dep_ in ("cc", "conj"):
                return None
            if token.pos_ in ("VERB", "AUX") and self._relative_of_making(token, token.left_edge.i):
                continue  # `admitted in the interview she gave to CBC that …`: the noun's relative clause
            if token.pos_ in ("VERB", "AUX") and not _capitalised_inside(token) \
                    and (not token.dep_.startswith(("acl", "amod")) or "Part" not in token.morph.get("VerbForm")
                         or self._cue(token) is not None):
                return None
        return None

    def _aside(self, comma: int, step: int, bound: int) -> int | None:
        """The other comma of an aside set off by two (`, dans un communiqué publié lundi,`, `, interrogé par
        France Info,`), looking from `comma` in the direction of `step` up to `bound`: no finite verb, no
        quotation, no end of clause between, and at least a word."""
        for j in range(comma + step, bound, step):
            token = self.doc[j]
            if self.index.inside(token.idx) or token.text in CLAUSE_PUNCT or token.text == ":" \
                    or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")):
                return None
            if token.text == ",":
                return j if abs(j - comma) > 1 else None
        return None

    def _clause_before_quote(self, quote: Quoted) -> int | None:
        """Where the clause a quotation ends begins, when the quotation is only its tail: back to the last
        final mark, colon, quotation or line break, a finite verb of its own before the marks, and no `que`."""
        marks = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if marks is None:
            return None
        sent = self.sent(marks[0])
        start = marks.start
        while start > sent.start and not (self.doc[start - 1].text in (".", "!", "?", "…", ":", ";")
                                          or "\n" in self.doc[start - 1].text_with_ws):
            inside = self.index.at(self.doc[start - 1].idx)
            if inside is not None:
                # `Police are "a moment away" from "breaking the case,"`: a fragment in marks inside the clause;
                # a quotation that ends a sentence of its own ends the search
                words = self.doc.char_span(inside.start, inside.end, alignment_mode="expand")
                if words is None or self.text[inside.inner_start : inside.inner_end].rstrip().endswith(
                        (".", "!", "?", "…")) or words.start >= start:
                    break
                start = words.start
                continue
            start -= 1  # the parser may leave the sentence before in the quotation's: back to a final mark only
        before = [t for t in self.doc[start : marks.start] if not t.is_space and not self.index.inside(t.idx)]
        if not before or any(self._complementizer(t) and not self._under_a_verb_of_no_report(t) for t in before):
            return None  # (a `que` clause a cue governs is that cue's report)
        if not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before) \
                and not self._subject_outside(marks, before) and not self._subject_of_listed_fragments(before, marks):
            return None
        opening = self.doc[start]
        if opening.i < before[0].i and self.index.at(opening.idx) is not None:
            return opening.idx  # `« Compte tenu de … », le parquet se dessaisit « … », a ajouté X`: from the first marks
        return before[0].idx

    def _under_a_verb_of_no_report(self, mark: Token) -> bool:
        """`pour s'assurer qu'il n'y a pas de « piège », explique X`: the `que` opens the clause of a verb that
        reports nothing, so the clause it ends is still the writer's, which X's words run through."""
        clause = mark.head
        verb = clause.head
        return clause.i != mark.i and verb.i != clause.i and verb.pos_ == "VERB" and self._cue(verb) is None \
            and not self.index.inside(verb.idx)

    def _subject_of_listed_fragments(self, before: list[Token], marks: Span) -> bool:
        """`Le conducteur « ne disposait pas du permis » et « avait consommé du cannabis », ajoute X`: fragments in
        marks joined by commas and conjunctions only, the first opening on the predicate of the noun phrase before
        it: one clause, the subject's, which the words in marks run through."""
        lead = before[:1]
        for token in before[1:]:
            if token.i != lead[-1].i + 1:
                break  # a quotation stands between: the words before it are the lead
            lead.append(token)
        rest = before[len(lead):]
        if not lead or not rest or not all(t.is_punct or t.pos_ == "CCONJ" for t in rest):
            return False
        while len(lead) > 1 and lead[-1].is_punct:
            lead.pop()  # `Le conducteur du véhicule, « né en 2001 », « ne disposait pas … »`
        fragments = {q for q in (self.index.at(t.idx) for t in self.doc[lead[-1].i + 1 : marks.end]) if q is not None}
        spans = [self.doc.char_span(q.start, q.end, alignment_mode="expand") for q in fragments]
        return any(words is not None and self._subject_outside(words, lead) for words in spans)

    def _subject_outside(self, marks: Span, before: list[Token]) -> bool:
        """`Le projet « est une catastrophe »`: the marks open on the predicate (a verb, or what the parser made one
        by giving it a subject: `« menace nos intérêts »`) whose subject is the noun phrase before them, all the
        words there."""
        verb = next((t for t in marks if not t.is_punct and t.pos_ != "ADV"), None)  # (past `ne`)
        if verb is None:
            return False
        clause = verb.head if verb.dep_ == "cop" or verb.dep_ in AUX_DEPS else verb
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and subject.left_edge.i == before[0].i and subject.i < marks.start \
            and all(t.i <= subject.right_edge.i for t in before)

    def _quote_just_before(self, first: Token, pauses: tuple[str, ...] = (",", *DASHES)) -> Quoted | None:
        """`« … », a déclaré X`: a closing mark, perhaps a comma, then the cue."""
        i = first.i - 1
        while i >= 0 and (self.doc[i].text in pauses or self.doc[i].is_space):
            i -= 1
        if i < 0:
            return None
        token = self.doc[i]
        if "\n" in self.text[token.idx + len(token.text) : first.idx]:
            return None  # a quotation ending the paragraph before is not this cue's
        span = self.index.at(token.idx)
        if span is None or not span.closed or token.idx + len(token.text) != span.end:
            return None
        # the quote must not be the object of an earlier verb in the same clause ("X a dit « … », ajoutant")
        return span

    def _verb_governing_the_infinitive(self, verb: Token) -> Token | None:
        """The first word (auxiliary or clitic) of the verb whose infinitive complement the cue is, when only a
        preposition or an adverb stands between them and no subject before them (`a tenu à préciser`, `s'est
        empressé de démentir`, `vient de déclarer`): the pair is one cue, its subject inverted after it."""
        head = verb.head
        if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm") or head.i >= verb.i \
                or head.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS and c.i < head.i
                                                            and not self._inverted_clitic(c) for c in head.children) \
                or not all(t.pos_ in ("ADP", "ADV") or self._inverted_clitic(t) or self._misspelt_t(t.i)
                           or t.lower_ in self.lex.data.euphonic_t | self.lex.data.unnamed_source_clitics
                           for t in self.doc[head.i + 1 : verb.i]):
            return None  # (`peut-on lire`, `a-t-il tenu à préciser`: the inverted subject may stand between)
        return self.doc[min([head.i] + [c.i for c in head.children if c.i < head.i and (
            c.dep_ in AUX_DEPS or c.lower_ in self.lex.data.reflexive_pronouns)])]

    def _after_a_pause(self, verb: Token) -> bool:
        """The cue's words (its auxiliaries) follow punctuation: a comma or a closing mark, where a subject inverts."""
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i])
        return first > 0 and self.doc[first - 1].is_punct

    def _inverted_subject(self, verb: Token, after: int | None) -> Span | None:
        """The speaker after the cue: `-t-il`, `a insisté Ned Price jeudi`, `selon X`."""
        doc = self.doc
        heard = self._heard_from(verb)
        if heard is not None:
            return heard
        i = verb.i + 1
        lemma = self._cue(verb)
        if lemma in self.lex.phrases and lemma not in self.lex.cues:
            i = self._phrase_end(verb, lemma) or i
        # clitic between auxiliary and participle: a-t-il dit (also past an adverbial phrase: `a-t-il pour sa part
        # prévenu`, the auxiliary the parser detached)
        detached = self._detached_auxiliary(verb)
        first = min(verb.i - 3, detached.i) if detached is not None else verb.i - 3
        for j in range(max(first, 0), min(verb.i + 4, len(doc))):  # (`déclare - t' il`: four tokens)
            low = doc[j].text.lower()
            if (self._inverted_pronoun(low) and j < verb.i + 3) or self._after_a_misspelt_t(j):
                return doc[j : j + 1]
        if self._subjectless_participle(verb) and self._verb_governing_the_infinitive(verb) is None:
            return None
        limit = min(len(doc), verb.i + 14)
        while i < limit:
            token = doc[i]
            if token.is_punct or self.index.inside(token.idx):
                return None
            if token.text.lower() in self.skippable or token.pos_ in ("ADV",) or token.dep_ in AUX_DEPS:
                i += 1
                continue
            locution = self._locution_at(i)
            if locution:
                i += locution  # `a ajouté par écrit le directeur`: an adverb in several words before the subject
                continue
            date_end = self._date_end(i)
            if date_end is not None:
                i = date_end
                continue
            if "Dem" in token.morph.get("PronType") and i + 1 < limit and (
                    doc[i + 1].lower_ in self.lex.data.time_nouns or doc[i + 1].lower_ in self.lex.data.months
                    or (doc[i + 1].lower_ in self.lex.data.time_words and doc[i + 1].pos_ == "NOUN")):
                i += 2  # `affirme ce mercredi le parquet`: a demonstrative of when (not `la même source`, a subject)
                continue
            # (the phrase may hang on a word already stepped over: `a précisé vendredi à l'AFP la source …`)
            anchor = token.head.head
            on_the_cue = anchor.i == verb.i or (verb.i < anchor.i < i and anchor.head.i == verb.i)
            if token.pos_ == "ADP" and token.dep_ == "case" and on_the_cue \
                    and token.head.i > i and any(c.i > token.head.right_edge.i and (
                        c.dep_ in SUBJECT_DEPS or (c.dep_ == "obj" and self._addressee(c)) or (
                            # (or for a phrase of its own with no preposition: `a annoncé aux journalistes le chef du
                            # gouvernement provincial`, the chief hung as an adjunct)
                            c.dep_.startswith("obl") and self._addressee(c)
                            and not any(g.dep_ == "case" for g in c.children))) for c in verb.children):
                # `a assuré à l'AFP une porte-parole`, `a regretté après la réunion le secrétaire général`: whom
                # it was said to, or when, comes first, then the subject (which the parser often takes for an
                # object: a person or a role, not a thing); a name the parser cut ends there too (`sur Sud Radio`)
                i = token.head.right_edge.i + 1
                if self.ent_of[token.head.i] >= 0:
                    i = max(i, self.ents[self.ent_of[token.head.i]].end)
                continue
            if token.pos_ == "ADP" and token.dep_ == "case" and token.head.head.i == verb.i \
                    and self._after_a_pause(verb):
                # `…, a indiqué en fin de matinée la gendarmerie`: the parser hung the subject inside the phrase of
                # when, as a noun with no preposition of its own
                # (or a person's name hung on the phrase's noun: `a indiqué dans un communiqué Stéphane K., procureur`)
                bare = next((t for t in doc[token.head.i + 1 : token.head.right_edge.i + 1] if (
                    t.pos_ == "DET" and t.head.dep_ in ("nmod", "appos") and t.head.i > t.i and self._addressee(t.head)
                    and not any(c.dep_ == "case" for c in t.head.children)) or (
                    t.pos_ == "PROPN" and t.ent_type_ in PERSON_LABELS and t.head.i == token.head.i
                    and t.dep_ in ("appos", "nmod") and not any(c.dep_ == "case" for c in t.children))), None)
                if bare is not None:
                    i = bare.i
                    continue
            indefinite = token.pos_ == "ADP" and token.lower_ in self.lex.data.determiner_contractions \
                and token.head.pos_ == "NOUN" and token.head.i == i + 1 and "Plur" in token.head.morph.get("Number") \
                and self._after_a_pause(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            # (`« … », confient des habitants`: the plural indefinite article, tagged as `de` + `les`)
            if token.pos_ == "ADP" and self._after_a_pause(verb) and not indefinite:
                # `« … », a déclaré sur France Inter le ministre`: where it was said, however the parser hung the
                # words after it (here `Inter` a verb whose object is the minister), then a determiner and a noun
                # of someone who speaks
                role = next((t for t in doc[i + 2 : min(i + 8, limit)] if t.pos_ == "DET" and t.head.i > t.i
                             and t.head.pos_ == "NOUN" and self._speaker_noun(t.head)), None)
                if role is not None and not any(t.is_punct or (t.pos_ in ("VERB", "AUX") and t.lower_ in self.lex.forms)
                                                for t in doc[i : role.i]):
                    i = role.i
                    continue
            if token.pos_ in ("DET", "PROPN", "NOUN", "PRON", "X", "ADJ", "NUM") or indefinite:
                if self.lex.data.objects_never_speak and not (self._after_a_pause(verb) and not any(
                        c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)) and any(
                        c.dep_ in ("obj", "dobj") and c.left_edge.i <= i <= c.right_edge.i for c in verb.children):
                    # `accused the government of …`: whom, not who (`"…", added KCNA` inverts, but not a verb whose
                    # subject stands before it, past an apposition: `Ford, a former member, revealed his plan`)
                    return None
                if any(c.dep_ in ("obj", "dobj") and c.left_edge.i <= i <= c.right_edge.i and c.pos_ == "NOUN"
                       and not self._speaker_noun(c) and not self._person_named_in(c.left_edge.i, c.right_edge.i + 1)
                       for c in verb.children) \
                        and self._has_subject_before(verb):
                    return None  # `L'homme …, a reconnu les faits, a annoncé …`: a subject before, an object after
                    # (not a noun set before a person's name, whatever trade it names: `…, estime le météorologue
                    # Paul Morel`, which the parser read as the object when it took the clause before for a subject)
                return self._noun_phrase(i)
            return None
        return None

    def _has_subject_before(self, verb: Token) -> bool:
        """The verb has its subject before it, outside any quotation: not a clitic the parser took for one
        (`nous a confié le maire`), nor a quotation's first word."""
        return any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and not self.index.inside(c.idx)
                   and not self._clitic_before_inversion(c, verb) for c in verb.children)

    @staticmethod
    def _subjectless_participle(verb: Token) -> bool:
        """`…, mettant en avant l'utilisation « massive »`: a present participle or gerund takes the subject of the
        clause it hangs on, and so does an infinitive (`en vue d'émettre le projet`), also in a compound tense whose
        auxiliary is one (`avoir requis la veille un procès`, `ayant annoncé`); the noun after it is its object,
        never an inverted subject."""
        auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
        if auxiliaries:
            verb = auxiliaries[0]
        forms = verb.morph.get("VerbForm")
        return "Ger" in forms or "Inf" in forms or ("Part" in forms and "Pres" in verb.morph.get("Tense"))

    def _date_end(self, i: int) -> int | None:
        """Where a date starting at `i` ends (`le 26 mars`, `le 3 janvier 2019`, `May 5`): a month beside a
        number, after an optional article."""
        doc, months = self.doc, self.lex.data.months
        j = i + 1 if doc[i].lower_ in self.lex.data.definite_articles else i
        day = j < len(doc) and doc[j].like_num
        j += day
        if j >= len(doc) or doc[j].lower_ not in months:
            return None
        year = j + 1 < len(doc) and doc[j + 1].like_num
        return j + 1 + year if day or year else None

    def _person_noun_read_as_verb(self, token: Token) -> bool:
        """`a déclaré l'accusé`, `l'élu`: right after its determiner, a word the tagger read as a participle whose
        form is a noun for someone (`people_nouns`) is that noun."""
        before = self.doc[token.i - 1] if token.i > 0 else None
        return token.pos_ == "VERB" and before is not None and before.pos_ == "DET" and before.head.i == token.i \
            and token.lower_ in self.lex.people_nouns

    def _noun_phrase(self, start: int, in_marks: bool = False) -> Span:
        """The phrase that names someone from `start` on; `in_marks` when it stands in an incise inside a
        quotation (`« A, a déclaré le maire. B »`)."""
        doc = self.doc
        stops = self.lex.data.speaker_stop_words | self.skippable
        end = start
        while end < len(doc):
            token = doc[end]
            low = token.text.lower()
            if end > start and "\n" in token.text:
                break  # a line break ends a headline's source (`…, selon une étude` then the first paragraph)
            if token.is_punct and token.text not in ("-", "'", "’"):
                if token.text == "," and end + 1 < len(doc) and (
                        self._apposition_follows(end + 1) or self._name_after_role(start, end, end + 1)):
                    end += 1
                    continue
                title = self.index.at(token.idx) if end > start and not in_marks else None
                if title is not None and title.start == token.idx and self._names_what_precedes(title):
                    # `l'émission de TMC « Quotidien »`: the title names the phrase
                    end = doc.char_span(title.start, title.end, alignment_mode="expand").end
                break
            agent = self._author_agent_after(start, end)
            if agent is not None:
                end = agent  # `selon une étude publiée mardi par Santé publique France`: the text and its author
                continue
            if end > start and (low in stops or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ")) \
                    and token.ent_iob_ != "I" and not self._person_noun_read_as_verb(token) \
                    and not (token.ent_iob_ == "B" and token.text[:1].isupper() and doc[end - 1].pos_ == "NOUN") \
                    and not (token.dep_ == "amod" and end < token.head.i < end + 4) \
                    and not (token.pos_ == "ADP" and token.head.i == end - 1 and token.head.pos_ == "ADJ"
                             and token.head.dep_ == "amod" and start <= token.head.head.i < end - 1):
                # `the Sydney Morning Herald`: a name is not cut at a stop word (nor opened on a word the tagger took for
                # a verb right after its noun: `l'agence Santé publique France`), nor `the earlier release` at an
                # adjective of its noun, nor `a source close to the investigation`, `people familiar with the
                # matter` at the preposition of an adjective set after the noun
                if not (token.pos_ == "CCONJ" and end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or (
                        # `le vice-premier ministre et président du MR, Didier Reynders`: one person's two titles
                        self._role_noun(doc[end + 1]) and self._role_noun(doc[end - 1])))):
                    break
            if self.index.inside(token.idx) and not in_marks:
                break
            end += 1
            if end - start >= 14:
                break
        return doc[start:max(end, start + 1)]

    def _author_agent_after(self, start: int, i: int) -> int | None:
        """`une étude publiée mardi par …`, `a poll conducted by …`: a participle of writing or publishing
        (`authoring_verbs`) right after a text, then its agent: where the agent's words start."""
        doc, data = self.doc, self.lex.data
        verb = doc[i]
        if i == start or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") \
                or not self._authors(verb) \
                or not any(names_a_text(t, data.document_nouns) for t in doc[start:i]):
            return None
        j = i + 1
        while j < min(i + 4, len(doc)) and (doc[j].lower_ in self.skippable or doc[j].pos_ == "ADV"):
            j += 1  # `publiée mardi par`
        return j + 1 if j + 1 < len(doc) and doc[j].lower_ in data.agent_prepositions else None

    def _role_noun(self, token: Token) -> bool:
        return names_a_role(token, self.lex)

    def _names_a_person(self, token: Token) -> bool:
        """A role or what someone is in the story (`epithet_heads`: `son producteur`, `son avocat`), which a name set
        off after it may name."""
        return self._role_noun(token) or token.lemma_.lower() in self.lex.data.epithet_heads \
            or token.lower_ in self.lex.data.epithet_heads

    def _apposition_follows(self, i: int) -> bool:
        """`Louis Dreyfus, président du directoire`: a role noun after a comma continues the mention."""
        doc = self.doc
        for j in range(i, min(i + 3, len(doc))):
            token = doc[j]
            if self._role_noun(token):
                # `Selon la police, le suspect a fui`: a new clause, the subject of a verb after it
                return (token.dep_ not in SUBJECT_DEPS or token.head.i < token.i) and not self._subject_set_off(token)
            if token.pos_ not in ("DET", "ADJ"):
                return False
        return False

    def _name_after_role(self, start: int, comma: int, i: int) -> bool:
        """`…, affirme son président, Georges-Louis Bouchez.`: a person's name set off after a role closing the phrase
        names the role's holder; the mention goes on to it."""
        doc = self.doc
        if not self._in_a_person_name(doc[i]) or not any(self._role_noun(t) for t in doc[start:comma]):
            return False
        ent = self.ents[self.ent_of[i]]
        return ent.start == i and (ent.end >= len(doc) or doc[ent.end].is_punct)

    def _subject_set_off(self, noun: Token) -> bool:
        """`According to Sgt. Paulena Gidda, the coach, who has not been identified, was arrested`, `Selon la police, le
        suspect, âgé de 45 ans, a été interpellé`: a noun phrase with a relative clause or an aside with no verb set off
        after it, then a finite verb: the subject of a clause of its own, not an apposition."""
        doc, sent = self.doc, self.sent(noun)
        comma = next((t.i for t in doc[noun.i + 1 : min(noun.i + 6, sent.end)] if t.text == ","), None)
        if comma is None or comma + 1 >= sent.end or (
                doc[comma + 1].lower_ not in self.relatives and self._aside(comma, 1, sent.end) is None):
            return False
        close = next((t.i for t in doc[comma + 2 : min(comma + 20, sent.end)] if t.text == ","), None)
        after = doc[close + 1] if close is not None and close + 1 < sent.end else None
        return after is not None and after.pos_ in ("VERB", "AUX") and "Fin" in self._finite_form(after) \
            and not self.index.inside(after.idx)

    def _relative_antecedent(self, pronoun: Token, verb: Token) -> Token | None:
        if verb.dep_.startswith(("acl", "relcl")) and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < pronoun.i:
            antecedent = verb.head
        else:  # the nearest noun before the pronoun, at the head of its name
            antecedent = next((t for t in reversed(self.doc[max(pronoun.i - 5, 0) : pronoun.i])
                               if t.pos_ in ("NOUN", "PROPN") and not self.index.inside(t.idx)), None)
            while antecedent is not None and antecedent.dep_ in ("flat:name", "flat") \
                    and antecedent.head.i < antecedent.i:
                antecedent = antecedent.head
        near = self.doc[pronoun.i - 1] if pronoun.i > 0 else None
        while near is not None and near.dep_ in ("flat:name", "flat") and near.head.i < near.i:
            near = near.head
        if antecedent is not None and near is not None and antecedent.i < near.i and near.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "case" and c.lower_ not in self.lex.data.owner_links for c in near.children):
            # `complète Renard dans la DH qui confirme …`: right after a noun that a preposition other than whose
            # opens (where, when), with no comma, the relative is about that noun, wherever the parser hung it
            antecedent = near
        if antecedent is not None and pronoun.i > 0 and self.doc[pronoun.i - 1].text == ",":
            # `un habitant du quartier, qui …`: set off by a comma, the relative is about the whole noun phrase
            while antecedent.dep_ == "nmod" and antecedent.head.pos_ in ("NOUN", "PROPN") \
                    and antecedent.head.i < antecedent.i and not self.index.inside(antecedent.head.idx) \
                    and (self._introduced_by(antecedent, self.lex.data.owner_links)
                         or (antecedent.head.i == antecedent.left_edge.i - 1  # `le député Renaissance, qui`
                             and not any(c.dep_ == "case" for c in antecedent.children))):
                antecedent = antecedent.head
            antecedent = self._apposed_to(antecedent)
            antecedent = self._person_described_before(pronoun.i - 1) or antecedent
        if antecedent is not None and pronoun.lower_ in self.lex.data.personal_relatives:
            return self._person_above(antecedent)
        return antecedent

    def _person_described_before(self, comma: int) -> Token | None:
        """`à l'exception de Ahron Cornyn, président du Tchad, qui a rappelé …`: words that say what someone is, set
        off between a person's name and the comma before a relative, describe that person, whatever the parser hung
        them and the relative on (here `exception`). The name's head, if so."""
        doc = self.doc
        opening = next((t.i for t in reversed(doc[max(comma - 12, 0) : comma]) if t.is_punct), None)
        if opening is None or doc[opening].text != "," or opening + 1 >= comma or opening < 1:
            return None
        n = self.ent_of[opening - 1]
        first = doc[opening + 1]
        noun = doc[opening + 2] if first.pos_ == "DET" and opening + 2 < comma else first
        if n < 0 or self.ents[n].label_ not in PERSON_LABELS or self.ents[n].end != opening \
                or not self._names_a_person(noun) or self.index.inside(noun.idx):
            return None
        return self.ents[n].root

    def _apposed_to(self, token: Token) -> Token:
        """`Idriss Déby, président du Tchad et de l'Union africaine, qui a rappelé`: a relative after an
        apposition set off by commas is about what the apposition describes, not a noun inside it."""
        climbed = token
        for _ in range(5):
            if climbed.dep_ == "appos" and climbed.head.i < climbed.left_edge.i \
                    and self.doc[climbed.left_edge.i - 1].text == ",":
                return climbed.head
            if climbed.head.i == climbed.i or climbed.head.i > climbed.i:
                break
            climbed = climbed.head
        return token

    def _person_above(self, token: Token) -> Token:
        """`Charles O'Reilly, a management expert at Stanford University, who stated`: `who` is a person,
        so not the university the parser hung it on but the expert, and the name that expert is."""
        if token.ent_type_ in PERSON_LABELS:
            return token
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.ent_type_ in PERSON_LABELS:
            token = token.head
        return token

    def _through_voice(self, verb: Token) -> Span | None:
        """`Moscou indique par la voix d'Igor Morozov que …`: the one whose voice it is speaks."""
        for child in verb.children:
            if child.lemma_.lower() not in self.lex.data.voice_nouns or child.i < verb.i:
                continue
            owner = next((c for c in child.children if c.dep_ == "nmod" and c.pos_ in ("PROPN", "NOUN")), None)
            if owner is not None and not self.index.inside(owner.idx):
                return self._phrase_of(owner)
        return None

    @staticmethod
    def _introduced_by(noun: Token, prepositions: frozenset[str]) -> bool:
        return any(k.dep_ == "case" and k.lower_ in prepositions for k in noun.children)

    def _seat_of_power(self, noun: Token) -> bool:
        """`l'Élysée`, `Matignon`: a place the press names for the office that sits there (`seats_of_power`),
        whatever the recogniser tagged it."""
        if self.ent_of[noun.i] < 0:
            return False
        name = self.ents[self.ent_of[noun.i]].text.lower().replace("-", " ").replace("’", "'")
        return fold(name) in self.lex.seats_of_power

    def _phrase_of(self, noun: Token) -> Span:
        """The noun's phrase without the preposition that introduces it: `la voix d'Igor Morozov` -> `Igor Morozov`."""
        first = next(t.i for t in noun.subtree if t.dep_ != "case")
        return self.doc[first : noun.right_edge.i + 1]

    def _heard_from(self, verb: Token) -> Span | None:
        """Who speaks for an unnamed `on`: where it heard the words, in the wire's inverted formula (`a-t-on appris
        auprès de la préfecture`, `indique-t-on dans l'entourage du ministre`), else the document set before it
        (`_read_in`)."""
        data, doc = self.lex.data, self.doc
        if not any(t.lower_ in data.unnamed_source_clitics for t in doc[max(verb.i - 2, 0) : verb.i + 3]):
            return self._read_in(verb) or self._learnt_from(verb)
        i = verb.i + 1
        while i < len(doc) and (doc[i].lower_ in data.unnamed_source_clitics | data.euphonic_t
                                or doc[i].lower_ in self.skippable or doc[i].pos_ == "ADV"):
            i += 1
        if i >= len(doc) or doc[i].lower_ not in data.source_openers:
            return None
        while i < len(doc) and (doc[i].lower_ in data.source_openers
                                or (doc[i].dep_ == "fixed" and doc[i].head.lower_ in data.source_openers)):
            i += 1  # `à travers un décret`: the rest of a compound preposition names nobody
        if i >= len(doc) or doc[i].is_punct or self.index.inside(doc[i].idx):
            return None
        return self._noun_phrase(i)

    def _learnt_from(self, verb: Token) -> Span | None:
        """`…, a appris l'AFP auprès du parquet d'Agen`: whoever learnt the news, its source is whom it was learnt
        from (`hearing_verbs`, with the prepositions that name the source)."""
        doc = self.doc
        prepositions = self.lex.data.hearing_verbs.get(verb.lemma_.lower())
        if not prepositions:
            return None
        for token in doc[verb.i + 1 : min(verb.i + 12, self.sent(verb).end)]:
            if (token.is_punct and not joins_a_word(token)) or self.index.inside(token.idx) or self._complementizer(token):
                return None
            if token.lower_ in prepositions:
                i = token.i + 1
                while i < len(doc) and (doc[i].lower_ in self.lex.data.source_openers
                                        or (doc[i].dep_ == "fixed" and doc[i].head.i == token.i)):
                    i += 1
                return self._noun_phrase(i) if i < len(doc) and not doc[i].is_punct else None
            source = self._phrase_at(token.i, self.lex.data.according_to_sources)
            if source is not None:
                # `a appris l'AFP de source judiciaire`: the wire's formula names the source by its own noun
                return self._noun_phrase(token.i + len(source) - 1)
        return None

    def _cue_before_in_sentence(self, verb: Token) -> Token | None:
        """The nearest finite cue verb before `verb` in its sentence, outside quotation marks; not one in the passive
        (`… que 30 cm de neige étaient annoncés, tout en ajoutant que …`: its subject is what was said, not who)."""
        start, positions = self.sent(verb).start, self._cue_positions()
        for i in reversed(positions[: bisect_left(positions, verb.i)]):
            if i < start:
                return None
            token = self.doc[i]
            if not self.index.inside(token.idx) and not self._participle(token) and self._cue(token) is not None \
                    and not self._passive(token):
                return token
        return None

    def _read_in(self, verb: Token) -> Span | None:
        """`Dans un communiqué de l'aéroport, on apprend que …`: `on` learns it from the document set before it;
        `Chez Renault, on assure …`, `Du côté de la CGT, on dénonce …`: `on` speaks for whom the clause opens on."""
        data = self.lex.data
        # (`on fait valoir que …`: the parser may hang the cue phrase's first verb on its second, the next word)
        verbs = [verb, verb.head] if verb.head.i == verb.i + 1 and verb.head.pos_ in ("VERB", "AUX") else [verb]
        verb, subject = next(((v, c) for v in verbs for c in v.children
                              if c.dep_ in SUBJECT_DEPS and c.lower_ in data.impersonal_subjects), (verb, None))
        if subject is None:
            return None
        for child in verb.children:
            if child.i > subject.i or not child.dep_.startswith("obl") or child.pos_ == "PRON":
                continue  # `Chez moi, on dit …`: where, not who
            lemma = child.lemma_.lower()
            if ((lemma in data.document_nouns or lemma in data.source_nouns)
                    and self._introduced_by(child, data.source_openers)) \
                    or self._introduced_by(child, data.holder_prepositions):
                return self._phrase_of(child)
            if self._introduced_by(child, data.source_openers) and (
                    (child.pos_ == "NOUN" and lemma in data.public_body_words) or child.ent_type_ == "ORG"
                    or self._seat_of_power(child)):
                # `Au ministère de l'Intérieur, on indique …`: a body speaks there; `À l'Élysée, on assure …`: a seat
                # of power, which the press names for those who work there (any other place is where: guard)
                return self._phrase_of(child)
            side = next((c for c in child.children if c.dep_ in ("nmod", "flat:name")), None)
            if lemma in data.holder_sides and side is not None:
                return self._phrase_of(side)
        return None

    def _subject(self, verb: Token) -> Span | None:
        """The subject of the cue, or of the verb it hangs from (`…, estimant que`). A cue the parser coordinated with
        a relative clause on a phrase a preposition opens does not share that phrase as its subject (`Dans le Nouvel
        Observateur, qui paraît jeudi, le ministre … se dédouane et jure que …`): the nearest nominal before it."""
        subject = self._subject_as_parsed(verb)
        if subject is not None and verb.dep_ == "conj" and verb.head.dep_ in RELATIVE_CLAUSES \
                and subject[0].pos_ == "ADP" and subject[0].head.i == subject.root.i != subject[0].i:
            nearest = self._subject_by_position(verb)
            return nearest if nearest is not None and nearest[0].pos_ != "ADP" else None
        reporting = self._cue_coordinated_past_its_report(verb)
        if reporting is not None:
            return self._subject(reporting)
        return subject

    def _cue_coordinated_past_its_report(self, verb: Token) -> Token | None:
        """`Le ministre a affirmé dans un communiqué que la réforme serait votée et a ajouté que …`: a cue the parser
        coordinated with the verb of the clause another cue reports, in that cue's own tense (the same finite
        auxiliary), is coordinated with that cue: the one who spoke first speaks again. That cue, else None; none
        when the cue has a subject of its own (`…, et le préfet a répondu que …`: the prefect answers)."""
        if verb.dep_ != "conj" or not any(c.dep_ == "mark" and self._complementizer(c) for c in verb.head.children) \
                or any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
            return None

        def auxiliary(word: Token) -> str | None:
            return next((c.lower_ for c in word.children if c.dep_ in AUX_DEPS and c.i < word.i), None)

        cue = next((t for t in verb.head.ancestors if t.i < verb.head.i and t.pos_ == "VERB" and self._cue(t)), None)
        return cue if cue is not None and auxiliary(verb) is not None and auxiliary(verb) == auxiliary(cue) else None

    def _subject_as_parsed(self, verb: Token) -> Span | None:
        agent = self._agent_of_participle(verb)
        if agent is not None:
            return agent
        if self._finite_hung_on_its_subject(verb):
            return self._mention_from(verb.head, verb)  # `Un témoin raconte avoir …`: the noun it was hung on
        detached = self._detached_auxiliary(verb)
        if detached is not None:
            clitic = next((t for t in self.doc[detached.i + 1 : verb.i] if self._inverted_clitic(t)), None)
            if clitic is not None:
                return self.doc[clitic.i : clitic.i + 1]  # `a-t-elle ainsi concédé`
            # `a fait remarquer`: the parser hangs the auxiliary and its subject on the infinitive
            subject = self._own_subject(detached) or (self._own_subject(detached.head) if detached.head.i > verb.i
                                                      else None) or self._subject_by_position(detached)
            if subject is not None:
                return subject
        for auxiliary in (c for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i):
            subject = self._own_subject(auxiliary)  # `Le syndicat a, dans un communiqué, dénoncé`: on the auxiliary
            if subject is not None:
                return subject
        if self._participle(verb):
            # a present participle reports for the subject of the main clause, unless it has its own
            # (`…, ce dernier expliquant que`)
            own = self._own_subject(verb)
            if own is not None and own.end <= verb.i:
                return own
            absolute = self._phrase_after_comma(verb)
            if absolute is not None and not names_a_text(absolute.root, self.lex.data.document_nouns):
                # `…, nombre de membres du renseignement estimant que …`: a noun phrase between the comma and the
                # participle is its own subject (a text there, `…, un communiqué réclamant …`, speaks for its issuer)
                return absolute
            holder = _past_prepositional_phrases(verb.head, self.lex.data.author_links)
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i \
                    and verb.head.lemma_.lower() not in self.lex.data.time_nouns \
                    and not self.doc[verb.i - 1].is_punct and not self.index.inside(verb.head.idx) \
                    and not any(t.pos_ == "ADP" for t in self.doc[verb.left_edge.i : verb.i]) \
                    and (not names_a_text(holder, self.lex.data.document_nouns) or self._names_its_author(holder)):
                # `a reçu des manifestants réclamant la démission du préfet`: with no comma, the participle says what
                # the noun it hangs on does (not a noun of time: `au bout de quelques minutes contestant …`); that
                # noun reports, not the main clause's subject (a text the subject issued, `a publié un communiqué
                # affirmant que`, speaks for the subject, unless the text names its author, `la publication des
                # indicateurs de l'Insee révélant …`; a gerund, `en criant`, `tout en s'engageant`, goes on with it
                # whatever the parser hung it on); past a noun's prepositional phrases (`un message sur les réseaux
                # sociaux demandant …`, `des manifestants devant la mairie réclamant …`), the noun they qualify
                return self._mention_from(holder, verb)
            controller = self._object_as_subject(verb)
            if controller is not None:
                return controller
            before = self._cue_before_in_sentence(verb)
            frame = self._frame(before, self._cue(before)) if before is not None else None
            if frame is not None and frame.mention is not None:
                # `« … », ont-ils écrit, ajoutant que …`: it goes on with the report before it, whatever the
                # parser makes the root (`L'attaque a été revendiquée par les shebab : « … », ont-ils écrit`)
                return frame.mention
            subject = self._governing_subject(verb)
            if subject is not None and verb.left_edge.i > 0 and self.doc[verb.left_edge.i - 1].text == "," \
                    and not self._designates(subject) and not any(self._addressee(t) for t in subject) \
                    and not names_a_text(subject.root, self.lex.data.document_nouns):
                # `Son arrestation est « un soulagement », saluant le travail …`: a subject that cannot speak
                # controls no participle of saying; the words float, said by whoever is speaking
                return None
            if subject is not None:
                return subject
            sent = self.sent(verb)
            if verb.i == sent.start:
                # `Confirmant à Sputnik que …, le colonel Sean Ryan … a rejeté …`: a participle opening the sentence
                # speaks for the subject of the main clause after its comma, wherever the parser hangs that clause
                main = next((t for t in self.doc[verb.i + 1 : sent.end] if t.dep_ == "nsubj" and t.left_edge.i > 0
                             and self.doc[t.left_edge.i - 1].text == "," and not self.index.inside(t.idx)
                             and t.head.i > t.i and "Fin" in self._finite_form(t.head)), None)
                if main is not None:
                    return self._mention_from(main, main.head)
            if verb.i == sent.start and sent.start > 0:
                # `Poursuivant ensuite son analyse : « … »`: a participle opening a sentence with no subject goes on
                # with the report of the sentence before
                before = self._cue_before_in_sentence(self.doc[sent.start - 1])
                frame = self._frame(before, self._cue(before)) if before is not None else None
                if frame is not None and frame.mention is not None:
                    return frame.mention
        narrated = self._narrative_subject(verb)
        if narrated is not None:
            return narrated
        named = self._name_after_coordinator(verb)
        if named is not None:
            return named
        controlled = self._object_as_subject(verb) if verb.dep_ == "xcomp" else None
        if controlled is not None:
            return controlled  # `a accusé le ministre d'avoir affirmé que …`
        current = self._outer_coordinate(verb)
        if current.head.dep_ == "ccomp" and "Fin" not in verb.morph.get("VerbForm") and any(
                c.dep_ == "mark" and c.pos_ == "ADP" and c.i < verb.i for c in verb.children):
            # `a assuré que A, avant de préciser que B`: the parser hangs the infinitive on the reported clause,
            # but who does the preposition's infinitive is the subject of the verb that reported it
            current = current.head.head
        elif "Fin" not in verb.morph.get("VerbForm") and any(
                c.dep_ == "mark" and c.pos_ == "ADP" and c.i < verb.i for c in verb.children):
            # `A, a indiqué X, avant d'affirmer que B`: hung on the clause before the incise, the infinitive goes on
            # with the incise's cue set between them, whose subject does it
            # (the parser calls the incise a parataxis or a conjunct)
            current = next((c for c in current.head.children if c.dep_ in ("parataxis", "conj")
                            and current.head.i < c.i < verb.i and self._cue(c) is not None), current)
        finite = _finite_tense(verb) is not None
        for _ in range(4):
            subject = self._own_subject(current)
            if subject is not None and finite and current is not verb and "Inf" in current.morph.get("VerbForm") \
                    and any(c.dep_ == "mark" for c in current.children):
                # `voiced a want for backdoor politics to stop and called for …`: a finite verb the parser hangs on
                # a subordinate infinitive with a subject of its own goes on with the verb above that clause
                above = next((t for t in current.ancestors if t.pos_ in ("VERB", "AUX")), None)
                if above is None:
                    break
                current = above
                continue
            if subject is not None and current is not verb and not _agrees_in_number(subject.root, verb, current) \
                    and current.head.i != current.i:
                # `l'Élysée affirme que X et Y souhaitent « … » et redoute « … »`: a singular verb the parser
                # coordinated with a plural subject's goes on with the clause above, whose subject agrees
                current = current.head
                continue
            if subject is not None and current is not verb and not self._designates(subject) \
                    and current.dep_ == "ccomp" and current.head.i != current.i and self._cue(current.head) is not None:
                # `Il estime que cette volte-face montre que … et demande …`: a report whose subject cannot speak (a
                # fact that shows) is itself reported; the cue goes on with the report around it
                current = current.head
                continue
            if subject is not None:
                return subject
            if current is not verb and self._after_a_pause(current) and self._cue(current) is not None \
                    and (inverted := self._inverted_subject(current, None)) is not None:
                # `« … », a glissé l'attaquant au micro de X, avant d'assurer que …`: the subject of an incise is
                # inverted after its cue, and does what the cue's infinitive says
                return inverted
            if current.dep_ == "conj" and finite and (outer := self._report_of_another_tense(verb, current.head)):
                return outer
            if current.dep_ in ("advcl", "xcomp", "conj", "acl", "parataxis", "ccomp") and current.head.i != current.i:
                current = current.head
                continue
            if self._supported(current):
                current = current.head  # `a eu l'intelligence de reconnaître …`: the support verb's subject
                continue
            if current.dep_ in ("obj", "dobj") and names_a_text(current, self.lex.data.document_nouns) \
                    and current.head.lemma_.lower() in self.lex.data.authoring_verbs:
                current = current.head  # `issued a statement seeking to clarify …`: the text's author (not one
                continue  # who received it)
            run_in = next((c for c in current.children if c.i < verb.i and c.pos_ in ("NOUN", "ADJ")
                           and self._verb_run_into_its_subject(c)), None) if current.pos_ == "NOUN" else None
            if run_in is not None:
                # `L'agence juge la situation « grave » et rappelle que …`: coordinated with the cue the tagger ran
                # into its subject's noun, the verb goes on with that cue's subject
                return self._subject(run_in)
            break
        return self._subject_by_position(verb)

    def _report_of_another_tense(self, verb: Token, clause: Token) -> Span | None:
        """`told Global News that the Mounties have deployed a team and said one person was shot`: a cue the parser
        coordinated with a reported clause in another tense than its own goes on with the report whose tense it
        shares; the subject of that report's cue."""
        outer = clause.head
        if clause.dep_ != "ccomp" or outer.i == clause.i or self._cue(outer) is None \
                or not _finite_tense(verb) == _finite_tense(outer) != _finite_tense(clause):
            return None
        return self._own_subject(outer)

    def _issuer(self, text: Token) -> Span | None:
        """`X confirmed the capture in a tweet that said …`, `Y a réagi dans un communiqué qui affirme …`: a text
        that says something, where the subject of a cue put it, is that subject's; None for any other noun."""
        if not names_a_text(text, self.lex.data.document_nouns) or self._names_its_author(text):
            return None
        verb = text.head
        if text.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif not text.dep_.startswith("obl"):
            return None
        if verb.pos_ != "VERB" or self._cue(verb) is None or self._passive(verb):
            return None
        return self._own_subject(verb)

    def _names_its_author(self, text: Token) -> bool:
        """A text noun whose complements, after author links, lead to a name (`la publication des indicateurs de
        l'Insee`, `un rapport de la CIA`): the text names who wrote it."""
        for child in text.children:
            if child.dep_ == "nmod" and child.i > text.i \
                    and any(c.dep_ == "case" and c.lower_ in self.lex.data.author_links for c in child.children) \
                    and (self.ent_of[child.i] >= 0 or self._names_its_author(child)):
                return True
        return False

    def _narrative_subject(self, verb: Token) -> Span | None:
        """`Et le ministre de poursuivre : « … »`: the narrative infinitive (`narrative_infinitive_marks`) opens on
        its subject, the noun phrase that starts the clause, which the parser makes the noun the infinitive hangs
        on; what it says follows a colon or quotation marks."""
        noun = verb.head
        mark = self.doc[verb.i - 1] if verb.i > 0 else None
        if verb.dep_ != "acl" or noun.i >= verb.i or noun.pos_ not in ("NOUN", "PROPN") or mark is None \
                or mark.head.i != verb.i or mark.lower_ not in self.lex.data.narrative_infinitive_marks \
                or verb.i + 1 >= len(self.doc):
            return None
        after = self.doc[verb.i + 1]
        if after.text != ":" and not self._opens_quotation(after.idx):
            return None
        first = noun.left_edge.i
        sent_start = self.sent(verb).start
        if first != sent_start and not (first - 1 == sent_start and self.doc[sent_start].pos_ == "CCONJ"):
            return None
        return self._mention_from(noun, mark)

    def _governing_subject(self, verb: Token) -> Span | None:
        """A participle's subject is that of the clause it modifies (`quand un homme a tenté de le gifler en
        criant …`: the man), the nearest with a subject of its own; past a relative clause, the main one's."""
        current = verb
        if self._clause_over_cue(verb) is not None:
            current = verb.head  # `…, stating the plan was flawed`: the clause reported is no clause it modifies
        fused = False
        while current.dep_ in ("fixed", "mark") and current.head.i != current.i:
            # `…, tout en indiquant que la question avait été abordée`: the parser fused the gerund into the
            # subordinator of the clause it reports; the clause it modifies is above that one
            current, fused = current.head, True
        if fused and current.head.i != current.i and any(
                c.i > verb.i and self._complementizer(c) for c in current.head.children):
            current = current.head  # (`tout` hung as an adverb on the reported verb: that clause is the report)
        for _ in range(4):
            if current.dep_ in ("acl:relcl", "relcl") or current.head.i == current.i:
                break
            current = current.head
            if any(c.dep_ in SUBJECT_DEPS and c.lower_ in self.lex.data.relative_pronouns for c in current.children):
                break  # `… et qui veut mener une politique d'austérité, demandant …`
            if current.dep_ == "pcomp":
                continue  # `X was concerned with how the minister described it, saying …`: a preposition's clause
                # is what X was concerned with; whoever is saying is X
            subject = self._own_subject(current)
            copula = next((c for c in current.children if c.dep_ == "cop"), None)
            if subject is not None and len(subject) == 1 and copula is not None and current.pos_ in ("NOUN", "PROPN") \
                    and (subject[0].lower_, copula.lemma_.lower()) in self.lex.data.cleft_openers:
                # `C'est la radio locale RJB qui l'a divulgué, évoquant …`: the cleft's focus, not its `ce`
                return self._mention_from(current, verb)
            if subject is not None and self._speechless_report(current):
                continue  # `affirme que les négociations vont reprendre, assurant que …`: the parser hung the
                # participle in the reported clause; the reporter goes on
            if subject is not None:
                return subject
        root = self.root(verb)
        if root.i == verb.i:
            # `X est passé en mode attaque, en reprochant à Y …`: the parser made the participle the root and hung
            # the clause it modifies on it, before it; that clause's subject is the participle's
            clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                           and not self.index.inside(c.idx)), None)
            return self._own_subject(clause) if clause is not None else None
        return self._own_subject(root)

    def _participle(self, verb: Token) -> bool:
        """A present participle (`ajoutant`, `saying`); not an auxiliary's (`ayant`), though a cue the tagger calls
        one is (`se disant « préoccupé »`)."""
        return verb.lower_.endswith(self.lex.data.participle_endings) and (
            verb.tag_ != "AUX" or self.lex.cue_lemma(verb.lemma_, verb.text) is not None)

    def _name_after_coordinator(self, verb: Token) -> Span | None:
        """`ce blocage est « intolérable » et Louis Dreyfus, président du directoire, estime qu'…`: a name right
        after the coordinator, then the cue (an apposition set off between), is the cue's subject, whatever
        subject the parser passes on from the first clause; so is a determined noun phrase right before the
        cue (`et les démocrates avaient demandé`)."""
        if self._own_subject(verb) is not None:
            return None
        sent_start = self.sent(verb).start
        i = verb.i - 1
        while i > sent_start and (self.doc[i].dep_ in AUX_DEPS or self.doc[i].dep_ == "advmod"):
            i -= 1
        if self.doc[i].text == ",":
            opening = self._aside(i, -1, max(i - 25, sent_start))
            if opening is None:
                return None
            i = opening - 1
        n = self.ent_of[i]
        if n < 0 and self.doc[i].pos_ == "NOUN":  # `et les démocrates avaient demandé que …`: a noun phrase
            start = i
            while start > max(sent_start, i - 5) and self.doc[start - 1].pos_ in ("DET", "ADJ", "NUM", "NOUN"):
                start -= 1
            opened = self.doc[start].pos_ == "DET" and start > sent_start and self.doc[start - 1].pos_ == "CCONJ"
            return self.doc[start : i + 1] if opened and not self.index.inside(self.doc[start].idx) else None
        if n < 0 or self.ents[n].label_ not in PERSON_LABELS | GROUP_LABELS:
            return None
        ent = self.ents[n]
        before = self.doc[ent.start - 1] if ent.start > sent_start else None
        if before is None or before.pos_ != "CCONJ" or self.index.inside(ent.start_char):
            return None
        return ent

    def _outer_coordinate(self, verb: Token) -> Token:
        """`X a déclaré que Trump « ne comprend pas » et a exprimé …`: the parser hangs the second verb on
        the reported one; its tense (the same auxiliary as the cue's) shows it is coordinate to the cue."""
        if self._infinitive_beside_cue(verb):
            return verb.head.head
        own = {c.lower_ for c in verb.children if c.dep_ in AUX_DEPS}
        conj = verb
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.data.perfect_auxiliaries:
            conj = verb.head  # `et a plusieurs fois répété`: the auxiliary taken for the coordinate verb
            own.add(conj.lower_)
        head = conj.head
        if conj.dep_ == "conj" and self._cue(conj) is not None and not any(c.dep_ in SUBJECT_DEPS
                                                                          for c in conj.children):
            # `The province will hire nurses, she said, and added that …`: a cue coordinated past the incise set in
            # the clause it hangs on goes on with the incise, whose subject speaks, not with the clause reported
            doc = self.doc
            incise = next((c for c in head.children if c.dep_ in ("parataxis", "advcl") and head.i < c.i < conj.i
                           and "," in (doc[c.left_edge.i].text, doc[max(c.left_edge.i - 1, 0)].text)
                           and "," in (doc[c.right_edge.i].text, doc[min(c.right_edge.i + 1, conj.i)].text)
                           and self._cue(c) is not None and any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)
            if incise is not None:
                return incise
        if self._coordinate_of_noun(conj):
            # `réclament une hausse et menacent de …`: a conjugated verb is never a noun's conjunct, so the
            # parser's noun stands for the verb governing it
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            return head if head.pos_ in ("VERB", "AUX") else verb
        if conj.dep_ == "conj" and self._cue(conj) is not None and not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            # `Il a rencontré des habitants qui ont été expulsés et affirment que …`: the parser hangs the plural cue on
            # the singular main verb; the relative clause between them, which agrees, is what it goes on
            relative = next((t for t in self.doc[head.i + 1 : conj.i] if t.dep_ in RELATIVE_CLAUSES
                             and t.head.head.i == head.i), None)
            if relative is not None and not _agrees(conj, head) and _agrees(conj, relative):
                return relative
        if conj.dep_ == "conj" and head.dep_.startswith("acl") and self._cue(conj) is not None \
                and not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            # `déplorent un projet qui n'est pas soutenu et regrettent que …`: the parser hangs the plural cue on the
            # singular relative; it shares the subject of the verb whose object the relative describes
            governor = head.head.head
            if governor.pos_ == "VERB" and self._cue(governor) is not None and not _agrees(conj, head) \
                    and _agrees(conj, governor):
                return governor
        if conj.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i or self._cue(head.head) is None:
            return verb
        if own and own <= {c.lower_ for c in head.head.children if c.dep_ in AUX_DEPS} \
                and not own <= {c.lower_ for c in head.children if c.dep_ in AUX_DEPS} \
                and not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            # (`…, le procureur a démenti …` the parser hung on the clause reported has a subject of its own)
            return head.head
        if not own and self._cue(conj) is not None and not any(c.dep_ in SUBJECT_DEPS for c in conj.children) \
                and _tense(conj) is not None and _tense(conj) == _tense(head.head) and (
                    head.pos_ not in ("VERB", "AUX") or _tense(head) not in (None, _tense(conj))):
            # `L'entreprise affirme que A permettra … et assure que …`: the cue's tense, not A's; `estime que la
            # réforme est juste et promet …`: a reporting verb is no conjunct of a predicate that is no verb
            return head.head
        perfect = self.lex.data.perfect_auxiliaries
        if not own and self._cue(conj) is not None and "Part" in conj.morph.get("VerbForm") \
                and not any(c.dep_ in SUBJECT_DEPS for c in conj.children) \
                and not any(c.dep_ in AUX_DEPS and c.lemma_.lower() in perfect for c in head.children) \
                and any(c.dep_ in AUX_DEPS and c.lemma_.lower() in perfect for c in head.head.children):
            # `Le ministre a estimé qu'elle était nécessaire et assuré que …`: a bare participle takes the
            # auxiliary of the cue's past tense, not of the clause reported (`que le texte a été voté et adopté`
            # keeps its own)
            return head.head
        if self._cue(conj) is not None and not any(c.dep_ in SUBJECT_DEPS for c in conj.children) \
                and not _agrees(conj, head) and _agrees(conj, head.head):
            # `Le syndicat estime que les annonces ont attisé la colère, et assure que …`: `assure` cannot share the
            # plural subject of the clause reported; it shares the cue's
            return head.head
        if self._cue(conj) is not None and not any(c.dep_ in SUBJECT_DEPS for c in conj.children) \
                and self._speechless_report(head):
            return head.head  # `assure que toutes les pistes sont exploitées mais prévient que …`: with the reporter
        return verb

    def _speechless_report(self, clause: Token) -> bool:
        """A clause a cue reports whose subject cannot speak (`affirme que les négociations vont reprendre`): a cue the
        parser hung inside it goes on with the reporter."""
        subject = self._own_subject(clause)
        return clause.dep_ == "ccomp" and subject is not None and not self._designates(subject) \
            and self._cue(clause.head) is not None

    def _coordinate_of_noun(self, verb: Token) -> bool:
        """A conjugated verb with no subject of its own the parser made the conjunct of a noun."""
        noun = verb.head
        return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.is_lower and noun.pos_ == "NOUN" \
            and noun.dep_ in NOUN_ARGUMENTS and not any(c.dep_ == "cop" for c in noun.children) \
            and "Fin" in self._finite_form(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)

    def _conjunct(self, i: int) -> Token:
        """The word a conjunction joins to what comes before: its head in Universal Dependencies (`et a quitté`),
        the next conjunct of its head where the conjunction hangs on the first (English: `said …, but provided`)."""
        conjunction = self.doc[i]
        head = conjunction.head
        if head.i > i:
            return head
        return next((c for c in head.children if c.dep_ == "conj" and c.i > i), head)

    def _coordinate_to_cue(self, verb: Token) -> bool:
        """`a dénoncé la décision et s'est engagé à …`, `a déclaré que C et a quitté la salle`: a conjugated
        verb sharing the cue's subject is a second act of the speaker, not more of what was reported."""
        if self._infinitive_beside_cue(verb):
            return True
        if verb.dep_ != "conj" or not verb.is_lower or "Fin" not in self._finite_form(verb) \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
            return False
        modal = any(c.tag_ == "MD" and c.i < verb.i for c in verb.children)
        if modal and (verb.head.dep_ == "ccomp" or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children)):
            # `said the province was reviewing the report and would respond …`: a modal after a clause reported goes
            # on with it, whether the parser hung it on that clause or on the cue (`said he was "shocked" by the
            # decision and would appeal`); the speaker's own next act is told as the cue is: `… and left the room`
            return False
        outer = self._outer_coordinate(verb)
        if outer is verb:
            outer = verb.head
        if outer.dep_ == "ccomp" and outer.head.i < outer.i and self._cue(outer.head) is not None:
            return False  # `said the Liberals had promised it and failed to deliver`: more of the reported clause
        reported = next((c for c in outer.children if c.dep_ == "ccomp" and outer.i < c.i < verb.i), None)
        if reported is not None and _finite_tense(verb) is not None \
                and _finite_tense(verb) == _finite_tense(reported) != _finite_tense(outer):
            # `said the company "disagrees …," and is considering its options`: the tense of what was said
            return False
        # (or a verb whose clause holds the cue: `a publié un texte accusant X de …, mais a ensuite publié …`; not
        # one the verb takes as its complement, `he heard shouting and saw …`: what was heard, no act of saying)
        return outer.i < verb.i and (self._cue(outer) is not None or any(
            t.pos_ == "VERB" and outer in t.ancestors and not self.index.inside(t.idx) and self._cue(t) is not None
            and not (t.dep_ == "xcomp" and t.head == outer) for t in self.doc[outer.i + 1 : verb.i]))

    def _infinitive_beside_cue(self, verb: Token) -> bool:
        """`peut affirmer que son client était en légitime défense, ou demander …`: an infinitive the parser
        coordinates with the conjugated verb of a reported clause cannot go on with that clause (no subject can
        take it); it is a second act beside the cue, when the cue is an infinitive too."""
        reported = verb.head
        cue = reported.head
        return verb.dep_ == "conj" and verb.is_lower and "Inf" in verb.morph.get("VerbForm") \
            and reported.i < verb.i and reported.dep_ == "ccomp" and any(
                "Fin" in t.morph.get("VerbForm") for t in (reported, *reported.children)
                if t.i == reported.i or t.dep_ in AUX_DEPS | {"cop"}) \
            and cue.i < reported.i and "Inf" in cue.morph.get("VerbForm") and self._cue(cue) is not None

    def _name_like(self, quote: Quoted) -> bool:
        """A few capitalised words, as a name, a party or a slogan is written; not a word of answer (`a répondu :
        « Non »`, `« Jamais ! »`: an adverb or an interjection) nor words that end a sentence inside the marks."""
        inner = self.text[quote.inner_start:quote.inner_end]
        words = inner.split()
        if not (0 < len(words) <= 4 and all(w[:1].isupper() or w.lower() in ("de", "du", "des", "la", "le", "et")
                                            for w in words)):
            return False
        if inner.rstrip()[-1:] in ".!?":
            return False
        span = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="contract")
        return span is None or not any(t.pos_ in ("ADV", "INTJ") for t in span)

    def _names_a_work(self, quote: Quoted) -> bool:
        """`la chanson « Non, je ne regrette rien »`, `the film "I Am Not Your Negro"`: right after a noun of a work
        (`work_nouns`) or a word that announces a title (`title_participles`), the marks hold a title, however long
        and in whatever person."""
        opening = self._token_at(quote.start)
        if opening is None or opening.i == 0:
            return False
        before = opening.nbor(-1)
        if before.lower_ in self.lex.data.title_participles:
            return True  # `un rapport explosif intitulé « Révélation : … »`
        if (before.text == "," or before.pos_ == "CCONJ") and before.i > 0 and self._closing_mark(before.nbor(-1)):
            # `des titres comme « A » et « B »`: a quotation listed after a title is a title too
            earlier = self.index.at(before.nbor(-1).idx)
            return earlier is not None and earlier.start < quote.start and self._names_a_work(earlier)
        if before.lower_ in self.lex.data.as_words and before.i > 0:
            before = before.nbor(-1)  # `des chansons comme « … »`: the work's noun, then `comme`
        if before.pos_ != "NOUN" or self.index.inside(before.idx):
            return False
        noun = before.lemma_.lower()
        # `l'initiative « Gouvernement face à la presse »`: a scheme's name, capitalised, whatever its length (not
        # `le plan « injuste »`: a word of the speaker's about it)
        return noun in self.lex.data.work_nouns or (noun in self.lex.data.scheme_nouns and self._capitalised(quote))

    def _capitalised(self, quote: Quoted) -> bool:
        words = self.text[quote.inner_start:quote.inner_end].split()
        return bool(words) and words[0][:1].isupper() and words[-1][-1:] not in ".!?"

    def _names_what_precedes(self, quote: Quoted) -> bool:
        """`du parti « La République en marche »`, `Paul Durand, « Gilet jaune libre »,`: a title set right after
        a noun, or after a name and its comma, names or describes it; nobody says it."""
        if self._names_a_work(quote):
            return True
        if not self._title_like(quote) or self._reads_like_speech(quote):
            return False
        opening = self._token_at(quote.start)
        if opening is None or opening.i == 0:
            return False
        before = opening.nbor(-1)
        if before.text == "," and before.i > 0:
            before = before.nbor(-1)
            return before.pos_ == "PROPN" and not self.index.inside(before.idx)
        if before.pos_ == "ADJ" and before.dep_ == "amod" and before.head.i < before.i:
            before = before.head  # `la revue médicale « The Lancet »`, `le quotidien britannique « The Guardian »`
        return before.pos_ in ("NOUN", "PROPN") and not self.index.inside(before.idx)

    def _title_like(self, quote: Quoted) -> bool:
        """`« Le Canard enchaîné »`: a short capitalised title (French capitalises its first word only)."""
        return self._capitalised(quote) and len(self.text[quote.inner_start:quote.inner_end].split()) <= 4

    def _named_in_marks(self, token: Token) -> bool:
        """A subject in marks is a name, not words said: a short one, or one opened right after a determiner with no
        finite verb inside (`La « Commission nationale pour la réduction des catastrophes » a estimé …`)."""
        quote = self.index.at(token.idx)
        if quote is None:
            return False
        if len(self.text[quote.inner_start:quote.inner_end].split()) <= 3:
            return True
        return self._after_a_determiner(self._token_at(quote.start)) and not self._finite_clause(quote)

    def _set_apart_by_a_colon(self, subject: Token, verb: Token) -> bool:
        """A subject before the verb with a colon between them and another subject of the verb after the colon."""
        between = self.doc[subject.right_edge.i : verb.i]
        if subject.i > verb.i or len(between) > 40:
            return False
        colon = next((t.i for t in between if t.text in (":", ";") and not self.index.inside(t.idx)), None)
        return colon is not None and any(t.head.i == verb.i and t.dep_ in SUBJECT_DEPS for t in self.doc[colon : verb.i])

    def _own_subject(self, verb: Token) -> Span | None:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and (self._set_apart_by_a_colon(child, verb) or (
                    child.lower_ in self.lex.data.relative_words
                    and any(c.dep_ in SUBJECT_DEPS and c.i != child.i for c in verb.children))):
                # `Deux policiers ciblés : le chef de la police dénonce …`: a colon ends the first one's phrase;
                # `dont elle juge`: `dont` is never a subject, whatever the parser says
                continue
            if child.dep_ in SUBJECT_DEPS and (not self.index.inside(child.idx) or self._named_in_marks(child)):
                if child.text.lower() in ("-t", "t") or child.pos_ == "SCONJ" or not any(c.isalpha() for c in child.text):
                    continue  # nor a hyphen the parser took for a subject (`les Gilets-Jaunes`)
                if child.lower_ in self.skippable or child.lower_ in self.lex.data.frequency_nouns \
                        or (child.lower_,) in self.lex.data.manner_inversions:
                    continue  # `and several times described …`: when, not who; `Ainsi a réagi X`: how, not who
                described = self._described_by_age(child)
                if described is not None:
                    return self._with_name_set_off_after(self._mention_from(described, verb), verb)
                if child.pos_ == "DET" and child.i + 1 < verb.i and self.doc[child.i + 1].head == verb \
                        and self.doc[child.i + 1].dep_ in SUBJECT_DEPS:
                    continue  # `Plusieurs organisations accusent`: a determiner made a subject is its noun's
                if any(c.dep_ == "case" and c.i < child.i and c.lower_ not in self.lex.data.author_links
                       and (c.pos_ == "ADP" or any(f.dep_ == "fixed" for f in c.children)) for c in child.children):
                    # `Trois jours après les interpellations, le procureur a …`, `suite à une demande des élus, le
                    # maire a …` (a preposition of several words): a preposition's noun is no subject; the noun
                    # phrase between the last comma and the verb is
                    after = self._phrase_after_comma(verb)
                    if after is not None:
                        return after
                    continue
                if (child.lower_ in self.lex.data.relative_pronouns or "Rel" in child.morph.get("PronType")) \
                        and not child.text.isupper():
                    # `WHO say …` opens a sentence: the acronym, not a relative pronoun
                    antecedent = self._relative_antecedent(child, verb)
                    if antecedent is not None:
                        return self._issuer(antecedent) or self._mention_from(antecedent, child)
                    continue
                if child.i > verb.i and child.text.lower().startswith("-"):
                    return self.doc[child.i : child.i + 1]
                run_on = self._apposition_run_into_verb(child, verb)
                if run_on is not None:
                    return run_on
                mention = self._with_split_subject(self._mention_from(child, verb), verb)
                return self._with_name_set_off_after(self._with_name_set_off_before(mention), verb)
        return None

    def _with_name_set_off_after(self, mention: Span, verb: Token) -> Span:
        """`Une des passagères ayant filmé la scène, Nadia Ferrand, souligne que …`: a person's name set off by commas
        right before the cue (or its auxiliary) names whom the subject before it describes, however the parser hung the
        name (a conjunct, an apposition, nothing) and wherever it cut the subject's phrase; the mention goes on to the
        name. Not when the mention names someone already, nor across a finite verb (another clause's subject)."""
        doc, first = self.doc, verb.i
        while first > 0 and doc[first - 1].dep_ in AUX_DEPS and doc[first - 1].head.i == verb.i:
            first -= 1  # (the auxiliaries right before it: reading the verb's children costs a long sentence's length)
        sent_start = self.sent(verb).start
        ent = self._person_set_off_before(first - 1, sent_start) if first >= 4 else None
        if ent is None or not sent_start <= mention.start < ent.start - 1 or mention.end > ent.start \
                or any(self._in_a_person_name(t) for t in mention if t.pos_ == "PROPN"):
            return mention
        words = doc[mention.start : ent.start]
        relative = next((t.i for t in words if t.lower_ in self.relatives), ent.start)
        if any("Fin" in t.morph.get("VerbForm") for t in words if t.pos_ in ("VERB", "AUX") and t.i < relative):
            return mention  # (a finite verb after a relative pronoun is the relative clause's: `Un voisin qui a vu`)
        return doc[mention.start : ent.end]

    def _with_name_set_off_before(self, mention: Span) -> Span:
        """`Intervenant en premier, Dadoua Layachi, le président du groupe FLN, a interpellé …`: a person's name set
        off by commas right before a role subject (or one of what someone is: `Vijay Ostrower, journaliste a twitté`,
        its second comma left out) is the role's holder, wherever the parser hung it (on the opening phrase); the
        mention starts at the name. So is one before the pronoun picking one of a role's holders
        (`Khalifa Sall, l'un des candidats de l'opposition, a appelé …`: `partitive_pronouns`)."""
        doc, start = self.doc, mention.start
        head = mention.root
        role = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), head) \
            if head.lower_ in self.lex.data.partitive_pronouns else head
        if start < 3 or not self._names_a_person(role) \
                or any(t.pos_ == "PROPN" and self._in_a_person_name(t) for t in mention):
            return mention
        ent = self._person_set_off_before(start - 1, self.sent(head).start)
        return doc[ent.start : mention.end] if ent is not None else mention

    def _past_age(self, comma: int) -> int:
        """The comma closing an age set off right after `comma` (`Selon Sophie Martin, 42 ans, …`), else `comma`."""
        if an_age_at(self.doc, comma + 1, self.lex.data.age_nouns) and comma + 3 < len(self.doc) \
                and self.doc[comma + 3].text == ",":
            return comma + 3
        return comma

    def _described_by_age(self, token: Token) -> Token | None:
        """`Sophie, 42 ans, habitante du quartier, estime …`: an age the parser made the subject describes the noun set
        off before it, which is the subject (the head of its name)."""
        if not an_age_at(self.doc, token.i - 1, self.lex.data.age_nouns):
            return None
        comma = token.i - 2
        if comma < 1 or self.doc[comma].text != "," or self.index.inside(self.doc[comma - 1].idx):
            return None
        described = self.doc[comma - 1]
        while described.dep_ in ("flat:name", "flat") and described.head.i < described.i:
            described = described.head
        return described if described.pos_ in ("PROPN", "NOUN") else None

    def _person_set_off_before(self, comma: int, sent_start: int) -> Span | None:
        """The person's name that ends right before the comma at `comma`, set off by another comma before it or
        opening the sentence (a name opening on a first name of the table is someone's whatever type the
        recogniser gave it: `Chauncey Allton, journaliste a twitté`, tagged an organisation)."""
        doc = self.doc
        if comma < 2 or doc[comma].text != "," or self.ent_of[comma - 1] < 0:
            return None
        ent = self.ents[self.ent_of[comma - 1]]
        if ent.end != comma or not (ent.label_ in PERSON_LABELS or opens_on_a_first_name(ent)) \
                or self.index.inside(ent.start_char) or not (ent.start == sent_start or doc[ent.start - 1].text == ","):
            return None
        return ent

    def _phrase_after_comma(self, verb: Token) -> Span | None:
        """The words between the last comma of the sentence and the verb (with its auxiliaries), when they make a
        noun phrase of their own."""
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i])
        start = self.sent(verb).start
        comma = next((t.i for t in reversed(self.doc[start:first]) if t.is_punct), None)
        if comma is None or self.doc[comma].text != "," or not 0 < first - comma - 1 <= 10:
            return None
        words = self.doc[comma + 1 : first]
        relative = {t.i for c in words if self._relative_clause_verb(c) and c.head.i in range(words.start, words.end)
                    for t in c.subtree}
        # (`…, un responsable qui a requis l'anonymat affirme`: a relative clause on the phrase's noun is the phrase's)
        if words[0].pos_ not in ("DET", "PROPN", "NOUN") or self.index.inside(words[0].idx) \
                or any(t.pos_ in ("VERB", "AUX", "SCONJ") and t.i not in relative for t in words) \
                or not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words):
            return None  # (`…, l'accusant de …`: an object clitic the tagger took for a determiner is no subject)
        return words

    def _phrase_before_aside(self, comma: int, verb: Token) -> Span | None:
        """The noun phrase between `comma` and the aside the next comma opens before the verb (`Appelé à la barre, le
        prévenu, 67 ans, a reconnu …`): the phrase an aside follows, as the one right before the verb would be."""
        end = next((t.i for t in self.doc[comma + 1 : verb.i] if t.text == ","), None)
        if end is None or not 0 < end - comma - 1 <= 10 or (
                self._aside(end, 1, verb.i) is None and not self._relative_aside(end, verb.i)):
            return None
        words = self.doc[comma + 1 : end]
        if words[0].pos_ != "DET" or self.index.inside(words[0].idx) \
                or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in words) or not any(t.pos_ == "NOUN" for t in words):
            return None
        return words

    def _relative_aside(self, comma: int, bound: int) -> bool:
        """A relative clause set off by two commas, the second before `bound` (`Interrogé par l'AFP, un conseiller, qui
        a requis l'anonymat, assure …`): an aside on the phrase before it, finite verb and all."""
        if comma + 1 >= bound or self.doc[comma + 1].lower_ not in self.relatives:
            return False
        closing = next((t.i for t in self.doc[comma + 2 : bound] if t.text == "," or self.index.inside(t.idx)), None)
        return closing is not None and self.doc[closing].text == "," \
            and self._relative_clause_verb(self.doc[comma + 1].head)

    def _relative_clause_verb(self, token: Token) -> bool:
        """The verb of a relative clause its pronoun opens (`un responsable qui a requis l'anonymat`)."""
        return token.dep_ in RELATIVE_CLAUSES and any(c.lower_ in self.relatives for c in token.children)

    def _with_split_subject(self, mention: Span, verb: Token) -> Span:
        """One noun phrase parsed as several subjects: `L'attaquant de Barcelone, Luis Suárez, a consacré`,
        `Facebook co - founder Mark Zuckerberg tweeted`, `Son chef, le diplomate Abdoulaye Diallo, a appelé`. The name
        that ends it (alone, or after its role) belongs to the mention."""
        named = None
        for token in self.doc[mention.end : min(verb.i, mention.end + 6)]:
            if token.pos_ in ("VERB", "AUX") or token.dep_ == "cc" or self.index.inside(token.idx):
                break
            if token.head == verb and token.dep_ in SUBJECT_DEPS and (token.pos_ == "PROPN" or (
                    (self._names_a_person(token) or token.pos_ == "ADJ")
                    and any(t.pos_ == "PROPN" for t in token.subtree if t.i > token.i))):
                # `Son chef, le diplomate sénégalais Abdoulaye Diallo, a appelé`, `Son ami, le chanteur Pierre Lenoir,
                # s'est dit`: a role (or what someone is: `epithet_heads`) and its name; `Le
                # constructeur automobile Renault`: an adjective of the noun, and the name after it
                named = token
        return self.doc[mention.start : min(named.right_edge.i + 1, verb.i)] if named is not None else mention

    def _subject_by_position(self, verb: Token) -> Span | None:
        """Parse failed: the nearest nominal to the left of the cue in its sentence."""
        sent_start = self.sent(verb).start
        i = min([verb.i] + [c.i for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i
                            and c.lemma_.lower() in self.lex.data.perfect_auxiliaries]) - 1
        if i > sent_start and self.doc[i].pos_ == "CCONJ":
            # `le groupe invoque « … » de voitures en Europe et assure que …`, `… mais a contesté …`: a cue after a
            # conjunction goes on with the subject of the cue before it, whatever the parser made of the words between
            before = next((t for t in reversed(self.doc[sent_start:i]) if t.pos_ == "VERB" and t.dep_ not in AUX_DEPS
                           and not self.index.inside(t.idx)), None)
            if before is not None and not self._participle(before) and self._cue(before) is not None:
                subject = self._subject(before)
                if subject is not None:
                    return subject
        while i >= sent_start:
            token = self.doc[i]
            if self.index.inside(token.idx) or token.text in (";", ":"):
                return None
            if token.text == "," and self._relative_aside(i, verb.i):
                antecedent = self.doc[i + 1].head.head
                if antecedent.pos_ in ("NOUN", "PROPN") and sent_start <= antecedent.i < i \
                        and not self.index.inside(antecedent.idx):
                    # `Interrogé par l'AFP, un conseiller, qui a requis l'anonymat, assure …`: the phrase a relative
                    # clause set off before the verb describes is the verb's subject, whatever the parser made of it
                    return self._mention_from(antecedent, verb)
            if token.text == ",":
                opening = self._aside(i, -1, max(i - 25, sent_start))
                named = self._person_filling(opening + 1, i) if opening is not None else None
                if named is not None:
                    return named  # `Le secrétaire général de la CGT, Philippe Martinez, appelle …`: the role's holder
                if opening is not None:
                    i = opening - 1  # `X, interrogé par France Info, estime`: the aside names nobody who speaks
                    continue
                after = self._phrase_after_comma(verb)
                if after is None or after.start != i + 1:
                    after = self._phrase_before_aside(i, verb)  # `…, le prévenu, 67 ans, a reconnu`
                opener = self.doc[sent_start]
                if (opener.pos_ == "ADP" or opener.dep_ == "advcl" or "Part" in opener.morph.get("VerbForm")) \
                        and after is not None and after.start == i + 1 \
                        and after[0].pos_ == "DET" and any(t.pos_ == "NOUN" for t in after):
                    # `Pour le meurtre du plombier à Cosa, le ministre … affirme`, `Joint au téléphone par notre
                    # rédaction, un responsable … affirme`: a phrase opened by a preposition or a participle is no
                    # subject; the noun phrase between its comma and the verb is
                    return self._mention_from(next(t for t in after if t.pos_ == "NOUN"), verb)
            if token.pos_ == "NOUN" and all(t.pos_ in ("DET", "ADJ", "NUM") for t in self.doc[sent_start:i]):
                return self._mention_from(token, verb)  # the noun phrase that opens the sentence is its subject
            if token.ent_type_ in TIME_LABELS or token.dep_ == "pobj":
                # `…, a White House spokeswoman on Thursday disputed that …`: when, no subject; the noun phrase
                # after the last comma, up to its preposition, is
                after = self._phrase_after_comma(verb)
                if after is not None and after[0].pos_ == "DET":
                    end = next((t.i for t in after if t.pos_ == "ADP"), after.end)
                    if end > after.start + 1 and any(t.pos_ == "NOUN" for t in self.doc[after.start : end]):
                        return self.doc[after.start : end]
            if token.dep_ == "appos" and token.head.i < token.i and token.head.pos_ == "PROPN" \
                    and token.ent_type_ not in PERSON_LABELS and not any(c.dep_ == "case" for c in token.head.children):
                # `Tom Molomby, SC, said`: the name, not the title after it; a person's name is no title (`… of
                # Colten Boushie, Sgt. LeBlanc replied`: the parser hangs the subject on the name before); nor is a
                # name a preposition opens a subject (`Contacté par l'AFP, un responsable … affirme`)
                token = token.head
            # `May said …`: a name the tagger took for a modal is still a name
            if token.ent_type_ and token.ent_iob_ != "O" and (token.pos_ in ("PROPN", "NOUN", "X") or (
                    token.pos_ == "AUX" and token.ent_type_ in PERSON_LABELS and token.text[:1].isupper())):
                ent = self.ents[self.ent_of[token.i]] if self.ent_of[token.i] >= 0 else None
                if ent is not None and ent.label_ in PLACE_LABELS and ent.start - 2 >= sent_start \
                        and self.doc[ent.start - 1].lower_ in self.lex.data.author_links \
                        and self.doc[ent.start - 2].pos_ == "NOUN":
                    # `L'institution de Francfort juge`: the place says where the noun before it is; the noun phrase
                    start = ent.start - 2
                    while start > sent_start and self.doc[start - 1].pos_ in ("DET", "ADJ"):
                        start -= 1
                    return self.doc[start : ent.end]
                if ent is not None:
                    return self._with_coordinated(ent, sent_start)
            if token.pos_ in ("PROPN",) or (token.pos_ == "PRON" and token.text.lower() in self.pronouns):
                return self._mention_from(token, verb)
            if token.pos_ in ("VERB",) and token.dep_ not in AUX_DEPS and not self._relative_clause_verb(token):
                return None  # (a relative clause's verb says more of the subject: `un responsable qui a requis …`)
            i -= 1
        return None

    def _person_filling(self, start: int, end: int) -> Span | None:
        """A person's name that is all of `doc[start:end]` (an honorific before it aside), else None."""
        n = self.ent_of[end - 1] if end > start else -1
        if n < 0 or self.ents[n].label_ not in PERSON_LABELS or self.ents[n].end != end:
            return None
        ent = self.ents[n]
        if ent.start < start or any(t.text not in self.lex.data.honorifics for t in self.doc[start : ent.start]):
            return None
        return ent

    def _with_coordinated(self, ent: Span, sent_start: int) -> Span:
        """`Paris et Berlin ont déclaré`: a name with the names coordinated before it, unless the first is in a
        phrase of its own (`between Russia and the US, Boeing's Scott Carson replied`)."""
        first = ent.root.head if ent.root.dep_ == "conj" and ent.root.head.i < ent.start else None
        if first is None or first.i < sent_start or self.index.inside(first.idx) or first.dep_ == "pobj" \
                or any(c.dep_ == "case" for c in first.children) \
                or any(t.is_punct for t in self.doc[first.i : ent.start]):
            return ent
        return self.doc[first.left_edge.i : ent.end]

    def _quotes_someone_as(self, verb: Token) -> bool:
        """`quotes a "county official" as saying …`: the verb names whom it quotes; the report is the participle's."""
        return any(link.lower_ in self.lex.data.as_words and any(self._object_as_subject(c) is not None
                                                                 for c in link.children) for link in verb.children)

    def _object_as_subject(self, verb: Token) -> Span | None:
        """`The newspaper quoted the minister as saying that …`, `cited X as telling reporters …`: a participle after
        `as` (`as_words`) on a verb with an object before it says what the object did: the object reports, not the
        verb's subject (`X was quoted as saying` keeps its subject: the passive has no object); so after `for`, `of`
        (`conduct_prepositions`: `slammed Huffman for saying …`), and for an infinitive such a preposition opens as the
        verb's complement (`a accusé le ministre d'avoir affirmé que …`)."""
        data = self.lex.data
        if verb.dep_ == "xcomp":
            link = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i
                         and c.lower_ in data.conduct_prepositions), None)
            governor = verb.head
            if link is None or governor.i > link.i:
                return None
        elif verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ in data.as_words | data.conduct_prepositions:
            link, governor = verb.head, verb.head.head
        else:
            return None
        if link.i >= verb.i or governor.pos_ != "VERB" or governor.lemma_ in data.support_verbs:
            return None  # (`a eu l'occasion de rappeler …`: the noun makes one predicate with its verb)
        after = governor.i if verb.dep_ == "xcomp" else -1  # (`l'a accusé de …`: a clitic is not whom it quotes)
        held = next((c for c in governor.children if c.dep_ in ("obj", "dobj") and after < c.i < link.i), None)
        if held is None or held.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None  # (`the paper quoted her as saying`: a pronoun stands for whom it quotes)
        marks = self.index.at(held.idx)
        if marks is None:
            return self._mention_from(held, link)
        if marks.end > link.idx or len(self.text[marks.inner_start:marks.inner_end].split()) > 4:
            return None  # words in marks, not someone set in them (`quotes a "Senate aide" as saying`)
        return self.doc[held.left_edge.i : held.right_edge.i + 1]

    def _apposition_run_into_verb(self, subject: Token, verb: Token) -> Span | None:
        """`In its decision in La Presse v. Quebec, the Supreme Court of Canada wanted …`, `After meeting Paul Martin,
        the mayor, John Smith, said …`: a sentence opening with a preposition runs to its first comma; a subject the
        parser found before that comma belongs to that phrase, and its appositions after the comma, up to the verb,
        are the subject."""
        doc = self.doc
        if subject.i > verb.i or not in_the_opening_phrase(doc[subject.left_edge.i : subject.i + 1],
                                                           doc[self.sent(verb).start]):
            return None
        apposed = [c for c in subject.children if c.dep_ == "appos" and subject.i < c.i < verb.i
                   and doc[c.left_edge.i - 1].text == ","]
        if not apposed:
            return None
        end = max(c.right_edge.i for c in apposed) + 1
        if any(t.is_punct and t.text != "," for t in doc[end:verb.i]):
            return None
        return doc[apposed[0].left_edge.i : end]

    def _agent_of_participle(self, verb: Token) -> Span | None:
        """`Asked by reporters whether he would resign, the mayor said …`: a past participle with no auxiliary that
        opens its clause in the passive is said by its agent; the main clause's subject is whom it was said to."""
        if not self._past_participle(verb) or not verb.dep_.startswith("advcl") \
                or any(c.dep_ in AUX_DEPS or c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        return self._agent_phrase(verb)

    def _agent_phrase(self, verb: Token) -> Span | None:
        """The words of the verb's agent, past its preposition (English hangs the noun on `by`)."""
        agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "agent") and c.i > verb.i), None)
        if agent is not None and agent.pos_ == "ADP":
            agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
        return self._mention_from(agent, verb) if agent is not None else None

    def _mention_from(self, head: Token, verb: Token) -> Span:
        """The subject's words: its subtree left of the cue, outside quotes, without relative clauses."""
        whole = self._whole_of_a_part(head) or self._name_before_a_misread_cue(head) \
            or self._organisation_set_beside(head, verb)
        if whole is not None:
            return whole
        # (a name in marks is the subject's own words: `La « Commission nationale … » a estimé`)
        named = self.index.at(head.idx) if self.index.inside(head.idx) and self._named_in_marks(head) else None
        tokens = []
        inverted = head.i > verb.i  # (`, a indiqué le maire, avant d'ajouter …`: the subject set after its verb)
        for t in head.subtree:
            if (t.i <= verb.i if inverted else t.i >= verb.i) \
                    or (self.index.inside(t.idx) and not (named and named.start <= t.idx < named.end)):
                continue
            tokens.append(t)
        cut = [t for t in tokens if t.i > head.i and (t.lower_ in self.relatives or (
            t.pos_ == "VERB" and not self._in_a_name(t, PERSON_LABELS | {"ORG"})))]
        # (`Me Sidi Mohamed`: `Sidi` tagged a verb; `Le chimiste allemand Bayer`: `Bayer` too)
        if cut:
            named = next((self.ents[self.ent_of[c.i]] for c in head.children if c.dep_ == "appos"
                          and cut[0].i < c.i < verb.i and self.ent_of[c.i] >= 0), None)
            if named is not None and named.label_ in PERSON_LABELS and named.end <= verb.i:
                return named  # `Une des habitantes ayant assisté à la scène, Marie Lenoir, raconte`: who she is
            tokens = [t for t in tokens if t.i < cut[0].i]
        tokens = [t for t in tokens if t.i >= head.i - 12]
        if not tokens:
            return self.doc[head.i : head.i + 1]
        start = min(t.i for t in tokens)
        end = max(t.i for t in tokens) + 1
        while end > start + 1 and (self.doc[end - 1].is_punct or (
                self.doc[end - 1].lower_ in self.lex.data.object_clitics and end - 1 > head.i)):
            end -= 1  # `Le ministre lui a demandé`: the clitic before the verb is whom it was asked, not who asked
        if verb.pos_ == "ADJ" and verb.i == end and start <= head.i < end and verb.lower_ not in self.lex.forms:
            # `Le gendarme de la vie privée lui reproche`: the parser made the adjective the clause's head (not a
            # cue's form it read as an adjective: `La fédération critique l'arbitrage`)
            end += 1
        while start < end - 1 and (self.doc[start].is_punct or (
                start < head.i and "Rel" in self.doc[start].morph.get("PronType") and self.doc[start].dep_ != "det")):
            start += 1  # (`dont le journal est victime`: the relative pronoun the parser hung on the subject is not it)
        det = self.doc[start]
        if det.dep_ == "det" and det.head.i == head.i and "Ind" in det.morph.get("Definite") \
                and "Plur" not in det.morph.get("Number") and "Plur" in head.morph.get("Number"):
            # `…, a decision advocates warned would …`: a singular article determines no plural noun; the parser made
            # the apposition's noun a compound of the subject, which starts after it
            compound = [t.i for t in self.doc[start + 1 : head.i] if t.dep_ == "compound" and t.pos_ == "NOUN"]
            start = compound[-1] + 1 if compound else start
        title = self.index.at(self.doc[end].idx) if end < verb.i else None
        if title is not None and title.start == self.doc[end].idx and self._names_what_precedes(title):
            # `Le syndicat « Sud Rail » affirme …`, `La revue médicale « The Lancet » confirme …`: the title in marks
            # is the subject's name, as after an inverted subject
            closing = self.doc.char_span(title.end - 1, title.end, alignment_mode="expand")
            if closing is not None and closing[-1].i < verb.i:
                end = closing[-1].i + 1
        return self.doc[start:end]

    def _organisation_set_beside(self, head: Token, verb: Token) -> Span | None:
        """`The union representing the workers, CUPE, says …`, `Le syndicat majoritaire, la CGT, estime …`: a noun of
        organisation (`org_anaphors`) with an organisation's name set beside it between commas, before the cue: the
        name is who speaks (the guidelines' fullest name)."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.data.org_anaphors or head.i > verb.i:
            return None
        for child in head.children:
            n = self.ent_of[child.i]
            if child.dep_ != "appos" or not head.i < child.left_edge.i <= child.i < verb.i or n < 0 \
                    or self.ents[n].label_ not in GROUP_LABELS - PLACE_LABELS:
                continue
            name = self.ents[n]
            before, after = self.doc[child.left_edge.i - 1], self.doc[name.end] if name.end < len(self.doc) else None
            if before.text == "," and after is not None and after.text == "," \
                    and not self.index.inside(name.start_char):
                return name
        return None

    def _name_before_a_misread_cue(self, head: Token) -> Span | None:
        """`Moe points to the budget …, but adds that …`: a cue the tagger read as a plural noun (`points`, `notes`),
        no determiner on it, a person's name hung on it as a compound: the name is the subject of both verbs (not
        `Trump supporters say`: `supporter` is no cue)."""
        if head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number") or head.i == 0 \
                or any(c.dep_ == "det" for c in head.children):
            return None
        lemma, before = head.lemma_.lower(), self.doc[head.i - 1]
        if (lemma not in self.lex.cues and lemma not in self.lex.phrases) or before.dep_ != "compound" \
                or before.head.i != head.i or not before.text[:1].isupper():
            return None
        if self._in_a_person_name(before):
            return self.ents[self.ent_of[before.i]]
        # (the tagger that misread the verb often misreads the name as well: a person's surname named elsewhere)
        return self.doc[before.i : head.i] if before.text in self._person_surnames else None

    @cached_property
    def _person_surnames(self) -> frozenset[str]:
        return frozenset(ent[-1].text for ent in self.ents if ent.label_ in PERSON_LABELS)

    def _whole_of_a_part(self, head: Token) -> Span | None:
        """`200 personnalités, dont plusieurs députés, se disent …`: a subject the parser found in an aside opened
        by `dont` (`inclusion_words`) names some of the noun phrase before the comma, which is the subject."""
        doc, first = self.doc, head.left_edge.i
        if first < 2 or doc[first].lower_ not in self.lex.data.inclusion_words or doc[first - 1].text != ",":
            return None
        noun = doc[first - 2]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        start = noun.left_edge.i
        stops = [t.i for t in doc[start : noun.i] if t.text in (",", ":", ";")]
        return doc[(stops[-1] + 1 if stops else start) : first - 1]

    def _in_a_person_name(self, token: Token) -> bool:
        return self._in_a_name(token, PERSON_LABELS)

    def _in_a_name(self, token: Token, labels: set[str]) -> bool:
        """A capitalised word of a name of one of these types, whatever the tagger made of it."""
        return self.ent_of[token.i] >= 0 and self.ents[self.ent_of[token.i]].label_ in labels \
            and token.text[:1].isupper()

    def _quote_in_object(self, after: int | None, verb: Token) -> Quoted | None:
        """A quotation within the next words of the clause: `condamne ce « crime barbare »` (none when the cue
        ends the text: `after` is None)."""
        doc = self.doc
        if after is None:
            return None
        for i in range(after, min(after + 10, len(doc))):
            token = doc[i]
            span = self.index.at(token.idx)
            if span is not None:
                if i > after and doc[i - 1].text == "," and self._finite_clause(span):
                    return None  # `condamne la détention de X, « ce sont des actes graves »`: a quote of its own
                return span
            if token.text in CLAUSE_PUNCT or token.text == ":" \
                    or (token.pos_ == "VERB" and token.dep_ not in AUX_DEPS and i > after + 1):
                return None  # `a annoncé sa volonté … : « … »`: a quotation after a colon is a quote of its own
            if token.text == "," and self._relative_opens(i + 1):
                return None  # `a précisé X, selon qui le suspect « … »`: the relative clause's, not the cue's
        return None

    def _inverted_after_comma(self, verb: Token, first: Token) -> Frame | None:
        """`Le virus est éradiqué, estime le chercheur.`: reported clause before the cue, no marks."""
        prev = first.i - 1
        while prev > 1 and self.doc[prev].lower_ in self.lex.data.object_clitics:
            prev -= 1  # `…, nous explique le maire`, `…, m'a dit X`: whom it was said to stands before the cue
        if prev < 1 or self.doc[prev].text != "," or self._participle(verb):
            return None  # `…, citing data from three trials`: a participle's object is not a speaker
        detached = self._detached_auxiliary(verb)
        if any(c.dep_ in AUX_DEPS and c.i < prev for c in verb.children) or (detached is not None and detached.i < prev):
            # `Le syndicat a, dans un communiqué, dénoncé une provocation`: a past tense, not inverted (`…, a fait
            # savoir X`, whose auxiliary the parser hangs on `savoir`, is)
            return None
        mention = self._inverted_subject(verb, None)
        # a subject before the cue is no inversion; the clitic of `a-t-il déclaré` stands inside the cue, and with
        # it the cue is inverted whatever subject the parser found before (`…, « un peu plus faible » que le chiffre
        # prévu, a-t-il indiqué`)
        if mention is None or (any(c.dep_ in SUBJECT_DEPS and c.i < first.i and not self._clitic_before_inversion(c, verb)
                                   for c in verb.children)
                               and not self._inverted_clitic(mention[0])
                               and not any(self._inverted_clitic(t)
                                           or t.lower_ in self.lex.data.unnamed_source_clitics
                                           for t in self.doc[first.i : verb.i])
                               and not (mention.start > verb.i and self._clauses_as_subjects(verb, prev))
                               and not self._subject_listed_before(verb, prev)
                               and not (mention.start > verb.i and self._subjects_across_comma(verb, prev))):
            return None
        if mention.start == verb.i + 1 and not self._names_a_source(mention) and (
                any(c.dep_ in SUBJECT_DEPS and c.i < first.i for c in verb.children)
                or "Ind" in mention[0].morph.get("Definite")):
            # `Les prix ont augmenté et les ménages, inquiets, réclament des aides`: with a subject before the cue, or
            # an indefinite article, what follows right after the cue is its object, unless it names a source
            return None
        subordinate = self._subordinate_after(verb)
        rest = [t for t in self.doc[max(mention.end, verb.i + 1) : self.sent(verb).end]
                if not t.is_space and t.i not in subordinate]
        pause = next((n for n, t in enumerate(rest) if t.text == ","), len(rest))
        if rest and any(self._clause_of_the_cue(t, mention) for t in rest[: min(pause, 6)]) \
                and rest[0].lower_ not in self.relatives:
            return None  # a clause of the cue's own follows; a relative clause only says who the speaker is, and what
            # follows a comma after the subject what else it did (`…, a précisé le groupe dans un communiqué, en
            # prévenant que …`)
        sent = self.sent(verb)
        start = sent.start
        if self._relative_just_closed(start, prev):
            return None  # `La Fnaut, qui juge la grève disproportionnée, demande …`: the subject, then its verb
        # a report inside (`Il a dit que …`) is its own frame; `après que`, `alors que` open an adverbial clause, and
        # `que` after a verb that reports nothing is part of what was said (`Les habitants trouvent qu'il est trop
        # tard, a déclaré le maire`), as after a cue that says nothing (`…, sans révéler que sa voiture avait
        # disparu, a ajouté le procureur`)
        if start >= prev or any((self._complementizer(t) and t.head.dep_ != "advcl"
                                 and self._cue(t.head.head) is not None and not self._negated(t.head.head))
                                or t.text == ":"
                                for t in self.doc[start:prev] if not self.index.inside(t.idx)):
            return None
        if not self._clause_like(list(self.doc[start:prev])):
            return None  # `La procureure, pour cette infraction, demande trois mois`: a subject set off, then its verb
        begin, end = self.doc[start].idx, self.doc[prev].idx
        quotes = self.index.between(begin, end)
        kind = "mixed" if quotes else "indirect"
        cue = self._cue_span(verb, self._cue(verb) or verb.lemma_)
        content = self._trim(begin, end)
        if content is None:
            return None
        return Frame(kind, *content, cue, mention, mention.start_char, 0.7, "clause-then-cue")

    def _clause_of_the_cue(self, verb: Token, mention: Span) -> bool:
        """A verb after an inverted speaker that opens a clause of the cue's own: not a participle describing the
        speaker or qualifying a noun, not one right after the speaker saying what they were doing (`…, said analyst
        Chris Weafer commenting on …`), not a relative clause on a noun (`…, said Bolden to the crowd which
        contained …`)."""
        return verb.pos_ == "VERB" and not self._describes(verb, mention) and not _qualifies_noun(verb) \
            and not (verb.i == mention.end and self._participle(verb)) \
            and not (verb.dep_ in RELATIVE_CLAUSES and verb.head.pos_ in ("NOUN", "PROPN"))

    def _names_a_source(self, mention: Span) -> bool:
        """A name, or a noun of people or of a text (`Le Parisien`, `le quotidien`, `le communiqué`), or a noun set
        before a person's name (`le météorologue Paul Morel`), not a thing (`des violences`)."""
        root = mention.root
        return root.pos_ in ("PROPN", "PRON") or self.ent_of[root.i] >= 0 or self._speaker_noun(root) \
            or self.lex.names_people(root.lemma_.lower()) or self._person_named_in(mention.start, mention.end)

    @staticmethod
    def _subjects_across_comma(verb: Token, comma: int) -> bool:
        """`Des vitrines ont été brisées et des poubelles incendiées, rapporte Le Parisien`: every subject the parser
        gave the cue before it stands before the comma, in the clause it reports (the parser made the cue a
        coordinate of that clause); a noun phrase follows the cue."""
        before = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        return bool(before) and all(c.i < comma for c in before) and verb.dep_ == "conj" \
            and verb.head.i < comma

    @staticmethod
    def _subject_listed_before(verb: Token, comma: int) -> bool:
        """`… de personnes l'ayant reconnu, ainsi que sa voiture, a annoncé le parquet`: a subject the parser found
        right after a conjunction and set off from the verb by a comma ends a list of the clause before; French
        never sets a subject so, so the verb's subject is the one inverted after it."""
        before = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        joins = [c for c in verb.children if c.dep_ in ("cc", "mark") and c.i < verb.i]  # (`ainsi que`: either)
        return verb.dep_ == "conj" and bool(before) and all(
            c.right_edge.i == comma - 1 and any(j.right_edge.i == c.left_edge.i - 1 for j in joins) for c in before)

    @staticmethod
    def _clauses_as_subjects(verb: Token, comma: int) -> bool:
        """`La raison est la faible chance de succès, a expliqué X`: with a subject inverted after the cue, what the
        parser hangs on the cue as a subject before the comma is the clause reported, not the speaker, when it holds
        a copula or a finite verb (not `Le chef du Front, X, annonce …`: a subject set off)."""
        before = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        return all(c.i < comma and any(t.dep_ == "cop" or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"))
                                       for t in c.subtree if t.i < comma) for c in before)

    @staticmethod
    def _describes(verb: Token, mention: Span) -> bool:
        """`révèle une étude publiée lundi par l'OFDT`: a participle hung on the speaker says which one it is."""
        return verb.dep_ in ("acl", "amod") and mention.start <= verb.head.i < mention.end \
            and "Part" in verb.morph.get("VerbForm")

    def _subordinate_after(self, verb: Token) -> set[int]:
        """`…, Premier Doug Ford said Thursday as the province tightened …`, `…, a déclaré le syndicat après que
        les négociations ont échoué`: a clause a subordinator opens on the cue, after it, says when or why it was
        said; its tokens are no complement of the cue's."""
        return {t.i for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
            m.dep_ == "mark" and m.i < c.i and not self._complementizer(m) for m in c.children) for t in c.subtree}

    def _relative_just_closed(self, start: int, comma: int) -> bool:
        """The words before `comma` end a relative clause set off after a noun (`X, qui …,`, `X, who …,`)."""
        relative = self.lex.data.relative_pronouns
        opener = next((t for t in reversed(self.doc[start:comma]) if t.text == "," or t.lower_ in relative), None)
        # after a clause of its own (`150 maisons ont été évacuées, où …, qui a détruit …, ont annoncé les
        # autorités`), the relative ends what is reported, not a subject set off
        return opener is not None and opener.lower_ in relative and opener.i > start \
            and self.doc[opener.i - 1].text == "," and opener.dep_ in SUBJECT_DEPS \
            and not self._finite_verb_in(t for t in self.doc[start : opener.i - 1] if not self.index.inside(t.idx))

    def _fronted_clause(self, verb: Token, lemma: str) -> Frame | None:
        """`The plant will close in June, the company said.`: the reported clause comes first, then a
        comma, the subject and the cue, and nothing after the cue but adjuncts (`on Monday`)."""
        subject = _preceding_subject(verb) or _named_compound_subject(verb)
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
        if clause is None and verb.dep_ == "parataxis" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            clause = verb.head  # the parser hangs the cue on the clause it reports
        if clause is None and verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            # or coordinates it with the clause's last verb (`…, and another officer was injured, the director
            # said`): the clause runs from its first conjunct, the sentence's main verb with a subject of its own
            # (not a relative clause's: `qui était interviewé …, l'enquête avance bien`)
            clause = verb.head
            while clause.dep_ == "conj" and clause.head.i < clause.i:
                clause = clause.head
            if clause.dep_ != "ROOT" or not any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ not in self.lex.data.relative_pronouns for c in clause.children):
                clause = None
        if clause is None and subject is not None:
            # `The man charged with … confessed to police that he fired …, authorities said`: a broken parse hangs the
            # clause reported as a first subject of the cue, its finite verb somewhere below
            clause = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < subject.left_edge.i
                           and any("Fin" in self._finite_form(t) for t in c.subtree if t.i < subject.left_edge.i)),
                          None)
        sent = self.sent(verb)
        if clause is None and subject is not None and subject.left_edge.i > 0 \
                and self.doc[subject.left_edge.i - 1].text in self.lex.data.honorifics:
            # `…, Const. Dani McKinnon said`: the title's full stop left the parse in two trees; the clause is the
            # first, to the comma
            first = self.doc[sent.start]
            while first.head.i != first.i:
                first = first.head
            if first.i < subject.left_edge.i and first.pos_ in ("VERB", "AUX"):
                clause = first
        if subject is None or clause is None or subject.left_edge.i < 2:
            return None
        comma = subject.left_edge.i - 1
        while comma > sent.start and self.doc[comma].text in self.lex.data.honorifics:
            comma -= 1  # (the title before the name, which the parser hung elsewhere)
        if self.doc[comma].text != "," or clause.i > comma or clause.left_edge.i != sent.start:
            return None
        after = [t for t in self.doc[verb.i + 1 : sent.end] if not t.is_space]
        pause = next((n for n, t in enumerate(after) if t.text == ","), len(after))
        adjuncts = {t.i for c in verb.children if c.dep_ in ADJUNCT_DEPS and c.i > verb.i + pause for t in c.subtree}
        subordinate = self._subordinate_after(verb)
        # `…, she said, and moved quickly once …`: a coordinated clause goes on after the cue's closing comma; `…, the
        # mayor said at a news conference, where he joined …`: a relative clause says where or when it was said
        goes_on = pause + 1 < len(after) and (after[pause + 1].pos_ == "CCONJ"
                                              or after[pause + 1].lower_ in self.relatives) \
            and any(t.pos_ in ("VERB", "AUX") for t in after[pause + 2 :])
        # `…, the agency said, warning doctors about the risks`: a participle after the cue's closing comma says what
        # else the speaker did, wherever the parser hangs it
        opener = after[pause + 1] if pause + 1 < len(after) else None
        if opener is not None and opener.pos_ == "VERB" and "Part" in opener.morph.get("VerbForm") \
                and "Pres" in opener.morph.get("Tense") and opener.left_edge.i == opener.i:
            subordinate = subordinate | {t.i for t in opener.subtree}
        subordinate = subordinate | self._clause_resumed(verb, clause, after[pause + 1 :])
        if any((t.pos_ in ("VERB", "AUX") and not _qualifies_noun(t)) or self._complementizer(t) or self.index.inside(t.idx)
               for t in after[:pause] if not t.is_punct and t.i not in subordinate) \
                or (not goes_on and any(t.i not in adjuncts | subordinate and not t.is_punct for t in after[pause:])):
            return None  # `…, the company said it would appeal`: a clause of its own after the cue; after a comma,
            # only what says when or why it was said (`…, the union announced, after talks broke down`)
        if not self._clause_like(list(self.doc[sent.start : comma])):
            return None  # `That said, the company expects …`: a set phrase, no report
        content = self._trim(self.doc[sent.start].idx, self.doc[comma].idx)
        if content is None:
            return None
        mention = self._mention_from(subject, verb)
        kind = self._kind(*content)
        return Frame(kind, *content, self._cue_span(verb, lemma), mention, mention.start_char, 0.7, "clause-then-cue")

    @staticmethod
    def _clause_resumed(verb: Token, clause: Token, after: list[Token]) -> set[int]:
        """`The fire started in the kitchen, firefighters said, before spreading to the roof`, `A taser was deployed,
        police said, to bring the man under control`: the cue interrupts the clause it reports, and what follows its
        closing comma (what the parser hangs on that clause, or an infinitive of purpose, however it hangs) goes on
        with that clause; the words before the cue are the report."""
        if not after:
            return set()
        first = after[0]
        verb_after = first if first.pos_ in ("VERB", "AUX") else next((t for t in after[1:2] if t.pos_ == "VERB"), None)
        if verb_after is not None and "Inf" in verb_after.morph.get("VerbForm") and first.pos_ in ("PART", "VERB") \
                and verb_after.head.i in (verb.i, clause.i):
            return {t.i for t in after}  # (`to bring …`: the parser hangs the purpose on the cue)
        resumed = {t.i for t in after if clause in t.ancestors and verb not in t.ancestors}
        return {t.i for t in after} if first.i in resumed else set()

    def _read_frame(self, r: CueReading, start_token: int, pattern: str, base: float,
                    need_quote: bool = False) -> Frame | None:
        """The words a cue reports from `start_token` on, said by the cue's subject."""
        frame = self._content_frame(start_token, r.cue, r.mention, r.at, pattern, base, need_quote, r.limit)
        clause = next((c for c in r.verb.children if c.dep_ == "ccomp" and c.left_edge.i <= start_token <= c.i), None)
        return replace(frame, holds=clause.idx) if frame is not None and clause is not None else frame

    def _content_frame(self, start_token: int, cue: tuple[int, int], mention: Span | None, at: int,
                       pattern: str, base: float, need_quote: bool = False,
                       limit: int | None = None) -> Frame | None:
        if start_token >= len(self.doc):
            return None
        first = self.doc[start_token]
        begin = first.idx
        end = self._clause_end(start_token)
        if limit is not None and start_token < limit < len(self.doc):
            end = min(end, self.doc[limit].idx)
        trimmed = self._trim(begin, end)
        if trimmed is None:
            return None
        begin, end = trimmed
        quotes = self.index.between(begin, end)
        whole = [q for q in quotes if q.start <= begin and q.end >= end - 1]
        if whole or (quotes and quotes[0].start == begin and quotes[0].end >= end):
            q = (whole or quotes)[0]
            if self._name_like(q):
                return None  # `a révélé l'émission « Quotidien »`: a name in marks is nobody's words
            return Frame("direct", q.inner_start, q.inner_end, cue, mention, at, base + 0.05, pattern)
        if quotes:
            return Frame("mixed", begin, end, cue, mention, at, base - 0.05, pattern)
        if need_quote:
            return None
        return Frame("indirect", begin, end, cue, mention, at, base - 0.1, pattern)

    def _governing_clause(self, verb: Token) -> int | None:
        """`Qualifiant de « miettes » les mesures, les syndicats ont …`, `Après avoir qualifié le projet de
        dangereux, il annonce …`: a cue in a clause set before the one it depends on reports nothing of
        that clause; its words end where its own clause does."""
        clause, head = verb, verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            clause, head = head, head.head  # `After admitting that she had lied, the minister …`
        if clause.dep_ not in ("advcl", "prep") or head.i <= verb.i or head.pos_ not in ("VERB", "AUX") \
                or self.index.inside(head.idx):
            return None
        if _finite_tense(verb) is not None and not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children) \
                and any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
            return None  # `Elle a ajouté qu'X, en tant que …, sait …`: a main clause the parser hung on the verb of
            # the clause it reports (no subordinator opens it)
        return clause.right_edge.i + 1 if clause.right_edge.i < head.i else None

    def _relative_close(self, verb: Token) -> int | None:
        """`Le maire, qui affirme que la ville est en faillite, demande …`, `The mayor, who says the city is
        bankrupt, wants …`: a cue in a relative clause set off by commas reports nothing past the comma that
        closes it, where the antecedent's own verb follows (no subject of its own, or the antecedent)."""
        doc = self.doc
        pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i
                        and c.lower_ in self.lex.data.relative_pronouns), None)
        if pronoun is None or pronoun.i == 0 or doc[pronoun.i - 1].text != "," or verb.head.i >= pronoun.i:
            return None
        antecedent, end = verb.head, self.sent(verb).end
        for comma in range(verb.i + 1, end - 1):
            if doc[comma].text != "," or self.index.inside(doc[comma].idx):
                continue
            j = comma + 1  # past `ne`, adverbs, auxiliaries and clitics: `, n'a pourtant pas`, `, se dit`
            while j < end and (doc[j].pos_ in ("ADV", "PART") or doc[j].dep_ in AUX_DEPS
                               or (doc[j].pos_ == "PRON" and doc[j].dep_ not in SUBJECT_DEPS)):
                j += 1
            if j < end and doc[j].pos_ in ("VERB", "AUX") and "Fin" in self._finite_form(doc[j]):
                subjects = [c for c in doc[j].children if c.dep_ in SUBJECT_DEPS]
                if not subjects or any(c.i == antecedent.i for c in subjects):
                    return comma
        return None

    def _clause_end(self, start_token: int) -> int:
        """End of the reported clause: the sentence end, or an inserted `, a-t-il ajouté`."""
        doc = self.doc
        stops = self._clause_stops()
        # the sentence ends at a final mark or a line break: `sentences` joins what the parser broke inside
        # a clause (`NBC annonce que le tueur | aurait appelé …`)
        sent_end = min(self.sents[self.sent_of[start_token]].end, start_token + MAX_CLAUSE_TOKENS)
        i = bisect_left(stops, start_token)
        if i < len(stops) and stops[i] < sent_end:
            return doc[stops[i]].idx
        last = doc[sent_end - 1]
        if last.text in ("!", "?") and sent_end - 2 > start_token and not self.index.inside(last.idx) \
                and self.index.inside(doc[sent_end - 2].idx):
            last = doc[sent_end - 2]  # `que « … » !`: the writer's exclamation, after the marks, is no one's words
        return last.idx + len(last.text)

    def _clause_stops(self) -> list[int]:
        """Tokens that end a reported clause, outside quotations, found once per article."""
        if self._stops is None:
            stops = []
            # read off arrays, not Token objects: this visits every token of the article
            starts, tags = self.doc.to_array([IDX, POS]).T.tolist() if len(self.doc) else ([], [])
            n = len(self.doc)
            for i, word in enumerate(self.lowered):
                if self.index.inside(starts[i]):
                    continue
                if (word in CLAUSE_PUNCT and word not in ("!", "?", ";")) or "\n" in word \
                        or (word == ";" and not self._goes_on_after_semicolon(i + 1)):
                    stops.append(i)
                elif word == "," and i + 1 < n and (self._starts_incise(i + 1) or self._starts_own_report(i + 1)
                                                    or self._closing_attribution(i + 1)
                                                    or self._main_clause_after_report(i)):
                    stops.append(i)
                elif word == ":" and self._colon_quotation(i):
                    stops.append(i)  # `… que C : « … »`: the quotation after the colon is a quote of its own
                elif tags[i] == CCONJ and (self._starts_new_report(i + 1) or self._coordinate_to_cue(self._conjunct(i))
                                           or self._according_phrase_at(i + 1)):  # `…, car selon lui, …`
                    stops.append(i)
            stops.extend(self._participle_reports())
            self._stops = sorted(set(stops))
        return self._stops

    def _participle_reports(self) -> list[int]:
        """`…, ajoutant que …`, `… cela « reste un épiphénomène » tout en ajoutant que …`: a present participle
        that reports a clause of its own starts a second report, comma or not; the first stops before its
        `(tout) en`. So does an infinitive a preposition introduces (`…, avant de préciser que …`, `après avoir
        rappelé que …`): the first report stops before the preposition."""
        found = []
        for i in self._cue_positions():
            verb = self.doc[i]
            if self.index.inside(verb.idx):
                continue
            introduced = [c.i for c in verb.children if c.dep_ == "mark" and c.pos_ == "ADP" and c.i < verb.i]
            if self._too_soon_to_say(verb):
                continue  # `qu'il est trop tôt pour affirmer que …`: no second report, the first goes on
            if not (self._participle(verb) or (introduced and "Fin" not in verb.morph.get("VerbForm")
                                               and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))):
                # (`peu après que le porte-parole a demandé …`: a clause with a subject of its own, no infinitive)
                continue
            if any(c.dep_ in AUX_DEPS for c in verb.children) and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                continue  # `said that the men are saying that …`: a progressive, a finite verb with its subject
                # inside the reported clause (as `claimed` would be), no participle of its own report
            lemma = self._cue(verb)
            after = self._after_cue(verb, lemma) if lemma else None
            # (`…, tout en se disant « ouverte » à des aménagements`: what the subject says it is)
            says_itself = lemma is not None and self._says_itself(verb, lemma) and (
                self._reported_object(verb, lemma) is not None or self._quote_in_object(verb.i + 1, verb) is not None)
            if not says_itself and (after is None or after >= len(self.doc) or not (
                    self._complementizer(self.doc[after]) or self._bare_clause_at(verb, after)
                    or self._quotation_right_after(verb, after) or self._reports_an_infinitive(verb, lemma)
                    or self._reports_its_object(verb, lemma))):
                continue
            start = min([verb.i, *introduced])
            governor = verb.head
            if introduced and verb.dep_ == "xcomp" and governor.i < start and self._participle(governor) \
                    and all(t.pos_ in ("ADP", "ADV") for t in self.doc[governor.i + 1 : start]):
                start = governor.i  # `…, allant jusqu'à affirmer que …`, `…, n'hésitant pas à dire que …`: the
                # participle the cue's infinitive completes opens the second report
            while start > min(verb.i, governor.i) - 4 and (self.doc[start - 1].pos_ in ("ADP", "ADV", "SCONJ")
                                          or self.doc[start - 1].lower_ in self.lex.data.object_clitics
                                          or self.doc[start - 1].lower_ in self.lex.data.reflexive_pronouns) \
                    and not self.index.inside(self.doc[start - 1].idx):
                start -= 1  # `tout en ajoutant`, `while adding`, `en lui disant`
            found.append(start)
        return found

    def _reports_its_object(self, verb: Token, lemma: str) -> bool:
        """`…, réaffirmant sa volonté de « forcer l'allure »`, `…, dénonçant l'inaction du préfet`: a participle of
        `object_cues` set off by a comma, with the object it reports after it (`…, évoquant « de graves
        irrégularités »`: a quotation too; `…, l'accusant de « mépris »`: past its object clitic; `…, tout en mettant en
        garde contre …`: past the gerund's words, and a cue whose phrase, when written, opens what it reports)."""
        before = verb.i - 1
        while before > 0 and (self.doc[before].lower_ in self.lex.data.object_clitics
                              or (self.doc[before].head.i == verb.i and self.doc[before].dep_ in ("obj", "iobj"))):
            before -= 1
        while before > verb.i - 4 and self.doc[before].pos_ in ("ADP", "ADV") \
                and not self.index.inside(self.doc[before].idx):
            before -= 1  # `tout en`
        licensed = lemma in self.lex.data.object_cues or (lemma in self.lex.phrases and lemma not in self.lex.cues)
        return licensed and self._participle(verb) and before > 0 \
            and self.doc[before].text == "," and (self._reported_object(verb, lemma) is not None
                                                  or self._quote_in_object(verb.i + 1, verb) is not None)

    def _reports_an_infinitive(self, verb: Token, lemma: str) -> bool:
        """`…, ajoutant n'être « pas surpris »`, `…, assurant avoir tout fait`: a participle of `infinitive_cues` with
        an infinitive after it reports that infinitive."""
        return lemma in self.lex.data.infinitive_cues and any(
            c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and (self._infinitive(c) or self._infinitive_under_negation(c))
            for c in verb.children)

    def _bare_clause_at(self, verb: Token, at: int) -> bool:
        """`said there is no threat, saying it appeared to be a lone wolf`: a participle's clause with no `that`, its
        subject first, the participle hung on a clause reported before it, or on the cue that reported it (`said the
        plan works, adding the city will pay`; not on the cue of an object: `dismissed the existence of a
        "Bridgegate," saying …`, whose object is no report to end)."""
        head = verb.head
        after_clause = head.dep_ == "ccomp" or any(c.dep_ == "ccomp" and c.i < verb.i for c in head.children)
        return self._participle(verb) and after_clause and any(
            c.dep_ == "ccomp" and verb.i < c.left_edge.i <= at and any(s.dep_ in SUBJECT_DEPS for s in c.children)
            for c in verb.children)

    def _colon_quotation(self, i: int) -> bool:
        """A colon at `i` and a quotation opening right after it (`ajoutant : « … »`)."""
        return self.doc[i].text == ":" and i + 1 < len(self.doc) and self._opens_quotation(self.doc[i + 1].idx)

    def _quotation_right_after(self, verb: Token, after: int) -> bool:
        """`…, ajoutant : « … »`: the cue's colon, with no object between them, opens a quotation (not `déterminé à
        poursuivre le combat : « … »`, whose colon follows the infinitive's object)."""
        return self._colon_quotation(after) \
            and not any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[verb.i + 1 : after])

    def _opens_quotation(self, offset: int) -> bool:
        quote = self.index.at(offset)
        return quote is not None and quote.start == offset

    def _starts_new_report(self, i: int) -> bool:
        """`… et a exprimé …`, `… and added …`: a second report, not more of the first. A second `que`
        (`arguent que A et que B`) is more of the same report: the guidelines keep it in one quote."""
        doc = self.doc
        when = self.skippable | self.lex.data.frequency_nouns

        def adverbial(j: int) -> bool:  # `encore`, `plusieurs fois`: when, not what
            return doc[j].lower_ in when or (doc[j].pos_ == "DET" and j + 1 < len(doc) and doc[j + 1].lower_ in when)

        for j in range(i, min(i + 5, len(doc))):
            token = doc[j]
            if adverbial(j) or (token.dep_ == "mark" and token.pos_ == "ADP" and token.head.i > j):
                continue  # `et en dénonçant …`: the gerund's `en`
            if self._complementizer(token):
                return False  # `affirme que A et que la conjoncture exige B`: B is a second clause of the same report
            if token.lemma_.lower() in self.lex.data.perfect_auxiliaries:
                k = next((k for k in range(j + 1, min(j + 5, len(doc))) if not adverbial(k)), None)
                if k is not None and "Part" in doc[k].morph.get("VerbForm"):
                    continue  # `et a plusieurs fois répété que`: an auxiliary the parser took for the verb
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS:
                # `affirmé ne pas être X et souhaiter …`: a second infinitive is more of what was reported
                return self._cue(token) is not None and "Inf" not in token.morph.get("VerbForm") \
                    and not self._reported_coordinate(token) and not self._participle_naming_a_thing(token)
            if not (token.pos_ in ("AUX", "ADV", "PRON") or token.dep_ in AUX_DEPS):
                return self._subject_reports(i)
        return False

    def _participle_naming_a_thing(self, verb: Token) -> bool:
        """`que les informations et communiqués publiés …`: a participle with no auxiliary and nothing it reports,
        joined to a noun, is a noun of the list (not `dénonce une tentative … et averti que …`, a verb misread)."""
        after = verb.i + 1
        return verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and "Part" in self._finite_form(verb) \
            and not any(c.dep_ in COMPLEMENT_DEPS for c in verb.children) \
            and not (after < len(self.doc) and self._complementizer(self.doc[after]))

    def _reported_coordinate(self, verb: Token) -> bool:
        """`Il a noté que Paris fournit des armes et exige que Kyiv …`: a cue with no subject of its own coordinated
        with the verb of a reported clause, simple or perfect as that verb is and not as the cue that reports it, goes
        on with what was reported (`Il a noté que Paris fournit des armes et a ajouté que …`, perfect as the reporting
        cue, is a second report whatever the parser hangs it on)."""
        reported = verb.head
        if verb.dep_ != "conj" or reported.i >= verb.i or reported.dep_ != "ccomp" \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                or _finite_tense(verb) is None or _finite_tense(reported) is None:
            return False
        outer = reported.head
        return self._cue(outer) is not None and self._perfect(verb) == self._perfect(reported) != self._perfect(outer)

    def _perfect(self, verb: Token) -> bool:
        """`a noté`: a perfect; the tagger's tenses of simple forms are no help to tell clauses apart (`fournit`:
        past as often as present)."""
        return any(c.dep_ in AUX_DEPS and c.lemma_.lower() in self.lex.data.perfect_auxiliaries for c in verb.children)

    def _subject_reports(self, i: int) -> bool:
        """`… et les démocrates ont demandé que …`: a conjunction, a subject of its own and a reporting
        verb that reports something open a second report (`et le préfet a confirmé` alone does not)."""
        doc = self.doc
        for token in doc[i : min(i + 12, len(doc))]:
            if self.index.inside(token.idx) or token.text in CLAUSE_PUNCT or (token.i > i and token.pos == CCONJ):
                return False  # (`A et B, et le porte-parole a confirmé que …`: the report opens past the second)
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS:
                # `et le porte-parole vient de le confirmer : …`: a cue in the infinitive the verb governs
                cue = token if self._cue(token) is not None else next(
                    (c for c in token.children if c.dep_ == "xcomp" and c.i > token.i and self._cue(c) is not None
                     and "Inf" in c.morph.get("VerbForm")), token)
                lemma = self._cue(cue)
                # the subject as parsed, or a noun phrase right before a verb the parser left without one (`et
                # les démocrates avaient demandé que …`, the parser coordinating `démocrates` with a noun before)
                if lemma is None or not (any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
                                             and i <= c.i < token.i for c in token.children)
                                         or (not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                                             and self._subject_then_verb(i))):
                    return False
                after = self._after_cue(cue, lemma)
                return after is not None and after < len(doc) and (
                    self._complementizer(doc[after]) or doc[after].text == ":"
                    or self._reported_object(cue, lemma) is not None
                    or self._quote_in_object(after, cue) is not None)  # `ont dénoncé une « provocation »`
        return False

    def _goes_on_after_semicolon(self, i: int) -> bool:
        """`IE6 has 277 vulnerabilities; 39 percent of these are rated "highly critical"`: a semicolon joins a clause
        that is still what was reported, unless that clause reports of its own (a cue, `selon X`, `pour X,`)."""
        doc, openers = self.doc, {words[0] for words in self.lex.data.weak_according_to}
        if i >= len(doc) or self.lowered[i] in openers or self._according_phrase_at(i):
            return False
        for token in doc[i : min(i + MAX_CLAUSE_TOKENS, len(doc))]:
            if token.text in CLAUSE_PUNCT or "\n" in token.text:
                return True
            if token.pos_ in ("VERB", "AUX") and not self.index.inside(token.idx) and self._cue(token) is not None:
                return False
        return True

    def _starts_own_report(self, i: int) -> bool:
        """`In response to critics saying that …, Jobs said that …`, `…, while the company has denied any plan
        to …`, `…, while police said they were minor`: after a comma, a subject and a reporting verb with a clause
        of its own (or, after a conjunction, a reported object) open a second report; the first one stops at the
        comma. (The subject may be long: `tandis que l'opérateur de la centrale nucléaire d'Onagawa assurait …`.)"""
        doc = self.doc
        for token in doc[i : min(i + 16, len(doc))]:
            if token.is_punct or self.index.inside(token.idx):
                return False
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS:
                lemma = self._cue(token)
                if lemma is None or not any(c.dep_ in SUBJECT_DEPS and i <= c.i < token.i for c in token.children):
                    return False
                after = self._after_cue(token, lemma)
                return after is not None and after < len(doc) and (
                    self._complementizer(doc[after]) or doc[after].text == ":" or self._bare_clause(token, after)
                    or ((doc[i].pos_ in ("SCONJ", "CCONJ") or doc[i].dep_ == "mark"  # `tandis` (ADV) `que`
                         # `…, cependant il condamne …`: a connective adverb on the verb, right before its subject,
                         # opens its clause as well (not `peu après que …`: a subordinator follows)
                         or (doc[i].pos_ == "ADV" and doc[i].head.i == token.i and any(
                             c.dep_ in SUBJECT_DEPS and c.left_edge.i == i + 1 for c in token.children))
                         # `Si une source a précisé que …, le procureur a démenti l'hypothèse …`: the main clause
                         # after a subordinate one that opened the sentence
                         or (i >= 1 and doc[i - 1].text == "," and self._subordinate_before(i)))
                        and (self._reported_object(token, lemma) is not None
                             or self._quote_in_object(after, token) is not None)))
        return False

    def _bare_clause(self, verb: Token, at: int) -> bool:
        """`…, while police said they were minor`: a clause with a subject of its own and no `that`, where the
        language reports so (`bare_complement`)."""
        return self.lex.data.bare_complement and any(
            c.dep_ == "ccomp" and c.left_edge.i <= at <= c.i and any(s.dep_ in SUBJECT_DEPS for s in c.children)
            for c in verb.children)

    def _closing_attribution(self, i: int) -> bool:
        """`… that the products were faulty, the company revealed.`: a subject and its cue with nothing after them
        but when or where, to the end of the sentence, close the clause before (English keeps the subject before
        the cue; an inverted one is an incise)."""
        doc = self.doc
        if doc[i].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"):
            return False  # (this runs at every comma: a subject opens what follows, or it is no attribution)
        for token in doc[i : min(i + 8, len(doc))]:
            if token.is_punct or self.index.inside(token.idx):
                return False
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS:
                subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and i <= c.i < token.i), None)
                if self._cue(token) is None or subject is None or subject.left_edge.i != i:
                    return False
                words = {t.i for t in subject.subtree}
                if any(t.dep_ not in AUX_DEPS and t.i not in words for t in doc[i : token.i]):
                    return False  # (not `…, as the council had promised last year`: a clause of manner)
                tail = [t for t in doc[token.i + 1 : self.sent(token).end] if not t.is_space]
                rest = [t for t in tail if not t.is_punct]
                adjuncts = {t.i for c in token.children if c.dep_ in ADJUNCT_DEPS and c.i > token.i for t in c.subtree}
                # (the sentence's last word, not the line break after it, which the sentence holds at a paragraph's end)
                return bool(tail) and tail[-1].text in CLAUSE_PUNCT and all(
                    t.i in adjuncts and not (t.pos_ in ("VERB", "AUX") or self._complementizer(t)
                                             or self.index.inside(t.idx) or self.index.at(t.idx)) for t in rest)
        return False

    def _main_clause_after_report(self, comma: int) -> bool:
        """`Bien que le ministre ait assuré que les prix baisseraient, l'inflation a atteint 6 %`, `When the mayor
        said the plan was dead, residents cheered`: a report inside the subordinate clause that opens its sentence
        ends where the main clause starts, at the first comma a subject and its finite verb follow."""
        if not self._subordinate_before(comma) or not self._opens_main_clause(comma + 1):
            return False
        before = self.doc[self.sent(comma).start + 1 : comma]
        if not any(t.pos_ in ("VERB", "AUX") and not self.index.inside(t.idx) and self._cue(t) is not None
                   and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in before):
            return False  # (a cue with its subject in the subordinate clause, or the report is the main clause's:
            # `When asked whether …, X replied` is no report of its own)
        return not any(t.text == "," and not self.index.inside(t.idx) and self._opens_main_clause(t.i + 1)
                       for t in before)

    def _opens_main_clause(self, i: int) -> bool:
        """A subject, noun phrase or pronoun, then its finite verb (`l'inflation a atteint`, `il a répondu`)."""
        if self._subject_then_verb(i):
            return True
        doc = self.doc
        if i >= len(doc) or doc[i].pos_ != "PRON" or doc[i].dep_ not in SUBJECT_DEPS or doc[i].head.i <= i \
                or self.index.inside(doc[i].idx):
            return False
        verb = doc[i].head
        return verb.i <= i + 4 and "Fin" in self._finite_form(verb)

    def _starts_incise(self, i: int) -> bool:
        """`, a-t-il ajouté` / `, selon X` / `, ajoute-t-elle` ends the reported clause."""
        words = self.lowered[i : i + 5]  # read off the lower-cased text: this runs at every comma
        if self._according_phrase_at(i):
            return True
        if self._figure_then_according(i):
            return True  # `…, 12 000 selon les organisateurs`: another source's figure
        if not any(w in self.pronouns and w.startswith("-") for w in words):
            # `…, révèle Marianne, dans son édition du 7 juillet`: a cue whose subject follows it
            verb = self._incise_verb(self.doc[i]) if self.doc[i].pos_ in ("VERB", "AUX", "PRON") else None
            return verb is not None and self._cue(verb) is not None
        # `, ajoute-t-il`, and a past tense with its clitic inside: `, a-t-il ensuite expliqué`
        return any(self._cue(self.doc[j]) for j in range(i, min(i + len(words), len(self.doc))))

    def _coordinated(self, frames: list[Frame]) -> list[Frame]:
        """A report that runs on over `et` and the speaker and cue of another report ends before them (`Pour X,
        A est « intolérable » et Y, président de Z, estime que B`: A is X's, B is Y's), whichever the parser
        hung on the other: two speakers' words, never one quote."""
        out = []
        for cluster in _clusters(sorted(frames, key=lambda f: (f.start, f.end))):
            if len(cluster) > 64:
                out.extend(cluster)  # thousands of overlapping frames (hostile input): no pairwise reading
                continue
            for frame in cluster:
                points = [p for other in cluster if other is not frame
                          and frame.start < (p := _designated_at(other)) < frame.end and other.start >= p]
                out.append(self._cut_before(frame, min(points)) or frame if points else frame)
        return out

    def _cut_before(self, frame: Frame, point: int) -> Frame | None:
        """The frame's words up to `point`, without the conjunction or comma that joined what follows."""
        doc = self.doc
        if frame.type == "direct":
            return None  # its quotation marks bound it
        span = doc.char_span(frame.start, point, alignment_mode="contract")
        if span is None or not len(span) or self.index.inside(point):
            return None
        end = self._back_over(span.start, span.end, (",", "-", "–"))
        if end <= span.start or doc[end - 1].pos != CCONJ:
            return None  # only a coordinated report: `A et Y estime que B`
        end = self._back_over(span.start, end - 1, (",", ";"))
        last = doc[end - 1].idx + len(doc[end - 1].text)
        if end - span.start < 3 or (quote := self.index.at(last - 1)) is not None and quote.end > last:
            return None  # never inside quotation marks
        trimmed = self._trim(frame.start, doc[end - 1].idx + len(doc[end - 1].text))
        if trimmed is None:
            return None
        kind = self._kind(*trimmed)
        return replace(frame, start=trimmed[0], end=trimmed[1], type=kind)

    def _back_over(self, start: int, end: int, marks: tuple[str, ...]) -> int:
        """The token end `end` moved back over the punctuation `marks`, no further than `start`."""
        while end > start and self.doc[end - 1].text in marks:
            end -= 1
        return end

    def _trim(self, begin: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while begin < end and (text[begin].isspace() or text[begin] in ",:"):
            begin += 1
        while end > begin and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
            end -= 1
        if end - begin < 2:
            return None
        return begin, end

    # --- quotes interrupted by a cue: « A, a-t-il dit, B » -----------------------------

    def _incise(self, verb: Token) -> list[Frame]:
        quote = self.index.at(verb.idx)
        if quote is None:
            return []
        doc = self.doc
        lemma = self._cue(verb)
        span = self._cue_span(verb, lemma or verb.lemma_)
        first = doc.char_span(span[0], span[1], alignment_mode="expand")
        if first is None or first.start == 0:
            return []
        before, after = first.start - 1, first.end
        if doc[before].lower_ in self.lex.data.object_clitics and before > 0 and doc[before - 1].text == ",":
            before -= 1  # `« A, nous a confié le maire. B »`: whom it was said to stands before the cue
        clitic = None
        euphonic = self.lex.data.euphonic_t
        while after < len(doc) and (doc[after].text.lower() in self.pronouns or doc[after].text.lower() in euphonic):
            clitic = doc[after : after + 1] if doc[after].text.lower() in self.pronouns else clitic
            after += 1
        if clitic is None:  # `a-t-il expliqué`: the clitic stands inside the cue, between auxiliary and participle
            clitic = next((first[k : k + 1] for k in range(len(first)) if self._inverted_clitic(first[k])), None)
        if doc[before].text != "," or after >= len(doc):
            return []
        mention = clitic
        cue_end = None
        if clitic is None and doc[after].text not in (",", "."):
            # `« A, a déclaré le maire. B »`, `confiait d'ailleurs Hamon en 2010.`: the subject set after the cue,
            # then when or where, and no verb before the incise ends
            j = after
            while j < len(doc) and (step := self._locution_at(j) or int(doc[j].lower_ in self.skippable
                                                                       or doc[j].pos_ == "ADV")):
                j += step  # `d'ailleurs`, `encore`: when or how, not who
            if j >= len(doc) or doc[j].pos_ not in ("DET", "PROPN", "NOUN"):
                return []
            mention = self._noun_phrase(j, in_marks=True)
            after = next((t.i for t in doc[mention.end : min(mention.end + 6, len(doc))] if t.is_punct), len(doc))
            if after >= len(doc) or any(t.pos_ in ("VERB", "AUX") for t in doc[mention.end : after]):
                return []
        elif clitic is not None and doc[after].text not in (",", "."):
            # `« A, a-t-il expliqué aux journalistes présents. B »`, `a-t-elle confié lundi soir.`: to whom or when,
            # no verb, before the incise ends (the cue is still `a-t-il expliqué`)
            end = next((t.i for t in doc[after : min(after + 7, len(doc))] if t.is_punct), None)
            if end is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[after:end]):
                cue_end, after = after, end
        # `« A, a-t-il dit, B »`, and `« A, a-t-elle insisté. B »`: the incise may end its sentence
        if doc[after].text not in (",", "."):
            return []
        mention = mention or self._inverted_subject(verb, after)
        if mention is None:
            return []
        last = doc[(cue_end or after) - 1]
        cue = (doc[first.start].idx, last.idx + len(last.text))
        relative = doc[after + 1] if doc[after].text == "," and after + 1 < len(doc) else None
        closing = relative.head.right_edge.i + 1 if relative is not None else len(doc)
        if relative is not None and relative.lower_ in self.relatives and relative.head.i > relative.i \
                and closing < len(doc) and doc[closing].text in (",", "."):
            # `« A, poursuit le coach, qui a rechaussé ses crampons cette saison. B »`: a relative clause on the
            # speaker belongs to the incise; the quotation goes on after it
            after = closing
        elif relative is not None and relative.pos_ in ("DET", "NOUN", "ADJ"):
            # `« A, raconte Valériane, une jeune femme témoin du drame. B »`: a noun phrase for people, no verb, set
            # after the speaker is who they are, part of the incise
            end = next((t.i for t in doc[after + 1 : min(after + 12, len(doc))] if t.text in (",", ".")), None)
            phrase = doc[after + 1 : end] if end is not None else None
            head = next((t for t in phrase if t.pos_ == "NOUN"), None) if phrase is not None else None
            if head is not None and not any(t.pos_ in ("VERB", "AUX") for t in phrase) \
                    and (self.lex.names_people(head.lemma_.lower()) or self._names_a_person(head)):
                after = end
        frames = []
        for begin, end in ((quote.inner_start, doc[before].idx), (doc[after].idx + 1, quote.inner_end)):
            trimmed = self._trim(begin, end)
            if trimmed:
                frames.append(Frame("direct", *trimmed, cue, mention, mention.start_char, 0.92, "incise"))
        return frames

    # --- selon X, … ---------------------------------------------------------------------

    def _weak_according_to(self) -> list[Frame]:
        """`Pour L'Opinion, il s'agit de …`: only with a name or `lui`/`elle`, opening a clause."""
        frames = []
        words = {p[0] for p in self.lex.data.weak_according_to}
        stressed = self.lex.data.stressed_pronouns
        doc = self.doc
        for i in self._positions(words):
            token = doc[i]
            if self.index.inside(token.idx) or token.i + 1 >= len(doc):
                continue
            prev = doc[token.i - 1] if token.i > self.sent(token).start else None
            if prev is not None and prev.text not in (",", ";") and prev.lower_ not in ("que", "et", "mais"):
                continue
            mention = self._noun_phrase(token.i + 1)
            if prev is not None and prev.text == "," and any(
                    t.dep_ in SUBJECT_DEPS and t.head.i > mention.end for t in doc[self.sent(token).start : prev.i]):
                continue  # `L'avocat général, pour le second prévenu, requiert …`: inside its subject's clause
            comma = next((t.i for t in mention if t.text == ","), None)
            if comma is not None:  # `Pour Paulo Lima, professeur à …,`: the phrase ran on into a role set off
                mention = doc[mention.start : comma]
            mention = doc[mention.start : self._past_portfolio(mention)]  # `Pour l'adjoint aux finances, …`
            if mention.end >= len(doc) or doc[mention.end].text != "," \
                    or mention.root.lemma_.lower() in self.lex.data.view_non_holders:
                continue  # (`Pour les 41 ans du président X, des manifestants …`: a time holds no view, whoever it names)
            named = any(self.ent_of[i] >= 0 and self.ents[self.ent_of[i]].label_ in ("PER", "ORG", "PERSON")
                        for i in range(mention.start, mention.end))
            if not named and not (len(mention) == 1 and mention[0].lower_ in stressed) \
                    and not self._someone(mention) and not self._view_follows(mention):
                continue
            cue = (token.idx, token.idx + len(token.text))
            start = mention.end + 1
            # `Pour Jean Dupont, maire de la ville, la réforme …`: what is said starts after the apposition
            apposed = next((c for c in mention.root.children if c.dep_ == "appos" and c.i >= start
                            and c.pos_ == "NOUN"), None)  # a role, not the next name of a list
            apposed = apposed or next((c for c in mention.root.children if c.dep_ == "acl" and c.i == start
                                       and c.pos_ in ("VERB", "ADJ")), None)  # (`élu d'opposition`, read a participle)
            if apposed is not None and apposed.right_edge.i + 1 < len(doc) and doc[apposed.right_edge.i + 1].text == ",":
                start = self._past_place(apposed.right_edge.i + 1) + 1
            else:
                start = self._past_apposition(mention.end) + 1
            start = self._past_asides_to_subject(start)
            named = name_set_off(mention) if self._names_a_person(mention.root) else None
            if named is not None and doc[named.end].text == ",":
                # `Pour son porte-parole, Loïc Fabre, « … »`: the name belongs to the holder of the view
                mention, start = doc[mention.start : named.end], named.end + 1
            if start < len(doc) and doc[start].lower_ in self.relatives:
                # `…, for Space Shuttle Atlantis, which is …`: a relative clause says nobody's view; set off between
                # commas after a name, it says who holds the view, and the clause after it is the view (`Pour X, qui
                # n'a pas participé aux travaux, cette découverte …`)
                closing = self._past_relative(start - 1)
                if prev is not None or closing == start - 1 or doc[closing + 1].lower_ in self.relatives \
                        or not any(self.ent_of[k] >= 0 for k in range(mention.start, mention.end)) \
                        or not self._clause_like(list(doc[closing + 1 : self.sent(token).end])):
                    continue
                start = closing + 1
            frame = self._content_frame(start, cue, mention, mention.start_char, "pour-x", 0.7)
            if frame is not None:
                frames.append(frame)
        return frames

    def _past_portfolio(self, mention: Span) -> int:
        """`l'adjoint aux finances`, `le ministre délégué aux Transports`: a role's portfolio (`portfolio_prepositions`,
        then a noun phrase up to a comma) is part of the source's phrase, which the words said to someone (`à la
        presse`) end elsewhere; where the phrase ends, past the portfolio if one follows."""
        doc, end, data = self.doc, mention.end, self.lex.data
        if end + 1 < len(doc) and doc[end].lower_ in data.role_heads \
                and doc[end + 1].lower_ in data.portfolio_prepositions:
            end += 1  # `le ministre délégué aux …`: a word of the role the tagger read as a participle
        if end >= len(doc) or doc[end].lower_ not in data.portfolio_prepositions \
                or not self._role_noun(doc[end - 1]):
            return end
        comma = next((t.i for t in doc[end + 1 : min(end + 8, len(doc))] if t.is_punct), None)
        words = doc[end + 1 : comma] if comma is not None else None
        if comma is None or doc[comma].text != "," or not any(t.pos_ in ("NOUN", "PROPN") for t in words) \
                or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP") for t in words):
            return end
        return comma

    def _holder_relatives(self) -> list[Frame]:
        """`L'association, pour qui ce projet est une erreur, a saisi …`, `…, d'après l'ONU, pour qui c'est la
        plus meurtrière`: a relative set off after a source (the subject, when it is someone, or the source of a
        `selon`) and opened by the preposition of a view holder (`pour` of `Pour X, …`) gives that source's view,
        up to the comma before the subject's verb or before the sentence's own clause."""
        doc, frames = self.doc, []
        for i in self._positions({p[0] for p in self.lex.data.weak_according_to}):
            if not 2 <= i < len(doc) - 2 or doc[i - 1].text != "," or doc[i + 1].lower_ not in self.relatives \
                    or self.index.inside(doc[i].idx):
                continue
            mention = self._phrase_ending_at(i - 1)
            if mention is None:
                continue
            subject = mention.root.dep_ in SUBJECT_DEPS
            # (a person's name set off after a noun or given as the agent, wherever it stands, holds the view too:
            # `par la voix de son porte-parole, Dmitri Peskov, pour qui …`, `critiquée par Paul Morel, pour qui …`)
            named = (mention.root.dep_ == "appos" or self._introduced_by(mention.root, self.lex.data.agent_prepositions)) \
                and any(self.ent_of[t.i] >= 0 and self.ents[self.ent_of[t.i]].label_ in PERSON_LABELS for t in mention)
            if not (self._according_source(mention) or named
                    or (subject and (self._designates_source(mention) or self._someone(mention)))):
                continue  # `a voté pour le candidat, pour qui la campagne fut dure`: whom it was for, no view
            start, end = i + 2, self.sent(doc[i]).end
            commas = [t.i for t in doc[start:end] if t.text == "," and not self.index.inside(t.idx)]
            main = mention.root.head
            # the relative closes at the last comma before the subject's own verb, else (after `selon X`, or a
            # subject the parser hung inside the relative) at a comma after which a finite verb goes on
            limit = max((c for c in commas if c < main.i), default=None) if subject else None
            if limit is None:
                limit = next((c for n, c in enumerate(commas) if any(
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                    for t in doc[c + 1 : (commas[n + 1] if n + 1 < len(commas) else end)])), None)
            cue = (doc[i].idx, doc[i + 1].idx + len(doc[i + 1].text))
            frame = self._content_frame(start, cue, mention, mention.start_char, "holder-relative", 0.7,
                                        limit=limit)
            if frame is not None:
                frames.append(frame)
        return frames

    def _according_source(self, mention: Span) -> bool:
        """The phrase is the source of a `selon`/`according to` just before it."""
        return any((words := self._according_phrase_at(k)) is not None and k + len(words) == mention.start
                   for k in range(max(0, mention.start - 4), mention.start))

    def _opens_relative(self, i: int) -> bool:
        """A relative pronoun, or the preposition of a view holder and one (`qui`, `pour qui`)."""
        doc = self.doc
        return i < len(doc) and (doc[i].lower_ in self.relatives or (
            (doc[i].lower_,) in self.lex.data.weak_according_to and i + 1 < len(doc)
            and doc[i + 1].lower_ in self.relatives))

    def _phrase_ending_at(self, comma: int) -> Span | None:
        """The noun phrase that ends before `comma`: from its last noun up through names, adjectives and `de`
        complements (`le directeur de la FIDH`), without the preposition that opens it (`d'après l'ONU`)."""
        doc = self.doc
        token = doc[comma - 1]
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        while token.head.i < comma and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN") and (
                token.dep_ in ("flat:name", "flat", "compound", "amod", "appos")
                or (token.dep_ == "nmod" and self._introduced_by(token, self.lex.data.owner_links)
                    and not any(c.dep_ == "fixed" for t in token.children for c in t.children))):
            token = token.head
        start = token.left_edge.i
        while start < comma - 1 and (doc[start].dep_ in ("case", "fixed") or doc[start].is_punct):
            start += 1
        return doc[start:comma]

    def _view_follows(self, mention: Span) -> bool:
        """`Pour la donatrice, il s'agit de …`: a noun phrase followed by an impersonal verdict (`view_openers`),
        which can only be the view of whoever the phrase names (not a time: `pour le moment`, `view_non_holders`;
        nor a standard of comparison, a singular indefinite: `Pour une plaidoirie, c'est long`)."""
        head, after = mention.root, mention.end + 1
        if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in self.lex.data.view_non_holders \
                or not any(t.dep_ == "det" or t.pos_ == "PROPN" for t in mention) \
                or any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") and "Sing" in c.morph.get("Number")
                       for c in head.children):
            return False
        words = [w.replace("’", "'") for w in self.lowered[after : after + 3]]
        return any(tuple(words[: len(opener)]) == opener for opener in self.lex.data.view_openers)

    def _someone(self, mention: Span) -> bool:
        """`pour le procureur`, `pour le gouvernement`, `pour certains`: a phrase that designates
        people or an organisation, who can hold a view (not `pour la première fois`)."""
        if mention.text.lower().strip(" ,") in self.lex.data.people_pronouns:
            return True
        head = mention.root
        if head.pos_ != "NOUN":
            return False
        agents = self.lex.people_nouns
        return any(w in agents for w in (head.lemma_.lower(), head.lower_, head.lower_.rsplit("-", 1)[-1]))

    def _according_to(self) -> list[Frame]:
        frames = self._weak_according_to()
        data = self.lex.data
        for i in self._positions({p[0] for p in data.according_to + data.according_to_sources}):
            words = self._according_phrase_at(i)
            if words is None or self.index.inside(self.doc[i].idx):
                continue
            frame = self._according_frame(i, i + len(words))
            if frame and not self._unnamed_subject_reports(frame):
                frames.append(frame)
        return [self._holding_an_unspoken_report(frame) for frame in frames]

    def _unnamed_subject_reports(self, frame: Frame) -> bool:
        """`De source policière, on indique que …`: the clause opens on an unnamed subject (`on`) and its cue, which
        report for the source the phrase named (`_read_in`): the phrase itself reports nothing."""
        first = self._token_at(frame.start)
        return first is not None and first.lower_ in self.lex.data.impersonal_subjects \
            and first.dep_ in SUBJECT_DEPS and self._cue(first.head) is not None

    def _holding_an_unspoken_report(self, frame: Frame) -> Frame:
        """`Selon les experts, ces chiffres montrent que …`, `Pour X, cette découverte confirme que …`: the clause
        opens on a cue whose subject cannot speak (a finding, figures); the source's words hold that report, and win
        over it as a report of a report does."""
        first = self._token_at(frame.start)
        if first is None:
            return frame
        verb = next((t for t in self.doc[first.i : self.sent(first).end]
                     if t.pos_ == "VERB" and t.dep_ not in AUX_DEPS), None)
        if verb is None or self._cue(verb) is None:
            return frame
        subject = _preceding_subject(verb)
        if subject is None or subject.left_edge.i != first.i or self._phrase_designates(subject):
            return frame
        return replace(frame, holds=verb.idx)

    def _table_phrases(self, table: tuple[tuple[str, ...], ...]) -> Iterator[tuple[int, int]]:
        """Where a phrase of a language-data table stands outside quotations: its first token and the one after it."""
        for i in self._positions({words[0] for words in table}) if table else ():
            words = self._phrase_at(i, table)
            if words is not None and not self.index.inside(self.doc[i].idx):
                yield i, i + len(words)

    def _cleft_phrases(self, table: tuple[tuple[str, ...], ...]) -> Iterator[tuple[int, int]]:
        """A cleft of the table, also with one adverb of `cleft_insertions` inside it (`c'est en effet ce qu'…`,
        `that's exactly what …`): its first token and the one after it."""
        yield from self._table_phrases(table)
        insertions = self.lex.data.cleft_insertions
        for i in self._positions({words[0] for words in table}) if table and insertions else ():
            if self.index.inside(self.doc[i].idx):
                continue
            for words in _phrases_by_first_word(table).get(self.lowered[i], ()):
                end = self._matched_with_insertion(i, words, insertions)
                if end is not None:
                    yield i, end
                    break

    def _matched_with_insertion(self, i: int, words: tuple[str, ...],
                                insertions: tuple[tuple[str, ...], ...]) -> int | None:
        """Where `words` end when they stand at `i` with one phrase of `insertions` between two of them."""
        lowered = self.lowered
        for k in range(1, len(words)):
            if tuple(lowered[i : i + k]) != words[:k]:
                break
            for inserted in insertions:
                # (set off by commas or not: `c'est, du moins, ce que …`)
                at = i + k + (lowered[i + k : i + k + 1] == [","])
                j = at + len(inserted)
                j += lowered[j : j + 1] == [","]
                if tuple(lowered[at : at + len(inserted)]) == inserted \
                        and tuple(lowered[j : j + len(words) - k]) == words[k:]:
                    return j + len(words) - k
        return None

    def _manner_clefts(self) -> list[Frame]:
        """`« Le pays est à l'arrêt » : c'est ainsi que le président du Medef a résumé la situation`, `"…." That is how
        the mayor put it`: a cleft of manner (`manner_clefts`) right after a quotation gives it to the subject of the
        verb the cleft opens, whatever that verb (`a réagi`, `a résumé`); an adverb of manner (`manner_inversions`)
        to the inverted subject of the cue right after it (`Ainsi s'exprimait X`)."""
        doc = self.doc
        frames = []
        phrases = [*((i, after, False) for i, after in self._table_phrases(self.lex.data.manner_clefts)),
                   *((i, after, True) for i, after in self._table_phrases(self.lex.data.manner_inversions))]
        for i, after, inverted in phrases:
            quote = self._quote_just_before(doc[i], pauses=(",", ":", ".", *DASHES))
            verb = next((t for t in doc[after : min(after + 12, len(doc))] if t.pos_ == "VERB"), None)
            if quote is None or verb is None or self.index.inside(verb.idx):
                continue
            if inverted:
                # `Ainsi s'exprimait X`: the cue right after the adverb (past a clitic and an auxiliary), its subject
                # after it; not `Ainsi, le gouvernement a décidé …`, a connective before a clause of its own
                between = doc[after : verb.i]
                if self._cue(verb) is None or not all(t.lower_ in self.lex.data.reflexive_pronouns or t.pos_ == "AUX"
                                                      for t in between):
                    continue
                mention = self._inverted_subject(verb, None)
                if mention is None:
                    continue
            else:
                # (the parser may also hang the cleft's `c'` and the quotation on the verb as subjects)
                subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and after <= c.i < verb.i), None)
                if subject is None:
                    continue
                mention = self._mention_from(subject, verb)
            # (the inverted form outranks the plain reading of its cue after the quotation, 0.9, which takes the adverb
            # for the subject: `Ainsi a réagi le maire`)
            frames.append(Frame("direct", quote.inner_start, quote.inner_end, self._cue_span(verb, verb.lemma_.lower()),
                                mention, quote.end, 0.95 if inverted else 0.8, "quote-then-cleft"))
        return frames

    def _content_clefts(self) -> list[Frame]:
        """`Pas de reprise à venir : c'est ce qu'indique l'Insee`, `« … » C'est ce qu'a affirmé le ministre`, `The
        plant will close. That's what the company said`: a cleft (`content_clefts`) whose relative is the object of
        a cue points back at what was just written, the quotation, the clause before the colon or the sentence just
        before in the paragraph, and gives it to the cue's subject (inverted after it or not)."""
        doc = self.doc
        frames = []
        for i, after in self._cleft_phrases(self.lex.data.content_clefts):
            verb = next((t for t in doc[after : min(after + 5, len(doc))] if t.pos_ in ("VERB", "AUX")
                         and t.dep_ not in AUX_DEPS), None)
            if verb is None or self.index.inside(verb.idx) or self._cue(verb) is None or self._negated(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and after <= c.i < verb.i
                            and c.lower_ not in self.relatives and _agrees_in_person(c, verb)), None)
            if subject is not None and any(c.dep_ in COMPLEMENT_DEPS | {"xcomp"} and c.i > verb.i
                                           for c in verb.children):
                continue  # `C'est ce que X appelle le monde ancien`: what X names so, not what X said
            mention = self._mention_from(subject, verb) if subject is not None else self._inverted_subject(verb, None)
            content = self._pointed_back_at(i)
            if mention is None or content is None:
                continue
            frames.append(Frame(self._kind_pointed_at(content), *content, self._cue_span(verb, self._cue(verb)),
                                mention, mention.start_char, 0.75, "content-cleft"))
        return frames

    def _verdict_clefts(self) -> list[Frame]:
        """`Il n'y a aucune violation des textes. C'est du moins l'avis de Me Cissé.`, `Tel est le constat du syndicat`,
        `That is the view of the union`: a cleft (`verdict_clefts`) whose focus is a noun of `verdict_nouns` with its
        holder, and nothing after them in the sentence, gives what it points back at to the holder."""
        doc, nouns = self.doc, self.lex.data.verdict_nouns
        frames = []
        for i, after in self._cleft_phrases(self.lex.data.verdict_clefts):
            after = self._past_insertion(after)  # `c'est, du moins, l'avis de …`
            noun = next((t for t in doc[after : min(after + 3, len(doc))] if t.pos_ == "NOUN"), None)
            if noun is None or (noun.lemma_.lower() not in nouns and noun.lower_ not in nouns) \
                    or any(t.pos_ not in ("DET", "ADJ") for t in doc[after : noun.i]):
                continue
            holder = self._verdict_holder(noun)
            if holder is None or holder.end >= len(doc) or doc[holder.end].text not in (".", "!", ";") \
                    or self.index.inside(holder.start_char):
                continue  # (`C'est l'avis de X sur la réforme qui …`: more follows, the cleft is no pointer)
            content = self._pointed_back_at(i)
            if content is None:
                continue
            frames.append(Frame(self._kind_pointed_at(content), *content, (noun.idx, noun.idx + len(noun.text)),
                                holder, holder.start_char, 0.75, "verdict-cleft"))
        return frames

    def _past_insertion(self, i: int) -> int:
        """Past an adverb of `cleft_insertions` at `i`, set off by commas or not (`c'est, du moins, l'avis de …`)."""
        lowered = self.lowered
        at = i + (lowered[i : i + 1] == [","])
        for inserted in self.lex.data.cleft_insertions:
            if tuple(lowered[at : at + len(inserted)]) == inserted:
                end = at + len(inserted)
                return end + (lowered[end : end + 1] == [","])
        return i

    def _kind_pointed_at(self, content: tuple[int, int]) -> str:
        """The type of what a cleft points back at: direct when it is a quotation's words whole."""
        quote = self.index.at(content[0] - 1)
        if quote is not None and quote.inner_start == content[0] and quote.inner_end == content[1]:
            return "direct"
        return self._kind(*content)

    def _named_after_quotation(self) -> list[Frame]:
        """`« C'est une catastrophe. » Le constat de Paul Girard est sans appel`, `"…" — that was the verdict of the
        union leader`: a noun of `verdict_nouns` opening what follows a quotation (after an article, a possessive,
        `tel est`, `that was`: no other content word), with a holder (`de X`, `of X`, a possessor), says whose the
        quotation is."""
        nouns, doc = self.lex.data.verdict_nouns, self.doc
        frames = []
        for quote in self.quoted if nouns else ():
            after = self._token_at(quote.end) if quote.closed else None
            if after is None:
                continue
            j = after.i
            while j < len(doc) and doc[j].text in (".", ",", ":", "—", "–", "-", "!", "?"):
                j += 1
            if j == after.i and self.text[quote.inner_start : quote.inner_end].rstrip()[-1:] not in (".", "!", "?"):
                continue  # `a jugé « inacceptables » les propos de X`: the quotation goes on in its clause
            noun = next((t for t in doc[j : min(j + 4, len(doc))] if t.pos_ == "NOUN"), None)
            if noun is None or noun.lemma_.lower() not in nouns and noun.lower_ not in nouns \
                    or self.index.inside(noun.idx) or any(t.pos_ in ("VERB", "PROPN") for t in doc[j : noun.i]):
                continue
            holder = self._verdict_holder(noun)
            content = self._trim(quote.inner_start, quote.inner_end)
            if holder is None or content is None:
                continue
            frames.append(Frame("direct", *content, (noun.idx, noun.idx + len(noun.text)), holder, holder.start_char,
                                0.75, "quote-then-noun"))
        return frames

    def _verdict_holder(self, noun: Token) -> Span | None:
        """Whose a noun of `verdict_nouns` is: its possessor or a person after `par` / `by`, else the one its owner
        link names (`le constat de Paul Girard`, `the verdict of the union leader`)."""
        return self._speech_holder(noun)[0] or self._complement_someone(noun)

    def _complement_someone(self, noun: Token) -> Span | None:
        """`the verdict of the union leader Tom Hardy`: the noun phrase an owner link (`of`, `de`: `owner_links`)
        hangs on `noun`, when it names someone (a name, a role, an organisation)."""
        links = self.lex.data.owner_links
        for child in noun.children:
            if child.dep_ == "prep" and child.i == noun.i + 1 and child.lower_ in links:
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif not any(c.dep_ == "case" and c.lower_ in links for c in child.children):
                continue
            if child.i > noun.i and child.dep_ in ("pobj", "nmod") and self._addressee(child):
                end = child.right_edge.i + 1
                while end > child.i + 1 and self.doc[end - 1].is_punct:
                    end -= 1
                return self.doc[child.left_edge.i : end]
        return None

    def _pointed_back_at(self, i: int) -> tuple[int, int] | None:
        """What a cleft opening at token `i` points back at: a quotation right before it, the clause before its colon,
        or the sentence before when the cleft opens its own (same paragraph)."""
        doc = self.doc
        quote = self._quote_just_before(doc[i], pauses=(",", ":", ".", *DASHES))
        if quote is not None:
            return quote.inner_start, quote.inner_end
        sent = self.sents[self.sent_of[i]]
        if i > sent.start and doc[i - 1].text == ":":
            return self._trim(doc[sent.start].idx, doc[i - 1].idx)
        if i == sent.start and self.sent_of[i] > 0:
            before = self.sents[self.sent_of[i] - 1]
            if "\n" in self.text[before.end_char : doc[i].idx]:
                return None
            return self._trim(before.start_char, before.end_char)
        return None

    def _according_phrase_at(self, i: int) -> tuple[str, ...] | None:
        """The `selon`/`according to` phrase of the language data that starts at token `i`, if one does; of a phrase
        whose last word is the source's own noun (`De source policière, …`), set off at the start of its clause, the
        words before that noun. Read once per token: the checks at every comma ask again."""
        if i not in self._according:
            self._according[i] = self._read_according_phrase(i)
        return self._according[i]

    def _read_according_phrase(self, i: int) -> tuple[str, ...] | None:
        found = self._phrase_at(i, self.lex.data.according_to)
        if found is None and (source := self._phrase_at(i, self.lex.data.according_to_sources)) is not None \
                and (i == self.sents[self.sent_of[i]].start or self.doc[i - 1].text in (",", ";", "(")):
            found = source[:-1]
            while len(found) > 1 and found[-1] in self.lex.data.anaphoric_adjectives:
                found = found[:-1]  # (`de même source`: `même` goes with the noun, the one met before)
        return found

    def _phrase_at(self, i: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
        """The phrase of a language-data table (words as the tokenizer cuts them) that starts at token `i`, if one
        does. Only the phrases that open on the word at `i` are tried: this runs at every comma."""
        if i >= len(self.lowered):
            return None
        return next((p for p in _phrases_by_first_word(phrases).get(self.lowered[i], ())
                     if tuple(self.lowered[i : i + len(p)]) == p), None)

    def _speech_noun_clauses(self) -> list[Frame]:
        """`the government's announcement that …`, `l'annonce par le groupe qu'il fermera deux usines`: a noun of
        speech and the clause it holds report what the noun's holder said, whatever verb governs the noun (`X
        rejected the minister's claim that …` is the minister's claim, not X's)."""
        data, doc = self.lex.data, self.doc
        frames = []
        for i in self._lemmas_at(data.speech_nouns):
            noun = doc[i]
            if noun.pos_ != "NOUN" or self.index.inside(noun.idx):
                continue
            holder, after = self._speech_holder(noun)
            if holder is None or after >= len(doc) or self._cleft_before(noun):
                continue
            cue = (noun.idx, noun.idx + len(noun.text))
            quoted = self._quotation_after_colon(after)
            if quoted is not None:
                # `Oliver's answer: "Stay tuned."`, `La réponse du ministre : « … »`: the holder's words, given whole
                frames.append(Frame("direct", quoted.inner_start, quoted.inner_end, cue, holder, holder.start_char,
                                    0.9, "speech-noun"))
                continue
            start = self._complement_start(after)
            if start is None or start >= len(doc):
                continue
            frame = self._content_frame(start, cue, holder, holder.start_char, "speech-noun", base=0.9)
            if frame is not None:
                frames.append(frame)
        return frames

    def _speech_act_objects(self) -> list[Frame]:
        """`a dressé un portrait flatteur de la France`, `ont donné leur préavis de grève pour dimanche`: a verb
        performing an act of saying on the noun that names it (`speech_act_objects`) reports its object phrase,
        said by its subject when that is someone; not a future, negated or passive act."""
        acts, doc = self.lex.data.speech_act_objects, self.doc
        frames = []
        for i in self._lemmas_at(frozenset(acts)) if acts else ():
            noun = doc[i]
            verb = noun.head
            if noun.pos_ != "NOUN" or noun.dep_ not in ("obj", "dobj") or not verb.i < noun.left_edge.i \
                    or verb.lemma_.lower() not in acts[noun.lemma_.lower()] or self.index.inside(noun.idx) \
                    or self._negated(verb) or self._unrealised(verb) or self._passive(verb):
                continue
            mention = self._subject(verb)
            if mention is None or mention.start > verb.i \
                    or not (self._designates_source(mention) or self._someone(mention)):
                continue
            frame = self._content_frame(noun.left_edge.i, self._cue_span(verb, verb.lemma_.lower()), mention,
                                        mention.start_char, "speech-act", base=0.7)
            frame = self._noun_phrase_only(frame) if frame is not None else None
            if frame is not None and not self._names_a_thing(frame):
                frames.append(frame)
        return frames

    def _quotation_after_colon(self, i: int) -> Quoted | None:
        """The quotation that opens right after a colon at `i` (not a name in marks); None otherwise."""
        doc = self.doc
        if doc[i].text != ":" or i + 1 >= len(doc):
            return None
        quoted = self.index.at(doc[i + 1].idx)
        return quoted if quoted is not None and quoted.start == doc[i + 1].idx and not self._name_like(quoted) \
            else None

    def _cleft_before(self, token: Token) -> bool:
        """`C'est à la suite des révélations de X que …`, `It was after the announcement by X that …`: the
        `que` closes the cleft, it opens no clause of the noun's."""
        start = max(self.sents[self.sent_of[token.i]].start, token.i - 10)
        words = self.lowered[start : token.i]
        return any((a, self.doc[start + n + 1].lemma_.lower()) in self.lex.data.cleft_openers
                   for n, a in enumerate(words[:-1]))

    def _speech_holder(self, noun: Token) -> tuple[Span | None, int]:
        """Who holds a noun of speech, and where the words after it start: a possessor (`the minister's
        claim`), a name set before it (`a Reuters report`), or a person or organisation introduced by `par`, `by`,
        `de`, `from` right after it."""
        doc, data = self.doc, self.lex.data
        # (a date says when, not whose: `a January report that …`, `Monday's statement`)
        owner = next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss") and c.i < noun.i
                      and c.ent_type_ not in TIME_LABELS
                      and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in data.possessive_pronouns)), None)
        if owner is not None:
            words = self._mention_from(owner, noun)
            while len(words) > 1 and words[-1].pos_ == "PART":
                words = words[:-1]  # `the minister's`: the name, not its possessive mark
            return words, noun.i + 1
        named = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"
                 and c.ent_type_ not in TIME_LABELS]
        if named:
            # `a Reuters report that …`, `the White House statement that …`: a name set before the noun as its
            # modifier holds it
            return doc[min(c.left_edge.i for c in named) : max(c.i for c in named) + 1], noun.i + 1
        link = noun.i + 1
        if link >= len(doc) or doc[link].lower_ not in data.author_links | data.agent_prepositions:
            return self._author_by_verb(noun), link
        end = link + 1
        while end < len(doc) and end <= link + 7 and not doc[end].is_punct \
                and doc[end].lower_ not in self.complementizers and (doc[end].lower_,) not in data.according_to \
                and doc[end].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "ADP", "PART"):
            end += 1
        phrase = doc[link + 1 : end]
        heads = [t for t in phrase if t.head.i < phrase.start or t.head.i >= phrase.end]
        if not heads:
            return None, end
        head = heads[0]
        person = head.pos_ == "PROPN" or head.ent_type_ or head.lemma_.lower() in data.role_heads \
            or head.lemma_.lower() in data.org_anaphors
        return (phrase, end) if person else (None, end)

    def _author_by_verb(self, noun: Token) -> Span | None:
        """`The company issued a statement that …`: a noun of speech, object of a verb of `authoring_verbs`, is held
        by that verb's subject when it is someone (not a negated or future act: `will issue a statement`)."""
        verb = noun.head
        if noun.dep_ not in ("obj", "dobj") or verb.i > noun.i or not self._authors(verb) \
                or self._negated(verb) or self._unrealised(verb) or self._passive(verb):
            return None
        subject = self._subject(verb)
        if subject is None or subject.start > verb.i or not (self._designates_source(subject) or self._someone(subject)):
            return None
        return subject

    def _complement_start(self, i: int) -> int | None:
        """The first word of the clause a complementizer opens at `i` (`that`, `que`, `selon laquelle`); None
        when the clause is a relative one: on a verb of making (`l'annonce qu'il a faite`), or one whose
        object the pronoun is (`l'annonce que tout le monde redoutait`, `the claim that he denied`)."""
        doc, data = self.doc, self.lex.data
        word = doc[i]
        if i + 1 < len(doc) and (word.lower_,) in data.according_to and doc[i + 1].lower_ in data.relative_pronouns:
            return i + 2  # `selon laquelle`
        if word.lower_ not in self.complementizers or word.dep_ == "fixed":
            return None
        head = word.head
        verb = head if head.i > word.i and head.pos_ in ("VERB", "AUX", "ADJ") else next(
            (t for t in doc[i + 1 : min(i + 12, len(doc))] if t.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() in data.speech_noun_makers:
            return None
        complete = ("obj", "dobj", "ccomp", "xcomp", "cop", "aux:pass", "nsubj:pass", "auxpass", "attr", "acomp",
                    "prep", "obl", "obl:arg", "iobj")
        if word.dep_ != "mark" and not any(c.dep_ in complete and c.i != word.i for c in verb.children):
            return None  # the pronoun fills the verb's object: a relative clause
        return i + 1

    def _lemmas_at(self, lemmas: frozenset[str]) -> list[int]:
        """Where words of these lemmas stand, read off the lemma array (read once) and each lemma looked up
        once: most tokens of an article are in no list, and building each as a spaCy Token is costly."""
        if self._lemma_ids is None:
            self._lemma_ids = self.doc.to_array(LEMMA).tolist()
        strings, known = self.doc.vocab.strings, {}
        for lemma in set(self._lemma_ids):
            known[lemma] = strings[lemma].lower() in lemmas
        return [i for i, lemma in enumerate(self._lemma_ids) if known[lemma]]

    def _positions(self, words: set[str]) -> list[int]:
        """Where these words stand, read off one lower-cased copy of the text instead of a walk over tokens."""
        return [i for i, low in enumerate(self.lowered) if low in words]

    def _according_frame(self, first: int, after: int) -> Frame | None:
        doc = self.doc
        if after >= len(doc) or self._criterion_at(after) or self._bare_noun_at(first, after):
            return None
        what = self._according_to_what(first, after)
        if what is not None:
            return what
        mention = self._noun_phrase(after)
        if doc[after].lower_ in self.lex.data.stressed_pronouns or doc[after].lower_ in self.lex.data.relative_pronouns:
            mention = doc[after : after + 1]  # `souffrait selon elle de troubles graves`, `selon qui le suspect …`
        title = self.index.at(doc[mention.end].idx) if mention.end < len(doc) else None
        if title is not None and title.start == doc[mention.end].idx \
                and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in mention):
            # `selon la dernière « note de conjoncture » de l'Insee`: the marks name the source, inside its phrase
            marks = doc.char_span(title.start, title.end, alignment_mode="expand")
            close = marks.end if marks is not None else mention.end + 1
            owner = self._noun_phrase(close + 1) if close + 1 < len(doc) and doc[close].pos_ == "ADP" else None
            mention = doc[mention.start : owner.end if owner is not None else close]
        elif mention.end < len(doc) and (quoted := self.index.at(doc[mention.end].idx)) is not None \
                and quoted.start == doc[mention.end].idx and not self._name_like(quoted):
            # `des réglementations qui vont selon lui « trop loin »`: marks right after the source hold its words
            cue = (doc[first].idx, doc[after - 1].idx + len(doc[after - 1].text))
            return Frame("direct", quoted.inner_start, quoted.inner_end, cue, mention, mention.start_char, 0.7,
                         "according-to-quote")
        figure = self._figure_before(first)
        if figure is not None and figure >= self.sent(first).start:
            cue = (doc[first].idx, doc[after - 1].idx + len(doc[after - 1].text))
            return Frame("indirect", doc[figure].idx, doc[first - 1].idx + len(doc[first - 1].text), cue, mention,
                         mention.start_char, 0.7, "according-to-figure")
        apposition = self._apposition_before(first, mention)
        if apposition is not None:
            cue = (doc[first].idx, doc[after - 1].idx + len(doc[after - 1].text))
            return Frame("indirect", doc[apposition].idx, doc[first - 1].idx + len(doc[first - 1].text), cue, mention,
                         mention.start_char, 0.7, "according-to-apposition")
        source = self._parsed_source(after)
        if source is not None and len(source) == 1 and source[0].lower_ in self.lex.data.relative_pronouns:
            return self._modified_clause(first, after, source)  # `un message selon lequel …`
        frame = self._according_by_position(first, after, mention)
        if frame is False:
            return None
        return frame or self._modified_clause(first, after, source or self._one_phrase(mention))

    def _bare_noun_at(self, first: int, after: int) -> bool:
        """`une conférence de presse d'après match`, `selon besoin`: a singular common noun alone, with no determiner
        and nothing of its own, after the phrase makes an idiom, not a source (a source is determined, named or
        described: `selon source policière`, `according to curator Elaine Gustafon` go on after the noun), unless
        the noun names someone (`according to police`)."""
        noun, following = self.doc[after], self.doc[after + 1] if after + 1 < len(self.doc) else None
        if (following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")) or noun.dep_ == "compound":
            return False  # `according to curator Elaine Gustafon`, `according to company statistics`: a phrase
        return noun.pos_ == "NOUN" and noun.is_lower and "Plur" not in noun.morph.get("Number") and not any(
            not (first <= c.i < after) for c in noun.children) and noun.lemma_.lower() not in self.lex.people_nouns

    def _according_to_what(self, first: int, after: int) -> Frame | None:
        """`D'après ce qu'a indiqué, jeudi, le ministre, l'inflation …`, `According to what the mayor said on
        Tuesday, the pool …`: `selon` over a pronoun whose relative clause is a cue's: that cue's subject (inverted
        or not) said the clause after the comma that ends the relative one."""
        doc, sent = self.doc, self.sent(first)
        verb = next((t for t in doc[after + 1 : min(after + 5, sent.end)] if t.pos_ == "VERB" and t.dep_ not in AUX_DEPS),
                    None)
        if doc[after].pos_ != "PRON" or verb is None or self.index.inside(verb.idx) or self._cue(verb) is None \
                or not any(doc[k].head == verb and doc[k].pos_ == "PRON" for k in (after, after + 1)):
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and after + 1 < c.i
                        and (c.i > verb.i or _agrees_in_person(c, verb))), None)  # (inverted, past a time phrase)
        if subject is None:
            mention = self._inverted_subject(verb, None)
        else:
            mention = self._mention_from(subject, verb) if subject.i < verb.i else self._noun_phrase(subject.left_edge.i)
        if mention is None:
            return None
        said = next((t for t in doc[mention.end : sent.end] if t.dep_ in SUBJECT_DEPS and t.head.i > t.i
                     and not self.index.inside(t.idx)), None)
        if said is None:
            return None
        start = said.left_edge.i
        start += doc[start].text == ","  # (the parser may hang the comma on the subject)
        if doc[start - 1].text != "," or start <= mention.start:
            return None
        cue = (doc[first].idx, doc[after - 1].idx + len(doc[after - 1].text))
        return self._content_frame(start, cue, mention, mention.start_char, "according-to-clause", base=0.7)

    def _criterion_at(self, i: int) -> bool:
        """`Les prix varient selon les régions`, `vary according to age`: `selon X` names what something depends
        on when X's noun is one of `criterion_nouns`, never a source."""
        doc = self.doc
        j = i
        while j < min(i + 4, len(doc)) and doc[j].pos_ in ("DET", "ADJ", "NUM"):
            j += 1
        while j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j + 1].pos_ in ("NOUN", "PROPN"):
            j += 1  # `a law enforcement update`: the noun the others modify, not `law`
        return j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in self.lex.data.criterion_nouns

    def _figure_then_according(self, i: int) -> bool:
        """`…, | 12 000 selon les organisateurs`: after a comma, a figure alone, then `selon X`."""
        selon = next((j for j in range(i, min(i + 5, len(self.doc))) if self._according_phrase_at(j)), None)
        return selon is not None and self._figure_alone(i, selon)

    def _figure_before(self, selon: int) -> int | None:
        """`Selon la police, 5 000 personnes ont défilé, 12 000 selon les organisateurs`: a figure alone between a
        comma and `selon X` is X's count of the same thing; where it starts."""
        if selon < 2 or self.doc[selon - 1].is_punct:
            return None
        start = next((j + 1 for j in range(selon - 1, max(selon - 5, 0) - 1, -1) if self.doc[j].text == ","), None)
        return start if start is not None and self._figure_alone(start, selon) else None

    def _apposition_before(self, selon: int, source: Span) -> int | None:
        """`Le suspect, proche de l'extrême droite selon la police, a été interpellé`, `Le tireur, un homme de 40 ans
        d'après la police, …`: words set off by commas with no verb of their own, ending on `selon X`, are what X
        says the noun before them is; where they start."""
        doc = self.doc
        if selon < 2 or doc[selon - 1].is_punct or source.end >= len(doc) or doc[source.end].text != ",":
            return None
        start = next((j + 1 for j in range(selon - 1, max(selon - 12, self.sent(selon).start) - 1, -1)
                      if doc[j].is_punct and not joins_a_word(doc[j])), None)  # (not `40-year-old`'s hyphens)
        if start is None or doc[start - 1].text != "," or start >= selon or self.index.inside(doc[start].idx) \
                or doc[start].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "VERB"):
            return None
        words = doc[start:selon]
        if any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") for t in words) \
                or any(t.pos_ in ("PRON", "SCONJ", "CCONJ") for t in words) \
                or not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "VERB") for t in words):
            # (a clause of its own, or `dont un enfant`, `et deux blessés`: no apposition; nor an adverb alone:
            # `porte, toujours selon Marianne, sur …`)
            return None
        return start

    def _figure_alone(self, start: int, end: int) -> bool:
        """Words with a number and no verb (`12 000`, `plus de 2 000`), outside quotation marks."""
        words = self.doc[start:end]
        return bool(words) and not self.index.inside(words[0].idx) and any(t.like_num for t in words) \
            and all(t.pos_ in ("NUM", "NOUN", "DET", "ADJ", "ADP", "ADV", "SYM") for t in words)

    def _parsed_source(self, after: int) -> Span | None:
        """The words of X in `selon X` as the parser hangs them: on `selon` (`case`), or under `to`."""
        doc = self.doc
        marker = doc[after - 1]
        source = next((c for c in marker.children if c.i >= after and c.dep_ in ("pobj", "obl", "nmod")), None)
        if source is None and marker.dep_ in ("case", "fixed") and marker.head.i >= after:
            source = marker.head
        if source is None or source.right_edge.i - after > 20:
            return None
        if source.lower_ in self.lex.data.stressed_pronouns:
            return doc[source.i : source.i + 1]  # `atteinte selon elle de troubles`: what follows is no part of `elle`
        end = next((t.left_edge.i for t in source.children if t.i > source.i and "Inf" in t.morph.get("VerbForm")),
                   source.right_edge.i + 1)  # `permettrait selon le ministre d'économiser …`: the verb's, not his
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].pos_ in ("NOUN", "PROPN") \
                and doc[end].ent_type_ not in ("DATE", "TIME") and not self.index.inside(doc[end].idx):
            end += 1  # `according to the news agency Reuters`: the name the parser hung elsewhere is the noun's
        # `selon l'agence Belga, en plus de cris, …`: a phrase a preposition opens after a comma is no part of it
        end = next((t.i for t in doc[after + 1 : end] if t.text == "," and not self.index.inside(t.idx)
                    and (t.i + 1 == len(doc) or t.nbor().pos_ in ("ADP", "PUNCT"))), end)
        return self._one_phrase(doc[after:end])

    def _one_phrase(self, span: Span) -> Span:
        """A determiner right after a noun opens another phrase: `According to Rathbun the property …`."""
        end = next((t.i for t in span[1:] if t.pos_ == "DET" and t.nbor(-1).pos_ in ("NOUN", "PROPN")), span.end)
        return self.doc[span.start:end]

    def _modified_clause(self, first: int, after: int, mention: Span) -> Frame | None:
        """`Des tirs auraient été entendus selon la police, mais …`, `Selon le chauffeur la direction
        aurait …`, `un rapport selon lequel …`: wherever `selon X` stands, the parser hangs it on the
        clause it qualifies, and that clause, without the phrase, is what X said. Read when the
        phrase's position alone says nothing."""
        doc = self.doc
        sent = self.sent(first)
        phrase_end = max(mention.end, after)
        cue = (doc[first].idx, doc[after - 1].idx + len(doc[after - 1].text))
        opening = next((t for t in reversed(doc[sent.start:first]) if t.text in ("(", ")")), None)
        if opening is not None and opening.text == "(":
            # `15 000 à Paris (6 000 selon la préfecture)`: inside brackets, what the brackets hold
            trimmed = self._trim(doc[opening.i + 1].idx, doc[first].idx) if opening.i + 1 < first else None
            if trimmed is None:
                return None
            kind = self._kind(*trimmed)
            return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.6, "according-to-clause")
        top = mention.root
        while first <= top.i < phrase_end and top.head.i != top.i:
            top = top.head
        if first <= top.i < phrase_end:
            return None
        def clause(token: Token) -> bool:
            # a verb, or the predicate of a copula whose clause opens the sentence (`Et selon X, il n'est pas
            # question de …`; not one the parser made a second root in mid-sentence)
            return token.pos_ in ("VERB", "AUX", "ADJ") or (
                any(c.dep_ == "cop" for c in token.children) and token.left_edge.i <= sent.start)

        while not clause(top) and top.head.i != top.i:
            top = top.head  # from the noun the phrase qualifies up to its clause
        if not clause(top):
            return None
        words = [t for t in top.subtree if sent.start <= t.i < sent.end and not first <= t.i < phrase_end]
        for child in top.children:  # `…, mais l'information n'a pas été confirmée`: a clause of its own
            if child.dep_ == "conj" and child.i > first and any(c.dep_ in SUBJECT_DEPS for c in child.children):
                words = [t for t in words if t.i < child.left_edge.i]
        before = [t for t in words if t.i < first]
        following = [t for t in words if t.i >= phrase_end]
        relative = len(mention) == 1 and mention[0].lower_ in self.lex.data.relative_pronouns
        if relative:
            before = []
            noun = self._phrase_before_comma(first - 1) or self._text_antecedent(mention[0])
            if noun is not None or (top.dep_.startswith("acl") and top.head.pos_ in ("NOUN", "PROPN")):
                antecedent = self._mention_from(noun or top.head, top)
                mention = doc[antecedent.start : min(antecedent.end, first)]
        if first > sent.start and self._complementizer(doc[first - 1]):
            before = []  # `a rappelé que selon lui …`: the clause after the phrase is the one reported
        # what is reported is a clause: a verb, not `On the contrary, according to …`
        if self._clause_like(before):
            chosen = before
            resumed = self._clause_resumes(first, phrase_end, sent, mention)
            if resumed is not None:
                chosen = before + [t for t in following if t.i < resumed]  # `souffrait selon elle de troubles graves`
        elif self._clause_like(following) and not self._reports_itself(following[0].i, sent.end):
            chosen = following
        else:
            return None
        if relative:
            chosen = self._relative_clause_only(chosen)
        trimmed = self._trim(chosen[0].idx, chosen[-1].idx + len(chosen[-1].text))
        if trimmed is None:
            return None
        quotes = self.index.between(*trimmed)
        if len(quotes) == 1 and quotes[0].start <= trimmed[0] + 1 and quotes[0].end >= trimmed[1] - 1:
            return Frame("direct", quotes[0].inner_start, quotes[0].inner_end, cue, mention, mention.start_char, 0.65,
                         "according-to-clause")
        kind = "mixed" if quotes else "indirect"
        last = quotes[-1] if quotes else None
        if last is not None and trimmed[0] <= last.start < trimmed[1] < last.end \
                and not self.text[trimmed[1] : last.inner_end].strip():
            trimmed = (trimmed[0], last.end)  # the parser hung the closing mark elsewhere: the fragment ends with it
        return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.6, "according-to-clause")

    def _phrase_before_comma(self, comma: int) -> Token | None:
        """The head of the noun phrase that ends right before a comma (`…, a précisé M. X, selon qui …`: M. X;
        `un rapport publié mardi, selon lequel …`: the report): a relative set off by a comma qualifies the phrase
        just before it, whatever the parser hung it on. None when no noun phrase ends there."""
        doc = self.doc
        if comma < 1 or doc[comma].text != ",":
            return None
        token = doc[comma - 1]
        while token.head.i < comma and token.head.i != token.i \
                and not (token.head.pos_ in ("VERB", "AUX") and "Fin" in token.head.morph.get("VerbForm")) \
                and not any(c.dep_ in AUX_DEPS for c in token.head.children):
            token = token.head
        return token if token.pos_ in ("NOUN", "PROPN") else None

    def _text_antecedent(self, pronoun: Token) -> Token | None:
        """What `selon lequel` refers to is a text or words said (`l'annonce faite par X dans la journée selon
        laquelle …`): the nearest such noun before it in the sentence, of the pronoun's gender and number, when
        the parser hung the relative clause on another word; None when it hung it on such a noun."""
        head = pronoun.head.head
        texts = self.lex.data.document_nouns
        if names_a_text(head, texts):
            return None
        for token in reversed(self.doc[self.sent(pronoun.i).start : pronoun.i]):
            if token.pos_ == "NOUN" and names_a_text(token, texts) and all(
                    token.morph.get(f) == pronoun.morph.get(f) for f in ("Gender", "Number")
                    if token.morph.get(f) and pronoun.morph.get(f)):
                return token
        return None

    def _relative_clause_only(self, words: list[Token]) -> list[Token]:
        """`L'information selon laquelle la plaque avait pu être filmée a été démentie`: the parser may hang the main
        clause's verb inside the relative clause; a second finite verb with no subject, conjunction or pronoun
        since the first is the antecedent's, and what was said stops before it. A relative clause inside it
        (`des individus qui projetaient des attentats ont été arrêtés`) is no such first verb."""
        inside = {t.i for t in words}
        finite = [t for t in words if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                  and not (t.dep_ in ("acl:relcl", "relcl") and t.head.i in inside)]
        if len(finite) < 2:
            return words
        between = self.doc[finite[0].i + 1 : finite[1].i]
        if any(t.pos_ in ("CCONJ", "SCONJ", "PRON") or t.dep_ in SUBJECT_DEPS or t.is_punct for t in between):
            return words
        return [t for t in words if t.i < finite[1].i] or words

    def _clause_resumes(self, first: int, start: int, sent: Span, source: Span) -> int | None:
        """`Les travaux devraient d'après la mairie durer six mois`: the words after a `selon X` phrase, up to the
        next punctuation, finish the clause the phrase interrupted when a dependency joins them to the words
        before it, or when they are what the source was cut from (`selon elle | de troubles graves`, `selon le
        ministre | d'économiser …`); where they stop, else None (`…, qui redoute …` is about X)."""
        doc = self.doc
        stop = next((t.i for t in doc[start : sent.end] if t.is_punct), sent.end)
        if stop == start or self._opens_relative(start):
            return None
        before, after = range(sent.start, first), range(start, stop)
        cut = [t for t in doc[start:stop] if source.start <= t.head.i < source.end and (
            t.head.lower_ in self.lex.data.stressed_pronouns or "Inf" in t.morph.get("VerbForm"))]
        # a complement of the interrupted clause, not a clause of its own (`selon l'agence X connue pour être …`)
        joined = bool(cut) or any(doc[i].head.i in after for i in before) or any(
            doc[i].head.i in before and doc[i].dep_ not in _LOOSE_LINKS for i in after)
        return stop if joined else None

    @staticmethod
    def _clause_like(tokens: list[Token]) -> bool:
        return sum(not t.is_punct for t in tokens) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in tokens)

    def _according_by_position(self, first: int, after: int, mention: Span) -> Frame | None | bool:
        """The frames `selon X` makes by where it stands in its sentence: opening it, closing it, or
        set between commas. False when the clause after it is a report of its own."""
        doc = self.doc
        cue = (doc[first].idx, doc[after - 1].idx + len(doc[after - 1].text))
        sent = self.sent(first)
        titled = self.index.at(doc[after].idx)
        if titled is not None and titled.start == doc[after].idx and self._title_like(titled):
            # `Selon « Quotidien », …`: a title in quotation marks names the source
            inner = doc.char_span(titled.inner_start, titled.inner_end, alignment_mode="contract")
            close = doc.char_span(titled.inner_end, titled.end, alignment_mode="expand")
            if inner is not None and len(inner) and close is not None and len(close):
                mention = inner
                after = close.end - 1
        end_np = mention.end if mention.end > after else after + 1
        # `Selon X, content.` (also after `that`: `… has learned that according to X, content`)
        # (an adverb before it opens the sentence with it: `Toujours selon le quotidien Le Monde, …`)
        opens = all(t.pos_ == "ADV" for t in doc[sent.start : first]) or (
            doc[first - 1].text in (",", "«", "(") or self._complementizer(doc[first - 1]))
        if opens and not self._text_before_in_clause(first):
            quote = self.index.at(doc[end_np].idx) if end_np < sent.end else None
            if quote is not None and quote.start == doc[end_np].idx and end_np > after:
                # `Selon un haut responsable « il s'agit … »`: the quotation itself, no comma between
                return Frame("direct", quote.inner_start, quote.inner_end, cue, mention, mention.start_char, 0.8,
                             "according-to")
            comma = self._comma_after(end_np, sent.end)
            if comma is not None and self._reports_itself(comma + 1, sent.end):
                return False  # `According to ABC News, Basya believes …`: Basya's own report, its own frame
            first_comma = next((t.i for t in doc[after:comma] if t.text == ","), None) if comma is not None else None
            if first_comma is not None and mention.end > after and self._opens_on_its_verb(comma + 1):
                # `Selon la police, le suspect, Jean Dupont, a été interpellé`: the parser ran the clause's subject into
                # the source as appositions; what follows the last comma has no subject, so the source ends at the first
                mention = doc[mention.start : first_comma]
                return self._content_frame(first_comma + 1, cue, mention, mention.start_char, "according-to", 0.8)
            if comma is not None:
                if mention.end > after:
                    mention = doc[mention.start : comma]  # `Afghan Ambassador to the United States Hamdullah Mohib`
                    stops = self.lex.data.speaker_stop_words
                    while len(mention) > 1 and mention[-1].lower_ in stops and mention[-1].pos_ == "ADV":
                        mention = mention[:-1]  # `D'après cette autre source donc, …`: a connective ends no name
                past = self._past_apposition(self._past_relative(comma))  # `Selon Paulo Lima, de l'université …`
                if past == comma and any(t.text == "," for t in mention):
                    past = self._past_place(comma)  # `Selon X, professeur à l'université Laval, à Québec, …`
                comma = past
                named = name_set_off(doc[mention.start : comma]) if self._names_a_person(mention.root) else None
                if named is not None and doc[named.end].text == ",":
                    # `Selon le porte-parole, Paul Morel, la réforme …`: the name belongs to the source, and so does
                    # a relative clause set off after it (`…, Paul Morel, qui n'a pas pu venir, …`)
                    mention, comma = doc[mention.start : named.end], self._past_relative(named.end)
                # (and an aside opening on a participle set off after the source, which says how it spoke: `Selon le
                # ministre, Gérald Darmanin, interrogé sur BFMTV, les manifestations …`; not a time: `en cette journée`;
                # and the source's age: `Selon Sophie Martin, 42 ans, …`)
                start = self._past_age(comma) + 1
                if start < len(doc) and ("Part" in doc[start].morph.get("VerbForm")
                                         or self.lex.relay_participle(doc[start])):
                    start = self._past_asides_to_subject(start)
                return self._content_frame(start, cue, mention, mention.start_char, "according-to", 0.8)
            # no comma: `According to Rathbun the property was returned …`: the clause starts with
            # the subject of the sentence's verb, right after the object of `to`
            source = next((c for c in doc[after - 1].children if c.i >= after and c.dep_ in ("pobj", "obl", "nmod")), None)
            if source is None and doc[first].dep_ == "case" and doc[first].head.i >= after:
                source = doc[first].head  # `D'après la préfecture 2 000 personnes …`: the noun the phrase marks
            start = source.right_edge.i + 1 if source is not None else None
            if start is not None and start < sent.end and not doc[start].is_punct:
                subject = next((t for t in doc[start:sent.end] if t.dep_ in SUBJECT_DEPS), None)
                if subject is not None and subject.left_edge.i == start and subject.head == sent.root:
                    mention = doc[mention.start : start]
                    return self._content_frame(start, cue, mention, mention.start_char, "according-to", 0.7)
            return None
        # `content selon X.` / `content, selon X, content.` (`, toujours selon X,`: an adverb opens the aside)
        lead = first - 1 if first - 2 > sent.start and doc[first - 1].pos_ == "ADV" and doc[first - 2].text == "," \
            else first
        if lead > sent.start and doc[lead - 1].text != ",":
            tail = [t for t in doc[end_np : sent.end] if not t.is_space]
            # `…, selon un communiqué de X, un organisme de surveillance.`: what follows the comma only describes X
            described = bool(tail) and tail[0].text == "," and not any(
                t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in tail)
            if not tail or tail[0].text in CLAUSE_PUNCT or described:
                trimmed = self._trim(doc[sent.start].idx, doc[first].idx)
                if trimmed is None:
                    return None
                kind = self._kind(*trimmed)
                return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.7, "according-to")
            return None
        relative = doc[lead - 2] if lead - 2 >= sent.start and doc[lead - 1].text == "," else None
        if relative is not None and relative.lower_ in self.lex.data.relative_pronouns and end_np + 1 < sent.end \
                and doc[end_np].text == "," and relative.head.i > end_np:
            # `le procès-verbal qui, selon eux, ne retranscrivait pas …`: the aside speaks for the relative clause
            # it interrupts, not for the sentence around it
            last = min(relative.head.right_edge.i, sent.end - 1)
            trimmed = self._trim(doc[end_np + 1].idx, doc[last].idx + len(doc[last].text))
            if trimmed is not None:
                kind = self._kind(*trimmed)
                return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.7, "according-to")
        # (what follows may also be the rest of the clause the aside interrupts right after its verb: `Il s'agit,
        # selon X, d'une « … »`, `Le projet coûtera, selon le ministre, plus de 3 milliards`)
        interrupted = lead - 2 >= sent.start and doc[lead - 2].pos_ in ("VERB", "AUX") and end_np + 1 < sent.end \
            and (doc[end_np + 1].pos_ in ("ADP", "DET", "ADV", "NUM") or (
                # (`Les dégâts sont, selon lui, considérables`, `La réforme a, selon X, permis …`: a copula's
                # predicate, an auxiliary's participle)
                doc[lead - 2].pos_ == "AUX" and doc[end_np + 1].pos_ in ("ADJ", "VERB")))
        if lead > sent.start and doc[lead - 1].text == "," and end_np < sent.end and doc[end_np].text == "," \
                and (interrupted or any(t.pos_ in ("VERB", "AUX") for t in doc[end_np + 1 : sent.end])) \
                and not self._figure_then_according(end_np + 1) \
                and not self._opens_relative(end_np + 1) \
                and not (end_np + 1 < sent.end and (doc[end_np + 1].pos_ in ("SCONJ", "CCONJ") or (
                    doc[end_np + 1].dep_ == "mark" and doc[end_np + 1].pos_ != "ADP"))
                         and self._clause_complete_before(first)):
            # inserted: the whole sentence is the content, also when an infinitive its preposition opens goes on
            # with the clause (`Il est soupçonné, selon une source, d'avoir …`) (not `…, according to X, assistant
            # professor of …`,
            # nor `…, according to police, 12,000 according to the organisers`: English's `according` is a verb;
            # nor `…, selon l'agence, qui redoute …`: a relative clause on the source ends the sentence)
            trimmed = self._trim(doc[sent.start].idx, doc[sent.end - 1].idx + len(doc[sent.end - 1].text))
            if trimmed is not None and trimmed[0] < doc[first].idx:
                kind = self._kind(*trimmed)
                return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.7, "according-to")
        if lead > sent.start and doc[lead - 1].text == ",":
            begin = doc[sent.start].idx
            quote_before = self._quote_just_before(doc[first])
            if quote_before is not None and quote_before.start >= begin:
                lead = self._clause_before_quote(quote_before)
                if lead is None:
                    lead = self._noun_phrase_before_quote(quote_before)
                if lead is not None:
                    # `Il est décédé lundi, « tranquillement pendant son sommeil », selon X`: the quotation
                    # ends a clause X's words run through, as before an inverted cue
                    return Frame("mixed", lead, quote_before.end, cue, mention, mention.start_char, 0.8,
                                 "clause-according-to")
                return Frame("direct", quote_before.inner_start, quote_before.inner_end, cue, mention,
                             mention.start_char, 0.85, "quote-according-to")
            if self._reports_itself(sent.start, lead) and not any("Yes" in t.morph.get("Poss") for t in mention):
                # `X a affirmé que …, selon l'AFP`: X's own report, as after `Selon l'AFP, X a …` (not a source the
                # subject owns, who speaks for it: `L'ISAF indiquait que …, selon l'un de ses porte-parole`)
                return False
            trimmed = self._trim(begin, doc[lead - 1].idx)
            if trimmed is None:
                return None
            kind = self._kind(*trimmed)
            return Frame(kind, *trimmed, cue, mention, mention.start_char, 0.75, "according-to")
        return None

    def _noun_phrase_before_quote(self, quote: Quoted) -> int | None:
        """`Un acte de violence « gratuit », selon X.`: a sentence with no verb, a noun phrase from its start that the
        marks end; the words in marks run through it, where it starts."""
        opening = self._token_at(quote.start)
        if opening is None:
            return None
        sent = self.sent(opening)
        before = self.doc[sent.start : opening.i]
        if not len(before) or len(before) > 12 or before[0].pos_ not in ("DET", "NOUN", "PROPN") \
                or any(t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") for t in before):
            return None
        return before[0].idx

    def _opens_on_its_verb(self, i: int) -> bool:
        """The words from `i` open on a conjugated verb (past a negation, clitics and adverbs): a clause without its
        subject."""
        doc, sent_end = self.doc, self.sent(i).end if i < len(self.doc) else i
        while i < sent_end and (doc[i].pos_ in ("ADV", "PART") or doc[i].lower_ in self.negations
                                or (doc[i].pos_ == "PRON" and doc[i].dep_ not in SUBJECT_DEPS)):
            i += 1
        return i < sent_end and doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm") \
            and not self.index.inside(doc[i].idx)

    def _past_apposition(self, comma: int) -> int:
        """`Selon Paulo Lima, de l'université de São Paulo, …`, `Pour X, professeur à …, …`: who the source is,
        set off between commas after it (words of affiliation or a role, no verb), is still the source; the
        comma that closes it, else `comma`."""
        doc = self.doc
        close = next((t.i for t in doc[comma + 1 : min(comma + 14, len(doc))] if t.is_punct), None)
        if close is None or doc[close].text != "," or close == comma + 1:
            return comma
        words = doc[comma + 1 : close]
        if any(t.pos_ in ("VERB", "AUX") or self.index.inside(t.idx) or self._complementizer(t) for t in words):
            return comma
        first = next((t for t in words if t.pos_ not in ("DET", "ADJ")), words[0])
        # (`militante du collectif`: a word of `epithet_heads` with no article, which the tagger may call an adjective;
        # not `l'individu`, the subject of what follows)
        # (or its head, after a possessive: `the province's health minister`)
        describes = self._role_noun(first) or self._role_noun(words.root) or words[0].lower_ in self.lex.data.epithet_heads
        if not (describes or words[0].lower_ in self.lex.data.affiliation_prepositions) or self._subject_set_off(first):
            return comma
        return self._past_place(close)

    def _past_asides_to_subject(self, start: int) -> int:
        """`Pour X, en charge de l'étude, et présent au conseil, la philosophie du projet se résume …`: asides set
        off by commas before the first subject of a finite verb, with no verb of their own, still say who the
        holder is; the view opens at that subject (else at `start`)."""
        doc = self.doc
        if start >= len(doc):
            return start

        def finite(head: Token) -> bool:  # `est une erreur`: a copula's clause too
            return any("Fin" in self._finite_form(t) for t in (head, *(c for c in head.children if c.dep_ == "cop")))

        subject = next((t for t in doc[start : self.sent(doc[start]).end] if t.dep_ in SUBJECT_DEPS
                        and t.head.i > t.i and finite(t.head) and not self.index.inside(t.idx)), None)
        if subject is None or subject.left_edge.i <= start or doc[subject.left_edge.i - 1].text != ",":
            return start
        asides = doc[start : subject.left_edge.i]
        if any(self.index.inside(t.idx) or (t.pos_ in ("VERB", "AUX") and "Fin" in self._finite_form(t))
               or self._complementizer(t) for t in asides):
            return start
        openers = [t for t in asides if t.i == start or doc[t.i - 1].text == ","]
        if any(t.pos_ in ("PROPN", "DET", "PRON") for t in openers):
            # `Pour X, Priscillia Ludosky, Eric Drouet et …`: a name opening a list, the subject; `…, le vrai sujet,
            # ce sont …`: a noun phrase set before its clause
            return start
        return subject.left_edge.i

    def _past_place(self, comma: int) -> int:
        """`addictologue à l'hôpital Bichat, à Paris, …`: a place set off after an affiliation is part of it; the
        comma that closes it, else `comma`."""
        doc = self.doc
        close = next((t.i for t in doc[comma + 1 : min(comma + 6, len(doc))] if t.is_punct), None)
        if close is None or doc[close].text != "," or close < comma + 3:
            return comma
        words = doc[comma + 1 : close]
        placed = words[0].pos_ == "ADP" and all(t.pos_ == "DET" or (t.pos_ == "PROPN" and t.ent_type_ in PLACE_LABELS)
                                               for t in words[1:])
        return close if placed and not self.index.inside(words[0].idx) else comma

    def _past_relative(self, comma: int) -> int:
        """`Selon Syndex, qui conseille les élus, …`: a relative clause set off after the source says who it
        is (or, `pour qui …`, what it holds: a quote of its own); the comma that closes it, else `comma`."""
        doc = self.doc
        if not self._opens_relative(comma + 1):
            return comma
        sent_end = self.sent(doc[comma]).end
        return next((t.i for t in doc[comma + 2 : min(comma + 30, sent_end)] if t.text == ","
                     and not self.index.inside(t.idx)), comma)

    def _reports_itself(self, start: int, end: int) -> bool:
        """The clause after `selon X,` (or before `, selon X.`) opens on its own speaker and reporting verb."""
        verb = next((t for t in self.doc[start:end] if t.pos_ == "VERB" and t.dep_ not in AUX_DEPS), None)
        lemma = self._cue(verb) if verb is not None else None
        if lemma is None or self._negated(verb) or self._passive(verb):
            return False  # a passive's subject is what is told of (`Selon lui, le « suspect » avait été signalé`)
        subject = _preceding_subject(verb)
        if subject is None or subject.left_edge.i != start or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
            return False
        if not self._phrase_designates(subject):
            return False  # `Pour X, cette découverte confirme que …`: a finding that shows is X's view, not a source
        # and the verb reports (`believes that …`, `estime : « … »`), not `72 % soutiennent le mouvement`
        after = self._after_cue(verb, lemma)
        nxt = self.doc[after] if after is not None and after < len(self.doc) else None
        opens = nxt is not None and (self._complementizer(nxt) or nxt.text == ":" or self.index.at(nxt.idx) is not None)
        return opens or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)

    def _comma_after(self, i: int, end: int) -> int | None:
        """The comma closing a `selon X` phrase that runs on (`to the United States …`), before any verb."""
        stop = min(end, i + 15)
        for token in self.doc[i:stop]:
            if token.text == ",":
                return token.i
            if token.lower_ in self.lex.data.relative_pronouns and (
                    token.head.dep_ in ("acl:relcl", "relcl") or (token.i == i and token.dep_ in SUBJECT_DEPS)):
                # `selon un gendarme qui a demandé à ne pas être nommé, …`: who X is, still X, to the next comma
                # (the parser often hangs the clause after it on the relative one, or makes the relative the root)
                return next((t.i for t in self.doc[token.i + 1 : min(end, token.i + 25)] if t.text == ","
                             and not self.index.inside(t.idx)), None)
            if token.is_punct or (token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS | {"acl"}) \
                    or self.index.inside(token.idx):
                return None  # a participle describing X (`a posting made … ago`) is still X
        return None

    def _text_before_in_clause(self, first: int) -> bool:
        """Words before `selon X` that belong to the clause: more than a short adverbial (`Mais,`, `Par ailleurs,`),
        or the subject of a verb after it (`Deux personnes, selon la police, ont été blessées`)."""
        sent = self.sent(first)
        words = [t for t in self.doc[sent.start:first] if not t.is_punct]
        return len(words) > 4 or any(t.dep_ in SUBJECT_DEPS and t.head.i > first for t in words) \
            or self._clause_complete_before(first)

    def _clause_complete_before(self, first: int) -> bool:
        """`About 5,000 people marched, according to police, …`: a finite verb before the phrase heads a clause
        that ends there (not `Ceci serait cependant, selon X, « une légende »`: a copula whose noun comes after)."""
        sent = self.sent(first)
        return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in AUX_DEPS and t.dep_ != "cop"
                   and "Fin" in self._finite_form(t) and t.head.i < first and not self.index.inside(t.idx)
                   for t in self.doc[sent.start:first])

    # --- floating quotes ----------------------------------------------------------------

    def _floating(self, frames: list[Frame]) -> list[Frame]:
        covered = sorted((f.start, f.end) for f in frames)
        by_start = sorted(frames, key=lambda f: f.start)  # for quotations running on, searched by halves
        starts = [s for s, _ in covered]
        quote_starts = self._quote_starts
        longest = max((e - s for s, e in covered), default=0)
        found = []
        for quote in self.quoted:
            i = bisect_left(starts, quote.end)
            nearby = covered[bisect_left(starts, quote.start - longest):i]
            if any(s < quote.end and quote.start < e for s, e in nearby) or self._names_a_work(quote):
                continue
            inner = self.text[quote.inner_start : quote.inner_end]
            shouted = self._shouted(quote)
            if shouted is not None:
                # `ont défilé aux cris de « Liberté ! »`: what the crowd chanted, however short
                trimmed = self._trim(quote.inner_start, quote.inner_end)
                if trimmed is not None:
                    found.append(Frame("direct", *trimmed, None, shouted, shouted.start_char, 0.6, "shouted"))
                continue
            words = inner.split()
            alone = self._a_sentence_after_a_quotation(quote)
            announced = self._subject_after_colon(quote)
            if not (self._reads_like_speech(quote) or alone) or (len(words) < FLOATING_MIN_WORDS and not alone
                                                                 and not self._first_person_clause(quote)):
                # `"We're finally delivering."`: a short clause in the first person is still speech, and so is a
                # clause someone's sentence opens with a colon (`La ministre reste prudente : « Rien n'est fait. »`),
                # and words in marks a colon hands over to someone (`« Un scandale » : l'opposition réclame …`)
                before = self.text[max(quote.start - 8, 0) : quote.start].rstrip()
                if not (before.endswith(":") and self._finite_clause(quote)
                        and self._subject_before(quote) is not None) and announced is None:
                    continue
            trimmed = self._trim(quote.inner_start, quote.inner_end)
            if trimmed is None:
                continue
            cue, mention = self._cue_before(quote)
            mention = mention or self._subject_before(quote) or announced or self._signed(quote) \
                or self._speaker_announced_before(quote, covered)
            if mention is None and quote.runs_on:
                following = self.quoted[bisect_left(quote_starts, quote.end):]
                cue, mention = self._said_further_on(following, by_start, starts)
            found.append(Frame("direct", *trimmed, cue, mention, mention.start_char if mention else quote.start,
                               (0.6 if mention is not None else 0.5) * (1 if quote.closed else 0.7),
                               "introduced" if mention is not None else "floating", floating=mention is None))
        return found

    def _shouted(self, quote: Quoted) -> Span | None:
        """`Des milliers de personnes ont défilé aux cris de « … »`, `marched to chants of "…"`: a quotation right
        after one of `shout_phrases` is what the subject of the clause chanted; that subject."""
        before = " ".join(self.text[max(quote.start - 40, 0) : quote.start].lower().split())
        if not any(before.endswith(phrase) for phrase in self.lex.data.shout_phrases):
            return None
        mark = self._token_at(quote.start)
        noun = next((t for t in reversed(self.doc[max(mark.i - 4, 0) : mark.i]) if t.pos_ == "NOUN"), None) \
            if mark is not None else None
        if noun is None:
            return None
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None

    def _signed(self, quote: Quoted) -> Span | None:
        """`« … » Sylvain Caron, directeur du SPVM.`, `"…" — John Tavares`: a person's name right after the closing
        mark, with nothing after it to the sentence's end but an apposition (no verb of its own, but in a phrase
        set off after it: `— Fabrizio Freda, chief executive, to analysts on how moisturizer has replaced …`),
        signs the quotation."""
        doc = self.doc
        after = self._token_at(quote.end)
        if after is not None and after.is_space and after.text.count("\n") == 1 and after.i + 1 < len(doc):
            after = doc[after.i + 1]  # (a signature on the line under it: `»` / `Mathilde Panot, présidente …`)
        while after is not None and after.text in (*DASHES, "--") and after.i + 1 < len(doc):
            after = doc[after.i + 1]
        if after is None or self.ent_of[after.i] < 0:
            return None
        ent = self.ents[self.ent_of[after.i]]
        if ent.label_ not in PERSON_LABELS or ent.start != after.i:
            return None
        end = min(self.sent(after).end, ent.end + 30)
        rest = [t for t in doc[ent.end : end] if not t.is_space]
        if rest and rest[0].text not in (",", ".", "(") or any(
                t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not self.index.inside(t.idx)
                and (rest[0].text != "," or ent.root.head == t) for t in rest):
            return None  # (`« … » Sylvain Caron, directeur, a quitté la salle`: the name a verb's subject)
        return doc[ent.start : ent.end]

    def _speaker_announced_before(self, quote: Quoted, covered: list[tuple[int, int]]) -> Span | None:
        """`Le parquet s'est exprimé sur l'état des blessés. « Leur pronostic vital … »`, `The mayor reacted on
        Tuesday. "…"`: a quotation opening the sentence right after one in which someone speaks, with no words of
        theirs reported there, is what they said (not the words of whoever spoke last), also when that sentence ends
        its paragraph and the quotation opens the next (`… s'est exprimé jeudi.⏎⏎« … »`)."""
        opener = self._opener(quote)
        if opener is None:
            return None
        n = self.sent_of[opener.i]
        sent = self.sents[n]
        if n == 0 or any(not (t.is_space or t.is_punct) for t in self.doc[sent.start : opener.i]):
            return None
        before = self.sents[n - 1]
        if any(s < before.end_char and before.start_char < e for s, e in covered):
            return None  # a sentence whose report is already someone's
        for verb in before:
            if verb.pos_ != "VERB" or verb.dep_ in AUX_DEPS or self.index.inside(verb.idx) or self._participle(verb) \
                    or not (self._cue(verb) is not None or self._issues_a_text(verb)) or self._negated(verb) \
                    or self._unrealised(verb) or "Fin" not in self._finite_form(verb):
                continue
            subject = self._own_subject(verb)
            if subject is not None and subject.start < verb.i and (
                    self._designates_source(subject) or subject.root.lemma_.lower() in self.lex.people_nouns):
                return subject
        return None

    def _authors(self, verb: Token) -> bool:
        """A verb of `authoring_verbs`, read by its form too (the French lemmatizer leaves `donne` as is)."""
        return self.lex.lemma_among(self.lex.data.authoring_verbs, verb.lemma_, verb.text) is not None

    def _issues_a_text(self, verb: Token) -> bool:
        """`a publié un communiqué`, `a apporté des précisions`, `issued a statement`: a verb of `authoring_verbs` whose
        object names words (a document, a noun of speech or of a verdict)."""
        data = self.lex.data
        return self._authors(verb) and any(
            c.dep_ in ("obj", "dobj") and c.i > verb.i and c.lemma_.lower() in data.document_nouns | data.speech_nouns
            | data.verdict_nouns for c in verb.children)

    def _said_further_on(self, quotations: list[Quoted], by_start: list[Frame],
                         starts: list[int]) -> tuple[tuple[int, int] | None, Span | None]:
        """`« A.` / `« B », a déclaré X.`: a quotation the next paragraph reopens is said by whoever says the
        paragraph that closes it, when a cue there names them. `quotations`: those after it; `by_start`: the frames
        in order of their start, `starts` those starts."""
        for following in quotations:
            lo, hi = bisect_left(starts, following.start), bisect_left(starts, following.end + 1)
            frame = next((f for f in by_start[lo:min(hi, lo + 8)] if f.mention is not None), None)
            if frame is not None:
                return frame.cue, frame.mention
            if not following.runs_on:
                break
        return None, None

    def _unread_quotations(self, covered: list[tuple[int, int]]) -> Iterator[tuple[Quoted, Token]]:
        """Closed quotations no frame has read yet (`covered` grows as the caller finds frames), with their first
        token; not a name or a title in marks."""
        for quote in self.quoted:
            if not quote.closed or any(s < quote.end and quote.start < e for s, e in covered) \
                    or self._name_like(quote) or self._title_like(quote) or self._names_a_work(quote):
                continue
            opener = self._opener(quote)
            if opener is not None:
                yield quote, opener

    def _quoted_complements(self, frames: list[Frame]) -> list[Frame]:
        """`le FBI pensait que le suspect aurait « des sympathies » pour …`: a `que` clause holding someone's
        words in quotation marks reports them, whatever verb governs it (a verb of thought, fear, discovery
        the cue lexicon leaves out); the governing verb's subject is their source."""
        covered = [(f.start, f.end) for f in frames]
        found = []
        for quote, opener in self._unread_quotations(covered):
            clause = self._complement_clause(opener)
            if clause is None:
                continue
            mark, verb = clause
            if self.index.inside(verb.idx) or self._negated(verb) or self._writers_own(verb) \
                    or self._agentless_passive(verb):
                continue
            mention = self._subject(verb)
            if mention is None or mention.start > verb.i or not (
                    self._designates(mention) or mention.root.pos_ in ("NOUN", "PROPN")):
                continue  # `la police pensait que`: any noun may hold a view; `cela signifie que` holds none
            frame = self._content_frame(mark.i + 1, self._cue_span(verb, verb.lemma_.lower()), mention,
                                        mention.start_char, "que-quoted", base=0.7, need_quote=True)
            if frame is not None and frame.start <= quote.start and quote.end <= frame.end + 1:
                found.append(frame)
                covered.append((frame.start, frame.end))
        return found

    def _quoted_objects(self, frames: list[Frame]) -> list[Frame]:
        """`X trouve le moratoire « insuffisant »`, `X appelle à une « révolution profonde »`: someone's words in
        marks inside what a verb takes, whatever the verb, when its subject is someone (a name, a pronoun, a
        role): their words, the verb's complement the quote."""
        covered = [(f.start, f.end) for f in frames]
        found = []
        for quote, opener in self._unread_quotations(covered):
            inner = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
            if inner is None or not len(inner) or self._shouted(quote) is not None:
                continue  # (`aux cris de « … »`: the chant alone, read with the floating quotations)
            # climb from the quoted words to the verb whose complement holds them
            node, verb = inner.root, None
            tense = [c for c in node.children if c.dep_ in AUX_DEPS and c.i < opener.i]
            # (a cue's form the tagger read as a noun is its verb when it has a subject: `X « juge scandaleuses … »`)
            mistagged = node.pos_ in ("NOUN", "ADJ") and node.is_lower and self._cue(node) is not None
            opens_on_verb = (node.pos_ == "VERB" or mistagged) \
                and all(t.pos_ == "ADV" for t in self.doc[opener.i + 1 : node.i])
            if opens_on_verb and (tense or (("Fin" in node.morph.get("VerbForm") or mistagged) and node.i > opener.i)):
                # `Paul Girard a « fermement condamné » cette attaque`, `Theresa May, « félicite chaleureusement »
                # Emmanuel Macron`: the verb itself in marks, its auxiliary (if any) and subject outside: the
                # subject's words, from the opening mark; a role as subject only with its name set off (measured:
                # `Le porte-parole du département d'Etat a aussi « condamné … »` lost the spokesman named before,
                # whom the role's words did not match); a body by its noun speaks for itself (`le ministère des
                # Affaires étrangères « condamne fermement » l'attaque`)
                anchor = tense[0] if tense else node
                mention = self._own_subject(node) or self._own_subject(anchor)
                body = mention is not None and mention.root.pos_ == "NOUN" \
                    and mention.root.lemma_.lower() in self.lex.data.org_anaphors | self.lex.data.public_body_words
                if mention is not None and mention.start < anchor.i and (self._designates_source(mention) or body) \
                        and (tense or all(t.is_punct for t in self.doc[mention.end : opener.i])) \
                        and (mention.root.pos_ == "PROPN" or mention.root.lower_ in self.pronouns or body
                             or (not tense and any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in mention))) \
                        and not self._negated(node) and not self._passive(node) and not self._writers_own(node):
                    frame = self._content_frame(opener.i, self._cue_span(anchor, anchor.lemma_.lower()), mention,
                                                mention.start_char, "object-quoted", base=0.6, need_quote=True)
                    if frame is not None:
                        found.append(frame)
                        covered.append((frame.start, frame.end))
                continue
            for _ in range(6):
                if node.head.i == node.i:
                    break
                if node.dep_ in SUBJECT_DEPS or node.dep_ in ("acl:relcl", "relcl", "appos", "advcl", "conj"):
                    break
                if node.head.pos_ == "VERB" and node.dep_ in COMPLEMENT_DEPS | {"obl", "obl:mod", "iobj"}:
                    verb = node.head
                    break
                node = node.head
            if verb is None or self.index.inside(verb.idx) or self._negated(verb) or self._writers_own(verb) \
                    or self._passive(verb) or "Fin" not in self._finite_form(verb) \
                    or verb.lemma_.lower() in self.lex.data.voting_verbs or self._quotes_someone_as(verb):
                continue  # (`a voté « contre »`, `cast his "aye" vote`: a vote, which the guidelines leave out)
            mention = self._own_subject(verb)
            if mention is None or mention.start > verb.i or not self._designates_source(mention) \
                    or mention.root.dep_ == "expl:subj":
                continue  # `S'il s'agit d'un acte de « malveillance »`: an impersonal verb's `il` is nobody
            if (lemma := self._cue(verb)) is not None and self._object_after(verb, lemma, quote):
                continue  # (the marks in a phrase of where it was said, before the object the cue reports)
            start = node.left_edge.i
            start = start + 1 if self.doc[start].dep_ == "case" else start
            if self.index.inside(self.doc[start].idx):
                start = opener.i  # `veut « tourner la page »`: from the opening mark
            if start <= verb.i:
                continue
            frame = self._content_frame(start, self._cue_span(verb, verb.lemma_.lower()), mention,
                                        mention.start_char, "object-quoted", base=0.6, need_quote=True)
            if frame is not None and frame.start <= quote.start + 2 and quote.end <= frame.end + 2:
                found.append(frame)
                covered.append((frame.start, frame.end))
        return found

    @staticmethod
    def _finite_form(verb: Token) -> list[str]:
        """The verb form of a verb's clause: its auxiliary's when it has one."""
        aux = next((c for c in verb.children if c.dep_ in AUX_DEPS), None)
        return (aux or verb).morph.get("VerbForm")

    def _complement_clause(self, opener: Token) -> tuple[Token, Token] | None:
        """The `que` and the verb right before it that open the clause a quotation stands in, read along the
        sentence (the parser often hangs the clause on a word inside it): no clause ends between them."""
        sent = self.sent(opener)
        stops = self._clause_stops()
        before = bisect_left(stops, opener.i)
        last_stop = stops[before - 1] if before else -1  # the last clause end before the quotation
        for token in reversed(self.doc[max(sent.start, last_stop + 1) : opener.i]):
            if self.index.inside(token.idx) or token.text in (":", ";"):
                return None
            if token.lower_ in self.complementizers and self._complementizer(token) and token.i > sent.start:
                verb = next((t for t in reversed(self.doc[sent.start : token.i]) if not t.is_punct
                             and t.pos_ != "ADV"), None)
                if verb is None or verb.pos_ != "VERB" or any(c.dep_.startswith("expl") for c in verb.children):
                    return None  # `Il faut que …`: nobody's view
                return token, verb
        return None

    def _opener(self, quote: Quoted) -> Token | None:
        first = self.doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        return first[0] if first is not None and len(first) else None

    def _cue_before(self, quote: Quoted) -> tuple[tuple[int, int] | None, Span | None]:
        """`X appelle tout le monde, « … à prier »`: a cue earlier in the quotation's sentence, its object elsewhere."""
        opener = self._opener(quote)
        if opener is None:
            return None, None
        for token in reversed(self.doc[self.sent(opener).start : opener.i]):
            if self.index.inside(token.idx) or token.text in (":", ";"):
                break
            if token.pos_ != "VERB" or token.dep_ in AUX_DEPS:
                continue
            lemma = self._cue(token)
            if lemma is None or self._negated(token) or self._agentless_passive(token):
                break
            mention = self._subject(token)
            if mention is None or not self._designates(mention):
                break
            return self._cue_span(token, lemma), mention
        return None, None

    def _subject_after_colon(self, quote: Quoted) -> Span | None:
        """`« Nous ne lâcherons rien » : les salariés ont manifesté …`, `"We will not give up": workers rallied …`: a
        quotation opening its sentence, then a colon and a clause whose subject can speak: the press's lead gives that
        subject's words first, then what they did. The subject."""
        opener = self._opener(quote)
        colon = self._token_at(quote.end)
        if opener is None or colon is None or colon.text != ":" or any(
                not t.is_punct and not t.is_space for t in self.doc[self.sent(opener).start : opener.i]):
            return None
        first = colon.i + 1
        while first < len(self.doc) and self.doc[first].is_space:
            first += 1
        if first >= len(self.doc) or self.index.inside(self.doc[first].idx):
            return None
        for token in self.doc[first : self.sent(self.doc[first]).end]:
            if token.is_punct or self.index.inside(token.idx):
                return None
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in AUX_DEPS and "Fin" in self._finite_form(token):
                subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == first), None)
                if subject is None or not self._phrase_designates(subject):
                    return None
                return self._mention_from(subject, token)
        return None

    def _subject_before(self, quote: Quoted) -> Span | None:
        """`LaLiga a publié un communiqué : « … »`, `le pape François « s'associe … »`: the clause's subject."""
        opener = self._opener(quote)
        if opener is None:
            return None
        sent = self.sent(opener)
        before = [t for t in self.doc[sent.start : opener.i] if not t.is_space and not self.index.inside(t.idx)]
        if not before:
            return None
        if before[-1].text == ":":
            source = self._source_before_colon(before[-1])
            if source is not None:
                return source
            if not self._finite_verb_in(before):
                # `Marc Petit : « … »`, `Même son de cloche chez Marc Petit : « … »`: words with no verb of their own
                # that name someone hand the quotation to them, the last named
                named = next((self.ents[n] for t in reversed(before) if (n := self.ent_of[t.i]) >= 0
                              and self.ents[n].label_ in PERSON_LABELS | {"ORG"}), None)
                if named is not None:
                    return named
            # `X a publié un communiqué : « … »`: the subject of the clause before the colon, the clause
            # the colon hangs on first (`X a publié un communiqué, qui se lit comme suit : « … »`)
            verbs = [t for t in reversed(before) if t.pos_ in ("VERB", "AUX") and t.dep_ not in AUX_DEPS]
            colon_verb = before[-1].head if before[-1].head in verbs else None
            for verb in ([colon_verb] if colon_verb is not None else []) + verbs[:2]:
                # `Il estime que les joueurs doivent …: « … »`: a clause a cue reports goes on in the quotation, which
                # is the cue's subject's, not the reported clause's
                reporting = None if self._cue(verb) is not None else next(
                    (v for v in verb.ancestors if self._cue(v) is not None
                     and (said := self._own_subject(v)) is not None and said.end <= v.i and self._designates(said)),
                    None)
                subject = self._own_subject(reporting if reporting is not None else verb)
                agent = self._passive_agent(verb) if reporting is None else None
                if agent is not None and agent.end <= opener.i and self._designates(agent):
                    return agent  # `Les constats sont confirmés par le parquet : « … »`: whoever confirms speaks
                if subject is not None and subject.end <= opener.i and self._designates(subject):
                    return subject
            return None
        # `le pape François « s'associe … »`: a named subject right before the quotation
        n = self.ent_of[before[-1].i]
        if n >= 0 and self.ents[n].label_ in PERSON_LABELS and before[-1].dep_ in SUBJECT_DEPS | {"flat:name", "appos"}:
            return self.ents[n]
        return None

    def _source_before_colon(self, colon: Token) -> Span | None:
        """`X a été alerté, à en croire un conseiller : « … »`: a `selon` phrase whose source ends right at the colon
        hands the quotation to that source, not to the clause's subject."""
        start = self.sent(colon).start
        for i in range(colon.i - 1, max(colon.i - 12, start) - 1, -1):
            words = self._according_phrase_at(i)
            if words is None or i + len(words) >= colon.i:
                continue
            mention = self._noun_phrase(i + len(words))
            return mention if mention.end == colon.i and self._designates(mention) else None
        return None

    def _passive_agent(self, verb: Token) -> Span | None:
        """The agent of a verb in the passive (`sont confirmés par le parquet`)."""
        if not any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in verb.children):
            return None
        return self._agent_phrase(verb)

    def _designates(self, mention: Span) -> bool:
        """A subject that can be a source: a name, a pronoun, a role, a body by its noun (`le syndicat`), people by
        what they are (`les habitants`), not `ce décret`."""
        if any(self.ent_of[i] >= 0 for i in range(mention.start, mention.end)):
            return True
        return any(t.lower_ in self.pronouns or t.lemma_.lower() in self.lex.data.role_heads for t in mention) \
            or (mention.root.pos_ == "NOUN" and mention.root.lemma_.lower() in self.speakers_not_texts)

    def _phrase_designates(self, noun: Token) -> bool:
        """Whether the noun's whole phrase can be a source (`_designates`)."""
        return self._designates(self.doc[noun.left_edge.i : noun.right_edge.i + 1])

    def _designates_source(self, mention: Span) -> bool:
        """A subject that is someone, or an organisation by its name, not a place (`Moscou … « force de maintien
        de la paix »`: a place's words in marks were scare quotes on the open gold): a person's or an
        organisation's name, a pronoun, a role (`le maire de Marseille`: the head says who, not the place after it),
        a body by its noun (`le syndicat`, `la préfecture`), people by what they are in the story (`les habitants`)."""
        head = mention.root
        if self.ent_of[head.i] >= 0:
            return self.ents[self.ent_of[head.i]].label_ in PERSON_LABELS | {"ORG"}
        named = self.ent_of[head.i + 1] if head.i + 1 < mention.end else -1
        if named >= 0 and self.ents[named].start == head.i + 1 and self.ents[named].label_ in PERSON_LABELS \
                and head.text[:1].isupper():
            return True  # `l'Insoumise Caroline Fiat`: what the person is, capitalised as a party is, then the name
        return head.lower_ in self.pronouns or head.lemma_.lower() in self.lex.data.role_heads \
            or (head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.people_nouns)

    def _finite_clause(self, quote: Quoted) -> bool:
        span = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        return span is not None and self._finite_verb_in(span)

    def _finite_verb_in(self, tokens: Iterable[Token]) -> bool:
        """A finite verb among the tokens (its auxiliary's form when it has one): they make a clause."""
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in self._finite_form(t) for t in tokens)

    def _first_person_clause(self, quote: Quoted) -> bool:
        """A first or second person and a finite verb it hangs on: `Nous tiendrons.`, `We're finally delivering.`,
        `Nobody asked us.`"""
        span = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        return span is not None and any(
            t.lower_ in self.lex.data.speaking_persons and t.head.pos_ in ("VERB", "AUX")
            and "Fin" in self._finite_form(t.head) for t in span)

    def _a_sentence_after_a_quotation(self, quote: Quoted) -> bool:
        """`"We are taking away parking," Browaty said. "Seniors, people with disabilities."`: words in marks that
        make a sentence of their own in a paragraph that already quotes someone go on with the quotes, verb or
        not (a title or a term in marks stands inside a sentence); and so does a clause in marks that makes a
        sentence of its own anywhere, however short (`X a pris la parole. « C'est une tragédie. »`)."""
        final = (".", "!", "?", "…")
        inner = self.text[quote.inner_start : quote.inner_end].rstrip()
        before = self.text[: quote.start].rstrip()
        after = self.text[quote.end :].lstrip(" \t\u00a0")
        if after[:1] in final and not inner.endswith(final):
            inner, after = inner + after[0], after[1:].lstrip(" \t\u00a0")  # `« C'est inadmissible ».`: French
            # typography sets the full stop of a quoted sentence outside its marks
        if not inner.endswith(final) or not before.rstrip("»\"”’ ").endswith(final) \
                or (after and not (after[0] == "\n" or after[0].isupper())):
            return self._resumed_after_an_incise(quote)
        paragraph = before.rfind("\n") + 1
        return any(paragraph <= other.start and other.end <= quote.start for other in self.quoted) \
            or self._finite_clause(quote)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quoted]

    def _resumed_after_an_incise(self, quote: Quoted) -> bool:
        """`« A », estime X, « B ».`: a quotation set right after an incise that follows another quotation of the
        sentence is the rest of the words it interrupted, however short (two quotes, by the guidelines)."""
        i = bisect_left(self._quote_starts, quote.start)
        if i == 0:
            return False
        before = self.quoted[i - 1]
        gap = self.text[before.end : quote.start]
        if not (gap.lstrip().startswith(",") and gap.rstrip().endswith(",") and 3 < len(gap) < 80) \
                or any(mark in gap for mark in ".!?\n"):
            return False
        words = self.doc.char_span(before.end, quote.start, alignment_mode="contract")
        return words is not None and any(self._cue(t) is not None for t in words)  # (an incise: its cue)

    def _reads_like_speech(self, quote: Quoted) -> bool:
        """Speech has a verb or a first/second person; a title is a row of capitalised words."""
        span = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha]
        if not words:
            return False
        capitalised = sum(1 for t in words if t.text[:1].isupper())
        if capitalised / len(words) > 0.6:
            return False
        persons = self.lex.data.speaking_persons
        return any(t.pos_ in ("VERB", "AUX") for t in span) or any(t.lower_ in persons for t in span)

    # --- speakers -------------------------------------------------------------------------

    def _resolve(self, frames: list[Frame]) -> list[Claim]:
        """Rules read each cue's subject; the ranker weighs that reading against the names around."""
        registry = Registry.build(self.doc, self.lex, self.index, self.ents, self.ent_of, self.sents, text=self.text)
        registry.known = dict(self.known)
        pronouns = self.lex.data.subject_pronouns | self.lex.data.stressed_pronouns
        reported = bytearray(len(self.text))  # 1 where some frame's content is: what someone is said to have said
        for frame in frames:
            reported[frame.start:frame.end] = b"\x01" * max(frame.end - frame.start, 0)

        def talked_about(char: int) -> bool:
            """A name in quotation marks or in reported words is talked about, not talking."""
            return self.index.inside(char) or bool(reported[char])

        finder = CandidateFinder(self.doc, registry, self.sent_of, talked_about, pronouns, self.text, self.index.inside)
        canonical = registry.canonical if registry.known else None
        rules = []
        for frame in frames:
            if frame.floating or (frame.mention is None and self._subjectless_infinitive(frame)):
                rule = registry.antecedent(frame.at, None, None)
            elif frame.mention is not None and frame.start < frame.at and frame.mention.root.pos_ == "PRON" \
                    and not self._person_subject_in(frame):
                # `Le président a réagi. Le gouvernement ne cédera pas, a-t-il dit`: a pronoun after the words it
                # reports stands for someone named before them, not for a body those words are about; a person
                # they open on is the speaker (`Le ministre prévoit une croissance faible, a-t-il indiqué`)
                rule = registry.resolve(frame.mention, frame.start) or registry.resolve(frame.mention, frame.at)
            else:
                rule = registry.resolve(frame.mention, frame.at)
            registry.remember(rule if not frame.floating else None, (frame.start, frame.end),
                              self._said_in_a_relative(frame))
            rules.append(rule)
        self._named_after_the_lede(frames, rules, registry)
        for n in range(1, len(frames)):
            if frames[n].floating and not frames[n - 1].floating and rules[n - 1] is not None \
                    and self._runs_on_into(frames[n - 1], frames[n]):
                rules[n] = rules[n - 1]  # `responded that "… calls.` / `"When they …"`: the same words go on
        for n, frame in enumerate(frames[:-1]):
            after = frames[n + 1]
            if frame.floating and not after.floating and rules[n + 1] is not None \
                    and not self.text[frame.end:after.start].strip(QUOTE_GAP):
                rules[n] = rules[n + 1]  # `« … » « … », a répondu le ministre`: one speaker for both
        claims = []
        for n, (frame, rule) in enumerate(zip(frames, rules)):
            # the rules' reading of the next attributed quote: `« … ». Plus loin, X a ajouté : « … »`
            following = next(((f, r) for f, r in zip(frames[n + 1:], rules[n + 1:]) if not f.floating), None)
            ahead = (following[1].name, following[0].start) if following and following[1] else None
            if frame.pattern == "unnamed-charge":
                ranked = [Candidate(None, "none", {"null": 1.0})]  # the frame itself says nobody named it
            else:
                ranked = rank(finder.candidates(frame.start, frame.end, frame.mention, frame.cue, frame.floating,
                                                rule, canonical, ahead), self.ranker)
            if not frame.floating:
                finder.remember(rule.name if rule else None, frame.start)
            self.ranked.append(ranked)
            claims.append(self._claim(frame, ranked))
        return claims

    def _subjectless_infinitive(self, frame: Frame) -> bool:
        """`Et d'ajouter que …`, `Avant d'affirmer : « … »`: an infinitive cue heading its sentence, only
        prepositions and a conjunction before it, has the subject the discourse goes on with, as a pronoun would."""
        verb = self._token_at(frame.cue[0]) if frame.cue is not None else None
        if verb is None or verb.dep_ != "ROOT" or "Inf" not in verb.morph.get("VerbForm") \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return False
        before = self.doc[self.sent(verb).start : verb.i]
        return len(before) > 0 and all(t.pos_ in ("ADP", "CCONJ", "ADV") or t.dep_ == "mark" for t in before)

    def _said_in_a_relative(self, frame: Frame) -> bool:
        """The frame's cue is a relative clause's verb whose subject is the relative pronoun (`X, who testified`)."""
        verb = self._token_at(frame.cue[0]) if frame.cue is not None else None
        if verb is not None and verb.dep_ in AUX_DEPS:
            verb = verb.head  # (`qui a affirmé`: the cue opens on its auxiliary)
        return verb is not None and verb.dep_ in ("relcl", "acl:relcl") and any(
            c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in verb.children)

    def _person_subject_in(self, frame: Frame) -> bool:
        """Whether a subject in the reported words is a person, by name or role."""
        words = self.doc.char_span(frame.start, frame.end, alignment_mode="expand")
        return words is not None and any(
            t.dep_ in SUBJECT_DEPS and (t.ent_type_ in PERSON_LABELS or t.lemma_.lower() in self.lex.data.role_heads)
            for t in words)

    def _runs_on_into(self, said: Frame, floating: Frame) -> bool:
        """The quotation of `said` is left open at its paragraph's end and the next paragraph, which `floating` opens,
        reopens it: one speaker's words going on (the press's way with a long quotation)."""
        quoted = self.index.between(said.start, said.end)
        if not quoted or not quoted[-1].runs_on or quoted[-1].closed:
            return False
        gap = self.text[quoted[-1].end : floating.start]
        return gap.count("\n") >= 1 and not gap.strip(QUOTE_GAP + "\n")

    def _named_after_the_lede(self, frames: list[Frame], rules: list, registry: Registry) -> None:
        """`Toronto's mayor says the city must …` then `John Tory said Friday that …`: the press opens on a role
        it names in the next report; the role speaks before anyone is named, the next report's speaker is a person
        named there for the first time, of no other gender: that person (the guidelines' fullest name). An
        organisation's description goes the same way to the organisation named next (`_organisation_for_the_lede`).
        Not an unnamed source (`selon une source judiciaire`), which stays unnamed."""
        first = next((n for n, f in enumerate(frames) if not f.floating), None)
        if first is None or rules[first] is None or rules[first].kind != "role" or rules[first].number == "Plur":
            return
        frame, described = frames[first], rules[first]
        lede = [n for n in range(first, len(frames)) if not frames[n].floating]
        lede = lede[: next((k for k, n in enumerate(lede) if rules[n] is None or rules[n].name != described.name),
                           len(lede))]  # (`said … but argued …`: the role's reports before the next speaker)
        head = frame.mention.root if frame.mention is not None else None
        if head is None or head.pos_ != "NOUN":
            return
        after = next((n for n in range(lede[-1] + 1, len(frames)) if not frames[n].floating), None)
        named = rules[after] if after is not None else None
        if named is None:
            return
        if named.kind == "group":
            first_named = self._organisation_for_the_lede(head, named.name, registry)
        elif head.lemma_.lower() not in self.lex.data.role_heads or named.kind != "person" \
                or any(offset < frame.end for offset, _ in registry.people) \
                or described.gender is not None and named.gender not in (None, described.gender) \
                or registry.office_unnamed_by(registry.full_name(named.name), frame.mention, head):
            return  # (`détaille le procureur` … `expose le commissaire X`: the one named holds another office)
        else:
            first_named = min((offset for offset, name in registry.people
                               if registry.full_name(name) == registry.full_name(named.name)), default=None)
        mention = frames[after].mention
        sent = self.sent(mention.root) if mention is not None else None
        if first_named is None or sent is None or not sent.start_char <= first_named < sent.end_char \
                or sent.start <= head.i:
            return  # (named there for the first time, in a sentence after the role's: the report introducing them)
        if mention.root.pos_ == "NOUN" and mention.root.lemma_.lower() != head.lemma_.lower() \
                and self._names_a_person(mention.root):
            return  # `l'avocate générale a requis …` then `X revient sur … : « … », relate la journaliste`: the report
            # calls them by another noun of what they are
        if self._qualified_apart(frame.mention, mention, named.name):
            return  # `the Ontario premier said …` then `Manitoba's Premier Wab Kinew said …`: another premier
        for n in lede:
            rules[n] = replace(named, at=rules[n].at)
        for n in range(after + 1, len(frames)):
            # (`…, a détaillé le ministre` further on: the same description, still nobody else's, is that person too)
            if rules[n] is not None and rules[n].kind == "role" and fold(rules[n].name) == fold(described.name):
                rules[n] = replace(named, at=rules[n].at)

    def _organisation_for_the_lede(self, head: Token, name: str, registry: Registry) -> int | None:
        """Where the organisation a lede's noun may stand for is first named (`Ontario's fiscal watchdog says …`, then
        `The Financial Accountability Office said …`), or None: the noun names an organisation (`org_anaphors`) and is
        qualified, and a name that says a body of the state is described as one (`the union says …` is no `Ministry
        of Labour`)."""
        nouns, lemma = self.lex.data.org_anaphors, head.lemma_.lower()
        following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        bare = all(child.dep_ in ("det", "case", "punct") for child in head.children) and (
            following is None or following.pos_ in ("VERB", "AUX", "PUNCT"))
        if lemma not in nouns or bare:
            return None  # (a bare `the firm` points back to a firm named before: an anaphor, no lede)
        states = {fold(noun) for noun in self.lex.data.state_body_nouns}
        if fold(lemma) not in states and {fold(word) for word in name.split()} & states:
            return None  # (a body of the state is no union, firm or agency)
        return registry.first_named_group(name)

    def _qualified_apart(self, described: Span, named: Span, name: str) -> bool:
        """Whether two mentions of a role say whose or where it is by different proper nouns (`the Ontario premier`,
        `Manitoba's Premier Wab Kinew`): two offices, whatever their shared noun. A mention that says none agrees."""
        roles, own = self.lex.data.role_heads, {fold(word) for word in name.split()}

        def qualifiers(mention: Span) -> set[str]:
            return {fold(t.text) for t in mention if t.pos_ == "PROPN" and t.lower_ not in roles} - own

        ours, theirs = qualifiers(described), qualifiers(named)
        return bool(ours and theirs) and not ours & theirs

    def _claim(self, frame: Frame, ranked: list[Candidate]) -> Claim:
        while frame.start < frame.end and self.text[frame.start].isspace():
            frame.start += 1
        while frame.end > frame.start and (self.text[frame.end - 1].isspace() or self.text[frame.end - 1] == ","):
            frame.end -= 1  # `"…," he said`: English puts the comma inside the marks
        chosen = ranked[0]
        sentence = self._sentence_around(frame)
        confidence = frame.confidence * (0.6 + 0.4 * chosen.score)
        if "rule" in chosen.features or chosen.name is None:
            mention = Offsets(frame.mention.start_char, frame.mention.end_char) if frame.mention is not None else None
        else:
            mention = Offsets(*chosen.mention) if chosen.mention else None
        cue = Offsets(*frame.cue) if frame.cue else None
        return Claim(
            kind="quote",
            type=frame.type,
            content=Offsets(frame.start, frame.end),
            sentence=sentence,
            speaker=chosen.name,
            speaker_kind=chosen.kind if chosen.name else None,
            mention=mention,
            cue=cue,
            confidence=round(min(confidence, 1.0), 3),
            reasons=(frame.pattern,),
            candidates=tuple((c.name, round(c.score, 3)) for c in ranked if c.name)[:KEEP],
        )

    def _sentence_around(self, frame: Frame) -> Offsets:
        points = [frame.start, max(frame.end - 1, frame.start)]
        if frame.cue:
            points += [frame.cue[0], frame.cue[1] - 1]
        if frame.mention is not None:
            points += [frame.mention.start_char, frame.mention.end_char - 1]
        start, end = min(points), max(points) + 1
        first = self.doc.char_span(start, start + 1, alignment_mode="expand")
        last = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if first is not None and len(first):
            start = min(start, self.sent(first[0]).start_char)
        if last is not None and len(last):
            end = max(end, self.sent(last[-1]).end_char)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Offsets(start, end)


def _past_prepositional_phrases(noun: Token, author_links: frozenset[str]) -> Token:
    """The noun a chain of prepositional phrases qualifies (`message` for `un message sur les réseaux sociaux`); not
    past an author's or owner's `de` (`le rapport de Greenpeace dénonçant …`: Greenpeace's report)."""
    while any(c.dep_ == "case" and c.pos_ == "ADP" for c in noun.children) \
            and not any(c.dep_ == "case" and c.lower_ in author_links for c in noun.children):
        if noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
            noun = noun.head
            continue
        # the parser may hang the phrase on the verb instead, right after its object (`a reçu des manifestants
        # devant la mairie`)
        qualified = next((c for c in noun.head.children if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN")
                          and c.right_edge.i + 1 == noun.left_edge.i), None) if noun.dep_.startswith("obl") else None
        if qualified is None:
            break
        noun = qualified
    return noun


def _named_compound_subject(token: Token) -> Token | None:
    """`TSN reports`: a cue tagged as a plural noun, a name right before it hung on it as a compound: the name is
    the subject of a verb the tagger misread. `court records show`: a verb takes no compound, so a noun hung on it
    as one right before it is its subject."""
    if token.pos_ not in ("NOUN", "VERB") or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    return before if before.head.i == token.i and before.dep_ == "compound" \
        and before.pos_ == ("PROPN" if token.pos_ == "NOUN" else "NOUN") else None


def _preceding_subject(verb: Token) -> Token | None:
    """The verb's subject when it stands before it: no inversion (`a-t-il dit`, `said the minister`). The nearest,
    where a broken parse hangs two on it (`The man charged with … confessed …, authorities said`)."""
    return next((c for c in reversed(list(verb.children)) if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with one it opened where no sentence can start joined to the sentence
    before: after a word with no final mark (`NBC annonce que le tueur | aurait appelé …`: one start in
    nine of fr-train once hyphens are kept whole), or on a comma or a semicolon (`Selon le New York Times
    | , certaines …`, `Vers 10h40 | , on apprend que …`; marking the comma as no sentence start before the
    parser does not stop it: tried, 43 such starts in fr-train fell to 23). A line break always ends one, and a
    blank line the parser made a sentence of its own ends the sentence before. The line breaks after a sentence are
    no part of it: a paragraph's last sentence ends on its final mark, as any other does, for every rule that reads
    a sentence's last word."""
    merged: list[Span] = []
    for sent in doc.sents:
        last = doc[sent.start - 1] if merged else None
        if last is not None and (not sent.text.strip() or "\n" not in last.text_with_ws and not last.is_space and (
                sent[0].text in (",", ";") or not last.text.endswith(SENTENCE_ENDS))):
            # (else the sentence before a paragraph is two back, and a pronoun opening it loses the subject it goes
            # on with)
            merged[-1] = doc[merged[-1].start : sent.end]
        else:
            merged.append(sent)
    for n, sent in enumerate(merged):
        end = sent.end
        while end > sent.start + 1 and doc[end - 1].is_space:
            end -= 1
        if end < sent.end:
            merged[n] = doc[sent.start : end]
    return merged


def _dedupe(frames: list[Frame], reporting: frozenset[int] = frozenset()) -> list[Frame]:
    """One claim per stretch of text: a report of a report wins (`X said police had confirmed that …`: X's
    words, the police's report included, as with `X said that police had confirmed …`), else the more
    confident frame wins an overlap.

    Frames are cut into clusters of overlapping spans first, so the pairwise
    comparison stays within a cluster and a long article costs linear time."""
    kept: list[Frame] = []
    for cluster in _clusters(sorted(frames, key=lambda f: (f.start, f.end))):
        chosen: list[Frame] = []  # sorted by start
        longest = 0
        cued = [f for f in cluster if f.cue] if len(cluster) > 1 else []
        cues = [f.cue for f in cued]
        for frame in sorted(cluster, key=lambda f: (not (_reports_a_report(f, cues) or id(f) in reporting
                                                         or _holds_another_report(f, cued)),
                                                    -f.confidence, f.start)):
            j = bisect_left([c.start for c in chosen], frame.end) if len(chosen) < 64 else len(chosen)
            neighbours = [c for c in chosen[:j] if c.start >= frame.start - longest]
            if not any(_clash(frame, other) for other in neighbours):
                chosen.insert(bisect_left([c.start for c in chosen], frame.start), frame)
                longest = max(longest, frame.end - frame.start)
        kept.extend(chosen)
    return kept


def _qualifies_noun(verb: Token) -> bool:
    """A participle hung on a noun (`dans des déclarations rapportées par les médias`, `in a statement released on
    Monday`): it qualifies the noun and makes no clause of its own after a cue."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and "Fin" not in verb.morph.get("VerbForm")


def _phrases_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A language-data table's phrases by their first word, in the table's order. Kept by the table's identity:
    this runs at every comma, and a tuple of tuples hashes anew at each `lru_cache` lookup (a fiftieth of the
    claims step)."""
    kept = _GROUPED.get(id(phrases))
    if kept is not None and kept[0] is phrases:
        return kept[1]
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    found = {word: tuple(group) for word, group in grouped.items()}
    _GROUPED[id(phrases)] = (phrases, found)  # (the table is held, so its identity is never another's)
    return found


_GROUPED: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _clitic_object_alone(verb: Token) -> bool:
    """`Sa voisine le décrit comme …`: no auxiliary and an object right before the verb (a clitic): the tagger's
    passive participle is a present tense (`décrit`, `dit`, `écrit` read both ways); a passive takes no object."""
    return not any(c.dep_ in AUX_DEPS for c in verb.children) and any(
        c.dep_ in ("obj", "dobj") and c.i == verb.i - 1 for c in verb.children)


def _designated_at(frame: Frame) -> int:
    """Where a report's speaker or cue is first written: what it says comes after."""
    points = [frame.start]
    if frame.cue:
        points.append(frame.cue[0])
    if frame.mention is not None:
        points.append(frame.mention.start_char)
    return min(points)


def _holds_another_report(frame: Frame, cued: list[Frame]) -> bool:
    """`Selon les premiers éléments de l'enquête, les gendarmes intervenaient seules, a indiqué une source`: a
    speaker's cue outside the words it reports, and a `selon X` inside them with all it reports; the source
    speaks, X is where it has it from (as `X said that, according to police, …`). So for any report inside the
    clause an unquoted incise interrupts (`Well, said the prime minister, the plan is to go forward because the
    government believes that …`)."""
    return frame.pattern != "according-to" and frame.cue is not None and frame.mention is not None \
        and not frame.floating and not frame.start <= frame.cue[0] < frame.end and any(
            other is not frame and (other.pattern == "according-to" or frame.pattern == "incise-clause")
            and frame.start <= other.cue[0] < frame.end and frame.start <= other.start and other.end <= frame.end
            for other in cued)


def _reports_a_report(frame: Frame, cues: list[tuple[int, int]]) -> bool:
    return frame.holds is not None and any(start <= frame.holds < end for start, end in cues)


def _clusters(frames: list[Frame]) -> list[list[Frame]]:
    clusters: list[list[Frame]] = []
    end = -1
    for frame in frames:
        if clusters and frame.start < end:
            clusters[-1].append(frame)
            end = max(end, frame.end)
        else:
            clusters.append([frame])
            end = frame.end
    return clusters


def _clash(a: Frame, b: Frame) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0.5 * min(a.end - a.start, b.end - b.start)


def _agrees(verb: Token, other: Token) -> bool:
    """Whether `verb`'s finite form may take the subject of `other` (its number, where both show one)."""
    subject = next((c for c in other.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    form = next((c for c in verb.children if c.dep_ in AUX_DEPS), verb)
    if subject is None or "Fin" not in form.morph.get("VerbForm"):
        return True
    number, own = subject.morph.get("Number"), form.morph.get("Number")
    if not number:  # `un projet qui n'est pas porté`: a relative pronoun shows its number on its verb
        theirs = next((c for c in other.children if c.dep_ in AUX_DEPS), other)
        number = theirs.morph.get("Number") if "Fin" in theirs.morph.get("VerbForm") else []
    if any(c.dep_ == "conj" and not any(k.dep_ == "case" for k in c.children) for c in subject.children):
        number = ["Plur"]  # `le syndicat et le ministère`: two subjects take a plural verb (not `des lycées et des
        # collèges`, a complement the parser coordinated with the noun)
    return not (number and own) or number == own


def _finite_word(verb: Token) -> Token:
    """The word of a verb's group that carries person and number: its finite auxiliary, else the verb."""
    return next((c for c in verb.children if c.dep_ in AUX_DEPS and "Fin" in c.morph.get("VerbForm")), verb)


def _agrees_in_person(subject: Token, verb: Token) -> bool:
    """Whether a subject can be the verb's by person: `ce que nous a confié le maire` makes `nous` (first person
    before a third-person `a`) whom it was told to, not who told it."""
    persons, own = set(subject.morph.get("Person")), set(_finite_word(verb).morph.get("Person"))
    return not (persons and own and subject.pos_ == "PRON" and not persons & own)


def _agrees_in_number(subject: Token, verb: Token, clause: Token) -> bool:
    """Whether the subject of `clause` can be the verb's by number: a singular finite verb never has a plural
    subject, one coordinated (`X et Y`), nor that of a clause whose finite word is plural (`X et Y ont signé … et
    dénonce`, the parser giving the clause two subjects); unknown numbers agree."""
    def number(word: Token) -> list[str]:
        finite = _finite_word(word)
        return finite.morph.get("Number") if "Fin" in finite.morph.get("VerbForm") else []
    if number(verb) != ["Sing"]:
        return True
    return "Plur" not in subject.morph.get("Number") and not any(c.dep_ == "conj" for c in subject.children) \
        and number(clause) != ["Plur"]


def _finite_tense(verb: Token) -> tuple[str, ...] | None:
    """The tense of a clause's finite word, its auxiliary's when it has one (`is considering`: present)."""
    finite = next((c for c in verb.children if c.dep_ in AUX_DEPS | {"cop"} and "Fin" in c.morph.get("VerbForm")),
                  verb)
    return tuple(finite.morph.get("Tense")) or None if "Fin" in finite.morph.get("VerbForm") else None


def _tense(verb: Token) -> tuple[str, ...] | None:
    """A simple tense's signature (`affirme`, `assure`: present indicative; `est juste`: its copula's), None with
    an auxiliary (English puts narration and what was reported in the same past: only a simple tense tells)."""
    form = next((c for c in verb.children if c.dep_ == "cop"), verb)
    if any(c.dep_ in AUX_DEPS for c in verb.children) or "Fin" not in form.morph.get("VerbForm"):
        return None
    return (*form.morph.get("Tense"), *form.morph.get("Mood"))
