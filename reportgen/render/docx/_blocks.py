"""One small function per block kind, each drawing with Word's styles only."""

from __future__ import annotations

from typing import TYPE_CHECKING, assert_never

from docx.shared import Cm

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
from reportgen.render._office import HEBREW_FONT, has_hebrew
from reportgen.render.docx import _ooxml, _styles
from reportgen.text import clean, is_rtl

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

SOLID, HOLLOW = "\u25cf", "\u25cb"
"""Markers before a date, as on the drawn timelines: known to its precision, or uncertain."""
WHEN_WIDTH = Cm(3.8)
"""Width of the timeline's date column; the event column takes the rest of the text width."""


def emit(document: Document, block: Block, text_width: int, *, right_to_left: bool = False) -> None:
    match block:
        case Callout(text):
            write(document.add_paragraph(style=_styles.CALLOUT), text)
        case Para(text):
            write(document.add_paragraph(style=_styles.BODY), text)
        case Bullets(items):
            for item in items:
                write(document.add_paragraph(style=_styles.BULLET), item)
        case TimelineRows():
            _timeline(document, block, text_width, right_to_left)
        case ActorList():
            _actors(document, block, text_width, right_to_left)
        case TableBlock():
            _data_table(document, block, text_width, right_to_left)
        case _:
            assert_never(block)


def write(paragraph: Paragraph, *runs: str | tuple[str, str]) -> Paragraph:
    """Add cleaned runs (text, or (text, character style)); mark the paragraph if it reads RTL."""
    for spec in runs:
        text, style = (spec, None) if isinstance(spec, str) else spec
        run = paragraph.add_run(clean(text), style=style)
        if has_hebrew(text):
            _ooxml.set_run_complex_font(run, HEBREW_FONT)
    if is_rtl(paragraph.text):
        _ooxml.set_right_to_left(paragraph)
        for run in paragraph.runs:
            run.font.rtl = True
    return paragraph


def _timeline(
    document: Document, block: TimelineRows, text_width: int, right_to_left: bool
) -> None:
    table = document.add_table(rows=1, cols=2)
    table.style = _styles.TABLE
    if right_to_left:
        _ooxml.set_table_right_to_left(table)
    table.autofit = False
    widths = (WHEN_WIDTH, text_width - WHEN_WIDTH)
    header = table.rows[0]
    _ooxml.repeat_as_header_row(header)
    for cell, label in zip(header.cells, ("When", "Event"), strict=True):
        write(cell.paragraphs[0], label)
    for row in block.rows:
        added = table.add_row()
        _ooxml.keep_row_whole(added)
        when, event = added.cells
        if row.tentative:
            label = f"{HOLLOW} {row.label} ({row.precision})"
            write(when.paragraphs[0], (label, _styles.TENTATIVE))
        else:
            write(when.paragraphs[0], f"{SOLID} {row.label}")
        write(event.paragraphs[0], row.event)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _data_table(
    document: Document, block: TableBlock, text_width: int, right_to_left: bool
) -> None:
    """The source's table in the grid table style: a header row repeated on each page,
    figures right-aligned, the caption below."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    rows = block.all_rows
    table = document.add_table(rows=len(rows), cols=block.width)
    table.style = _styles.TABLE
    if right_to_left:
        _ooxml.set_table_right_to_left(table)
    table.autofit = False
    if block.header:
        _ooxml.repeat_as_header_row(table.rows[0])
    for n, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        _ooxml.keep_row_whole(row)
        head = n == 0 and bool(block.header)
        cells = zip(row.cells, block.padded(values), block.figure_columns, strict=True)
        for cell, value, figures in cells:
            paragraph = write(cell.paragraphs[0], value)
            if is_figure(value) or (head and figures):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for column, share in zip(table.columns, block.shares, strict=True):
        width = int(text_width * share)
        column.width = width
        for cell in column.cells:
            cell.width = width
    if block.caption:
        caption = _styles.CAPTION if _styles.CAPTION in document.styles else _styles.BODY
        write(document.add_paragraph(style=caption), block.caption)


def _actors(document: Document, block: ActorList, text_width: int, right_to_left: bool) -> None:
    write(document.add_paragraph(style=_styles.HEADING[1]), block.label)
    if block.columns > 1:
        _index(document, block.index, text_width, right_to_left)
        return
    if not any(detail for _, detail in block.entries):  # a few bare names: one line, as in the PDF
        names: list[str | tuple[str, str]] = []
        for n, (name, _) in enumerate(block.entries):
            names += [RUN_IN] if n else []
            names.append((name, _styles.NAME))
        write(document.add_paragraph(style=_styles.BODY), *names)
        return
    for name, detail in block.entries:
        runs: list[str | tuple[str, str]] = [(name, _styles.NAME)]
        if detail:
            runs.append(f" \u2014 {detail}")
        write(document.add_paragraph(style=_styles.BULLET), *runs)


def _index(
    document: Document,
    index: tuple[tuple[str, ...], ...],
    text_width: int,
    right_to_left: bool,
) -> None:
    """The plan's index columns as a borderless one-row table, each cell a bulleted list the
    reader edits as usual; from the right in a right-to-left document."""
    table = document.add_table(rows=1, cols=len(index))
    if right_to_left:
        _ooxml.set_table_right_to_left(table)
    table.autofit = False
    bullet = document.styles[_styles.BULLET]
    for cell, column in zip(table.rows[0].cells, index, strict=True):
        cell.width = text_width // len(index)
        for i, name in enumerate(column):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph.style = bullet
            write(paragraph, (name, _styles.NAME))
