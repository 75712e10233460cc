"""The dated events of a document, in chronological order.

One event per sentence that carries a date (DATE or TIME expression; durations and
repetitions alone date nothing, except a stretch reaching back from now or on from it,
"in recent days", which places its event as "recently" does). A sentence with several dates
is placed by its most specific absolute one (a day beats a month beats a year), the first on
a tie: in news the finer date is usually the event's own, the coarser one background ("in
2011 ... on 3 March").
Sentences the text orders only against another ("A court later held ...") become relative
events anchored to the nearest earlier dated sentence, never given a year of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportgen.model import Event, Precision, Sentence
from reportgen.summarize.salience import CLOSING_MARKS
from reportgen.summarize.timex import Timex, shift

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATED_TYPES = ("DATE", "TIME")
_CLOCK_AFTER = r"\s*[-\u2013,]?\s*[0-2]?\d:[0-5]\d\b"
_REFS = {"PAST_REF": -1, "PRESENT_REF": 0, "FUTURE_REF": 1}
_STRETCH = re.compile(
    r"(?:(recent|(?:the\s+)?(?:past|last)\s+(?:few|several|many))|(?:the\s+)?coming)\s", re.I
)
_AFTER_CUE = re.compile(
    r"\b(?:later|afterwards?|subsequently|thereafter|after\s+that|since\s+then|eventually|"
    r"then\s+went\s+on)\b",
    re.I,
)
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d\d)|"
    r"(?P<s>SP|SU|FA|WI)))?(?P<we>-WE)?(?:T(?P<t>.+))?$"
)
_PRECISION_RANK: dict[Precision, int] = {
    "day": 0,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "season": 3,
    "half": 4,
    "approximate": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
    "relative": 9,
}
_APPROXIMATE = re.compile(
    r"\b(?:around|about|circa|c\.|roughly|approximately|some\s*time|possibly|perhaps|"
    r"probably|or\s+so)\b",
    re.I,
)
"""Words that make a date approximate: "around 2027", "possibly in August"."""
_SEASON = {"SP": ("Spring", 3), "SU": ("Summer", 6), "FA": ("Autumn", 9), "WI": ("Winter", 12)}
_PART = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


@dataclass(frozen=True, slots=True)
class _Dated:
    """What one timex value says on the calendar: where it sorts, how precise, how it reads."""

    start: date | None
    """First day of the period; None when the value is a present/past/future reference."""
    precision: Precision
    label: str
    specificity: int
    """Lower is finer; used to choose among several dates in one sentence."""


def _read(value: str, text: str, dct: date | None, before: str = "") -> _Dated | None:
    """Interpret a TIMEX3 value; None when it places nothing on the calendar (``XXXX-WXX-5``)."""
    if value in _REFS:
        return _read_ref(value, text, dct)
    if value.startswith("XXXX"):
        return _read_unanchored(value, text)
    if re.fullmatch(r"\d{3}", value):
        return _Dated(date(int(value) * 10, 1, 1), "decade", f"The {value}0s", 8)
    if re.fullmatch(r"\d{2}", value):
        n = int(value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return _Dated(
            date(max(1, int(value) * 100), 1, 1), "century", f"The {n}{suffix} century", 9
        )
    m = _VALUE.match(value)
    if m is None:
        return None
    y = int(m["y"])
    try:
        dated = _read_calendar(m, y, _edge(text))
    except ValueError:
        return None
    if _APPROXIMATE.search(f"{before[-25:]} {text}"):  # "around 2027", "possibly in May"
        return _Dated(dated.start, "approximate", dated.label, dated.specificity)
    return dated


def _read_calendar(m: re.Match[str], y: int, edge: str) -> _Dated:
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        label = _long_date(d)
        if m["t"]:
            label += f", {_PART.get(m['t'], m['t'])}"
        return _Dated(d, "day", label, 0)
    if m["m"]:
        return _Dated(
            date(y, int(m["m"]), 1), "month", f"{edge}{_MONTH_NAMES[int(m['m']) - 1]} {y}", 2
        )
    if m["w"] and m["we"]:
        d = date.fromisocalendar(y, int(m["w"]), 6)  # the weekend is its Saturday and Sunday
        label = f"Weekend of {_long_date(d)}"
        return _Dated(d, "week", label, 1)
    if m["w"]:
        d = date.fromisocalendar(y, int(m["w"]), 1)
        label = f"Week of {_long_date(d)}"  # 2015-W01 starts in December 2014
        return _Dated(d, "week", label, 1)
    if m["q"]:
        return _Dated(date(y, (int(m["q"]) - 1) * 3 + 1, 1), "quarter", f"Q{m['q']} {y}", 3)
    if m["h"]:
        half = "First" if m["h"] == "1" else "Second"
        return _Dated(date(y, 1 if m["h"] == "1" else 7, 1), "half", f"{half} half of {y}", 4)
    if m["s"]:
        name, month = _SEASON[m["s"]]
        return _Dated(date(y, month, 1), "season", f"{name} {y}", 4)
    return _Dated(date(y, 1, 1), "year", f"{edge}{y}", 5)


def _edge(text: str) -> str:
    """ "early 1998" → "Early "; the value drops the modifier, the label keeps it."""
    m = re.search(r"\b(early|late|mid)\b", text, re.I)
    return f"{m.group(1).capitalize()} " if m else ""


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _read_unanchored(value: str, text: str) -> _Dated:
    """A date whose year the text never gives ("Friday", "3 March"): kept, but not placed."""
    m = re.fullmatch(r"XXXX-(?:(\d\d)(?:-(\d\d))?|WXX-([1-7]))(?:T.*)?", value)
    if m and m[3] and _DEICTIC.search(text):
        label = f"{text[:1].upper()}{text[1:]}"  # "Last Monday", "next Tuesday"
    elif m and m[3]:
        label = f"{_WEEKDAY_NAMES[int(m[3]) - 1]} (undated)"
    elif m and m[1] and 1 <= int(m[1]) <= 12:
        label = _MONTH_NAMES[int(m[1]) - 1]
        label = f"{int(m[2])} {label}" if m[2] else label
        label += " (year not given)"
    else:
        return _Dated(None, "relative", f"{text[:1].upper()}{text[1:]} (undated)", 11)
    # A named day or month the year of which is unknown still says when the event fell
    # better than "now" or "a year earlier" beside it ("said on Friday that ...").
    return _Dated(None, "relative", label, 9)


def _long_date(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


_COUNTED = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|"
    r"dozens?|hundreds?)\b.*\b(?:ago|earlier|later|before|after|since|from now|hence)\b",
    re.I,
)
"""A counted offset ("50 years ago", "three days later"): how far is known, from what is not."""


_DEICTIC = re.compile(r"\b(?:last|next|this|yesterday|tomorrow|today|tonight|coming)\b", re.I)
"""Words that count from the document's date: without one, "last year" says more than
"recently" would."""


def _read_ref(value: str, text: str, dct: date | None) -> _Dated:
    """ "recently", "now", "in future"; an offset the text counts but cannot anchor keeps its
    own words, since "50 years ago" is anything but recent."""
    if dct is None and (_COUNTED.search(text) or _DEICTIC.search(text)):
        return _Dated(None, "relative", f"{text[:1].upper()}{text[1:]}", 10)
    base = {"PAST_REF": "Recently", "PRESENT_REF": "Now", "FUTURE_REF": "In future"}[value]
    if dct is not None:
        rel = {"PAST_REF": "before", "PRESENT_REF": "as of", "FUTURE_REF": "after"}[value]
        base = f"{base} ({rel} {_long_date(dct)})"
    return _Dated(None, "relative", base, 10)


def _sort_key(item: tuple[_Dated, str, int], dct: date | None) -> tuple[int, date, int, int, int]:
    """Chronological; a coarser period sorts before the finer ones it contains.

    References to the present sort at the document date when known, else after every date:
    "recently" before the events dated that day, "now" and "in future" after them, so that
    all of a kind stand together.
    """
    dated, value, source = item
    if dated.start is not None:
        return (0, dated.start, 0, _PRECISION_RANK[dated.precision] * -1, source)
    offset = _REFS.get(value, 2)
    if dct is not None:
        return (0, dct, offset if offset < 0 else offset + 1, 0, source)
    return (1, date.max, offset, 0, source)


def build_timeline(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    dct: date | None,
    max_events: int = 15,
    headline: int | None = None,
) -> tuple[Event, ...]:
    """One event per dated sentence, chronological; relative events follow their anchor.

    ``headline`` is the sentence that heads the text: it names the news its lead tells, so
    it is no event of its own, unless it is a place and a date that dates the paragraph
    after it."""
    by_sentence = _timexes_by_sentence(sentences, timexes)
    dated: list[tuple[_Dated, str, int]] = []
    relative: list[tuple[int, int]] = []
    """(sentence index, anchor sentence index) of events known only to follow another."""
    last_absolute: int | None = None
    anchor_dated: _Dated | None = None
    texts = {s.index: s.text for s in sentences}
    follows = {a.index: b.index for a, b in zip(sentences, sentences[1:], strict=False)}
    labelled: set[int] = set()
    """Sentences a dated label right before them has already placed."""
    for s in sentences:
        if s.index in labelled:
            continue
        best: tuple[_Dated, str] | None = None
        spans = by_sentence.get(s.index, ())
        found = [t for t in spans if t.type != "DURATION"]
        if s.index == headline and not _is_dated_label(s.text, found):
            continue
        stamps = {t.value for t in found if _is_timestamp(t.text, s.text)}
        for t in found:
            if t.value in stamps:  # also "Friday" in "Friday, 10 August 2012 16:03"
                continue
            at = s.text.find(t.text)
            reading = _read(t.value, t.text, dct, s.text[:at] if at > 0 else "")
            if reading is not None and (best is None or reading.specificity < best[0].specificity):
                best = (reading, t.value)
        if best is None and anchor_dated is not None:
            best = _counted_from(anchor_dated, s.text, spans)
        if best is not None:
            source = s.index
            if _is_dated_label(s.text, found) and s.index in follows:
                # "New York, 21 March 2012" heads the paragraph it dates: that is the event.
                source = follows[s.index]
                labelled.add(source)
            dated.append((best[0], best[1], source))
            if best[0].start is not None:
                last_absolute, anchor_dated = source, best[0]
        elif last_absolute is not None and _AFTER_CUE.search(s.text):
            relative.append((s.index, last_absolute))
    dated.sort(key=lambda item: _sort_key(item, dct))
    events = [
        Event(d.label, value, d.precision, _without_date_label(texts[source]), source)
        for d, value, source in dated
    ]
    labels = {e.source: e.when for e in events}
    for source, anchor in relative:
        at = next(i for i, e in enumerate(events) if e.source == anchor) + 1
        while at < len(events) and events[at].anchor == anchor:
            at += 1
        when = f"After {_mid_sentence(labels[anchor])}"
        events.insert(at, Event(when, None, "relative", texts[source], source, anchor))
    return _keep_most_informative(events, max_events)


_LABEL_WORDS = 4
_DATE_LABEL = re.compile(
    r"^\s*(?:[-*\u2022\u2013\u2014]\s+)?(?:\w+\.?\s+){0,2}\d[\w ,.]{0,16}?\d"
    r"(?:\s*[:\u2013\u2014]|\s+-)\s+(?=\S)"
)
"""A list line's bullet and date ("- Oct. 29, 2018: ", "2011 \u2013 "): the when column says it."""


def _without_date_label(text: str) -> str:
    """The event without the date a list line opens with, which its "when" already gives."""
    m = _DATE_LABEL.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


_SPAN = re.compile(r"P(\d+)([DWMY])")
_OFFSET_AFTER = re.compile(
    r"\s*(later|earlier|afterwards|(?:before|after)(?=\s*[,.;:!?]|\s*$))\b", re.I
)
"""What makes a span a step in time: "six days later", "a week before." (not "a day before
the monitors arrive", which counts from the arrival)."""
_GRAIN_OF: dict[str, Precision] = {"D": "day", "W": "day", "M": "month", "Y": "year"}


def _counted_from(
    anchor: _Dated, sentence: str, found: Sequence[Timex]
) -> tuple[_Dated, str] | None:
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
        grain = max(_GRAIN_OF[unit], anchor.precision, key=lambda p: _PRECISION_RANK[p])
        start = shift(anchor.start, unit, n)
        value = {"day": start.isoformat(), "month": start.isoformat()[:7]}.get(
            grain, f"{start.year:04d}"
        )
        return _read(value, "", None) or anchor, value
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


def _is_timestamp(timex_text: str, sentence: str) -> bool:
    """A date followed by a clock time ("10th March 2012 - 11:19") stamps when a page or a
    reader's comment was posted; it is not the date of anything the sentence tells."""
    words = r"\s*".join(map(re.escape, timex_text.split()))  # tokenised "Friday , 10 May"
    return re.search(words + _CLOCK_AFTER, sentence) is not None


def _mid_sentence(label: str) -> str:
    """ "The 1990s" → "the 1990s" after "After"; month names and numbers keep their form."""
    first, _, rest = label.partition(" ")
    if first in ("The", "Early", "Late", "Mid", "Week", "First", "Second", "Recently", "Now"):
        return f"{first.lower()} {rest}".rstrip()
    return label


def _as_dated(t: Timex) -> Timex | None:
    """The timex as the timeline places it. A stretch of unstated length reaching back from
    now or on from it ("in recent weeks", "over the coming days") is a DURATION in TIMEX3,
    but it places its event as "recently" or "in future" does."""
    if t.type in _DATED_TYPES:
        return t
    if t.type == "DURATION" and _SPAN.fullmatch(t.value):
        return t  # "two years later": a counted step from the event dated before it
    side = _STRETCH.match(t.text) if t.type == "DURATION" and t.value.startswith("PX") else None
    if side is None:
        return None
    return Timex(t.start, t.end, t.text, "DATE", "PAST_REF" if side[1] else "FUTURE_REF")


def _timexes_by_sentence(
    sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> dict[int, list[Timex]]:
    """Both lists are sorted by offset, so one merge pass assigns every timex."""
    out: dict[int, list[Timex]] = {}
    dated = sorted(filter(None, map(_as_dated, timexes)), key=lambda t: t.start)
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


def _keep_most_informative(events: list[Event], max_events: int) -> tuple[Event, ...]:
    """Trim a long timeline to ``max_events``, keeping its chronological order.

    Distinct absolute dates come first, chosen evenly along the timeline so the trimmed
    one still spans the whole story; spare places go to repeated dates (finest first) and
    then to relative events, which stay only if their anchor stays.
    """
    if len(events) <= max_events:
        return tuple(events)
    if max_events <= 0:
        return ()
    seen: set[str | None] = set()
    distinct: list[int] = []
    rest: list[int] = []
    for pos, e in enumerate(events):
        if e.precision == "relative":
            continue
        (rest if e.value in seen else distinct).append(pos)
        seen.add(e.value)
    if len(distinct) >= max_events:
        step = (len(distinct) - 1) / max(1, max_events - 1)
        keep = {distinct[round(i * step)] for i in range(max_events)}
    else:
        keep = set(distinct)
        rest.sort(key=lambda pos: (_PRECISION_RANK[events[pos].precision], pos))
        relative = [pos for pos, e in enumerate(events) if e.precision == "relative"]
        for pos in rest + relative:
            if len(keep) >= max_events:
                break
            anchor = events[pos].anchor
            if anchor is None or any(events[k].source == anchor for k in keep):
                keep.add(pos)
    return tuple(e for pos, e in enumerate(events) if pos in keep)
