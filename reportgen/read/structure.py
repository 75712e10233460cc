"""The structured source every reader produces: metadata and blocks over the decoded text.

A memo, a board paper and a news page differ in their parts, not in their sentences: a
heading says where a part starts, a table holds figures no sentence repeats, a To/From header
and a page footer are no points at all. Readers keep that shape here, format-neutral, as
pandoc's readers keep it in one AST, so everything downstream works on one kind of document.

Every block carries ``start``/``end`` offsets into :attr:`Source.text`, so a point drawn from
it stays traceable to the characters it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

FurnitureKind = Literal[
    "byline",
    "dateline",
    "caption",
    "page_header",
    "page_footer",
    "standing_notice",
    "navigation",
    "advert",
    "header_field",
    "marking",
]
"""What a furniture block is: text a reader sees on the page but no brief repeats."""


@dataclass(frozen=True, slots=True)
class Span:
    """A run of the decoded text: ``text == source.text[start:end]`` up to white space."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the document's own; ``level`` 1 is a top-level part, 0 the document's
    title."""

    text: str
    level: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text: one or more sentences."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list; each item is a span of the text."""

    items: tuple[Span, ...]
    ordered: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Table:
    """A table: a header row (possibly empty) and body rows of cell strings."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quotation: the words of someone other than the author."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Furniture:
    """Text on the page that is not the document's content (see :data:`FurnitureKind`)."""

    kind: FurnitureKind
    text: str
    start: int
    end: int


Block = Heading | Paragraph | ListBlock | Table | Quote | Furniture


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the document says about itself, wherever it says it (front matter, core
    properties, a To/From header, a page's ``<meta>``); empty when it does not."""

    title: str = ""
    subtitle: str = ""
    author: str = ""
    date: str = ""
    """ISO date (``2025-03-14``) when the document states one."""
    recipients: tuple[str, ...] = ()
    marking: str = ""
    """A protective marking or classification ("OFFICIAL-SENSITIVE", "Internal – Management
    only"), shown on every page of the brief."""
    organisation: str = ""
    subject: str = ""
    summary: tuple[int, int] | None = None
    """Offsets of the document's own summary (an abstract, ``SUMMARY:``, an executive
    summary), the first source of the bottom line."""
    extra: tuple[tuple[str, str], ...] = field(default=())
    """Other header fields, as (name, value) pairs in the order the document gives them."""


@dataclass(frozen=True, slots=True)
class Structure:
    """A document's metadata and its blocks in reading order."""

    meta: Metadata = Metadata()
    blocks: tuple[Block, ...] = ()

    @property
    def headings(self) -> tuple[Heading, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Heading))

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))

    @property
    def furniture(self) -> tuple[Furniture, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Furniture))


def shifted(block: Block, delta: int) -> Block:
    """The same block ``delta`` characters further on: a sub-text's blocks placed in a whole."""
    if isinstance(block, ListBlock):
        items = tuple(Span(i.text, i.start + delta, i.end + delta) for i in block.items)
        return replace(block, items=items, start=block.start + delta, end=block.end + delta)
    return replace(block, start=block.start + delta, end=block.end + delta)
