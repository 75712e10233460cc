"""Words that mark what a document asks of its reader: action headings and asks."""

from __future__ import annotations

import re

from reportgen import _recache

ACTION_HEADINGS = frozenset(
    {
        "decisions needed",
        "decision needed",
        "decisions required",
        "decision required",
        "decisions",
        "decision",
        "recommendation",
        "recommendations",
        "recommended action",
        "recommended actions",
        "action required",
        "actions required",
        "action items",
        "actions",
        "next steps",
        "the ask",
        "ask",
        "asks",
        "requested action",
        "action requested",
        "approval sought",
        "decision sought",
        "proposal",
        "proposed decisions",
        "resolutions",
        "resolution",
    }
)
"""Headings (lower case, no closing colon) of the part that asks for decisions or actions."""

ASK_LEAD_IN = _recache.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s*:?\s*$"
    r"|\b(?:recommend(?:s|ed)?|propose[sd]?)\s+(?:that\s+)?(?:the\s+\w+\s+)?:\s*$"
    r"|\bto\s+(?:note|agree|approve)\s+the\s+following\s*:?\s*$",
    re.I,
)
"""A line that leads into a list of asks: "The Board is asked to:"."""

ASK = _recache.compile(
    r"\b(?:(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:approve|agree|endorse|note|"
    r"decide|consider|support|adopt|confirm)"
    r"|asks?\s+the\s+\w+(?:\s+\w+)?\s+to\s+(?:approve|agree|endorse|decide|support|adopt)"
    r"|seeks?\s+(?:the\s+\w+(?:'s)?\s+)?(?:approval|agreement|endorsement|a\s+decision)"
    r"|(?:we|I)\s+recommend\s+that"
    r"|recommends?\s+that\s+the\s+\w+\s+(?:approve|agree|adopt|endorse))\b",
    re.I,
)
"""A sentence that states the ask: "This paper asks the Board to approve ...", "The
committee is invited to agree ...", "We recommend that the Board approve ..."."""
