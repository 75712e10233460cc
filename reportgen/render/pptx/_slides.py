"""One slide per plan chunk, drawn into the layouts' own placeholders; a function per block kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, assert_never

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from reportgen.layout import measure
from reportgen.layout.blocks import (
    ActorList,
    Block,
    Bullets,
    Callout,
    Para,
    TableBlock,
    TimelineRows,
    is_figure,
)
from reportgen.layout.slides import RUN_IN
from reportgen.render.pptx import _deck, _ooxml, _text, _timeline
from reportgen.render.pptx._text import Span
from reportgen.text import clean_run

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.placeholder import LayoutPlaceholder
    from pptx.slide import Slide, SlideLayout

    from reportgen.layout import Chunk, Theme, TimelineRow
    from reportgen.render.pptx._deck import SlideSizes

DASH = " \u2014 "
BOTTOM_GAP = Inches(0.45)
"""Space kept free below a table."""
CELL_MARGIN_PT = measure.CELL_MARGIN


@dataclass(frozen=True, slots=True)
class Style:
    """What every slide is drawn with: the theme, slide sizes, and the document's language."""

    theme: Theme
    sizes: SlideSizes
    language: str
    marking: str = ""
    """The source's protective marking, printed at the head of every slide."""


MARK_HEIGHT = Inches(0.3)


def mark(slide: Slide, style: Style) -> None:
    """The protective marking centred at the slide's head and foot, as marked papers carry it
    on every page: a slide printed or cut into another deck still says how to handle it."""
    if not style.marking:
        return
    deck = slide.part.package.presentation_part.presentation
    width = deck.slide_width or _deck.WIDE[0]
    height = max(MARK_HEIGHT, Pt(style.sizes.smallest * measure.LINE + 2 * _text.INSET_PT[1]))
    foot = (deck.slide_height or _deck.WIDE[1]) - Inches(0.04) - height
    for top in (Inches(0.04), foot):
        box = slide.shapes.add_textbox(Inches(0.5), Emu(top), Emu(width - Inches(1.0)), height)
        box.name = "Marking"
        span = Span(style.marking, bold=True, colour=style.theme.accent)
        para = _text.Para((span,), bullet=False, space_before=0)
        _text.write(box.text_frame, [para], style.sizes.smallest, style.theme, style.language)
        for paragraph in box.text_frame.paragraphs:
            paragraph.alignment = PP_ALIGN.CENTER


def chunk_slide(
    deck: Presentation, heading: str, chunk: Chunk, style: Style, largest: float | None = None
) -> Slide:
    """A drawn timeline when the chunk is all timeline; otherwise a title-and-content slide,
    its text at most ``largest`` points (by default the deck's one body size)."""
    if _is_timeline(chunk):
        slide = _deck.add_slide(deck, _deck.TITLE_ONLY)
        set_heading(slide, heading, style)
        rows, frame = _rows(chunk), content_frame(deck)
        size = _timeline.size_for(rows, style, largest or style.sizes.body, frame)
        _timeline.draw(slide, rows, style, size, frame)
    elif _isdata_table(chunk):
        slide = _deck.add_slide(deck, _deck.TITLE_ONLY)
        set_heading(slide, heading, style)
        height = deck.slide_height or _deck.WIDE[1]
        for block in chunk.blocks:
            assert isinstance(block, TableBlock)
            data_table(slide, block, style, height, largest or style.sizes.body)
    else:
        slide = _deck.add_slide(deck, _deck.TITLE_AND_CONTENT)
        set_heading(slide, heading, style)
        _body(slide, chunk.blocks, style, largest or style.sizes.body)
    set_notes(slide, chunk, style)
    set_number(slide, len(deck.slides), style)
    mark(slide, style)
    return slide


def part_size(deck: Presentation, chunks: Sequence[Chunk], style: Style) -> float:
    """One body size for every slide of a part: the deck's body size, which the plan's measured
    cuts make fit; smaller only when one item alone is taller than a slide."""
    layout = _deck.layout(deck, _deck.TITLE_AND_CONTENT)
    body = _body_placeholder(layout)
    box = (body.width or 0, body.height or 0) if body is not None else (0, 0)
    sizes = [
        _layout_of(paras, box, style, style.sizes.body, _columned(chunk.blocks))[0]
        for chunk in chunks
        if not _is_timeline(chunk) and not _isdata_table(chunk)
        for paras in [body_paras(chunk.blocks, style)]
        if paras
    ]
    sizes += [
        _timeline.size_for(_rows(chunk), style, style.sizes.body, content_frame(deck))
        for chunk in chunks
        if _is_timeline(chunk)
    ]
    return min(sizes, default=style.sizes.body)


def _body_placeholder(layout: SlideLayout | None) -> LayoutPlaceholder | None:
    """The layout's body placeholder (idx 1), where "Title and Content" puts its text."""
    if layout is None:
        return None
    found: LayoutPlaceholder | None = layout.placeholders.get(idx=1)
    return found


def content_frame(deck: Presentation) -> measure.SlideFrame:
    """Where content goes on this deck's slides: the "Title and Content" body placeholder's box
    (a house template's own), else the default frame the plan measured for."""
    body = _body_placeholder(_deck.layout(deck, _deck.TITLE_AND_CONTENT))
    if body is None or None in (body.left, body.top, body.width, body.height):
        return measure.SLIDE
    box = [Emu(v).pt for v in (body.left, body.top, body.width, body.height)]
    if box == [measure.SLIDE.left, measure.SLIDE.top, measure.SLIDE.width, measure.SLIDE.height]:
        return measure.SLIDE
    when = min(measure.SLIDE.when_width, box[2] * 0.25)
    return replace(
        measure.SLIDE, left=box[0], top=box[1], width=box[2], height=box[3], when_width=when
    )


def _rows(chunk: Chunk) -> list[TimelineRow]:
    return [r for b in chunk.blocks if isinstance(b, TimelineRows) for r in b.rows]


def body_paras(blocks: tuple[Block, ...], style: Style) -> list[_text.Para]:
    return [p for block in blocks for p in _paras(block, style.theme, style.sizes)]


def _columned(blocks: tuple[Block, ...]) -> bool:
    """Lists of short lines (actors) may flow through two columns."""
    return all(isinstance(b, ActorList) for b in blocks)


def _isdata_table(chunk: Chunk) -> bool:
    return len(chunk.blocks) == 1 and isinstance(chunk.blocks[0], TableBlock)


def data_table(
    slide: Slide,
    block: TableBlock,
    style: Style,
    slide_height: int,
    largest: float,
    area: tuple[int, int, int, int] | None = None,
) -> None:
    """The source's table under the title, every cell kept, at the largest size that fits;
    or in ``area`` (left, top, width, height in EMU, the caption below it) on a shared slide."""
    if area is None:
        title = slide.shapes.title
        assert title is not None
        left, width = title.left or 0, title.width or 0
        top = (title.top or 0) + (title.height or 0) + Inches(0.15)
        room = slide_height - top - BOTTOM_GAP - (Inches(0.35) if block.caption else 0)
    else:
        left, top, width, room = area
    rows = block.all_rows
    widths = [int(width * share) for share in block.shares]
    size = _grid_size(block, widths, room, style, largest)
    shape = slide.shapes.add_table(
        len(rows), block.width, Emu(left), Emu(top), Emu(width), Emu(room)
    )
    shape.name = "Table"
    table = shape.table
    table.first_row = bool(block.header)
    for i, w in enumerate(widths):
        table.columns[i].width = Emu(w)
    for n, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        row.height = Emu(Pt(size * measure.LINE + CELL_MARGIN_PT))
        head = n == 0 and bool(block.header)
        cells = zip(row.cells, block.padded(values), block.figure_columns, strict=True)
        for cell, value, figures in cells:
            span = Span(value, bold=head)
            para = _text.Para((span,), bullet=False, space_before=0)
            _text.write(cell.text_frame, [para], size, style.theme, style.language)
            if is_figure(value) or (head and figures):
                for paragraph in cell.text_frame.paragraphs:
                    paragraph.alignment = PP_ALIGN.RIGHT
            cell.vertical_anchor = MSO_ANCHOR.TOP
    if block.caption:
        box = slide.shapes.add_textbox(Emu(left), Emu(top + room), Emu(width), Inches(0.35))
        para = _text.Para(
            (Span(block.caption, italic=True, colour=style.theme.muted),), bullet=False
        )
        _text.write(box.text_frame, [para], style.sizes.smallest, style.theme, style.language)


def _grid_size(
    block: TableBlock,
    widths: list[int],
    room: int,
    style: Style,
    largest: float,
) -> float:
    """The largest size, down to the deck's smallest, at which every row fits the room."""
    widths_pt = [Emu(w).pt for w in widths]
    rows = [tuple(clean_run(t) for t in block.padded(row)) for row in block.all_rows]
    size = largest
    while size > style.sizes.smallest:
        total = measure.table_height(rows, widths_pt, size, style.theme.fonts_dir)
        if total <= Emu(room).pt:
            break
        size -= 1.0
    return size


def _is_timeline(chunk: Chunk) -> bool:
    return bool(chunk.blocks) and all(isinstance(b, TimelineRows) for b in chunk.blocks)


def set_number(slide: Slide, number: int, style: Style) -> None:
    """The layout's own slide-number placeholder, so a presenter can say "slide 7"."""
    for shape in slide.slide_layout.shapes:
        if shape.is_placeholder and shape.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
            slide.shapes.clone_placeholder(shape)  # type: ignore[arg-type]
            _ooxml.show_slide_number(slide.shapes[-1], number, style.language)


def set_heading(slide: Slide, heading: str, style: Style) -> None:
    title = slide.shapes.title
    assert title is not None  # both layouts used here have a title placeholder
    theme, sizes = style.theme, style.sizes
    span = Span(heading, bold=True, colour=theme.accent)
    fill(title, [_text.Para((span,), bullet=False, space_before=0)], sizes.heading, style)
    for paragraph in title.text_frame.paragraphs:
        if paragraph.alignment is None:
            paragraph.alignment = PP_ALIGN.LEFT


def _body(slide: Slide, blocks: tuple[Block, ...], style: Style, largest: float) -> None:
    body = slide.placeholders[1]
    paras = body_paras(blocks, style)
    if not paras:
        _ooxml.remove_shape(body)
        return
    box = (body.width or 0, body.height or 0)
    size, fits, columns = _layout_of(paras, box, style, largest, _columned(blocks))
    frame = body.text_frame
    _text.write(frame, paras, size, style.theme, style.language, overflow=not fits, columns=columns)
    if all(isinstance(b, Callout) for b in blocks):
        body.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE


def fill(shape: Shape, paras: list[_text.Para], largest: float, style: Style) -> None:
    """Write ``paras`` into a placeholder at the largest size, up to ``largest``, that fits it."""
    box = (shape.width or 0, shape.height or 0)
    size, fits, _ = _layout_of(paras, box, style, largest, columned=False)
    _text.write(shape.text_frame, paras, size, style.theme, style.language, overflow=not fits)


def _layout_of(
    paras: list[_text.Para],
    box: tuple[int, int],
    style: Style,
    largest: float,
    columned: bool,
) -> tuple[float, bool, int]:
    """(size, fits, columns): the largest size up to ``largest`` that fits the box; lists of
    short lines (actors) take two columns only when that makes the text clearly larger (by
    more than a point), since a half-empty second column reads as a layout fault."""
    fonts, smallest = style.theme.fonts_dir, style.sizes.smallest
    size, fits = _text.fit(paras, box, largest, smallest, fonts, 1)
    if columned:
        two, fits_two = _text.fit(paras, box, largest, smallest, fonts, 2)
        if two > size + 1 or not fits and fits_two:
            return two, fits_two, 2
    return size, fits, 1


def _paras(block: Block, theme: Theme, sizes: SlideSizes) -> list[_text.Para]:
    match block:
        case Callout(text):
            span = Span(text, bold=True, colour=theme.accent)
            return [_text.Para((span,), bullet=False, scale=sizes.statement / sizes.body)]
        case Para(text):
            return [_text.Para((Span(text),), bullet=False)]
        case Bullets(items):
            return [_text.Para((Span(item),)) for item in items]
        case TimelineRows(rows):
            return [_text.Para((_when(row, theme), Span(DASH + row.event))) for row in rows]
        case TableBlock(header, rows):
            return [
                _text.Para((Span(" | ".join(row)),), bullet=False)
                for row in ((header,) if header else ()) + rows
            ]
        case ActorList(label, entries):
            head = _text.Para((Span(label, bold=True, colour=theme.accent),), bullet=False)
            if not any(detail for _, detail in entries):
                names = RUN_IN.join(name for name, _ in entries)
                return [head, _text.Para((Span(names),), bullet=False, scale=0.9)]
            return [head] + [
                _text.Para(
                    (Span(name, bold=True), Span(DASH + detail))
                    if detail
                    else (Span(name, bold=True),),
                    level=1,
                    scale=0.9,
                )
                for name, detail in entries
            ]
        case _:
            assert_never(block)


def _when(row: TimelineRow, theme: Theme) -> Span:
    if row.tentative:
        return Span(f"{row.label} ({row.precision})", italic=True, colour=theme.tentative)
    return Span(row.label, bold=True)


def set_notes(slide: Slide, chunk: Chunk, style: Style) -> None:
    """The source sentences behind the slide; the slide's own text when the plan gives none."""
    lines = list(chunk.notes) or [
        p.text for b in chunk.blocks for p in _paras(b, style.theme, style.sizes)
    ]
    frame = slide.notes_slide.notes_text_frame
    assert frame is not None  # the default notes master has a body placeholder
    paras = [_text.Para((Span(line),), bullet=False, space_before=0) for line in lines]
    _text.write(frame, paras, style.sizes.notes, style.theme, style.language)
