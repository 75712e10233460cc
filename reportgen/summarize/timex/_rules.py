"""The tagger's rules as one table: one record per kind of temporal expression.

A record says what the rule matches (``pattern``), near which words it can match at all
(``triggers``: word families of ``_patterns``, and ``window``: how far before and after such
a word its match may reach), which method values a match (``resolver``, ``None`` meaning "not
temporal after all"), which vetoes may drop a match before it is valued, and the examples it
must find (the span in brackets) and must not. Rules earlier in the table win ties between
overlapping matches of the same length. ``tests/summarize/test_timex_rules.py`` checks every
example and that scanning near trigger words finds what a scan of the whole text finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reportgen import _recache
from reportgen.summarize.timex._calendar import (
    a_count_or_house_number,
    may_as_a_word,
    month_opens_a_name,
    names_an_event,
    not_a_year_range,
    number_in_a_name,
    year_out_of_range,
)
from reportgen.summarize.timex._lexicon import (
    FUZZY,
    MONTH,
    MONTH_NOT_MAY,
    NUMBER,
    ORDINAL_WORD,
    RANGED_YEAR,
    RANGED_YEAR_START,
    SEASON,
    SPELLED_YEAR,
    UNIT,
    WEEKDAY,
    WEEKDAY_OR_PLURAL,
    YEAR,
)
from reportgen.summarize.timex._normalise import Resolver
from reportgen.summarize.timex._patterns import (
    _APPROX,
    _CLOCK,
    _DAY,
    _EDGE,
    _HOLIDAY,
    _NOT_A_COUNT,
    _PERIOD_OF,
    _TIME_UNITS,
    _ZONE,
)
from reportgen.summarize.timex._relative import fall_as_a_collapse, holiday_weekday, names_a_day
from reportgen.summarize.timex._state import Result
from reportgen.summarize.timex._titles import is_title

Resolve = Callable[[Resolver, re.Match[str]], Result | None]
NEAR = (60, 45)
"""Characters a rule may reach before and after its trigger word."""
UNIT_ENDS = (50, 25)
"""For rules a unit word ends ("three years", give or take "ago" or "or so")."""


@dataclass(frozen=True, slots=True)
class Veto:
    """A named reason to drop a match before it is valued, with examples of both sides."""

    name: str
    applies: Callable[[str, re.Match[str]], bool]
    """Called with the text and the match."""
    must: tuple[str, ...]
    """Texts whose bracketed match (by a rule listing the veto) the veto drops."""
    must_not: tuple[str, ...]
    """Texts whose bracketed match the veto keeps."""


def _title(text: str, m: re.Match[str]) -> bool:
    return is_title(text, m.start(), m.end())


VETOES: dict[str, Veto] = {
    v.name: v
    for v in (
        Veto(
            "title",
            _title,
            must=(
                "Baker said on ABC's [This Week] With David Brinkley that talks would resume.",
                "He was interviewed on CBS's [60 Minutes] about the merger.",
            ),
            must_not=("They met [this week].", "He spoke for [60 minutes]."),
        ),
        Veto(
            "event_name",
            names_an_event,
            must=("Thousands joined the annual [March] for Life.", 'the "[March] of the Mothers"'),
            must_not=("He resigned in [March] for health reasons.",),
        ),
        Veto(
            "month_opens_a_name",
            month_opens_a_name,
            must=("[April] Evans, 16, was hurt.",),
            must_not=("In [April] Iraq held elections.",),
        ),
        Veto(
            "may_as_a_word",
            may_as_a_word,
            must=("[May] I ask a question?", "Theresa [May] said so."),
            must_not=("Elections are due in [May].",),
        ),
        Veto(
            "year_out_of_range",
            year_out_of_range,
            must=("circa [1320] bowls", "rated [1450] overall"),
            must_not=("The castle was built in [1350].", "in [2011]"),
        ),
        Veto(
            "not_a_year_range",
            not_a_year_range,
            must=("[1600]-2000 troops", "the years 2005-[1999]"),
            must_not=("from [1994]-1997", "in [2011]"),
        ),
        Veto(
            "a_count_or_house_number",
            a_count_or_house_number,
            must=("about [2000] protesters", "at [1600] Pennsylvania Avenue"),
            must_not=("in [2000] protesters marched", "about [2000 or so]"),
        ),
        Veto(
            "number_in_a_name",
            number_in_a_name,
            must=("the Model [2000] printer", "Flight [1987] landed"),
            must_not=("in [2000]",),
        ),
        Veto(
            "holiday_weekday",
            holiday_weekday,
            must=("the Good [Friday] Agreement",),
            must_not=("They met on [Friday].",),
        ),
        Veto(
            "names_a_day",
            names_a_day,
            must=("the crash on Black [Monday]", "The [Sunday] Times reported"),
            must_not=("Clinton [Monday] vetoed the bill.", "They met on [Sunday evening]."),
        ),
        Veto(
            "fall_as_a_collapse",
            fall_as_a_collapse,
            must=("since [the fall] of the regime",),
            must_not=("in [the fall] of 2011", "by [the fall]"),
        ),
    )
}
"""Vetoes by name; a rule lists the ones it takes, applied in that order."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of temporal expression, from the words that trigger it to its value."""

    name: str
    pattern: str
    """The regex (case-insensitive; month and weekday names keep their capital)."""
    triggers: tuple[str, ...]
    """Trigger families; every match holds a word of one of them."""
    resolver: Resolve
    must: tuple[str, ...]
    """Texts in which the rule finds and values the bracketed span."""
    must_not: tuple[str, ...]
    """Texts in which the rule finds nothing it values."""
    window: tuple[int, int] = NEAR
    vetoes: tuple[str, ...] = ("title",)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled the first time a text has the rule's trigger words.

        Every rule starts at a word edge (or at digits right after a non-ASCII letter, as in
        Chinese and Japanese "在2012年", which have no spaces): the engine skips mid-word
        positions at once. Compiling all forty rules costs a cold run more than tagging a
        page, and a text without clock times or quarters never needs those rules.
        """
        return _compile(self.pattern)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return _recache.compile(r"(?:\b|(?=')|(?<![\x00-\x7f])(?=\d))" + pattern, re.IGNORECASE)


RULES: tuple[Rule, ...] = (
    Rule(
        "date_mdy",
        rf"(?:(?:(?P<rel>this\s+coming|this\s+past|last|next)\s+)?(?P<wd>{WEEKDAY}),?\s+|"
        r"(?P<mrel>last|next|this\s+coming|this\s+past)\s+)?"
        rf"(?:(?P<mod>{_EDGE}|around)\s*)?(?<!\b\d\s)(?<!\b\d\d\s)(?P<mon>{MONTH})\s*(?P<day>{_DAY})"
        rf"(?:\s*[-\u2013]\s*\d{{1,2}}(?!\d))?(?:,?\s+(?P<year>{YEAR}))?\b",
        triggers=("month",),
        resolver=Resolver._date_mdy,
        must=(
            "signed on [March 18, 2011]",
            "due [Friday, March 16]",
        ),
        must_not=("a March for Life rally",),
    ),
    Rule(
        "date_dmy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<first>\d{{1,2}})\s*[-\u2013]\s*)?"
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR})|\s+(?P<yy>\d\d)(?=\s+[0-2]?\d:[0-5]\d\b))?",
        triggers=("month",),
        resolver=Resolver._date_dmy,
        must=(
            "marched on [18 March 2011]",
            "Jisr al-Shughour, [3-6 June 2011]",
        ),
        must_not=("13 marches were held",),
    ),
    Rule(
        "week_of",
        rf"the\s+(?P<unit>week|weekend)\s+of\s+(?:(?P<mon>{MONTH})\s*(?P<day>{_DAY})|"
        rf"(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?\b",
        triggers=("month",),
        resolver=Resolver._week_of,
        must=(
            "[the week of March 6]",
            "over [the weekend of 7 December]",
        ),
        must_not=("the week of action",),
    ),
    Rule(
        "date_iso",
        r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b",
        triggers=("year",),
        resolver=Resolver._date_iso,
        must=("released on [2012-02-22]",),
        must_not=("part 2012-13-40",),
    ),
    Rule(
        "date_slash",
        r"(?<![\d/])(?:(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])|"
        # a day past the 12th first is day-first ("23/10/1998"); a year first is year-first
        r"(?P<day2>3[01]|2\d|1[3-9])/(?P<mon2>1[0-2]|0?[1-9]))/(?P<year>(?:19|20)?\d\d)(?![\d/])|"
        r"(?<![\d/])(?P<year2>(?:19|20)\d\d)/(?P<mon3>1[0-2]|0?[1-9])/(?P<day3>3[01]|[12]\d|0?[1-9])"
        r"(?![\d/])",
        triggers=("slash",),
        resolver=Resolver._date_slash,
        must=(
            "dated [23/10/1998]",
            "on [10/3/98]",
        ),
        must_not=("won 3/2 on penalties",),
    ),
    Rule(
        "month_year",
        rf"(?:(?P<mod>{_EDGE})\s*)?(?P<mon>{MONTH})(?:,?\s+|\s+of\s+)"
        rf"(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR})|(?P<rel>this|last|next)\s+year\b)",
        triggers=("month",),
        resolver=Resolver._month_year,
        must=(
            "began in [March 2011]",
            "since [June of last year]",
        ),
        must_not=("in March the",),
    ),
    Rule(
        "month_mod",
        rf"(?:(?P<mod>{_EDGE})\s*(?:(?P<rel>last|next|this)\s+)?|(?P<rel2>last|next|this(?:\s+past|"
        rf"\s+coming)?)\s+)(?P<mon>{MONTH})",
        triggers=("month",),
        resolver=Resolver._month_mod,
        must=(
            "in [early March]",
            "since [last November]",
        ),
        must_not=("in March",),
    ),
    Rule(
        "month_bare",
        rf"\b(?P<mon>{MONTH_NOT_MAY})(?!\s+\d)",
        triggers=("month",),
        resolver=Resolver._month_bare,
        must=("began in [November]",),
        must_not=(
            "the annual March for Life",
            "a lone Nov.",
        ),
        vetoes=("title", "event_name", "month_opens_a_name"),
    ),
    Rule(
        "month_may",
        r"(?P<mon>(?-i:May))\b",
        triggers=("month",),
        resolver=Resolver._month_may,
        must=("elections in [May]",),
        must_not=(
            "people may leave",
            "May Evans said",
        ),
        vetoes=("title", "may_as_a_word", "event_name", "month_opens_a_name"),
    ),
    Rule(
        "year",
        rf"{RANGED_YEAR_START}(?:(?P<season>(?:the\s+)?(?:(?:{SEASON})\s+of\s+|"
        rf"(?-i:(?!fall\s))(?:{SEASON})\s+))|(?P<mod>{_PERIOD_OF}\s+|"
        rf"(?:the\s+)?(?:early|late)\s+|mid-?\s*|calendar\s+|fiscal(?:\s+year)?\s+|"
        rf"(?:the\s+)?year\s+)|(?P<prepost>pre-|post-))?(?<![A-Za-z0-9])(?P<year>{RANGED_YEAR}){_NOT_A_COUNT}"
        rf"(?:\s+(?P<fy>fiscal\s+year)|(?:\s+or\s+(?:later|earlier|so)))?",
        triggers=("year",),
        resolver=Resolver._year,
        must=(
            "began in [2011]",
            "results for [fiscal 1998]",
            "in [early 2012]",
        ),
        must_not=(
            "in 1500 cases",
            "Model 2000 printers",
        ),
        vetoes=(
            "title",
            "year_out_of_range",
            "not_a_year_range",
            "a_count_or_house_number",
            "number_in_a_name",
        ),
    ),
    Rule(
        "year_period",
        rf"\bthe\s+(?P<year>{YEAR})\s+(?P<what>period|season|fiscal\s+year|quarter)\b",
        triggers=("year",),
        resolver=Resolver._year_period,
        must=("compared with [the 1998 period]",),
        must_not=("the period",),
    ),
    Rule(
        "short_year",
        # "in '87", "fiscal '90": after a word that takes a year
        r"['\u2019](?P<yy>\d\d)\b(?!['\u2019\d]|s\b)",
        triggers=("short_year",),
        resolver=Resolver._short_year,
        must=("in ['87]",),
        must_not=("rock 'n' roll",),
    ),
    Rule(
        "spelled_year",
        rf"(?:(?:the\s+)?(?:{SEASON})\s+of\s+)?(?:the\s+year\s+)?\b(?P<spelled>{SPELLED_YEAR})\b",
        triggers=("spelled",),
        resolver=Resolver._spelled_year,
        must=("in [nineteen ninety-eight]",),
        must_not=("nineteen people",),
    ),
    Rule(
        "decade",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?(?:(?P<dec>(?:1[0-9]|20)\d)0'?s\b|"
        r"'(?P<dec2>\d)0s\b|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties)\b)",
        triggers=("decade",),
        resolver=Resolver._decade,
        must=(
            "since [the 1990s]",
            "in [the eighties]",
        ),
        must_not=("1990 seats",),
    ),
    Rule(
        "century",
        rf"(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[- ]century\b",
        triggers=("century",),
        resolver=Resolver._century,
        must=("in [the 19th century]",),
        must_not=("a century of runs",),
    ),
    Rule(
        "quarter_ord",
        rf"(?:(?:the|this|that|last|next)\s+(?=(?:\S+\s+){{0,3}}?(?:first|second|third|fourth|1st|2nd|3rd|4th|"
        rf"last)\s))?(?:(?P<qy>{YEAR}|fiscal\s+{YEAR}|"
        r"(?P<rely>this|last|next)\s+year's|(?:the\s+)?year-(?:ago|earlier))\s+)?"
        r"(?:(?:latest|current|fiscal|calendar|same|comparable|corresponding|flat|recent|"
        r"seasonally\s+slow)\s+)*"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last(?=[- ]half))[- ](?:fiscal\s+)?"
        r"(?P<q>quarter|half)\b"
        rf"(?:\s+of\s+(?:(?P<qy2>{YEAR})|(?P<rely2>this|last|next)\s+year\b|the\s+year\b))?"
        r"(?!\s+of\s+(?:the|a|an|his|her|their|its|this|that)\b)",
        triggers=("quarter",),
        resolver=Resolver._quarter_ord,
        must=(
            "profit in [the third quarter of 2011]",
            "in [the first half]",
        ),
        must_not=("the first quarter of the pie",),
    ),
    Rule(
        "quarter_det",
        r"(?P<det>the|this|that|last|next|(?:last|this)\s+year's|(?:the\s+)?(?:latest|current|same|"
        r"comparable|corresponding|previous|recent|past|last|year-(?:ago|earlier)))(?:\s+(?:latest|current|"
        r"fiscal|comparable|corresponding|year-(?:ago|earlier)))*\s+(?P<q>quarter|period)\b"
        r"(?!\s+of\b|-)(?P<ly>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?",
        triggers=("quarter",),
        resolver=Resolver._quarter_det,
        must=("sales in [the latest quarter]",),
        must_not=("the Latin quarter of the city",),
    ),
    Rule(
        "year_ago",
        r"(?:the\s+(?:(?:comparable|corresponding|same)\s+)?(?=\S+\s+(?:\w+\s+)?(?:quarter|period|"
        r"month)\b))?(?P<unit>year|month)-(?:ago|earlier)"
        r"(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?P<what>quarter|period|month)\b)?",
        triggers=("unit",),
        resolver=Resolver._year_ago,
        must=("from [year-ago] levels",),
        must_not=("a year ago",),
        window=UNIT_ENDS,
    ),
    Rule(
        "relative",
        rf"(?:(?P<mod>earlier|later|early|late|mid|{_PERIOD_OF})\s+)?"
        r"(?P<det>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the\s+previous|"
        r"the\s+following|the\s+next|the\s+same|the\s+current|the\s+latest|that|the\s+last|"
        r"the\s+entire|the\s+whole|the\s+full|the\s+current\s+fiscal|the\s+fiscal|the\s+calendar|"
        r"the)"
        rf"\s+(?P<unit>week|weekend|month|year|decade|century|fiscal\s+year|(?P<season>{SEASON}))"
        r"\b(?P<ofyear>\s+of\s+(?:that|the\s+following|the\s+previous|the\s+same|last|next|"
        r"this)\s+year\b)?(?P<orso>\s+or\s+so)?(?!-)"
        r"(?P<side>\s+(?:before|earlier|after|later)(?=\s*[.,;:!?'\")]|\s*$|\s+(?:and|but)\b))?",
        triggers=("unit", "season", "century"),
        resolver=Resolver._relative,
        must=(
            "[last week]",
            "by [next year]",
            "[the following year]",
        ),
        must_not=("the fall of the regime",),
        window=UNIT_ENDS,
        vetoes=("title", "fall_as_a_collapse"),
    ),
    Rule(
        "year_end",
        r"(?:around\s+)?\byear(?:[- ]|'s\s+)end\b",
        triggers=("unit",),
        resolver=Resolver._year_end,
        must=("by [year-end]",),
        must_not=("the end of the year",),
    ),
    Rule(
        "deictic",
        r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<word>today|tonight|yesterday|tomorrow)"
        rf"(?:\s+(?P<part>{_TIME_UNITS}))?\b",
        triggers=("deictic",),
        resolver=Resolver._deictic,
        must=(
            "arrived [yesterday]",
            "leaves [tomorrow morning]",
        ),
        must_not=("the Today programme",),
    ),
    Rule(
        "anaphoric_day",
        r"(?:(?P<mod>earlier|later)\s+)?(?P<det>that|the\s+same|the\s+next|the\s+following|"
        r"the\s+previous|the\s+preceding)\s+(?P<unit>day|night|morning|afternoon|evening)\b"
        r"(?!-|\s+(?:of|before|after|when|or)\b)|"
        # "The day before, shelling began": the day before the one last named
        r"(?P<det2>the)\s+(?P<unit2>day)\s+(?P<side>before|after)"
        r"(?=\s*[.,;:!?]|\s+(?:and|but)\b|\s*$)|"
        # "the day after his death": the day after the event the text last dated
        r"the\s+(?P<unit3>day)\s+(?P<side3>before|after)"
        r"(?=\s+(?:the|his|her|its|their)\s+[a-z]+\b(?!\s+of\b))",
        triggers=("day", "deictic"),
        resolver=Resolver._anaphoric_day,
        must=(
            "[The next day], troops left.",
            "[the day before].",
        ),
        must_not=("the next day of talks",),
    ),
    Rule(
        "part_of_day",
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<det>this|last|tomorrow|yesterday)\s+"
        rf"(?P<part>{_TIME_UNITS})\b|(?P<over>overnight)\b|(?P<mid>mid-?\s*(?:afternoon|morning))\b"
        r"(?:\s+(?P<midday>yesterday|today|tomorrow)\b)?",
        triggers=("deictic",),
        resolver=Resolver._part_of_day,
        must=(
            "[last night]",
            "met [this morning]",
        ),
        must_not=("every night",),
    ),
    Rule(
        "weekday",
        r"(?:(?P<mod>early|late|earlier|later|(?:the\s+)?(?:end|beginning|start)\s+of)\s+)?"
        r"(?:(?P<rel>last|next|this(?:\s+coming|\s+past)?|every|each|"
        r"the\s+(?:previous|preceding|following))\s+)?"
        rf"(?P<wd>{WEEKDAY_OR_PLURAL})(?P<plural>s)?(?:\s+(?P<part>{_TIME_UNITS})(?P<plural2>s)?)?\b",
        triggers=("weekday",),
        resolver=Resolver._weekday,
        must=(
            "met on [Friday]",
            "on [Monday night]",
        ),
        must_not=("his Man Friday", "Black Friday sales"),
        vetoes=("title", "holiday_weekday", "names_a_day"),
    ),
    Rule(
        "clock",
        rf"(?:(?P<approx>about|around|approximately|roughly)\s+)?(?P<clock>{_CLOCK}){_ZONE}"
        rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<word>today|yesterday|tomorrow|tonight|"
        r"last\s+night|this\s+(?:morning|afternoon|evening))|"
        rf",?\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s*(?P<day>\d{{1,2}})\b|"
        rf"(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH})\b)(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)?",
        triggers=("clock", "daypart"),
        resolver=Resolver._clock,
        must=(
            "at [10 p.m.]",
            "by [noon]",
        ),
        must_not=("won 3:2",),
    ),
    Rule(
        "clock_after",
        rf"(?P<wd>{WEEKDAY}|today|yesterday|tomorrow)\s+at\s+(?P<clock>{_CLOCK}){_ZONE}",
        triggers=("clock",),
        resolver=Resolver._clock_after,
        must=("due [Friday at 10 p.m.]",),
        must_not=("at 10 p.m.",),
    ),
    Rule(
        "ref",
        r"\b(?P<present>now|currently|nowadays|these\s+days|the\s+present|current"
        r"(?!\s+(?:account|accounts|affairs|events|prices|dollars)\b))\b|"
        r"\b(?P<past>recently|more\s+recently|the\s+past(?!\s+(?:few|several|\d|quarter|"
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|"
        r"recent\s+times|past\s+years|once\s+upon\s+a\s+time)\b|"
        r"\b(?P<recent>(?:recent|(?:the\s+)?coming)\s+(?P<unit>years|months|weeks|days|decades))\b|"
        r"\b(?P<future>the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future|"
        r"the\s+(?:near|short|long)\s+term|"
        # a possessive is as definite as "the": "Elian's future", "their future together";
        # "future" before a noun of its own ("his future plans") is an adjective
        r"(?=future)(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\bits\s)|(?<=\bour\s)|(?<=\bmy\s)|"
        r"(?<=\byour\s)|(?<=\btheir\s)|(?<='s\s)|(?<=\u2019s\s))future"
        r"(?=\s*(?:[.,;:!?)\]\"'\u2019\u201d]|$)|\s+(?:of|for|in|is|was|will|would|may|"
        r"away|and|or|but|as|at|with|on|to|remains|lies|looks|depends|hangs|together)\b))\b",
        triggers=("ref",),
        resolver=Resolver._ref,
        must=(
            "is [now] over",
            "have [recently] captured",
        ),
        must_not=("his future plans",),
    ),
    Rule(
        "offset",
        rf"\b(?:(?P<approx>{_APPROX}|about|some)\s+)?\b(?P<num>{NUMBER}|{FUZZY}|a|an)\s+(?P<unit>{UNIT})"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)\b",
        triggers=("unit", "quarter", "century"),
        resolver=Resolver._offset,
        must=(
            "[three years ago]",
            "[nearly 50 years ago]",
        ),
        must_not=("three years of war",),
        window=UNIT_ENDS,
    ),
    Rule(
        "duration",
        r"\b(?:(?P<the>the\s+(?:(?:past|last|next|first|previous|coming|following|final|latest|"
        r"remaining|same|initial|ensuing|preceding|intervening|better\s+part\s+of\s+the|"
        rf"full|entire)\s+)?)|(?P<approx>{_APPROX})\s+)?\b(?P<num>{NUMBER}|{FUZZY}|a|an)"
        rf"(?P<half0>\s+and\s+a\s+half)?(?:\s+(?:to|or)\s+{NUMBER})?"
        r"(?:\s+(?:more|full|straight|consecutive|additional|long|extra|trading|business|"
        rf"working|calendar))?\s+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\b"
        r"(?!-|\s+old\b)",
        triggers=("unit", "quarter", "century"),
        resolver=Resolver._duration,
        must=(
            "lasted [three years]",
            "in [the past two weeks]",
        ),
        must_not=("three people",),
        window=UNIT_ENDS,
    ),
    Rule(
        "duration_adj",
        rf"(?<![\w-])(?P<num>{NUMBER})-(?P<unit>{UNIT})(?P<old>-old|-long)?\b(?<!quarters(?=\s+of\b))",
        triggers=("unit", "quarter", "century"),
        resolver=Resolver._duration_adj,
        must=("a [10-year] plan",),
        must_not=("a 10-point plan",),
        window=UNIT_ENDS,
    ),
    Rule(
        "unit_long",
        rf"(?<![\w-])(?P<unit>{UNIT})-long\b",
        triggers=("unit", "century"),
        resolver=Resolver._unit_long,
        must=("a [month-long] strike",),
        must_not=("a long month",),
        window=UNIT_ENDS,
    ),
    Rule(
        "half_unit",
        r"\b(?:half\s+an?\s+|an?\s+half[- ]?)"
        r"(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b(?!-)",
        triggers=("unit", "century"),
        resolver=Resolver._half_unit,
        must=("for [half an hour]",),
        must_not=("half a loaf",),
        window=UNIT_ENDS,
    ),
    Rule(
        "bare_units",
        r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b(?!-|\s+(?:ago|of|off)\b)",
        triggers=("unit", "century"),
        resolver=Resolver._bare_units,
        must=("it took [years]",),
        must_not=("years ago",),
        window=UNIT_ENDS,
    ),
    Rule(
        "nth_day",
        rf"the\s+(?P<ord>{ORDINAL_WORD})\s+day\b(?=\s+of\b)",
        triggers=("day",),
        resolver=Resolver._nth_day,
        must=("Today is [the eighth day] of the strike.",),
        must_not=("the third day of the siege",),
    ),
    Rule(
        "the_units",
        r"the\s+(?:(?:early|late|first|final|heady|following|intervening|ensuing)\s+)?"
        r"(?P<unit>days|weeks|months|years|decades)(?P<ahead>\s+ahead)?\b"
        r"(?!-|\s+(?:ago|before|after|since|leading|preceding)\b|\s+\d)",
        triggers=("plural",),
        resolver=Resolver._the_units,
        must=("in [the years] that followed",),
        must_not=("the years ago",),
        window=UNIT_ENDS,
    ),
    Rule(
        "set",
        r"\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|"
        r"semi-?annually|biannually)\b|"
        rf"\b(?:every|each|per)\s+(?:(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT})\b|"
        rf"(?P<mon>{MONTH})|(?P<part>morning|afternoon|evening)\b|(?P<season>{SEASON})\b)",
        triggers=("set", "unit", "quarter"),
        resolver=Resolver._set,
        must=(
            "meets [every week]",
            "paid [each month]",
        ),
        must_not=("every person",),
    ),
    Rule(
        "set_freq",
        # how often is part of the set: "twice a week", "three times a year"
        rf"\b(?:once|twice|thrice|(?:a\s+)?[a-z\d-]+\s+times)\s+(?:a|an)\s+(?P<unit>{UNIT})\b",
        triggers=("freq",),
        resolver=Resolver._set_freq,
        must=("meets [twice a week]",),
        must_not=("twice a winner",),
    ),
    Rule(
        "holiday",
        rf"(?:(?P<rel>last|next|this)\s+)?\b(?P<name>(?-i:{_HOLIDAY}))\b"
        rf"(?:\s+(?P<week>week(?P<we>end)?)\b|\s+(?P<year>{YEAR}){_NOT_A_COUNT})?",
        triggers=("holiday",),
        resolver=Resolver._holiday,
        must=(
            "at [Christmas]",
            "on [Easter Sunday]",
        ),
        must_not=(
            "Eastern Ghouta was shelled",
            "christmas",
        ),
        vetoes=(),
    ),
)
