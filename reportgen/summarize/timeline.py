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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportgen.model import Event, Precision, Sentence
from reportgen.summarize._clauses import by_clause
from reportgen.summarize._timeline_pick import merge_duplicates, pick_events
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
    r"probably|or\s+so|nearly|almost|more\s+than|at\s+least|(?:well\s+)?over(?=\s+\d)|some(?=\s+\d)|"
    r"upwards\s+of|close\s+to(?=\s+\d))\b",
    re.I,
)
"""Words that make a date approximate: "around 2027", "possibly in August", "nearly 50
years ago" (a count the writer rounds dates no better than about a year)."""
_BEFORE = re.compile(r"\b(?:just\s+|shortly\s+|well\s+)?before\s+(?:the\s+)?$", re.I)
"""A date an event only precedes ("before Christmas"): the event is near it, not on it."""
_EXPLICIT = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![a-z])"
)
"""A date the text writes on the calendar (a number or a month name), as against one it
names by weekday or counts from the document date ("Friday", "today")."""
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
    if _BEFORE.search(before[-20:]):  # "before Christmas": some time before it
        words = text if not _EXPLICIT.search(text) else dated.label
        year = "" if re.search(r"\d{4}", words) else f" {y}"
        label = f"Before {_mid_sentence(words[:1].upper() + words[1:])}{year}"
        return _Dated(dated.start, "approximate", label, dated.specificity)
    if _APPROXIMATE.search(f"{before[-25:]} {text}"):  # "around 2027", "possibly in May"
        label = f"About {_mid_sentence(dated.label)}"
        return _Dated(dated.start, "approximate", label, dated.specificity)
    return dated


def _read_calendar(m: re.Match[str], y: int, edge: str) -> _Dated:
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        label = _long_date(d)
        if m["t"]:
            label += f", {_PART.get(m['t'], m['t'])}"
        return _Dated(d, "day", label, 0)
    if m["m"]:
        start = date(y, int(m["m"]), _EDGE_DAY.get(edge, 1))
        return _Dated(start, "month", f"{edge}{_MONTH_NAMES[int(m['m']) - 1]} {y}", 2)
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
    return _Dated(date(y, _EDGE_MONTH.get(edge, 1), 1), "year", f"{edge}{y}", 5)


_EDGES = {"early": "Early ", "late": "Late ", "mid": "Mid ", "end": "End of ", "close": "End of "}
_EDGES |= {"beginning": "Start of ", "start": "Start of ", "middle": "Mid "}


_EDGE_DAY = {"Mid ": 11, "Late ": 21, "End of ": 21}
_EDGE_MONTH = {"Mid ": 5, "Late ": 9, "End of ": 9}
"""Where a part of a month or year sorts: "the end of the month" after its first days."""


def _edge(text: str) -> str:
    """ "early 1998" → "Early "; "the end of the month" → "End of "; the value drops the
    modifier, the label keeps it."""
    m = re.search(r"\b(early|late|mid|end|close|beginning|start|middle)\b", text, re.I)
    return _EDGES[m.group(1).lower()] if m else ""


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
    header = _dated_header(sentences, skip)
    year = None if dct is not None else document_year(timexes, header)
    near = None if dct is not None else _header_day(timexes, header)
    by_sentence = _timexes_by_sentence(sentences, timexes, year, near)
    dated, relative = _date_sentences(sentences, by_sentence, dct, headline, skip)
    dated = _without_present_refs(dated)
    dated.sort(key=lambda item: _sort_key(item[:3], dct))
    texts = {s.index: s.text for s in sentences}
    events = [
        Event(d.label, value, d.precision, _without_date_label(texts[source]), source)
        for d, value, source, _ in dated
    ]
    labels = {e.source: e.when for e in events}
    for source, anchor in relative:
        at = next(i for i, e in enumerate(events) if e.source == anchor) + 1
        while at < len(events) and events[at].anchor == anchor:
            at += 1
        when = f"After {_mid_sentence(labels[anchor])}"
        events.insert(at, Event(when, None, "relative", texts[source], source, anchor))
    events = merge_duplicates(events)
    explicit = {source for d, _, source, ex in dated if ex and d.start is not None}
    main = _main_years(dct, year, events)
    return pick_events(events, max_events, rank, explicit, main)


_Item = tuple[_Dated, str, int, bool]
"""A dated sentence: its reading, the timex value, the sentence index, and whether the date
is written on the calendar (a number or a month name)."""


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
    anchor_dated: _Dated | None = None
    follows = {a.index: b.index for a, b in zip(sentences, sentences[1:], strict=False)}
    labelled: set[int] = set()
    """Sentences a dated label right before them has already placed."""
    present_dates = not any(
        _EXPLICIT.search(t.text) for i, ts in by_sentence.items() if i not in skip for t in ts
    )
    for s in sentences:
        if s.index in labelled or s.index in skip:
            continue
        spans = by_sentence.get(s.index, ())
        found = [t for t in spans if t.type != "DURATION"]
        if s.index == headline and not _is_dated_label(s.text, found):
            continue
        source = s.index
        if _is_dated_label(s.text, found) and s.index in follows and follows[s.index] not in skip:
            # "New York, 21 March 2012" heads the paragraph it dates: that is the event.
            source = follows[s.index]
            labelled.add(source)
        bests: list[tuple[_Dated, str, bool]] = []
        for clause in by_clause(s.text, found):
            best = _best_date(s.text, clause, dct, present_dates)
            if anchor_dated is not None and (best is None or best[1] in _REFS):
                best = _same_month(anchor_dated, clause) or best
            if best is not None:
                bests.append(best)
        if not bests and anchor_dated is not None:
            counted = _counted_from(anchor_dated, s.text, spans)
            bests = [(*counted, True)] if counted else []
        if not bests and last_absolute is not None and _AFTER_CUE.search(s.text):
            relative.append((s.index, last_absolute))
        for best in bests:
            dated.append((best[0], best[1], source, best[2]))
            if best[0].start is not None:
                last_absolute, anchor_dated = source, best[0]
    return dated, relative


def _best_date(
    text: str, found: Sequence[Timex], dct: date | None, present_dates: bool
) -> tuple[_Dated, str, bool] | None:
    """The sentence's own date: its most specific one, and of two as specific a date
    written on the calendar before a weekday ("after Friday prayers on 18 March" is 18
    March), then the first. Unless ``present_dates``, "today" or "now" alone dates nothing."""
    best: tuple[_Dated, str, bool] | None = None
    stamps = {t.value for t in found if _is_timestamp(t.text, text)}
    for t in found:
        if t.value in stamps:  # also "Friday" in "Friday, 10 August 2012 16:03"
            continue
        if not present_dates and _PRESENT_WORDS.fullmatch(t.text):
            continue
        at = text.find(t.text)
        reading = _read(t.value, t.text, dct, text[:at] if at > 0 else "")
        if reading is None:
            continue
        explicit = _EXPLICIT.search(t.text) is not None
        key = (reading.specificity, not explicit)
        if best is None or key < (best[0].specificity, not best[2]):
            best = (reading, t.value, explicit)
    return best


_PRESENT_WORDS = re.compile(
    r"(?:(?:right|just|even|until|up\s+to|as\s+of)\s+)?(?:now|today|currently|"
    r"at\s+present|nowadays|these\s+days|at\s+the\s+moment|for\s+now)",
    re.I,
)
"""Words that date a sentence only as the time of writing: "Today, the streets are quiet"."""


def header_lines(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Sentences that are a memo's or a letter's header fields ("To:", "From:", "Date:",
    "Subject:"): they address the document, and tell nothing that happened."""
    return frozenset(s.index for s in sentences if _HEADER_FIELD.match(s.text))


_HEADER_FIELD = re.compile(
    r"\s*(?:To|From|Date|Sent|Subject|Re|Cc|Bcc|Attn|Ref|Our\s+ref|Your\s+ref|Memo(?:randum)?"
    r"(?:\s+(?:to|from))?|Prepared\s+by|Author)\s*:",
    re.I,
)


def _without_present_refs(dated: list[_Item]) -> list[_Item]:
    """ "Now" and "currently" alone say no more than that the document was written: when
    the text gives real dates, they make no events of their own. "Recently" stays: it tells
    that something happened ("have recently captured the towns")."""
    if not any(d.start is not None for d, *_ in dated):
        return dated
    return [item for item in dated if item[1] != "PRESENT_REF"]


def document_year(timexes: Sequence[Timex], header: Sentence | None = None) -> int | None:
    """The year a text without a document date is written in: the year of its "Date:" line
    when it has one, else the year it names most, when it names it at least twice and at
    least three in five of the years it writes out are that one ("during 2025 ... 14
    January 2025"). A history naming many years has none, nor has a text naming one year
    once ("Protests began in 2011"), which may be its background."""
    years = [
        (t.start, int(t.value[:4]))
        for t in timexes
        if t.type in _DATED_TYPES and re.match(r"\d{4}", t.value) and t.value[:4] in t.text
    ]
    if header is not None:
        given = [y for at, y in years if header.start <= at < header.end]
        if given:
            return given[0]
    if not years:
        return None
    top, count = Counter(y for _, y in years).most_common(1)[0]
    return top if count >= 2 and count * 5 >= len(years) * 3 else None


def _header_day(timexes: Sequence[Timex], header: Sentence | None) -> date | None:
    """The day a memo's "Date:" line gives, which its dates without a year lie nearest."""
    if header is None:
        return None
    for t in timexes:
        if header.start <= t.start < header.end and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            return date.fromisoformat(t.value)
    return None


def _gap(t: Timex, year: int, near: date) -> int:
    """Days between ``near`` and the yearless date ``t`` put in ``year``."""
    month = int(t.value[5:7])
    day = int(t.value[8:10]) if len(t.value) >= 10 else 15
    try:
        return abs((date(year, month, day) - near).days)
    except ValueError:
        return 1 << 20


def _dated_header(sentences: Sequence[Sentence], skip: frozenset[int]) -> Sentence | None:
    """A memo's or a letter's "Date:" line, among the lines the caller left out."""
    return next((s for s in sentences if s.index in skip and _DATE_FIELD.match(s.text)), None)


_DATE_FIELD = re.compile(r"\s*(?:Date|Sent|Dated)\s*:", re.I)


def _main_years(dct: date | None, year: int | None, events: Sequence[Event]) -> frozenset[int]:
    """The years the document's main thread runs in: the document's year and the one
    before it (news looks back a year), else the year its dated events name most."""
    base = dct.year if dct is not None else year
    if base is None:
        named = [int(e.value[:4]) for e in events if e.value and e.value[:4].isdigit()]
        if not named:
            return frozenset()
        base = Counter(named).most_common(1)[0][0]
    return frozenset((base - 1, base))


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


_THE_MONTH = re.compile(
    r"(?:(?:the\s+)?(?:end|beginning|start|middle|rest|close)\s+of\s+)?(?:the|that)\s+month", re.I
)


def _same_month(anchor: _Dated, found: Sequence[Timex]) -> tuple[_Dated, str, bool] | None:
    """ "the end of the month" after "went live on 2 September" is the end of September:
    the month of the day the text last dated, when the tagger had no year to place it."""
    if anchor.start is None or anchor.precision not in ("day", "month"):
        return None
    for t in found:
        if t.value in _REFS and _THE_MONTH.fullmatch(t.text):
            value = anchor.start.isoformat()[:7]
            return _read(value, t.text, None) or anchor, value, True
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


_YEARLESS = re.compile(r"XXXX(?=-\d\d(?:-\d\d)?(?:T.*)?$)")
_DAY_MONTH = re.compile(
    r"\b(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]+)|"
    r"(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})\b)"
)
_YEARS_AGO = re.compile(
    r"(?:\w+\s+){0,2}?(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"years?\s+ago",
    re.I,
)
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _in_year(t: Timex, year: int, near: date | None = None) -> str | None:
    """The value of a date the text writes without its year, in the document's ``year``:
    "3 March", "the weekend of 7 December", "nearly 50 years ago"; None if it has none."""
    if _YEARLESS.match(t.value):
        if near is not None:  # "reopen on 2 January", in a memo dated 4 November 2024: 2025
            year = min((near.year - 1, near.year, near.year + 1), key=lambda y: _gap(t, y, near))
        return _YEARLESS.sub(f"{year:04d}", t.value)
    if t.value in ("XXXX-WXX", "XXXX-WXX-WE"):
        m = _DAY_MONTH.search(t.text)
        name = (m["m"] or m["m2"]) if m else None
        if m is None or name not in _MONTH_NAMES:
            return None
        try:
            day = date(year, _MONTH_NAMES.index(name) + 1, int(m["d"] or m["d2"]))
            iso = day.isocalendar()
        except ValueError:
            return None
        return f"{iso.year:04d}-W{iso.week:02d}{t.value[8:]}"
    ago = _YEARS_AGO.fullmatch(t.text) if t.value == "PAST_REF" else None
    if ago is None:
        return None
    n = ago["n"].lower()
    count = int(n) if n.isdigit() else _NUMBER_WORDS.index(n) + 1 if n in _NUMBER_WORDS else 1
    return f"{year - count:04d}"


def _as_dated(t: Timex, year: int | None = None, near: date | None = None) -> Timex | None:
    """The timex as the timeline places it. A stretch of unstated length reaching back from
    now or on from it ("in recent weeks", "over the coming days") is a DURATION in TIMEX3,
    but it places its event as "recently" or "in future" does. A day or month without its
    year takes the document's ``year`` when it is known."""
    if t.type in _DATED_TYPES and year is not None:
        placed = _in_year(t, year, near)
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
