"""The dated events of a document, in chronological order.

One event per dated clause (DATE or TIME expression; durations and repetitions alone date
nothing, except a stretch reaching back from now or on from it, "in recent days", which
places its event as "recently" does). A clause with several dates is placed by its most
specific absolute one (a day beats a month beats a year; a date written on the calendar
beats a weekday), the first on a tie: in news the finer date is usually the event's own, the
coarser one background ("in 2011 ... on 3 March").
Sentences the text orders only against another ("A court later held ...") become relative
events anchored to the nearest earlier dated sentence, never given a year of their own.
How a value reads is ``_when``'s business, the document's own year ``_doc_year``'s, and
which events a long timeline keeps ``_timeline_pick``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportgen import _recache
from reportgen.model import Event, Precision, Sentence
from reportgen.summarize._clauses import by_clause
from reportgen.summarize._doc_year import (
    dated_header,
    document_year,
    header_day,
    header_lines,
    in_year,
)
from reportgen.summarize._timeline_pick import merge_duplicates, pick_events
from reportgen.summarize._when import (
    EXPLICIT,
    PRECISION_RANK,
    REFS,
    Dated,
    mid_sentence,
    read_value,
)
from reportgen.summarize.salience import CLOSING_MARKS
from reportgen.summarize.timex import Timex, shift

__all__ = ["build_timeline", "header_lines"]

_DATED_TYPES = ("DATE", "TIME")
_CLOCK_AFTER = r"\s*[-\u2013,]?\s*[0-2]?\d:[0-5]\d\b"
_STRETCH = _recache.compile(
    r"(?:(recent|(?:the\s+)?(?:past|last)\s+(?:few|several|many))|(?:the\s+)?coming)\s", re.I
)
_AFTER_CUE = _recache.compile(
    r"\b(?:later|afterwards?|subsequently|thereafter|after\s+that|since\s+then|eventually|"
    r"then\s+went\s+on)\b",
    re.I,
)


def _sort_key(item: tuple[Dated, str, int], dct: date | None) -> tuple[int, date, int, int, int]:
    """Chronological; a coarser period sorts before the finer ones it contains.

    References to the present sort at the document date when known, else after every date:
    "recently" before the events dated that day, "now" and "in future" after them, so that
    all of a kind stand together.
    """
    dated, value, source = item
    if dated.start is not None:
        return (0, dated.start, 0, PRECISION_RANK[dated.precision] * -1, source)
    offset = REFS.get(value, 2)
    if dct is not None:
        return (0, dct, offset if offset < 0 else offset + 1, 0, source)
    return (1, date.max, offset, 0, source)


def build_timeline(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    dct: date | None,
    max_events: int = 15,
    headline: int | None = None,
    skip: frozenset[int] = frozenset(),
    rank: Sequence[int] = (),
) -> tuple[Event, ...]:
    """One event per dated sentence, chronological; relative events follow their anchor.

    ``headline`` is the sentence that heads the text: it names the news its lead tells, so
    it is no event of its own, unless it is a place and a date that dates the paragraph
    after it. ``skip`` are sentences that never make events (page furniture, a memo's
    To/From/Date lines), though the years they name still tell the document's year.
    ``rank`` orders sentences by importance, as the key points are chosen: when there are
    more events than ``max_events``, the first ranked are kept (see :func:`pick_events`).
    """
    header = dated_header(sentences, skip)
    year = None if dct is not None else document_year(timexes, header)
    near = None if dct is not None else header_day(timexes, header)
    by_sentence = _timexes_by_sentence(sentences, timexes, year, near)
    dated, relative = _date_sentences(sentences, by_sentence, dct, headline, skip)
    dated = _without_present_refs(dated)
    dated.sort(key=lambda item: _sort_key(item[:3], dct))
    texts = {s.index: s.text for s in sentences}
    events = [
        Event(d.label, value, d.precision, clause or _without_date_label(texts[source]), source)
        for d, value, source, _, clause in dated
    ]
    labels = {e.source: e.when for e in events}
    for source, anchor in relative:
        at = next(i for i, e in enumerate(events) if e.source == anchor) + 1
        while at < len(events) and events[at].anchor == anchor:
            at += 1
        when = f"After {mid_sentence(labels[anchor])}"
        events.insert(at, Event(when, None, "relative", texts[source], source, anchor))
    events = merge_duplicates(events)
    explicit = {source for d, _, source, ex, _ in dated if ex and d.start is not None}
    main = _main_years(dct, year, events)
    return pick_events(events, max_events, rank, explicit, main)


_Item = tuple[Dated, str, int, bool, str | None]
"""A dated sentence or clause: its reading, the timex value, the sentence index, whether the
date is written on the calendar (a number or a month name), and the clause's own text when
the sentence tells several dated events (None: the sentence is the event)."""


def _date_sentences(
    sentences: Sequence[Sentence],
    by_sentence: dict[int, list[Timex]],
    dct: date | None,
    headline: int | None,
    skip: frozenset[int],
) -> tuple[list[_Item], list[tuple[int, int]]]:
    """Each sentence's date, and (sentence, anchor) of those known only to follow another."""
    dated: list[_Item] = []
    relative: list[tuple[int, int]] = []
    last_absolute: int | None = None
    anchor_dated: Dated | None = None
    follows = {a.index: b.index for a, b in zip(sentences, sentences[1:], strict=False)}
    labelled: set[int] = set()
    """Sentences a dated label right before them has already placed."""
    present_dates = not any(
        EXPLICIT.search(t.text) for i, ts in by_sentence.items() if i not in skip for t in ts
    )
    for s in sentences:
        if s.index in labelled or s.index in skip:
            continue
        spans = by_sentence.get(s.index, ())
        found = [t for t in spans if t.type != "DURATION" and not _names_a_thing(t, s)]
        if s.index == headline and not _is_dated_label(s.text, found):
            continue
        source = s.index
        if _is_dated_label(s.text, found) and s.index in follows and follows[s.index] not in skip:
            # "New York, 21 March 2012" heads the paragraph it dates: that is the event.
            source = follows[s.index]
            labelled.add(source)
        bests: list[tuple[Dated, str, bool, str | None]] = []
        for clause, words in by_clause(s.text, found):
            best = _best_date(s.text, clause, dct, present_dates)
            if anchor_dated is not None and (best is None or best[1] in REFS):
                best = _same_month(anchor_dated, clause) or best
            if best is not None:
                bests.append((*best, words if source == s.index else None))
        if not bests and anchor_dated is not None:
            counted = _counted_from(anchor_dated, s.text, spans)
            bests = [(*counted, True, None)] if counted else []
        if not bests and last_absolute is not None and _AFTER_CUE.search(s.text):
            relative.append((s.index, last_absolute))
        for reading, value, explicit, words in bests:
            dated.append((reading, value, source, explicit, words if len(bests) > 1 else None))
            if reading.start is not None:
                last_absolute, anchor_dated = source, reading
    return dated, relative


def _best_date(
    text: str, found: Sequence[Timex], dct: date | None, present_dates: bool
) -> tuple[Dated, str, bool] | None:
    """The sentence's own date: its most specific one, and of two as specific a date
    written on the calendar before a weekday ("after Friday prayers on 18 March" is 18
    March), then the first. Unless ``present_dates``, "today" or "now" alone dates nothing."""
    best: tuple[Dated, str, bool] | None = None
    stamps = {t.value for t in found if _is_timestamp(t.text, text)}
    cue = _COMPARED.search(text)
    if cue is not None and any(text.find(t.text) < cue.start() for t in found):
        # "26% for the fourth quarter of 2020 compared to 22.4% for September 30, 2020": the
        # date after the comparison is the baseline's, not the event's.
        found = [t for t in found if text.find(t.text) < cue.start()]
    for t in found:
        if t.value in stamps:  # also "Friday" in "Friday, 10 August 2012 16:03"
            continue
        if not present_dates and _PRESENT_WORDS.fullmatch(t.text):
            continue
        at = text.find(t.text)
        reading = read_value(t.value, t.text, dct, text[:at] if at > 0 else "")
        if reading is None:
            continue
        explicit = EXPLICIT.search(t.text) is not None
        key = (reading.specificity, not explicit)
        if best is None or key < (best[0].specificity, not best[2]):
            best = (reading, t.value, explicit)
    return best


_COMPARED = _recache.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|against)\s", re.I)
"""Where a sentence turns to the figure it measures the event against."""
_PRESENT_WORDS = _recache.compile(
    r"(?:(?:right|just|even|until|up\s+to|as\s+of)\s+)?(?:now|today|currently|"
    r"at\s+present|nowadays|these\s+days|at\s+the\s+moment|for\s+now)",
    re.I,
)
"""Words that date a sentence only as the time of writing: "Today, the streets are quiet"."""


def _without_present_refs(dated: list[_Item]) -> list[_Item]:
    """ "Now" and "currently" alone say no more than that the document was written: when
    the text gives real dates, they make no events of their own. "Recently" stays: it tells
    that something happened ("have recently captured the towns")."""
    if not any(d.start is not None for d, *_ in dated):
        return dated
    return [item for item in dated if item[1] != "PRESENT_REF"]


def _main_years(dct: date | None, year: int | None, events: Sequence[Event]) -> frozenset[int]:
    """The years the document's main thread runs in: the document's year and the one
    before it (news looks back a year); else the years its dated events crowd into, each
    with at least a fifth as many as the busiest one and more than one (a report on
    2013-2016 names those years throughout, and 1990 once)."""
    base = dct.year if dct is not None else year
    if base is not None:
        return frozenset((base - 1, base))
    named = Counter(int(e.value[:4]) for e in events if e.value and e.value[:4].isdigit())
    if not named:
        return frozenset()
    busiest = max(named.values())
    return frozenset(
        y for y, n in named.items() if n * _MAIN_SHARE >= busiest and n > 1 or n == busiest
    )


_MAIN_SHARE = 5
"""A year with a fifth as many events as the busiest is part of the main thread."""


_LABEL_WORDS = 4
_DATE_LABEL = _recache.compile(
    r"^\s*(?:[-*\u2022\u2013\u2014]\s+)?(?:\w+\.?\s+){0,2}\d[\w ,.]{0,16}?\d"
    r"(?:\s*[:\u2013\u2014]|\s+-)\s+(?=\S)"
)
"""A list line's bullet and date ("- Oct. 29, 2018: ", "2011 \u2013 "): the when column says it."""


def _without_date_label(text: str) -> str:
    """The event without the date a list line opens with, which its "when" already gives."""
    m = _DATE_LABEL.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


_SPAN = _recache.compile(r"P(\d+)([DWMY])")
_OFFSET_AFTER = _recache.compile(
    r"\s*(later|earlier|afterwards|(?:before|after)(?=\s*[,.;:!?]|\s*$))\b", re.I
)
"""What makes a span a step in time: "six days later", "a week before." (not "a day before
the monitors arrive", which counts from the arrival)."""
_GRAIN_OF: dict[str, Precision] = {"D": "day", "W": "day", "M": "month", "Y": "year"}


def _counted_from(anchor: Dated, sentence: str, found: Sequence[Timex]) -> tuple[Dated, str] | None:
    """ "Two years later", after an event of 2016, is 2018: a counted span from the event the
    text last dated, known to the coarser of that event's precision and the span's unit."""
    if anchor.start is None or anchor.precision not in _STEPPABLE:
        return None
    for t in found:
        span = _SPAN.fullmatch(t.value)
        at = sentence.find(t.text)
        side = _OFFSET_AFTER.match(sentence, at + len(t.text)) if at >= 0 else None
        if span is None or side is None:
            continue
        n = int(span[1]) * (-1 if side[1].lower() in ("earlier", "before") else 1)
        unit = span[2]
        grain = max(_GRAIN_OF[unit], anchor.precision, key=lambda p: PRECISION_RANK[p])
        start = shift(anchor.start, unit, n)
        value = {"day": start.isoformat(), "month": start.isoformat()[:7]}.get(
            grain, f"{start.year:04d}"
        )
        return read_value(value, "", None) or anchor, value
    return None


_THE_MONTH = _recache.compile(
    r"(?:(?:the\s+)?(?:end|beginning|start|middle|rest|close)\s+of\s+)?(?:the|that)\s+month", re.I
)


def _same_month(anchor: Dated, found: Sequence[Timex]) -> tuple[Dated, str, bool] | None:
    """ "the end of the month" after "went live on 2 September" is the end of September:
    the month of the day the text last dated, when the tagger had no year to place it."""
    if anchor.start is None or anchor.precision not in ("day", "month"):
        return None
    for t in found:
        if t.value in REFS and _THE_MONTH.fullmatch(t.text):
            value = anchor.start.isoformat()[:7]
            return read_value(value, t.text, None) or anchor, value, True
    return None


_STEPPABLE: frozenset[Precision] = frozenset({"day", "month", "year"})
"""Precisions a counted span can step from: a week or a season moved by months is guesswork."""


def _is_dated_label(text: str, found: Sequence[Timex]) -> bool:
    """A heading that is a place and a date ("Jisr al-Shughour, 3-6 June 2011"): no closing
    punctuation and a few words besides its dates."""
    if not found or text.rstrip()[-1:] in CLOSING_MARKS:
        return False
    if not any(ch.isdigit() for t in found for ch in t.text):
        return False  # "Year-end rally lifts stocks" is a headline, not a place and a date
    rest = text
    for t in found:
        rest = rest.replace(t.text, " ")
    return len(re.findall(r"\w+", rest)) <= _LABEL_WORDS


_NAME_BEFORE = _recache.compile(r"(?:\bthe|['\u2019]s)\s+$", re.I)
_NAME_AFTER = _recache.compile(
    r"^\s+(?:[$\u00a3\u20ac][\d.,]+\s+(?:Billion|Million)\s+)?(?:\d+-[A-Z]\w*\s+)?"
    r"[A-Z][a-z][\w-]*\s+(?:(?:and|of|for|on)\s+)?[A-Z]"
)
"""After a date, what names a thing: capitalised words, an amount in capitals first ("$2.7
Billion Multi-Year Revolving Credit Agreement", "Workplace and Gender Relations Survey")."""


def _names_a_thing(t: Timex, s: Sentence) -> bool:
    """Whether the date is part of a name ("the March 2023 $1.5 Billion Revolving Credit
    Agreement", "the 2012 Workplace and Gender Relations Survey"): it dates no event of the
    sentence, which tells what was done with the thing."""
    at, end = t.start - s.start, t.end - s.start
    if at < 0 or end > len(s.text):
        return False
    before, after = s.text[:at], s.text[end:]
    named = _NAME_AFTER.match(after)
    # "... and March 2023 $2.7 Billion Multi-Year ...": an amount in capitals names a facility.
    return named is not None and (
        _NAME_BEFORE.search(before) is not None or after.lstrip()[:1] in "$\u00a3\u20ac"
    )


def _is_timestamp(timex_text: str, sentence: str) -> bool:
    """A date followed by a clock time ("10th March 2012 - 11:19") stamps when a page or a
    reader's comment was posted; it is not the date of anything the sentence tells."""
    words = r"\s*".join(map(re.escape, timex_text.split()))  # tokenised "Friday , 10 May"
    return re.search(words + _CLOCK_AFTER, sentence) is not None


def _as_dated(t: Timex, year: int | None = None, near: date | None = None) -> Timex | None:
    """The timex as the timeline places it. A stretch of unstated length reaching back from
    now or on from it ("in recent weeks", "over the coming days") is a DURATION in TIMEX3,
    but it places its event as "recently" or "in future" does. A day or month without its
    year takes the document's ``year`` when it is known."""
    if t.type in _DATED_TYPES and year is not None:
        placed = in_year(t, year, near)
        if placed is not None:
            return Timex(t.start, t.end, t.text, t.type, placed)
    if t.type in _DATED_TYPES:
        return t
    if t.type == "DURATION" and _SPAN.fullmatch(t.value):
        return t  # "two years later": a counted step from the event dated before it
    side = _STRETCH.match(t.text) if t.type == "DURATION" and t.value.startswith("PX") else None
    if side is None:
        return None
    return Timex(t.start, t.end, t.text, "DATE", "PAST_REF" if side[1] else "FUTURE_REF")


def _timexes_by_sentence(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    year: int | None = None,
    near: date | None = None,
) -> dict[int, list[Timex]]:
    """Both lists are sorted by offset, so one merge pass assigns every timex. ``year`` is
    the document's year, given to the days and months it names without one."""
    out: dict[int, list[Timex]] = {}
    dated = sorted(filter(None, (_as_dated(t, year, near) for t in timexes)), key=lambda t: t.start)
    i = 0
    for s in sorted(sentences, key=lambda s: s.start):
        while i < len(dated) and dated[i].start < s.start:
            i += 1
        j = i
        while j < len(dated) and dated[j].start < s.end:
            out.setdefault(s.index, []).append(dated[j])
            j += 1
        i = j
    return out
