"""Pieces the rules' regexes share, and the trigger words the rules are searched near."""

from __future__ import annotations

import re

from reportgen import _recache
from reportgen.summarize.timex._lexicon import (
    MONTH,
    ORDINAL_WORD,
    WEEKDAY,
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


LOWER_TRIGGERS = _recache.compile(rf"\b(?:{word_regex(list(WORD_FAMILIES))})\b")
"""Trigger words, matched in ASCII-lower-cased text."""
CASED_TRIGGERS = _recache.compile(rf"\b(?:{word_regex(list(CASED_FAMILIES))})\b")
"""Month and weekday names, matched with their capital."""
