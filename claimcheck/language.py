"""Which language an article is in, when its source does not say.

A count of the commonest function words of each supported language over the opening of
the text: articles are long and these words are frequent, so the count is decisive, fast
(no model to load) and easy to reason about. Ties and texts without such words go to the
default language.
"""

from __future__ import annotations

import re

FUNCTION_WORDS = {
    "fr": frozenset("le la les des du de un une et est sont que qui dans pour pas sur au aux avec il elle ils "
                    "ont été cette ce ces son sa ses leur par plus mais ou où selon a-t-il".split()),
    "en": frozenset("the of and to in is are was were that which who for on with he she they it has have "
                    "had been this these his her their by from but or said according".split()),
}
DEFAULT = "fr"
SAMPLE = 5000  # characters read: enough for a verdict, cheap on a 1 MB article
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def detect(text: str, default: str = DEFAULT) -> str:
    counts = {lang: 0 for lang in FUNCTION_WORDS}
    for word in _WORD.findall(text[:SAMPLE].lower()):
        for lang, words in FUNCTION_WORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    others = [n for lang, n in counts.items() if lang != best]
    if counts[best] == 0 or counts[best] <= max(others, default=0):
        return default
    return best
