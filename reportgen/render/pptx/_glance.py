"""The bottom-line slide as the brief at a glance: the bottom line, a strip of the whole
timeline, and who is involved; the same summary page one of the PDF gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Pt

from reportgen.layout import glance
from reportgen.render.pptx import _deck, _ooxml, _slides, _text, _timeline
from reportgen.render.pptx._text import Span

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.slide import Slide

    from reportgen.layout import Chunk, Plan, TimelineRow
    from reportgen.layout.measure import SlideFrame
    from reportgen.render.pptx._slides import Style

STATEMENT_SHARE = 0.52
"""Share of the content frame the bottom line may fill; the strip and who follow below."""
STRIP_SHARE = 0.2


def slide(deck: Presentation, heading: str, chunk: Chunk, plan: Plan, style: Style) -> Slide:
    """The bottom line above a timeline strip and a line naming who is involved."""
    page = _deck.add_slide(deck, _deck.TITLE_ONLY)
    _slides.set_heading(page, heading, style)
    frame = _slides.content_frame(deck)
    statement = " ".join(getattr(b, "text", "") for b in chunk.blocks).strip()
    top = frame.top
    strip = glance.strip_rows(plan)
    share = STATEMENT_SHARE if strip or glance.who(plan) else 1.0
    box = _box(page, frame.left, top, frame.width, frame.height * share)
    span = Span(statement, bold=True, colour=style.theme.accent)
    _write(box, [_text.Para((span,), bullet=False, space_before=0)], style.sizes.statement, style)
    top += frame.height * share
    if strip:
        _strip(page, strip, frame, top, style)
        top += frame.height * STRIP_SHARE
    who = glance.who(plan)
    if who:
        height = frame.top + frame.height - top
        label = Span("Who: ", bold=True, colour=style.theme.accent)
        para = _text.Para((label, Span(who)), bullet=False, space_before=0)
        _write(_box(page, frame.left, top, frame.width, height), [para], style.sizes.body, style)
    _slides.set_notes(page, chunk, style)
    _slides.set_number(page, len(deck.slides), style)
    _slides.mark(page, style)
    return page


def _box(page: Slide, left: float, top: float, width: float, height: float) -> object:
    return page.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(height))


def _write(box: object, paras: list[_text.Para], largest: float, style: Style) -> None:
    """Write ``paras`` at the largest size up to ``largest`` that fits the box."""
    size, fits = _text.fit(
        paras,
        (box.width, box.height),  # type: ignore[attr-defined]
        largest,
        style.sizes.smallest,
        style.theme.fonts_dir,
    )
    frame = box.text_frame  # type: ignore[attr-defined]
    _text.write(frame, paras, size, style.theme, style.language, overflow=not fits)


def _strip(
    page: Slide, rows: list[TimelineRow], frame: SlideFrame, top: float, style: Style
) -> None:
    """One marker per event along a line, evenly spaced in order, the first and last dates
    under its ends; grouped, editable, with alt text."""
    theme, size = style.theme, style.sizes.body
    group = _ooxml.new_group(page.shapes)
    y = top + size * 0.6
    left, right = frame.left + 8, frame.left + frame.width - 8
    line = group.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Pt(left), Pt(y), Pt(right), Pt(y))
    line.line.color.rgb = RGBColor.from_string(theme.accent_light)  # type: ignore[no-untyped-call]
    line.line.width = Pt(2.5)
    d = size * 0.5
    n = len(rows)
    for i, row in enumerate(rows):
        x = left + (right - left) * (i / (n - 1) if n > 1 else 0.5)
        dot = group.shapes.add_shape(MSO_SHAPE.OVAL, Pt(x - d / 2), Pt(y - d / 2), Pt(d), Pt(d))
        fill = _timeline.PAPER if row.hollow else theme.accent
        _ooxml.paint_marker(dot, fill, theme.accent, Pt(1.5))
    ends = [(rows[0].label, PP_ALIGN.LEFT, frame.left)]
    if n > 1:
        ends.append((rows[-1].label, PP_ALIGN.RIGHT, frame.left + frame.width / 2))
    for label, align, x in ends:
        box = group.shapes.add_textbox(Pt(x), Pt(y + d), Pt(frame.width / 2), Pt(size * 2.2))
        span = Span(label, colour=theme.muted)
        _write(box, [_text.Para((span,), bullet=False, space_before=0)], size, style)
        for p in box.text_frame.paragraphs:
            p.alignment = align
    _ooxml.finish_group(group, f"Timeline at a glance: {glance.when_text(rows)}.")
