"""A date as a header field or document property states it ("3 March 2025", "2025-03-03")."""

from __future__ import annotations

from datetime import date

from reportgen import _recache

_MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_ISO = _recache.compile(r"(\d{4})-(\d\d)-(\d\d)")
_DAY_MONTH = _recache.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_MONTH_DAY = _recache.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def _made(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if 1900 <= found.year <= 2100 else None


def stated_date(value: str) -> date | None:
    """The first whole calendar date written in ``value``; None when it names none.

    Numeric day/month orders ("03/04/2025") are left alone: which is the month is a guess.
    """
    if m := _ISO.search(value):
        return _made(int(m[1]), int(m[2]), int(m[3]))
    if (m := _DAY_MONTH.search(value)) and m[2].lower() in _MONTHS:
        return _made(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    if (m := _MONTH_DAY.search(value)) and m[1].lower() in _MONTHS:
        return _made(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    return None
