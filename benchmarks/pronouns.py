"""Does the right speaker hold when the article calls them by a pronoun?

    python benchmarks/pronouns.py                    # the four open sets
    python benchmarks/pronouns.py --sets fr-train --show

A pronoun given the wrong antecedent was the largest share of wrong speakers on articles nobody had
read, and the open articles name their speakers more often than other newsrooms do. Each quote whose
cue has a person's name for its subject (`« … », a déclaré Paul Morel.`, `Paul Morel a expliqué que`,
`"…," Smith said.`), when that person was named shortly before and nobody else of the same gender
(a speaker of the gold with a first name of `first_names.tsv`) was named between, has the name
replaced by the pronoun a reporter would write (`a-t-il déclaré`, `Il a expliqué que`, `he said`), in
the article alone (the gold speaker stays the person). Printed for each set: the whole set as written
and rewritten, and the quotes rewritten alone, found and with the right speaker, before and after.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.names import _folded, compare_quotes, person_names  # noqa: E402
from claimcheck.evaluate import locate_gold  # noqa: E402
from claimcheck.extract.lexicon import first_name_genders  # noqa: E402

PRONOUNS = {"fr": {"Masc": "il", "Fem": "elle"}, "en": {"Masc": "he", "Fem": "she"}}
FRENCH_AUXILIARIES = {"a", "avait", "aura", "aurait"}


def inverted(cue: str, pronoun: str) -> str | None:
    """A French cue with its subject pronoun inverted (`a déclaré` -> `a-t-il déclaré`, `explique` -> `explique-t-il`,
    `dit` -> `dit-il`); None for a cue of another shape."""
    words = cue.split()
    if len(words) == 1 or words[0] in FRENCH_AUXILIARIES:
        link = "-t-" if words[0][-1] in "aeé" else "-"
        return " ".join([words[0] + link + pronoun, *words[1:]])
    return None


SENTENCES_BACK = 3  # how many sentences back the person must have been named for a reporter to write a pronoun
SENTENCE_END = re.compile(r"[.!?»\"”]?\n+|[.!?»\"”](?=\s+[«\"“A-ZÉ])")


def _previous_sentence_start(text: str, at: int) -> int:
    """Where the sentence `SENTENCES_BACK` before the one holding `at` starts."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    return ends[-1 - SENTENCES_BACK] if len(ends) > SENTENCES_BACK else 0


def _sentence_start(text: str, at: int) -> bool:
    return re.search(r"(?:^|\n|[.!?»\"”] )\s*$", text[:at]) is not None


def retold(text: str, quotes: list[dict], lang: str) -> tuple[str, list[dict], set[int]]:
    """The article with the name of each speaker a pronoun can stand for replaced by it; the gold unchanged but
    for the mention, and the indices of the quotes whose cue now has a pronoun."""
    people = person_names({"quotes": quotes}, GENDERS)
    gender_of = {f"{first} {surname}": gender for first, surname, gender in people if gender}
    names = {person: (person.split(" ", 1)[1], gender) for person, gender in gender_of.items()}
    located = locate_gold(text, quotes)
    changes = {}
    for index, (quote, place) in enumerate(zip(quotes, located)):
        person, mention, cue = quote.get("speaker"), quote.get("mention"), quote.get("cue")
        if person not in names or not mention or not cue or not re.search(
                r"(?<![\w-])" + re.escape(names[person][0]) + r"$", mention):
            continue  # (a mention that ends on the person's name: `Paul Morel`, `Morel`, `le ministre Paul Morel`)
        surname, gender = names[person]
        pronoun = PRONOUNS[lang][gender]
        window = text[max(0, place.start - 300):place.end + 300]
        offset = max(0, place.start - 300)
        for pattern, inverted_cue in ((re.escape(cue) + " " + re.escape(mention) + r"(?=[.\n])", True),
                                      (r"(?<![\w-])" + re.escape(mention) + " " + re.escape(cue) + r"\b", False)):
            match = re.search(pattern, window)
            if match is None:
                continue
            start, end = offset + match.start(), offset + match.end()
            if any(other.start < end and other.end > start for other in located):
                break
            # the person's name, or a pronoun this rewriting already put for it (a chain, as reporters write)
            named = [m.end() for m in re.finditer(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", text)
                     if not any(a <= m.start() < b for a, b, _ in changes.values())]
            named += [b for j, (a, b, _) in changes.items() if quotes[j].get("speaker") == person]
            earlier = sorted(e for e in named if _previous_sentence_start(text, start) <= e <= start)
            if not earlier:
                break  # not named (nor called so) a few sentences before: a reporter would write the name
            between = text[earlier[-1]:start]
            if any(first != person.split()[0] and GENDERS.get(_folded(first)) == gender
                   for first in re.findall(r"(?<!\w)([A-ZÉ][a-zéèëïç]+)(?= [A-ZÉ][\w-]+)", between)) \
                    or any(other != person and other_gender == gender
                           and re.search(r"(?<!\w)" + re.escape(other_surname) + r"(?!\w)", between)
                           for other, (other_surname, other_gender) in names.items()):
                break  # someone else of the same gender named in between (another speaker by surname too)
            if inverted_cue:
                if lang == "fr":
                    new = inverted(cue, pronoun)
                    if new is None:
                        break
                else:
                    new = f"{pronoun} {cue}"
            else:
                capital = _sentence_start(text, start)
                new = f"{pronoun.capitalize() if capital else pronoun} {cue}"
            changes[index] = (start, end, new)
            break
    quotes = [dict(quote) for quote in quotes]
    for start, end, new in sorted(set(changes.values()), reverse=True):  # (one cue may report two quotes)
        text = text[:start] + new + text[end:]
    for index in changes:
        quotes[index]["mention"] = PRONOUNS[lang][names[quotes[index]["speaker"]][1]]
    return text, quotes, set(changes)


GENDERS = first_name_genders()


def main() -> None:
    compare_quotes(__doc__.splitlines()[0], {lang: {"pronoun": retold} for lang in ("fr", "en")})


if __name__ == "__main__":
    main()
