"""Language data for the quote engine, read from `claimcheck/data/` with importlib.resources."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    cues: frozenset[str]                    # single-word cue lemmas
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # verb lemma -> words that must follow
    forms: dict[str, str]                   # inflected surface form -> lemma (lemmatizer fallback)
    data: dict

    def words(self, key: str) -> frozenset[str]:
        return frozenset(self.data.get(key, ()))

    def cue_lemma(self, lemma: str, text: str) -> str | None:
        """The cue a token stands for, trusting the surface form when the lemmatizer is wrong."""
        lemma, low = lemma.lower(), text.lower()
        for candidate in (lemma, self.forms.get(low)):
            if candidate and (candidate in self.cues or candidate in self.phrases):
                return candidate
        return None


def _inflect(lemma: str, endings: dict[str, list[str]]) -> list[str]:
    for group, suffixes in endings.items():
        if lemma.endswith(group) and len(lemma) > len(group) + 1:
            stem = lemma[: -len(group)]
            return [stem + suffix for suffix in suffixes]
    return []


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    if lang not in LANGUAGES:
        raise ValueError(f"no cue lexicon for language {lang!r} (have: {', '.join(LANGUAGES)})")
    package = resources.files("claimcheck.data")
    data = json.loads((package / f"lang_{lang}.json").read_text(encoding="utf-8"))
    cues: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for line in (package / f"cues_{lang}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        verb, *rest = line.split()
        if rest:
            phrases.setdefault(verb, []).append(tuple(rest))
        else:
            cues.add(verb)
    forms: dict[str, str] = {}
    for lemma in sorted(cues | set(phrases)):
        for form in _inflect(lemma, data.get("verb_endings", {})):
            forms.setdefault(form, lemma)
    return Lexicon(
        lang=lang,
        cues=frozenset(cues),
        phrases={verb: tuple(p) for verb, p in phrases.items()},
        forms=forms,
        data=data,
    )
