"""The timeline drawn in vector graphics: an axis, a marker per event, its date and its words.

Each plan chunk is one drawing, so the PDF splits a long timeline where the deck does. A solid
marker is a date known to its precision; a hollow one an approximate or relative date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from reportgen.render.pdf._styles import color

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reportgen.layout import TimelineRow
    from reportgen.render.pdf._flow import Context

INDENT = 20.0
"""Room left of the text for the axis and its markers."""
ROW_GAP = 5.0
DATE_LEAST = 44.0
"""The date column is as wide as the timeline's widest date, and never narrower than this:
dates sit beside their events, one line each, so a timeline takes half the height it would
with dates above, and its events keep the rest of the line."""
DATE_MOST = 105.0
"""A longer date ("Early in the 19th century") wraps within this."""
_DATE_PAD = 2.0
COLUMN_GAP = 8.0
MARKER = 3.2
"""Marker radius in points."""


def dates_width(ctx: Context, rows: Sequence[TimelineRow]) -> float:
    """The date column that sets the widest of ``rows``' dates on one line, within limits."""
    s = ctx.styles
    widest = max(
        (
            pdfmetrics.stringWidth(
                r.label, (s.tentative if r.hollow else s.cell_head).fontName, s.cell_head.fontSize
            )
            for r in rows
        ),
        default=0.0,
    )
    return float(min(max(widest + _DATE_PAD, DATE_LEAST), DATE_MOST))


class TimelineDrawing(Flowable):  # type: ignore[misc]
    """One chunk of the plan's timeline; splits between events when a page runs out."""

    def __init__(
        self, rows: Sequence[TimelineRow], ctx: Context, date_width: float | None = None
    ) -> None:
        """``date_width``: the date column's, shared by every drawing of one timeline (default:
        what these rows' dates need)."""
        from reportgen.render.pdf._flow import text

        super().__init__()
        self.rows = tuple(rows)
        self._ctx = ctx
        s = ctx.styles
        self.date_width = date_width if date_width is not None else dates_width(ctx, self.rows)
        self.text_width = ctx.width - INDENT - self.date_width - COLUMN_GAP
        self._cells = [
            (
                text(ctx, r.label, s.tentative, italic=True)
                if r.hollow
                else text(ctx, r.label, s.cell_head, bold=True),
                text(ctx, r.event, s.cell, width=self.text_width),
            )
            for r in self.rows
        ]
        self.row_heights = [self._row_height(w, e) for w, e in self._cells]
        self.lead_height = self.row_heights[0] if self.row_heights else 0.0
        self.alt_text = f"Timeline of {len(self.rows)} events"

    def _row_height(self, when: Flowable, event: Flowable) -> float:
        """The date in its column, the event's words beside it; the date is drawn first, so
        any tool reads them in that order."""
        _, hw = when.wrap(self.date_width, 1e6)
        _, he = event.wrap(self.text_width, 1e6)
        return float(max(hw, he)) + ROW_GAP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = sum(self.row_heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used, k = 0.0, 0
        for height in self.row_heights:
            if used + height > avail_height:
                break
            used += height
            k += 1
        if k == 0 or k == len(self.rows):
            return []
        return [
            TimelineDrawing(self.rows[:k], self._ctx, self.date_width),
            TimelineDrawing(self.rows[k:], self._ctx, self.date_width),
        ]

    def draw(self) -> None:
        canv: Any = self.canv
        theme = self._ctx.theme
        axis_x = INDENT / 2 - 2
        first = self._ctx.styles.cell.leading / 2 + 1
        tops, y = [], self.height
        for height in self.row_heights:
            tops.append(y)
            y -= height
        canv.saveState()
        canv.setStrokeColor(color(theme.accent_light))
        canv.setLineWidth(1.6)
        if len(tops) > 1:
            canv.line(axis_x, tops[0] - first, axis_x, tops[-1] - first)
        for top, row, (when, event) in zip(tops, self.rows, self._cells, strict=True):
            _, hw = when.wrap(self.date_width, 1e6)
            when.drawOn(canv, INDENT, top - hw)
            _, he = event.wrap(self.text_width, 1e6)
            event.drawOn(canv, INDENT + self.date_width + COLUMN_GAP, top - he)
            canv.setStrokeColor(color(theme.accent))
            canv.setLineWidth(1.2)
            canv.setFillColor(color("FFFFFF" if row.hollow else theme.accent))
            canv.circle(axis_x, top - first, MARKER, stroke=1, fill=1)
        canv.restoreState()


class TimelineStrip(Flowable):  # type: ignore[misc]
    """The whole timeline at a glance: one marker per event along a line, in order, the first
    and last dates printed under its ends; solid and hollow as in the full drawing."""

    height_pt = 28.0

    def __init__(self, rows: Sequence[TimelineRow], ctx: Context) -> None:
        super().__init__()
        self.rows = tuple(rows)
        self._ctx = ctx

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height_pt

    def draw(self) -> None:
        from reportgen.render.pdf._flow import text

        canv: Any = self.canv
        theme, s = self._ctx.theme, self._ctx.styles
        y = self.height_pt - MARKER - 2
        left, right = MARKER + 1, self.width - MARKER - 1
        canv.saveState()
        canv.setStrokeColor(color(theme.accent_light))
        canv.setLineWidth(1.6)
        canv.line(left, y, right, y)
        n = len(self.rows)
        for i, row in enumerate(self.rows):
            x = left + (right - left) * (i / (n - 1) if n > 1 else 0.5)
            canv.setStrokeColor(color(theme.accent))
            canv.setLineWidth(1.0)
            canv.setFillColor(color("FFFFFF" if row.hollow else theme.accent))
            canv.circle(x, y, MARKER * 0.8, stroke=1, fill=1)
        canv.restoreState()
        ends = [(self.rows[0].label, TA_LEFT)] + (
            [(self.rows[-1].label, TA_RIGHT)] if n > 1 else []
        )
        for label, align in ends:
            style = ParagraphStyle(f"strip-{align}", parent=s.note, alignment=align, spaceBefore=0)
            para = text(self._ctx, label, style)
            _, h = para.wrap(self.width / 2, self.height_pt)
            para.drawOn(canv, 0 if align == TA_LEFT else self.width / 2, y - MARKER - 2 - h)
