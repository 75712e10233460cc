"""Temporal expressions: find DATE/TIME/DURATION/SET spans and normalise them to TIMEX3 values.

A rule-based tagger in the manner of HeidelTime: each kind of expression is one record of
the table in ``_rules`` (regex, trigger words, resolver, vetoes, examples); overlapping
matches are settled longest-first, and each kept span is normalised left to right
(``_normalise``) so that "that year" or "two years later" can count from the last date the
text gave, while "yesterday" or "Friday" count from the document date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from reportgen import _recache
from reportgen.summarize._abbreviations import MONTH_WORD
from reportgen.summarize.timex._anchor import Cue, shift
from reportgen.summarize.timex._normalise import Resolver
from reportgen.summarize.timex._rules import VETOES, Rule
from reportgen.summarize.timex._scan import matches
from reportgen.summarize.timex._state import TimexType

__all__ = ["Timex", "TimexType", "shift", "tag"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression; ``text == source_text[start:end]``."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    """TIMEX3 value: ``2012``, ``2012-02-22``, ``PAST_REF``, ``P3Y``, ``XXXX-02-22``."""


def tag(text: str, dct: date | None = None) -> list[Timex]:
    """Find temporal expressions in ``text``; ``dct`` anchors relative ones when given.

    Offsets index ``text`` exactly as given (no normalisation first), so a caller's CRLF or
    non-ASCII text keeps its positions. Without ``dct`` relative expressions stay unresolved
    (``PAST_REF``, ``XXXX-WXX-5``) rather than guessed.
    """
    text = _GLUED_MONTH.sub(" ", text)  # same length: every offset still indexes the input
    tenses: dict[tuple[int, int], Cue] = {}
    probe = Resolver(text, dct, tenses)
    candidates: list[tuple[int, int, int, int, Rule, re.Match[str]]] = []
    for rank, rule, m in matches(text):
        if m.end() == m.start() or vetoed(rule, text, m):
            continue
        if probe.resolve(rule.resolver, m) is not None:
            candidates.append((-(m.end() - m.start()), rank, m.start(), m.end(), rule, m))
    candidates.sort(key=lambda c: c[:3])
    taken = bytearray(len(text))
    kept: list[tuple[int, Rule, re.Match[str]]] = []
    for _, _, start, end, rule, m in candidates:
        # Longest first, then the earlier rule: keep a span only if it overlaps none kept.
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, rule, m))
    kept.sort(key=lambda k: k[0])
    resolver = Resolver(text, dct, tenses)
    out: list[Timex] = []
    for start, rule, m in kept:
        result = resolver.resolve(rule.resolver, m)
        if result is not None:
            t = _day_off(text, Timex(start, m.end(), text[start : m.end()], *result))
            while out and out[-1].end > t.start:
                out.pop()  # "a day" was kept apart before "a day after Christmas" took it in
            out.append(t)
    return out


_GLUED_MONTH = _recache.compile(rf"[a-z)](?={MONTH_WORD}\.?\s+\d{{4}}\b)")
"""The letter before a month glued on by a page copied without line breaks ("energy mixMar
2013 - ..."): read as a space, so the month starts a word."""


def vetoed(rule: Rule, text: str, m: re.Match[str]) -> bool:
    """Whether one of the rule's vetoes drops the match before it is valued."""
    return any(VETOES[name].applies(text, m) for name in rule.vetoes)


_DAY_OFF = _recache.compile(r"\b(?:(?:the|a|one)\s+)?day\s+(before|after)\s+$", re.I)


def _day_off(text: str, t: Timex) -> Timex:
    """ "the day before last Tuesday's hearing" is the Monday: one span, one day earlier."""
    m = _DAY_OFF.search(text, max(0, t.start - 20), t.start)
    if m is None or t.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
        return t
    day = date.fromisoformat(t.value) + timedelta(days=-1 if m[1].lower() == "before" else 1)
    return Timex(m.start(), t.end, text[m.start() : t.end], "DATE", day.isoformat())
