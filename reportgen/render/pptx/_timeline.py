"""A timeline drawn as editable shapes: an axis, a marker per event, its date and its words.

The shapes are grouped and the group carries alt text, so a reader moves the drawing as one
piece, edits any label in place, and a screen reader announces what the drawing shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Pt

from reportgen.layout import measure
from reportgen.render.pptx import _ooxml, _text
from reportgen.render.pptx._text import Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pptx.shapes.group import GroupShape
    from pptx.slide import Slide

    from reportgen.layout import TimelineRow
    from reportgen.render.pptx._slides import Style

MARKER = 0.6
"""Marker diameter as a share of the text size."""
PAPER = "FFFFFF"
"""Fill of a hollow marker: the slide's background."""


def size_for(
    rows: Sequence[TimelineRow], style: Style, largest: float, frame: measure.SlideFrame
) -> float:
    """The largest size up to ``largest`` at which the rows fit the slide's content frame."""
    size = largest
    while size > style.sizes.smallest and _height(rows, size, style, frame) > frame.room:
        size -= 1.0
    return size


def _height(
    rows: Sequence[TimelineRow], size: float, style: Style, frame: measure.SlideFrame
) -> float:
    fonts = style.theme.fonts_dir
    rows_height = sum(
        measure.timeline_row_height(r.label, r.event, size, fonts, frame) for r in rows
    )
    return rows_height - frame.row_gap  # no gap is drawn after the last row


def alt_text(rows: Sequence[TimelineRow]) -> str:
    """What the drawing shows, in a sentence a screen reader can say."""
    span = f"from {rows[0].label} to {rows[-1].label}" if len(rows) > 1 else f"on {rows[0].label}"
    hollow = sum(r.hollow for r in rows)
    doubt = f"; {hollow} with an approximate or relative date (hollow marker)" if hollow else ""
    return f"Timeline of {len(rows)} events {span}{doubt}."


def draw(
    slide: Slide,
    rows: Sequence[TimelineRow],
    style: Style,
    size: float,
    frame: measure.SlideFrame = measure.SLIDE,
) -> GroupShape:
    """The rows down a vertical axis in the content frame, one marker, date and text each."""
    theme = style.theme
    fonts = theme.fonts_dir
    heights = [measure.timeline_row_height(r.label, r.event, size, fonts, frame) for r in rows]
    group = _ooxml.new_group(slide.shapes)
    axis_x = frame.left + frame.when_width + frame.axis_gap / 2
    first_line = frame.inset[1] + size * measure.LINE / 2
    end = frame.top + sum(heights[:-1]) + first_line
    axis = group.shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, Pt(axis_x), Pt(frame.top + first_line), Pt(axis_x), Pt(end)
    )
    axis.line.color.rgb = RGBColor.from_string(theme.accent_light)  # type: ignore[no-untyped-call]
    axis.line.width = Pt(2.5)
    top = frame.top
    for row, height in zip(rows, heights, strict=True):
        box = height - frame.row_gap / 2  # slack against rounding; the gap stays clear
        _marker(group, axis_x, top + first_line, size, row.hollow, theme.accent)
        when = Span(
            row.label, bold=not row.hollow, italic=row.hollow, colour=_when_colour(row, style)
        )
        _label(group, frame.left, top, frame.when_width, box, when, size, style, PP_ALIGN.RIGHT)
        event_left = frame.left + frame.when_width + frame.axis_gap
        _label(group, event_left, top, frame.event_width, box, Span(row.event), size, style)
        top += height
    _ooxml.finish_group(group, alt_text(rows))
    return group


def _when_colour(row: TimelineRow, style: Style) -> str:
    return style.theme.tentative if row.hollow else style.theme.accent


def _marker(group: GroupShape, x: float, y: float, size: float, hollow: bool, accent: str) -> None:
    d = size * MARKER
    dot = group.shapes.add_shape(MSO_SHAPE.OVAL, Pt(x - d / 2), Pt(y - d / 2), Pt(d), Pt(d))
    _ooxml.paint_marker(dot, PAPER if hollow else accent, accent, Pt(2))


def _label(
    group: GroupShape,
    left: float,
    top: float,
    width: float,
    height: float,
    span: Span,
    size: float,
    style: Style,
    align: PP_ALIGN | None = None,
) -> None:
    box = group.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(height))
    frame = box.text_frame
    paragraph = _text.Para((span,), bullet=False, space_before=0)
    _text.write(frame, [paragraph], size, style.theme, style.language)
    frame.vertical_anchor = MSO_ANCHOR.TOP
    for side in ("left", "right"):
        setattr(frame, f"margin_{side}", Pt(measure.SLIDE.inset[0]))
    for side in ("top", "bottom"):
        setattr(
            frame, f"margin_{side}", Pt(measure.SLIDE.inset[1])
        )  # insets are the same in any frame
    if align is not None:
        for p in frame.paragraphs:
            p.alignment = align
