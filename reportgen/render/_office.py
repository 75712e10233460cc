"""What the Word and PowerPoint writers share: core properties and the script fonts runs name."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from reportgen import _recache
from reportgen.text import for_core_property

if TYPE_CHECKING:
    from reportgen.layout import DocMeta


COMPLEX_SCRIPT_FONT = "Noto Sans Arabic"
"""Office picks one complex-script font per run; Arabic is the default one."""
HEBREW_FONT = "Noto Sans Hebrew"
"""Named on runs with Hebrew letters, which the Arabic font lacks."""
EAST_ASIAN_FONT = "Noto Sans CJK SC"
_HEBREW = _recache.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")


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
