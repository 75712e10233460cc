"""What the Word and PowerPoint writers share: core properties and the script fonts runs name."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from reportgen import _recache
from reportgen.text import for_core_property

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reportgen.layout import DocMeta


COMPLEX_SCRIPT_FONT = "Noto Sans Arabic"
"""Office picks one complex-script font per run; Arabic is the default one."""
HEBREW_FONT = "Noto Sans Hebrew"
"""Named on runs with Hebrew letters, which the Arabic font lacks."""
EAST_ASIAN_FONT = "Noto Sans CJK SC"
_HEBREW = _recache.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")


XPATHS_KEPT = 512
"""Compiled expressions a thread keeps: the libraries write a few, so the table stays small."""


def compile_xpaths_once(element_class: Any, namespaces: Mapping[str, str]) -> None:
    """Have the library's ``element.xpath(expr)`` evaluate a compiled expression kept per text.

    python-docx and python-pptx look children up with ``element.xpath(expr)`` on their base
    element class, which has lxml parse and compile ``expr`` on every call: drawing the
    sample's deck makes about 900 such calls over five expressions, a fifth of its time.
    ``etree.XPath`` with the same namespaces and options finds the same nodes; each thread
    keeps its own compiled expressions. A method that is not the library's plain one (already
    replaced, or changed in a new version) is left as it is.
    """
    method = getattr(element_class, "xpath", None)
    if getattr(method, "__qualname__", "") != "BaseOxmlElement.xpath":
        return
    from lxml import etree

    kept = threading.local()

    def xpath(self: Any, xpath_str: str) -> Any:
        compiled: dict[str, Any] | None = getattr(kept, "xpaths", None)
        if compiled is None or len(compiled) > XPATHS_KEPT:
            compiled = kept.xpaths = {}
        found = compiled.get(xpath_str)
        if found is None:
            found = compiled[xpath_str] = etree.XPath(xpath_str, namespaces=namespaces)
        return found(self)

    xpath.__qualname__ = "BaseOxmlElement.xpath (compiled once)"
    xpath.__doc__ = method.__doc__
    element_class.xpath = xpath


def has_hebrew(text: str) -> bool:
    return _HEBREW.search(text) is not None


def complex_script_font(text: str) -> str:
    """The complex-script font a run of ``text`` needs: Hebrew and Arabic need different ones."""
    return HEBREW_FONT if has_hebrew(text) else COMPLEX_SCRIPT_FONT


class CoreProperties(Protocol):
    """python-docx's and python-pptx's CoreProperties: same OPC part, same attribute names."""

    title: str
    subject: str
    author: str
    last_modified_by: str
    keywords: str
    language: str
    comments: str
    created: datetime
    modified: datetime
    revision: int


def fill_core_properties(props: CoreProperties, meta: DocMeta) -> None:
    """Title, subject, author, keywords and language as Office's File > Info shows them."""
    props.title = for_core_property(meta.title)
    props.subject = for_core_property(meta.subject)
    props.author = props.last_modified_by = for_core_property(meta.author)
    props.keywords = for_core_property(", ".join(meta.keywords))
    props.language = for_core_property(meta.language)
    props.comments = for_core_property(f"Source: {meta.source_name}") if meta.source_name else ""
    # Naive UTC: python-pptx writes the W3CDTF "Z" form only for naive datetimes.
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.revision = 1
