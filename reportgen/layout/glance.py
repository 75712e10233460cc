"""The brief at a glance: what page one of the PDF and the deck's bottom-line slide add to the
bottom line, drawn from the plan so both show the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportgen.layout.blocks import ActorList

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reportgen.layout.blocks import TimelineRow
    from reportgen.layout.plan import Plan

PEOPLE = 4
"""People named at a glance, in the plan's order, with their roles."""
NAMES = 4
"""Groups named at a glance."""


def who(plan: Plan) -> str:
    """The first people (with their roles) and groups the plan's actor lists name: who is
    involved. Places answer where, and the actor lists give them."""
    lists = [b for p in plan.parts if p.kind == "actors" for b in p.blocks]
    bits: list[str] = []
    for actor_list in lists:
        if not isinstance(actor_list, ActorList):
            continue
        if actor_list.label == "People":
            bits += [f"{n} ({d})" if d else n for n, d in actor_list.entries[:PEOPLE]]
        elif actor_list.label != "Places":
            bits += [n for n, _ in actor_list.entries[:NAMES]]
    return "; ".join(bits)


STRIP_EVENTS = 3
"""A timeline shown as a strip at a glance has at least this many events, over more than one
date: two markers on one date say nothing a reader needs before the timeline itself."""


def strip_rows(plan: Plan) -> list[TimelineRow]:
    """The timeline rows the glance draws as a strip; none when there are too few to show a
    span (:data:`STRIP_EVENTS`) or all share one date."""
    rows = plan.timeline_rows
    if len(rows) < STRIP_EVENTS or len({r.label for r in rows}) < 2:
        return []
    return rows


def when(plan: Plan) -> str:
    """The timeline's span in words: "15 dated events, 1982 to 3 August 2011"."""
    return when_text(plan.timeline_rows)


def when_text(rows: Sequence[TimelineRow]) -> str:
    """``when`` for these rows."""
    if not rows:
        return ""
    count = f"{len(rows)} dated event{'s' if len(rows) > 1 else ''}"
    span = f"{rows[0].label} to {rows[-1].label}" if len(rows) > 1 else rows[0].label
    return f"{count}, {span}"
