"""The review app on a large database: time to first screen and key-to-screen latency.

    python benchmarks/review_app.py [--claims 100000] [--keys 300]

Builds a database of generated claims (kept between runs in the system's temp folder), then
runs `claimcheck review` in a pseudo-terminal of 140x40, as a reviewer's terminal would, and
times from writing each key to the last byte the app draws for it: the decision saved (writer
thread), the next claim read (worker) and the frame painted. Prints; judges nothing.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(path: Path, claims: int, per_article: int = 10) -> None:
    from claimcheck.model import Article, Claim, Offsets
    from claimcheck.store import Store

    if path.exists():
        with Store.open(path) as store:
            if store.stats()["claims"] >= claims:
                return
        path.unlink()
    with Store.open(path) as store:
        for a in range(claims // per_article):
            parts = [f"« Déclaration numéro {a}-{i} sur le budget de l'État », a déclaré le ministre Paul Durand{a % 50}."
                     for i in range(per_article)]
            text = " ".join(parts)
            article = Article(text=text, source=f"generated/{a:06d}.txt", title=f"Article {a}", date="2024-01")
            found, offset = [], 0
            for part in parts:
                start = text.index("Déclaration", offset)
                end = text.index(" »", start)
                speaker = text.index("Paul", end)
                found.append(Claim(kind="quote", type="direct", content=Offsets(start, end),
                                   sentence=Offsets(start - 2, start - 2 + len(part)),
                                   speaker=f"Paul Durand{a % 50}",
                                   mention=Offsets(speaker, speaker + len(f"Paul Durand{a % 50}")), confidence=0.9))
                offset = end
            store.add_article(article, found, "bench")


KEYS = {"a": "accept (save + next pending)", "j": "move to next claim", "x": "reject (save + next pending)"}


def drain(terminal: int, quiet: float, limit: float) -> float | None:
    """Read the app's output until it is quiet for `quiet` s; when its last byte came."""
    last, deadline = None, time.perf_counter() + limit
    while time.perf_counter() < deadline:
        if not select.select([terminal], [], [], quiet)[0]:
            break
        try:
            if os.read(terminal, 1 << 16):
                last = time.perf_counter()
        except OSError:  # the app has gone
            break
    return last


def probe(db: Path, keys: int) -> tuple[float, dict[str, list[float]]]:
    terminal, app_side = pty.openpty()
    fcntl.ioctl(app_side, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "claimcheck", "review", "--db", str(db), "--reviewer", "bench"],
                               stdin=app_side, stdout=app_side, stderr=app_side, cwd=ROOT, start_new_session=True,
                               env=dict(os.environ, TERM="xterm-256color"))
    os.close(app_side)
    first = drain(terminal, quiet=1.0, limit=60) - started
    timings: dict[str, list[float]] = {key: [] for key in KEYS}
    for n in range(keys):
        key = "ajx"[n % 3]
        sent = time.perf_counter()
        os.write(terminal, key.encode())
        last = drain(terminal, quiet=0.15, limit=10)
        if last is not None:
            timings[key].append((last - sent) * 1000)
    os.write(terminal, b"q")
    drain(terminal, quiet=0.5, limit=10)
    process.wait(timeout=30)
    os.close(terminal)
    return first, timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"claimcheck-bench-{args.claims}.db"
    t = time.perf_counter()
    build(path, args.claims)
    print(f"database: {path} ({args.claims:,} claims, built or reused in {time.perf_counter() - t:.1f} s)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "review.db"
        shutil.copy(path, db)  # every run starts from the same undecided claims
        first, timings = probe(db, args.keys)
    print(f"first screen (process start, imports, open, first frame drawn): {first:.2f} s")
    print("key to screen (key written to the terminal -> last byte of the frame drawn for it):")
    for key, ms in timings.items():
        ms.sort()
        print(f"{KEYS[key]:<32} p50 {statistics.median(ms):6.1f} ms   p95 {ms[int(len(ms) * 0.95) - 1]:6.1f} ms"
              f"   ({len(ms)} keys)")


if __name__ == "__main__":
    main()
