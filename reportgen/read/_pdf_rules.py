"""What a line of a PDF page is beyond its words: rules read from its text, one record each.

A PDF says "page number", "dated notice" or "made from a Word file" only in its text; each
rule here is a pattern with lines it must and must not match, and
``tests/read/test_pdf_rules.py`` holds every rule to its examples.
"""

from __future__ import annotations

import re

from reportgen import _recache
from reportgen.read._line_rules import LineRule

BOLD_FONT_WORDS = ("bold", "black", "heavy", "semibold", "demi")
"""Words in a font's name that make its text bold ("Helvetica-Bold", "Arial,Bold")."""

BULLET_GLYPHS = "•●○◦▪■□‣·➢✓\uf0b7\uf0a7"
"""Marks that open a list item even set tight against its first word (U+F0B7 is Symbol's
bullet as Word exports it); not "*" or a dash, which mark a note ("*Publication Note") or a
continuation."""


def _rule(name: str, pattern: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> LineRule:
    return LineRule(name, _recache.compile(pattern), must, must_not)


RULES: tuple[LineRule, ...] = (
    _rule(
        "page_number",
        r"(?i)^\s*(?:-\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?"
        r"(?:\s*-)?\s*$",
        ("3", "Page 2 of 14", "- 7 -", "iv", "12 / 40", "page 5"),
        ("3 March 2025", "2025 budget", "Page two", "Chapter 3"),
    ),
    _rule(
        "file_name_title",
        r"(?i)^\s*(?:microsoft\s+(?:word|powerpoint|excel)\s*-.*|untitled\b.*|document\d*|"
        r"activereports document|powerpoint presentation|slide \d+|"
        r".*\.(?:docx?|pdf|xlsx?|pptx?|rtf|txt|indd|qxd|odt|tmp))\s*$",
        (
            "Microsoft Word - board paper v3.doc",
            "Untitled",
            "Document1",
            "draft_final.pdf",
            "ActiveReports Document",
        ),
        ("Annual Report 2024", "Inadequate and Unhealthy Housing", "Budget update for the board"),
    ),
    _rule(
        "placeholder_author",
        r"(?i)^\s*(?:administrator|admin|user|owner|author|unknown|"
        r"(?:windows|microsoft office|office|default)\s+user|user\d*|pc\d*)\s*$",
        ("Administrator", "Windows User", "Microsoft Office User", "user1", "Owner"),
        ("Tanya Panda", "Director of Finance", "Userton, Mary", "Owen Black"),
    ),
    _rule(
        "dated",
        r"^\s*Dated:\s*(?P<value>\S.*?)\s*$",
        ("Dated: March 3, 2025.", "Dated:  14 January 2011"),
        ("Updated: March 3, 2025", "dated in March", "The memo dated 3 March"),
    ),
    _rule(
        "caption",
        r"^\s*(?i:table|exhibit)\s+[0-9A-Z]{1,3}\b",
        (
            "Table 1. Budget by directorate",
            "TABLE 2 Staff numbers",
            "Exhibit A: costs",
            "tABLE 3. Continued",
        ),
        ("Tables show costs", "The table below", "Table top"),
    ),
)
BY_NAME = {r.name: r for r in RULES}


def match(name: str, line: str) -> re.Match[str] | None:
    return BY_NAME[name].pattern.match(line)
