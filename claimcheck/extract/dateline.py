"""Wire datelines: `PARIS (AFP) - `, `LONDON, March 3 (Reuters) — `, the line the agency puts before the
article. It is the publisher's, not the article's words: the place is no subject and the agency no source."""

from __future__ import annotations

import re

# after a headline line, if the text opens with one: a place, maybe a date (no sentence before them:
# `Washington, D.C. (AP)` is one place), the agency in brackets, then a dash, or the line break `dateline_apart`
# put there; or, with no agency, a place in capitals and maybe a date before a dash (`DETROIT —`, `NEW YORK, March
# 3 –`, and the hyphens websites type for it: `PHOENIX - `, `CHANDLER, Ariz. -- `)
_DATELINE = re.compile(r"\A(?:[^\n]{1,200}\n(?:[ \t]*\n)?)?"  # the headline
                       r"((?:\s*[A-ZÀ-ÖØ-Þ](?:(?![.!?] [^(])[^\n()]){0,60}"  # the place and the date
                       r"\([A-ZÀ-ÖØ-Þ][^\n()]{0,30}\)"  # (the agency)
                       r"|\s*[A-ZÀ-ÖØ-Þ]{2,}(?:[ .'-]+[A-ZÀ-ÖØ-Þ]+)*\.?"  # or a place in capitals,
                       r"(?:,[ \t]+[^\n()—–.!?]{1,30}?(?:\.[^\n()—–.!?]{0,3}){0,2})?"  # maybe a date,
                       r"(?=[ \t]+(?:[–—\n]|--?\s)))[ \t]*)"  # before a dash (or the break put there)
                       r"(--|[-–—\n])(?=\s)")


def dateline_apart(text: str) -> str:
    """The text with its dateline on a line of its own, one character for one (the dash becomes the break): run
    into the first sentence, the place became the subject of its cue (`LONDON (Reuters) - "…," the minister
    said` gave the quote to Reuters)."""
    found = _DATELINE.match(text)
    if found is None or found.group(2) == "\n":
        return text
    return text[: found.end(1)] + "\n" + " " * (len(found.group(2)) - 1) + text[found.end(2) :]


def dateline_end(text: str) -> int:
    """Where the article's own words begin: past the dateline, if it opens with one."""
    found = _DATELINE.match(text)
    return found.end(2) if found is not None else 0
