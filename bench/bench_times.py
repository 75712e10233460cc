"""Time the temporal tagger on about 1 MB of text against a one-regex baseline in the same run.

Run: ``.venv/bin/python bench/bench_times.py``. Prints the median milliseconds per 100 KB
for ``tag`` and for a single ``re.finditer`` over years, and their ratio.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _split import load_jsonl, shared_dir  # noqa: E402
from _timing import median_seconds  # noqa: E402

from reportgen.summarize.timex import tag  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1_000_000
RUNS = 5
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")


def corpus() -> str:
    """The sample plus the dev texts when present, repeated to about 1 MB."""
    parts = [(ROOT / "seeds" / "homs.txt").read_text(encoding="utf-8-sig")]
    data = shared_dir() / "data" / "timex"
    for name in ("tbaq_timebank.jsonl", "tbaq_aquaint.jsonl"):
        if (data / name).exists():
            parts += [doc["text"] for doc in load_jsonl(data / name)]
    text = "\n\n".join(parts)
    return (text * (TARGET // len(text) + 1))[:TARGET]


def main() -> int:
    text = corpus()
    per_100kb = 100_000 / len(text) * 1000
    tagger = median_seconds(lambda: tag(text, date(1998, 2, 1)), RUNS)
    baseline = median_seconds(lambda: list(_YEARS.finditer(text)), RUNS)
    found = len(tag(text, date(1998, 2, 1)))
    print(f"text: {len(text):,} characters, {found:,} expressions, median of {RUNS} runs")
    print(f"tag:      {tagger * per_100kb:8.1f} ms per 100 KB")
    print(f"baseline: {baseline * per_100kb:8.1f} ms per 100 KB (one re.finditer over years)")
    print(f"ratio:    {tagger / baseline:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
