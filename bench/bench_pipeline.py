"""Time the sample's build: cold processes end to end, and each stage in one warm process.

Prints medians beside baselines measured in the same run (an empty interpreter, and one that only
imports the three document libraries), since the machines are shared and noisy.

    python bench/bench_pipeline.py [--runs 7] [FILE]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from _timing import median_seconds

ROOT = Path(__file__).resolve().parents[1]


def _process(args: list[str]) -> Callable[[], object]:
    return lambda: subprocess.run(args, check=True, capture_output=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "seeds" / "homs.txt"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as out:
        cold = {
            "python -c pass (baseline)": [py, "-c", "pass"],
            "import reportlab, docx, pptx (baseline)": [
                py,
                "-c",
                "import reportlab.platypus, docx, pptx",
            ],
            "reportgen --help": [py, "-m", "reportgen", "--help"],
            "reportgen build (all five files)": [
                py,
                "-m",
                "reportgen",
                "build",
                args.file,
                "--out",
                out,
            ],
        }
        print(f"cold processes, median of {args.runs}:")
        base = None
        for label, cmd in cold.items():
            t = median_seconds(_process(cmd), args.runs)
            base = base or t
            print(f"  {label:<42} {t * 1000:8.0f} ms  ({t / base:5.1f}x python)")
        sizes = {p.suffix: p.stat().st_size for p in Path(out).iterdir()}
        print("  sizes: " + ", ".join(f"{k} {v / 1024:.0f} KB" for k, v in sorted(sizes.items())))

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
