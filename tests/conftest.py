from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from claimcheck.model import Article, Claim, Offsets
from claimcheck.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


# `benchmarks/in_context.py` runs the extraction tests with each text set inside an article, as no invented sentence
# is, though every quote of a real one is: after a paragraph (`before`), or with a paragraph after it (`after`)
CONTEXT = os.environ.get("CLAIMCHECK_TEST_CONTEXT", "")
PARAGRAPH = {"fr": "Le temps était doux ce jour-là.", "en": "The weather was mild that day."}


def in_context(text: str, lang: str, context: str = CONTEXT) -> tuple[str, int]:
    """The text as the extractor reads it, and where the test's text starts in it."""
    if context == "before":
        return f"{PARAGRAPH[lang]}\n\n{text}", len(PARAGRAPH[lang]) + 2
    if context == "after":
        return f"{text}\n\n{PARAGRAPH[lang]}", 0
    return text, 0


def _moved_back(claim: Claim, by: int) -> Claim:
    def back(span: Offsets | None) -> Offsets | None:
        return Offsets(span.start - by, span.end - by) if span is not None else None
    return dataclasses.replace(claim, content=back(claim.content), sentence=back(claim.sentence),
                               mention=back(claim.mention), cue=back(claim.cue))


def _extracted(nlp, text: str, lang: str, context: str, ranker=None) -> list[Claim]:
    """The quotes of the text read in `context`, at the test text's own offsets; none of the paragraph around it."""
    from claimcheck.extract import extract

    read, at = in_context(text, lang, context)
    doc = nlp(read)
    if at and not doc.text.startswith(PARAGRAPH[lang]):  # (a test that hands over a doc parsed already)
        at = 0
    return [_moved_back(c, at) if at else c for c in extract(doc, lang, ranker=ranker) if c.kind == "quote"
            and c.content.start >= at and (context != "after" or c.content.end <= len(text))]


def quotes(nlp, text: str, lang: str = "fr", context: str = CONTEXT) -> list[Claim]:
    """The quotes the real extractor finds in a text (set inside an article with `context`: `before`, `after`)."""
    return _extracted(nlp, text, lang, context)


def rule_speakers(nlp, text: str, lang: str = "fr", context: str = CONTEXT) -> list[str | None]:
    """The rules' own reading of each quote's speaker, whatever the shipped model weighs."""
    from claimcheck.extract.ranking import Ranker

    return [c.speaker for c in _extracted(nlp, text, lang, context, Ranker({"rule": 2.0}, -1.0))]


def registry_of(doc, lang: str = "fr"):
    """The speaker registry of a parsed text: where the speaker rules live, checked on their own."""
    from claimcheck.extract.lexicon import load
    from claimcheck.extract.speakers import Registry

    return Registry.build(doc, load(lang))


def described(text: str, claim: Claim) -> tuple:
    """A quote as a pattern table row expects it: type, content, speaker, cue."""
    return (claim.type, claim.content.of(text), claim.speaker, claim.cue.of(text) if claim.cue else None)


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch):
    """No test touches the user's claimcheck.db: the default database lives in tmp_path."""
    db = tmp_path / "claimcheck.db"
    monkeypatch.setenv("CLAIMCHECK_DB", str(db))
    monkeypatch.chdir(tmp_path)
    return db


@pytest.fixture(scope="session")
def nlp():
    """The real French pipeline, loaded once per test session."""
    from claimcheck.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def nlp_en():
    """The English pipeline (the `en` extra), loaded once per test session; its tests are skipped
    with the reason when only `[test]` is installed."""
    from claimcheck.nlp import ModelMissing, load_pipeline

    try:
        return load_pipeline(lang="en")
    except ModelMissing as err:
        pytest.skip(str(err))


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "test.db") as opened:
        yield opened


def make_article(text: str, source: str = "test.txt", title: str = "Test") -> Article:
    return Article(text=text, source=source, title=title, date="2024-01", lang="fr")


def quote_claim(text: str, content: str, speaker: str | None = "Ned Price", mention: str | None = None) -> Claim:
    start = text.index(content)
    m = text.index(mention) if mention else None
    return Claim(
        kind="quote", type="direct", content=Offsets(start, start + len(content)),
        sentence=Offsets(0, len(text)), speaker=speaker,
        mention=Offsets(m, m + len(mention)) if mention else None, confidence=0.9,
    )


def fill(store: Store, articles: int = 2, per_article: int = 3) -> list[str]:
    """Articles with known claims, stored as the extractor would; returns claim ids in queue order."""
    ids = []
    for a in range(articles):
        sentences = [f"« Phrase numéro {a}-{i} du porte-parole », a déclaré Ned Price." for i in range(per_article)]
        text = " ".join(sentences)
        article = make_article(text, source=f"article-{a}.txt", title=f"Article {a}")
        claims = [quote_claim(text, f"Phrase numéro {a}-{i} du porte-parole", mention="Ned Price")
                  for i in range(per_article)]
        store.add_article(article, claims, "test")
        ids += [c.claim_id(article.id) for c in claims]
    return ids


def corrected_then_extracted(tmp_path, nlp, first: str, second: str, speaker: str) -> list[str | None]:
    """Extract one article, correct its quote's speaker as a reviewer would, then extract a second
    article: the second one's speakers, as the extractor named them with what the registry learned."""
    from claimcheck.pipeline import run_extraction

    paths = [tmp_path / "first.txt", tmp_path / "second.txt"]
    for path, text in zip(paths, (first, second)):
        path.write_text(text + "\n", encoding="utf-8")
    with Store.open(tmp_path / "corrections.db") as store:
        run_extraction(store, paths[:1], nlp=nlp)
        (claim,) = [c for c in store.claims() if c["kind"] == "quote"]
        store.review(claim["id"], "correct-speaker", reviewer="alice", status="corrected", speaker=speaker)
        run_extraction(store, paths[1:], nlp=nlp)
        return [c["extracted_speaker"] for c in store.claims() if c["source"].endswith("second.txt")]


def with_statements(store: Store, scores: list[float]) -> list[str]:
    """One article: a quote, then a statement of each check-worthiness; returns claim ids in article order."""
    from dataclasses import replace

    parts = ["« Nous tiendrons », a déclaré Ned Price."] + [f"Le taux numéro {n} a atteint {n} % en 2023."
                                                            for n in range(len(scores))]
    text = " ".join(parts)
    claims = [quote_claim(text, "Nous tiendrons", mention="Ned Price")]
    for part, score in zip(parts[1:], scores):
        claims.append(replace(quote_claim(text, part, speaker=None), kind="statement", type=None,
                              checkworthiness=score, reasons=("percentage",)))
    article = make_article(text, source="statements.txt", title="Taux")
    store.add_article(article, claims, "test")
    return [c.claim_id(article.id) for c in claims]


def free_port() -> int:
    """A port nobody listens on, for a server started by a test."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def local_only(monkeypatch):
    """Requests to this machine go straight to it, whatever proxy the environment names."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")


async def settle(pilot) -> None:
    """Wait until the review app is done with what the last key started: the decision saved by
    the writer, the next claim read by its worker, the screen redrawn."""
    await pilot.pause()
    while any(not worker.is_finished for worker in pilot.app.workers):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press(pilot, *keys: str) -> None:
    """Press keys as a person does, each once the screen shows what the one before it did."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
