"""The span rules: one compiled regex per kind of temporal expression, built once at import."""

from __future__ import annotations

import re
from functools import cache

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

_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?!\d)|{ORDINAL_WORD})"
_PERIOD_OF = r"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|close)\s+of"
_EDGE = rf"(?:early|late|mid-?|{_PERIOD_OF})"
"""Modifiers kept inside the span ("early 1998", "the end of 1990"); TIMEX3 puts them in ``mod``."""
_APPROX = (
    r"(?:(?:more|less|fewer)\s+than|nearly|almost|approximately|roughly|at\s+least|at\s+most|"
    r"up\s+to|over(?=\s+an?\s)|under|no\s+(?:more|less)\s+than|barely|close\s+to|upwards\s+of|"
    r"(?:just|well)\s+(?:over|under))"
)
_TIME_UNITS = r"(?:morning|afternoon|evening|night)"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|\d{1,2}\s+o'clock|"
    r"\d{1,2}(?::\d\d)?\s+in\s+the\s+(?:morning|afternoon|evening)\b|"
    r"noon|midday|midnight|"
    r"(?:(?<=at\s)|(?<=by\s)|(?<=from\s)|(?<=until\s)|(?<=before\s)|(?<=after\s)|(?<=since\s))"
    r"(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m\b)|"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?=\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|local\s+time)\b)|"
    r"(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:GMT|UTC)\b))"
)
"""Clock times: "10 p.m.", "4 in the morning", "noon", and the 24-hour "06:00" after "at",
"until" and the like or before a time zone, as is "0600 GMT" (a bare "3:2" is a score)."""
_ZONE = r"(?:\s+(?:EST|EDT|GMT|UTC|BST|CET|CEST|EET|EEST|PST|PDT|CST|CDT|ET|PT|local\s+time))?"
_NOT_A_COUNT = (
    r"(?!\s+(?:people|troops|soldiers|shares|employees|workers|points|tons|feet|miles|members|"
    r"cases|units|jobs|cars|men|women|dollars|yuan|yen|marks|francs|pounds|acres|barrels)\b)"
)
_HOLIDAY = (
    r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|"
    r"Independence\s+Day|Halloween|Valentine's\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|"
    r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday)"
)

RULES: tuple[tuple[str, str], ...] = (
    (
        "date_mdy",
        rf"(?:(?:(?P<rel>this\s+coming|this\s+past|last|next)\s+)?(?P<wd>{WEEKDAY}),?\s+|"
        r"(?P<mrel>last|next|this\s+coming|this\s+past)\s+)?"
        rf"(?:(?P<mod>{_EDGE}|around)\s*)?(?<!\b\d\s)(?<!\b\d\d\s)(?P<mon>{MONTH})\s*(?P<day>{_DAY})"
        rf"(?:\s*[-\u2013]\s*\d{{1,2}}(?!\d))?(?:,?\s+(?P<year>{YEAR}))?\b",
    ),
    (
        "date_dmy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<first>\d{{1,2}})\s*[-\u2013]\s*)?"
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR})|\s+(?P<yy>\d\d)(?=\s+[0-2]?\d:[0-5]\d\b))?",
    ),
    (
        "week_of",
        rf"the\s+(?P<unit>week|weekend)\s+of\s+(?:(?P<mon>{MONTH})\s*(?P<day>{_DAY})|"
        rf"(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?\b",
    ),
    ("date_iso", r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    (
        "date_slash",
        r"(?<![\d/])(?:(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])|"
        # a day past the 12th first is day-first ("23/10/1998"); a year first is year-first
        r"(?P<day2>3[01]|2\d|1[3-9])/(?P<mon2>1[0-2]|0?[1-9]))/(?P<year>(?:19|20)?\d\d)(?![\d/])|"
        r"(?<![\d/])(?P<year2>(?:19|20)\d\d)/(?P<mon3>1[0-2]|0?[1-9])/(?P<day3>3[01]|[12]\d|0?[1-9])"
        r"(?![\d/])",
    ),
    (
        "month_year",
        rf"(?:(?P<mod>{_EDGE})\s*)?(?P<mon>{MONTH})(?:,?\s+|\s+of\s+)"
        rf"(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR})|(?P<rel>this|last|next)\s+year\b)",
    ),
    (
        "month_mod",
        rf"(?:(?P<mod>{_EDGE})\s*(?:(?P<rel>last|next|this)\s+)?|(?P<rel2>last|next|this(?:\s+past|"
        rf"\s+coming)?)\s+)(?P<mon>{MONTH})",
    ),
    ("month_bare", rf"\b(?P<mon>{MONTH_NOT_MAY})(?!\s+\d)"),
    (
        "month_may",
        r"(?P<mon>(?-i:May))\b",
    ),
    (
        "year",
        rf"{RANGED_YEAR_START}(?:(?P<season>(?:the\s+)?(?:(?:{SEASON})\s+of\s+|"
        rf"(?-i:(?!fall\s))(?:{SEASON})\s+))|(?P<mod>{_PERIOD_OF}\s+|"
        rf"(?:the\s+)?(?:early|late)\s+|mid-?\s*|calendar\s+|fiscal(?:\s+year)?\s+|"
        rf"(?:the\s+)?year\s+)|(?P<prepost>pre-|post-))?(?<![A-Za-z0-9])(?P<year>{RANGED_YEAR}){_NOT_A_COUNT}"
        rf"(?:\s+(?P<fy>fiscal\s+year)|(?:\s+or\s+(?:later|earlier|so)))?",
    ),
    ("year_period", rf"\bthe\s+(?P<year>{YEAR})\s+(?P<what>period|season|fiscal\s+year|quarter)\b"),
    (
        "short_year",  # "in '87", "fiscal '90": after a word that takes a year
        r"['\u2019](?P<yy>\d\d)\b(?!['\u2019\d]|s\b)",
    ),
    (
        "spelled_year",
        rf"(?:(?:the\s+)?(?:{SEASON})\s+of\s+)?(?:the\s+year\s+)?\b(?P<spelled>{SPELLED_YEAR})\b",
    ),
    (
        "decade",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?(?:(?P<dec>(?:1[0-9]|20)\d)0'?s\b|"
        r"'(?P<dec2>\d)0s\b|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties)\b)",
    ),
    ("century", rf"(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[- ]century\b"),
    (
        "quarter_ord",
        rf"(?:(?:the|this|that|last|next)\s+(?=(?:\S+\s+){{0,3}}?(?:first|second|third|fourth|1st|2nd|3rd|4th|"
        rf"last)\s))?(?:(?P<qy>{YEAR}|fiscal\s+{YEAR}|"
        r"(?P<rely>this|last|next)\s+year's|(?:the\s+)?year-(?:ago|earlier))\s+)?"
        r"(?:(?:latest|current|fiscal|calendar|same|comparable|corresponding|flat|recent|"
        r"seasonally\s+slow)\s+)*"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last(?=[- ]half))[- ](?:fiscal\s+)?"
        r"(?P<q>quarter|half)\b"
        rf"(?:\s+of\s+(?:(?P<qy2>{YEAR})|(?P<rely2>this|last|next)\s+year\b|the\s+year\b))?"
        r"(?!\s+of\s+(?:the|a|an|his|her|their|its|this|that)\b)",  # "of the marathon": no year
    ),
    (
        "quarter_det",
        r"(?P<det>the|this|that|last|next|(?:last|this)\s+year's|(?:the\s+)?(?:latest|current|same|"
        r"comparable|corresponding|previous|recent|past|last|year-(?:ago|earlier)))(?:\s+(?:latest|current|"
        r"fiscal|comparable|corresponding|year-(?:ago|earlier)))*\s+(?P<q>quarter|period)\b"
        r"(?!\s+of\b|-)(?P<ly>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?",
    ),
    (
        "year_ago",
        r"(?:the\s+(?:(?:comparable|corresponding|same)\s+)?(?=\S+\s+(?:\w+\s+)?(?:quarter|period|"
        r"month)\b))?(?P<unit>year|month)-(?:ago|earlier)"
        r"(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?P<what>quarter|period|month)\b)?",
    ),
    (
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
    ),
    ("year_end", r"(?:around\s+)?\byear(?:[- ]|'s\s+)end\b"),
    (
        "deictic",
        r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<word>today|tonight|yesterday|tomorrow)"
        rf"(?:\s+(?P<part>{_TIME_UNITS}))?\b",
    ),
    (
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
    ),
    (
        "part_of_day",
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<det>this|last|tomorrow|yesterday)\s+"
        rf"(?P<part>{_TIME_UNITS})\b|(?P<over>overnight)\b|(?P<mid>mid-?\s*(?:afternoon|morning))\b"
        r"(?:\s+(?P<midday>yesterday|today|tomorrow)\b)?",
    ),
    (
        "weekday",
        r"(?:(?P<mod>early|late|earlier|later|(?:the\s+)?(?:end|beginning|start)\s+of)\s+)?"
        r"(?:(?P<rel>last|next|this(?:\s+coming|\s+past)?|every|each|"
        r"the\s+(?:previous|preceding|following))\s+)?"
        rf"(?P<wd>{WEEKDAY_OR_PLURAL})(?P<plural>s)?(?:\s+(?P<part>{_TIME_UNITS})(?P<plural2>s)?)?\b",
    ),
    (
        "clock",
        rf"(?:(?P<approx>about|around|approximately|roughly)\s+)?(?P<clock>{_CLOCK}){_ZONE}"
        rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<word>today|yesterday|tomorrow|tonight|"
        r"last\s+night|this\s+(?:morning|afternoon|evening))|"
        rf",?\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s*(?P<day>\d{{1,2}})\b|"
        rf"(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH})\b)(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)?",
    ),
    (
        "clock_after",
        rf"(?P<wd>{WEEKDAY}|today|yesterday|tomorrow)\s+at\s+(?P<clock>{_CLOCK}){_ZONE}",
    ),
    (
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
    ),
    (
        "offset",
        rf"\b(?:(?P<approx>{_APPROX}|about|some)\s+)?\b(?P<num>{NUMBER}|{FUZZY}|a|an)\s+(?P<unit>{UNIT})"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)\b",
    ),
    (
        "duration",
        r"\b(?:(?P<the>the\s+(?:(?:past|last|next|first|previous|coming|following|final|latest|"
        r"remaining|same|initial|ensuing|preceding|intervening|better\s+part\s+of\s+the|"
        rf"full|entire)\s+)?)|(?P<approx>{_APPROX})\s+)?\b(?P<num>{NUMBER}|{FUZZY}|a|an)"
        rf"(?P<half0>\s+and\s+a\s+half)?(?:\s+(?:to|or)\s+{NUMBER})?"
        r"(?:\s+(?:more|full|straight|consecutive|additional|long|extra|trading|business|"
        rf"working|calendar))?\s+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\b"
        r"(?!-|\s+old\b)",
    ),
    (
        "duration_adj",
        rf"(?<![\w-])(?P<num>{NUMBER})-(?P<unit>{UNIT})(?P<old>-old|-long)?\b(?<!quarters(?=\s+of\b))",
    ),
    ("unit_long", rf"(?<![\w-])(?P<unit>{UNIT})-long\b"),
    (
        "half_unit",
        r"\b(?:half\s+an?\s+|an?\s+half[- ]?)"
        r"(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b(?!-)",
    ),
    (
        "bare_units",
        r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b(?!-|\s+(?:ago|of|off)\b)",
    ),
    ("nth_day", rf"the\s+(?P<ord>{ORDINAL_WORD})\s+day\b(?=\s+of\b)"),
    (
        "the_units",
        r"the\s+(?:(?:early|late|first|final|heady|following|intervening|ensuing)\s+)?"
        r"(?P<unit>days|weeks|months|years|decades)(?P<ahead>\s+ahead)?\b"
        r"(?!-|\s+(?:ago|before|after|since|leading|preceding)\b|\s+\d)",
    ),
    (
        "set",
        r"\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|"
        r"semi-?annually|biannually)\b|"
        rf"\b(?:every|each|per)\s+(?:(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT})\b|"
        rf"(?P<mon>{MONTH})|(?P<part>morning|afternoon|evening)\b|(?P<season>{SEASON})\b)",
    ),
    (
        "set_freq",  # how often is part of the set: "twice a week", "three times a year"
        rf"\b(?:once|twice|thrice|(?:a\s+)?[a-z\d-]+\s+times)\s+(?:a|an)\s+(?P<unit>{UNIT})\b",
    ),
    (
        "holiday",
        rf"(?:(?P<rel>last|next|this)\s+)?\b(?P<name>(?-i:{_HOLIDAY}))"
        rf"(?:\s+(?P<week>week(?P<we>end)?)\b|\s+(?P<year>{YEAR}){_NOT_A_COUNT})?",
    ),
)


@cache
def compiled(rank: int) -> re.Pattern[str]:
    """The rule ``RULES[rank]``, compiled the first time a text holds one of its trigger words.

    Every rule starts at a word edge (or at digits right after a non-ASCII letter, as in
    Chinese and Japanese "在2012年", which have no spaces): the engine skips mid-word positions
    at once. Compiling all thirty rules costs more than tagging a page, and most texts trigger
    only a few of them (no clock times, no holidays), so none is compiled before it is needed.
    """
    pattern = RULES[rank][1]
    return re.compile(rf"(?:\b|(?=')|(?<![\x00-\x7f])(?=\d)){pattern}", re.IGNORECASE)


# Every rule's match contains at least one trigger word of its families, so each rule runs
# only in windows around those words instead of over the whole text.
_UNIT_WORDS = (
    "second seconds minute minutes hour hours hourly day days night nights nightly week weeks "
    "weekly weekend weekends fortnight fortnights month months monthly year years yearly "
    "decade decades"
)
_FAMILY_WORDS: dict[str, str] = {
    "deictic": "today tonight yesterday tomorrow morning afternoon evening overnight",
    "unit": _UNIT_WORDS,
    "quarter": "quarter quarters quarterly half period periods",
    "century": "century centuries",
    "ref": "now current currently nowadays these present past recent recently future soon "
    "coming term",
    "set": "daily annually biweekly semiannually biannually every each per",
    "freq": "once twice thrice times",
    "season": "spring summer fall autumn winter",
    "spelled": "nineteen eighteen thousand",
    "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
}
WORD_FAMILIES: dict[str, tuple[str, ...]] = {}
"""Lower-case word → the trigger families it belongs to."""
for _family, _words in _FAMILY_WORDS.items():
    for _word in _words.split():
        WORD_FAMILIES[_word] = (*WORD_FAMILIES.get(_word, ()), _family)
WORD_FAMILIES["night"] = ("unit", "deictic")
WORD_FAMILIES["day"] = ("unit", "day")
for _word in ("morning", "afternoon", "evening"):
    WORD_FAMILIES[_word] = ("deictic", "daypart")
for _word in ("days", "weeks", "months", "years", "decades"):
    WORD_FAMILIES[_word] = ("unit", "plural")
for _word in ("noon", "midday", "midnight", "am", "pm"):
    WORD_FAMILIES[_word] = ("clock",)
CASED_FAMILIES: dict[str, tuple[str, ...]] = {}
"""Capitalised names: months and weekdays count only with their capital."""
for _name in re.findall(r"[A-Z][a-z]+", MONTH):
    CASED_FAMILIES[_name] = ("month",)
for _name in re.findall(r"[A-Z][a-z]+", WEEKDAY):
    CASED_FAMILIES[_name] = ("weekday",)
    CASED_FAMILIES[_name + "s"] = ("weekday",)
for _name in (
    "Christmas",
    "Thanksgiving",
    "Halloween",
    "Independence",
    "Valentine",
    "Labor",
    "Memorial",
    "Veterans",
    "Year",
    "Easter",
    "Good",
    "Palm",
):
    CASED_FAMILIES[_name] = ("holiday",)
RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "date_mdy": ("month",),
    "date_dmy": ("month",),
    "week_of": ("month",),
    "date_iso": ("year",),
    "date_slash": ("slash",),
    "month_year": ("month",),
    "month_mod": ("month",),
    "month_bare": ("month",),
    "month_may": ("month",),
    "year": ("year",),
    "year_period": ("year",),
    "spelled_year": ("spelled",),
    "short_year": ("short_year",),
    "decade": ("decade",),
    "century": ("century",),
    "quarter_ord": ("quarter",),
    "quarter_det": ("quarter",),
    "year_ago": ("unit",),
    "relative": ("unit", "season", "century"),
    "year_end": ("unit",),
    "deictic": ("deictic",),
    "anaphoric_day": ("day", "deictic"),
    "part_of_day": ("deictic",),
    "weekday": ("weekday",),
    "clock": ("clock", "daypart"),
    "clock_after": ("clock",),
    "ref": ("ref",),
    "offset": ("unit", "quarter", "century"),
    "duration": ("unit", "quarter", "century"),
    "duration_adj": ("unit", "quarter", "century"),
    "unit_long": ("unit", "century"),
    "half_unit": ("unit", "century"),
    "bare_units": ("unit", "century"),
    "the_units": ("plural",),
    "nth_day": ("day",),
    "set": ("set", "unit", "quarter"),
    "set_freq": ("freq",),
    "holiday": ("holiday",),
}
WINDOW: dict[str, tuple[int, int]] = {name: (60, 45) for name in RULE_TRIGGERS}
"""Characters a rule may reach before and after its trigger word."""
for _name in (
    "offset",
    "duration",
    "duration_adj",
    "unit_long",
    "half_unit",
    "bare_units",
    "the_units",
    "relative",
    "year_ago",
):
    WINDOW[_name] = (50, 25)  # the unit word ends these, give or take "ago" or "or so"


def word_regex(words: list[str]) -> str:
    """A regex matching any of ``words``, as a trie so each position tries one branch only."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        optional = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return build(trie)


LOWER_TRIGGERS = re.compile(rf"\b(?:{word_regex(list(WORD_FAMILIES))})\b")
"""Trigger words, matched in ASCII-lower-cased text."""
CASED_TRIGGERS = re.compile(rf"\b(?:{word_regex(list(CASED_FAMILIES))})\b")
"""Month and weekday names, matched with their capital."""
