"""Time the sample's build: cold processes end to end, and each stage in one warm process.

The cold build is measured against the import floor (a process that only imports reportlab,
python-docx and python-pptx) in alternating runs, floor then build, so both see the same load
on a shared machine; it prints the medians and the median of the per-pair ratios. Before
timing, reportgen is byte-compiled, as an installed package is, and one untimed build fills
the on-disk caches (``reportgen.diskcache``), as any earlier run on the machine would have.

``--large`` adds a full pack of a ~1 MB document (and of 100-500 KB parts of it, to show how
cost grows), each in a fresh process with its peak RSS.

    python bench/bench_pipeline.py [--runs 9] [--large] [FILE]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _timing import median_seconds

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTGEN_SHARED", ROOT.parent / "shared"))
FLOOR = "import reportlab, docx, pptx (floor)"
BUILD = "reportgen build (all five files)"


def _timed(args: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one fresh process running ``args``.

    CPU time is printed beside wall time: on a machine other people load, it shows what the
    run itself cost when the wall clock also counts waiting for a core.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed: {err}")
    if proc.stderr:
        proc.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


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
                wall, used, _ = _timed(cmd)
                times[label].append(wall)
                cpu[label].append(used)
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
    previous: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in (100_000, 250_000, 500_000, 1_000_000):
            src = Path(tmp) / f"doc{size // 1000}k.txt"
            src.write_text(large_document(size) or "", encoding="utf-8")
            cmd = [sys.executable, "-m", "reportgen", "build", str(src), "--out", tmp]
            runs_ = [_timed(cmd) for _ in range(runs)]
            wall = statistics.median(r[0] for r in runs_)
            used = statistics.median(r[1] for r in runs_)
            peak = max(r[2] for r in runs_)
            step = ""
            if previous is not None:
                per_100k = (used - previous[1]) / ((size - previous[0]) / 100_000)
                step = f"  +{per_100k:5.2f} s CPU per 100 KB since the last size"
            print(
                f"  {size // 1000:>5} KB  {wall:6.2f} s  {used:6.2f} s CPU  "
                f"peak RSS {peak:5.0f} MB{step}"
            )
            previous = (size, used)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "seeds" / "homs.txt"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--large", action="store_true", help="also time 100 KB-1 MB documents")
    args = parser.parse_args()
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
        "summarize": lambda: summarize(source),
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
