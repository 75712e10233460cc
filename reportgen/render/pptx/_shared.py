"""A slide several small parts share, each under its own subheading, in plan order.

Text alone goes into the layout's body placeholder (the outline view and a house template's
body style still apply); a part drawn as a timeline or a table is stacked with the others down
the content frame, each part's box as tall as its measured content, so nothing overlaps.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pptx.util import Emu, Pt

from reportgen.layout import measure
from reportgen.layout import slides as plan_slides
from reportgen.layout.blocks import TableBlock, TimelineRows
from reportgen.layout.plan import Chunk
from reportgen.render.pptx import _deck, _slides, _text, _timeline
from reportgen.render.pptx._text import Span

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.slide import Slide

    from reportgen.layout.measure import SlideFrame
    from reportgen.layout.slides import DeckSlide, Piece
    from reportgen.render.pptx._slides import Style


def shared_slide(deck: Presentation, plan_slide: DeckSlide, style: Style) -> Slide:
    """The parts of ``plan_slide`` on one slide, with their notes together."""
    pieces = plan_slide.pieces
    text_only = all(plan_slides.content_kind(p.chunk.blocks) == "text" for p in pieces)
    layout = _deck.TITLE_AND_CONTENT if text_only else _deck.TITLE_ONLY
    slide = _deck.add_slide(deck, layout)
    _slides.set_heading(slide, plan_slide.title, style)
    if text_only:
        _in_placeholder(slide, pieces, style)
    else:
        _stacked(deck, slide, pieces, style)
    blocks = tuple(b for p in pieces for b in p.chunk.blocks)
    _slides.set_notes(slide, Chunk(blocks, tuple(n for p in pieces for n in p.chunk.notes)), style)
    _slides.set_number(slide, len(deck.slides), style)
    _slides.mark(slide, style)
    return slide


def subheading(heading: str, first: bool, style: Style) -> _text.Para:
    """A part's heading in the body: bold, in the accent colour, at the body size; in one
    placeholder, set off from the part before it by space above."""
    space = 0.0 if first else plan_slides.SUBHEAD_SPACE
    span = Span(heading, bold=True, colour=style.theme.accent)
    return _text.Para((span,), bullet=False, space_before=space)


def _paras(piece: Piece, first: bool, style: Style) -> list[_text.Para]:
    return [subheading(piece.heading, first, style), *_slides.body_paras(piece.chunk.blocks, style)]


def _in_placeholder(slide: Slide, pieces: tuple[Piece, ...], style: Style) -> None:
    body = slide.placeholders[1]
    paras = [para for i, piece in enumerate(pieces) for para in _paras(piece, i == 0, style)]
    box = (body.width or 0, body.height or 0)
    size, fits = _text.fit(
        paras, box, style.sizes.body, style.sizes.smallest, style.theme.fonts_dir
    )
    _text.write(body.text_frame, paras, size, style.theme, style.language, overflow=not fits)


def _size(pieces: tuple[Piece, ...], style: Style, frame: SlideFrame) -> float:
    """The body size, or the largest below it at which every part fits the frame stacked."""
    fonts, size = style.theme.fonts_dir, style.sizes.body
    while size > style.sizes.smallest:
        total = sum(
            plan_slides.piece_height(p.heading, p.chunk.blocks, size, fonts, i == 0, frame)
            for i, p in enumerate(pieces)
        )
        if total <= frame.height:
            break
        size -= 1.0
    return size


def _stacked(deck: Presentation, slide: Slide, pieces: tuple[Piece, ...], style: Style) -> None:
    frame = _slides.content_frame(deck)
    size = _size(pieces, style, frame)
    fonts = style.theme.fonts_dir
    top = frame.top
    for i, piece in enumerate(pieces):
        blocks = piece.chunk.blocks
        height = plan_slides.piece_height(piece.heading, blocks, size, fonts, i == 0, frame)
        gap = plan_slides.gap_above(size, i == 0)
        if plan_slides.content_kind(blocks) == "text":
            paras = _paras(piece, True, style)
            _text_box(slide, paras, (frame, top + gap, height - gap), size, style)
            top += height
            continue
        drawn = sum(plan_slides.block_height(b, size, fonts, frame) for b in blocks)
        head = height - drawn - gap
        _text_box(
            slide, [subheading(piece.heading, True, style)], (frame, top + gap, head), size, style
        )
        _drawing(slide, piece, style, size, replace(frame, top=top + gap + head, height=drawn))
        top += height


def _text_box(
    slide: Slide,
    paras: list[_text.Para],
    at: tuple[SlideFrame, float, float],
    size: float,
    style: Style,
) -> None:
    """A text box across the frame, ``at`` (frame, top, height) in points."""
    frame, top, height = at
    box = slide.shapes.add_textbox(Pt(frame.left), Pt(top), Pt(frame.width), Pt(height))
    box.name = "Text"
    _text.write(box.text_frame, paras, size, style.theme, style.language, text_box=True)


def _drawing(slide: Slide, piece: Piece, style: Style, size: float, frame: SlideFrame) -> None:
    """A part's timeline or table in its share of the frame."""
    for block in piece.chunk.blocks:
        if isinstance(block, TimelineRows):
            _timeline.draw(slide, block.rows, style, size, frame)
        elif isinstance(block, TableBlock):
            caption = size * measure.LINE + 2 * frame.inset[1] if block.caption else 0.0
            area = (
                Emu(Pt(frame.left + frame.inset[0])),
                Emu(Pt(frame.top)),
                Emu(Pt(frame.text_width)),
                Emu(Pt(frame.height - caption)),
            )
            _slides.data_table(slide, block, style, 0, size, area)
