"""What a line of plain text is, as a person reads it: one record per kind of line.

Each rule is a pattern with lines it must and must not match; ``tests/read/test_line_rules.py``
holds every rule to its examples. The parser (:mod:`reportgen.read.textstructure`) decides
from these and from a line's neighbours (a short line alone is a heading; consecutive numbered
lines are a list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen import _recache


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]
    must: tuple[str, ...]
    must_not: tuple[str, ...]


def _rule(name: str, pattern: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> LineRule:
    return LineRule(name, _recache.compile(pattern), must, must_not)


HEADER_NAMES = (
    "to",
    "from",
    "date",
    "subject",
    "re",
    "cc",
    "bcc",
    "classification",
    "security classification",
    "protective marking",
    "marking",
    "author",
    "authors",
    "prepared by",
    "owner",
    "meeting",
    "attendees",
    "present",
    "apologies",
    "in attendance",
    "chair",
    "ref",
    "reference",
    "our ref",
    "status",
    "version",
    "paper",
    "paper no",
    "agenda item",
    "date of meeting",
    "meeting date",
    "venue",
    "location",
    "distribution",
    "sponsor",
    "report author",
    "report of",
    "memo",
    "memorandum",
    "copy",
)
"""Field names of a memo's, a board paper's or minutes' header block ("To: Board")."""
_HEADER_ALT = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in HEADER_NAMES)

MARKING_WORDS = (
    r"(?:TOP\s+)?SECRET(?:\s*//\s*[A-Z ]+)?",
    r"OFFICIAL(?:[-\s]SENSITIVE)?(?:\s*[-:–]\s*[A-Z ]+)?",
    r"(?:STRICTLY\s+)?CONFIDENTIAL(?:\s*[-:–]\s*.+)?",
    r"RESTRICTED(?:\s*[-:–]\s*.+)?",
    r"UNCLASSIFIED(?:\s*//\s*[A-Z ]+)?",
    r"NOT\s+PROTECTIVELY\s+MARKED",
    r"PROTECT(?:\s*[-:–]\s*.+)?",
    r"COMMERCIAL\s+IN\s+CONFIDENCE",
    r"(?:FOR\s+)?INTERNAL\s+USE\s+ONLY",
    r"FOR\s+OFFICIAL\s+USE\s+ONLY",
    r"Internal\s*[-–—:]\s*\S.{0,60}",
    r"Confidential\s*[-–—:]\s*\S.{0,60}",
    r"Restricted\s*[-–—:]\s*\S.{0,60}",
    r"Official[-\s]Sensitive",
    r"TLP:\s?(?:CLEAR|WHITE|GREEN|AMBER(?:\+STRICT)?|RED)",
    r"DRAFT\s*[-–—:]\s*NOT\s+FOR\s+(?:CIRCULATION|DISTRIBUTION)",
)
"""Protective markings and classifications as documents print them on a line of their own."""

RULES: tuple[LineRule, ...] = (
    _rule(
        "header_field",
        rf"^\s*(?P<name>(?i:{_HEADER_ALT}))\s*:\s*(?P<value>\S.*?)\s*$",
        ("To: Executive Committee", "From:  Director of Operations", "Date: 3 March 2025"),
        ("The date: a guess", "Tomorrow: we meet", "Note: the figures are draft"),
    ),
    _rule(
        "marking",
        rf"^\s*(?:{'|'.join(MARKING_WORDS)})\s*$",
        ("OFFICIAL-SENSITIVE", "Internal – Management only", "CONFIDENTIAL", "TLP:AMBER"),
        ("Confidential talks resumed on Monday.", "Officials said", "Internal audit found"),
    ),
    _rule(
        "hash_heading",
        r"^(?P<marks>#{1,6})[ \t]+(?P<text>\S.*?)[ \t#]*$",
        ("# Purpose", "## 2. Financial position ##"),
        ("#hashtag", "#1 priority is cost"),
    ),
    _rule(
        "underline",
        r"^[ \t]*(?P<char>=|-)(?P=char){2,}[ \t]*$",
        ("=====", "-------"),
        ("- item", "==> next"),
    ),
    _rule(
        "numbered_heading",
        r"^[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?P<text>[A-Z(][^\n]*?)\s*$",
        ("1. Introduction", "2.3 Risks and mitigations", "4\tFINANCIAL IMPLICATIONS"),
        ("1990 was a hard year", "3,000 jobs", "2024. It rained"),
    ),
    _rule(
        "lettered_heading",
        r"^[ \t]*(?P<num>[A-Z]|(?:IX|IV|V?I{1,3}|X{1,2}I{0,3}))\.[ \t]+(?P<text>[A-Z][^\n]*?)\s*$",
        ("A.\tPURPOSE", "B. Background", "IV. Financial implications"),
        ("a. lower case item", "Dr. Smith said", "A.I. is here"),
    ),
    _rule(
        "bullet",
        r"^(?P<indent>[ \t]*)(?P<mark>[-*•·◦▪‣–●○■□➢✓]) +(?P<text>\S.*?)\s*$",
        ("- Approve the budget", "• Staff turnover rose", "  * nested point"),
        ("-5 degrees", "*bold* text", "-- signature"),
    ),
    _rule(
        "numbered_item",
        r"^(?P<indent>[ \t]*)(?P<mark>\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \t]+"
        r"(?P<text>\S.*?)\s*$",
        ("1. Approve the revised budget.", "(a) note the risks", "ii) agree the timetable"),
        ("1.5 million people", "a lot of work", "2024) was"),
    ),
    _rule(
        "table_separator",
        r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$",
        ("|---|---|", "| :--- | ---: |", "---|---"),
        ("---", "| a | b |"),
    ),
    _rule(
        "pipe_row",
        # Each cell is taken whole at once (possessive) after a look-ahead finds a non-blank in
        # it: the same lines as "[^|]*[^|\s][^|]*", without trying every split of a long line.
        r"^\s*+\|?(?=[^|\n]*[^|\s])[^|\n]*+\|(?=[^|\n]*[^|\s])[^|\n]*+(?:\|[^|\n]*+)*+$",
        ("| Metric | Q1 | Q2 |", "Budget | 1.2m | 1.4m"),
        ("no pipes here", "|"),
    ),
    _rule(
        "summary_label",
        r"^\s*(?P<label>SUMMARY|Summary|ABSTRACT|Abstract|EXECUTIVE SUMMARY|Executive [Ss]ummary"
        r"|BOTTOM LINE|Bottom line|BLUF|KEY JUDGEMENTS?|Key judgements?)\s*(?::|\.|—|–| -)\s*"
        r"(?P<text>\S.*)$",
        ("SUMMARY: The agency proposes a rule.", "Bottom line: approve the plan."),
        ("Summary of the meeting", "Summary judgment was granted."),
    ),
    _rule(
        "dateline",
        r"^\s*[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z .]+\))?\s*(?:_|--|—)\s*$",
        ("MIAMI _", "NAIROBI (AP) --"),
        ("Miami is warm", "MIAMI"),
    ),
)
"""Every kind of line the plain-text parser names, most specific first."""

BY_NAME = {rule.name: rule for rule in RULES}


def match(name: str, line: str) -> re.Match[str] | None:
    return BY_NAME[name].pattern.match(line)
