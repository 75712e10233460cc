"""Is the pack a brief? Length, repeats and content per genre, beside the source's own lead.

For each genre of ``../shared/data/genres`` and for CNN/DM dev 100, runs the real pipeline
(model, PDF and slide deck, in memory) and prints per set: source sentences printed twice or
more in a format (read back from the PDF and from the slides), PDF words / source words, PDF
pages, slides, words per key point and per timeline event, and ROUGE-1/2 F of the bottom line
plus the key points against the human summary beside the source's lead cut to the same number
of words. The macro average over sets is printed for the tune and the held-out part
(``bench/_split.py``). Skips cleanly when the shared folder is absent.

    python bench/brief_quality.py [--limit N] [--sets cnndm,meetings,...]
"""

from __future__ import annotations

import io
import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _split import Part, load_jsonl, part_of, shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportgen.model import Brief
from reportgen.pipeline import Options, fitted_brief, render_pack
from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from tests import readback

MIN_WORDS = 6
"""Sentences shorter than this ("Thank you.") may recur in any text; they are not counted."""


@dataclass
class Doc:
    set_name: str
    doc_id: str
    text: str
    summary: str


@dataclass
class Row:
    """Figures for one document."""

    repeats: int
    pdf_ratio: float
    pages: int
    slides: int
    words_per_point: float
    words_per_event: float
    r1: float
    r2: float
    lead_r1: float
    lead_r2: float


@dataclass
class Totals:
    rows: list[Row] = field(default_factory=list)

    def mean(self, name: str) -> float:
        """Over every document; words per point or event over those that have any."""
        values = [getattr(r, name) for r in self.rows]
        if name in _WHERE_ANY:
            values = [v for v in values if v]
        return statistics.fmean(values) if values else float("nan")

    def share_with_timeline(self) -> float:
        return sum(1 for r in self.rows if r.words_per_event) / max(len(self.rows), 1)


_WHERE_ANY = frozenset({"words_per_point", "words_per_event"})


def documents(data: Path, wanted: set[str] | None, limit: int | None) -> Iterator[Doc]:
    """Every genre record, then the CNN/DM articles; ``summary`` joins the human summary."""
    for path in sorted((data / "genres").glob("*.jsonl")):
        name = path.stem
        if wanted and name not in wanted:
            continue
        for row in load_jsonl(path)[:limit]:
            yield Doc(name, row["id"], row["text"], " ".join(row["summary"]))
    if wanted and "cnndm" not in wanted:
        return
    for row in load_jsonl(data / "summaries" / "cnndm_dev100.jsonl")[:limit]:
        yield Doc("cnndm", row["id"], row["text"], " ".join(row["highlights"]))


def pdf_pages(data: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def slide_texts(data: bytes) -> list[str]:
    """Title and body of each slide, grouped drawings included; the speaker notes hold the full
    source sentences by design, so they are not read."""
    return [f"{title}\n{body}" for title, body, _ in readback.pptx_slides(data)]


def repeated(brief: Brief, text: str) -> int:
    """Source sentences of at least ``MIN_WORDS`` words found twice or more in ``text``. A
    section's heading is not counted: a slide shared by two parts names both in its title and
    sets each over its points, as a contents line does."""
    flat = readback.squash(text)
    headings = {readback.squash(s.heading) for s in brief.sections}
    seen = {readback.squash(s.text) for s in brief.sentences if len(s.text.split()) >= MIN_WORDS}
    return sum(flat.count(s) >= 2 for s in seen - headings)


def measure(doc: Doc, scorer: object) -> Row:
    # As a file of this text is read: its structure too (headings, lists, header lines);
    # and as a build makes it, fitted to its pages.
    source = Source(f"{doc.doc_id}.txt", doc.text, structure=parse(doc.text))
    brief, drawn = fitted_brief(source, Options())
    pack = render_pack(brief, ("pdf", "pptx"), Options(), drawn=drawn)
    pdf = readback.pdf_text(pack["pdf"])
    slides = slide_texts(pack["pptx"])
    ours = " ".join([brief.bottom_line, *brief.key_points])
    n = len(ours.split())
    lead = " ".join(doc.text.split()[:n])
    got = scorer.score(doc.summary, ours)  # type: ignore[attr-defined]
    base = scorer.score(doc.summary, lead)  # type: ignore[attr-defined]
    points = [len(p.split()) for p in brief.key_points]
    events = [len(e.event.split()) for e in brief.timeline]
    return Row(
        repeats=repeated(brief, pdf) + repeated(brief, "\n".join(slides)),
        pdf_ratio=len(pdf.split()) / max(len(doc.text.split()), 1),
        pages=pdf_pages(pack["pdf"]),
        slides=len(slides),
        words_per_point=statistics.fmean(points) if points else 0.0,
        words_per_event=statistics.fmean(events) if events else 0.0,
        r1=100 * got["rouge1"].fmeasure,
        r2=100 * got["rouge2"].fmeasure,
        lead_r1=100 * base["rouge1"].fmeasure,
        lead_r2=100 * base["rouge2"].fmeasure,
    )


_HEADER = (
    f"  {'set':16} {'part':8} {'n':>3} {'rep':>5} {'pdf/src':>7} {'pages':>5} {'slides':>6} "
    f"{'w/pt':>5} {'w/ev':>5} {'tl%':>4} {'R1':>6} {'lead':>6} {'R2':>6} {'lead':>6}"
)


def _line(name: str, part: str, t: Totals) -> str:
    return (
        f"  {name:16} {part:8} {len(t.rows):3d} {t.mean('repeats'):5.1f} "
        f"{t.mean('pdf_ratio'):7.2f} {t.mean('pages'):5.1f} {t.mean('slides'):6.1f} "
        f"{t.mean('words_per_point'):5.1f} {t.mean('words_per_event'):5.1f} "
        f"{100 * t.share_with_timeline():4.0f} "
        f"{t.mean('r1'):6.2f} {t.mean('lead_r1'):6.2f} {t.mean('r2'):6.2f} {t.mean('lead_r2'):6.2f}"
    )


def report(table: dict[tuple[str, str], Totals]) -> None:
    print(
        "Per set: repeated source sentences per pack (PDF + slides), PDF words / source words, "
        "PDF pages, slides, words per key point and per timeline event (of packs with any), "
        "share of packs with a timeline, ROUGE-1/2 F x100 "
        "(stemmed) of bottom line + key points vs the human summary, beside the source's lead "
        "cut to the same number of words"
    )
    print(_HEADER)
    sets = sorted({s for s, _ in table})
    for name in sets:
        for part in ("all", "tune", "held-out"):
            if (name, part) in table:
                print(_line(name, part, table[(name, part)]))
    parts: tuple[Part, ...] = ("tune", "held-out")
    print("Macro average over sets (each set weighs the same)")
    for part in parts:
        present = [table[(s, part)] for s in sets if (s, part) in table]
        if not present:
            continue
        r1, l1, r2, l2 = (
            statistics.fmean(t.mean(k) for t in present) for k in ("r1", "lead_r1", "r2", "lead_r2")
        )
        rep = statistics.fmean(t.mean("repeats") for t in present)
        verdict = "PASS" if r1 > l1 and r2 > l2 else "FAIL"
        print(
            f"  {verdict} {part:8} sets {len(present)}: R1 {r1:6.2f} vs lead {l1:6.2f}, "
            f"R2 {r2:6.2f} vs lead {l2:6.2f}, repeated sentences per pack {rep:.1f}"
        )


def _option(name: str) -> str | None:
    if name in sys.argv:
        k = sys.argv.index(name)
        return sys.argv[k + 1] if k + 1 < len(sys.argv) else None
    return None


def main() -> int:
    data = shared_dir() / "data"
    if not (data / "genres").is_dir() or not (data / "summaries").is_dir():
        print(f"brief_quality: skipped, {data} is absent")
        return 0
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    limit_arg = _option("--limit")
    sets_arg = _option("--sets")
    wanted = set(sets_arg.split(",")) if sets_arg else None
    table: dict[tuple[str, str], Totals] = {}
    for doc in documents(data, wanted, int(limit_arg) if limit_arg else None):
        row = measure(doc, scorer)
        for part in ("all", part_of(doc.doc_id)):
            table.setdefault((doc.set_name, part), Totals()).rows.append(row)
    report(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
