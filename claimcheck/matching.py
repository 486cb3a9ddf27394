"""Claims already checked: score how close a new claim's words are to a reviewed one.

Pure functions over text. The store finds candidates through its full-text index
(shared rare words, so 100,000 reviewed claims are never compared one by one); these
functions turn candidates into a ranking with scores a reviewer can read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

DEFAULT_CUTOFF = 65.0  # fewest errors on pairs built from the annotated quotes: benchmarks/match_cutoff.py
_WORD = re.compile(r"\w+", re.UNICODE)
# words too common to tell two claims apart (French and English function words)
STOPWORDS = frozenset(
    "le la les l un une des du de d et ou à au aux en dans sur pour par avec sans que qu qui quoi ce cet cette ces"
    " il elle ils elles on nous vous je j me m se s sa son ses leur leurs notre nos votre vos est sont été être a"
    " ont avait avoir pas ne n plus moins très tout tous toute toutes the a an and or of to in on for with by is"
    " are was were be been it its this that these those as at from not no but".split()
)


def normalize(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_WORD.findall(text))


def search_terms(text: str, limit: int = 6) -> list[str]:
    """The longest distinctive words of a claim, for the full-text candidate search."""
    words = {w for w in normalize(text).split() if len(w) > 2 and w not in STOPWORDS and not w.isdigit()}
    return sorted(words, key=lambda w: (-len(w), w))[:limit]


def similarity(a: str, b: str) -> float:
    """0–100: the same words in the same order score high; a short fragment of a long quote does not."""
    return _similar(normalize(a), normalize(b))


def _similar(x: str, y: str) -> float:
    if not x or not y:
        return 0.0
    return round(0.5 * fuzz.ratio(x, y) + 0.5 * fuzz.token_set_ratio(x, y), 1)


@dataclass(frozen=True)
class Match:
    claim_id: str
    score: float
    content: str
    speaker: str | None
    status: str
    verdict: str | None
    article_title: str | None
    article_date: str | None


def rank(text: str, candidates: list[dict], cutoff: float = DEFAULT_CUTOFF, limit: int = 5,
         normalized: dict[str, str] | None = None) -> list[Match]:
    """Candidates (rows with id, content, speaker, status, verdict, article_title, article_date) best first.
    `normalized` keeps candidates' normalised words between calls (matching many claims at once)."""
    scored = []
    mine = normalize(text)
    seen = normalized if normalized is not None else {}
    for row in candidates:
        theirs = seen.get(row["id"])
        if theirs is None:
            theirs = seen[row["id"]] = normalize(row["content"])
        score = _similar(mine, theirs)
        if score >= cutoff:
            scored.append(Match(row["id"], score, row["content"], row.get("speaker"), row["status"],
                                row.get("verdict"), row.get("article_title"), row.get("article_date")))
    scored.sort(key=lambda m: (-m.score, m.claim_id))
    return scored[:limit]
