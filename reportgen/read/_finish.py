"""What every reader does last: metadata from the header fields and the document's summary.

Readers find blocks; what those blocks say about the document (who it is to, its marking, the
part that summarises it) is read here once, the same way for every format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportgen.read._dates import stated_date
from reportgen.read._line_rules import match
from reportgen.read.structure import (
    Block,
    Furniture,
    Heading,
    ListBlock,
    Metadata,
    Paragraph,
    Structure,
)

SUMMARY_HEADINGS = frozenset(
    {
        "summary",
        "executive summary",
        "abstract",
        "overview and summary",
        "key findings",
        "key judgements",
        "key judgments",
        "bottom line",
        "bluf",
        "in brief",
        "at a glance",
        "synopsis",
    }
)
"""Headings of a part that summarises the document: the first source of its bottom line."""

_RECIPIENT_SPLIT = (";", ",", " and ")
PLACEHOLDER_AUTHORS = frozenset({"(anonymous)", "anonymous", "unknown", "author", "user", "admin"})
"""What tools write in an author field nobody filled in."""


def _recipients(value: str) -> tuple[str, ...]:
    parts = [value]
    for sep in _RECIPIENT_SPLIT:
        parts = [p for part in parts for p in part.split(sep)]
    return tuple(p.strip() for p in parts if p.strip())


def _from_fields(meta: Metadata, fields: Sequence[tuple[str, str]]) -> Metadata:
    """Fill what the header fields state and the metadata does not already hold."""
    values: dict[str, str] = {}
    for name, value in fields:
        values.setdefault(" ".join(name.lower().split()), value)
    marking = next(
        (
            values[k]
            for k in ("classification", "security classification", "protective marking", "marking")
            if k in values
        ),
        "",
    )
    day = next(
        (
            d
            for k in ("date", "date of meeting", "meeting date")
            if k in values
            if (d := stated_date(values[k]))
        ),
        None,
    )
    author = next(
        (
            values[k]
            for k in ("from", "author", "authors", "prepared by", "report author", "report of")
            if k in values
        ),
        "",
    )
    return replace(
        meta,
        author=meta.author or author,
        recipients=meta.recipients or _recipients(values.get("to", "")),
        date=meta.date or (day.isoformat() if day else ""),
        marking=meta.marking or marking,
        subject=meta.subject or values.get("subject", values.get("re", "")),
        extra=meta.extra or tuple(fields),
    )


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _summary_span(blocks: Sequence[Block]) -> tuple[int, int] | None:
    """A paragraph labelled "SUMMARY:" ("Abstract:", "Bottom line:") from its first word on;
    else the body under the document's summary heading, up to the next heading of its rank."""
    for block in blocks:
        if isinstance(block, Paragraph) and (m := match("summary_label", block.text)):
            return block.start + m.start("text"), block.end
    for n, block in enumerate(blocks):
        if not isinstance(block, Heading):
            continue
        if block.text.lower().rstrip(":").strip() not in SUMMARY_HEADINGS:
            continue
        body: list[Block] = []
        for after in blocks[n + 1 :]:
            if isinstance(after, Heading) and after.level <= block.level:
                break
            if isinstance(after, Paragraph | ListBlock):
                body.append(after)
        if body:
            return body[0].start, body[-1].end
    return None


RUNNING_REPEATS = 3
"""A heading printed this often is a running page header, not a part of the document."""


def _running_heads(blocks: Sequence[Block]) -> list[Block]:
    counts: dict[str, int] = {}
    for b in blocks:
        if isinstance(b, Heading):
            counts[b.text] = counts.get(b.text, 0) + 1
    return [
        Furniture("page_header", b.text, b.start, b.end)
        if isinstance(b, Heading) and counts[b.text] >= RUNNING_REPEATS
        else b
        for b in blocks
    ]


def finish(meta: Metadata, blocks: Sequence[Block], summary: tuple[int, int] | None) -> Structure:
    """The reader's blocks with what they say about the document folded into its metadata."""
    fields = [
        tuple(b.text.split(":", 1))
        for b in blocks
        if isinstance(b, Furniture) and b.kind == "header_field" and ":" in b.text
    ]
    if _normal(meta.author) in PLACEHOLDER_AUTHORS:
        meta = replace(meta, author="")
    meta = _from_fields(meta, [(n.strip(), v.strip()) for n, v in fields])
    blocks = _running_heads(blocks)
    top = next((n for n, b in enumerate(blocks) if not isinstance(b, Furniture)), None)
    first = blocks[top] if top is not None else None
    titled = bool(meta.title) and _normal(getattr(first, "text", "")) == _normal(meta.title)
    if isinstance(first, Heading) and first.level >= 1 and top is not None and titled:
        blocks[top] = first = Heading(first.text, 0, first.start, first.end)
    tops = sum(1 for b in blocks if isinstance(b, Heading) and b.level == 1)
    if isinstance(first, Heading) and first.level == 1 and top is not None and tops == 1:
        blocks[top] = first = Heading(first.text, 0, first.start, first.end)
    if isinstance(first, Heading) and first.level == 0 and not meta.title:
        meta = replace(meta, title=first.text)
    if not meta.marking:
        marked = next(
            (b.text for b in blocks if isinstance(b, Furniture) and b.kind == "marking"), ""
        )
        meta = replace(meta, marking=marked)
    return Structure(replace(meta, summary=summary or _summary_span(blocks)), tuple(blocks))
