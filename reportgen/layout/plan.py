"""Decide once what goes where, in what order, and where long content splits."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from reportgen.layout import measure, slides
from reportgen.layout.blocks import (
    ActorList,
    Block,
    Bullets,
    Callout,
    TableBlock,
    TimelineRow,
    TimelineRows,
    block_words,
)
from reportgen.layout.budget import Budget
from reportgen.layout.pack import pack
from reportgen.layout.slides import RUN_IN as RUN_IN
from reportgen.layout.slides import DeckSlide
from reportgen.layout.theme import DEFAULT_THEME, Theme
from reportgen.model import Brief, Event, TableData
from reportgen.text import is_rtl_language

_Notes = Callable[[Iterable[int]], tuple[str, ...]]
PartKind = Literal[
    "bottom_line", "key_points", "actions", "section", "tables", "timeline", "actors"
]

BOTTOM_LINE = "Bottom line"
KEY_POINTS = "Key points"
TIMELINE = "Timeline"
ACTORS = "People, places and groups"
ACTIONS = "Decisions and actions"
TABLES = "Tables"


@dataclass(frozen=True, slots=True)
class Chunk:
    """One slide's worth of a part; page formats draw a part's chunks one after another."""

    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()
    """The source sentences behind the chunk, for speaker notes."""


@dataclass(frozen=True, slots=True)
class Part:
    """A headed part of the brief; its heading is the same in every format."""

    kind: PartKind
    heading: str
    chunks: tuple[Chunk, ...]

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The part's blocks, with lists split across chunks joined back for page formats."""
        out: list[Block] = []
        for chunk in self.chunks:
            for block in chunk.blocks:
                prev = out[-1] if out else None
                if isinstance(block, Bullets) and isinstance(prev, Bullets):
                    out[-1] = Bullets(prev.items + block.items)
                elif isinstance(block, TimelineRows) and isinstance(prev, TimelineRows):
                    out[-1] = TimelineRows(prev.rows + block.rows)
                elif (
                    isinstance(block, ActorList)
                    and isinstance(prev, ActorList)
                    and prev.label == block.label
                ):
                    out[-1] = ActorList(prev.label, prev.entries + block.entries)
                else:
                    out.append(block)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class DocMeta:
    """Properties every format records: PDF info, DOCX/PPTX core properties, email headers."""

    title: str
    subject: str
    author: str
    language: str
    keywords: tuple[str, ...]
    source_name: str
    right_to_left: bool = False
    """The document reads right to left (Arabic, Hebrew...): formats mirror their layout."""
    marking: str = ""
    """The source's protective marking ("OFFICIAL-SENSITIVE"): every page, slide and email
    shows it; empty when the source has none."""


@dataclass(frozen=True, slots=True)
class Cover:
    """What the title slide shows beside the title, each on a line of its own."""

    label: str = ""
    """What the pack is ("Briefing")."""
    date: str = ""
    """The document's date in words ("14 March 2025"); empty when it has none."""
    source: str = ""
    """The source file's name."""
    between: str = ""
    """Whom the source is from and for ("from the Director of Operations · to the Board")."""

    @property
    def subtitle(self) -> str:
        """The same in one line, as the page formats print it under the title."""
        bits = [self.label] if self.label else []
        bits += [f"source: {self.source}"] if self.source else []
        bits += [f"as of {self.date}"] if self.date else []
        bits += [self.between] if self.between else []
        return " \u00b7 ".join(bits)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a renderer draws, in the order it draws it."""

    title: str
    subtitle: str
    meta: DocMeta
    parts: tuple[Part, ...]
    slides: tuple[DeckSlide, ...] = ()
    """The deck's content slides in order; empty means one slide per chunk."""
    cover: Cover = Cover()
    """The title slide's lines beside the title."""
    contents: bool = True
    """Whether a word processor's copy opens on a table of contents: only for a brief of more
    than about two pages, which a reader pages through rather than takes in at once."""
    glance: bool = True
    """Whether page one of a page format adds the timeline strip and the "Who" line under
    the key points: only when the parts before the timeline run past about a page, so the
    full timeline and actor lists are not already in view."""

    @property
    def deck_slides(self) -> tuple[DeckSlide, ...]:
        """The content slides every slide format draws (the deck and the handout), in order."""
        return self.slides or slides.one_per_chunk(self.parts)

    @property
    def headings(self) -> list[str]:
        return [p.heading for p in self.parts]

    @property
    def timeline_rows(self) -> list[TimelineRow]:
        return [
            row
            for part in self.parts
            for block in part.blocks
            if isinstance(block, TimelineRows)
            for row in block.rows
        ]


def plan(brief: Brief, budget: Budget | None = None, theme: Theme = DEFAULT_THEME) -> Plan:
    """Decide order once, so PDF, DOCX, PPTX and email cannot drift.

    Slides are cut where the text, measured with the theme's fonts at its slide body size,
    fills the slide's content frame, so no renderer has to shrink or drop anything.
    """
    fit = _Fit(budget or Budget(), theme)
    cover = _cover(brief)
    sentence = {s.index: s.text for s in brief.sentences}

    def notes(indices: Iterable[int]) -> tuple[str, ...]:
        return tuple(sentence[i] for i in indices if i in sentence)

    parts: list[Part] = []
    if brief.bottom_line:
        bl_source = (
            [brief.bottom_line_source]
            if brief.bottom_line_source is not None
            else [s.index for s in brief.sentences if s.text == brief.bottom_line]
        )
        parts.append(
            Part(
                "bottom_line",
                BOTTOM_LINE,
                (Chunk((Callout(brief.bottom_line),), notes(bl_source)),),
            )
        )
    # The bottom line sits right above the key points; repeating it word for word reads as a slip.
    shown = [i for i, p in enumerate(brief.key_points) if p != brief.bottom_line]
    if shown:
        points = [brief.key_points[i] for i in shown]
        sources = [brief.key_point_sources[i] for i in shown if i < len(brief.key_point_sources)]
        parts.append(Part("key_points", KEY_POINTS, _bullet_chunks(points, sources, notes, fit)))
    if brief.actions:
        chunks = _bullet_chunks(
            [a.text for a in brief.actions], [a.source for a in brief.actions], notes, fit
        )
        parts.append(Part("actions", ACTIONS, chunks))
    for n, section in enumerate(brief.sections):
        tables = [_table(t) for t in brief.tables if t.section == n]
        chunks = (
            _bullet_chunks(section.points, section.sources, notes, fit) if section.points else ()
        )
        chunks += tuple(Chunk((t,)) for t in tables)
        if chunks:
            parts.append(Part("section", section.heading, chunks))
    loose = [
        _table(t) for t in brief.tables if t.section is None or t.section >= len(brief.sections)
    ]
    if loose:
        parts.append(Part("tables", TABLES, tuple(Chunk((t,)) for t in loose)))
    if brief.timeline:
        parts.append(Part("timeline", TIMELINE, _timeline_chunks(brief.timeline, notes, fit)))
    if not brief.actors.is_empty():
        parts.append(Part("actors", ACTORS, _actor_chunks(brief, fit)))
    return Plan(
        title=brief.title,
        subtitle=cover.subtitle,
        cover=cover,
        meta=DocMeta(
            title=brief.title,
            subject=brief.bottom_line,
            author="reportgen",
            language=brief.language,
            keywords=tuple(p.name for p in brief.actors.places[:5])
            + tuple(p.name for p in brief.actors.people[:5]),
            source_name=brief.source_name,
            right_to_left=is_rtl_language(brief.language),
            marking=brief.metadata.marking,
        ),
        parts=tuple(parts),
        contents=len(parts) > 1
        and sum(block_words(b) for p in parts for b in p.blocks) > CONTENTS_AFTER_WORDS,
        glance=_words_before_timeline(parts) > GLANCE_AFTER_WORDS,
        slides=slides.arrange(
            parts, fit.size, theme.heading_pt[0] * slides.HEADING_SCALE, theme.fonts_dir
        ),
    )


CONTENTS_AFTER_WORDS = 900
"""About two pages of a brief: past this a reader looks for a part rather than reads on."""
GLANCE_AFTER_WORDS = 300
"""About what page one holds under the title and bottom line: parts past this push the
timeline and actor lists off it, and page one then shows them at a glance."""


def _words_before_timeline(parts: Sequence[Part]) -> int:
    words = 0
    for part in parts:
        if part.kind in ("timeline", "actors"):
            break
        words += sum(block_words(b) for b in part.blocks)
    return words


def _table(table: TableData) -> TableBlock:
    return TableBlock(table.header, table.rows, table.caption)


def _cover(brief: Brief) -> Cover:
    """What the brief is of: its source, date, and whom the source was from and for."""
    when = ""
    day = brief.document_date or brief.metadata.date
    if day:
        try:
            d = date.fromisoformat(day)
            when = f"{d.day} {d:%B %Y}"
        except ValueError:
            pass
    between = []
    if brief.metadata.author:
        between.append(f"from {brief.metadata.author}")
    if brief.metadata.recipients:
        between.append(f"to {', '.join(brief.metadata.recipients)}")
    return Cover("Briefing", when, brief.source_name, " \u00b7 ".join(between))


@dataclass(frozen=True, slots=True)
class _Fit:
    """What the plan measures with: the item caps, the fonts and the slide body size."""

    budget: Budget
    theme: Theme

    @property
    def size(self) -> float:
        return self.theme.slide_body_pt

    def bullet(self, text: str) -> float:
        gap = measure.SLIDE.space_before
        line = measure.Line(text, indent_pt=measure.SLIDE.bullet_indent, space_before=gap)
        return measure.paragraphs_height([line], self.size, self.theme.fonts_dir)

    def event(self, event: Event) -> float:
        return measure.timeline_row_height(
            _row(event).label, event.event, self.size, self.theme.fonts_dir
        )

    def actors(self, label: str, entries: Sequence[tuple[str, str]]) -> float:
        """A label line, then a line per person with a role, or the bare names run in."""
        lines = slides.actor_lines(label, entries)
        return measure.paragraphs_height(lines, self.size, self.theme.fonts_dir)


def _bullet_chunks(
    items: Sequence[str], sources: Sequence[int], notes: _Notes, fit: _Fit
) -> tuple[Chunk, ...]:
    heights = [fit.bullet(t) for t in items]
    runs = pack(heights, fit.budget.bullets_per_slide, measure.SLIDE.room)
    return tuple(
        Chunk(
            (Bullets(tuple(items[i] for i in run)),),
            notes(sources[i] for i in run if i < len(sources)),
        )
        for run in runs
    )


def _row(event: Event) -> TimelineRow:
    return TimelineRow(
        when=event.when,
        event=event.event,
        precision=event.precision,
        value=event.value,
        tentative=event.tentative,
    )


def _timeline_chunks(events: Sequence[Event], notes: _Notes, fit: _Fit) -> tuple[Chunk, ...]:
    """Where a long timeline splits: the same points in every format, each run one drawing."""
    heights = [fit.event(e) for e in events]
    # Each row's height counts the gap after it; the last row of a slide has none drawn.
    room = measure.SLIDE.room + measure.SLIDE.row_gap
    runs = pack(heights, fit.budget.timeline_rows_per_slide, room)
    return tuple(
        Chunk(
            (TimelineRows(tuple(_row(events[i]) for i in run)),),
            notes(events[i].source for i in run),
        )
        for run in runs
    )


def _actor_chunks(brief: Brief, fit: _Fit) -> tuple[Chunk, ...]:
    """People, places and groups packed by measured height, a kind split only when it must."""
    lists = [
        ActorList("People", tuple((p.name, p.role) for p in brief.actors.people)),
        ActorList("Places", tuple((p.name, "") for p in brief.actors.places)),
        ActorList("Groups", tuple((g.name, "") for g in brief.actors.groups)),
    ]
    room = measure.SLIDE.room
    groups: list[list[ActorList]] = [[]]
    used = 0.0
    for actor_list in lists:
        entries = actor_list.entries
        while entries:
            take = _entries_that_fit(fit, actor_list.label, entries, room - used)
            whole_on_next = fit.actors(actor_list.label, entries) <= room
            if groups[-1] and (take == 0 or take < len(entries) and whole_on_next):
                groups.append([])
                used = 0.0
                continue
            take = max(take, 1)
            part = ActorList(actor_list.label, entries[:take])
            groups[-1].append(part)
            used += fit.actors(part.label, part.entries)
            entries = entries[take:]
    return tuple(Chunk(tuple(group), _first_mentions(brief, group)) for group in groups if group)


def _entries_that_fit(
    fit: _Fit, label: str, entries: tuple[tuple[str, str], ...], room: float
) -> int:
    """How many of ``entries`` fit under their label in ``room`` points (binary search)."""
    people = any(detail for _, detail in entries)
    cap = min(len(entries), fit.budget.actor_rows_per_slide) if people else len(entries)
    lo, hi = 0, cap
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fit.actors(label, entries[:mid]) <= room:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _first_mentions(brief: Brief, lists: Sequence[ActorList]) -> tuple[str, ...]:
    """The sentence that first names each actor, in source order: the evidence a presenter needs."""
    names = [name for actor_list in lists for name, _ in actor_list.entries]
    found: set[int] = set()
    for name in names:
        last = name.split()[-1] if name.split() else name
        for s in brief.sentences:
            if name in s.text or last in s.text:
                found.add(s.index)
                break
    return tuple(s.text for s in brief.sentences if s.index in found)
