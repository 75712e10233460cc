"""How a TIMEX3 value reads on the timeline: where it sorts, how precise it is, its label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reportgen import _recache
from reportgen.model import Precision

MONTH_NAMES = [
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
REFS = {"PAST_REF": -1, "PRESENT_REF": 0, "FUTURE_REF": 1}
_VALUE = _recache.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d\d)|"
    r"(?P<s>SP|SU|FA|WI)))?(?P<we>-WE)?(?:T(?P<t>.+))?$"
)
PRECISION_RANK: dict[Precision, int] = {
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
_APPROXIMATE = _recache.compile(
    r"\b(?:around|about|circa|c\.|roughly|approximately|some\s*time|possibly|perhaps|"
    r"probably|or\s+so|nearly|almost|more\s+than|at\s+least|(?:well\s+)?over(?=\s+\d)|some(?=\s+\d)|"
    r"upwards\s+of|close\s+to(?=\s+\d))\b",
    re.I,
)
"""Words that make a date approximate: "around 2027", "possibly in August", "nearly 50
years ago" (a count the writer rounds dates no better than about a year)."""
_BEFORE = _recache.compile(r"\b(?:just\s+|shortly\s+|well\s+)?before\s+(?:the\s+)?$", re.I)
"""A date an event only precedes ("before Christmas"): the event is near it, not on it."""
EXPLICIT = _recache.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![a-z])"
)
"""A date the text writes on the calendar (a number or a month name), as against one it
names by weekday or counts from the document date ("Friday", "today")."""
_SEASON = {"SP": ("Spring", 3), "SU": ("Summer", 6), "FA": ("Autumn", 9), "WI": ("Winter", 12)}
_PART = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


@dataclass(frozen=True, slots=True)
class Dated:
    """What one timex value says on the calendar: where it sorts, how precise, how it reads."""

    start: date | None
    """First day of the period; None when the value is a present/past/future reference."""
    precision: Precision
    label: str
    specificity: int
    """Lower is finer; used to choose among several dates in one sentence."""


def read_value(value: str, text: str, dct: date | None, before: str = "") -> Dated | None:
    """Interpret a TIMEX3 value; None when it places nothing on the calendar (``XXXX-WXX-5``)."""
    if value in REFS:
        return _read_ref(value, text, dct)
    if value.startswith("XXXX"):
        return _read_unanchored(value, text)
    if re.fullmatch(r"\d{3}", value):
        return Dated(date(int(value) * 10, 1, 1), "decade", f"The {value}0s", 8)
    if re.fullmatch(r"\d{2}", value):
        n = int(value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return Dated(date(max(1, int(value) * 100), 1, 1), "century", f"The {n}{suffix} century", 9)
    m = _VALUE.match(value)
    if m is None:
        return None
    y = int(m["y"])
    try:
        dated = _read_calendar(m, y, _edge(text))
    except ValueError:
        return None
    if _BEFORE.search(before[-20:]):  # "before Christmas": some time before it
        words = text if not EXPLICIT.search(text) else dated.label
        year = "" if re.search(r"\d{4}", words) else f" {y}"
        label = f"Before {mid_sentence(words[:1].upper() + words[1:])}{year}"
        return Dated(dated.start, "approximate", label, dated.specificity)
    if _APPROXIMATE.search(f"{before[-25:]} {text}"):  # "around 2027", "possibly in May"
        label = f"About {mid_sentence(dated.label)}"
        return Dated(dated.start, "approximate", label, dated.specificity)
    return dated


def _read_calendar(m: re.Match[str], y: int, edge: str) -> Dated:
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        label = _long_date(d)
        if m["t"]:
            label += f", {_PART.get(m['t'], m['t'])}"
        return Dated(d, "day", label, 0)
    if m["m"]:
        start = date(y, int(m["m"]), _EDGE_DAY.get(edge, 1))
        return Dated(start, "month", f"{edge}{MONTH_NAMES[int(m['m']) - 1]} {y}", 2)
    if m["w"] and m["we"]:
        d = date.fromisocalendar(y, int(m["w"]), 6)  # the weekend is its Saturday and Sunday
        label = f"Weekend of {_long_date(d)}"
        return Dated(d, "week", label, 1)
    if m["w"]:
        d = date.fromisocalendar(y, int(m["w"]), 1)
        label = f"Week of {_long_date(d)}"  # 2015-W01 starts in December 2014
        return Dated(d, "week", label, 1)
    if m["q"]:
        return Dated(date(y, (int(m["q"]) - 1) * 3 + 1, 1), "quarter", f"Q{m['q']} {y}", 3)
    if m["h"]:
        half = "First" if m["h"] == "1" else "Second"
        return Dated(date(y, 1 if m["h"] == "1" else 7, 1), "half", f"{half} half of {y}", 4)
    if m["s"]:
        name, month = _SEASON[m["s"]]
        return Dated(date(y, month, 1), "season", f"{name} {y}", 4)
    return Dated(date(y, _EDGE_MONTH.get(edge, 1), 1), "year", f"{edge}{y}", 5)


_EDGES = {"early": "Early ", "late": "Late ", "mid": "Mid ", "end": "End of ", "close": "End of "}
_EDGES |= {"beginning": "Start of ", "start": "Start of ", "middle": "Mid "}


_EDGE_DAY = {"Mid ": 11, "Late ": 21, "End of ": 28}
_EDGE_MONTH = {"Mid ": 5, "Late ": 9, "End of ": 9}
"""Where a part of a month or year sorts: "the end of the month" after its first days."""


def _edge(text: str) -> str:
    """ "early 1998" → "Early "; "the end of the month" → "End of "; the value drops the
    modifier, the label keeps it."""
    m = re.search(r"\b(early|late|mid|end|close|beginning|start|middle)\b", text, re.I)
    return _EDGES[m.group(1).lower()] if m else ""


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _read_unanchored(value: str, text: str) -> Dated:
    """A date whose year the text never gives ("Friday", "3 March"): kept, but not placed."""
    m = re.fullmatch(r"XXXX-(?:(\d\d)(?:-(\d\d))?|WXX-([1-7]))(?:T.*)?", value)
    if m and m[3] and _DEICTIC.search(text):
        label = f"{text[:1].upper()}{text[1:]}"  # "Last Monday", "next Tuesday"
    elif m and m[3]:
        label = f"{_WEEKDAY_NAMES[int(m[3]) - 1]} (undated)"
    elif m and m[1] and 1 <= int(m[1]) <= 12:
        label = MONTH_NAMES[int(m[1]) - 1]
        label = f"{int(m[2])} {label}" if m[2] else label
        label += " (year not given)"
    else:
        return Dated(None, "relative", f"{text[:1].upper()}{text[1:]} (undated)", 11)
    # A named day or month the year of which is unknown still says when the event fell
    # better than "now" or "a year earlier" beside it ("said on Friday that ...").
    return Dated(None, "relative", label, 9)


def _long_date(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


_COUNTED = _recache.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|"
    r"dozens?|hundreds?)\b.*\b(?:ago|earlier|later|before|after|since|from now|hence)\b",
    re.I,
)
"""A counted offset ("50 years ago", "three days later"): how far is known, from what is not."""


_DEICTIC = _recache.compile(r"\b(?:last|next|this|yesterday|tomorrow|today|tonight|coming)\b", re.I)
"""Words that count from the document's date: without one, "last year" says more than
"recently" would."""


def _read_ref(value: str, text: str, dct: date | None) -> Dated:
    """ "recently", "now", "in future"; an offset the text counts but cannot anchor keeps its
    own words, since "50 years ago" is anything but recent."""
    if dct is None and (_COUNTED.search(text) or _DEICTIC.search(text)):
        return Dated(None, "relative", f"{text[:1].upper()}{text[1:]}", 10)
    base = {"PAST_REF": "Recently", "PRESENT_REF": "Now", "FUTURE_REF": "In future"}[value]
    if dct is not None:
        rel = {"PAST_REF": "before", "PRESENT_REF": "as of", "FUTURE_REF": "after"}[value]
        base = f"{base} ({rel} {_long_date(dct)})"
    return Dated(None, "relative", base, 10)


def mid_sentence(label: str) -> str:
    """ "The 1990s" → "the 1990s" after "After"; month names and numbers keep their form."""
    first, _, rest = label.partition(" ")
    if first in ("End", "Start") and rest.startswith("of "):
        return f"the {first.lower()} {rest}"  # "Before the end of January 2012"
    if first in ("The", "Early", "Late", "Mid", "Week", "First", "Second", "Recently", "Now"):
        return f"{first.lower()} {rest}".rstrip()
    return label
