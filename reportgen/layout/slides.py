"""What the deck and the handout agree on: which parts share a slide, and each slide's title.

A part that takes one light slide of its own (a memo's two risks, a four-row table) leaves a
slide nearly empty; consecutive parts like that share a slide, each under its own subheading,
when their measured heights fit the content frame together. Parts that run over several slides
keep their own, and the bottom line keeps its slide (the brief at a glance).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportgen.layout import measure
from reportgen.layout.blocks import (
    ActorList,
    Block,
    Bullets,
    Callout,
    Para,
    TableBlock,
    TimelineRows,
)

if TYPE_CHECKING:
    from pathlib import Path

    from reportgen.layout.plan import Chunk, Part

HEADING_SCALE = 1.75
"""A slide title is the theme's first heading size times this: read across a room."""
JOIN = " \u00b7 "
"""Between the headings of the parts a shared slide's title names."""
MOST_PARTS = 3
"""Parts one slide may share: past three, a slide stops being one idea."""
TITLE_LINES = 2
"""A shared slide's title must fit this many lines at the heading size."""
SUBHEAD_SPACE = 1.0
"""Space above a part's subheading when another part comes before it on the slide, as a
multiple of the body size: more than between two points, so each part reads as its own."""


@dataclass(frozen=True, slots=True)
class Piece:
    """One chunk of a part, as one slide shows it."""

    part: Part
    index: int
    """Which of the part's chunks this is."""

    @property
    def chunk(self) -> Chunk:
        return self.part.chunks[self.index]

    @property
    def heading(self) -> str:
        return self.part.heading


@dataclass(frozen=True, slots=True)
class DeckSlide:
    """One content slide: a chunk of one part, or the only chunks of several small parts."""

    title: str
    pieces: tuple[Piece, ...]

    @property
    def shared(self) -> bool:
        """More than one part on the slide: each is drawn under its own subheading."""
        return len(self.pieces) > 1


def slide_title(heading: str, index: int, count: int) -> str:
    """A part's heading, numbered when the part runs over several slides ("Timeline (2 of 3)"):
    every slide title is unique, as screen readers and the slide sorter need."""
    return heading if count == 1 else f"{heading} ({index + 1} of {count})"


def one_per_chunk(parts: Sequence[Part]) -> tuple[DeckSlide, ...]:
    """A slide for every chunk of every part, nothing shared."""
    return tuple(
        DeckSlide(slide_title(part.heading, i, len(part.chunks)), (Piece(part, i),))
        for part in parts
        for i in range(len(part.chunks))
    )


def arrange(
    parts: Sequence[Part], size: float, heading_pt: float, fonts_dir: Path
) -> tuple[DeckSlide, ...]:
    """The deck's slides: runs of consecutive one-slide parts grouped onto as few slides as
    fit the content frame, then as evenly as they allow; every other part as it is chunked."""
    out: list[DeckSlide] = []
    run: list[Part] = []
    for part in parts:
        if _may_share(part):
            run.append(part)
            continue
        out += _grouped(run, size, heading_pt, fonts_dir)
        run = []
        out += one_per_chunk([part])
    out += _grouped(run, size, heading_pt, fonts_dir)
    return tuple(out)


def _may_share(part: Part) -> bool:
    return (
        part.kind != "bottom_line"
        and len(part.chunks) == 1
        and content_kind(part.chunks[0].blocks) != "mixed"
    )


def content_kind(blocks: Sequence[Block]) -> str:
    """How a chunk is drawn on a slide: "text", "timeline", "table", or "mixed" (never shared)."""
    if blocks and all(isinstance(b, Bullets | ActorList | Para) for b in blocks):
        return "text"
    if blocks and all(isinstance(b, TimelineRows) for b in blocks):
        return "timeline"
    if len(blocks) == 1 and isinstance(blocks[0], TableBlock):
        return "table"
    return "mixed"


def _grouped(
    run: Sequence[Part], size: float, heading_pt: float, fonts_dir: Path
) -> list[DeckSlide]:
    """Fewest slides, then the lightest fullest slide (dynamic programming over cut points)."""
    n = len(run)
    heights = [piece_height(p.heading, p.chunks[0].blocks, size, fonts_dir) for p in run]
    firsts = [piece_height(p.heading, p.chunks[0].blocks, size, fonts_dir, True) for p in run]
    room = measure.SLIDE.height
    inf = (n + 1, float("inf"))
    best: list[tuple[int, float]] = [(0, 0.0)] + [inf] * n
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(max(0, j - MOST_PARTS), j):
            load = firsts[i] + sum(heights[i + 1 : j])
            title = JOIN.join(p.heading for p in run[i:j])
            fits = j - i == 1 or (load <= room and _title_fits(title, heading_pt, fonts_dir))
            if not fits or best[i] == inf:
                continue
            cost = (best[i][0] + 1, max(best[i][1], load))
            if cost < best[j]:
                best[j], cut[j] = cost, i
    slides: list[DeckSlide] = []
    j = n
    while j > 0:
        i = cut[j]
        group = run[i:j]
        title = JOIN.join(p.heading for p in group)
        slides.append(DeckSlide(title, tuple(Piece(p, 0) for p in group)))
        j = i
    return slides[::-1]


def _title_fits(title: str, heading_pt: float, fonts_dir: Path) -> bool:
    width = measure.SLIDE.text_width / measure.BOLD
    return measure.line_count(title, width, heading_pt, fonts_dir) <= TITLE_LINES


def gap_above(size: float, first: bool) -> float:
    """Points above a part's box on a shared slide: none for the first part. A gap between
    boxes, not space before the first paragraph, which some applications drop."""
    return 0.0 if first else size * SUBHEAD_SPACE


def text_lines(blocks: Sequence[Block]) -> list[measure.Line]:
    """The paragraphs a text chunk sets on a slide, as the deck sets them."""
    gap = measure.SLIDE.space_before
    lines: list[measure.Line] = []
    for block in blocks:
        if isinstance(block, Bullets):
            indent = measure.SLIDE.bullet_indent
            lines += [measure.Line(t, indent_pt=indent, space_before=gap) for t in block.items]
        elif isinstance(block, Para):
            lines.append(measure.Line(block.text, space_before=gap))
        elif isinstance(block, ActorList):
            lines += actor_lines(block.label, block.entries)
    return lines


ACTOR_DASH = " \u2014 "
RUN_IN = " \u00b7 "
"""Separator of bare names (places, groups) run in as one paragraph on a slide."""


def actor_lines(label: str, entries: Sequence[tuple[str, str]]) -> list[measure.Line]:
    """A label line, then a line per person with a role, or the bare names run in."""
    gap = measure.SLIDE.space_before
    lines = [measure.Line(label, bold=True, space_before=gap)]
    if any(detail for _, detail in entries):
        lines += [
            measure.Line(f"{name}{ACTOR_DASH}{detail}" if detail else name, 0.9, 58.5, False, gap)
            for name, detail in entries
        ]
    else:
        names = RUN_IN.join(name for name, _ in entries)
        lines.append(measure.Line(names, 0.9, 0.0, False, gap))
    return lines


def piece_height(
    heading: str,
    blocks: Sequence[Block],
    size: float,
    fonts_dir: Path,
    first: bool = False,
    frame: measure.SlideFrame = measure.SLIDE,
) -> float:
    """Height a part takes on a shared slide at ``size``: its subheading and its content, each
    text box with its insets and the share of it text may fill."""
    pad = 2 * frame.inset[1] + gap_above(size, first)
    head = [measure.Line(heading, bold=True)]
    if content_kind(blocks) == "text":
        lines = head + text_lines(blocks)
        return measure.height_pt(lines, frame.text_width, size, fonts_dir) / frame.fill + pad
    sub = measure.height_pt(head, frame.text_width, size, fonts_dir) / frame.fill + pad
    return sub + sum(block_height(b, size, fonts_dir, frame) for b in blocks)


def block_height(
    block: Block, size: float, fonts_dir: Path, frame: measure.SlideFrame = measure.SLIDE
) -> float:
    """Height one block takes on a slide at ``size``, in its own box or drawing."""
    pad = 2 * frame.inset[1]
    if isinstance(block, TimelineRows):
        return sum(
            measure.timeline_row_height(r.label, r.event, size, fonts_dir, frame)
            for r in block.rows
        )
    if isinstance(block, TableBlock):
        widths = [frame.text_width * share for share in block.shares]
        rows = [block.padded(r) for r in block.all_rows]
        caption = size * measure.LINE + pad if block.caption else 0.0
        return measure.table_height(rows, widths, size, fonts_dir) + caption
    if isinstance(block, Callout):
        lines = [measure.Line(block.text, bold=True)]
    else:
        lines = text_lines([block])
    return measure.height_pt(lines, frame.text_width, size, fonts_dir) / frame.fill + pad


def fill(content: DeckSlide, size: float, fonts_dir: Path) -> float:
    """Share of the content frame's height a slide's content takes at ``size``, as measured for
    laying it out (so a little more than it looks): what "no slide under a quarter full"
    is checked against."""
    frame = measure.SLIDE
    if content.shared:
        total = sum(
            piece_height(p.heading, p.chunk.blocks, size, fonts_dir, i == 0)
            for i, p in enumerate(content.pieces)
        )
    else:
        blocks = content.pieces[0].chunk.blocks
        if content_kind(blocks) == "text":
            lines = text_lines(blocks)
            text = measure.height_pt(lines, frame.text_width, size, fonts_dir)
            total = text / frame.fill + 2 * frame.inset[1]
        else:
            total = sum(block_height(b, size, fonts_dir) for b in blocks)
    return total / frame.height
