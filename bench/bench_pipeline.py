"""Time the sample's build: cold processes end to end, and each stage in one warm process.

The cold build is measured against the import floor (a process that only imports reportlab,
python-docx and python-pptx) in alternating runs, floor then build, so both see the same load
on a shared machine; it prints the medians and the median of the per-pair ratios. Before
timing, reportgen is byte-compiled, as an installed package is, and one untimed build fills
the on-disk caches (``reportgen.diskcache``: font maps, the slide template, compiled regular
expressions and record methods), as any earlier run on the machine would have.

``--large`` adds a full pack of a ~1 MB document (and of 100-500 KB parts of it, to show how
cost grows), each in a fresh process: wall time, CPU time, the time it waited for a core
(where wall time goes on a machine others load), peak RSS, and the growth from 100 KB to 1 MB
(10x is linear).

    python bench/bench_pipeline.py [--runs 9] [--large | --large-only] [FILE]
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

from _timing import median_seconds

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTGEN_SHARED", ROOT.parent / "shared"))
FLOOR = "import reportlab, docx, pptx (floor)"
BUILD = "reportgen build (all five files)"
T = TypeVar("T")


class Run(NamedTuple):
    """What one fresh process cost."""

    wall: float
    cpu: float
    """User plus system seconds of the process and its children."""
    waiting: float
    """Seconds it was ready to run but waited for a core (Linux's schedstat; 0 elsewhere)."""
    peak_mb: float


def _timed(args: list[str]) -> Run:
    """What one fresh process running ``args`` cost.

    CPU time is printed beside wall time: on a machine other people load, it shows what the
    run itself cost when the wall clock also counts waiting for a core, which the scheduler's
    own count (read while the process runs, every few milliseconds) shows directly.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    waited = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        waited = _waiting(proc.pid, waited)
        time.sleep(0.005)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed: {err}")
    if proc.stderr:
        proc.stderr.close()
    return Run(wall, usage.ru_utime + usage.ru_stime, waited, usage.ru_maxrss / 1024)


def _waiting(pid: int, last: float) -> float:
    """Seconds ``pid`` has spent runnable but not running so far (``last`` if unknown)."""
    try:
        fields = Path(f"/proc/{pid}/schedstat").read_text().split()
    except OSError:
        return last
    return int(fields[1]) / 1e9 if len(fields) > 1 else last


def cold(file: str, runs: int) -> None:
    """Medians of alternating cold runs, and the build's ratio to the import floor."""
    py = sys.executable
    compileall.compile_dir(str(ROOT / "reportgen"), quiet=1)
    with tempfile.TemporaryDirectory() as out:
        commands = {
            "python -c pass": [py, "-c", "pass"],
            FLOOR: [py, "-c", "import reportlab.platypus, docx, pptx"],
            "reportgen --help": [py, "-m", "reportgen", "--help"],
            BUILD: [py, "-m", "reportgen", "build", file, "--out", out],
        }
        _timed(commands[BUILD])  # fills the font and template caches once
        times: dict[str, list[float]] = {label: [] for label in commands}
        cpu: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(runs):
            for label, cmd in commands.items():
                run = _timed(cmd)
                times[label].append(run.wall)
                cpu[label].append(run.cpu)
        print(f"cold processes, alternating, median of {runs} (wall, CPU):")
        for label, values in times.items():
            print(
                f"  {label:<42} {statistics.median(values) * 1000:8.0f} ms"
                f"  {statistics.median(cpu[label]) * 1000:8.0f} ms CPU"
            )
        for name, table in (("wall", times), ("CPU", cpu)):
            ratios = [b / f for b, f in zip(table[BUILD], table[FLOOR], strict=True)]
            print(
                f"  build / import floor ({name}): {statistics.median(ratios):.2f}x "
                f"(median of {runs} paired ratios; ratio of medians "
                f"{statistics.median(table[BUILD]) / statistics.median(table[FLOOR]):.2f}x)"
            )
        sizes = {p.suffix: p.stat().st_size for p in Path(out).iterdir()}
        print("  sizes: " + ", ".join(f"{k} {v / 1024:.0f} KB" for k, v in sorted(sizes.items())))


def large_document(size: int) -> str | None:
    """News articles one after another, blank-line separated, cut to ``size`` characters."""
    path = SHARED / "data" / "summaries" / "cnndm_dev100.jsonl"
    if not path.is_file():
        return None
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    text = "\n\n".join(r["text"] for r in rows)
    return (text * (size // len(text) + 1))[:size]


def large(runs: int) -> None:
    """A full pack of 100 KB to 1 MB documents, each in a fresh process: time and peak RSS."""
    if large_document(1) is None:
        print(f"large documents: skipped ({SHARED / 'data'} not found)")
        return
    print(f"full pack of a large document, fresh process each, median of {runs}:")
    cpu_at: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (100_000, 250_000, 500_000, 1_000_000):
            src = Path(tmp) / f"doc{size // 1000}k.txt"
            src.write_text(large_document(size) or "", encoding="utf-8")
            cmd = [sys.executable, "-m", "reportgen", "build", str(src), "--out", tmp]
            runs_ = [_timed(cmd) for _ in range(runs)]
            cpu_at[size] = statistics.median(r.cpu for r in runs_)
            print(
                f"  {size // 1000:>5} KB  {statistics.median(r.wall for r in runs_):6.2f} s wall"
                f"  {cpu_at[size]:6.2f} s CPU"
                f"  {statistics.median(r.waiting for r in runs_):6.2f} s waiting for a core"
                f"  peak RSS {max(r.peak_mb for r in runs_):5.0f} MB"
            )
    sizes = sorted(cpu_at)
    steps = ", ".join(
        f"{(cpu_at[b] - cpu_at[a]) / ((b - a) / 100_000):.2f}" for a, b in itertools.pairwise(sizes)
    )
    print(
        f"  growth 100 KB -> 1 MB: {cpu_at[1_000_000] / cpu_at[100_000]:.1f}x CPU for 10x the "
        f"text (10x is linear); s CPU per added 100 KB between sizes: {steps}"
    )


def _forgotten(source: T) -> T:
    """``source``, after the summarizer forgets the sentences it judged in this process: a
    warm stage should time the judging, not a lookup of the run before."""
    from reportgen.summarize import _point_rules, compress

    for memo in (compress.point, compress.label, _point_rules.unfit_as_point, _point_rules.spoken):
        memo.cache_clear()
    return source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "seeds" / "homs.txt"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--large", action="store_true", help="also time 100 KB-1 MB documents")
    parser.add_argument("--large-only", action="store_true", help="time only 100 KB-1 MB")
    args = parser.parse_args()
    if args.large_only:
        large(args.runs)
        return
    cold(args.file, args.runs)
    if args.large:
        large(max(3, args.runs // 3))
    from reportgen.layout import DEFAULT_THEME, plan
    from reportgen.read import read
    from reportgen.render import renderer_for
    from reportgen.summarize import summarize

    path = Path(args.file)
    source = read(path)
    brief = summarize(source)
    the_plan = plan(brief)
    stages: dict[str, Callable[[], object]] = {
        "read": lambda: read(path),
        "summarize": lambda: summarize(_forgotten(source)),
        "plan": lambda: plan(brief),
    }
    for fmt in ("pdf", "docx", "pptx"):
        renderer = renderer_for(fmt)
        renderer.render(the_plan, DEFAULT_THEME)  # warm caches: fonts, templates
        stages[f"render {fmt}"] = lambda r=renderer: r.render(the_plan, DEFAULT_THEME)
    print(f"warm stages in one process, median of {args.runs}:")
    for label, fn in stages.items():
        print(f"  {label:<42} {median_seconds(fn, args.runs) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
