"""Words of time: month, weekday, season, unit and number tables, and regex fragments of them."""

from __future__ import annotations

import re

FULL_MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: dict[str, int] = {}
for _n, _name in enumerate(FULL_MONTHS, start=1):
    MONTHS[_name] = _n
    MONTHS[_name[:3]] = _n
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {
    name: n
    for n, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ),
        start=1,
    )
    for name in names
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month a season opens with, in the northern hemisphere as TIMEX3 reads them."""

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES, start=1)}
NUMBER_WORDS |= {w: i for i, w in enumerate(_TEENS, start=10)}
NUMBER_WORDS |= {w: i * 10 for i, w in enumerate(_TENS, start=2)}
NUMBER_WORDS |= {"a": 1, "an": 1, "zero": 0, "dozen": 12, "hundred": 100, "thousand": 1000}

ORDINALS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
ORDINALS["thirtieth"] = 30

# Unit word → (TIMEX3 letter, multiplier, is a time-of-day unit). Decades and centuries count
# in years, as TimeBank writes "two decades" as P20Y.
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "weekend": ("WE", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "centurie": ("Y", 100, False),
}


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Longest first, so the regex engine never stops at a prefix ("Sept" before "Sep")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ONE = _alt(_ONES)
_TEEN = _alt(_TEENS)
_TEN = _alt(_TENS)
NUMBER_WORD = (
    rf"(?:(?:{_TEN})(?:[- ](?:{_ONE}))?|{_TEEN}|{_ONE}|(?:a|one)\s+hundred|a\s+dozen|dozen)"
)
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|{NUMBER_WORD})"
FUZZY = r"(?:a\s+few|several|many|some|a\s+couple\s+of|couple\s+of|a\s+number\s+of|few|numerous)"
ORDINAL_WORD = _alt(list(ORDINALS)) + r"|twenty-?(?:first|second|third|fourth|fifth|sixth|"
ORDINAL_WORD += r"seventh|eighth|ninth)|thirty-?first"

_MONTH_NAMES = [m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"]
_MONTH_NAMES.remove("Sept")
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
MONTH = rf"(?-i:(?:{_alt(_MONTH_NAMES)})\b|(?:{_alt(_MONTH_ABBR)})(?:\.|\b))"
"""Capitalised month names: "may" and "march" in lower case are verbs."""
MONTH_NOT_MAY = (
    rf"(?-i:(?:{_alt([m for m in _MONTH_NAMES if m != 'May'])})\b|(?:{_alt(_MONTH_ABBR)})(?:\.|\b))"
)

_WEEKDAY_NAMES = [w.capitalize() for w in WEEKDAYS if len(w) > 5]
WEEKDAY = rf"(?-i:(?:{_alt(_WEEKDAY_NAMES)})\b)"
WEEKDAY_OR_PLURAL = rf"(?-i:(?:{_alt(_WEEKDAY_NAMES)})(?=s?\b))"
"""A weekday that may take a plural "s" after it ("on Sundays"), which the match leaves out."""
SEASON = _alt(list(SEASONS))
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%A-Za-z]|,\d|\.\d|-\d|\s*(?:%|percent\b))"
"""A four-digit year; not a price, a percentage, a number with separators or a range."""
RANGED_YEAR = (
    r"(?:1[0-9]\d\d|20\d\d)"
    r"(?![\d%A-Za-z]|,\d|\.\d|-(?!(?:1[89]|20)\d\d\b|\d\d\b)\d|\s*(?:%|percent\b))"
)
"""A year standing alone or opening a range of years ("1994-1997", "the 2011-12 season")."""
RANGED_YEAR_START = r"(?<![\d$£.,:/#])(?:(?<=(?:1[89]|20)\d\d-)|(?<!-))"
"""Before a year: no digit, currency or separator, and a hyphen only after another year."""

UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|"
    r"years?|decades?|century|centuries)"
)

_SPELLED_TENS = rf"(?:(?:{_TEN})(?:[- ](?:{_ONE}))?|{_TEEN}|oh[- ](?:{_ONE}))"
SPELLED_YEAR = (
    rf"(?:(?:nineteen|eighteen)[- ]{_SPELLED_TENS}|"
    rf"two\s+thousand(?:\s+and)?(?:\s+(?:{_TEEN}|{_ONE}))?)"
)


def parse_number(text: str) -> float | None:
    """Digits, "2 1/2" or English number words ("twenty four", "a hundred"); None when vague."""
    text = text.strip().lower().replace("-", " ").replace(",", "")
    half = 0.5 if text.endswith(" 1/2") else 0.0
    if half:
        text = text[:-4]
    try:
        return float(text) + half
    except ValueError:
        pass
    total = 0
    for word in text.split():
        if word not in NUMBER_WORDS:
            return None
        n = NUMBER_WORDS[word]
        if n in (100, 1000):
            total = max(total, 1) * n
        else:
            total += n
    return float(total) if text else None


def parse_spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" → 1996; "two thousand" → 2000."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(parse_number(" ".join(w for w in words[2:] if w != "and")) or 0)
    century = NUMBER_WORDS.get(words[0], 0) * 100
    rest = [w for w in words[1:] if w != "oh"]
    return century + int(parse_number(" ".join(rest)) or 0)


def parse_ordinal(text: str) -> int | None:
    """ "8th", "eighth", "twenty-first" → the day number."""
    text = text.lower().replace("-", "")
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    if text in ORDINALS:
        return ORDINALS[text]
    for prefix, base in (("twenty", 20), ("thirty", 30)):
        if text.startswith(prefix) and text[len(prefix) :] in ORDINALS:
            return base + ORDINALS[text[len(prefix) :]]
    return None
