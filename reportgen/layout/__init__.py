"""Brief → Plan: the one place that decides order, grouping and splitting for every format."""

from __future__ import annotations

from reportgen.layout.blocks import (
    ActorList,
    Block,
    Bullets,
    Callout,
    Para,
    TableBlock,
    TimelineRow,
    TimelineRows,
)
from reportgen.layout.budget import Budget
from reportgen.layout.plan import Chunk, DocMeta, Part, Plan, plan
from reportgen.layout.theme import DEFAULT_THEME, Theme

__all__ = [
    "DEFAULT_THEME",
    "ActorList",
    "Block",
    "Budget",
    "Bullets",
    "Callout",
    "Chunk",
    "DocMeta",
    "Para",
    "Part",
    "Plan",
    "TableBlock",
    "Theme",
    "TimelineRow",
    "TimelineRows",
    "plan",
]
