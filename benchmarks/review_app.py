"""The review app on a large database: time to first screen and per-key latency.

    python benchmarks/review_app.py [--claims 100000] [--keys 300]

Builds a database of generated claims (kept between runs in the system's temp folder),
then, in a fresh process, times import + open + first screen, and the time each key takes
to be handled (decision saved and next claim shown). Prints; judges nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
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


PROBE = r"""
import asyncio, sys, time
started = float(sys.argv[1])
from claimcheck.store import Store
from claimcheck.review.app import make_app

async def main():
    app = make_app(Store.open(sys.argv[2]), "bench")
    handler = []

    def timed(method):
        def run(*args):
            t = time.perf_counter()
            method(*args)
            handler.append(time.perf_counter() - t)
        return run

    for name in ("action_accept", "action_reject", "action_move"):
        setattr(app, name, timed(getattr(app, name)))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        first = time.time() - started
        timings = {"a": [], "j": [], "x": [], "z": []}
        for n in range(50):
            t = time.perf_counter()
            await pilot.press("z")  # bound to nothing: what the test pilot itself costs per key
            timings["z"].append(time.perf_counter() - t)
        for n in range(int(sys.argv[3])):
            key = "a" if n % 3 == 0 else ("j" if n % 3 == 1 else "x")
            t = time.perf_counter()
            await pilot.press(key)
            timings[key].append(time.perf_counter() - t)
        print(first)
        for key, values in timings.items():
            print(key, " ".join(f"{v:.6f}" for v in values))
        print("h", " ".join(f"{v:.6f}" for v in handler))

asyncio.run(main())
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"claimcheck-bench-{args.claims}.db"
    t = time.perf_counter()
    build(path, args.claims)
    print(f"database: {path} ({args.claims:,} claims, built or reused in {time.perf_counter() - t:.1f} s)")
    run = subprocess.run([sys.executable, "-c", PROBE, repr(time.time()), str(path), str(args.keys)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    lines = run.stdout.strip().splitlines()
    print(f"first screen (process start, imports, open, first frame): {float(lines[0]):.2f} s")
    names = {"a": "accept (save + next pending)", "x": "reject (save + next pending)", "j": "move to next claim"}
    samples = {line.split()[0]: sorted(float(v) * 1000 for v in line.split()[1:]) for line in lines[1:]}
    overhead = statistics.median(samples.pop("z"))
    handler = samples.pop("h")
    print(f"key handlers alone (query, save, next claim; all keys): p50 {statistics.median(handler):.1f} ms, "
          f"p95 {handler[int(len(handler) * 0.95) - 1]:.1f} ms")
    print(f"with drawing the screen (the test pilot's own {overhead:.1f} ms per key, measured with an unbound key, "
          f"subtracted):")
    for key, ms in samples.items():
        net = [max(v - overhead, 0.0) for v in ms]
        p95 = net[int(len(net) * 0.95) - 1]
        print(f"{names[key]:<32} p50 {statistics.median(net):6.1f} ms   p95 {p95:6.1f} ms   "
              f"(raw p50 {statistics.median(ms):.1f} ms, {len(ms)} keys)")


if __name__ == "__main__":
    main()
