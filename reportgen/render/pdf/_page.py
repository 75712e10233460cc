"""Page furniture and the document template: A4 frame, footer with title and page count, outline."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reportgen.render.pdf._flow import text
from reportgen.render.pdf._styles import color

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from reportgen.layout import DocMeta
    from reportgen.render.pdf._flow import Context

PAGE = A4
MARGIN = 20 * mm
FOOTER_GAP = 12 * mm
"""Distance from the frame's bottom edge down to the footer's baseline region."""
TEXT_WIDTH = PAGE[0] - 2 * MARGIN


class _BriefDoc(BaseDocTemplate):  # type: ignore[misc]
    """Bookmarks every flowable that carries an ``outline_title``; draws the footer on each page."""

    def __init__(
        self,
        out: io.BytesIO,
        ctx: Context,
        footer: str,
        total: int | None,
        marking: str,
        **kw: Any,
    ) -> None:
        super().__init__(out, pagesize=PAGE, **kw)
        self._ctx = ctx
        self._footer_title = footer
        self._total = total
        self._marking = marking
        self._parts = 0
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_GAP,
            TEXT_WIDTH,
            PAGE[1] - 2 * MARGIN - FOOTER_GAP,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("brief", [frame], onPage=self._footer)])

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title is None:
            return
        key = f"part-{self._parts}"
        self._parts += 1
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=0, closed=False)

    def _mark(self, canv: Canvas) -> None:
        """The source's protective marking, centred at the head of the page."""
        if not self._marking:
            return
        ctx = self._ctx
        style = ParagraphStyle("marking", parent=ctx.styles.footer, alignment=TA_CENTER)
        style.textColor = color(ctx.theme.accent)
        mark = text(ctx, self._marking, style, bold=True)
        _, h = mark.wrap(TEXT_WIDTH, PAGE[1])
        canv.saveState()
        mark.drawOn(canv, MARGIN, PAGE[1] - MARGIN / 2 - h / 2)
        canv.restoreState()

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._mark(canv)
        ctx = self._ctx
        style = ctx.styles.footer
        number = canv.getPageNumber()
        label = f"Page {number} of {self._total}" if self._total else f"Page {number}"
        font = ctx.fonts.face_for(False, False).name
        label_width = pdfmetrics.stringWidth(label, font, style.fontSize)
        y = MARGIN
        canv.saveState()
        canv.setStrokeColor(color(ctx.theme.accent_light))
        canv.setLineWidth(0.6)
        canv.line(MARGIN, y + style.leading + 3, PAGE[0] - MARGIN, y + style.leading + 3)
        canv.setFont(font, style.fontSize)
        canv.setFillColor(color(ctx.theme.muted))
        canv.drawRightString(PAGE[0] - MARGIN, y, label)
        room = TEXT_WIDTH - label_width - 12
        title = text(ctx, self._footer_title, style)
        _, h = title.wrap(room, PAGE[1])
        # One line only: a long title is clipped at its box, never pushed over the page number.
        path = canv.beginPath()
        path.rect(MARGIN, y - style.fontSize * 0.4, room, style.leading + style.fontSize * 0.4)
        canv.clipPath(path, stroke=0, fill=0)
        title.drawOn(canv, MARGIN, y + style.fontSize * 1.07 - h)
        canv.restoreState()


def build(story: Callable[[], list[Flowable]], ctx: Context, meta: DocMeta, title: str) -> bytes:
    """Lay the story out twice: once to count pages, once to print "Page N of M"."""
    total: int | None = None
    data = b""
    for _ in range(2):
        out = io.BytesIO()
        doc = _BriefDoc(
            out,
            ctx,
            title,
            total,
            meta.marking,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator="reportgen",
            producer="reportgen (reportlab)",
            lang=meta.language or None,
            invariant=1,
            displayDocTitle=1,
            initialFontName=ctx.fonts.face_for(False, False).name,
            initialFontSize=ctx.theme.body_pt,
        )
        doc.build(story())
        total = doc.page
        data = out.getvalue()
    return data
