"""Headings that name no subject of their own: back matter, and the generic first parts.

A report's "References" or "Selected Resources" lists sources, not findings, so its lines are
never points, sections or timeline events. "Introduction" or "Background" heads a part but
titles no document: a text that opens on one has no title line.
"""

from __future__ import annotations

import re

from reportgen import _recache
from reportgen.summarize._tokens import word_set

BACK_MATTER = word_set(
    """references bibliography sources citations endnotes footnotes notes acknowledgements
    acknowledgments credits glossary index"""
) | frozenset(
    {
        "works cited",
        "further reading",
        "selected resources",
        "related resources",
        "selected sources",
        "source notes",
        "about the authors",
        "about the author",
        "author information",
    }
)
"""Parts that list where the text comes from or who wrote it."""

GENERIC_HEADINGS = word_set(
    """introduction background summary overview contents abstract purpose scope conclusion
    conclusions recommendations appendix annex preface foreword context"""
) | frozenset({"executive summary", "table of contents", "key findings", "in brief"})
"""Parts every report may have: a heading, never a document's title."""

_NUMBERING = _recache.compile(r"^(?:[\dIVXivx]+[.)]?|[A-Za-z][.)])\s+|[\s:.]+$")


def _normal(heading: str) -> str:
    return " ".join(_NUMBERING.sub("", heading.strip()).lower().split())


def is_back_matter(heading: str) -> bool:
    """ "References", "7. Selected Resources": a list of sources or credits."""
    return _normal(heading) in BACK_MATTER


def is_generic(heading: str) -> bool:
    """ "Introduction", "1. Background": a part's name, not a document's."""
    return _normal(heading) in GENERIC_HEADINGS


_APPENDIX = _recache.compile(
    r"^(?:appendix|appendices|annex|annexe|supplementary (?:material|information))\b"
    r"|^[A-Z](?:\.\d+)+\.?\s",
    re.I,
)


def is_appendix(heading: str) -> bool:
    """ "Appendix B", "Annex: costs", "A.1 MEMORY": detail set apart from the body, which a
    brief's key points do not reach into."""
    return _APPENDIX.match(heading.strip()) is not None
