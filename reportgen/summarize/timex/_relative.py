"""Expressions that count from the document date: "last week", "Friday", "yesterday", "now"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import get_args

from reportgen import _recache
from reportgen.summarize.timex._anchor import (
    Cue,
    Grain,
    Point,
    add_months,
    month_near,
    sentence_around,
    weekday_near,
)
from reportgen.summarize.timex._lexicon import (
    PARTS_OF_DAY,
    SEASON_START,
    SEASONS,
    WEEKDAYS,
)
from reportgen.summarize.timex._state import (
    ResolverState,
    Result,
    TimexType,
    month_of,
    period,
    squash,
    unit_of,
    unknown_value,
    word_before,
)
from reportgen.summarize.timex._titles import opens_a_name

_ENDED = _recache.compile(r"\s+end(?:ed|ing)\b")
_IS_BEFORE = _recache.compile(r"\b(?:is|it's|today's)\s+$", re.I)
_SHARED_PLURAL = _recache.compile(
    r"\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s+"
    r"(?P<part>morning|afternoon|evening|night)s\b"
)
"""A second weekday whose plural part of day the first shares: "Monday and Tuesday nights"."""
_REL_OFFSET = {
    "this": 0,
    "the current": 0,
    "the": 0,
    "the entire": 0,
    "the whole": 0,
    "the full": 0,
    "the current fiscal": 0,
    "the fiscal": 0,
    "the calendar": 0,
    "the latest": -1,  # results news: "the latest fiscal year" is the last one completed
    "last": -1,
    "the past": -1,
    "the previous": -1,
    "the last": -1,
    "this past": -1,
    "next": 1,
    "the coming": 1,
    "the next": 1,
    "this coming": 1,
}


_BEFORE_EVENT = _recache.compile(
    r"\s+(?:before|after|leading\s+up\s+to|following)\s+(?:the|his|her|its|their|a)\b"
)
_GRAINS = get_args(Grain)
"""Grains from the finest: "the month before" needs a named month or day to count from."""
_FALL_OF = _recache.compile(r"\s+(?:of|in)\b(?!\s+(?:the\s+)?(?:1[89]|20)\d\d\b)")
"""After "fall", a word that makes it the noun for a collapse or drop, unless a year follows."""


class RelativeRules(ResolverState):
    """Relative words resolved against the dct, or left as honest PAST_REF/XXXX values."""

    # -- words that count from the document date -------------------------------------------

    def _relative(self, m: re.Match[str]) -> Result | None:
        det = squash(m["det"])
        unit = squash(m["unit"])
        early = self._relative_veto(m, det, unit)
        if early is not None:
            return early[0]
        anaphoric = det in ("the next", "the previous") and self.ref is not None
        if anaphoric and self._tense(m) == "past":
            # "signed in 1992. The next year, it was ratified": counted from the date last
            # named, as "the following year" is; "in the next year" ahead is counted from now
            det = "the following" if det == "the next" else "the preceding"
        base = self._relative_base(m, det, unit)
        if base is None or len(base) == 3:
            return base
        anchor, offset = base
        if m["season"]:
            return self._relative_season(m, det, unit, anchor, offset)
        weekend_past = unit == "weekend" and self._tense(m) != "future"
        return _relative_unit(unit, anchor, offset, weekend_past)

    def _relative_veto(self, m: re.Match[str], det: str, unit: str) -> tuple[Result | None] | None:
        """Readings settled before any counting: not a date at all, a span, or a unit beside
        "before"/"after"; wrapped in a 1-tuple so that "no date" differs from "go on"."""
        if det == "the" and unit not in ("weekend", "year", "week", "month") and not m["season"]:
            return (None,)
        if unit in ("year", "fiscal year") and _ENDED.match(self.text, m.end()):
            return (("DURATION", "P1Y", None),)  # "the year ended June 30" is a year's span
        if m["side"]:
            return (self._unit_beside_ref(unit, det, m["side"]),)
        if det == "the" and _BEFORE_EVENT.match(self.text, m.end()):
            return (None,)  # "the year before the war": a year counted from an event
        if det == "the past" and unit in ("decade", "century"):
            # "over the past decade": the ten years up to now, seldom the calendar decade before
            return (("DURATION", "P10Y" if unit == "decade" else "P100Y", None),)
        return None

    def _relative_base(
        self, m: re.Match[str], det: str, unit: str
    ) -> Result | tuple[date, int] | None:
        """The day a relative unit counts from and by how many units, or the value itself
        when there is nothing to count from."""
        if det in ("the following", "the preceding", "that", "the same"):
            base = self._ref_or_dct() if det != "that" else self.ref
            if base is None:
                return "DATE", unknown_value(unit, m["season"] is not None), None
            return base.day, {"the following": 1, "the preceding": -1}.get(det, 0)
        if det not in _REL_OFFSET:
            return None
        if det == "the" and unit in ("month", "week") and self._told_in_the_past_of_ref(m):
            # "went live on 2 September ... recovered by the end of the month": that month
            assert self.ref is not None
            return self.ref.day, 0
        offset = _REL_OFFSET[det]
        if self.dct is None:
            return "DATE", self._relative_ref(offset), None
        return self.dct, offset

    def _told_in_the_past_of_ref(self, m: re.Match[str]) -> bool:
        """ "the month" in a past story that last named a day or month of it is that month,
        not the one the document is written in."""
        ref = self.ref
        if ref is None or ref.grain not in ("day", "month") or m.start() - self.ref_end > 400:
            return False
        if (
            self.dct is not None
            and ref.day.year == self.dct.year
            and (ref.day.month == self.dct.month)
        ):
            return False
        return self._tense(m) == "past"

    def _relative_season(
        self, m: re.Match[str], det: str, unit: str, anchor: date, offset: int
    ) -> Result | None:
        """ "last summer", "the spring": a season counted from ``anchor``."""
        if _SEASON_NAME_GOES_ON.match(self.text, m.end()):
            return None  # "the Summer Olympics", "the Winter Palace": a name
        ref = self.ref
        if m["ofyear"] and det == "the":
            return self._season_of_year(SEASONS[unit], squash(m["ofyear"]))
        if det == "the" and ref is not None and ref.grain == "year":
            left, _ = sentence_around(self.text, m.start(), m.end())
            if self.ref_end > left:  # "some time in 2025, possibly in the summer"
                anchor, offset = ref.day, 0
        season = SEASONS[unit]
        y = anchor.year
        start = SEASON_START[season]
        if offset < 0:
            y -= start >= anchor.month
        elif offset > 0:
            y += start <= anchor.month
        elif det == "the" and self.dct is not None and anchor == self.dct:
            # "will begin in the spring", written in October: the spring to come
            tense = self._tense(m)
            if tense == "future" and start + 2 < anchor.month:
                y += 1
            elif tense == "past" and start > anchor.month:
                y -= 1
        return "DATE", f"{y:04d}-{season}", None

    def _season_of_year(self, season: str, of_year: str) -> Result | None:
        """ "the spring of that year", "the summer of last year": that year's season."""
        which = of_year.removeprefix("of ").removesuffix(" year")
        if which in ("last", "next", "this"):
            base = self.dct
            step = {"last": -1, "next": 1, "this": 0}[which]
        else:
            point = self._ref_or_dct() if which != "that" else self.ref
            base = point.day if point is not None else None
            step = {"the following": 1, "the previous": -1}.get(which, 0)
        if base is None:
            return "DATE", f"XXXX-{season}", None
        y = base.year + step
        return "DATE", f"{y:04d}-{season}", Point(date(y, SEASON_START[season], 1), "year")

    def _unit_beside_ref(self, unit: str, det: str, side: str) -> Result | None:
        """ "down from $450 million the year before": the year before the one the text last
        named, not this one; with no date named before, the year is unknown."""
        if det != "the" or unit not in ("year", "month", "week"):
            return None
        step = -1 if squash(side) in ("before", "earlier") else 1
        ref = self.ref
        if ref is None or _GRAINS.index(ref.grain) > _GRAINS.index(unit):
            return "DATE", unknown_value(unit, False), None
        match unit:
            case "week":
                p = Point(ref.day + timedelta(weeks=step), "week")
            case "month":
                p = Point(add_months(ref.day, step), "month")
            case _:
                p = Point(date(ref.day.year + step, 1, 1), "year")
        return "DATE", p.value(), p

    def _year_end(self, m: re.Match[str]) -> Result | None:
        """TIMEX3 writes "by year end" as the year itself (the end goes in ``mod``)."""
        if self.dct is None:
            return "DATE", "XXXX", None
        return "DATE", f"{self.dct.year:04d}", None

    def _deictic(self, m: re.Match[str]) -> Result | None:
        word = m["word"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        part = PARTS_OF_DAY.get(m["part"].lower()) if m["part"] else None
        if word == "tonight":
            part = "NI"
        if self.dct is None:
            return ("TIME" if part else "DATE"), self._relative_ref(offset), None
        d = self.dct + timedelta(days=offset)
        if part:
            return "TIME", f"{d.isoformat()}T{part}", None
        return "DATE", d.isoformat(), Point(d, "day")

    def _anaphoric_day(self, m: re.Match[str]) -> Result | None:
        """ "that day", "the next morning", "earlier that day": counted from the day the text
        last named. After a month or a year ("protests erupted in March 2011 ... the next
        day") it is a day of that month or year, and with no date before, a day unknown."""
        if m["unit3"]:
            return self._around_event(m)
        unit = (m["unit"] or m["unit2"]).lower()
        part = "" if unit == "day" else f"T{PARTS_OF_DAY[unit]}"
        unknown: Result = ("TIME" if part else "DATE"), f"XXXX-XX-XX{part}", None
        if self.ref is None:
            return unknown
        if self.ref.grain != "day":
            return "DATE", self.ref.value(), None
        left, right = sentence_around(self.text, m.start(), m.end())
        if _GENERIC.search(self.text, left, right):
            # "several instances where ... violence erupted again the next day": the day after
            # each of them, not after the day the text last named.
            return unknown
        det = squash(m["det"] or m["side"]).removeprefix("the ")
        offset = _DAY_STEP.get(det, 0)
        d = self.ref.day + timedelta(days=offset)
        if part:
            return "TIME", f"{d.isoformat()}{part}", None
        return "DATE", d.isoformat(), Point(d, "day")

    def _around_event(self, m: re.Match[str]) -> Result | None:
        """ "the day after his death": a day from the event news dates as it tells it, so
        from the day the text last named; with none named, an unknown day."""
        ref = self.ref
        if ref is None or ref.grain != "day":
            return "DATE", "XXXX-XX-XX", None
        # "Oct. 12, the day before the plunge": an apposition names the same day again
        restated = self.text[self.ref_end : m.start()].strip() == ","
        step = 0 if restated else 1 if m["side3"].lower() == "after" else -1
        d = ref.day + timedelta(days=step)
        return "DATE", d.isoformat(), Point(d, "day")

    def _nth_day(self, m: re.Match[str]) -> Result | None:
        """ "Today is the eighth day of the strike": the day the text is written."""
        if not _IS_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
            return None  # "the third day of talks" elsewhere counts from an unknown start
        if self.dct is None:
            return "DATE", "PRESENT_REF", None
        return "DATE", self.dct.isoformat(), Point(self.dct, "day")

    def _part_of_day(self, m: re.Match[str]) -> Result | None:
        if m["over"] and _LOAN_AFTER.match(self.text, m.end()):
            return None  # "the overnight rate": a loan's term, not last night
        if m["over"]:
            part, offset = "NI", 0
        elif m["mid"]:
            part = PARTS_OF_DAY[m["mid"].lower().split("-")[-1].split()[-1]]
            offset = {"yesterday": -1, "tomorrow": 1}.get((m["midday"] or "").lower(), 0)
        else:
            part = PARTS_OF_DAY[m["part"].lower()]
            det = m["det"].lower()
            offset = {"this": 0, "tomorrow": 1, "yesterday": -1}.get(det, -1)
            if det == "last" and part != "NI":
                offset = -1
        if self.dct is None:
            return "TIME", f"XXXX-XX-XXT{part}", None
        return "TIME", f"{(self.dct + timedelta(days=offset)).isoformat()}T{part}", None

    def _weekday(self, m: re.Match[str]) -> Result | None:
        n = WEEKDAYS[m["wd"].lower()]
        part = PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
        rel = squash(m["rel"] or "")
        shared = None if part or m["plural"] else _SHARED_PLURAL.match(self.text, m.end())
        if shared is not None:  # "on Monday and Tuesday nights": both are every such night
            part = PARTS_OF_DAY[shared["part"].lower()]
        if m["plural"] or m["plural2"] or rel in ("every", "each") or shared is not None:
            return "SET", f"XXXX-WXX-{n}" + (f"T{part}" if part else ""), None
        kind: TimexType = "TIME" if part else "DATE"
        if self.dct is None:
            return kind, f"XXXX-WXX-{n}" + (f"T{part}" if part else ""), None
        if rel in ("the previous", "the preceding", "the following"):
            # "the previous Friday": the one before the day the text last named.
            base = self._ref_day() or self.dct
            step = -1 if rel != "the following" else 1
            d = weekday_near(base + timedelta(days=step), n, Cue("past" if step < 0 else "future"))
        elif rel in ("last", "this past"):
            d = weekday_near(self.dct - timedelta(days=1), n, Cue("past"))
        elif rel in ("next", "this coming"):
            d = weekday_near(self.dct + timedelta(days=1), n, Cue("future"))
        else:
            d = weekday_near(self.dct, n, self._weekday_cue(m))
        if part:
            return kind, f"{d.isoformat()}T{part}", None
        return kind, d.isoformat(), Point(d, "day")

    def _weekday_cue(self, m: re.Match[str]) -> Cue:
        """ "postponed until Tuesday": a deadline lies ahead unless the sentence says plainly
        that it has passed ("had been extended until Friday")."""
        cue = self._tense_cue(m)
        before = self._word_before(m)
        put_off = _POSTPONED.search(self.text, max(0, m.start() - 45), m.start())
        if before in _UNTIL | {"to"} and put_off and not put_off["had"]:
            # "was postponed until Thursday": put off to a day ahead; "had been extended
            # until Tuesday, and it lapsed" tells of a day already past
            return Cue("future")
        if cue.tense == "past" and (cue.plainly_past or before in _UNTIL):
            return cue  # "lasted until Friday": over
        if before in _UNTIL:
            return Cue("future")
        return cue

    def _clock(self, m: re.Match[str]) -> Result | None:
        if _RESTATED.search(self.text, max(0, m.start() - 30), m.start()):
            return None  # "10:35 a.m. (0735 GMT)": the same time again, in another zone
        clock = m["clock"].lower()
        if clock == "noon" and self._word_before(m) == "high":
            return None  # "high noon comes today": a showdown, not twelve o'clock
        if clock in ("noon", "midday"):
            hh, mm = 12, 0
        elif clock == "midnight":
            hh, mm = 24, 0
        else:
            digits = re.findall(r"\d+", clock)
            if len(digits[0]) == 4:
                digits = [digits[0][:2], digits[0][2:]]  # "0600 GMT"
            hh, mm = int(digits[0]), int(digits[1]) if len(digits) > 1 else 0
            if " in the " in clock:  # "4 in the morning", "8 in the evening"
                if not clock.endswith("morning") and hh < 12:
                    hh += 12
            elif "p" in clock and hh < 12:
                hh += 12
            elif "a" in clock and hh == 12:
                hh = 0
            elif hh < 12 and squash(m.groupdict().get("word") or "") in _LATE_WORDS:
                hh += 12  # "at 9:15 last night"
            if hh > 24 or mm > 59:
                return None
        day, point = self._clock_day(m)
        return "TIME", f"{day}T{hh:02d}:{mm:02d}", point

    _clock_after = _clock

    def _clock_day(self, m: re.Match[str]) -> tuple[str, Point | None]:
        """The day of a clock time, and that day as a point when the text names it beside the
        time ("10 p.m. on Oct. 23"), so a later bare time ("at 11 p.m.") falls on it too."""
        groups = m.groupdict()
        month_name = groups.get("mon") or groups.get("mon2")
        month = month_of(month_name) if month_name else 0
        day = int(groups.get("day") or groups.get("day2") or 0)
        if self.dct is None:
            if month and groups.get("year"):
                try:
                    written = date(int(m["year"]), month, day)
                except ValueError:
                    return "XXXX-XX-XX", None
                return written.isoformat(), Point(written, "day")
            if month:
                return f"XXXX-{month:02d}-{day:02d}", None
            if groups.get("wd") and m["wd"].lower() in WEEKDAYS:
                return f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}", None
            return "XXXX-XX-XX", None
        word = squash(groups.get("word") or groups.get("wd") or "")
        named: date | None = None
        if word == "last night":
            named = self.dct - timedelta(days=1)
        elif word.startswith("this ") or word in ("today", "tonight"):
            named = self.dct
        elif word in WEEKDAYS:
            named = weekday_near(self.dct, WEEKDAYS[word], self._weekday_cue(m))
        elif word in ("yesterday", "tomorrow"):
            named = self.dct + timedelta(days=-1 if word == "yesterday" else 1)
        elif month:
            y = int(m["year"]) if groups.get("year") else None
            y = y or month_near(self.dct, month, self._tense(m), day)
            try:
                named = date(y, month, day)
            except ValueError:
                return self.dct.isoformat(), None
        if named is not None:
            return named.isoformat(), Point(named, "day")
        # A bare clock time belongs to the day last named, else to the document's date.
        return (self._ref_day() or self.dct).isoformat(), None

    def _ref(self, m: re.Match[str]) -> Result | None:
        if m["recent"]:
            # "in recent years" and "in the coming weeks" are stretches of time reaching back
            # from now or on from it, of unstated length, like "the past few weeks".
            return "DURATION", period(None, *unit_of(m["unit"])), None
        if m["present"]:
            return "DATE", "PRESENT_REF", None
        if m["past"]:
            return "DATE", "PAST_REF", None
        return "DATE", "FUTURE_REF", None

    def _holiday(self, m: re.Match[str]) -> Result | None:
        if _NAME_GOES_ON.match(self.text, m.end()):
            return None  # "the Good Friday Agreement", "the Easter Rising": a name, not a day
        name = squash(m["name"])
        if m["year"]:  # "Christmas 1998"
            d = _holiday_date(name, int(m["year"]))
            return "DATE", d.isoformat(), Point(d, "day")
        if self.dct is None:
            if m["week"]:
                return "DATE", "XXXX-WXX", None
            one, other = _holiday_date(name, 2001), _holiday_date(name, 2002)
            fixed = (one.month, one.day) == (other.month, other.day)  # Christmas, not Easter
            return "DATE", f"XXXX-{one.month:02d}-{one.day:02d}" if fixed else "XXXX-XX-XX", None
        dct = self.dct
        rel = (m["rel"] or "").lower()
        tense = {"last": "past", "next": "future"}.get(rel) or self._tense(m)
        years = (dct.year - 1, dct.year, dct.year + 1)
        days = [_holiday_date(name, y) for y in years]
        reach = timedelta(days=6 if m["week"] else 0)  # a holiday's week under way is not future
        if not rel and self._word_before(m) in _DEADLINE_BEFORE:
            # "hoped to reach a deal before Christmas", written in November: this Christmas
            cue = self._tense_cue(m)
            soon = timedelta(0) <= days[1] - dct <= timedelta(days=120)
            if soon and not (cue.tense == "past" and cue.plainly_past):
                tense = "future"
        if tense == "past":
            d = max((d for d in days if d - reach <= dct), default=days[1])
        elif tense == "future":
            d = min((d for d in days if d + reach >= dct), default=days[1])
        else:
            d = min(days, key=lambda d: abs(d - dct))  # "after weak Christmas" in January
        if m["week"]:
            return _holiday_week(d, weekend=bool(m["we"]))
        return "DATE", d.isoformat(), Point(d, "day")


_NAME_GOES_ON = _recache.compile(
    r"\s+(?:agreements?|accords?|rising|uprising|offensive|islands?|parade|truce|trees?|"
    r"cards?|carols?|decorations?|lights|ornaments?|presents?|gifts?|crackers?|pudding|"
    r"stockings?|songs?|movie|film)\b",
    re.I,
)
_HOLIDAY_HEADS = frozenset({"good", "palm", "easter"})
_DAY_NAME_HEADS = frozenset({"black", "bloody", "super", "cyber", "man", "mr.", "mrs.", "ms."})
"""Words that make a weekday the name of one day in history or trade ("Black Monday",
"Bloody Sunday", "Super Tuesday") or of a person ("man Friday", "Mr. Friday"), not a day
this week."""
_TITLE_GOES_ON = _recache.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Observer|Star|Sport|Sun|"
    r"Independent|Review|Magazine|Club|Night\s+Football)\b"
)
"""What follows a weekday that names a newspaper or a club ("The Sunday Times")."""
_SEASON_NAME_GOES_ON = _recache.compile(
    r"\s+(?:Olympics?|Paralympics|Games|Palace|Universiade|Festival|Classic|Cup)\b"
)
"""What follows a capitalised season that is part of a name ("the Winter Olympics")."""
_RESTATED = _recache.compile(r"(?:[ap]\.?m\b\.?|o'clock|GMT|UTC|local\s+time)\s*\(\s*$", re.I)
_GENERIC = _recache.compile(
    r"\b(?:instances|occasions|whenever|each\s+time|every\s+time|often|usually|typically|"
    r"sometimes|repeatedly)\b",
    re.I,
)
"""Words that make a sentence tell of what happens again and again, not of one day."""
_UNTIL = frozenset({"until", "till", "by"})
_DEADLINE_BEFORE = _UNTIL | {"before"}
_LOAN_AFTER = _recache.compile(
    r"\s+(?:rates?|loans?|lending|borrowing|funds?|money|deposits?|repos?)\b"
)
_POSTPONED = _recache.compile(
    r"(?P<had>\bhad\s+(?:been\s+)?)?"
    r"\b(?:postponed|delayed|adjourned|deferred|rescheduled|extended|moved|pushed\s+back|"
    r"put\s+(?:off|back)|brought\s+forward)\b[^.;!?]{0,25}$",
    re.I,
)
"""Verbs that put an event off to a day still ahead of the putting off."""
_DAY_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
"""Days from the day last named: "the next day", "the day before"."""
_LATE_WORDS = frozenset({"last night", "tonight", "this evening", "this afternoon"})
"""After a clock time without a.m. or p.m., they put it past noon."""


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    first = date(y, month, 1)
    d = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = add_months(first, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday_week(d: date, weekend: bool) -> Result:
    """ "Christmas week" is the week holding the day. A holiday's weekend is the one it falls
    in, or for a Monday holiday the one before it ("Labor Day weekend")."""
    if weekend:
        # Saturday of: the weekend before a Monday, this one for Saturday or Sunday, else the next.
        d += timedelta(days=(-2, 4, 3, 2, 1, 0, -1)[d.weekday()])
    point = Point(d - timedelta(days=d.weekday()), "week")
    return "DATE", point.value() + ("-WE" if weekend else ""), point


def _easter(y: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return date(y, month, (h + ell - 7 * m + 33 * month + 19) % 32)


_EASTER_OFFSET = {
    "easter": 0,
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
    "palm sunday": -7,
}


def _holiday_date(name: str, y: int) -> date:
    if name in _EASTER_OFFSET:
        return _easter(y) + timedelta(days=_EASTER_OFFSET[name])
    if name.startswith("christmas"):
        return date(y, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return date(y, 12, 31) if name.endswith("eve") else date(y, 1, 1)
    if name.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 4, 4)
    if name.startswith("labor"):
        return _nth_weekday(y, 9, 1, 1)
    if name.startswith("memorial"):
        return _nth_weekday(y, 5, 1, -1)
    fixed = {
        "independence": (7, 4),
        "halloween": (10, 31),
        "valentine": (2, 14),
        "veterans": (11, 11),
    }
    month, day = next(v for k, v in fixed.items() if name.startswith(k))
    return date(y, month, day)


def _relative_unit(unit: str, anchor: date, offset: int, weekend_past: bool) -> Result:
    """A week, weekend, month, year, decade or century ``offset`` units from ``anchor``."""
    match unit:
        case "week" | "weekend":
            weeks = offset
            if unit == "weekend" and offset == 0 and anchor.isoweekday() <= 3:
                weeks -= weekend_past  # early in a week, "the weekend" is past
            p = Point(anchor + timedelta(weeks=weeks), "week")
            return "DATE", p.value() + ("-WE" if unit == "weekend" else ""), p
        case "month":
            p = Point(add_months(anchor, offset), "month")
            return "DATE", p.value(), p
        case "decade":
            return "DATE", f"{anchor.year // 10 + offset:03d}", None
        case "century":
            return "DATE", f"{anchor.year // 100 + offset:02d}", None
    p = Point(date(anchor.year + offset, 1, 1), "year")
    return "DATE", p.value(), p


def holiday_weekday(text: str, m: re.Match[str]) -> bool:
    """ "Good Friday" is a holiday, "the Good Friday Agreement" a name: no weekday of this week."""
    return not m["rel"] and word_before(text, m.start()) in _HOLIDAY_HEADS


def names_a_day(text: str, m: re.Match[str]) -> bool:
    """ "Black Monday", "The Sunday Times", "Clinton Monday" is not, "Sunday Politics" is:
    a weekday that is part of a name, not a day of this week."""
    if m["rel"] or m["part"]:
        return False
    if word_before(text, m.start()) in _DAY_NAME_HEADS or _TITLE_GOES_ON.match(text, m.end()):
        return True
    return opens_a_name(text, m.start(), m.end(), weekday=True)


def fall_as_a_collapse(text: str, m: re.Match[str]) -> bool:
    """ "the fall of the regime", "a fall in prices": a collapse, not autumn."""
    unit = m.groupdict().get("unit")
    det = m.groupdict().get("det")
    if unit is None or det is None or squash(det) != "the" or squash(unit) != "fall":
        return False
    return _FALL_OF.match(text, m.end()) is not None
