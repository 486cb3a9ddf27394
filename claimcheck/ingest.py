"""Read articles from files and folders, whatever state they are in.

Every file yields articles or problems, never an exception: a newsroom's folder
always holds one file that is empty, binary or saved in the wrong encoding.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from claimcheck.model import Article
from claimcheck.visible import single_line

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

HEADER = re.compile(r'^date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+"(.*)"\s*$')


@dataclass(frozen=True)
class Problem:
    """Why a file (or one line of it) was skipped, or a warning about it."""

    source: str
    reason: str
    line: int | None = None
    skipped: bool = True
    articles: int = 1  # how many articles it stands for (one line for every article of a language)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return single_line(f"{'skipped' if self.skipped else 'warning'}: {where}: {self.reason}")


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def iter_files(paths: Iterable[Path | str | Problem]) -> Iterator[Path | str | Problem]:
    """Files named directly, plus supported files found under folders (sorted, recursive); web addresses
    (str) as they are. A folder that cannot be read, or a link to a folder (never followed: it may loop),
    is a problem said aloud."""
    for path in paths:
        # a problem found by an earlier listing, or a web address, passes on
        if isinstance(path, (Problem, str)) or not path.is_dir():
            yield path
            continue
        found: list[Path | Problem] = []

        def unreadable(err: OSError) -> None:
            found.append(Problem(str(err.filename or path), f"folder not read: {err.strerror or err}"))

        for folder, subfolders, files in os.walk(path, onerror=unreadable):
            for name in subfolders:
                if os.path.islink(os.path.join(folder, name)):
                    found.append(Problem(os.path.join(folder, name), "a link to a folder, not followed"))
            found += [Path(folder, name) for name in files if Path(name).suffix.lower() in SUPPORTED]
        yield from sorted(found, key=lambda item: str(item.source if isinstance(item, Problem) else item))


def read_articles(paths: Iterable[Path | str]) -> Iterator[Article | Problem]:
    for path in iter_files(paths):
        if isinstance(path, Problem):
            yield path
        elif isinstance(path, str):
            yield read_url(path)
        else:
            yield from read_file(path)


FETCH_SECONDS = 20
WEB_PAGES = {"text/html", "application/xhtml+xml", "text/plain"}


def read_url(url: str) -> Article | Problem:
    """A web page, fetched and reduced to its article as an HTML file is; its address kept as the url."""
    import urllib.error
    import urllib.request

    from claimcheck import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"claimcheck/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_SECONDS) as response:
            kind = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            raw = response.read(MAX_ARTICLE_BYTES + 1) if kind in WEB_PAGES else b""
    except urllib.error.HTTPError as err:
        return Problem(url, f"cannot fetch: HTTP {err.code} {err.reason}")
    except (urllib.error.URLError, OSError, ValueError) as err:  # unreachable, refused, timed out, malformed
        return Problem(url, f"cannot fetch: {getattr(err, 'reason', None) or err}")
    if kind not in WEB_PAGES:
        return Problem(url, f"not a web page ({kind})")
    if len(raw) > MAX_ARTICLE_BYTES:
        return Problem(url, "too large (over 2 MB)")
    text, warning = (raw.decode(charset, errors="replace"), None) if charset and _known(charset) else decode(raw)
    if text is None:
        return Problem(url, warning or "binary content")
    article = _from_html(text, url) if kind != "text/plain" else _from_text(text, url, default_title=url)
    return replace(article, url=url) if isinstance(article, Article) and not article.url else article


def _known(charset: str) -> bool:
    import codecs

    try:
        codecs.lookup(charset)
        return True
    except LookupError:
        return False


def read_file(path: Path) -> Iterator[Article | Problem]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError as err:
        yield Problem(source, f"cannot read: {err.strerror or err}")
        return
    if not regular:  # a FIFO waits forever, /dev/zero never ends
        yield Problem(source, "not a regular file (a pipe, a device or a socket)")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield Problem(source, f"too large ({size / 1e6:.1f} MB; the limit is 2 MB an article)")
            return
        raw = path.read_bytes()
    except OSError as err:
        yield Problem(source, f"cannot read: {err.strerror or err}")
        return
    text, warning = decode(raw)
    if text is None:
        yield Problem(source, warning or "binary file")
        return
    if warning:
        yield Problem(source, warning, skipped=False)
    if suffix in HTML_SUFFIXES:
        yield _from_html(text, source)
    else:
        yield _from_text(text, source, default_title=_title_from_name(path))


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """UTF-8 first, then the encodings old newsroom exports use; None for binary data."""
    if b"\x00" in raw[:8192]:
        return None, "binary file (contains NUL bytes)"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            return None, "binary file (not text in any known encoding)"
        return text, f"not UTF-8, read as {encoding}"
    return None, "binary file"


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bool(sample) and control / len(sample) > 0.1


def _title_from_name(path: Path) -> str:
    return re.sub(r"[_\-]+", " ", path.stem).strip() or path.name


def _from_text(text: str, source: str, default_title: str) -> Article | Problem:
    if not text.strip():
        return Problem(source, "empty file")
    first, _, rest = text.lstrip("\ufeff \t\r\n").partition("\n")
    if first.startswith("date "):
        match = HEADER.match(first.strip())
        if not match:
            return Problem(source, 'malformed header on line 1 (expected: date YYYY-MM "Title")', line=1)
        body = rest.lstrip("\r\n")
        if not body.strip():
            return Problem(source, "header but no article text")
        return Article(text=body, source=source, title=match.group(2), date=match.group(1))
    return Article(text=text, source=source, title=default_title)


def _from_html(html: str, source: str) -> Article | Problem:
    import trafilatura  # heavy; only for HTML input

    # fast: no justext fallback, whose paragraph pass is quadratic on pages with huge tables
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                           fast=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Problem(source, "no article text found in the HTML")
    title = getattr(document, "title", None)
    date = getattr(document, "date", None)
    url = getattr(document, "url", None)
    return Article(text=text, source=source, title=title, date=date, url=url)


def _read_jsonl(path: Path) -> Iterator[Article | Problem]:
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Problem(source, f"cannot read: {err.strerror or err}")
        return
    with handle:
        seen_any = False
        for number, (raw, size) in enumerate(bounded_lines(handle, MAX_ARTICLE_BYTES + 4096), start=1):
            if raw is None:
                seen_any = True
                yield Problem(source, f"line too large ({size / 1e6:.1f} MB; the limit is 2 MB an article)", number)
                continue
            if not raw.strip():
                continue
            seen_any = True
            text, warning = decode(raw)
            if text is None:
                yield Problem(source, "binary data, not JSON", number)
                continue
            yield from _from_json_line(text, source, number, warning)
        if not seen_any:
            yield Problem(source, "empty file")


def bounded_lines(handle, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """Lines of at most `limit` bytes; a longer one is skipped a chunk at a time and given as
    (None, its size), so a 600 MB line never sits in memory."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            size += len(raw)
        yield None, size


def _from_json_line(line: str, source: str, number: int, warning: str | None) -> Iterator[Article | Problem]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        yield Problem(source, f"malformed JSON ({err.msg} at column {err.colno})", number)
        return
    except RecursionError:
        yield Problem(source, "malformed JSON (nested too deeply)", number)
        return
    if not isinstance(record, dict):
        yield Problem(source, "expected a JSON object with a \"text\" field", number)
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Problem(source, 'missing or empty "text" field', number)
        return
    if warning:
        yield Problem(source, warning, number, skipped=False)
    fields = {key: record.get(key) for key in ("title", "date", "url", "lang")}
    fields = {key: str(value) for key, value in fields.items() if value not in (None, "")}
    external_id = str(record["id"]) if record.get("id") not in (None, "") else None
    yield Article(text=text, source=f"{source}:{number}", external_id=external_id, **fields)
