"""Throughput of `reportgen build FOLDER --jobs N` on the 30 BBC Syria articles, N = 1 and 2.

Runs alternate (--jobs 1, then --jobs 2, and again) so both see the same load on a shared
machine; prints the medians, documents per second and the ratio of the medians. Skips cleanly
when ../shared/data is absent.

    python bench/bench_batch.py [--runs 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTGEN_SHARED", ROOT.parent / "shared"))
ARTICLES = SHARED / "data" / "syria" / "bbc_homs_dev30.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not ARTICLES.is_file():
        print(f"skipped: {ARTICLES} not found")
        return 0
    rows = [json.loads(line) for line in ARTICLES.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for i, row in enumerate(rows):
            (inbox / f"article{i:02d}.txt").write_text(row["text"], encoding="utf-8")
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        for _ in range(args.runs):
            for jobs in times:
                cmd = [sys.executable, "-m", "reportgen", "build", str(inbox)]
                cmd += ["--out", str(Path(tmp) / f"out{jobs}"), "--jobs", str(jobs)]
                start = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
                times[jobs].append(time.perf_counter() - start)
    print(f"{len(rows)} articles, full pack each, alternating runs, median of {args.runs}:")
    for jobs, values in times.items():
        t = statistics.median(values)
        print(f"  --jobs {jobs}: {t:6.2f} s  ({len(rows) / t:5.2f} documents/s)")
    ratio = statistics.median(times[1]) / statistics.median(times[args.jobs])
    print(
        f"  throughput --jobs {args.jobs} / --jobs 1: {ratio:.2f}x  (CPUs here: {os.cpu_count()})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
