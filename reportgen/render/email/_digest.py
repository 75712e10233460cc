"""The short email: what a reader needs on one phone screen, the whole brief attached.

A 1,400-word body is scrolled past, not read. The short body keeps the parts a decision needs
(bottom line, key points, decisions and actions, a few dates), chosen by the plan's part kinds
so a part added to the plan later is shown or left to the attachment by its kind alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportgen.layout.blocks import Block, Bullets, TimelineRow, TimelineRows, block_words
from reportgen.layout.plan import Chunk, Part

if TYPE_CHECKING:
    from reportgen.layout import Plan

SHOWN_KINDS: tuple[str, ...] = ("bottom_line", "key_points", "actions", "timeline")
"""Part kinds the short body shows, in the plan's own order; every other part is attached."""
MAX_WORDS = 350
"""About one phone screen of text, title and closing lines included."""
MAX_KEY_POINTS = 5
MAX_ROWS = 5
"""Timeline rows of the compact timeline: the first, the last and evenly spaced between."""
MIN_KEPT = 1
"""Trimming to the word budget never takes a list below this many items."""
MAX_EVENT_WORDS = 28
"""A timeline event longer than this is cut at a word with an ellipsis (the brief has it whole)."""


@dataclass(frozen=True, slots=True)
class Digest:
    plan: Plan
    """The plan with only the shown parts, trimmed."""
    elsewhere: tuple[str, ...]
    """What the attachment holds beyond the body, for the closing line ("Sections: ...")."""


def digest(plan: Plan, overhead_words: int) -> Digest:
    """The shown parts of ``plan``, trimmed so the body stays within :data:`MAX_WORDS`.

    ``overhead_words`` counts what the body adds around the parts (title, subtitle, the
    attachment lines), so the budget holds for the whole body.
    """
    parts = [_trimmed_part(p) for p in plan.parts if p.kind in SHOWN_KINDS]
    budget = MAX_WORDS - overhead_words
    while _words(parts) > budget and _cut_one(parts):
        pass
    elsewhere = [p.heading for p in plan.parts if p.kind not in SHOWN_KINDS]
    rows = len(plan.timeline_rows)
    shown_rows = sum(len(b.rows) for p in parts for b in p.blocks if isinstance(b, TimelineRows))
    if rows > shown_rows:
        elsewhere.append(f"all {rows} timeline events")
    return Digest(replace(plan, parts=tuple(p for p in parts if p.blocks)), tuple(elsewhere))


def _trimmed_part(part: Part) -> Part:
    blocks: list[Block] = []
    for block in part.blocks:
        if isinstance(block, Bullets) and part.kind == "key_points":
            block = Bullets(block.items[:MAX_KEY_POINTS])
        elif isinstance(block, TimelineRows):
            block = TimelineRows(tuple(_short_row(r) for r in _compact(block.rows)))
        blocks.append(block)
    return Part(part.kind, part.heading, (Chunk(tuple(blocks)),))


def _compact(rows: tuple[TimelineRow, ...]) -> tuple[TimelineRow, ...]:
    """Up to MAX_ROWS rows spanning the timeline, preferring rows with a calendar date."""
    dated = tuple(r for r in rows if not r.tentative) or rows
    if len(dated) <= MAX_ROWS:
        return dated
    step = (len(dated) - 1) / (MAX_ROWS - 1)
    picks = sorted({round(i * step) for i in range(MAX_ROWS)})
    return tuple(dated[i] for i in picks)


def _short_row(row: TimelineRow) -> TimelineRow:
    words = row.event.split()
    if len(words) <= MAX_EVENT_WORDS:
        return row
    return replace(row, event=" ".join(words[:MAX_EVENT_WORDS]) + "\u2026")


def _words(parts: list[Part]) -> int:
    return sum(len(p.heading.split()) + sum(block_words(b) for b in p.blocks) for p in parts)


def _cut_one(parts: list[Part]) -> bool:
    """Drop one item from the end of a list: timeline rows first, then actions, key points."""
    for kind in ("timeline", "actions", "key_points"):
        for i, part in enumerate(parts):
            if part.kind != kind:
                continue
            blocks = list(part.blocks)
            for j in range(len(blocks) - 1, -1, -1):
                shorter = _shorter(blocks[j])
                if shorter is not None:
                    blocks[j] = shorter
                    parts[i] = Part(part.kind, part.heading, (Chunk(tuple(blocks)),))
                    return True
    return False


def _shorter(block: Block) -> Block | None:
    if isinstance(block, Bullets) and len(block.items) > MIN_KEPT:
        return Bullets(block.items[:-1])
    if isinstance(block, TimelineRows) and len(block.rows) > MIN_KEPT:
        rows = block.rows  # the last event stays: the compact timeline still spans the whole
        return TimelineRows(rows[:-2] + rows[-1:] if len(rows) > 2 else rows[:-1])
    return None
