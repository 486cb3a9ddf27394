"""Export speed and memory: 100,000 claims to each format.

    python benchmarks/export.py [--claims 100000]

Reuses (or builds) the generated database of benchmarks/review_app.py, and runs each export
in a fresh process, reporting wall time and the process's own peak memory. Prints only.
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

from benchmarks.review_app import build  # noqa: E402

PROBE = r"""
import sys, time
from claimcheck.cli import main
start = time.perf_counter()
try:
    main(["export", "--db", sys.argv[1], "--format", sys.argv[2], "--status", "all", "-o", sys.argv[3]],
         standalone_mode=False)
finally:
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
    print(time.perf_counter() - start, int(hwm.split()[1]) / 1024)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"claimcheck-bench-{args.claims}.db"
    build(path, args.claims)
    print(f"{args.claims:,} claims in {path}")
    for fmt in ("jsonl", "csv", "markdown", "claimreview"):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"out.{fmt}"
            t = time.perf_counter()
            run = subprocess.run([sys.executable, "-c", PROBE, str(path), fmt, str(out)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            seconds, peak = map(float, run.stdout.split()[-2:])
            size = out.stat().st_size / 1e6
            print(f"{fmt:<12} {seconds:6.2f} s export ({time.perf_counter() - t:5.2f} s with start-up), "
                  f"peak {peak:5.0f} MB, {size:6.1f} MB written")


if __name__ == "__main__":
    main()
