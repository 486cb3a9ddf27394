"""Claims already checked, at scale: new claims matched against reviewed ones.

    python benchmarks/matching.py [--reviewed 10000] [--new 100000] [--sample 5000]
    python benchmarks/matching.py --batch [--new 100000]    # `claimcheck match --pending`, 1 and 2 workers

Builds a database of `--reviewed` reviewed claims made from the sentences of the shipped
articles (shuffled and varied so no two are equal), then matches new claims against it the
way the review app and `claimcheck match` do (full-text candidates, then rapidfuzz). Times
`--sample` of the `--new` claims and extrapolates to all of them unless `--sample` is 0.
With `--batch`, stores the `--new` claims as pending in a copy of that database and times the
batch path over all of them (`claimcheck.linking.pending_links`), with one and two workers.
Prints time and the process's peak memory.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.ingest import read_articles  # noqa: E402
from claimcheck.matching import rank, search_terms  # noqa: E402
from claimcheck.model import Article, Claim, Offsets  # noqa: E402
from claimcheck.store import Store  # noqa: E402


def sentences() -> list[str]:
    folders = [f for f in (ROOT / "seeds", ROOT.parent / "shared" / "eval" / "fr-dev") if f.exists()]
    found = []
    for article in read_articles(folders):
        if isinstance(article, Article):
            found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", article.text) if len(s.split()) >= 8]
    return found


def variant(rng: random.Random, pool: list[str]) -> str:
    words = rng.choice(pool).split()
    for _ in range(rng.randint(0, 3)):  # a few words changed, as when another outlet quotes the same words
        i = rng.randrange(len(words))
        words[i] = rng.choice(rng.choice(pool).split())
    return " ".join(words)


def build(path: Path, count: int, rng: random.Random, pool: list[str], reviewed: bool = True) -> None:
    """Articles of ten claims each, made from the pool's sentences; reviewed (with verdicts) or left pending."""
    name = "reviewed" if reviewed else "new"
    with Store.open(path) as store:
        for a in range(0, count, 10):
            parts = [variant(rng, pool) + (f" ({a + i})" if reviewed else f" [{a + i}]") for i in range(10)]
            text = "\n\n".join(parts)
            claims, offset = [], 0
            for part in parts:
                start = text.index(part, offset)
                claims.append(Claim(kind="quote", type="direct", content=Offsets(start, start + len(part)),
                                    sentence=Offsets(start, start + len(part)), speaker="Speaker", confidence=0.9))
                offset = start + len(part)
            article = Article(text=text, source=f"{name}/{a}.txt", title=f"{name.capitalize()} {a}")
            store.add_article(article, claims, "bench")
        if not reviewed:
            return
        ids = [r["id"] for r in store.iter_claims()]
        for n, claim_id in enumerate(ids):
            store.review(claim_id, "accept", reviewer="bench", status="accepted",
                         verdict=("true", "false", "misleading")[n % 3])


def batch(reviewed: Path, count: int, rng: random.Random, pool: list[str]) -> None:
    import shutil

    from claimcheck.linking import pending_links

    path = reviewed.with_name(f"{reviewed.stem}-pending-{count}.db")
    if not path.exists():
        t = time.perf_counter()
        shutil.copy(reviewed, path)
        build(path, count, rng, pool, reviewed=False)
        print(f"added {count:,} pending claims in {time.perf_counter() - t:.1f} s")
    for workers in (1, 2):
        t = time.perf_counter()
        linked = sum(1 for _ in pending_links(path, workers=workers))
        seconds = time.perf_counter() - t
        print(f"{count:,} pending claims, {workers} worker{'s' if workers > 1 else ''}: {seconds:.1f} s "
              f"({seconds / count * 1000:.2f} ms a claim), {linked:,} linked to a reviewed claim")


def peak_mb() -> float:
    hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
    return int(hwm.split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewed", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=5_000)
    parser.add_argument("--batch", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    pool = sentences()
    path = Path(tempfile.gettempdir()) / f"claimcheck-matching-{args.reviewed}.db"
    if not path.exists():
        t = time.perf_counter()
        build(path, args.reviewed, rng, pool)
        print(f"built {args.reviewed:,} reviewed claims in {time.perf_counter() - t:.1f} s")
    if args.batch:
        batch(path, args.new, rng, pool)
        print(f"peak memory (this process; workers apart): {peak_mb():.0f} MB")
        return
    count = min(args.sample or args.new, args.new)
    new_claims = [variant(rng, pool) for _ in range(count)]
    with Store.open(path) as store:
        t = time.perf_counter()
        linked = 0
        for text in new_claims:
            linked += bool(rank(text, store.reviewed_like(search_terms(text)), limit=1))
        seconds = time.perf_counter() - t
    per_claim = seconds / count * 1000
    print(f"{count:,} new claims against {args.reviewed:,} reviewed: {seconds:.1f} s, {per_claim:.2f} ms a claim, "
          f"{linked:,} linked to a reviewed claim")
    if count < args.new:
        print(f"extrapolated to {args.new:,} new claims: {per_claim * args.new / 1000:.0f} s")
    print(f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
