"""Core records shared by the extractor, the store and the faces.

Plain frozen dataclasses with character offsets into the stored article text, so
every layer can point back at the exact words without re-parsing.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

QUOTE_TYPES = ("direct", "indirect", "mixed")
VERDICTS = ("true", "mostly true", "misleading", "false", "unverifiable")


def normalize_text(text: str) -> str:
    """The text as stored: NFC, Unix newlines. Offsets index this string."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    """Article identity: whitespace-insensitive, so a re-saved file is the same article."""
    folded = " ".join(normalize_text(text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str | None = None
    external_id: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", normalize_text(self.text))
        if not self.id:
            object.__setattr__(self, "id", content_hash(self.text))


@dataclass(frozen=True)
class Offsets:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Claim:
    """A quote (with who said it) or a check-worthy statement found in one article."""

    kind: str
    content: Offsets
    sentence: Offsets
    type: str | None = None
    speaker: str | None = None
    speaker_kind: str | None = None  # person | group | role
    mention: Offsets | None = None
    cue: Offsets | None = None
    confidence: float = 0.5
    checkworthiness: float | None = None
    reasons: tuple[str, ...] = ()
    candidates: tuple[tuple[str, float], ...] = field(default=())

    def claim_id(self, article_id: str) -> str:
        """Stable across runs: the same words of the same article get the same id."""
        key = f"{article_id}:{self.kind}:{self.content.start}:{self.content.end}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def to_record(self) -> list:
        """Plain values only (lists, str, numbers, None): a claim as it crosses from a worker process on its Doc."""
        spans = [(o.start, o.end) if o is not None else None for o in (self.content, self.sentence, self.mention,
                                                                        self.cue)]
        return [self.kind, *spans, self.type, self.speaker, self.speaker_kind, self.confidence, self.checkworthiness,
                list(self.reasons), [list(c) for c in self.candidates]]

    @classmethod
    def from_record(cls, record: list) -> "Claim":
        kind, content, sentence, mention, cue, type_, speaker, speaker_kind, confidence, worth, reasons, cands = record
        offsets = [Offsets(*span) if span is not None else None for span in (content, sentence, mention, cue)]
        return cls(kind, offsets[0], offsets[1], type_, speaker, speaker_kind, offsets[2], offsets[3], confidence,
                   worth, tuple(reasons), tuple((name, score) for name, score in cands))
