"""A PDF's lines as pieces of blocks: headings by type size and weight, paragraphs rebuilt
from lines, lists, tables, and the furniture every page repeats.

What a PDF says with layout is read as a person reads it: text set larger or bolder than the
body, short and without a closing full stop, is a heading, its level the rank of its size;
lines close together at one indent are one paragraph; a line printed at the same place on
most pages (a running header, "Page 3 of 9") or a paragraph printed on many pages (a standing
notice) is furniture, said once and never briefed.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportgen import _recache
from reportgen.read._builder import TextBuilder
from reportgen.read._line_rules import match as line_match
from reportgen.read._pdf_layout import Cells, Line
from reportgen.read._pdf_rules import BULLET_GLYPHS
from reportgen.read._pdf_rules import match as pdf_match
from reportgen.read.structure import FurnitureKind

HEADING_WORDS = 20
"""Words a heading has at most; more is a bold or large paragraph."""
BIGGER = 1.08
"""Times the body size a line's type is at least to read as a heading by size alone."""
BOLD_SMALLER = 0.95
"""Times the body size bold type is at least to read as a heading by weight (a bold sans
heading sits a little smaller beside a serif body); smaller bold is a table's or a note's."""
PARAGRAPH_GAP = 1.3
"""Times the body's line spacing between two lines' tops that starts a new paragraph."""
RUNNING_SHARE = 0.5
"""Share of the pages a header or footer line is printed on to be a running one."""
NOTICE_SHARE = 0.3
"""Share of the pages a paragraph is printed on to be a standing notice."""
NOTICE_PAGES = 3
"""Pages a paragraph is printed on at least to be a standing notice, not a repeated point."""
NOTICE_CHARS = 40
_CLOSING = ".!?,;"
_NOT_LETTERS = _recache.compile(r"[\W\d_]+")
_LOWER_HYPHEN = _recache.compile(r"[a-z]-$")
_UNKNOWN_GLYPH = _recache.compile(r"\(cid:\d+\)\s*")
"""A glyph the font does not map to a character, as pdfminer writes it: before a line's
first word, a bullet drawn from a symbol font."""


@dataclass(slots=True)
class Piece:
    """A block before it is laid into the text: kind, words and what else its kind needs."""

    kind: str
    """heading, paragraph, item, table or one of the furniture kinds."""
    text: str
    page: int
    level: int = 0
    ordered: bool = False
    cells: Cells = ()
    caption: str = ""
    lines: list[Line] = field(default_factory=list)
    style: tuple[float, bool] | None = None
    """A heading's look (size, bold); headings of one look are of one level."""


@dataclass(frozen=True, slots=True)
class Body:
    """The look of the running text: the size and weight most characters are set in, and
    the distance from one of its lines to the next."""

    size: float
    bold: bool
    leading: float


def body_of(pages: Sequence[Sequence[Line]]) -> Body:
    """The body's look, by characters, not lines: headings are judged against it, and a
    table's many short lines must not outvote the prose."""
    looks: Counter[tuple[float, bool]] = Counter()
    for lines in pages:
        for ln in lines:
            if ln.cells is None and not ln.band:
                looks[(ln.size, ln.bold)] += len(ln.text)
    size, bold = looks.most_common(1)[0][0] if looks else (10.0, False)
    steps = [
        b.top - a.top
        for lines in pages
        for a, b in zip(lines, lines[1:], strict=False)
        if a.cells is None and b.cells is None and a.size == b.size == size
        if 0 < b.top - a.top < 3 * size
    ]
    return Body(size, bold, statistics.median(steps) if steps else size * 1.2)


def _key(line: Line) -> tuple[str, str]:
    """A header or footer line without its figures: "Page 2 of 9" and "22 MMWR / Vol. 60"
    are the same line on every page, wherever the page number stands."""
    return line.band, " ".join(_NOT_LETTERS.sub(" ", line.text.lower()).split())


def running_lines(pages: Sequence[Sequence[Line]]) -> set[tuple[str, str]]:
    """Header and footer lines printed at the top or the bottom of most pages (their
    numbers ignored, so "Page 2 of 9" repeats)."""
    if len(pages) < 2:
        return set()
    counts: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        counts.update({_key(ln) for ln in lines if ln.band and ln.cells is None})
    need = max(2, math.ceil(len(pages) * RUNNING_SHARE))
    return {k for k, n in counts.items() if n >= need}


def _style(line: Line, body: Body) -> tuple[float, bool] | None:
    """The heading look of a line set bigger or bolder than the body; None for body text."""
    if line.cells is not None or not any(c.isalpha() for c in line.text):
        return None
    if line.size >= body.size * BIGGER or (
        line.bold and not body.bold and line.size >= body.size * BOLD_SMALLER
    ):
        return (round(line.size * 2) / 2, line.bold)
    return None


def _join(head: str, tail: str) -> str:
    """Two lines of a paragraph as one: a word broken at a line end ("infor-" + "mation")
    joins without its hyphen when a lowercase letter stands on either side of the break."""
    if _LOWER_HYPHEN.search(head) and tail[:1].islower():
        return head[:-1] + tail
    if head.endswith(("-", "\u00ad", "/")):
        return head.rstrip("\u00ad") + tail
    return f"{head} {tail}"


def _item(text: str) -> tuple[str, bool] | None:
    """A list item's text and whether the list is numbered; None for other lines."""
    if m := line_match("bullet", text):
        return m["text"], False
    if m := line_match("numbered_item", text):
        return m["text"], True
    if text[:1] in BULLET_GLYPHS and len(text) > 1 and text[1].isalpha():
        return text[1:].strip(), False
    if (m := _UNKNOWN_GLYPH.match(text)) and len(text) > m.end():
        return text[m.end() :], False
    return None


class Reader:
    """Turns the pages' lines into pieces, one decision per line."""

    def __init__(self, pages: Sequence[Sequence[Line]]) -> None:
        self.pages = pages
        self.body = body_of(pages)
        self.running = running_lines(pages)
        self.said: set[tuple[str, str]] = set()
        self.pieces: list[Piece] = []
        self.marking = ""
        self.date_text = ""

    def furniture(self, line: Line) -> bool:
        """Say a header, footer or marking line once, or drop it; False for content."""
        if line.band and pdf_match("page_number", line.text):
            return True
        marking = bool(line_match("marking", line.text))
        key = _key(line)
        if not marking and key not in self.running:
            return False
        if marking:
            self.marking = self.marking or line.text
        if key not in self.said:
            self.said.add(key)
            kind: FurnitureKind = (
                "marking" if marking else "page_header" if line.band == "top" else "page_footer"
            )
            self.pieces.append(Piece(kind, line.text, line.page))
        return True

    def heading_levels(self) -> dict[tuple[float, bool], int]:
        looks = {
            s for lines in self.pages for ln in lines if (s := _style(ln, self.body)) is not None
        }
        ranked = sorted(looks, key=lambda s: (-s[0], not s[1]))
        return {s: min(n + 1, 6) for n, s in enumerate(ranked)}

    def read(self) -> list[Piece]:
        levels = self.heading_levels()
        for lines in self.pages:
            for line in lines:
                if line.cells is not None:
                    self.pieces.append(Piece("table", "", line.page, cells=line.cells))
                elif not self.furniture(line):
                    self.line(line, levels)
        return self.pieces

    def line(self, line: Line, levels: dict[tuple[float, bool], int]) -> None:
        last = self.pieces[-1] if self.pieces else None
        style = _style(line, self.body)
        if m := pdf_match("dated", line.text):
            self.date_text = self.date_text or m["value"]
        if line.page == 1 and line_match("header_field", line.text):
            self.pieces.append(Piece("header_field", line.text, line.page, lines=[line]))
            return
        if style is not None:
            if last and last.kind == "heading" and self._continues_heading(last, line):
                last.text = f"{last.text} {line.text}"
                last.lines.append(line)
            else:
                piece = Piece("heading", line.text, line.page, levels[style], lines=[line])
                piece.style = style
                self.pieces.append(piece)
            return
        if found := _item(line.text):
            text, ordered = found
            self.pieces.append(Piece("item", text, line.page, ordered=ordered, lines=[line]))
            return
        if last and last.kind in ("paragraph", "item") and self._continues(last, line):
            last.text = _join(last.text, line.text)
            last.lines.append(line)
            return
        self.pieces.append(Piece("paragraph", line.text, line.page, lines=[line]))

    def _continues_heading(self, last: Piece, line: Line) -> bool:
        prev = last.lines[-1]
        return (
            _style(prev, self.body) == _style(line, self.body)
            and prev.page == line.page
            and 0 < line.top - prev.top <= line.size * 1.6
        )

    def _continues(self, last: Piece, line: Line) -> bool:
        """A line goes on the paragraph above it: close below it, at its size, not indented
        past it (an item's hanging lines may be), after a line that ran to the margin."""
        prev = last.lines[-1]
        if prev.page != line.page or abs(prev.size - line.size) > 0.6:
            return False
        step = line.top - prev.top
        if not 0 < step <= max(self.body.leading, line.size) * PARAGRAPH_GAP:
            return False
        first = last.lines[0]
        indent = line.x0 - first.x0 if len(last.lines) == 1 else line.x0 - prev.x0
        if last.kind == "paragraph" and indent > line.size * 0.8:
            return False
        if last.kind == "item":
            return line.x0 > first.x0 + line.size * 0.5
        if indent < -line.size * 0.8 and len(last.lines) == 1:
            return True  # a paragraph whose first line is indented
        right = max(ln.x1 for ln in last.lines)
        short = prev.x1 < right - line.size * 3 and len(last.lines) > 1
        return not (short and prev.text[-1:] in ".!?:")


def _depth(piece: Piece) -> int:
    m = line_match("numbered_heading", piece.text)
    return m["num"].rstrip(".").count(".") + 1 if m else 0


def _number_levels(heads: Sequence[Piece]) -> None:
    """Numbered headings of one look go a level deeper per number ("2." then "2.1"), and a
    first heading whose look is used once and largest is the document's title (level 0)."""
    least: dict[tuple[float, bool] | None, int] = {}
    for h in heads:
        if d := _depth(h):
            least[h.style] = min(least.get(h.style, d), d)
    for h in heads:
        if d := _depth(h):
            h.level = min(h.level + d - least[h.style], 6)
    if not heads or sum(1 for h in heads if h.style == heads[0].style) > 1:
        return
    top = heads[0]
    if top.level == 1 and top.page == 1 and not _depth(top):
        top.level = 0
        for h in heads[1:]:
            h.level = max(1, h.level - 1)


def _is_heading(piece: Piece) -> bool:
    text = piece.text
    return (
        len(text.split()) <= HEADING_WORDS
        and text[-1:] not in _CLOSING
        and not pdf_match("page_number", text)
    )


def settle(pieces: list[Piece], pages: int) -> list[Piece]:
    """Headings too long to be headings become paragraphs; a paragraph broken by a page or
    column joins up; captions go to their tables; standing notices are said once."""
    for p in pieces:
        if p.kind == "heading" and (not _is_heading(p) or pdf_match("caption", p.text)):
            p.kind = "paragraph"
    _number_levels([p for p in pieces if p.kind == "heading"])
    out: list[Piece] = []
    for p in pieces:
        prev = next((q for q in reversed(out) if q.kind not in _FURNITURE), None)
        if prev and _broken(prev, p):
            prev.text = _join(prev.text, p.text)
        elif prev and _goes_on(prev, p):
            rows = p.cells[1:] if p.cells[0] == prev.cells[0] else p.cells
            prev.cells = prev.cells + rows
        else:
            out.append(p)
    return _notices(_captions(out), pages)


_FURNITURE = frozenset({"page_header", "page_footer", "marking", "standing_notice", "caption"})


def _broken(prev: Piece, piece: Piece) -> bool:
    """A paragraph that went on over a page or column break: it stopped mid-sentence and the
    next one starts in lower case."""
    return (
        prev.kind == piece.kind == "paragraph"
        and prev.text[-1:] not in ".!?:"
        and piece.text[:1].islower()
    )


def _goes_on(prev: Piece, piece: Piece) -> bool:
    """A table that goes on over a page: the next page opens with a table of as many columns,
    with the same header row or none."""
    return (
        prev.kind == piece.kind == "table"
        and piece.page > prev.page
        and len(piece.cells[0]) == len(prev.cells[0])
    )


def _captions(pieces: list[Piece]) -> list[Piece]:
    for prev, piece in zip(pieces, pieces[1:], strict=False):
        if (
            piece.kind == "table"
            and prev.kind in ("paragraph", "heading")
            and pdf_match("caption", prev.text)
            and len(prev.text.split()) <= HEADING_WORDS * 2
        ):
            prev.kind = "caption"
            piece.caption = prev.text
    return pieces


def _notices(pieces: list[Piece], pages: int) -> list[Piece]:
    on: dict[str, set[int]] = {}
    for p in pieces:
        if p.kind == "paragraph" and len(p.text) >= NOTICE_CHARS:
            on.setdefault(p.text.lower(), set()).add(p.page)
    need = max(NOTICE_PAGES, math.ceil(pages * NOTICE_SHARE))
    notices = {t for t, seen in on.items() if len(seen) >= need}
    said: set[str] = set()
    out: list[Piece] = []
    for p in pieces:
        key = p.text.lower()
        if p.kind == "paragraph" and key in notices:
            if key in said:
                continue
            said.add(key)
            p.kind = "standing_notice"
        out.append(p)
    return out


def lay(pieces: Sequence[Piece], built: TextBuilder) -> None:
    """The pieces into the text, consecutive items of one kind as one list."""
    items: list[str] = []
    ordered = False
    for n, p in enumerate(pieces):
        if p.kind == "item":
            items.append(p.text)
            ordered = p.ordered
            nxt = pieces[n + 1] if n + 1 < len(pieces) else None
            if nxt is None or nxt.kind != "item" or nxt.ordered != ordered:
                built.items(items, ordered)
                items = []
        elif p.kind == "heading":
            built.heading(p.text, p.level)
        elif p.kind == "paragraph":
            built.paragraph(p.text)
        elif p.kind == "table":
            built.table(p.cells[0], p.cells[1:], p.caption)
        elif p.kind in _FURNITURE or p.kind == "header_field":
            kind: FurnitureKind = p.kind  # type: ignore[assignment]
            built.furniture(kind, p.text)
