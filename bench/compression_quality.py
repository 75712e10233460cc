"""Sentence compression measured: words before/after, a well-formedness proxy, and ROUGE.

For CNN/DM dev 100 and each genre of ``../shared/data/genres``, compresses every key point
(``compress.point``, at most 25 words) and every timeline event (``compress.label``, at most
12 words) and prints, per set: mean words before and after, the share within the limit, the
share that reads as a whole statement before and after (a parse-free proxy: opens with a
capital or a digit, points end with a stop, brackets and quotes balance, no word a clause
needs is left hanging at the end, no stray comma), and ROUGE-1/2 F, precision and recall of
the compressed key points beside the uncompressed ones against the human summary.
Skips cleanly when the shared folder is absent.

    python bench/compression_quality.py [--limit N]
"""

from __future__ import annotations

import re
import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _split import load_jsonl, part_of, shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy

from reportgen.read.source import Source
from reportgen.summarize import summarize
from reportgen.summarize._compress_rules import DANGLING
from reportgen.summarize.compress import label, point

POINT_WORDS = 25
LABEL_WORDS = 12
_PAIRS = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))
_STRAY = re.compile(r"\s[,;:.]|,\s*,|^[,;:]")


def well_formed(text: str, *, statement: bool) -> bool:
    """A parse-free proxy for 'reads as a whole statement'."""
    words = text.split()
    if len(words) < 3 or not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'\u201c"):
        return False
    if statement and not re.search(r"[.!?][\"'\u201d\u2019)]*$", text):
        return False
    if any(text.count(a) != text.count(b) for a, b in _PAIRS) or text.count('"') % 2:
        return False
    last = re.sub(r"\W+$", "", words[-1]).lower()
    return last not in DANGLING and _STRAY.search(text) is None


@dataclass
class Acc:
    before: list[float] = field(default_factory=list)
    after: list[float] = field(default_factory=list)
    within_before: list[bool] = field(default_factory=list)
    within_after: list[bool] = field(default_factory=list)
    ok_before: list[bool] = field(default_factory=list)
    ok_after: list[bool] = field(default_factory=list)

    def add(self, original: str, short: str, limit: int, statement: bool) -> None:
        self.before.append(len(original.split()))
        self.after.append(len(short.split()))
        self.within_before.append(len(original.split()) <= limit)
        self.within_after.append(len(short.split()) <= limit)
        self.ok_before.append(well_formed(original, statement=True))
        self.ok_after.append(well_formed(short, statement=statement))

    def line(self) -> str:
        def m(xs: list[float] | list[bool]) -> float:
            return statistics.fmean(xs) if xs else float("nan")

        return (
            f"{len(self.before):5d} {m(self.before):6.1f} {m(self.after):6.1f} "
            f"{100 * m(self.within_before):6.0f}% {100 * m(self.within_after):6.0f}% "
            f"{100 * m(self.ok_before):6.0f}% {100 * m(self.ok_after):6.0f}%"
        )


@dataclass
class Rouge:
    scores: dict[str, list[float]] = field(default_factory=dict)

    def add(self, key: str, value: float) -> None:
        self.scores.setdefault(key, []).append(100 * value)

    def mean(self, key: str) -> float:
        return statistics.fmean(self.scores.get(key, [float("nan")]))


def records(limit: int | None) -> Iterator[tuple[str, str, str, str]]:
    data = shared_dir() / "data"
    for row in load_jsonl(data / "summaries" / "cnndm_dev100.jsonl")[:limit]:
        yield "cnndm", row["id"], row["text"], " ".join(row["highlights"])
    for path in sorted((data / "genres").glob("*.jsonl")):
        for row in load_jsonl(path)[:limit]:
            yield path.stem, row["id"], row["text"], " ".join(row["summary"])


def main() -> int:
    data = shared_dir() / "data"
    if not (data / "summaries").is_dir() or not (data / "genres").is_dir():
        print(f"compression_quality: skipped, {data} is absent")
        return 0
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    points: dict[str, Acc] = {}
    labels: dict[str, Acc] = {}
    rouge: dict[str, Rouge] = {}
    for name, doc_id, text, summary in records(limit):
        brief = summarize(Source(f"{doc_id}.txt", text))
        short = [point(p, POINT_WORDS).text for p in brief.key_points]
        for key in (name, f"{name}/{part_of(doc_id)}"):
            for p, s in zip(brief.key_points, short, strict=True):
                points.setdefault(key, Acc()).add(p, s, POINT_WORDS, statement=True)
            for e in brief.timeline:
                labels.setdefault(key, Acc()).add(
                    e.event, label(e.event, LABEL_WORDS).text, LABEL_WORDS, statement=False
                )
            for system, kp in (("full", brief.key_points), ("compressed", short)):
                got = scorer.score(summary, " ".join(kp))
                for metric in ("rouge1", "rouge2"):
                    r = rouge.setdefault(key, Rouge())
                    r.add(f"{system} {metric} f", got[metric].fmeasure)
                    r.add(f"{system} {metric} p", got[metric].precision)
                    r.add(f"{system} {metric} r", got[metric].recall)
    head = (
        f"  {'set':26} {'n':>5} {'words':>6} {'after':>6} {'<=lim':>7} {'after':>7} "
        f"{'whole':>7} {'after':>7}"
    )
    for title, table in (
        (f"Key points compressed to at most {POINT_WORDS} words", points),
        (f"Timeline events as labels of at most {LABEL_WORDS} words", labels),
    ):
        print(title + " (before / after; 'whole' is the well-formedness proxy)")
        print(head)
        for key in sorted(table):
            print(f"  {key:26} {table[key].line()}")
    print("ROUGE x100 (stemmed) of all key points vs the human summary: uncompressed | compressed")
    print(f"  {'set':26} {'R1 F':>13} {'R1 P':>13} {'R1 R':>13} {'R2 F':>13}")
    for key in sorted(rouge):
        r = rouge[key]
        cells = [
            f"{r.mean(f'full {m}'):6.2f}|{r.mean(f'compressed {m}'):6.2f}"
            for m in ("rouge1 f", "rouge1 p", "rouge1 r", "rouge2 f")
        ]
        print(f"  {key:26} " + " ".join(f"{c:>13}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
