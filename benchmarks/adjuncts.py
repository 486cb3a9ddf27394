"""Does extraction hold when reports carry the time, place and channel newsrooms add to them?

    python benchmarks/adjuncts.py                    # the four open sets, three insertions each
    python benchmarks/adjuncts.py --sets fr-train --seeds 1

Wire copy dates and sources every report (`a déclaré mardi à l'AFP que`, `a-t-il ajouté lundi soir`,
`said on Tuesday that`, `she told reporters.`); the open articles do so only some of the time, and a rule
written while reading them may count on the cue touching its `que`, its colon or the end of its
incise. Each reporting verb in the perfect (French) or the past (English) that the cue lexicon knows,
right before `que`, `that`, a colon or the end of an incise, gets one adjunct of time, place or channel
after it, through the article and its gold alike (gold strings that hold the same words change the same
way). A fall from `as written` is what the extractor owes to cues that stand bare.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.names import compare  # noqa: E402
from claimcheck.extract import lexicon  # noqa: E402

ADJUNCTS = {
    "fr": ("mardi", "lundi soir", "à l'AFP", "dans un communiqué", "jeudi sur France Inter", "devant la presse",
           "samedi", "dans un entretien au Parisien",
           # phrases the parser reads as more than where or when: a relative clause hung on their noun, a
           # participle on it, a locution's noun (`face aux`)
           "face aux journalistes", "à l'issue du conseil des ministres", "lors de son discours",
           "dans une vidéo publiée sur les réseaux sociaux", "devant les députés"),
    "en": ("on Tuesday", "Monday", "in a statement", "to reporters", "on Thursday evening", "in an interview",
           "last week", "at a news conference",
           "outside the courthouse", "in a video posted to social media", "before the vote", "during question period",
           "after the meeting"),
}
# what follows the cue: a complementizer, a colon, or the end of an incise (a comma or a full stop)
FOLLOWERS = {"fr": r"(?= (?:que|qu['’]|:)|[,.])", "en": r"(?= (?:that|:)|[,.])"}
# the words that make the verb a perfect (`a déclaré`, `a-t-il ajouté`) or a past (`said`)
BEFORE = {"fr": r"(?:\b(?:a|ont|avait|avaient)|-t-(?:il|elle|on)|-(?:ils|elles)) ", "en": r"\b"}


IRREGULAR_PASTS = {"say": "said", "tell": "told", "write": "wrote", "swear": "swore",
                   "admit": "admitted", "rebut": "rebutted"}


def english_past(verb: str) -> str:
    if verb in IRREGULAR_PASTS:
        return IRREGULAR_PASTS[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def cue_forms(lang: str) -> list[str]:
    """The cue lexicon's past forms: French past participles (`déclaré`, `dit`, `écrit`), English pasts."""
    lex = lexicon.load(lang)
    if lang == "fr":
        return sorted(form for form in lex.forms if re.fullmatch(r"\w+(?:é|i|is|it|u)", form) and len(form) >= 3)
    # (verbs of thought, in every quotation)
    return sorted({english_past(verb) for verb in lex.cues - {"think", "believe", "find", "expect"}})


def inserting(lang: str, rng: random.Random):
    """One article's change: an adjunct drawn at random after each past cue that ends its clause's verb group."""
    forms = "|".join(map(re.escape, sorted(cue_forms(lang), key=len, reverse=True)))
    pattern = re.compile(BEFORE[lang] + r"(?:\w+ )?(" + forms + r")" + FOLLOWERS[lang])
    chosen: dict[str, str] = {}

    def change(text: str) -> str:
        # the same words get the same adjunct, in the article and in its gold strings
        return pattern.sub(lambda m: m.group(0) + " " + chosen.setdefault(m.group(0), rng.choice(ADJUNCTS[lang])),
                           text)
    return change


def main() -> None:
    compare(__doc__.splitlines()[0], "with adjuncts", inserting)


if __name__ == "__main__":
    main()
