"""An archive extracted in shards (on a Dask cluster, or on this machine's cores), then imported.

A shard is a few hundred articles: one Dask task, one folder of Parquet files whose manifest is
written last, the folder renamed into place only when complete. Running the same command again
skips every finished shard, so a killed worker or a lost machine costs only the shard it held.
Dask is imported only by `run_shards` (`pip install 'claimcheck[cluster]'`); reading and
importing shards needs pyarrow alone.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from claimcheck import __version__
from claimcheck.ingest import Problem
from claimcheck.model import Article, Claim

MANIFEST = "manifest.json"
ARTICLES, CLAIMS = "articles.parquet", "claims.parquet"
CLUSTER_HINT = "shards need Dask and pyarrow: pip install 'claimcheck[cluster]'"
ARTICLE_FIELDS = ("id", "source", "external_id", "title", "date", "url", "lang", "text")
SPANS = ("content", "sentence", "mention", "cue")


class ShardError(Exception):
    """A shard folder that cannot be read."""


@dataclass(frozen=True)
class Shard:
    """Articles cut from the input, in input order: shard `number` holds the same articles on
    every run over the same input, and `checksum` (of their ids) says so."""

    number: int
    articles: tuple[Article, ...]

    @property
    def checksum(self) -> str:
        return hashlib.sha256("\n".join(a.id for a in self.articles).encode()).hexdigest()

    @property
    def name(self) -> str:
        return f"shard-{self.number:05d}"


def cut(articles: Iterable[Article | Problem], size: int, problems: list[Problem]) -> Iterator[Shard]:
    """Shards of `size` articles, each text once; what cannot be read goes to `problems`."""
    seen: set[str] = set()
    batch: list[Article] = []
    number = 0
    for item in articles:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        if item.id in seen:
            problems.append(Problem(item.source, "the same text as an article earlier in this input"))
            continue
        seen.add(item.id)
        batch.append(item)
        if len(batch) == size:
            yield Shard(number, tuple(batch))
            number, batch = number + 1, []
    if batch:
        yield Shard(number, tuple(batch))


@dataclass(frozen=True)
class Settings:
    """What every worker extracts with, sent along with each shard: pipelines, the speaker models and
    the aliases of a reviewer's database (when given), and the fingerprint written in each manifest."""

    models: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    known: dict[str, str] = field(default_factory=dict)
    speaker_models: dict[str, str] = field(default_factory=dict)  # language -> model JSON (else the shipped one)
    statement_model: str | None = None

    def fingerprint(self) -> dict:
        from claimcheck.extract import EXTRACTOR_VERSION
        from claimcheck.extract.ranking import shipped

        def digest(text: str) -> str:
            return hashlib.sha256(text.encode()).hexdigest()[:16]

        speakers = {lang: digest(self.speaker_models.get(lang) or shipped(lang).to_json()) for lang in ("fr", "en")}
        return {"claimcheck": __version__, "extractor": EXTRACTOR_VERSION, "speaker_models": speakers,
                "statement_model": digest(self.statement_model) if self.statement_model else "shipped",
                "aliases": digest(json.dumps(self.known, sort_keys=True))}


def finished(out: Path, shard: Shard) -> dict | None:
    """The manifest of this shard when it is complete and holds exactly these articles."""
    manifest = read_manifest(out / shard.name)
    return manifest if manifest is not None and manifest.get("inputs") == shard.checksum else None


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# --- in a worker ------------------------------------------------------------------------------

_PIPELINES: dict = {}  # language -> loaded pipeline, kept for the life of the worker process


def extract_shard(shard: Shard, out: str, settings: Settings) -> dict:
    """Extract one shard and write its folder; returns its manifest. Runs in a Dask worker."""
    import spacy

    from claimcheck.extract.ranking import Ranker
    from claimcheck.extract.statements import FEATURES as STATEMENT_FEATURES
    from claimcheck.pipeline import extracted, in_language

    placed = [in_language(article, settings.lang) for article in shard.articles]
    problems: list[Problem] = [p for p in placed if isinstance(p, Problem)]
    articles = [a for a in placed if isinstance(a, Article)]
    order = {article.id: i for i, article in enumerate(articles)}
    articles.sort(key=lambda a: a.lang)  # one run per language, each pipeline loaded once
    rankers = {lang: Ranker.from_json(text) for lang, text in settings.speaker_models.items()}
    statements = Ranker.from_json(settings.statement_model, STATEMENT_FEATURES) if settings.statement_model else None
    done: list[tuple[Article, list[Claim]]] = []
    for item in extracted(articles, settings.models, settings.known, rankers.get, statements, 1, _PIPELINES):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            done.append(item)
    done.sort(key=lambda pair: order[pair[0].id])  # stored in input order, as `claimcheck extract` stores them
    pipelines = {lang: f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
                 for lang, nlp in _PIPELINES.items() if any(article.lang == lang for article, _ in done)}
    manifest = settings.fingerprint() | {
        "shard": shard.number, "inputs": shard.checksum, "spacy": spacy.__version__, "pipelines": pipelines,
        "articles": len(done), "claims": sum(len(claims) for _, claims in done),
        "problems": [[p.source, p.reason] for p in problems],
    }
    write_shard(Path(out), shard.name, done, manifest)
    return manifest


def write_shard(out: Path, name: str, done: list[tuple[Article, list[Claim]]], manifest: dict) -> None:
    """Files written in a temporary folder, the manifest last, the folder renamed into place: a
    shard folder either is complete or is not there (a half-written one, with no manifest, is redone)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    temporary = out / f".{name}.{uuid.uuid4().hex}.tmp"
    temporary.mkdir()
    articles = [{key: getattr(article, key) for key in ARTICLE_FIELDS} for article, _ in done]
    pq.write_table(pa.Table.from_pylist(articles, schema=_article_schema()), temporary / ARTICLES)
    pq.write_table(pa.Table.from_pylist([_claim_row(article, i, claim) for article, claims in done
                                         for i, claim in enumerate(claims)], schema=_claim_schema()),
                   temporary / CLAIMS)
    (temporary / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    target = out / name
    if target.exists():
        shutil.rmtree(target)  # an earlier attempt that never finished, or a shard of other articles
    os.rename(temporary, target)


def _article_schema():
    import pyarrow as pa

    return pa.schema([(key, pa.string()) for key in ARTICLE_FIELDS])


def _claim_schema():
    import pyarrow as pa

    columns = [("article_id", pa.string()), ("position", pa.int32()), ("kind", pa.string()), ("type", pa.string()),
               ("speaker", pa.string()), ("speaker_kind", pa.string()), ("confidence", pa.float64()),
               ("checkworthiness", pa.float64()), ("reasons", pa.list_(pa.string())), ("candidates", pa.string())]
    for span in SPANS:  # the words as well as where they are: a corpus count needs no article text
        columns += [(span, pa.string()), (f"{span}_start", pa.int32()), (f"{span}_end", pa.int32())]
    return pa.schema(columns)


def _claim_row(article: Article, position: int, claim: Claim) -> dict:
    row = {"article_id": article.id, "position": position, "kind": claim.kind, "type": claim.type,
           "speaker": claim.speaker, "speaker_kind": claim.speaker_kind, "confidence": claim.confidence,
           "checkworthiness": claim.checkworthiness, "reasons": list(claim.reasons),
           "candidates": json.dumps([list(c) for c in claim.candidates], ensure_ascii=False)}
    for span in SPANS:
        offsets = getattr(claim, span)
        row[span] = offsets.of(article.text) if offsets else None
        row[f"{span}_start"], row[f"{span}_end"] = (offsets.start, offsets.end) if offsets else (None, None)
    return row


# --- on the client ----------------------------------------------------------------------------

def run_shards(shards: Iterable[Shard], out: Path, settings: Settings, scheduler: str | None = None,
               local: int = 2) -> Iterator[tuple[Shard, dict | BaseException]]:
    """Each shard's manifest (or the error that stopped it) as shards complete. At most two shards
    a worker are held in memory at once, so an archive is streamed, never loaded whole."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise RuntimeError(CLUSTER_HINT) from None
    if importlib.util.find_spec("pyarrow") is None:  # the workers write Parquet: said before any shard is sent
        raise RuntimeError(CLUSTER_HINT)

    cluster = None if scheduler else local_cluster(local)
    client = Client(scheduler or cluster)
    try:
        limit = 2 * max(len(client.scheduler_info()["workers"]), 1)
        pending = as_completed()
        held: dict = {}
        for shard in shards:
            future = client.submit(extract_shard, shard, str(out), settings, pure=False, retries=1,
                                   key=f"claimcheck-{shard.name}-{shard.checksum[:12]}")
            held[future.key] = shard
            pending.add(future)
            while pending.count() >= limit:
                yield _outcome(next(pending), held)
        for future in pending:
            yield _outcome(future, held)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


FAST_WORKERS = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


def local_cluster(workers: int):
    """Worker processes on this machine, one thread each (parsing is CPU-bound), started without the
    MALLOC_TRIM_THRESHOLD_ Dask sets to keep workers small: with it glibc never adapts its mmap
    threshold; spaCy alone ran 25% slower with it, and benchmarks/shards.py at 1 worker went from
    0.64x to 0.76x bare spaCy without it."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set(FAST_WORKERS):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def _outcome(future, held: dict) -> tuple[Shard, dict | BaseException]:
    shard = held.pop(future.key)
    try:
        return shard, future.result()
    except Exception as err:  # one shard failed: said, and the others go on
        return shard, err


# --- importing --------------------------------------------------------------------------------

@dataclass
class Imported:
    shards: int = 0
    articles: int = 0
    known: int = 0
    claims: int = 0
    reported: list[str] = field(default_factory=list)


def shard_folders(out: Path) -> list[Path]:
    return sorted(p for p in out.glob("shard-*") if p.is_dir())


def read_shard(folder: Path) -> Iterator[tuple[Article, list[Claim]]]:
    """The articles of a shard folder with their claims, as extracted."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ShardError(CLUSTER_HINT) from None

    try:
        articles = pq.read_table(folder / ARTICLES).to_pylist()
        claims = pq.read_table(folder / CLAIMS).to_pylist()
    except (OSError, ValueError) as err:
        raise ShardError(f"{folder.name}: cannot be read ({err})") from None
    by_article: dict[str, list[Claim]] = {}
    for row in sorted(claims, key=lambda r: (r["article_id"], r["position"])):
        spans = [(row[f"{s}_start"], row[f"{s}_end"]) if row[f"{s}_start"] is not None else None for s in SPANS]
        record = [row["kind"], *spans, row["type"], row["speaker"], row["speaker_kind"], row["confidence"],
                  row["checkworthiness"], row["reasons"] or [], json.loads(row["candidates"] or "[]")]
        by_article.setdefault(row["article_id"], []).append(Claim.from_record(record))
    for row in articles:
        article = Article(**{key: row[key] for key in ARTICLE_FIELDS})
        if article.id != row["id"]:
            raise ShardError(f"{folder.name}: the text of {row['source']} does not match its id")
        yield article, by_article.get(row["id"], [])


def wanted(article: Article, lang: str | None, since: str | None, source: str | None) -> bool:
    return ((lang is None or article.lang == lang) and (since is None or (article.date or "") >= since)
            and (source is None or source.casefold() in article.source.casefold()))


def import_shards(store, out: Path, *, sample: int | None = None, lang: str | None = None,
                  since: str | None = None, source: str | None = None, any_version: bool = False) -> Imported:
    """Merge finished shards into a review database: one transaction per shard, articles known by
    their text's hash (importing twice adds nothing). A shard extracted by another version of the
    extractor is reported and left out unless `any_version`. `sample` keeps that many articles,
    the same ones on every run (the smallest hashes)."""
    from claimcheck.extract import EXTRACTOR_VERSION

    summary = Imported()
    folders = []
    for folder in shard_folders(out):
        manifest = read_manifest(folder)
        if manifest is None:
            summary.reported.append(f"{folder.name}: no manifest (unfinished): run extract-shards again")
            continue
        other = (manifest.get("claimcheck"), manifest.get("extractor")) != (__version__, EXTRACTOR_VERSION)
        if other:
            summary.reported.append(
                f"{folder.name}: extracted by claimcheck {manifest.get('claimcheck')} (extractor "
                f"{manifest.get('extractor')}), this is {__version__} ({EXTRACTOR_VERSION})"
                + ("" if any_version else ": left out (--any-version imports it)"))
            if not any_version:
                continue
        folders.append(folder)
    keep: set[str] | None = None
    if sample is not None:
        ids = sorted(a.id for folder in folders for a, _ in read_shard(folder) if wanted(a, lang, since, source))
        keep = set(ids[:sample])
    for folder in folders:
        batch = [(a, claims) for a, claims in read_shard(folder)
                 if wanted(a, lang, since, source) and (keep is None or a.id in keep)]
        new = [(a, claims) for a, claims in batch if not store.has_article(a.id)]
        summary.articles += store.add_articles(new, EXTRACTOR_VERSION)
        summary.shards += 1
        summary.known += len(batch) - len(new)
        summary.claims += sum(len(claims) for _, claims in new)
    return summary
