"""The year a document is written in, when no document date is given, and its header lines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.summarize._when import MONTH_NAMES
from reportgen.summarize.timex import Timex

_DATED_TYPES = ("DATE", "TIME")


def header_lines(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Sentences that are a memo's or a letter's header fields ("To:", "From:", "Date:",
    "Subject:"): they address the document, and tell nothing that happened."""
    return frozenset(s.index for s in sentences if _HEADER_FIELD.match(s.text))


_HEADER_FIELD = _recache.compile(
    r"\s*(?:To|From|Date|Sent|Subject|Re|Cc|Bcc|Attn|Ref|Our\s+ref|Your\s+ref|Memo(?:randum)?"
    r"(?:\s+(?:to|from))?|Prepared\s+by|Author)\s*:",
    re.I,
)


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


def header_day(timexes: Sequence[Timex], header: Sentence | None) -> date | None:
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


def dated_header(sentences: Sequence[Sentence], skip: frozenset[int]) -> Sentence | None:
    """A memo's or a letter's "Date:" line, among the lines the caller left out."""
    return next((s for s in sentences if s.index in skip and _DATE_FIELD.match(s.text)), None)


_DATE_FIELD = _recache.compile(r"\s*(?:Date|Sent|Dated)\s*:", re.I)


_YEARLESS = _recache.compile(r"XXXX(?=-\d\d(?:-\d\d)?(?:T.*)?$)")
_DAY_MONTH = _recache.compile(
    r"\b(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]+)|"
    r"(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})\b)"
)
_YEARS_AGO = _recache.compile(
    r"(?:\w+\s+){0,2}?(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"years?\s+ago",
    re.I,
)
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def in_year(t: Timex, year: int, near: date | None = None) -> str | None:
    """The value of a date the text writes without its year, in the document's ``year``:
    "3 March", "the weekend of 7 December", "nearly 50 years ago"; None if it has none."""
    if _YEARLESS.match(t.value):
        if near is not None:  # "reopen on 2 January", in a memo dated 4 November 2024: 2025
            year = min((near.year - 1, near.year, near.year + 1), key=lambda y: _gap(t, y, near))
        return _YEARLESS.sub(f"{year:04d}", t.value)
    if t.value in ("XXXX-WXX", "XXXX-WXX-WE"):
        m = _DAY_MONTH.search(t.text)
        name = (m["m"] or m["m2"]) if m else None
        if m is None or name not in MONTH_NAMES:
            return None
        try:
            day = date(year, MONTH_NAMES.index(name) + 1, int(m["d"] or m["d2"]))
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
