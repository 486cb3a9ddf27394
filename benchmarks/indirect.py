"""Does extraction hold when the same words are reported indirectly?

    python benchmarks/indirect.py                    # the four open sets
    python benchmarks/indirect.py --sets fr-train --show

Indirect reports are what the extractor misses most on articles nobody has read, while the open
sets hold few of them to learn from. Each direct quote of the gold that opens its sentence with its
cue after it (`« C », a déclaré le ministre.`, `« C », a-t-elle ajouté.`, `"C," he said.`) or ends
its sentence after a colon (`Le ministre a déclaré : « C ».`) is told again in indirect speech
(`Le ministre a déclaré que c.`; English once with `that`, once without), in the article and its gold
alike (the quote becomes indirect, its speaker stays), when it can be without rewording: the quote
speaks of neither the speaker nor the listener (no `je`, `nous`, `vous`; no `I`, `we`, `you`), is
one sentence that asserts (no question, no exclamation) and its verb takes a `que`/`that` clause
(`REPORTING_VERBS`). Printed for each set: the whole set as written and rewritten, and the quotes
told again alone, found and with the right speaker, as written (direct) and rewritten (indirect).
A fall is what the extractor owes to quotation marks.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.adjuncts import english_past  # noqa: E402
from benchmarks.names import compare_quotes, opens_a_sentence  # noqa: E402
from claimcheck.evaluate import Quote, locate_gold  # noqa: E402
from claimcheck.extract import lexicon  # noqa: E402

# verbs that take a clause of what was said in the indicative (`regretter que` wants a subjunctive)
REPORTING_VERBS = {
    "fr": {"dire", "déclarer", "expliquer", "ajouter", "souligner", "estimer", "assurer", "affirmer", "indiquer",
           "préciser", "confier", "conclure", "marteler", "raconter", "rappeler", "reconnaître", "juger",
           "observer", "noter", "relever", "répondre", "avancer", "prévenir", "avertir", "annoncer", "admettre",
           "constater", "confirmer", "certifier", "garantir", "soutenir", "répéter", "avouer", "concéder",
           "signaler", "écrire", "lancer", "expliquer", "insister", "commenter", "poursuivre", "résumer",
           "renchérir", "rétorquer", "répliquer", "glisser", "témoigner", "analyser", "détailler"},
    "en": {"say", "tell", "add", "explain", "note", "argue", "claim", "warn", "write", "state", "announce",
           "acknowledge", "admit", "conclude", "stress", "emphasize", "suggest", "contend", "maintain",
           "recall", "report", "reply", "respond", "agree", "complain", "caution", "predict", "assert",
           "declare", "confirm", "concede", "insist", "observe", "reveal", "disclose"},
}
# the speaker or the listener: such quotes cannot be told again without rewording
FIRST_AND_SECOND_PERSON = {
    "fr": {"je", "j", "me", "m", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "vous", "votre", "vos", "tu",
           "te", "toi", "ton", "ta", "tes", "mien", "mienne", "nôtre", "vôtre"},
    "en": {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
           "yourself", "yourselves"},
}
OPENING = {"fr": ("« ", "«\u00a0", "«"), "en": ('"', "“")}
CLOSING = {"fr": (" »", "\u00a0»", "»"), "en": ('"', "”")}
# a subject after an inverted cue: a determiner or a capital, then no verb-like punctuation
SUBJECT = r"((?:[Ll]es? |[Ll]a |[Ll]['’]|[Uu]ne? |[Ss]on |[Ss]a |[Ss]es |[Ll]eur |[Cc]e |[Cc]et |[Cc]ette |[Tt]he |[Aa]n? |[A-ZÉ])[^.«»:;!?\n\"“”()]{1,90}?)"
# what opens an apposition to the subject (`Paul Morel, le ministre`), unlike an adjunct (`, mardi`)
APPOSITION = r"(?:[A-ZÉ]|(?:les?|la|l['’]|une?|son|sa|ses|leur|a|an|the|his|her|its|their) )"
PRONOUNS = {"il": "Il", "elle": "Elle", "on": "On", "ils": "Ils", "elles": "Elles"}
ELIDING = set("aeiouyéèêàâîô")
INCISE = "incise"  # the way of telling that keeps the words and the incise, without quotation marks
WAYS = {"fr": ("que", INCISE), "en": ("that", "", INCISE)}


def cue_forms(lang: str) -> dict[str, str]:
    """The forms of the reporting verbs, each with its verb: French from the cue lexicon's forms,
    English the past and the third person."""
    if lang == "fr":
        return {form: lemma for form, lemma in lexicon.load("fr").forms.items() if lemma in REPORTING_VERBS["fr"]}
    forms = {}
    for verb in REPORTING_VERBS["en"]:
        forms[english_past(verb)] = verb
        forms[verb + ("es" if verb.endswith(("s", "sh")) else "s")] = verb
    return forms


def _alternatives(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def frames(lang: str) -> list[tuple[re.Pattern, str]]:
    """Patterns of the text after a quote's content (or before it, for the colon), each with how its
    clause is told again; groups: `aux`, `verb`, `subject`, `pronoun`, `rest`."""
    verb = f"(?P<verb>{_alternatives(cue_forms(lang))})"
    if lang == "fr":
        close = r"[.,]?(?: »|\u00a0»|»),?"
        aux = r"(?:(?P<aux>(?:a|ont|avait|avaient)(?: ainsi| aussi| encore| alors| enfin| également| cependant)?) )?"
        return [
            (re.compile(close + r" " + aux + verb + " " + SUBJECT.replace("(", "(?P<subject>", 1) + r"\."), "after"),
            (re.compile(close + r" (?:(?P<aux>a|avait|ont|avaient)-(?:t-)?(?P<pronoun>il|elle|on|ils|elles) " + verb
                        + r"|" + verb.replace("verb", "verb2") + r"-(?:t-)?(?P<pronoun2>il|elle|on|ils|elles))"
                        + r"(?P<rest> [^.«»:;!?\n]{1,40}?)?\."),
             "after"),
            (re.compile(r"\b" + verb.replace("verb", "verb3") + r" ?:$"), "before"),
        ]
    close = r"[.,]?[\"”],?"
    return [
        (re.compile(close + r" " + verb + " " + SUBJECT.replace("(", "(?P<subject>", 1) + r"\."), "after"),
        (re.compile(close + r" (?P<subject2>[Hh]e|[Ss]he|[Tt]hey|[Tt]he [\w-]+(?: [\w-]+)?|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}) " + verb
                    + r"(?P<rest> [^.\"“”:;]{1,40}?)?\."), "after"),
        (re.compile(r"\b" + verb.replace("verb", "verb3") + r"(?: [^.\"“”:;]{1,40}?)?[:,]?$"), "before"),
    ]


@dataclass
class Retelling:
    start: int  # the span of the text replaced
    end: int
    text: str
    content: str  # the quote's words as they now stand in the text


def _lowered(content: str, text: str) -> str:
    """The quote opened in lower case unless its first word is a name (written with a capital inside a
    sentence elsewhere in the article)."""
    first = re.match(r"\w+", content)
    if not first or not content[:1].isupper() or content[1:2].isupper():
        return content
    if re.search(r"[a-zà-ÿ,] " + re.escape(first.group(0)) + r"\b", text):
        return content
    return content[0].lower() + content[1:]


def can_be_told_again(content: str, lang: str, way: str) -> bool:
    """One sentence that asserts; told in indirect speech, one that speaks of neither speaker nor listener."""
    words = {w.lower() for w in re.findall(r"\w+", content)}
    inner = content.rstrip(" .,")
    return (len(words) >= 4 and (way == INCISE or not words & FIRST_AND_SECOND_PERSON[lang]) and not re.search(r"[?!«»\"“”:;]", inner)
            and not re.search(r"[.…] [A-ZÉ]", inner))


def retelling(text: str, quote: Quote, lang: str, that: str) -> Retelling | None:
    """The sentence of a direct quote told again in indirect speech, or None when no frame fits."""
    content = text[quote.start:quote.end]
    opened = next((o for o in OPENING[lang] if text.endswith(o, 0, quote.start)), None)
    if opened is None or not can_be_told_again(content, lang, that):
        return None
    opening = quote.start - len(opened)
    said = content.rstrip(" .,")
    after = quote.start + len(said)
    words = _lowered(said, text)
    link = "qu'" if lang == "fr" and words[:1].lower() in ELIDING else that + " " if that else ""
    for pattern, side in frames(lang):
        if side == "after":
            if not opens_a_sentence(text, opening):
                continue  # the quote does not open its sentence
            match = pattern.match(text, after)
            if not match:
                continue
            groups = {key: value for key, value in match.groupdict().items() if value}
            verb = groups.get("verb") or groups.get("verb2")
            subject = groups.get("subject") or groups.get("subject2")
            if "pronoun" in groups or "pronoun2" in groups:
                subject = PRONOUNS[groups.get("pronoun") or groups.get("pronoun2")]
            elif "," in subject:
                if not re.match(APPOSITION, subject.rsplit(",", 1)[1].strip()):
                    continue  # (an adjunct after the subject, not an apposition)
                subject += ","
            if that == INCISE:  # the quotation marks dropped, the cue where it stood
                incise = text[after + re.match(r"[.,]?\s?[»\"”],?", text[after:]).end():match.end()].strip()
                return Retelling(opening, match.end(), f"{said}, {incise}", said)
            clause = " ".join(w for w in (subject[0].upper() + subject[1:], groups.get("aux"), verb) if w)
            return Retelling(opening, match.end(), f"{clause}{groups.get('rest', '')} {link}{words}.", words)
        if that == INCISE:
            continue
        window = max(0, opening - 80)
        match = pattern.search(text[window:opening].rstrip(" \u00a0"))
        tail = re.match(r"(?P<stop>\.)?(?: »|\u00a0»|»|\"|”)(?P<stop2>\.)?", text[after:])
        if match is None or tail is None or re.search(r"[«»\"“”][^.!?\n]*$", text[:window + match.start()]):
            continue  # (a quote before the cue in its sentence: `"…," she said, "…"` is one report in two)
        if not (tail.group("stop") or tail.group("stop2") or re.match(r"\s*(?:\n|$)", text[after + tail.end():])):
            continue  # the quote does not end its sentence
        colon = window + match.end()  # (the colon or comma after the cue, and the spaces around it, go)
        while text[colon - 1] in " \u00a0:,":
            colon -= 1
        return Retelling(colon, after + tail.end(), f" {link}{words}.", words)
    return None


def retold(text: str, quotes: list[dict], lang: str, that: str) -> tuple[str, list[dict], set[int]]:
    """The article and its gold quotes with every direct quote that can be told again in indirect speech;
    the indices of those quotes."""
    located = locate_gold(text, quotes)
    changes = []
    for index, (quote, place) in enumerate(zip(quotes, located)):
        if quote.get("type") != "direct":
            continue
        change = retelling(text, place, lang, that)
        if change is None or any(other.start < change.end and other.end > change.start
                                 for j, other in enumerate(located) if j != index):
            continue
        changes.append((index, change))
    quotes = [dict(quote) for quote in quotes]
    for index, change in sorted(changes, key=lambda item: -item[1].start):
        text = text[:change.start] + change.text + text[change.end:]
        quotes[index] |= {"content": change.content, "type": "indirect"}
    return text, quotes, {index for index, _ in changes}


def main() -> None:
    compare_quotes(__doc__.splitlines()[0], {lang: {("unquoted incise" if way == INCISE else f"indirect {way or 'bare'}"):
                                                  (lambda text, quotes, lang, way=way: retold(text, quotes, lang, way))
                                                  for way in ways} for lang, ways in WAYS.items()})


if __name__ == "__main__":
    main()
