"""What the structured reading keeps, beside the flat reading of the same text.

For each real file in ``../shared/data/structured`` and each document of
``../shared/data/genres``, the brief is built twice in one run: from the structured source the
readers now produce, and from the same text read flat (no headings, tables or furniture, as the
readers gave it before). It prints, per document and in total:

- headings found, and the share of the brief's section headings drawn from them;
- for documents whose headings are annotated (the CRS report), the share of its top-level
  headings that name a section of the brief;
- tables found and tables kept in the brief (with how many of their cells hold a figure);
- what was set aside as furniture (header fields, markings, running heads, captions...).

Usage: ``python bench/structure_quality.py`` (skips when ../shared is absent).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._split import load_jsonl, part_of, shared_dir  # noqa: E402
from reportgen.errors import ReportgenError  # noqa: E402
from reportgen.model import Brief  # noqa: E402
from reportgen.read import read  # noqa: E402
from reportgen.read.source import Source  # noqa: E402
from reportgen.read.textstructure import parse  # noqa: E402
from reportgen.summarize import summarize  # noqa: E402

GENRES = ("govreport_crs", "science_papers", "meetings", "earnings_calls", "news_xsum")


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" :.")


def _from_headings(brief: Brief, source: Source) -> tuple[int, int]:
    """(sections whose heading is the document's own, sections)."""
    own = {_norm(h.text) for h in source.structure.headings}
    hits = sum(all(_norm(p) in own for p in s.heading.split("; ")) for s in brief.sections)
    return hits, len(brief.sections)


def _row(name: str, part: str, source: Source, gold: list[str] | None) -> dict[str, object]:
    started = time.perf_counter()
    brief = summarize(source, document_date=source.published)
    seconds = time.perf_counter() - started
    flat = summarize(
        Source(source.name, source.text, headline=source.headline), document_date=source.published
    )
    own, sections = _from_headings(brief, source)
    furniture = Counter(f.kind for f in source.structure.furniture)
    figures = sum(
        1 for t in brief.tables for row in t.rows for c in row if any(ch.isdigit() for ch in c)
    )
    gold_hit = None
    if gold:
        shown = {_norm(p) for s in brief.sections for p in s.heading.split("; ")}
        gold_hit = sum(_norm(g) in shown for g in gold) / len(gold)
    return {
        "name": name,
        "part": part,
        "headings": len(source.structure.headings),
        "sections": sections,
        "own": own,
        "flat_sections": len(flat.sections),
        "flat_own": _from_headings(flat, source)[0],
        "gold": gold_hit,
        "tables": len(source.structure.tables),
        "kept": len(brief.tables),
        "figures": figures,
        "furniture": furniture,
        "seconds": seconds,
    }


def _structured_files(folder: Path) -> list[tuple[str, str, Source, list[str] | None]]:
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".pdf", ".html", ".htm"):
            continue
        try:
            out.append((path.name, part_of(path.name), read(path), None))
        except ReportgenError as err:
            print(f"  {path.name}: not read ({err})")
    return out


def _genre_docs(folder: Path) -> list[tuple[str, str, Source, list[str] | None]]:
    out = []
    for genre in GENRES:
        path = folder / f"{genre}.jsonl"
        if not path.exists():
            continue
        for record in load_jsonl(path):
            text = record["text"]
            source = Source(f"{record['id']}.txt", text, structure=parse(text))
            gold = [h["text"] for h in record.get("headings", []) if h.get("level") == 1] or None
            out.append((record["id"], part_of(record["id"]), source, gold))
    return out


def _print(rows: list[dict[str, object]]) -> None:
    print(
        f"  {'document':42} {'part':8} {'heads':>5} {'sect':>4} {'own':>4} | {'flat':>4} "
        f"{'own':>4} | {'tables':>6} {'kept':>4} {'figs':>5} | furniture"
    )
    for r in rows:
        furniture = ", ".join(f"{k} {v}" for k, v in sorted(r["furniture"].items()))  # type: ignore[attr-defined]
        gold = f" (annotated top headings shown: {r['gold']:.0%})" if r["gold"] is not None else ""
        print(
            f"  {str(r['name'])[:42]:42} {r['part']:8} {r['headings']:>5} {r['sections']:>4} "
            f"{r['own']:>4} | {r['flat_sections']:>4} {r['flat_own']:>4} | {r['tables']:>6} "
            f"{r['kept']:>4} {r['figures']:>5} | {furniture or '-'}{gold}"
        )


def _totals(rows: list[dict[str, object]], label: str) -> None:
    def total(key: str) -> int:
        return sum(int(r[key]) for r in rows)  # type: ignore[call-overload]

    headed = [r for r in rows if int(r["headings"]) > 0]  # type: ignore[call-overload]
    own = sum(int(r["own"]) for r in headed)  # type: ignore[call-overload]
    sections = sum(int(r["sections"]) for r in headed)  # type: ignore[call-overload]
    flat_own = sum(int(r["flat_own"]) for r in headed)  # type: ignore[call-overload]
    flat_sections = sum(int(r["flat_sections"]) for r in headed)  # type: ignore[call-overload]
    furniture: Counter[str] = Counter()
    for r in rows:
        furniture.update(r["furniture"])  # type: ignore[arg-type]
    seconds = sorted(float(r["seconds"]) for r in rows)  # type: ignore[arg-type]
    kinds = ", ".join(f"{k} {v}" for k, v in furniture.most_common())
    print(
        f"  {label}: {len(rows)} documents, {len(headed)} with headings; section headings drawn "
        f"from the document's own: structured {own}/{sections} "
        f"({own / max(sections, 1):.0%}), flat {flat_own}/{flat_sections} "
        f"({flat_own / max(flat_sections, 1):.0%}); tables found {total('tables')}, kept "
        f"{total('kept')} (flat: 0) with {total('figures')} figure cells; furniture set aside: "
        f"{sum(furniture.values())} blocks ({kinds}); "
        f"median summarize time {seconds[len(seconds) // 2]:.2f} s"
    )


def main() -> int:
    data = shared_dir() / "data"
    if not data.exists():
        print(f"skipped: {data} not found")
        return 0
    sets = {
        "structured": _structured_files(data / "structured")
        if (data / "structured").exists()
        else [],
        "genres": _genre_docs(data / "genres") if (data / "genres").exists() else [],
    }
    for label, docs in sets.items():
        print(f"{label}/ (structured reading beside the flat reading of the same text)")
        rows = [_row(*doc) for doc in docs]
        _print(rows)
        _totals(rows, "all")
        for part in ("tune", "held-out"):
            _totals([r for r in rows if r["part"] == part], part)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
