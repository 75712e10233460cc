"""Explicit calendar dates, years, decades and quarters: "22 February 2012", "fiscal 1998"."""

from __future__ import annotations

import re
from datetime import date

from reportgen import _recache
from reportgen.summarize.timex._anchor import (
    FAR_VERB_WEIGHT,
    TENSE_WEIGHT,
    VERB_WEIGHT,
    Grain,
    Point,
    Side,
    add_months,
    month_near,
    sentence_around,
    side_of,
)
from reportgen.summarize.timex._lexicon import (
    FULL_MONTHS,
    MONTH,
    SEASON_START,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    parse_ordinal,
    parse_spelled_year,
)
from reportgen.summarize.timex._state import (
    ResolverState,
    Result,
    month_of,
    squash,
    unknown_value,
    word_before,
)
from reportgen.summarize.timex._titles import opens_a_name

_YEAR_AFTER = _recache.compile(r"-(\d{4})\b")
_STREET_AFTER = _recache.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Lane|Way|Place|Court|Highway|Parkway)"
)
_QUANTIFIER_BEFORE = _recache.compile(
    r"(?<!since\s)(?<!from\s)(?<!until\s)(?<!in\s)(?<!by\s)"
    r"\b(?:about|some|nearly|almost|around|approximately|roughly|more\s+than|fewer\s+than|"
    r"less\s+than|at\s+least|up\s+to|an\s+estimated|another)\s+$",
    re.I,
)
_LABEL_BEFORE = _recache.compile(
    r"\b(?:Model|Series|Flight|Room|Rule|Section|Article|Chapter|Route|Highway|Interstate|"
    r"Suite|Gate|Platform|Version|Windows|Office|No\.|Number|Bus|Train|Channel|Phase)\s+$"
)
_TAKES_A_YEAR = frozenset(
    {"in", "since", "of", "by", "until", "from", "through", "to", "and", "fiscal", "class"}
    | {"summer", "winter", "spring", "autumn", "fall", "early", "late", "mid"}
)
_HISTORIC_BEFORE = _recache.compile(r"\b(?:in|since|until|till|from|circa|c\.|around)\s+$", re.I)
_NOUN_AFTER = _recache.compile(
    r"\s+(?:(?!(?:across|as|is|was|has|this|its|his|towards|always|perhaps|thus|unless|"
    r"whereas|besides)\b)[a-z]+s\b(?!')|[a-z]+(?:\s+[a-z]+)?\s+(?:of|per)\b)"
)
"""A lower-case plural or a measure after a number counts something: "in 1500 cases"."""
_PLURAL_AFTER = _recache.compile(r"\s+[a-z]+s\b(?!')")
"""With a quantifier before it, a number before a plural noun counts: "about 2000 fans"."""
_YEAR_BEFORE = _recache.compile(r"(?<!\d)(\d{4})-$")
_OPENS_SENTENCE = _recache.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:On|In|By|Late|Early)\s+)?(?:the\s+(?:night|morning|evening|"
    r"afternoon|eve)\s+of\s+)?$"
)
"""Words that may stand before a date opening a sentence: "On", "On the night of"."""
_BEFORE_MAY = frozenset(
    ("in", "of", "since", "until", "by", "from", "through", "before", "after", "during", "early")
)
_FULL_MONTHS = frozenset(FULL_MONTHS)
_DEADLINE_WORDS = frozenset(("to", "until", "till", "by", "through", "before", "past"))
"""Words before a month that make it a deadline, which a past verb may still point ahead to
("was extended to November")."""
_ARTICLES = frozenset(("the", "a", "an", "its", "their", "his", "her", "our"))
"""Words before a date that make it qualify the noun after it ("the Jan. 14 deadline")."""
_EVENT_NAME_AFTER = _recache.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")
"""What follows a month name that is the name of an event ("the March for Life")."""
_EVENT_NAME_BEFORE = frozenset(("the", "a", "an", "annual", "yearly"))
_OPEN_QUOTES = ("`", "'", '"', "\u201c")
_ENDED = _recache.compile(rf"\s+(?:ended|ending)\s+(?P<mon>{MONTH})\s*\d")
"""The end date after "the quarter": a three-month quarter ending in a month lies mostly in
the calendar quarter of the month before."""
_WEEKDAY_LEAD = _recache.compile(
    rf"\b(?P<wd>(?-i:{WEEKDAY}))\b(?:\s+[a-z]+){{0,2}}\s+on\s+(?:the\s+)?$"
)
"""A weekday a word or two before "on" and a date, in one clause: "Friday prayers on"."""
_PLUPERFECT = _recache.compile(
    r"\bhad\s+(?:(?:already|not|never|just|been)\s+)?(?!to\b|been\b)"
    r"(?!(?:set|scheduled|planned|expected|slated|due|supposed|intended|meant|agreed)\b)"
    r"[a-z]+(?:ed|en|wn|t)\b(?!\s+(?:to|for)\b)"
)
"""A pluperfect ("had reached", "had been killed") tells of what was over before the
document was written, unless what had been done was to plan it ("had been set to expire")."""
_PLUPERFECT_REACH = 50
"""Characters between a date and the pluperfect that tells it ("By mid-May, the death toll
had reached"); one further off belongs to another clause."""
_DECADE_WORDS = ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")


class CalendarRules(ResolverState):
    """Dates the text writes out, and quarters, which earnings news names constantly."""

    # -- explicit calendar dates -----------------------------------------------------------

    def _date_mdy(self, m: re.Match[str]) -> Result | None:
        groups = m.groupdict()
        mon, day_word = (m["mon"], m["day"]) if m["mon"] else (groups["mon2"], groups["day2"])
        day_word = groups.get("first") or day_word  # "3-6 June 2011" begins on 3 June
        month, day = month_of(mon), parse_ordinal(day_word)
        if day is None:
            return None
        if m["year"]:
            return self._day_value(int(m["year"]), month, day)
        if m.groupdict().get("yy"):
            # A web timestamp: "05 February 12 01:10 GMT" is 5 February 2012.
            yy = int(m["yy"])
            return self._day_value(yy + (2000 if yy <= 30 else 1900), month, day)
        if self.dct is None:
            return self._day_value(None, month, day)
        rel = squash(m.groupdict().get("mrel") or "")
        if rel:
            return self._nearest_such_day(month, day, later=rel in ("next", "this coming"))
        wd = self._weekday_of(m)
        if wd is not None and 1 <= day <= 31:
            # A weekday beside the date picks the year whose such day matches it: "after
            # Friday prayers on 18 March", written in April 2012, is 18 March 2011.
            for y in (self.dct.year, self.dct.year + 1, self.dct.year - 1):
                try:
                    if date(y, month, day).isoweekday() == wd:
                        return self._day_value(y, month, day)
                except ValueError:
                    break
        weight = VERB_WEIGHT if self._fronted(m) or self._plainly_dated(m) else TENSE_WEIGHT
        side = self._side(m)
        y = month_near(self.dct, month, self._tense(m), day, side, weight)
        return self._day_value(y, month, day)

    def _weekday_of(self, m: re.Match[str]) -> int | None:
        """The weekday the text gives the date: written beside it ("Friday, 18 March"), or
        a few words before it in the same clause ("after Friday prayers on 18 March")."""
        if m.groupdict().get("wd"):
            return WEEKDAYS[m["wd"].lower()]
        lead = _WEEKDAY_LEAD.search(self.text, max(0, m.start() - 40), m.start())
        return WEEKDAYS[lead["wd"].lower()] if lead else None

    def _side(self, m: re.Match[str]) -> Side | None:
        """What the words around a date say of its side of the dct: "since March" is before
        it, and so is a date a pluperfect tells ("By mid-May, the toll had reached 1,000")."""
        side = side_of(self.text, m.start())
        if side is None and _PLUPERFECT.search(self._near(m, _PLUPERFECT_REACH)):
            return "before"
        return side

    def _near(self, m: re.Match[str], reach: int) -> str:
        """The text of ``m``'s sentence up to ``reach`` characters either side of it."""
        left, right = sentence_around(self.text, m.start(), m.end())
        return self.text[max(left, m.start() - reach) : min(right, m.end() + reach)]

    _date_dmy = _date_mdy

    def _fronted(self, m: re.Match[str]) -> bool:
        """A date that opens its sentence ("On the night of 4 February, shelling killed 200")
        is dated by the clause it leads, as firmly as a verb beside it: a date with a day is
        otherwise mostly a deadline still to come, so the tense only tips the balance."""
        cue = self._tense_cue(m)
        if cue.grip == "loose":
            return False
        lead = self.text[max(0, m.start() - 40) : m.start()]
        return _OPENS_SENTENCE.search(lead) is not None and self.text[m.end() : m.end() + 1] == ","

    def _plainly_dated(self, m: re.Match[str]) -> bool:
        """A verb beside the date that says its tense outright ("took effect Jan. 1", "will
        be held Sept. 30") dates it as firmly as it dates a month named alone; not a deadline
        ("was extended to Nov. 16") nor a date that qualifies a noun ("gave no reason for the
        Jan. 14 deadline"), which the verb does not date."""
        if self._word_before(m) in _DEADLINE_WORDS | _ARTICLES:
            return False
        cue = self._tense_cue(m)
        return cue.grip == "near" and cue.plainly_past and cue.tense != "present"

    def _nearest_such_day(self, month: int, day: int, later: bool) -> Result | None:
        """ "last Oct. 23" is the latest such day before the dct, "next Jan. 5" the first after."""
        assert self.dct is not None
        step = 1 if later else -1
        for y in (self.dct.year, self.dct.year + step):
            found = self._day_value(y, month, day)
            if found is None or found[2] is None:
                return None
            if (found[2].day > self.dct) if later else (found[2].day < self.dct):
                return found
        return None

    def _week_of(self, m: re.Match[str]) -> Result | None:
        """ "the week of March 6" is the calendar week holding that day; "the weekend of
        20 March" the weekend of that week."""
        weekend = "-WE" if m["unit"].lower() == "weekend" else ""
        found = self._date_mdy(m)
        if found is None:
            return None
        if found[2] is None:
            return "DATE", unknown_value(m["unit"].lower(), False), None
        point = Point(found[2].day, "week")
        return "DATE", point.value() + weekend, point

    def _date_iso(self, m: re.Match[str]) -> Result | None:
        return self._day_value(int(m["year"]), int(m["mon"]), int(m["day"]))

    def _date_slash(self, m: re.Match[str]) -> Result | None:
        y = int(m["year"] or m["year2"])
        if y < 100:
            y += 2000 if y <= 30 else 1900
        mon = m["mon"] or m["mon2"] or m["mon3"]
        return self._day_value(y, int(mon), int(m["day"] or m["day2"] or m["day3"]))

    def _month_year(self, m: re.Match[str]) -> Result | None:
        month = month_of(m["mon"])
        if m["year"]:
            y: int | None = int(m["year"])
        elif m["spelled"]:
            y = parse_spelled_year(m["spelled"])
        else:
            if self.dct is None:
                return "DATE", f"XXXX-{month:02d}", None
            y = self.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        if y is None:
            return None
        return "DATE", f"{y:04d}-{month:02d}", Point(date(y, month, 1), "month")

    def _month_mod(self, m: re.Match[str]) -> Result | None:
        month = month_of(m["mon"])
        rel = squash(m["rel"] or m["rel2"] or "")
        if self.dct is None:
            return "DATE", f"XXXX-{month:02d}", None
        y = self.dct.year
        if rel in ("last", "this past"):
            y -= month >= self.dct.month - 1
        elif rel in ("next", "this coming"):
            y += month <= self.dct.month
        elif rel != "this":
            y = self._bare_month_year(m, month)
        return "DATE", f"{y:04d}-{month:02d}", Point(date(y, month, 1), "month")

    def _month_bare(self, m: re.Match[str]) -> Result | None:
        month = month_of(m["mon"])
        if m["mon"].lower() not in _FULL_MONTHS:
            return None  # a lone abbreviation is more often a name than a month
        if self.dct is None:
            return "DATE", f"XXXX-{month:02d}", None
        y = self._bare_month_year(m, month)
        return "DATE", f"{y:04d}-{month:02d}", Point(date(y, month, 1), "month")

    def _bare_month_year(self, m: re.Match[str], month: int) -> int:
        """A month named alone is the month of the event its verb tells: "the uprising began in
        March", written in November, is last March. A verb further off, or a deadline ("was
        extended to November"), only tips the balance; so it does for a month with a day
        ("Nov. 16"), as those are mostly dates still to come (record dates, deadlines)."""
        assert self.dct is not None
        side = self._side(m)
        return month_near(self.dct, month, self._tense(m), side=side, weight=self._weight(m))

    def _weight(self, m: re.Match[str]) -> int:
        """How many days the verb of the sentence outweighs, by how firmly it governs ``m``."""
        cue = self._tense_cue(m)
        if self._word_before(m) in _DEADLINE_WORDS or cue.grip == "loose":
            return TENSE_WEIGHT
        return VERB_WEIGHT if cue.grip == "near" else FAR_VERB_WEIGHT

    def _month_may(self, m: re.Match[str]) -> Result | None:
        """ "May" alone is a month only after a word that takes a time (veto ``may_as_a_word``)."""
        return self._month_bare(m)

    def _year(self, m: re.Match[str]) -> Result | None:
        """A year, a season of one or a half of one; the vetoes have left out numbers that
        only look like years ("about 2000 protesters", "Model 2000", "1600-2000 troops")."""
        y = int(m["year"])
        if m["season"]:
            season = next(SEASONS[w] for w in m["season"].lower().split() if w in SEASONS)
            return "DATE", f"{y:04d}-{season}", Point(date(y, SEASON_START[season], 1), "year")
        mod = squash(m["mod"] or "")
        if "half" in mod:  # "the first half of 2012" is a half year, not the year with a mod
            n = 1 if "first" in mod else 2
            return "DATE", f"{y:04d}-H{n}", Point(date(y, 6 * n - 5, 1), "half")
        return "DATE", f"{y:04d}", Point(date(y, 1, 1), "year")

    def _year_period(self, m: re.Match[str]) -> Result | None:
        y = int(m["year"])
        quarter = self._main_quarter()
        if m["what"].lower() in ("quarter", "period") and quarter is not None:
            return "DATE", f"{y:04d}-Q{(quarter.day.month - 1) // 3 + 1}", None
        return "DATE", f"{y:04d}", Point(date(y, 1, 1), "year")

    def _short_year(self, m: re.Match[str]) -> Result | None:
        if self._word_before(m) not in _TAKES_A_YEAR:
            return None  # "'87" after another word may close a quotation
        yy = int(m["yy"])
        y = yy + (2000 if yy <= 30 else 1900)
        return "DATE", f"{y:04d}", Point(date(y, 1, 1), "year")

    def _spelled_year(self, m: re.Match[str]) -> Result | None:
        words = squash(m.group(0))
        if "two thousand" in words and "year" not in words:
            return None  # "two thousand" alone is a count
        y = parse_spelled_year(m["spelled"])
        if y is None or not 1000 <= y <= 2099:
            return None
        season = next((SEASONS[w] for w in words.split() if w in SEASONS), None)
        if season:
            return "DATE", f"{y:04d}-{season}", Point(date(y, 1, 1), "year")
        return "DATE", f"{y:04d}", Point(date(y, 1, 1), "year")

    def _decade(self, m: re.Match[str]) -> Result | None:
        if m["dec"]:
            return "DATE", m["dec"], None
        if m["dec2"]:
            return "DATE", f"19{m['dec2']}", None
        word = m["decw"].lower()
        n = next(i for i, w in enumerate(_DECADE_WORDS, start=2) if word.startswith(w))
        return "DATE", f"19{n}", None

    def _century(self, m: re.Match[str]) -> Result | None:
        n = parse_ordinal(m["n"])
        if n is None or not 1 <= n <= 21:
            return None
        return "DATE", f"{n - 1:02d}", None

    # -- quarters and halves ---------------------------------------------------------------

    def _quarter_year(self, m: re.Match[str], start_month: int) -> int | None:
        """The year of a quarter: as written, else the dct's (the year before if past and ahead)."""
        for group in ("rely", "rely2"):
            if m[group]:
                if self.dct is None:
                    return None
                return self.dct.year + {"this": 0, "last": -1, "next": 1}[m[group].lower()]
        for group in ("qy", "qy2"):
            digits = re.search(r"\d{4}", m[group] or "")
            if digits:
                return int(digits.group(0))
        if "year-" in m.group(0).lower():
            return self.dct.year - 1 if self.dct else None
        if self.ref is not None and self.ref.grain in ("quarter", "year") and self.dct is None:
            return self.ref.day.year
        if self.dct is None:
            return None
        if self._tense(m) == "past" and start_month > self.dct.month:
            return self.dct.year - 1
        return self.dct.year

    def _quarter_ord(self, m: re.Match[str]) -> Result | None:
        half = m["q"].lower() == "half"
        if m["ord"].lower() == "last" and not m.group(0).lower().endswith(("year", *"0123456789")):
            return None  # "the last half" alone may be of anything ("of the '80s")
        n = 2 if m["ord"].lower() == "last" else parse_ordinal(m["ord"]) or 0
        if not 1 <= n <= (2 if half else 4):
            return None
        start_month = (n - 1) * (6 if half else 3) + 1
        y = self._quarter_year(m, start_month)
        code = f"{'H' if half else 'Q'}{n}"
        if y is None:
            return "DATE", f"XXXX-{code}", None
        grain: Grain = "half" if half else "quarter"
        return "DATE", f"{y:04d}-{code}", Point(date(y, start_month, 1), grain)

    def _quarter_det(self, m: re.Match[str]) -> Result | None:
        """ "the quarter", "the latest period", "last year's quarter": which quarter is meant.

        Earnings news reports the quarter just ended, so "the latest quarter" is the one
        before the dct's; "the quarter" is the one the text last named, if any.
        """
        words = squash(m.group(0))
        det = squash(m["det"])
        if m["q"].lower() == "period" and not re.search(
            r"latest|year-|comparable|corresponding|same|current|recent", words
        ):
            return None  # "the period" alone is any span of time
        this_q = self._this_quarter()
        ref_q = self.ref if self.ref is not None and self.ref.grain == "quarter" else None
        ended = _ENDED.match(self.text, m.end())
        if ended is not None and this_q is not None and not re.search(r"year-|a year", words):
            # "the quarter ended July 31" spans May to July: mostly the second quarter.
            month = month_of(ended["mon"]) - 1 or 12
            y = this_q.day.year - (month > this_q.day.month + 2)
            point = Point(date(y, month, 1), "quarter")
            return "DATE", point.value(), point
        if m["q"].lower() == "quarter" and det in ("the same", "that") and not self.quarters:
            return None  # "the same quarter" with no quarter named before: a district
        if det.endswith("year's"):
            if this_q is None:
                return "DATE", "XXXX-QX", None
            number = ((ref_q or self._main_quarter() or this_q).day.month - 1) // 3 + 1
            return "DATE", f"{this_q.day.year - det.startswith('last'):04d}-Q{number}", None
        base: Point | None
        if this_q is not None and re.search(r"latest|recent", words):
            base = Point(add_months(this_q.day, -3), "quarter")
        elif this_q is not None and "current" in words:
            base = this_q  # "the current quarter" is the dct's, whatever the text named before
        elif ref_q is not None and det in ("the", "that", "same"):
            base = ref_q
        elif this_q is not None:
            if det == "this" and self._tense(m) != "future":
                base = self._main_quarter() or this_q  # "this quarter's loss": the one reported
            elif "current" in words or det == "this":
                base = this_q
            elif det == "next":
                base = Point(add_months(this_q.day, 3), "quarter")
            else:
                base = ref_q or Point(add_months(this_q.day, -3), "quarter")
        else:
            base = ref_q
        if base is None:
            return "DATE", "XXXX-QX", None
        if re.search(r"year-|comparable|corresponding|last year|a year", words):
            return "DATE", Point(add_months(base.day, -12), "quarter").value(), None
        return "DATE", base.value(), base

    def _year_ago(self, m: re.Match[str]) -> Result | None:
        if self.dct is None:
            return "DATE", "PAST_REF", None
        if m["unit"].lower() == "month":
            return "DATE", Point(add_months(self.dct, -1), "month").value(), None
        if m["ord"]:
            return "DATE", f"{self.dct.year - 1}-Q{parse_ordinal(m['ord'])}", None
        quarter = self._main_quarter()
        if quarter is not None:
            return "DATE", Point(add_months(quarter.day, -12), "quarter").value(), None
        return "DATE", f"{self.dct.year - 1}", None


def names_an_event(text: str, m: re.Match[str]) -> bool:
    """ "the annual March for Life", "the ``March of the Mothers'': a name, not a month.

    Only after an article or a quotation mark, so "in March for health reasons" and
    "since March of last year" stay months.
    """
    if not _EVENT_NAME_AFTER.match(text, m.end()):
        return False
    if text[max(0, m.start() - 12) : m.start()].rstrip().endswith(_OPEN_QUOTES):
        return True
    return word_before(text, m.start()) in _EVENT_NAME_BEFORE


def month_opens_a_name(text: str, m: re.Match[str]) -> bool:
    """ "April Evans, 16", "June Evans said": a month a capitalised word continues into a name."""
    return opens_a_name(text, m.start(), m.end(), weekday=False)


def may_as_a_word(text: str, m: re.Match[str]) -> bool:
    """ "May" is a month only after a word that takes a time ("in May", "by May"), not a
    verb or a name ("May I ask", "Theresa May said")."""
    return word_before(text, m.start()) not in _BEFORE_MAY


def year_out_of_range(text: str, m: re.Match[str]) -> bool:
    """A number outside 1600-2099 is a year only with a season or a modifier ("early
    1350") or after a word that takes a date and before no noun ("built in 1350")."""
    if m["season"] or m["mod"] or 1600 <= int(m["year"]) <= 2099:
        return False
    before = text[max(0, m.start("year") - 12) : m.start("year")]
    after = text[m.end("year") : m.end("year") + 30]
    return _HISTORIC_BEFORE.search(before) is None or _NOUN_AFTER.match(after) is not None


def not_a_year_range(text: str, m: re.Match[str]) -> bool:
    """ "1994-1997" is a range of years; "1600-2000 troops" or "2005-1999" is not."""
    y, start, end = int(m["year"]), m.start("year"), m.end("year")
    after = _YEAR_AFTER.match(text, end)
    if after is not None and not y < int(after[1]) <= y + 100:
        return True
    before = _YEAR_BEFORE.search(text, max(0, start - 5), start)
    return before is not None and not int(before[1]) < y <= int(before[1]) + 100


def a_count_or_house_number(text: str, m: re.Match[str]) -> bool:
    """ "about 2000 protesters" counts them; "1600 Pennsylvania Avenue" numbers a house."""
    if m["mod"] or m["season"]:
        return False
    after = text[m.end("year") : m.end("year") + 40]
    if _STREET_AFTER.match(after):
        return True
    before = text[max(0, m.start("year") - 30) : m.start("year")]
    counted = _QUANTIFIER_BEFORE.search(before) is not None
    return counted and _PLURAL_AFTER.match(after) is not None


def number_in_a_name(text: str, m: re.Match[str]) -> bool:
    """ "Model 2000", "Flight 1987", "Section 2010": a number in a name."""
    start = m.start("year")
    return _LABEL_BEFORE.search(text, max(0, start - 12), start) is not None
