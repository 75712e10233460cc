"""Which of a document's dated events its timeline shows, and each of them once."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reportgen import _recache
from reportgen.model import Event, Precision

_WORD = _recache.compile(r"[^\W\d_]{4,}")
"""Words that carry what an event is about: "shelled", "Homs"; not "the", "on", "12"."""
_SAME_EVENT = 0.5
"""Share of the shorter event's words the other must repeat for the two to be one event."""
_UNDATED_DAY = _recache.compile(r"XXXX-WXX-\d$")
"""A weekday of no known week: "Thursday" in a text whose date is not known."""
_CALENDAR: frozenset[Precision] = frozenset({"day", "week", "month"})
"""Precisions of a date the text writes on the calendar, which a reader lists first."""


def merge_duplicates(events: Sequence[Event]) -> list[Event]:
    """One event per thing that happened: a later sentence with the same date that repeats
    most of an earlier one's words ("Saturday's vote ..." told again three paragraphs on)
    is the same event, and only its first telling is kept."""
    kept: list[Event] = []
    # Only events of one date can be one event: each is compared with those kept for its
    # date, not with every event kept, so a long document's timeline is not quadratic.
    by_date: dict[tuple[str | None, str, int | None], list[tuple[Event, frozenset[str]]]] = {}
    for e in events:
        mine = frozenset(w.lower() for w in _WORD.findall(e.event))
        same_date = by_date.setdefault((e.value, e.when, e.anchor), [])
        if any(_same(e, k, mine, w) for k, w in same_date):
            continue
        kept.append(e)
        same_date.append((e, mine))
    return kept


def _same(a: Event, b: Event, wa: frozenset[str], wb: frozenset[str]) -> bool:
    if a.value != b.value or a.when != b.when or a.anchor != b.anchor:
        return False
    if a.event == b.event:
        return True
    shorter = min(len(wa), len(wb))
    return shorter > 0 and len(wa & wb) >= _SAME_EVENT * shorter


def pick_events(
    events: Sequence[Event],
    max_events: int,
    rank: Sequence[int],
    explicit: Collection[int],
    main_years: Collection[int],
) -> tuple[Event, ...]:
    """At most ``max_events`` events, in their (chronological) order.

    The events a reader lists first come first: days, weeks and months the text writes on
    the calendar (``explicit`` sentences) in the years of the document's main thread; then
    the other dated events; then relative ones, which stay only if their anchor stays.
    Within each, a sentence ranked higher (``rank``, best first, as key points are chosen)
    goes before one ranked lower; unranked ones are chosen evenly along the timeline.
    """
    place = {source: n for n, source in enumerate(rank)}
    events = _one_per_undated_day(events, place)
    if len(events) <= max_events:
        return tuple(events)
    if max_events <= 0:
        return ()
    keep: set[int] = set()
    for tier in range(3):
        members = [i for i, e in enumerate(events) if _tier(e, explicit, main_years) == tier]
        ranked = sorted(
            (i for i in members if events[i].source in place), key=lambda i: place[events[i].source]
        )
        unranked = [i for i in members if events[i].source not in place]
        for i in ranked + _spread(unranked, max_events - len(keep) - len(ranked)):
            if len(keep) >= max_events:
                break
            anchor = events[i].anchor
            if anchor is None or any(events[k].source == anchor for k in keep):
                keep.add(i)
    return tuple(e for i, e in enumerate(events) if i in keep)


def _one_per_undated_day(events: Sequence[Event], place: dict[int, int]) -> list[Event]:
    """One row per day the text names without a date ("Thursday (undated)"): several rows
    on such a day give a reader no order to follow, so only the best ranked stays (the
    first told, when none is ranked); the others' sentences stay free for the sections."""
    best: dict[str, Event] = {}
    for e in events:
        if not _undated_day(e):
            continue
        assert e.value is not None
        held = best.get(e.value)
        if held is None or place.get(e.source, len(place)) < place.get(held.source, len(place)):
            best[e.value] = e
    return [e for e in events if not _undated_day(e) or best.get(e.value or "") is e]


def _undated_day(e: Event) -> bool:
    """A day the text names without its date ("on Thursday"), tied to no other event."""
    return (
        e.anchor is None
        and e.precision == "relative"
        and _UNDATED_DAY.match(e.value or "") is not None
    )


def _spread(positions: list[int], room: int) -> list[int]:
    """``room`` of ``positions`` chosen evenly along them, so a trimmed timeline still spans
    the whole story, then the rest; all of them when there is room."""
    if room >= len(positions) or room <= 0:
        return positions
    step = (len(positions) - 1) / max(1, room - 1)
    chosen = list(dict.fromkeys(positions[round(n * step)] for n in range(room)))
    return chosen + [p for p in positions if p not in chosen]


def _tier(e: Event, explicit: Collection[int], main_years: Collection[int]) -> int:
    if e.precision == "relative":
        return 2
    year = int(e.value[:4]) if e.value and e.value[:4].isdigit() else None
    main = year in main_years or not main_years
    return 0 if e.precision in _CALENDAR and e.source in explicit and main else 1
