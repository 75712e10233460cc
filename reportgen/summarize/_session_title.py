"""A call's or meeting's title from what it says it is ("Welcome to the Audit Committee").

A transcript has no headline, and its first sentences are greetings and housekeeping, so a
title cut from its bottom line reads as a stray remark. Sessions name themselves early on;
each pattern below is one way they do, most specific first, with examples in the tests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.summarize._point_rules import unfit_as_point

_FILLER = _recache.compile(r"\b(?:um+|uh+|erm)\b,?\s*|\b(\w+) (?=\1\b)", re.I)
"""Spoken fillers and a word said twice ("our our project"), dropped from a spoken name."""
_LOOK_AHEAD = 25
"""Sessions say what they are within their first few turns."""


@dataclass(frozen=True, slots=True)
class SessionName:
    name: str
    pattern: re.Pattern[str]
    must: tuple[tuple[str, str], ...]
    """(sentence, the title it gives)."""
    must_not: tuple[str, ...]


_KIND = r"(?:committee|meeting|call|conference|session|webcast|briefing|hearing|forum|inquiry)"

SESSION_NAMES: tuple[SessionName, ...] = (
    SessionName(
        "session_on",
        _recache.compile(
            r"\b(?:is|was|will be) (?:our|the|this) (?P<title>(?:[\w-]+ ){0,3}"
            r"(?:scrutiny|evidence|review|consultation) session on [^.?!;]{3,140})",
            re.I,
        ),
        (
            (
                "Item 3 this morning is our second evidence session on the Local Transport Bill.",
                "second evidence session on the Local Transport Bill",
            ),
        ),
        ("The committee held a session on Monday.",),
    ),
    SessionName(
        "welcome_to",
        _recache.compile(
            rf"\bwelcome (?:\w+ ){{0,2}}to (?:the |our |today's |this )?(?P<title>"
            rf"(?:[\w,'&-]+ ){{0,9}}?{_KIND}(?: of (?:the )?(?:[\w,'&-]+ ){{0,8}}?"
            rf"(?:committee|board|council|panel))?)\b",
            re.I,
        ),
        (
            (
                "Good morning and welcome to the Housing and Planning Committee.",
                "Housing and Planning Committee",
            ),
            (
                "I'd like to welcome you to today's meeting of the Audit and Risk Committee.",
                "meeting of the Audit and Risk Committee",
            ),
            (
                "Welcome to the Northgate Foods third quarter 2025 earnings call.",
                "Northgate Foods third quarter 2025 earnings call",
            ),
        ),
        ("Residents welcomed the decision to close the road.",),
    ),
    SessionName(
        "call_to_discuss",
        _recache.compile(
            r"\b(?:call|webcast|meeting|us) (?:today |this morning |this afternoon )?to "
            r"(?:discuss|review) (?P<title>(?:[A-Z][\w.&'\u2019-]* ){1,4}(?:[\w'\u2019-]+ ){1,6}"
            r"(?:results|earnings))\b",
        ),
        (
            (
                "We appreciate you participating in our conference call today to discuss "
                "Northgate Foods' 2025 third quarter financial results.",
                "Northgate Foods' 2025 third quarter financial results",
            ),
        ),
        (
            "We will meet the union today to discuss the depot's results.",
            "Some of the figures that we'll discuss today are presented on a non-GAAP basis.",
        ),
    ),
    SessionName(
        "joining_us_for",
        _recache.compile(
            r"\bjoining us (?:today |this morning |this afternoon )?for (?P<title>"
            r"(?:[A-Z][\w.&'\u2019-]* ){1,4}(?:[\w'\u2019-]+ ){1,6}(?:earnings|results) call)\b",
        ),
        (
            (
                "I'm pleased that you're joining us for Northgate Foods' second quarter FY '25 "
                "earnings call.",
                "Northgate Foods' second quarter FY '25 earnings call",
            ),
        ),
        ("Thank you for joining us for the call.",),
    ),
    SessionName(
        "will_be_the",
        _recache.compile(
            rf"\b(?:this|today's) {_KIND}(?:'s)?(?: agenda)? (?:will be|is) (?:the|our|a) "
            rf"(?P<title>(?:[\w-]+ ){{1,3}}{_KIND})\b",
            re.I,
        ),
        (
            (
                "Project Manager: So this meeting agenda will be the detailed design meeting.",
                "detailed design meeting",
            ),
        ),
        ("This meeting will be the last one before the vote.",),
    ),
    SessionName(
        "this_is",
        _recache.compile(
            rf"\bthis is (?:the|our) (?P<title>(?:[\w-]+ ){{0,3}}{_KIND})\b",
            re.I,
        ),
        (("Okay, um, this is the kick-off meeting for our project.", "kick-off meeting"),),
        ("This is the best result the company has had.",),
    ),
)


_SESSION_TALK = 2
"""Sentences about the session itself, among the opening ones, that mark a transcript."""
_QUOTES = '"\u201c\u201d'


def session_title(sentences: Sequence[Sentence]) -> str:
    """The name a transcript gives itself, capitalised; empty when it gives none, or when
    the text does not talk about itself as a session does (a news story quoting a welcome)."""
    opening = [_FILLER.sub("", s.text) for s in sentences[:_LOOK_AHEAD]]
    talk = sum(unfit_as_point(t) in ("procedure", "framing") for t in opening)
    if talk < _SESSION_TALK:
        return ""
    opening = [t for t in opening if not any(q in t for q in _QUOTES)]
    for rule in SESSION_NAMES:
        for text in opening:
            found = rule.pattern.search(text)
            if found:
                title = found["title"].strip(" ,")
                return title[:1].upper() + title[1:]
    return ""
