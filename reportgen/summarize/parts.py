"""The document's own parts, seen from its sentences: which heading each sentence stands under,
which are page furniture or table rows, which ask something of the reader.

A memo is briefed by its own headings and a board paper by its recommendation; a news story
without headings is grouped by topic instead (:mod:`reportgen.summarize.sections`). This module
only reads what the structured source says; choosing what to keep is done elsewhere.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen import _recache
from reportgen.model import Action, Sentence, TableData
from reportgen.read.structure import (
    Block,
    Furniture,
    Heading,
    ListBlock,
    Quote,
    Structure,
    Table,
)
from reportgen.summarize._action_words import ACTION_HEADINGS, ASK, ASK_LEAD_IN
from reportgen.summarize._back_matter import is_back_matter

MAX_PARTS = 8
"""More parts than this are merged: a brief of twenty headings is an index, not a brief."""
_SPACE = _recache.compile(r"\s+")
_END = 1 << 62
"""An offset past the end of any text."""


@dataclass(frozen=True, slots=True)
class Part:
    """A part of the document: its heading and the body sentences under it, in order."""

    heading: str
    sentences: tuple[int, ...]
    tables: tuple[int, ...] = ()
    """Indices into :attr:`Parts.tables` of the tables printed in this part."""


@dataclass(frozen=True, slots=True)
class Parts:
    """What the structure says about each sentence."""

    parts: tuple[Part, ...]
    """The document's own parts, at the level that divides it best; empty without headings."""
    furniture: frozenset[int]
    """Sentences that are headings, header fields, markings, bylines or table rows: never a
    point, a title or an event."""
    tables: tuple[TableData, ...]
    actions: tuple[Action, ...]
    summary: tuple[int, ...]
    """Sentences of the document's own summary, in order."""
    ask: int | None
    """The sentence that states what the document asks of its reader, if one does."""


class _Locator:
    """The block a character offset falls in, by bisection over the blocks' starts."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = list(blocks)
        self.starts = [b.start for b in self.blocks]

    def at(self, offset: int) -> Block | None:
        n = bisect.bisect_right(self.starts, offset) - 1
        if n < 0:
            return None
        block = self.blocks[n]
        return block if block.start <= offset < max(block.end, block.start + 1) else None


def _is_furniture(block: Block | None) -> bool:
    return isinstance(block, Furniture | Heading | Table)


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower().rstrip(":.")


def _part_level(headings: Sequence[Heading]) -> int | None:
    """The heading level that divides the document: the highest with at least two headings."""
    levels = sorted({h.level for h in headings if h.level >= 1})
    for level in levels:
        if sum(1 for h in headings if h.level == level) >= 2:
            return level
    return levels[0] if levels else None


def _merge(parts: list[Part], most: int) -> list[Part]:
    """Fold the smallest part into its neighbour until ``most`` remain, in document order."""
    while len(parts) > most:
        n = min(
            range(len(parts)),
            key=lambda i: (len(parts[i].sentences) + 2 * len(parts[i].tables), i),
        )
        into = n - 1 if n > 0 else 1
        a, b = sorted((n, into))
        first, second = parts[a], parts[b]
        heading = f"{first.heading}; {second.heading}"
        if not (first.sentences or first.tables):
            heading = second.heading
        elif not (second.sentences or second.tables):
            heading = first.heading
        joined = Part(heading, first.sentences + second.sentences, first.tables + second.tables)
        parts[a : b + 1] = [joined]
    return parts


def read_parts(structure: Structure, sentences: Sequence[Sentence]) -> Parts:
    """Map every sentence onto the document's structure (see the module docstring)."""
    where = _Locator(structure.blocks)
    blocks = [where.at(s.start) for s in sentences]
    furniture = frozenset(
        i for i, b in enumerate(blocks) if _is_furniture(b) or ASK_LEAD_IN.search(sentences[i].text)
    ) | _under_back_matter(structure, sentences)
    tables = [b for b in structure.blocks if isinstance(b, Table)]
    level = _part_level(structure.headings)
    parts = _parts(structure, sentences, blocks, furniture, tables, level)
    actions, ask = _actions(structure, sentences, blocks, furniture)
    summary = _summary(structure, sentences, furniture)
    table_data = tuple(
        TableData(t.header, t.rows, t.caption, _table_part(parts, n), t.start, t.end)
        for n, t in enumerate(tables)
    )
    return Parts(tuple(parts), furniture, table_data, actions, summary, ask)


def _under_back_matter(structure: Structure, sentences: Sequence[Sentence]) -> frozenset[int]:
    """Sentences under a back-matter heading ("References", "Selected Resources") down to
    the next heading of its level or above: sources cited, never statements of the text."""
    heads = structure.headings
    spans = []
    for n, head in enumerate(heads):
        if not is_back_matter(head.text):
            continue
        end = next((h.start for h in heads[n + 1 :] if h.level <= head.level), _END)
        spans.append((head.end, end))
    return frozenset(i for i, s in enumerate(sentences) if any(a <= s.start < b for a, b in spans))


def _table_part(parts: Sequence[Part], n: int) -> int | None:
    return next((k for k, p in enumerate(parts) if n in p.tables), None)


def _parts(
    structure: Structure,
    sentences: Sequence[Sentence],
    blocks: Sequence[Block | None],
    furniture: frozenset[int],
    tables: Sequence[Table],
    level: int | None,
) -> list[Part]:
    if level is None:
        return []
    heads = [h for h in structure.headings if h.level == level]
    parts: list[Part] = []
    for n, head in enumerate(heads):
        end = heads[n + 1].start if n + 1 < len(heads) else _END
        body = tuple(
            i
            for i, s in enumerate(sentences)
            if head.end <= s.start < end and i not in furniture and blocks[i] is not None
        )
        kept = tuple(k for k, t in enumerate(tables) if head.end <= t.start < end)
        if body or kept:
            parts.append(Part(head.text, body, kept))
    return _merge(parts, MAX_PARTS)


def _actions(
    structure: Structure,
    sentences: Sequence[Sentence],
    blocks: Sequence[Block | None],
    furniture: frozenset[int],
) -> tuple[tuple[Action, ...], int | None]:
    """Sentences under an action heading ("Decisions needed", "Recommendation") or in a list
    led in by "The Board is asked to:"; and the sentence that states the ask."""
    spans: list[tuple[int, int]] = []
    heads = structure.headings
    for n, head in enumerate(heads):
        if _normal(head.text) in ACTION_HEADINGS:
            end = next((h.start for h in heads[n + 1 :] if h.level <= head.level), _END)
            spans.append((head.end, end))
    for n, block in enumerate(structure.blocks[1:], start=1):
        before = structure.blocks[n - 1]
        if isinstance(block, ListBlock) and ASK_LEAD_IN.search(getattr(before, "text", "")):
            spans.append((block.start, block.end))
    chosen = [
        i
        for i, s in enumerate(sentences)
        if i not in furniture
        and not isinstance(blocks[i], Quote)
        and any(a <= s.start < b for a, b in spans)
        and not ASK_LEAD_IN.search(s.text)
    ]
    # Only a paper that asks for decisions leads with its ask; a story that reports one
    # ("the committee is asked to approve a workshop next month") leads with its news.
    decision_paper = bool(chosen) or any(
        isinstance(b, Furniture) and b.kind == "header_field" for b in structure.blocks
    )
    ask = next(
        (i for i, s in enumerate(sentences) if i not in furniture and ASK.search(s.text)),
        None,
    )
    ask = ask if decision_paper else None
    return tuple(Action(sentences[i].text, i) for i in chosen), ask


def _summary(
    structure: Structure, sentences: Sequence[Sentence], furniture: frozenset[int]
) -> tuple[int, ...]:
    span = structure.meta.summary
    if span is None:
        return ()
    start, end = span
    return tuple(
        i for i, s in enumerate(sentences) if i not in furniture and s.end > start and s.start < end
    )
