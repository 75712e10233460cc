"""Text measured with the shipped fonts' metrics, so the plan splits content where it fits.

The plan packs slides by these heights before any renderer runs; the deck renderer measures
again with the same functions to size what it writes into each placeholder.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from PIL import ImageFont

_LATIN = "NotoSans-Regular.ttf"
_BY_BLOCK = (
    ((0x0590, 0x05FF), "NotoSansHebrew-Regular.ttf"),
    ((0xFB1D, 0xFB4F), "NotoSansHebrew-Regular.ttf"),
    ((0x0600, 0x08FF), "NotoSansArabic-Regular.ttf"),
    ((0xFB50, 0xFDFF), "NotoSansArabic-Regular.ttf"),
    ((0xFE70, 0xFEFF), "NotoSansArabic-Regular.ttf"),
)
_UNITS = 1000
LINE = 1.36
"""Line height as a multiple of the font size (Noto Sans: ascent plus descent)."""
ARABIC_LINE = 2.11
"""Noto Sans Arabic's ascent plus descent: a line with Arabic in it is this tall."""
CJK_LINE = 1.45
"""Noto Sans CJK's ascent plus descent."""
BOLD = 1.07
"""Bold Noto Sans runs this much wider than regular."""


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph to fit: its text, size relative to the body size, and its left indent."""

    text: str
    scale: float = 1.0
    indent_pt: float = 0.0
    bold: bool = False
    space_before: float = 0.0
    """Space above the paragraph, as a multiple of its font size."""


@cache
def _font(path: Path) -> ImageFont.FreeTypeFont | None:
    if not path.exists():
        return None
    return ImageFont.truetype(str(path), _UNITS, layout_engine=ImageFont.Layout.BASIC)


@cache
def _em(ch: str, fonts_dir: Path) -> float:
    """Advance width of one character in ems, from the bundled font that covers its script."""
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0  # CJK ideographs, kana, hangul, most emoji
    code = ord(ch)
    name = next((f for (lo, hi), f in _BY_BLOCK if lo <= code <= hi), _LATIN)
    font = _font(fonts_dir / name)
    if font is None:
        return 0.6
    try:
        return font.getlength(ch) / _UNITS
    except (RuntimeError, ValueError):  # a character the font engine cannot measure
        return 0.6


def width_em(text: str, fonts_dir: Path) -> float:
    return sum(_em(ch, fonts_dir) for ch in text)


def line_count(text: str, width_pt: float, size_pt: float, fonts_dir: Path) -> int:
    """Lines ``text`` takes when wrapped at spaces, and inside any word longer than a line."""
    if width_pt <= 0:
        return max(1, len(text))
    room = width_pt / size_pt
    space = _em(" ", fonts_dir)
    lines, used = 1, 0.0
    for word in text.split(" "):
        w = _word_em(word, fonts_dir)
        if used and used + space + w <= room:
            used += space + w
            continue
        if used:
            lines += 1
        if w <= room:
            used = w
            continue
        used = 0.0  # a word wider than the line breaks between characters, as renderers do
        for ch in word:
            c = _em(ch, fonts_dir)
            if used + c > room and used:
                lines += 1
                used = 0.0
            used += c
    return lines


@lru_cache(maxsize=16384)
def _word_em(word: str, fonts_dir: Path) -> float:
    """A word's width in ems: fitting text tries size after size, each measuring the same words
    (the same sum, in the same order, as measuring it afresh)."""
    return sum(_em(ch, fonts_dir) for ch in word)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


@lru_cache(maxsize=4096)
def line_height(text: str) -> float:
    """Line height in ems for the tallest script in ``text`` (each font's ascent plus descent);
    kept per text, as fitting asks again for each size it tries."""
    if any(_is_arabic(ch) for ch in text):
        return ARABIC_LINE
    if any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text):
        return CJK_LINE
    return LINE


def height_pt(lines: Sequence[Line], width_pt: float, size_pt: float, fonts_dir: Path) -> float:
    total = 0.0
    for line in lines:
        size = size_pt * line.scale
        text_width = (width_pt - line.indent_pt) / (BOLD if line.bold else 1.0)
        n = line_count(line.text, text_width, size, fonts_dir)
        total += n * size * line_height(line.text) + line.space_before * size
    return total


def fit(
    lines: Sequence[Line],
    width_pt: float,
    height_pt_: float,
    largest: float,
    smallest: float,
    fonts_dir: Path,
) -> tuple[float, bool]:
    """The largest whole point size from ``largest`` down that fits, and True; or ``smallest``
    and False when even that overflows."""
    size = largest
    while size >= smallest:
        if height_pt(lines, width_pt, size, fonts_dir) <= height_pt_:
            return size, True
        size -= 1.0
    return smallest, False


@dataclass(frozen=True, slots=True)
class SlideFrame:
    """The content area of a 16:9 slide (13.33 × 7.5 in), in points: what one chunk must fit.

    The numbers are those of the deck's "Title and Content" body placeholder (left 48, top 126,
    864 × 356 pt), its text insets, and the share of it text may fill.
    """

    left: float = 48.0
    top: float = 126.0
    width: float = 864.0
    height: float = 356.375
    inset: tuple[float, float] = (7.2, 3.6)
    """Left/right and top/bottom text insets of a text box (PowerPoint's defaults)."""
    fill: float = 0.94
    """Share of the height text may fill: applications measure a little differently from us."""
    bullet_indent: float = 27.0
    space_before: float = 0.4
    """Space above each paragraph, as a fraction of its size."""
    when_width: float = 160.0
    """Width of a drawn timeline's date column; the axis and markers sit just right of it."""
    axis_gap: float = 36.0
    """Room between the date column and the event text: the axis and its markers."""
    row_gap: float = 10.0
    """Space between two events of a drawn timeline."""

    @property
    def room(self) -> float:
        """Height text may take inside the frame."""
        return (self.height - 2 * self.inset[1]) * self.fill

    @property
    def text_width(self) -> float:
        return self.width - 2 * self.inset[0]

    @property
    def event_width(self) -> float:
        """Width of a drawn timeline's event text."""
        return self.width - self.when_width - self.axis_gap


SLIDE = SlideFrame()


def paragraphs_height(lines: Sequence[Line], size_pt: float, fonts_dir: Path) -> float:
    """Height of paragraphs set in the slide's body frame at ``size_pt``, spacing included."""
    return height_pt(lines, SLIDE.text_width, size_pt, fonts_dir)


def timeline_row_height(
    when: str, event: str, size_pt: float, fonts_dir: Path, frame: SlideFrame = SLIDE
) -> float:
    """Height of one drawn timeline event on a slide: its taller column, insets and the gap."""
    inset = 2 * frame.inset[0]
    when_lines = line_count(when, frame.when_width - inset, size_pt * BOLD, fonts_dir)
    event_lines = line_count(event, frame.event_width - inset, size_pt, fonts_dir)
    tallest = max(
        when_lines * size_pt * line_height(when), event_lines * size_pt * line_height(event)
    )
    return tallest + 2 * frame.inset[1] + frame.row_gap


CELL_MARGIN = 7.2
"""Top plus bottom margin of a slide table's cell (PowerPoint's default, 0.05 in each)."""


def table_height(
    rows: Sequence[Sequence[str]], widths_pt: Sequence[float], size_pt: float, fonts_dir: Path
) -> float:
    """Height of a slide table: each row as tall as its tallest cell, margins included."""
    inner = [w - 2 * SLIDE.inset[0] for w in widths_pt]
    return sum(
        CELL_MARGIN
        + max(
            (
                line_count(text, w, size_pt, fonts_dir) * size_pt * line_height(text)
                for text, w in zip(row, inner, strict=False)
            ),
            default=size_pt * LINE,
        )
        for row in rows
    )
