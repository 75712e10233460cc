"""Find every rule's matches, running each rule only near the words it needs."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from reportgen import _recache
from reportgen.summarize.timex._patterns import (
    CASED_FAMILIES,
    CASED_TRIGGERS,
    LOWER_TRIGGERS,
    WORD_FAMILIES,
)
from reportgen.summarize.timex._rules import RULES, Rule

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
"""Lower-casing that keeps every offset (``str.lower`` may lengthen some letters)."""
_NUMBERS = _recache.compile(r"\d+")
_DOTTED_CLOCK = _recache.compile(r"\.\d\d\s*[ap]\.?m\b", re.I)
_ZONE_AFTER = _recache.compile(r"\s+(?:GMT|UTC)\b")


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Trigger family → spans of its words in ``text``, in order.

    Python's regex engine pays for every alternative at every position, so the thirty full
    rules are not run over the whole text: two trie-shaped word regexes and one pass over
    the numbers find where each rule could match, and the rules search only there.
    """
    hits: dict[str, list[tuple[int, int]]] = {}
    lowered = text.translate(_ASCII_LOWER)
    for source, pattern, table in (
        (lowered, LOWER_TRIGGERS, WORD_FAMILIES),
        (text, CASED_TRIGGERS, CASED_FAMILIES),
    ):
        for m in pattern.finditer(source):
            for family in table[m.group(0)]:
                hits.setdefault(family, []).append(m.span())
    for m in _NUMBERS.finditer(text):
        if len(m.group(0)) == 2 and text[m.start() - 1 : m.start()] in ("'", "\u2019"):
            hits.setdefault("short_year", []).append(m.span())  # "in '87", and "the '80s" below
        shape = _number_family(text, m.group(0), m.end())
        if shape is not None:
            hits.setdefault(shape, []).append(m.span())
    for marker in ("a.m", "p.m", "o'clock"):
        pos = lowered.find(marker)
        while pos != -1:
            hits.setdefault("clock", []).append((pos, pos + len(marker)))
            pos = lowered.find(marker, pos + 1)
    for spans in hits.values():
        spans.sort()
    return hits


def _number_family(text: str, digits: str, end: int) -> str | None:
    """Numbers that may start a date or time: years, decades, clock times, numeric dates."""
    after = text[end : end + 2]
    if after.lower() in ("am", "pm") or _DOTTED_CLOCK.match(text, end):
        return "clock"  # "8pm", "10.30am"
    if len(after) == 2 and after[1].isdigit():
        if after[0] == ":":
            return "clock"
        if after[0] == "/":
            return "slash"
    if len(digits) == 4 and _ZONE_AFTER.match(text, end):
        return "clock"  # "0600 GMT"
    if digits[-1] == "0" and (after[:1] == "s" or after == "'s"):
        return "decade"
    return "year" if len(digits) == 4 else None


def matches(
    text: str, rules: tuple[Rule, ...] = RULES
) -> Iterator[tuple[int, Rule, re.Match[str]]]:
    """(rank, rule, match) for every match of every rule, rule by rule, each rule searched
    only in windows around its trigger words."""
    hits = _triggers(text)
    size = len(text)
    for rank, rule in enumerate(rules):
        families = [hits[f] for f in rule.triggers if f in hits]
        if not families:
            continue
        spans = families[0] if len(families) == 1 else sorted(s for f in families for s in f)
        for start, end in _windows(spans, size, *rule.window):
            for m in rule.compiled.finditer(text, start, end):
                yield rank, rule, m


def trigger_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Trigger family → spans of its words in ``text``: what the rules are searched near."""
    return _triggers(text)


def _windows(
    spans: list[tuple[int, int]], size: int, before: int, after: int
) -> Iterator[tuple[int, int]]:
    """Merge the trigger neighbourhoods, so no stretch of text is searched twice."""
    lo = hi = -1
    for start, end in spans:
        a, b = max(0, start - before), min(size, end + after)
        if a <= hi:
            hi = max(hi, b)
            continue
        if hi > lo:
            yield lo, hi
        lo, hi = a, b
    if hi > lo:
        yield lo, hi
