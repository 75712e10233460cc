"""How much of the source each level of detail keeps, whatever the input length."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Budget:
    key_points: int
    section_points: int
    """At most this many sentences across all sections: keeps a long source to a few pages."""
    timeline_events: int = 15
    """At most this many timeline entries: a brief lists the main dates, a full one most."""


BUDGETS = {
    "brief": Budget(key_points=3, section_points=12, timeline_events=10),
    "standard": Budget(key_points=5, section_points=30, timeline_events=20),
    "full": Budget(key_points=7, section_points=80, timeline_events=40),
}
