"""A PDF page's words as lines in reading order: the geometry a PDF keeps instead of structure.

A PDF holds glyphs at positions, not paragraphs. pdfplumber gives its words with their boxes,
sizes and fonts; here they become lines (words sharing a baseline), tables (pdfplumber's table
finder, so the words inside a grid are read as cells, not prose) and columns (a clear vertical
gutter most lines stop at), read column by column as a person reads a two-column page.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportgen.read._pdf_rules import BOLD_FONT_WORDS

Cells = tuple[tuple[str, ...], ...]

SAME_LINE = 2.5
"""Points two words' tops may differ by and still share a line."""
GUTTER_MIN = 9
"""Points a gap between columns is wide at least: wider than any gap between words."""
GUTTER_CROSSED = 0.2
"""Share of a page's lines that may cross a gutter (a title, a full-width figure note)."""
GUTTER_SPLIT = 0.35
"""Share of a page's lines that must have words on both sides of a gutter."""
COLUMN_MIN = 110
"""Points a column of text is wide at least; narrower "columns" are a table's."""
COLUMNS_MAX = 3


@dataclass(slots=True)
class Line:
    """One line of a page (or a whole table, when ``cells`` is set) with its look and place."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    """The size most of the line's characters are set in."""
    bold: bool
    """Every word is set in a bold face."""
    page: int
    band: str = ""
    """"top" or "bottom" when the line sits in the page's header or footer margin."""
    cells: Cells | None = None


def _is_bold(fontname: str) -> bool:
    name = fontname.lower().split("+")[-1]
    return any(w in name for w in BOLD_FONT_WORDS)


def _line_of(words: Sequence[dict[str, Any]], page: int) -> Line:
    words = sorted(words, key=lambda w: float(w["x0"]))
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[round(float(w["size"]), 1)] += len(w["text"])
    return Line(
        text=" ".join(str(w["text"]) for w in words),
        x0=min(float(w["x0"]) for w in words),
        x1=max(float(w["x1"]) for w in words),
        top=min(float(w["top"]) for w in words),
        bottom=max(float(w["bottom"]) for w in words),
        size=sizes.most_common(1)[0][0],
        bold=all(_is_bold(str(w.get("fontname", ""))) for w in words),
        page=page,
    )


def _rows(words: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped by the line they sit on, top to bottom."""
    rows: list[list[dict[str, Any]]] = []
    tops: list[float] = []
    for w in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        top = float(w["top"])
        if rows and abs(top - tops[-1]) <= SAME_LINE:
            rows[-1].append(w)
        else:
            rows.append([w])
            tops.append(top)
    return rows


def _gutters(rows: Sequence[Sequence[dict[str, Any]]], width: float) -> list[float]:
    """x positions of the gaps between columns: vertical strips at least :data:`GUTTER_MIN`
    wide that few lines cross and many lines have words on both sides of."""
    if len(rows) < 8:
        return []
    crossed = [0] * (int(width) + 2)
    for row in rows:
        for w in row:
            for x in range(max(0, int(w["x0"])), min(len(crossed), int(w["x1"]) + 1)):
                crossed[x] += 1
    lo = min(int(w["x0"]) for row in rows for w in row) + 40
    hi = max(int(w["x1"]) for row in rows for w in row) - 40
    limit = GUTTER_CROSSED * len(rows)
    runs: list[tuple[int, int]] = []
    start = None
    for x in range(lo, hi + 2):
        if x <= hi and crossed[x] <= limit:
            start = x if start is None else start
            continue
        if start is not None and x - start >= GUTTER_MIN:
            runs.append((start, x))
        start = None
    found: list[float] = []
    for a, b in runs:
        both = sum(
            1
            for row in rows
            if any(float(w["x1"]) <= a + 1 for w in row)
            and any(float(w["x0"]) >= b - 1 for w in row)
        )
        if both >= GUTTER_SPLIT * len(rows):
            found.append((a + b) / 2)
    edges = [lo - 40, *found, hi + 40]
    if len(found) >= COLUMNS_MAX or any(
        b - a < COLUMN_MIN for a, b in zip(edges, edges[1:], strict=False)
    ):
        return []
    return found


def _column(x0: float, x1: float, gutters: Sequence[float]) -> int | None:
    """Which column a box lies in; None when it spans a gutter."""
    for n, g in enumerate(gutters):
        if x1 <= g:
            return n
        if x0 < g:
            return None
    return len(gutters)


def read_order(lines: Sequence[Line], gutters: Sequence[float]) -> list[Line]:
    """Lines top to bottom, except between full-width lines, where each column is read whole
    before the next one."""
    ordered: list[Line] = []
    columns: dict[int, list[Line]] = {}

    def flush() -> None:
        for n in sorted(columns):
            ordered.extend(sorted(columns[n], key=lambda ln: ln.top))
        columns.clear()

    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        col = _column(line.x0, line.x1, gutters)
        if col is None:
            flush()
            ordered.append(line)
        else:
            columns.setdefault(col, []).append(line)
    flush()
    return ordered


def _inside(word: dict[str, Any], box: tuple[float, ...]) -> bool:
    x = (float(word["x0"]) + float(word["x1"])) / 2
    y = (float(word["top"]) + float(word["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def compact(rows: Sequence[Sequence[str | None]]) -> Cells:
    """A grid's cells with its empty columns removed and neighbouring columns merged where no
    row fills both: ruled tables often draw more rules than they have columns."""
    grid = [[" ".join((c or "").split()) for c in row] for row in rows]
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    cols = [[r[j] for r in grid] for j in range(width) if any(r[j] for r in grid)]
    merged: list[list[str]] = []
    for col in cols:
        prev = merged[-1] if merged else None
        if prev is not None and not any(a and b for a, b in zip(prev, col, strict=True)):
            merged[-1] = [a or b for a, b in zip(prev, col, strict=True)]
        else:
            merged.append(col)
    return tuple(tuple(col[i] for col in merged) for i in range(len(grid)))


def _grid(table: Any, words: Sequence[dict[str, Any]]) -> list[list[str]]:
    """The words of each cell of a table pdfplumber found, each word placed once by its
    centre (pdfplumber's own extraction tests every character against every row: slow on a
    long table)."""
    rows = [tuple(r.cells) for r in table.rows]
    grid: list[list[list[str]]] = [[[] for _ in r] for r in rows]
    tops = [float(r.bbox[1]) for r in table.rows]
    for w in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        x = (float(w["x0"]) + float(w["x1"])) / 2
        y = (float(w["top"]) + float(w["bottom"])) / 2
        at = bisect.bisect_right(tops, y) - 1
        for i in range(at, max(at - 4, -1), -1):
            j = next(
                (
                    j
                    for j, box in enumerate(rows[i])
                    if box and box[0] <= x <= box[2] and box[1] <= y <= box[3]
                ),
                None,
            )
            if j is not None:
                grid[i][j].append(str(w["text"]))
                break
    return [[" ".join(cell) for cell in row] for row in grid]


TEXT_TABLE = {"vertical_strategy": "text", "horizontal_strategy": "text"}
"""pdfplumber's finder for tables without rules: columns from aligned words."""
FIGURES_SHARE = 0.5
"""Share of an unruled table's cells that hold figures: below it, aligned words are prose."""


def _figures(cells: Cells) -> bool:
    filled = [c for row in cells for c in row if c]
    with_digits = sum(1 for c in filled if any(ch.isdigit() for ch in c))
    return len(cells) >= 3 and len(cells[0]) >= 3 and with_digits >= FIGURES_SHARE * len(filled)


def _tables(page: Any, words: Sequence[dict[str, Any]], number: int) -> list[Line]:
    """The page's ruled tables of two rows and two columns or more, each as one Line; on a
    page without rules, a table of figures its words' alignment shows."""
    found: list[Line] = []
    ruled = page.find_tables()
    for table in ruled or page.find_tables(TEXT_TABLE):
        box = tuple(float(v) for v in table.bbox)
        inside = [w for w in words if _inside(w, box)]
        cells = compact(_grid(table, inside))
        if len(cells) < 2 or len(cells[0]) < 2 or not (ruled or _figures(cells)):
            continue
        found.append(Line("", box[0], box[2], box[1], box[3], 0.0, False, number, cells=cells))
    return found


BAND = 0.1
"""Share of the page height at its top and at its bottom where running headers and footers
sit."""


def page_lines(page: Any, number: int) -> list[Line]:
    """The page's lines and tables in reading order."""
    every = [w for w in page.extract_words(extra_attrs=["size", "fontname"]) if w["text"].strip()]
    tables = _tables(page, every, number)
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in tables]
    words = [w for w in every if not any(_inside(w, b) for b in boxes)]
    height = float(page.height)
    rows = _rows(words)
    gutters = _gutters(rows, float(page.width))
    lines: list[Line] = list(tables)
    for row in rows:
        if gutters:
            parts: dict[int | None, list[dict[str, Any]]] = {}
            for w in row:
                parts.setdefault(_column(float(w["x0"]), float(w["x1"]), gutters), []).append(w)
            if None in parts:
                lines.append(_line_of(row, number))
            else:
                lines.extend(_line_of(p, number) for p in parts.values())
        else:
            lines.append(_line_of(row, number))
    for line in lines:
        if line.bottom < height * BAND:
            line.band = "top"
        elif line.top > height * (1 - BAND):
            line.band = "bottom"
    return read_order(lines, gutters)
