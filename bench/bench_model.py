"""Speed of the summary model on a ~1 MB document, beside a same-run baseline, with scaling."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from _timing import median_seconds

from reportgen.read.source import Source
from reportgen.summarize import summarize
from reportgen.summarize._headline import choose_bottom_line, newsiest
from reportgen.summarize.entities import find_actors
from reportgen.summarize.salience import rank_sentences, vectors
from reportgen.summarize.sections import group_sections
from reportgen.summarize.sentences import split_sentences
from reportgen.summarize.timex import tag

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTGEN_SHARED", ROOT.parent / "shared"))
SIZES = (250_000, 500_000, 1_000_000)
RUNS = 3


def document(size: int) -> str:
    """News articles one after another, blank-line separated, cut to ``size`` characters."""
    path = SHARED / "data" / "summaries" / "cnndm_dev100.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    text = "\n\n".join(r["text"] for r in rows)
    return (text * (size // len(text) + 1))[:size]


def stages(text: str) -> dict[str, float]:
    """One timed pass per stage, to show where the time goes."""
    out: dict[str, float] = {}
    start = time.perf_counter()
    sentences = split_sentences(text)
    out["sentences"] = time.perf_counter() - start
    start = time.perf_counter()
    vecs = vectors(sentences)
    ranking = rank_sentences(sentences, vecs, k=10)
    out["key points"] = time.perf_counter() - start
    start = time.perf_counter()
    actors = find_actors(sentences)
    out["actors"] = time.perf_counter() - start
    start = time.perf_counter()
    choose_bottom_line(sentences, newsiest(sentences, ranking, actors))
    group_sections(sentences, vecs, ranking, 30)
    out["bottom line + sections"] = time.perf_counter() - start
    start = time.perf_counter()
    tag(text)
    out["timex tagging"] = time.perf_counter() - start
    return out


def main() -> int:
    if not (SHARED / "data").is_dir():
        print(f"bench_model: skipped, {SHARED / 'data'} is absent")
        return 0
    print(f"summarize() vs split_sentences() baseline, median of {RUNS} runs")
    print(
        f"  {'size':>9} {'sentences':>9} {'baseline s':>10} {'model s':>8} {'ratio':>6}"
        f" {'x 250KB':>8}"
    )
    first = 0.0
    for size in SIZES:
        text = document(size)
        source = Source("big.txt", text)
        base = median_seconds(lambda t=text: split_sentences(t), RUNS)
        model = median_seconds(lambda s=source: summarize(s), RUNS)
        first = first or model
        n = len(split_sentences(text))
        print(
            f"  {size:>9,} {n:>9,} {base:>10.2f} {model:>8.2f} {model / base:>6.1f} "
            f"{model / first:>8.2f}"
        )
    print("Stages at 1 MB (one pass):")
    for name, seconds in stages(document(SIZES[-1])).items():
        print(f"  {name:24} {seconds:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
