"""Text and blocks built together, for readers whose text is not the file's own bytes.

A Word, PDF or HTML reader makes the text the rest of reportgen indexes; building that text
and its blocks in one pass keeps every block's offsets exact by construction.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.read._line_rules import match
from reportgen.read.structure import (
    Block,
    Furniture,
    FurnitureKind,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Table,
    shifted,
)

BLOCK_GAP = "\n\n"
"""Between blocks: a blank line, the paragraph break the sentence splitter honours."""
CELL_GAP = " | "
"""Between the cells of a table row in the text: the row stays one line a person can read."""


def _squash(text: str) -> str:
    return " ".join(text.split())


class TextBuilder:
    """Appends blocks to a growing text and records where each one lies in it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.blocks: list[Block] = []
        self._body_started = False
        """Header fields ("To: Board") stand before the body; after it they are text."""

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def _put(self, text: str) -> tuple[int, int]:
        if self._parts:
            self._parts.append(BLOCK_GAP)
            self._pos += len(BLOCK_GAP)
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        return start, self._pos

    def _put_lines(self, lines: Sequence[str], gap: str) -> list[Span]:
        spans: list[Span] = []
        for n, line in enumerate(lines):
            if n == 0:
                start, end = self._put(line)
            else:
                self._parts.append(gap)
                self._pos += len(gap)
                start = self._pos
                self._parts.append(line)
                self._pos += len(line)
                end = self._pos
            spans.append(Span(line, start, end))
        return spans

    def heading(self, text: str, level: int) -> None:
        if words := _squash(text):
            if match("marking", words):
                self.blocks.append(Furniture("marking", words, *self._put(words)))
            else:
                self.blocks.append(Heading(words, max(0, min(level, 6)), *self._put(words)))

    def paragraph(self, text: str) -> None:
        """Running text; a line that is only a protective marking is furniture."""
        if words := _squash(text):
            if match("marking", words):
                self.blocks.append(Furniture("marking", words, *self._put(words)))
            elif match("header_field", words) and not self._body_started:
                self.blocks.append(Furniture("header_field", words, *self._put(words)))
            else:
                self._body_started = True
                self.blocks.append(Paragraph(words, *self._put(words)))

    def quote(self, text: str) -> None:
        if words := _squash(text):
            self.blocks.append(Quote(words, *self._put(words)))

    def furniture(self, kind: FurnitureKind, text: str) -> None:
        if words := _squash(text):
            self.blocks.append(Furniture(kind, words, *self._put(words)))

    def items(self, items: Sequence[str], ordered: bool) -> None:
        lines = [w for item in items if (w := _squash(item))]
        if lines:
            spans = self._put_lines(lines, BLOCK_GAP)
            self.blocks.append(ListBlock(tuple(spans), ordered, spans[0].start, spans[-1].end))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], caption: str) -> None:
        """A table whose rows each stand as one line of cells joined by :data:`CELL_GAP`."""
        head = tuple(_squash(c) for c in header)
        body = [tuple(_squash(c) for c in row) for row in rows]
        body = [row for row in body if any(row)]
        if not body and not any(head):
            return
        lines = [CELL_GAP.join(row) for row in ([head] if any(head) else []) + body]
        spans = self._put_lines(lines, "\n")
        self.blocks.append(
            Table(head, tuple(body), _squash(caption), spans[0].start, spans[-1].end)
        )

    def text_block(self, text: str) -> None:
        """Preformatted text (a ``<pre>``): laid in as it is and read as a plain text is, so
        its typed headings, lists and tables survive."""
        from reportgen.read.textstructure import parse

        if not text.strip():
            return
        start, _ = self._put(text)
        self.blocks.extend(shifted(b, start) for b in parse(text).blocks)
