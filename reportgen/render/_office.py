"""What the Word and PowerPoint writers share: the OPC core properties both packages carry."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from reportgen.text import for_core_property

if TYPE_CHECKING:
    from reportgen.layout import DocMeta


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
