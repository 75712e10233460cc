"""Text is data: one place cleans strings and escapes them for each target format."""

from __future__ import annotations

import html
import unicodedata

from reportgen import _recache

# C0/C1 controls but tab/newline, lone surrogates, XML's non-characters: no format holds them.
_NOT_XML = _recache.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE = _recache.compile(r"[ \t\r\n\u00a0\u2028\u2029]+")


def clean(text: str) -> str:
    """Drop characters that XML 1.0 and PDF text cannot carry; keep everything else as is."""
    return _NOT_XML.sub("", text)


def clean_inline(text: str) -> str:
    """Clean and fold runs of whitespace (line breaks included) into one space."""
    return _SPACE.sub(" ", clean(text)).strip()


def clean_run(text: str) -> str:
    """Like :func:`clean_inline`, but keeps edge spaces: for a run that joins its neighbours."""
    return _SPACE.sub(" ", clean(text))


CORE_PROPERTY_LIMIT = 255
"""python-docx and python-pptx refuse longer core properties (title, subject, keywords)."""


def for_core_property(text: str) -> str:
    """One cleaned line short enough for an Office core property; cut with an ellipsis."""
    line = clean_inline(text)
    if len(line) <= CORE_PROPERTY_LIMIT:
        return line
    return line[: CORE_PROPERTY_LIMIT - 1].rstrip() + "\u2026"


def for_reportlab(text: str) -> str:
    """reportlab reads <, > and & as mini-markup; escape after cleaning, never before."""
    return html.escape(clean(text), quote=False)


def for_html(text: str) -> str:
    """Escape for HTML element content and attribute values."""
    return html.escape(clean(text), quote=True)


_RTL_BIDI = {"R", "AL"}
RTL_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
"""Languages written right to left (BCP 47 primary subtags)."""


def is_rtl_language(tag: str) -> bool:
    """True for a language tag such as "ar" or "he-IL" whose script runs right to left."""
    return tag.split("-")[0].lower() in RTL_LANGUAGES


def is_rtl(text: str) -> bool:
    """True when the first strong directional character is right-to-left (Unicode P2/P3)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in _RTL_BIDI:
            return True
        if bidi == "L":
            return False
    return False
