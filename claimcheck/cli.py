"""The `claimcheck` command: one click group, one function per command, errors as one line."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from claimcheck import __version__
from claimcheck.store import Store, StoreError, default_path
from claimcheck.visible import VisibleStream, literal

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="SQLite database file (default: $CLAIMCHECK_DB or ./claimcheck.db).",
)


def echo(message: object = "", err: bool = False) -> None:
    """Every line a command prints: names, notes and paths from articles and other databases shown
    with their control characters visible, so an escape sequence never reaches the terminal."""
    click.echo(literal(str(message)), err=err)


@contextmanager
def opened(db_path: Path | None, create: bool = False) -> Iterator[Store]:
    """The database, for one command; only the commands that write claims or decisions create it."""
    try:
        store = Store.open(db_path or default_path(), create=create)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    try:
        yield store
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    finally:
        store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """Find quotes, speakers and check-worthy statements in news articles, review them, export them.

    \b
    claimcheck extract seeds/        # find claims, store them in claimcheck.db
    claimcheck review                # confirm, correct or reject them
    claimcheck export -o claims.jsonl
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, callback=lambda ctx, param, value: _sources(value))
@db_option
@click.option("--model", "models", multiple=True, metavar="[LANG=]NAME",
              help="spaCy pipeline for a language, e.g. en=en_core_web_lg (a bare name is for French; "
                   "default: the best installed).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of articles whose file does not say (default: detected from the text).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parser processes.")
def extract(paths: tuple[Path | str, ...], db_path: Path | None, models: tuple[str, ...], lang: str | None,
            workers: int) -> None:
    """Find claims in articles (files, folders searched recursively, or web pages) and store them.

    Formats: the sample format (first line `date YYYY-MM "Title"`), plain .txt,
    .jsonl (one article per line, "text" required, "lang" optional) and .html; an
    http(s):// address is fetched and its article extracted, its address kept.
    French and English articles may be mixed: each article's language comes from its
    JSONL "lang", else --lang, else the text. Running it again on the same files adds nothing.

    \b
    Example: claimcheck extract seeds/ articles.jsonl https://example.org/news/1 --db newsroom.db
    """
    from claimcheck.ingest import iter_files
    from claimcheck.learning import ModelError
    from claimcheck.nlp import ModelMissing
    from claimcheck.pipeline import run_extraction

    files = list(iter_files(paths))
    with opened(db_path, create=True) as store, click.progressbar(
        files, label="extracting", file=sys.stderr, show_pos=True, hidden=not sys.stderr.isatty()
    ) as files_read:
        try:
            summary = run_extraction(store, files_read, model=_models(models), workers=workers, lang=lang)
        except (ModelMissing, ModelError) as err:
            raise click.ClickException(str(err)) from None
        except KeyboardInterrupt:
            echo("\ninterrupted: the articles already stored are kept; run the same command again to continue",
                 err=True)
            sys.exit(130)
    for problem in summary.problems:
        echo(str(problem), err=True)
    echo(summary.line())


@main.command("extract-shards")
@click.argument("paths", nargs=-1, required=True, callback=lambda ctx, param, value: _sources(value))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the shards (every worker must be able to write it).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786", help="A running Dask scheduler.")
@click.option("--local", default=os.cpu_count() or 1, show_default="this machine's cores", type=click.IntRange(1, 256),
              help="Without --scheduler: worker processes on this machine.")
@click.option("--shard-size", default=500, show_default=True, type=click.IntRange(1, 100_000),
              help="Articles per shard: a lost worker costs at most one shard.")
@click.option("--model", "models", multiple=True, metavar="[LANG=]NAME", help="spaCy pipeline for a language.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of articles whose file does not say (default: detected from the text).")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Extract with this review database's learned speaker models and aliases (it is only read).")
def extract_shards(paths: tuple[Path | str, ...], out: Path, scheduler: str | None, local: int, shard_size: int,
                   models: tuple[str, ...], lang: str | None, db_path: Path | None) -> None:
    """Extract an archive in shards on a Dask cluster (or this machine's cores) into Parquet files.

    Each shard of --shard-size articles is one task; its folder OUT/shard-NNNNN holds
    articles.parquet, claims.parquet and manifest.json, and appears only when complete.
    Running the same command again skips the finished shards. Then `claimcheck import-shards OUT`.

    \b
    Example: claimcheck extract-shards archive/ --out shards/ --scheduler tcp://10.0.0.5:8786
    """
    from claimcheck import shards
    from claimcheck.ingest import Problem, read_articles

    settings = _shard_settings(db_path, _models(models), lang)
    problems: list = []
    done = made = failed = 0

    def to_make():
        nonlocal done
        for shard in shards.cut(read_articles(paths), shard_size, problems):
            if shards.finished(out, shard) is not None:
                done += 1
            else:
                yield shard

    try:
        for shard, outcome in shards.run_shards(to_make(), out, settings, scheduler, local):
            if isinstance(outcome, BaseException):
                failed += 1
                echo(f"{shard.name}: failed ({type(outcome).__name__}: {outcome}); run the command again", err=True)
            else:
                made += 1
                problems += [Problem(source, reason) for source, reason in outcome["problems"]]
                echo(f"{shard.name}: {outcome['articles']} articles, {outcome['claims']} claims", err=True)
    except (RuntimeError, OSError) as err:
        raise click.ClickException(str(err)) from None
    for problem in problems:
        echo(str(problem), err=True)
    echo(f"{made} shards extracted, {done} already done, {failed} failed; in {out}")
    if failed:
        sys.exit(1)


def _shard_settings(db_path: Path | None, models: dict[str, str], lang: str | None):
    """What the workers extract with: the shipped models, or a review database's."""
    from claimcheck.learning import STATEMENTS, ModelError, active_model
    from claimcheck.shards import Settings

    if db_path is None:
        return Settings(models=models, lang=lang)
    with opened(db_path) as store:
        try:
            speakers = {code: active_model(store.path, code) for code in ("fr", "en")}
            statement = active_model(store.path, STATEMENTS)
        except ModelError as err:
            raise click.ClickException(str(err)) from None
        return Settings(models=models, lang=lang, known=store.alias_map(),
                        speaker_models={code: m.to_json() for code, m in speakers.items() if m is not None},
                        statement_model=statement.to_json() if statement else None)


@main.command("import-shards")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("--sample", type=click.IntRange(1), default=None,
              help="Import this many articles only, the same ones on every run.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, help="Only articles in this language.")
@click.option("--since", default=None, metavar="YYYY-MM[-DD]", help="Only articles dated this day or later.")
@click.option("--source", default=None, metavar="TEXT", help="Only articles whose source contains TEXT.")
@click.option("--any-version", is_flag=True, help="Also import shards another claimcheck version extracted.")
def import_shards(folder: Path, db_path: Path | None, sample: int | None, lang: str | None, since: str | None,
                  source: str | None, any_version: bool) -> None:
    """Merge the shards of `extract-shards` into a review database (again: nothing is added twice).

    \b
    Example: claimcheck import-shards shards/ --db desk.db --lang fr --since 2024-01 --sample 2000
    """
    from claimcheck import shards

    with opened(db_path, create=True) as store:
        try:
            summary = shards.import_shards(store, folder, sample=sample, lang=lang, since=since, source=source,
                                           any_version=any_version)
        except shards.ShardError as err:
            raise click.ClickException(str(err)) from None
    for line in summary.reported:
        echo(line, err=True)
    echo(f"{summary.shards} shards read: {summary.articles} articles added ({summary.claims} claims), "
         f"{summary.known} already in the database")


def _sources(values: tuple[str, ...]) -> tuple[Path | str, ...]:
    """Web addresses as they are; anything else a path that must exist (exit code 2, as click says it)."""
    from claimcheck.ingest import is_url

    sources: list[Path | str] = []
    for value in values:
        if is_url(value):
            sources.append(value)
        elif not os.path.lexists(value):
            raise click.BadParameter(f"Path {value!r} does not exist.", param_hint="'PATHS...'")
        else:
            sources.append(Path(value))
    return tuple(sources)


def _models(values: tuple[str, ...]) -> dict[str, str]:
    models = {}
    for value in values:
        lang, _, name = value.rpartition("=")
        models[lang or "fr"] = name
    return models


@main.command()
@db_option
@click.option("--reviewer", default=None, help="Your name in the review log (default: $USER).")
@click.option("--order", type=click.Choice(["article", "check-worthy", "uncertain"]), default="article",
              show_default=True, help="Queue order: as in the articles; the most check-worthy statements first (then "
              "the quotes); or the claims the extractor was least sure of first.")
@click.option("--ask-name", is_flag=True, hidden=True, help="Ask the reviewer's name on the first screen (serve).")
def review(db_path: Path | None, reviewer: str | None, order: str, ask_name: bool) -> None:
    """Open the review app: each claim beside its source, one key per decision, saved at once.

    \b
    Example: claimcheck review --reviewer alice --order check-worthy
    """
    from claimcheck.review.app import make_app

    reviewer = "" if ask_name else reviewer or os.environ.get("USER") or "reviewer"
    with opened(db_path) as store:
        make_app(store, reviewer, order).run()


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "claimreview", "markdown"]), default="jsonl",
              show_default=True)
@click.option("--status", type=click.Choice(["verified", "accepted", "corrected", "rejected", "pending", "adjudicated",
                                             "all"]), default="verified", show_default=True,
              help="Which claims, by review status (verified: accepted or corrected; adjudicated: settled by an "
              "editor's final decision).")
@click.option("--kind", type=click.Choice(["quote", "statement"]), default=None)
@click.option("--min-checkworthiness", type=click.FloatRange(0, 1), default=None, metavar="P",
              help="Statements whose check-worthiness is at least P (0-1); quotes have none and are left out.")
@click.option("--article", default=None, help="One article: its id, or a part of its source path.")
@click.option("--speaker", default=None, help="One speaker (case-insensitive).")
@click.option("--reviewer", default=None, help="Claims last reviewed by this reviewer.")
@click.option("--org", default="claimcheck", show_default=True, help="ClaimReview: the reviewing organisation.")
@click.option("--url-template", default=None,
              help="ClaimReview: the review's URL, with {id} for the claim id (e.g. https://example.org/checks/{id}).")
@click.option("--csv-formulas", is_flag=True,
              help="CSV: keep cells that begin with = + - @ as written (by default they get a leading ' so a "
              "spreadsheet shows them instead of running them); for machine use.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output).")
def export(db_path: Path | None, fmt: str, status: str, kind: str | None, min_checkworthiness: float | None,
           article: str | None, speaker: str | None, reviewer: str | None, org: str, url_template: str | None,
           csv_formulas: bool, output: Path | None) -> None:
    """Write claims with their review state: JSON lines, CSV, ClaimReview JSON-LD or Markdown.

    Claim ids are stable across runs. `claimreview` writes one schema.org ClaimReview per
    claim that has a verdict, rated from 1 (false) to 5 (true).

    \b
    Example: claimcheck export --format csv --status all -o claims.csv
             claimcheck export --format claimreview --org "Desk" --url-template "https://desk.example/{id}"
             claimcheck export --kind statement --status all --min-checkworthiness 0.5
    """
    from claimcheck.exporting import WRITERS, ExportFilter, export_rows, write_claimreview

    if url_template is not None:
        try:
            url_template.format(id="x")
        except (KeyError, IndexError, ValueError):
            raise click.BadParameter("use {id} and no other braces", param_hint="--url-template") from None
    view = ExportFilter(status=status, kind=kind, article=article, speaker=speaker, reviewer=reviewer,
                        min_checkworthiness=min_checkworthiness)
    with opened(db_path) as store:
        rows = export_rows(store, view)
        if fmt == "claimreview":
            def write(out):
                return write_claimreview(rows, out, org, url_template)
        elif fmt == "csv":
            def write(out):
                return WRITERS["csv"](rows, out, formulas=csv_formulas)
        else:
            def write(out):
                return WRITERS[fmt](rows, out)
        if output is None:
            try:
                count = write(VisibleStream(sys.stdout))
                sys.stdout.flush()
            except OSError as err:  # `> /dev/full`, a closed pipe
                raise click.ClickException(f"cannot write the export: {err.strerror or err}") from None
        else:
            _refuse_to_overwrite(output, store.path)
            # a BOM lets spreadsheets read the CSV as UTF-8; the csv module reads it with utf-8-sig
            count = _write_replacing(output, write, "utf-8-sig" if fmt == "csv" else "utf-8")
    echo(f"{count} claims exported", err=True)


def _refuse_to_overwrite(output: Path, db: Path | None) -> None:
    """`-o claimcheck.db` (or its -wal or -shm, or a link to any of them) would destroy the database."""
    if db is None:
        return
    for part in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        try:
            same = output.exists() and part.exists() and os.path.samefile(output, part)
        except OSError:
            same = False
        if same:
            raise click.ClickException(f"{output} is the database ({part.name}): choose another output file")


def _write_replacing(output: Path, write, encoding: str) -> int:
    """Write beside the target and rename it into place only when complete: a failed export (a full
    disk) leaves the previous file as it was."""
    import tempfile

    try:
        handle = tempfile.NamedTemporaryFile("w", encoding=encoding, newline="", dir=output.parent or Path("."),
                                             prefix=f".{output.name}.", suffix=".part", delete=False)
    except OSError as err:
        raise click.ClickException(f"cannot write {output}: {err.strerror or err}") from None
    try:
        with handle:
            count = write(handle)
        os.replace(handle.name, output)
    except OSError as err:
        Path(handle.name).unlink(missing_ok=True)
        raise click.ClickException(f"cannot write {output}: {err.strerror or err}") from None
    return count


@main.command()
@click.argument("text", required=False)
@db_option
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--cutoff", default=65.0, show_default=True, type=click.FloatRange(0, 100),
              help="Lowest similarity (0-100) to list; 65 is where the fewest pairs are misjudged "
              "(benchmarks/match_cutoff.py).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--pending", is_flag=True, help="Instead of TEXT: every pending claim, each with its closest "
              "reviewed claim, as JSON lines.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes (--pending).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --pending: write the lines to this file (default: standard output).")
def match(text: str | None, db_path: Path | None, limit: int, cutoff: float, as_json: bool, pending: bool,
          workers: int, output: Path | None) -> None:
    """List the reviewed claims most similar to TEXT, with scores and verdicts; or, with --pending,
    link every claim not yet reviewed to the closest reviewed one.

    \b
    Example: claimcheck match "Les Etats-Unis surveillent toute violation des droits humains"
             claimcheck match --pending --workers 2 -o already-checked.jsonl
    """
    from claimcheck.matching import rank, search_terms

    if pending == (text is not None):
        raise click.UsageError("give TEXT, or --pending for every claim not yet reviewed (one of the two)")
    if pending:
        _match_pending(db_path, cutoff, workers, output)
        return
    with opened(db_path) as store:
        found = rank(text, store.reviewed_like(search_terms(text)), cutoff=cutoff, limit=limit)
    if as_json:
        echo(json.dumps([m.__dict__ for m in found], ensure_ascii=False, indent=2))
        return
    if not found:
        echo("no reviewed claim is similar enough")
        return
    for m in found:
        verdict = m.verdict or "no verdict"
        echo(f"{m.score:5.1f}  {m.status:<9} {verdict:<12} {m.speaker or '—'} · "
             f"{m.article_title or ''} {m.article_date or ''}".rstrip())
        echo(f"       {' '.join(m.content.split())[:200]}")


def _match_pending(db_path: Path | None, cutoff: float, workers: int, output: Path | None) -> None:
    from claimcheck.linking import pending_links

    path = db_path or default_path()
    with opened(path):  # a claimcheck database, or one line saying why not
        pass

    def write(out) -> int:
        count = 0
        for link in pending_links(path, cutoff, workers):
            out.write(json.dumps(link, ensure_ascii=False) + "\n")
            count += 1
        return count

    if output is None:
        count = write(VisibleStream(sys.stdout))
    else:
        _refuse_to_overwrite(output, path)
        count = _write_replacing(output, write, "utf-8")
    echo(f"{count} pending claims resemble a reviewed claim", err=True)


@main.command("import-reviews")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
def import_reviews(file: Path, db_path: Path | None) -> None:
    """Bring in decisions exported (`export --format jsonl`) from another database.

    A claim not reviewed here takes the imported decision; one decided the same way is
    left alone; one decided differently keeps this database's decision and is flagged as a
    conflict (listed by `stats`, shown by the review app's filter `conflicts`) until someone
    decides it again. Malformed lines and unknown claim ids are reported; the rest is imported.

    \b
    Example: claimcheck export --status all -o alice.jsonl --db alice.db
             claimcheck import-reviews alice.jsonl --db team.db
    """
    from claimcheck.ingest import bounded_lines
    from claimcheck.store import imported_review

    counts = {"added": 0, "same": 0, "conflict": 0, "unknown": 0, "pending": 0, "malformed": 0}
    with opened(db_path, create=True) as store:
        try:
            handle = file.open("rb")
        except OSError as err:
            raise click.ClickException(f"cannot read {file}: {err.strerror or err}") from None
        with handle:
            for number, (raw, size) in enumerate(bounded_lines(handle, 1 << 20), start=1):
                # each line on its own: a bad one is reported by number and writes nothing, the next is read
                try:
                    if raw is None:
                        raise ValueError(f"line too large ({size / 1e6:.1f} MB)")
                    line = raw.decode("utf-8", errors="replace")
                    if not line.strip():
                        continue
                    try:
                        record = imported_review(json.loads(line))
                    except RecursionError:
                        raise ValueError("nested too deeply") from None
                    if record["status"] in (None, "pending"):
                        counts["pending"] += 1
                        continue
                    outcome = store.import_review(record, str(file))
                except ValueError as err:
                    counts["malformed"] += 1
                    echo(f"skipped: {file}:{number}: malformed line ({err})", err=True)
                    continue
                counts[outcome] += 1
                if outcome == "unknown":
                    echo(f"skipped: {file}:{number}: no claim {record['id']} in this database", err=True)
    echo(f"{counts['added']} decisions imported, {counts['same']} already the same, "
         f"{counts['conflict']} conflicts, {counts['unknown']} unknown claims, "
         f"{counts['malformed']} malformed lines, {counts['pending']} pending skipped")


@main.group(invoke_without_command=True)
@db_option
@click.pass_context
def speakers(ctx: click.Context, db_path: Path | None) -> None:
    """List speakers with their claim counts and aliases; `speakers merge` joins two.

    \b
    Example: claimcheck speakers
             claimcheck speakers merge "Ned Price" "Price"
    """
    ctx.obj = db_path
    if ctx.invoked_subcommand is not None:
        return
    with opened(db_path) as store:
        rows = store.speakers()
    for row in rows:
        aliases = f"  (also: {', '.join(row['aliases'])})" if row["aliases"] else ""
        echo(f"{row['claims']:6}  {row['name']}{aliases}")


@speakers.command("merge")
@click.argument("keep")
@click.argument("merged")
@db_option
@click.option("--reviewer", default=None, help="Your name in the review log (default: $USER).")
@click.pass_context
def speakers_merge(ctx: click.Context, keep: str, merged: str, db_path: Path | None, reviewer: str | None) -> None:
    """Make MERGED one person with KEEP: its claims and aliases move to KEEP.

    Reviewed claims change speaker through a new review, so the log keeps the history.

    \b
    Example: claimcheck speakers merge "Ned Price" "Price"
    """
    with opened(db_path or ctx.obj) as store:
        moved = store.merge_speakers(keep, merged, reviewer=reviewer or os.environ.get("USER") or "reviewer")
    echo(f"{merged!r} merged into {keep!r}: {moved} claims now attributed to {keep!r}")


@main.command()
@db_option
@click.option("--reviewers", required=True, metavar="A,B,…", help="Who reviews, comma-separated.")
@click.option("--overlap", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Share of the articles (or claims) also given to a second reviewer, to measure agreement.")
@click.option("--by", type=click.Choice(["article", "claim"]), default="article", show_default=True,
              help="Deal whole articles (a reviewer reads each article once) or single claims.")
@click.option("--seed", type=int, default=0, show_default=True, help="The same seed deals the same way.")
def assign(db_path: Path | None, reviewers: str, overlap: float, by: str, seed: int) -> None:
    """Share the pending claims nobody is assigned yet among reviewers.

    Each reviewer's app then opens on their own claims (filter `mine`), and a claim given to two
    reviewers is decided by each without seeing the other's decision; `claimcheck agreement`
    measures how far they agree.

    \b
    Example: claimcheck assign --reviewers alice,bob,carol --overlap 0.1
    """
    names = [name.strip() for name in reviewers.split(",") if name.strip()]
    with opened(db_path) as store:
        try:
            dealt = store.assign(names, overlap, by, seed)
        except StoreError as err:
            raise click.ClickException(str(err)) from None
    if not any(dealt.values()):
        echo("no pending claim left unassigned")
        return
    for name, count in dealt.items():
        echo(f"{name}: {count} claims")


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def agreement(db_path: Path | None, as_json: bool) -> None:
    """How far reviewers agree on the claims two or more of them decided.

    Per field (decision, speaker, type, verdict): the number of claims, percent agreement,
    Krippendorff's alpha (nominal: chance agreement taken out) and the commonest disagreements.
    An editor settles them in the review app (filter `disagreements`).

    \b
    Example: claimcheck agreement --db newsroom.db
    """
    from claimcheck.agreement import FIELDS
    from claimcheck.agreement import agreement as measure

    with opened(db_path) as store:
        report = measure(store.decisions())
    if as_json:
        echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    if not report["claims"]:
        echo("no claim decided by two reviewers yet (`claimcheck assign --overlap` gives some to two)")
        return
    echo(f"{report['claims']} claims decided by two or more of {', '.join(report['reviewers'])}")
    echo(f"{'field':<10} {'items':>6} {'agree':>6} {'alpha':>6}  most frequent disagreements")
    for field in FIELDS:
        f = report[field]
        if not f["items"]:
            echo(f"{field:<10} {0:>6}")
            continue
        alpha = "n/a" if f["alpha"] is None else f"{f['alpha']:.3f}"
        pairs = "; ".join(f"{' vs '.join(d['values'])} ({d['count']})" for d in f["disagreements"][:3]) or "none"
        echo(f"{field:<10} {f['items']:>6} {f['percent_agreement']:>6.0%} {alpha:>6}  {pairs}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="CLAIMCHECK_TOKEN", default=None,
              help="Asked by the browser before anything is shown; required beyond the loopback address "
              "(default: $CLAIMCHECK_TOKEN).")
def serve(db_path: Path | None, host: str, port: int, token: str | None) -> None:
    """Serve the review app to browsers on the desk, through textual-serve.

    Each browser tab runs the same review app as `claimcheck review`, on this machine and
    this database; the reviewer's name is asked on the first screen. On 127.0.0.1 only this
    machine can connect; on any other address a token is required and the page asks for it.
    Needs the optional extra: pip install 'claimcheck[serve]'.

    \b
    Example: CLAIMCHECK_TOKEN=s3cret claimcheck serve --host 0.0.0.0 --port 8000
    """
    import importlib.util
    import shlex

    if importlib.util.find_spec("textual_serve") is None:
        raise click.ClickException("serving needs textual-serve: pip install 'claimcheck[serve]'")
    from claimcheck.serving import LOOPBACK, ReviewServer

    if host not in LOOPBACK and not token:
        raise click.ClickException(f"{host} is reachable from other machines: give a --token (or set "
                                   "CLAIMCHECK_TOKEN) so that only your desk can review")
    path = (db_path or default_path()).resolve()
    with opened(path):  # a claimcheck database, or one line saying why not
        pass
    command = shlex.join([sys.executable, "-m", "claimcheck", "review", "--db", str(path), "--ask-name"])
    echo(f"serving the review app on {path} at http://{host}:{port} (Ctrl+C stops)")
    ReviewServer(command, host, port, token).serve()


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
def browse(db_path: Path | None, host: str, port: int) -> None:
    """Share the database read-only in a browser, through Datasette.

    Tables with titles and descriptions, facets on status, speaker and verdict, and canned
    queries (verified claims by speaker, corrections by reviewer, claims by verdict). The
    database is opened read-only: nothing in the browser can change it. Needs the optional
    extra: pip install 'claimcheck[browse]'.

    \b
    Example: claimcheck browse --db newsroom.db
    """
    import importlib.util
    import signal
    import subprocess
    import tempfile
    from importlib import resources

    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException("browsing needs Datasette: pip install 'claimcheck[browse]'")
    path = db_path or default_path()
    with opened(path):  # a claimcheck database, or one line saying why not
        pass
    shipped = json.loads((resources.files("claimcheck.data") / "datasette.json").read_text(encoding="utf-8"))
    metadata = {k: v for k, v in shipped.items() if k != "database"} | {"databases": {path.stem: shipped["database"]}}
    with tempfile.TemporaryDirectory() as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
        echo(f"serving {path} read-only at http://{host}:{port}/{path.stem} (Ctrl+C stops)")
        server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(path), "--metadata", str(meta),
                                   "--host", host, "--port", str(port)])
        # stopped by a signal (a process manager, `kill`), the server goes too: an orphan would keep the port
        previous = signal.signal(signal.SIGTERM, lambda *_: server.terminate())
        try:
            code = server.wait()
        except KeyboardInterrupt:
            server.terminate()
            server.wait()
            return
        finally:
            signal.signal(signal.SIGTERM, previous)
    if code not in (0, -2, -15, 130):
        raise click.ClickException(f"Datasette stopped with exit code {code}")


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(db_path: Path | None, as_json: bool) -> None:
    """Articles, claims by kind and by review status, and reviewers.

    \b
    Example: claimcheck stats --db newsroom.db
    """
    from claimcheck.agreement import agreement, summary

    with opened(db_path) as store:
        figures = store.stats() | {"agreement": summary(agreement(store.decisions()))}
    if as_json:
        echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    echo(f"database   {figures['database']} (schema {figures['schema']})")
    echo(f"articles   {figures['articles']}")
    echo(f"claims     {figures['claims']}")
    for kind, count in sorted(figures["by_kind"].items()):
        echo(f"  {kind:<10} {count}")
    echo("status")
    for status, count in figures["by_status"].items():
        echo(f"  {status:<10} {count}")
    echo("reviewers")
    for name, count in figures["reviewers"].items():
        echo(f"  {name:<10} {count} decisions")
    echo(f"agreement  {figures['agreement']}")
    if figures["conflicts"]:
        echo(f"conflicts  {len(figures['conflicts'])} (open them with the review app's filter: conflicts)")
        for c in figures["conflicts"]:
            echo(f"  {c['claim_id']}  {c['our_reviewer']}: {c['our_status']}/{c['our_speaker']}/{c['our_verdict']}"
                 f"  vs  {c['their_reviewer']}: {c['their_status']}/{c['their_speaker']}/{c['their_verdict']}")


@main.command()
@db_option
@click.option("--reset", is_flag=True, help="Go back to the shipped model (the trained one is kept aside).")
@click.option("--gold", "gold_dirs", multiple=True, type=(click.Choice(["fr", "en"]), click.Path(exists=True,
              file_okay=False, path_type=Path)), metavar="LANG DIR",
              help="Maintainers: rebuild the shipped model from annotated folders (repeatable).")
@click.option("--model", default=None, help="spaCy pipeline (default: the language's).")
def learn(db_path: Path | None, reset: bool, gold_dirs: tuple[tuple[str, Path], ...], model: str | None) -> None:
    """Retrain the speaker ranker and the statement model on this database's reviews, with the shipped examples.

    An accepted quote confirms its speaker; a corrected one gives the right one. An accepted
    statement was worth checking; a rejected one was not. Prints speaker accuracy on the
    reviewed quotes, and agreement with the reviewers on statements, before (the model in use)
    and after (cross-validated: each article judged by a model trained without it). The next
    `extract` uses the new models, stored beside the database; `--reset` goes back to the shipped ones.

    \b
    Example: claimcheck learn --db newsroom.db
    """
    from claimcheck import learning, statement_learning
    from claimcheck.extract.statements import shipped as shipped_statements
    from claimcheck.nlp import ModelMissing, load_pipeline

    if gold_dirs:
        _ship_model(gold_dirs, model)
        return
    path = db_path or default_path()
    if reset:
        aside = [p for p in (learning.retire(path, key) for key in (*learning.LANGUAGES, learning.STATEMENTS)) if p]
        echo(f"using the shipped model again (the trained one is kept as {', '.join(map(str, aside))})"
             if aside else "already using the shipped model")
        return
    pipelines: dict[str, object] = {}

    def nlp_for(lang: str):
        if lang not in pipelines:
            pipelines[lang] = load_pipeline(model, lang)
        return pipelines[lang]

    try:
        with opened(db_path) as store:
            reviewed = list(learning.review_examples(store, nlp_for))
            decided = list(statement_learning.review_rows(store, nlp_for))
        current = {lang: learning.active_model(path, lang) for lang in (*learning.LANGUAGES, learning.STATEMENTS)}
    except (ModelMissing, learning.ModelError) as err:
        raise click.ClickException(str(err)) from None
    if not reviewed and not decided:
        echo("no reviewed quotes or statements to learn from: the models in use stay as they are")
        return
    table = learning.shipped_examples() if reviewed else []
    for lang in learning.LANGUAGES:
        mine = [e for e in reviewed if e.lang == lang]
        if not mine:
            continue
        shipped = [e for e in table if e.lang == lang]
        articles = len({e.group for e in mine})
        before = learning.accuracy(current[lang] or learning.shipped(lang), mine)
        others = [e for e in table if e.lang != lang]
        form = learning.best_form(mine, always=shipped, others=others, incumbent=learning.shipped(lang))
        after = form.accuracy
        ranker = learning.fit(shipped + mine + (others if form.pooled else []),
                              {"lang": lang, "reviewed_quotes": len(mine), "reviewed_articles": articles,
                               "shipped_quotes": len(shipped), "pooled": form.pooled,
                               "cross_validated_accuracy": round(after, 4)}, pairs=form.pairs, bags=learning.BAGS)
        saved = learning.install(path, lang, ranker)
        echo(f"{lang}: {len(mine)} reviewed quotes in {articles} article{'s' if articles != 1 else ''}")
        echo(f"{lang}: speaker accuracy on them: before {before:.3f} (model in use), "
             f"after {after:.3f} (cross-validated by article){_described(form)}")
        echo(f"{lang}: saved model version {ranker.meta['version']} to {saved}")
    if decided:
        in_use = current[learning.STATEMENTS] or shipped_statements()
        before = statement_learning.agreement(in_use, decided, float(in_use.meta.get("threshold", 0.5)))
        model, after = statement_learning.from_reviews(decided, statement_learning.shipped_rows(), shipped_statements())
        saved = learning.install(path, learning.STATEMENTS, model)
        articles = len({r.group for r in decided})
        echo(f"statements: {len(decided)} reviewed in {articles} article{'s' if articles != 1 else ''}")
        echo(f"statements: agreement with the reviewers: before {before:.3f} (model in use), "
             f"after {after:.3f} (cross-validated by article)")
        echo(f"statements: saved model version {model.meta['version']} to {saved}")
    echo("the next `claimcheck extract` uses the new models; `claimcheck learn --reset` goes back to the shipped ones")


def _described(form: "learning.Form") -> str:
    said = [words for on, words in ((form.pairs, "feature pairs"), (form.pooled, "other languages' examples")) if on]
    return f" (with {' and '.join(said)})" if said else ""


def _ship_model(gold_dirs: tuple[tuple[str, Path], ...], model: str | None) -> None:
    """Rebuild the training table and model shipped in claimcheck/data from annotated folders."""
    from importlib import resources

    from claimcheck import learning
    from claimcheck.nlp import load_pipeline

    from claimcheck import statement_learning

    examples, annotated = [], []
    for lang, folder in gold_dirs:
        nlp = load_pipeline(model, lang)
        examples += [e for case in learning.gold_cases(folder, nlp, lang, f"{lang}/{folder.name}")
                     for e in case.examples]
        annotated += statement_learning.gold_articles(folder, nlp, lang, f"{lang}/{folder.name}")
    data = Path(str(resources.files("claimcheck.data")))
    learning.write_examples(examples, data / "speaker_training.jsonl")
    if annotated:
        statement_learning.write_rows([r for a in annotated for r in a.rows], data / "statement_training.jsonl")
        statements = statement_learning.train(annotated, meta={"version": 0, "articles": len(annotated),
                                                                "statements": sum(len(a.gold) for a in annotated)})
        (data / "statement_model.json").write_text(statements.to_json(), encoding="utf-8")
        figures = statements.meta["cross_validated"]
        echo(f"statements: {statements.meta['statements']} in {len(annotated)} articles; cross-validated "
             f"P {figures['precision']:.3f} R {figures['recall']:.3f} F1 {figures['f1']:.3f}, offered from "
             f"{statements.meta['threshold']}")
    for lang in sorted({e.lang for e in examples}):
        mine = [e for e in examples if e.lang == lang]
        others = [e for e in examples if e.lang != lang]
        form = learning.best_form(mine, others=others, incumbent=learning.shipped(lang))
        ranker = learning.fit(mine + (others if form.pooled else []),
                              {"lang": lang, "version": 0, "shipped_quotes": len(mine), "pooled": form.pooled,
                               "cross_validated_accuracy": round(form.accuracy, 4)}, pairs=form.pairs,
                              bags=learning.BAGS)
        (data / f"speaker_model_{lang}.json").write_text(ranker.to_json(), encoding="utf-8")
        echo(f"{lang}: {len(mine)} quotes; cross-validated speaker accuracy {form.accuracy:.3f}"
             f"{_described(form)}")
    echo(f"wrote {data}")


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--model", default=None, help="spaCy pipeline (default: the best installed for the language).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, help="Default: detected from the articles.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--errors", is_flag=True, help="Also list, per article, missed and false quotes and wrong speakers "
              "with their candidates and the features that weighed most.")
def evaluate(gold_dir: Path, model: str | None, lang: str | None, as_json: bool, errors: bool) -> None:
    """Score the extractor against hand-annotated articles (NNN.txt + NNN.json).

    Precision, recall and F1 at overlap 0.3 and 0.8, speaker accuracy, end-to-end F1
    and recall by quote type, as defined in the annotation guidelines; and, where the gold
    lists them, the check-worthy statements found (a line starting with `statements`).

    \b
    Example: claimcheck evaluate ../shared/eval/fr-dev
    """
    from claimcheck.evaluate import format_errors, format_report, run_evaluation
    from claimcheck.nlp import ModelMissing

    try:
        result = run_evaluation(gold_dir, model, lang, errors=errors)
    except (ValueError, ModelMissing) as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    echo(format_report(result))
    if errors:
        echo(format_errors(result["errors"]))
