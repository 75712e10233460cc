"""Names that look like times: "This Week With David Brinkley", CBS's "60 Minutes"."""

from __future__ import annotations

from reportgen import _recache
from reportgen.summarize.timex._lexicon import MONTHS, WEEKDAYS

_COMMON = frozenset(
    (
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "now",
        "week",
        "weekend",
        "weekends",
        "month",
        "months",
        "year",
        "years",
        "minute",
        "minutes",
        "hour",
        "hours",
        "morning",
        "afternoon",
        "evening",
        "night",
        "decade",
        "century",
        "noon",
        "midnight",
    )
)
"""Words written in lower case when they tell a time; capitalised mid-sentence they are part
of a name (a programme, a paper, a film). Day, the months and the weekdays are left out:
they are capitalised in holidays and in dates themselves."""
_WORD = _recache.compile(r"[A-Za-z]+")
_LONG_WORD = _recache.compile(r"\b[A-Za-z]{4,}")
_OPENS = frozenset(".!?:;\n")
_QUOTES = "\"'`\u201c\u2018 \t"
_REACH = 200
"""Characters looked at either side: enough for a sentence opening or a headline line."""


def is_title(text: str, start: int, end: int) -> bool:
    """Whether a span is a capitalised name rather than a time: it holds a capitalised common
    time word that neither opens a sentence nor stands in a headline written in title case."""
    for w in _WORD.finditer(text, start, end):
        word = w.group(0)
        if not (word[0].isupper() and word.lower() in _COMMON):
            continue
        lo = max(0, w.start() - _REACH)
        before = text[lo : w.start()].rstrip(_QUOTES)
        if w.start() == start and (before[-1:] in _OPENS or not before and lo == 0):
            continue  # "Today, the talks resume." opens its sentence
        if _in_headline(text, w.start()):
            continue
        return True
    return False


def _in_headline(text: str, at: int) -> bool:
    """A line nearly all of whose longer words are capitalised: "Talks Resume Today in Geneva".

    A sentence rich in names ("Baker said on ABC's This Week With David Brinkley") stays
    below the bar, and a line that ends in a full stop is a sentence."""
    nl = text.rfind("\n", max(0, at - _REACH), at)
    lo = nl + 1 if nl != -1 else max(0, at - _REACH)
    hi = text.find("\n", at, at + _REACH)
    end = hi if hi != -1 else min(len(text), at + _REACH)
    if text[lo:end].rstrip(_QUOTES).endswith((".", "!", "?")):
        return False  # a headline carries no full stop
    words = _LONG_WORD.findall(text, lo, end)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_CALENDAR_NAMES = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
_NEXT_CAPITAL = _recache.compile(r"[ \t]+([A-Z][a-z]{2,})\b")
_PREV_WORD = _recache.compile(r"([\w'\u2019.]+)[ \t]+$")
_DATE_LEAD = frozenset(
    {"on", "in", "since", "by", "until", "till", "from", "to", "through", "during", "of"}
    | {"last", "next", "this", "early", "late", "mid", "before", "after", "for", "and", "or"}
    | {"between", "every", "each", "that", "the", "around", "about", "past", "coming", "at"}
    | {"as", "than"}
)
"""Words after which a month or weekday is a date even before a capitalised word ("in April
Iraq ...", "on Monday President Bush ...")."""


def opens_a_name(text: str, start: int, end: int, weekday: bool) -> bool:
    """ "April Evans, 16", "June Evans said", "the BBC's Sunday Politics": a month or a
    weekday that a capitalised word continues into a name. A month counts so after any word
    but one that takes a date; a weekday only where a name may start (a sentence's first
    word, or after another capitalised word), as wire copy writes "Clinton Monday vetoed"."""
    nxt = _NEXT_CAPITAL.match(text, end)
    if nxt is None or nxt.group(1) in _CALENDAR_NAMES or _in_headline(text, start):
        return False
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    if prev is None or prev.group(1)[-1:] in ".!?":
        return True  # the sentence's first word
    word = prev.group(1)
    if word.lower() in _DATE_LEAD:
        return False
    return not weekday or word[:1].isupper()
