"""Paragraphs described as data, measured to fit their box, then written into a text frame."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from reportgen.layout import measure as _fit
from reportgen.render._office import EAST_ASIAN_FONT, complex_script_font
from reportgen.render.pptx import _ooxml
from reportgen.text import clean_run, is_rtl

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from pptx.text.text import TextFrame

    from reportgen.layout import Theme

INSET_PT = (7.2, 3.6)
"""PowerPoint's default text-box insets (left/right, top/bottom), in points."""
BULLET_INDENT_PT = (27.0, 58.5)
"""Left margin of bulleted text at levels 0 and 1 in the default master's body style."""
SPACE_BEFORE = 0.4
"""Space above each body paragraph, as a fraction of its size."""
COLUMN_GAP = Inches(0.4)
MARGIN = 0.94
"""Share of a box's height text may fill: applications measure a little differently from us."""


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None
    """RGB hex; None keeps the placeholder's colour."""


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of a slide: its runs, list level, bullet and size relative to body text."""

    spans: tuple[Span, ...]
    level: int = 0
    bullet: bool = True
    scale: float = 1.0
    space_before: float = SPACE_BEFORE

    @property
    def text(self) -> str:
        return "".join(clean_run(s.text) for s in self.spans)

    def line(self) -> _fit.Line:
        indent = BULLET_INDENT_PT[min(self.level, 1)] if self.bullet else 0.0
        bold = all(s.bold for s in self.spans)
        return _fit.Line(self.text, self.scale, indent, bold, self.space_before)


def fit(
    paras: Sequence[Para],
    box: tuple[int, int],
    largest: float,
    smallest: float,
    fonts_dir: Path,
    columns: int = 1,
) -> tuple[float, bool]:
    """Body size (points) at which ``paras`` fit a box of (width, height) EMU, insets removed;
    False with ``smallest`` when nothing fits. Columns flow one into the next."""
    width = (Emu(box[0]).pt - 2 * INSET_PT[0] - (columns - 1) * COLUMN_GAP.pt) / columns
    height = (Emu(box[1]).pt - 2 * INSET_PT[1]) * MARGIN * columns
    return _fit.fit([p.line() for p in paras], width, height, largest, smallest, fonts_dir)


def write(
    frame: TextFrame,
    paras: Sequence[Para],
    size: float,
    theme: Theme,
    language: str,
    *,
    overflow: bool = False,
    columns: int = 1,
    text_box: bool = False,
) -> None:
    """Replace the frame's text with ``paras`` at ``size``, always wrapping; ``overflow`` (text
    that does not fit even at the smallest size) asks the application to shrink it further.
    In a ``text_box`` (no placeholder's list style to inherit) bullets are set explicitly."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE if overflow else MSO_AUTO_SIZE.NONE
    _ooxml.set_columns(frame, columns, COLUMN_GAP)
    for i, para in enumerate(paras):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()  # type: ignore[no-untyped-call]
        _ooxml.start_paragraph(paragraph, para.level, Pt(size * para.scale * para.space_before))
        if not para.bullet:
            _ooxml.without_bullet(paragraph)
        elif text_box:
            indent = BULLET_INDENT_PT[min(para.level, 1)]
            hang = BULLET_INDENT_PT[0]
            _ooxml.with_bullet(paragraph, Pt(indent), Pt(hang))
        house = theme.pptx_template is not None  # a house template's fonts and colours win
        for span in para.spans:
            _ooxml.add_run(
                paragraph,
                clean_run(span.text),
                Pt(size * para.scale),
                bold=span.bold,
                italic=span.italic,
                fonts=(
                    None if house else theme.body_font,
                    EAST_ASIAN_FONT,
                    complex_script_font(span.text),
                ),
                colour=span.colour if span.colour and not house else None,
                language=language,
            )
        if is_rtl(para.text):
            _ooxml.set_right_to_left(paragraph)
            paragraph.alignment = PP_ALIGN.RIGHT
