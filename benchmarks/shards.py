"""`extract-shards` on a local Dask cluster: throughput at 1 and 2 workers against bare spaCy, worker memory.

    python benchmarks/shards.py [--articles 1000] [--shard-size 100] [--workers 1 2]

The corpus is benchmarks/extraction.py's (French articles made distinct with a counter). Bare
spaCy is `nlp.pipe` in one process on the same texts. Each run starts its own cluster; the time
counts from the first shard submitted to the last written (the pipelines' loading included), and
the peak resident memory of each worker is read when the run ends. Prints; judges nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import bare, corpus  # noqa: E402


def peak_memory_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sharded(articles, workers: int, shard_size: int) -> tuple[float, list[float]]:
    from dask.distributed import Client, as_completed

    from claimcheck import shards

    with tempfile.TemporaryDirectory() as out, shards.local_cluster(workers) as cluster, Client(cluster) as client:
        settings = shards.Settings(lang="fr")
        problems: list = []
        start = time.perf_counter()
        futures = [client.submit(shards.extract_shard, shard, out, settings, pure=False)
                   for shard in shards.cut(articles, shard_size, problems)]
        for future in as_completed(futures):
            future.result()
        elapsed = time.perf_counter() - start
        memory = sorted(client.run(peak_memory_mb).values())
    return elapsed, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shard-size", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    from claimcheck.nlp import default_model

    articles = corpus(args.articles)
    model = default_model("fr")
    base = bare(model, [a.text for a in articles], 1)
    print(f"{args.articles} articles, {model}, shards of {args.shard_size}; bare spaCy, 1 process: {base:.1f} s")
    timings = {}
    for workers in args.workers:
        elapsed, memory = sharded(articles, workers, args.shard_size)
        timings[workers] = elapsed
        print(f"extract-shards, {workers} worker{'s' if workers > 1 else ' '}: {elapsed:6.1f} s  "
              f"{base / elapsed:.2f}x bare spaCy  {timings[min(timings)] / elapsed:.2f}x the {min(timings)}-worker run  "
              f"peak memory per worker {', '.join(f'{m:.0f}' for m in memory)} MB")


if __name__ == "__main__":
    main()
