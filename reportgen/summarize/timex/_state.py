"""The state normalisation carries along a text, shared by the rule families."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from reportgen import _recache
from reportgen.summarize.timex._anchor import (
    Cue,
    Point,
    Tense,
    add_months,
    tense_cue_at,
)
from reportgen.summarize.timex._lexicon import (
    MONTHS,
    SEASONS,
    UNITS,
)

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Result = tuple[TimexType, str, Point | None]
"""Type, value, and the calendar point later anaphoric expressions may count from (or None)."""

QUARTER_REACH = 1000
"""Characters after a named quarter within which "a year ago" still means that quarter: an
earnings report compares its quarter with the year-ago one for paragraphs on end, until it
names a longer period ("the first nine months")."""

_UNKNOWN_DAY = _recache.compile(r"XXXX-\d\d-\d\d(?:T.*)?")
_LONGER_PERIOD = _recache.compile(r"P(?:[6-9]M|1[0-2]M|1Y)")
"""Periods an earnings report names after its quarter: a later "a year ago" compares them."""


def month_of(word: str) -> int:
    """ "Sept." → 9, "January" → 1."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def unit_of(word: str) -> tuple[str, int, bool]:
    """ "weeks" → ("W", 1, False): the TIMEX3 letter, its multiplier, whether a clock unit."""
    key = word.lower()
    key = key[:-1] if key.endswith("s") and key[:-1] in UNITS else key
    return UNITS.get(key, ("Y", 100, False))


def period(n: float | None, letter: str, mult: int, is_time: bool) -> str:
    """P3Y, PT2H, PXD; a half unit is written in the next smaller unit (P2Y6M, PT1M30S)."""
    prefix = "PT" if is_time else "P"
    if letter == "WE":
        letter, mult = "D", 2 * mult
    if n is None:
        # Decades count in years whether their number is stated or not ("decades-long" is
        # PXY beside "two decades", P20Y); an unstated number of centuries keeps its own unit.
        return f"{prefix}X{'C' if mult == 100 else letter}"
    if letter == "Q":
        letter, mult = "M", 3 * mult  # TimeBank writes "the next three quarters" as P9M
    total = n * mult  # "half a century" is P50Y, "two and a half decades" P25Y
    whole = int(total)
    if total != whole:
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if letter in smaller and not (is_time and letter == "M"):
            small, k = smaller[letter]
            rest = round((total - whole) * k)
            t = "T" if small == "H" and not is_time else ""
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{t}{rest}{small}"
        if is_time and letter == "M":
            head = f"{whole}M" if whole else ""
            return f"PT{head}{round((total - whole) * 60)}S"
    return f"{prefix}{whole}{letter}"


def squash(text: str) -> str:
    """Lower case with single spaces, for comparing the words of a match."""
    return " ".join(text.lower().split())


def _quarter_start(value: str) -> date:
    """ "1989-Q3" → 1 July 1989."""
    return date(int(value[:4]), (int(value[-1]) - 1) * 3 + 1, 1)


class ResolverState:
    """What normalising remembers while it reads left to right, and the helpers rules share."""

    def __init__(
        self,
        text: str,
        dct: date | None,
        tenses: dict[tuple[int, int], Cue] | None = None,
    ) -> None:
        self.text = text
        self.dct = dct
        self.tenses = {} if tenses is None else tenses
        """Tense per span, shared between passes over the same text."""
        self.ref: Point | None = None
        """The last calendar point resolved in the text: what "that year" and "later" count from."""
        self.ref_end = -1
        self.quarters: Counter[str] = Counter()
        """Quarters named so far: in earnings news "a year ago" means the reported quarter then."""
        self.quarter_end: int | None = None
        """Where the last quarter named ends; None before one, or once a longer period is named."""
        self._at = 0

    def resolve(
        self, handler: Callable[[Any, re.Match[str]], Result | None], m: re.Match[str]
    ) -> tuple[TimexType, str] | None:
        """The (type, value) of one span, or None when the span turns out not to be temporal.

        ``handler`` is the rule's resolver (see ``_rules``), called with this state."""
        self._at = m.start()
        try:
            result = handler(self, m)
        except (ValueError, OverflowError):
            return None  # a date the calendar cannot hold ("February 30", a dct near year 9999)
        if result is None:
            return None
        kind, value, point = result
        if point is not None:
            self.ref, self.ref_end = point, m.end()
            if point.grain == "quarter":
                self.quarters[point.value()] += 1
                self.quarter_end = m.end()
        elif _UNKNOWN_DAY.fullmatch(value):
            # "told the Commons on 10 December that the vote, set for the following day":
            # a day the text names without its year, so no older date is what follows it
            self.ref = None
        elif kind == "DURATION" and _LONGER_PERIOD.fullmatch(value):
            self.quarter_end = None  # "the first nine months ... a year earlier": not the quarter
        return kind, value

    # -- helpers ---------------------------------------------------------------------------

    def _tense(self, m: re.Match[str]) -> Tense:
        return self._tense_cue(m).tense

    def _tense_cue(self, m: re.Match[str]) -> Cue:
        """The tense of the match's sentence as read by :func:`tense_cue_at`, computed once."""
        key = m.span()
        if key not in self.tenses:
            self.tenses[key] = tense_cue_at(self.text, *key)
        return self.tenses[key]

    def _word_before(self, m: re.Match[str]) -> str:
        """The word right before the match, lower-cased ("" at the start of the text)."""
        return word_before(self.text, m.start())

    def _ref_day(self) -> date | None:
        """The day the text last named, when the last date it gave was a day."""
        return self.ref.day if self.ref is not None and self.ref.grain == "day" else None

    def _ref_or_dct(self) -> Point | None:
        if self.ref is not None:
            return self.ref
        return Point(self.dct, "day") if self.dct else None

    def _main_quarter(self) -> Point | None:
        """The quarter the text has named most, or None. On a tie, the one nearest the quarter
        before the dct's: a report names the quarter it reports beside others it compares
        ("after a flat second quarter")."""
        if self.quarter_end is None or self._at - self.quarter_end > QUARTER_REACH:
            return None
        top = max(self.quarters.values())
        tied = [_quarter_start(v) for v, c in self.quarters.items() if c == top]
        this_q = self._this_quarter()
        if this_q is None:
            return Point(tied[-1], "quarter")
        reported = add_months(this_q.day, -3)  # news reports the quarter just ended
        return Point(min(tied, key=lambda d: abs((d - reported).days)), "quarter")

    def _relative_ref(self, offset: int) -> str:
        return ("PAST_REF", "PRESENT_REF", "FUTURE_REF")[max(-1, min(1, offset)) + 1]

    def _day_value(self, y: int | None, month: int, day: int) -> Result | None:
        if not 1 <= day <= 31:
            return None
        if y is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        return "DATE", d.isoformat(), Point(d, "day")

    def _this_quarter(self) -> Point | None:
        if self.dct is None:
            return None
        return Point(date(self.dct.year, (self.dct.month - 1) // 3 * 3 + 1, 1), "quarter")


def word_before(text: str, start: int) -> str:
    """The word right before ``start``, lower-cased ("" at the start of the text)."""
    words = text[max(0, start - 12) : start].lower().split()
    return words[-1] if words else ""


def unknown_value(unit: str, season: bool) -> str:
    """ "that week" with no date named before it: a week of an unknown year, not a year."""
    if season:
        return f"XXXX-{SEASONS[unit]}"
    return {"month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}.get(unit, "XXXX")
