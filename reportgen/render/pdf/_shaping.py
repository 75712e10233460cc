"""Right-to-left and mixed-direction paragraphs: joined letter forms, visual order, right alignment.

reportlab lays text out left to right in the order it is given; its own bidi support needs a
library that is not installed, and its HarfBuzz shaping leaves the words of a line in logical
order and draws glyphs outside the cmap under private-use code points (so copied text is garbage).
So a paragraph holding Hebrew or Arabic is prepared here and handed to reportlab as plain,
already-visual lines:

1. the text is cut into words and each word into font runs (``FontSet.runs``);
2. words are packed into lines in logical order, measured as they will be drawn;
3. each run gets a bidi level (UAX #9 rules W, N and I, with whole runs as the unit);
4. each line's runs are reordered by rule L2; a right-to-left run is shaped by HarfBuzz in
   right-to-left direction and each output glyph is written as the code point the font maps to it
   (Arabic contextual forms are the presentation-form characters, which the shipped Arabic face
   maps), so the glyphs join, the order is visual and ``pdftotext`` gives back real letters;
5. the lines go to one reportlab ``Paragraph`` joined by ``<br/>``, aligned to the base direction.

Marks (harakat) are drawn as spacing characters after their base: legible, not typeset.
"""

from __future__ import annotations

import bisect
import copy
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import uharfbuzz
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from reportgen.render.pdf._long import clusters
from reportgen.text import for_reportlab, is_rtl

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    from reportgen.render.pdf._fonts import Face, FontSet

_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})
_STRONG = _RTL | _NUMBER | {"L"}
_OPENING = {"(": ")", "[": "]", "{": "}"}
_SAFETY = 0.995
"""Lines are filled to this share of the width, so reportlab never re-wraps a line we ordered."""


def needs_bidi(text: str) -> bool:
    """True when ``text`` holds any right-to-left letter."""
    if text.isascii():  # one C pass: most text, and every long run of Latin letters or digits
        return False
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


@dataclass(slots=True)
class _Run:
    face: Face | None
    """None for the space between two words."""
    text: str
    kind: str
    """"R" or "L" (strong), "N" (number) or "" (neutral: spaces, punctuation)."""
    level: int = 0


def _kind(text: str) -> str:
    number = False
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in _RTL:
            return "R"
        if bidi == "L":
            return "L"
        number = number or bidi in _NUMBER
    return "N" if number else ""


def _edges(text: str) -> list[str]:
    """Split leading and trailing punctuation off a run: it takes its direction from its context.

    The full stop after an Arabic name in an English sentence belongs to the sentence, not the name.
    """
    strong = [i for i, ch in enumerate(text) if unicodedata.bidirectional(ch) in _STRONG]
    if not strong:
        return [text]
    first, last = strong[0], strong[-1] + 1
    return [part for part in (text[:first], text[first:last], text[last:]) if part]


def resolve_levels(runs: list[_Run], rtl: bool) -> None:
    """Set each run's embedding level (UAX #9 W7, N1/N2, I1/I2 applied to whole runs)."""
    base = "R" if rtl else "L"
    strong: list[str] = []
    prev = base
    for run in runs:  # W7: a number after L (or at the start of an LTR paragraph) is L
        if run.kind in ("R", "L"):
            prev = run.kind
            strong.append(run.kind)
        elif run.kind == "N":
            strong.append("L" if prev == "L" else "R")
        else:
            strong.append("")
    _pair_brackets(runs, strong, base)
    before = _nearest_direction(strong, base, range(len(strong)))
    after = _nearest_direction(strong, base, range(len(strong) - 1, -1, -1))
    for i, run in enumerate(runs):
        d = strong[i]
        if not d:  # N1/N2: a neutral between two equal directions takes it; else the base
            d = before[i] if before[i] == after[i] else base
        if run.kind == "N" and d == "R":
            run.level = 2  # I1/I2: numbers in right-to-left text stay left to right
        elif rtl:
            run.level = 1 if d == "R" else 2
        else:
            run.level = 1 if d == "R" else 0


def _nearest_direction(strong: list[str], base: str, order: range) -> list[str]:
    """For each run, the direction of the nearest directional run met earlier in ``order``
    (the base direction at the paragraph's edge): one pass, however long the neutral stretch."""
    nearest = [base] * len(strong)
    last = base
    for i in order:
        nearest[i] = last
        if strong[i]:
            last = strong[i]
    return nearest


_BRACKET_DEPTH = 63
"""UAX #9 BD16: past 63 open brackets, bracket pairing stops for the rest of the paragraph."""


def _pair_brackets(runs: list[_Run], strong: list[str], base: str) -> None:
    """N0: a bracket pair takes the direction of what it encloses, or of the text around it.

    As UAX #9 (BD16) says, at most 63 brackets are open at once; so each closing bracket looks
    through at most 63 openers and 8,000 ``[`` in a row cost 8,000 steps.
    """
    closing = set(_OPENING.values())
    opened: list[tuple[int, str]] = []
    for j, run in enumerate(runs):
        if run.text in _OPENING:
            if len(opened) == _BRACKET_DEPTH:
                return
            opened.append((j, _OPENING[run.text]))
            continue
        if run.text not in closing:
            continue
        depth = next((k for k in range(len(opened) - 1, -1, -1) if opened[k][1] == run.text), None)
        if depth is None:
            continue
        i = opened[depth][0]
        del opened[depth:]
        inside = {d for d in strong[i + 1 : j] if d}
        if not inside:
            continue
        if base in inside:
            d = base
        else:
            before = next((x for x in reversed(strong[:i]) if x), base)
            d = before if before != base else base
        strong[i] = strong[j] = d


def visual_order(levels: list[int]) -> list[int]:
    """Indices of one line's runs in drawing order (rule L2)."""
    order = list(range(len(levels)))
    top = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


@lru_cache(maxsize=256)
def _shaper(path: str) -> tuple[uharfbuzz.Font, dict[int, str]]:
    """HarfBuzz font for ``path`` and glyph id → the lowest code point the cmap maps to it."""
    from fontTools.ttLib import TTFont as _FtFont  # loaded with the first shaped text

    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(path))
    with _FtFont(path, lazy=True) as ft:
        order = {name: gid for gid, name in enumerate(ft.getGlyphOrder())}
        chars: dict[int, str] = {}
        for cp, name in sorted(ft.getBestCmap().items(), reverse=True):
            chars[order[name]] = chr(cp)
    return uharfbuzz.Font(face), chars


@lru_cache(maxsize=8192)
def shape_rtl(face: Face, text: str) -> str:
    """``text`` in drawing order, with each glyph HarfBuzz chose written as its code point.

    A glyph the cmap does not reach falls back to the logical characters of its cluster.
    """
    font, chars = _shaper(face.path)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl"
    uharfbuzz.shape(font, buf, {})
    out: list[str] = []
    infos = buf.glyph_infos
    clusters = sorted({info.cluster for info in infos})
    seen: set[int] = set()
    for info in infos:
        ch = chars.get(info.codepoint)
        if ch is not None:
            out.append(ch)
        elif info.cluster not in seen:
            at = bisect.bisect_right(clusters, info.cluster)
            out.append(text[info.cluster : clusters[at] if at < len(clusters) else len(text)])
        seen.add(info.cluster)
    return "".join(out)


def _mirror(text: str) -> str:
    return "".join(MIRRORED.get(ch, ch) for ch in reversed(text))


def _drawn(run: _Run) -> str:
    """The characters that will be drawn for ``run``: joined forms for right-to-left letters."""
    if run.kind == "R" and run.face is not None and run.face.shapes:
        return shape_rtl(run.face, run.text)
    return run.text


def _visual(run: _Run) -> str:
    if run.level % 2 == 0:
        return run.text
    if run.face is not None and run.face.shapes and run.kind == "R":
        return shape_rtl(run.face, run.text)
    return _mirror(run.text)


def _width(runs: list[_Run], size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(_drawn(r), r.face.name, size) for r in runs if r.face))


def _pieces(
    word: list[tuple[Face, str]], size: float, limit: float
) -> list[list[tuple[Face, str]]]:
    """A word wider than a line, cut between grapheme clusters into pieces that each fit one
    (the first is the word itself when it fits). Letters joined across a cut are drawn
    unjoined: the cut is visible, the text is whole, and a letter keeps its marks."""
    whole = [_Run(face, t, _kind(t)) for face, t in word]
    if _width(whole, size) <= limit:
        return [word]
    pieces: list[list[tuple[Face, str]]] = [[]]
    used = 0.0
    for face, t in word:
        for cluster, w in clusters(t, [face.name] * len(t), size):
            if pieces[-1] and used + w > limit * 0.95:
                pieces.append([])
                used = 0.0
            if pieces[-1] and pieces[-1][-1][0] is face:
                pieces[-1][-1] = (face, pieces[-1][-1][1] + cluster)
            else:
                pieces[-1].append((face, cluster))
            used += w
    return pieces


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph with right-to-left text, broken into lines here and drawn by reportlab.

    The base direction comes from the first strong character (UAX #9 P2/P3). ``right`` sets the
    alignment (None: the base direction's side); ``bullet`` is drawn in the margin on that side,
    like ``Paragraph(bulletText=...)``.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        fonts: FontSet,
        *,
        bold: bool = False,
        italic: bool = False,
        right: bool | None = None,
        bullet: str | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.rtl = is_rtl(text)
        self.right = self.rtl if right is None else right
        self.fonts = fonts
        self.bold = bold
        self.italic = italic
        self.bullet = bullet
        self.face = fonts.face_for(bold, italic)
        self.style = copy.copy(style)
        self.style.fontName = self.face.name
        self.style.alignment = TA_RIGHT if self.right else TA_LEFT
        if self.right:
            self.style.leftIndent, self.style.rightIndent = style.rightIndent, style.leftIndent
        self.keepWithNext = bool(getattr(style, "keepWithNext", 0))
        self._lines: list[str] | None = None
        self._for_width = -1.0
        self._para: Paragraph | None = None
        self._size: tuple[float, float] | None = None

    def _break(self, width: float) -> list[str]:
        size = self.style.fontSize
        limit = max((width - self.style.leftIndent - self.style.rightIndent) * _SAFETY, size)
        words = [self.fonts.runs(w, bold=self.bold, italic=self.italic) for w in self.text.split()]
        faces = {self.face.name} | {face.name for word in words for face, _ in word}
        space = max(pdfmetrics.stringWidth(" ", name, size) for name in faces)
        lines: list[list[_Run]] = [[]]
        used = 0.0
        for word in words:
            for n, piece in enumerate(_pieces(word, size, limit)):
                runs = [_Run(face, part, _kind(part)) for face, t in piece for part in _edges(t)]
                w = _width(runs, size)
                if n or (lines[-1] and used + space + w > limit):
                    lines.append([])
                    used = 0.0
                if lines[-1]:
                    lines[-1].append(_Run(None, " ", ""))
                    used += space
                lines[-1].extend(runs)
                used += w
        flat = [run for line in lines for run in line]
        resolve_levels(flat, self.rtl)
        out: list[str] = []
        for line in lines:
            order = visual_order([run.level for run in line])
            out.append(self._markup([line[i] for i in order]))
        return out

    def _markup(self, runs: list[_Run]) -> str:
        """One line's runs, already in drawing order, as markup with one tag per change of face."""
        groups: list[tuple[Face | None, str]] = []
        for run in runs:
            face = groups[-1][0] if run.face is None and groups else run.face
            if groups and groups[-1][0] is face:
                groups[-1] = (face, groups[-1][1] + _visual(run))
            else:
                groups.append((face, _visual(run)))
        return "".join(
            for_reportlab(t)
            if face is None or face is self.face
            else f'<font name="{face.name}">{for_reportlab(t)}</font>'
            for face, t in groups
        )

    def _prepare(self, width: float) -> Paragraph:
        if self._lines is None or self._for_width != width:
            self._lines = self._break(width)
            self._for_width = width
            self._para = None
        if self._para is None:
            self._para = Paragraph("<br/>".join(self._lines), self.style)
            self._size = None
        return self._para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The lines' size; measured once per width, as a table splitting a tall row over
        pages asks again for every cell on every page."""
        para = self._prepare(availWidth)
        if self._size is None:
            w, h = para.wrap(availWidth, availHeight)
            self._size = (float(w), float(h))
        self.width, self.height = self._size
        return self._size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._lines is None:  # like Paragraph: split the lines of the last wrap, if any
            self._prepare(availWidth)
        assert self._lines is not None
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit < 2 or fit >= len(self._lines):
            # No orphan line; and a caller that asks to split what fits (a table cell measuring
            # its row with another cell's height) gets "cannot split here", never the same piece.
            return []
        return [self._piece(self._lines[:fit], first=True), self._piece(self._lines[fit:])]

    def _piece(self, lines: list[str], *, first: bool = False) -> BidiParagraph:
        """A fresh flowable with some of the lines: no layout state (postponement) carries over."""
        piece = BidiParagraph.__new__(BidiParagraph)
        Flowable.__init__(piece)
        for name in ("text", "rtl", "right", "fonts", "bold", "italic", "face", "keepWithNext"):
            setattr(piece, name, getattr(self, name))
        piece.bullet = self.bullet if first else None
        piece.style = copy.copy(self.style)
        if first:
            piece.style.spaceAfter = 0
        else:
            piece.style.spaceBefore = 0
        piece._lines, piece._for_width, piece._para = lines, self._for_width, None
        piece._size = None
        return piece

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        assert self._para is not None
        canv: Canvas = self.canv
        self._para.drawOn(canv, 0, 0)
        if not self.bullet:
            return
        st = self.style
        ascent, _ = pdfmetrics.getAscentDescent(st.fontName, st.fontSize)
        y = self.height - ascent
        canv.saveState()
        canv.setFont(st.bulletFontName, st.bulletFontSize or st.fontSize)
        canv.setFillColor(st.textColor)
        if self.right:
            canv.drawRightString(self.width - st.bulletIndent, y, self.bullet)
        else:
            canv.drawString(st.bulletIndent, y, self.bullet)
        canv.restoreState()
