"""The dated events of a document, in chronological order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportgen.model import Event, Sentence
from reportgen.summarize.timex import Timex


def build_timeline(
    sentences: Sequence[Sentence], timexes: Sequence[Timex], dct: date | None
) -> tuple[Event, ...]:
    """One event per dated sentence, sorted by value."""
    events: list[Event] = []
    for s in sentences:
        inside = [t for t in timexes if s.start <= t.start < s.end and t.type == "DATE"]
        if inside:
            t = inside[0]
            events.append(Event(t.value, t.value, "year", s.text, s.index))
    return tuple(sorted(events, key=lambda e: (e.value or "", e.source)))
