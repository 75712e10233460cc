"""Names that look like times: "This Week With David Brinkley", CBS's "60 Minutes"."""

from __future__ import annotations

import re

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
_WORD = re.compile(r"[A-Za-z]+")
_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}")
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
