"""Does the right speaker hold when the article calls them by a pronoun, or by their role?

    python benchmarks/pronouns.py                    # the four open sets
    python benchmarks/pronouns.py --sets fr-train --show

A pronoun given the wrong antecedent was the largest share of wrong speakers on articles nobody had
read, a role not linked to its holder the next; the open articles name their speakers more often than
other newsrooms do. Each quote whose cue has a person's name for its subject (`« … », a déclaré Paul
Morel.`, `Paul Morel a expliqué que`, `"…," Smith said.`) is rewritten in the article alone (the gold
speaker stays the person):
- `pronoun`: when that person was named (or already called so) within three sentences before and nobody
  else of the same gender was named in between, the name becomes the pronoun a reporter would write
  (`a-t-il déclaré`, `Il a expliqué que`, `he said`);
- `role`: when a gold mention gave the person a role before (`le ministre de la Santé Paul Morel`,
  `Spokeswoman Sandy Angers`) that no other speaker of the article holds, the name becomes that role
  (`a déclaré le ministre`, `The spokeswoman said`).
Printed for each set: the whole set as written and rewritten, and the quotes rewritten alone, found and
with the right speaker, before and after.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.names import _folded, compare_quotes, opens_a_sentence, person_names  # noqa: E402
from claimcheck.evaluate import locate_gold  # noqa: E402
from claimcheck.extract import lexicon  # noqa: E402
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


def _cue_with_name(text: str, quote: dict, place, located, surname: str) -> tuple[int, int, bool] | None:
    """Where the quote's cue and the mention by name of its speaker stand together, inverted after the cue
    (`a déclaré Paul Morel.`, `said Smith.`; True) or before it (`Paul Morel a expliqué`, `Smith said`; False), when no
    gold quote overlaps them; None when the mention does not end on the speaker's name."""
    mention, cue = quote.get("mention"), quote.get("cue")
    if not mention or not cue or not re.search(r"(?<![\w-])" + re.escape(surname) + r"$", mention):
        return None  # (a mention that ends on the person's name: `Paul Morel`, `Morel`, `le ministre Paul Morel`)
    offset = max(0, place.start - 300)
    window = text[offset:place.end + 300]
    for pattern, inverted_cue in ((re.escape(cue) + " " + re.escape(mention) + r"(?=[.\n])", True),
                                  (r"(?<![\w-])" + re.escape(mention) + " " + re.escape(cue) + r"\b", False)):
        match = re.search(pattern, window)
        if match is not None:
            start, end = offset + match.start(), offset + match.end()
            if any(other.start < end and other.end > start for other in located):
                return None
            return start, end, inverted_cue
    return None


def _overlaps(changes: dict, start: int, end: int) -> bool:
    """Another change takes some of these words (`Jobs announced` inside `Steve Jobs announced`): one at a time."""
    return any(a < end and start < b and (a, b) != (start, end) for a, b, _ in changes.values())


def _apply(text: str, quotes: list[dict], changes: dict, mention_of) -> tuple[str, list[dict], set[int]]:
    quotes = [dict(quote) for quote in quotes]
    for start, end, new in sorted(set(changes.values()), reverse=True):  # (one cue may report two quotes)
        text = text[:start] + new + text[end:]
    for index in changes:
        quotes[index]["mention"] = mention_of(quotes[index]["speaker"])
    return text, quotes, set(changes)


def retold(text: str, quotes: list[dict], lang: str) -> tuple[str, list[dict], set[int]]:
    """The article with the name of each speaker a pronoun can stand for replaced by it; the gold unchanged but
    for the mention, and the indices of the quotes whose cue now has a pronoun."""
    people = person_names({"quotes": quotes}, GENDERS)
    gender_of = {f"{first} {surname}": gender for first, surname, gender in people if gender}
    names = {person: (person.split(" ", 1)[1], gender) for person, gender in gender_of.items()}
    located = locate_gold(text, quotes)
    changes = {}
    for index, (quote, place) in enumerate(zip(quotes, located)):
        person, cue = quote.get("speaker"), quote.get("cue")
        site = _cue_with_name(text, quote, place, located, names[person][0]) if person in names else None
        if site is None:
            continue
        start, end, inverted_cue = site
        if _overlaps(changes, start, end):
            continue
        surname, gender = names[person]
        pronoun = PRONOUNS[lang][gender]
        # the person's name, or a pronoun this rewriting already put for it (a chain, as reporters write)
        named = [m.end() for m in re.finditer(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", text)
                 if not any(a <= m.start() < b for a, b, _ in changes.values())]
        named += [b for j, (a, b, _) in changes.items() if quotes[j].get("speaker") == person]
        earlier = sorted(e for e in named if _previous_sentence_start(text, start) <= e <= start)
        if not earlier:
            continue  # not named (nor called so) a few sentences before: a reporter would write the name
        between = text[earlier[-1]:start]
        if any(first != person.split()[0] and GENDERS.get(_folded(first)) == gender
               for first in re.findall(r"(?<!\w)([A-ZÉ][a-zéèëïç]+)(?= [A-ZÉ][\w-]+)", between)) \
                or any(other != person and other_gender == gender
                       and re.search(r"(?<!\w)" + re.escape(other_surname) + r"(?!\w)", between)
                       for other, (other_surname, other_gender) in names.items()):
            continue  # someone else of the same gender named in between (another speaker by surname too)
        if not inverted_cue:
            new = f"{pronoun.capitalize() if opens_a_sentence(text, start) else pronoun} {quote['cue']}"
        elif lang == "en":
            new = f"{pronoun} {quote['cue']}"
        elif (new := inverted(quote["cue"], pronoun)) is None:
            continue
        changes[index] = (start, end, new)
    return _apply(text, quotes, changes, lambda person: PRONOUNS[lang][names[person][1]])


def role_of(mention: str, surname: str, lang: str) -> str | None:
    """The role a gold mention gives the person before the name, with its article (`le ministre de la Santé Paul
    Morel` -> `le ministre`, `l'entraîneur X` -> `l'entraîneur`, `the spokesman X` -> `the spokesman`)."""
    before = mention[: len(mention) - len(surname)].split()
    if not before:
        return None
    words = [w.lower().strip(",") for w in before]
    if words[0][:2] in ("l'", "l’"):
        words = [words[0][:2], words[0][2:], *words[1:]]
    elif words[0] not in ARTICLES[lang]:
        words = [ARTICLES[lang][0], *words]  # `Spokeswoman Sandy Angers`, `President Barack Obama`: an English title
    if len(words) < 2 or words[1] not in ROLE_HEADS[lang]:
        return None
    head = 2 + (len(words) > 2 and words[2] in ROLE_HEADS[lang])  # (`le Premier ministre`)
    return (words[0] if words[0].endswith(("'", "’")) else words[0] + " ") + " ".join(words[1:head])


def with_roles(text: str, quotes: list[dict], lang: str) -> tuple[str, list[dict], set[int]]:
    """The article with each speaker the gold mentions once with a role (`le ministre Paul Morel`) called by that
    role, article and noun, where a later cue names them (`a déclaré le ministre`, `The spokesman said`), when no
    other speaker of the article is given the same role; the gold unchanged but for the mention."""
    names = {f"{first} {surname}": surname for first, surname, _ in person_names({"quotes": quotes}, GENDERS)}
    located = locate_gold(text, quotes)
    roles: dict[str, tuple[str, int]] = {}  # person -> (role, where the article first gives it)
    for quote, place in zip(quotes, located):
        person, mention = quote.get("speaker"), quote.get("mention") or ""
        role = role_of(mention, names[person], lang) if person in names and mention.endswith(names[person]) else None
        at = text.find(mention)
        if role and person not in roles and at >= 0:
            roles[person] = (role, at + len(mention))
    heads = [role.lower().split()[-1].split("'")[-1] for role, _ in roles.values()]
    changes = {}
    for index, (quote, place) in enumerate(zip(quotes, located)):
        person = quote.get("speaker")
        if person not in roles or heads.count(roles[person][0].lower().split()[-1].split("'")[-1]) > 1:
            continue  # (two speakers of one role: the name tells them apart)
        site = _cue_with_name(text, quote, place, located, names[person])
        role, given = roles[person]
        if site is None or site[0] < given or quote.get("mention") not in (person, names[person]):
            continue  # the role not given yet, or given in this very mention
        start, end, inverted_cue = site
        if _overlaps(changes, start, end):
            continue
        if inverted_cue:
            new = f"{quote['cue']} {role}"
        else:
            new = f"{role[0].upper() + role[1:] if opens_a_sentence(text, start) else role} {quote['cue']}"
        changes[index] = (start, end, new)
    return _apply(text, quotes, changes, lambda person: roles[person][0])


GENDERS = first_name_genders()
ROLE_HEADS = {lang: frozenset(lexicon.load(lang).data.role_heads) for lang in ("fr", "en")}
ARTICLES = {"fr": ("le", "la"), "en": ("the",)}


def main() -> None:
    compare_quotes(__doc__.splitlines()[0], {lang: {"pronoun": retold, "role": with_roles} for lang in ("fr", "en")})


if __name__ == "__main__":
    main()
