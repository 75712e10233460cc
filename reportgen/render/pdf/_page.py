"""Page furniture and the document template: A4 frame, footer with title and page count, outline."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reportgen.render.pdf._flow import text
from reportgen.render.pdf._styles import color

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from reportgen.layout import DocMeta
    from reportgen.render.pdf._flow import Context

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
"""Paper sizes in points by the names ``--paper`` takes."""
MARGIN = 20 * mm
FOOTER_GAP = 12 * mm
"""Distance from the frame's bottom edge down to the footer's baseline region."""


def paper(name: str) -> tuple[float, float]:
    """The page size for a paper name; A4 for any name not known."""
    return PAPERS.get(name, PAPERS["a4"])


def text_width(name: str) -> float:
    return float(paper(name)[0] - 2 * MARGIN)


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
        self._page = page = paper(ctx.theme.paper)
        super().__init__(out, pagesize=page, **kw)
        self._ctx = ctx
        self._footer_title = footer
        self._total = total
        self._marking = marking
        self._parts = 0
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_GAP,
            page[0] - 2 * MARGIN,
            page[1] - 2 * MARGIN - FOOTER_GAP,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("brief", [frame], onPage=self._footer)])

    last_page_fill = 1.0
    """Share of the last page's frame the story fills, measured as it is laid out."""

    def afterFlowable(self, flowable: Flowable) -> None:
        frame = getattr(self, "frame", None)
        if frame is not None:
            self.last_page_fill = (frame._y1 + frame._height - frame._y) / frame._height
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
        width, height = self._page
        _, h = mark.wrap(width - 2 * MARGIN, height)
        canv.saveState()
        mark.drawOn(canv, MARGIN, height - MARGIN / 2 - h / 2)
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
        page = self._page
        canv.line(MARGIN, y + style.leading + 3, page[0] - MARGIN, y + style.leading + 3)
        canv.setFont(font, style.fontSize)
        canv.setFillColor(color(ctx.theme.muted))
        canv.drawRightString(page[0] - MARGIN, y, label)
        if self._total == 1:  # one page: its title is at its head, not said again below
            canv.restoreState()
            self._logo_on_first(canv, number)
            return
        room = page[0] - 2 * MARGIN - label_width - 12
        title = text(ctx, self._footer_title, style)
        _, h = title.wrap(room, page[1])
        # One line only: a long title is clipped at its box, never pushed over the page number.
        path = canv.beginPath()
        path.rect(MARGIN, y - style.fontSize * 0.4, room, style.leading + style.fontSize * 0.4)
        canv.clipPath(path, stroke=0, fill=0)
        title.drawOn(canv, MARGIN, y + style.fontSize * 1.07 - h)
        canv.restoreState()
        self._logo_on_first(canv, number)

    def _logo_on_first(self, canv: Canvas, number: int) -> None:
        if number == 1 and self._ctx.theme.logo is not None:
            _logo(canv, self._ctx.theme.logo, self._page)


LOGO_HEIGHT = 12 * mm


def _logo(canv: Canvas, logo: bytes, page: tuple[float, float]) -> None:
    """The theme's logo in the top margin of page one, at its right, in proportion."""
    image = ImageReader(io.BytesIO(logo))
    width, height = image.getSize()
    w = LOGO_HEIGHT * width / height
    top = page[1] - 4 * mm
    canv.drawImage(image, page[0] - MARGIN - w, top - LOGO_HEIGHT, w, LOGO_HEIGHT, mask="auto")


TIGHTER = ((0.25, 0.55), (0.5, 0.3))
"""(last page filled under this share, spacing to try): a last page holding a few lines is
worth a slightly tighter layout that may save it, one filled up to half a much tighter one."""


def build(
    story: Callable[[Context], list[Flowable]],
    ctx: Context,
    meta: DocMeta,
    title: str,
    tighter: Callable[[float], Context] | None = None,
) -> bytes:
    """Lay the story out, and again at each tighter spacing :data:`TIGHTER` allows for the
    last page's fill (``tighter(spacing)`` gives its context) until one saves that page; then
    once more to print "Page N of M". A tighter layout is tried with one page fewer in its
    footers, so the one that saves the page is already the PDF."""
    pages, fill, _ = _layout(story, ctx, meta, title, None)
    for under, spacing in TIGHTER:
        if tighter is None or pages == 1 or fill >= under:
            continue
        tight = tighter(spacing)
        tight_pages, _, data = _layout(story, tight, meta, title, pages - 1)
        if tight_pages == pages - 1:
            return data
        if tight_pages < pages:
            ctx, pages = tight, tight_pages
            break
    return _layout(story, ctx, meta, title, pages)[2]


def _layout(
    story: Callable[[Context], list[Flowable]],
    ctx: Context,
    meta: DocMeta,
    title: str,
    total: int | None,
) -> tuple[int, float, bytes]:
    """(pages, fill of the last page, the PDF) of one layout of the story; a layout that only
    counts the pages (``total`` None) writes no PDF: its bytes are empty."""
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
    # reportlab's own switch for passes whose document is thrown away (as its multiBuild
    # sets it): no fonts subset, no objects written, no pages compressed.
    doc._doSave = total is not None
    doc.build(story(ctx))
    return doc.page, doc.last_page_fill, out.getvalue()
