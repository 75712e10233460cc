"""A Word document's body as blocks, read through python-docx.

Word says what a paragraph is in several ways: its style (Title, Heading 1, List Bullet), an
outline level set on it or on its style, numbering, or only its look (a bold line alone, a
typed "A.<tab>PURPOSE"). Each is read here; styles are looked up once per style, not once per
paragraph, as a long document has thousands of paragraphs and a handful of styles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from reportgen import _recache
from reportgen.read._builder import TextBuilder
from reportgen.read._line_rules import match
from reportgen.read.structure import Metadata

if TYPE_CHECKING:
    from docx.document import Document

_HEADING_STYLE = _recache.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)$", re.I)
_HEADING_WORDS = 12
_TEMPLATE_STAMP = "2013-12-23"
"""The creation date python-docx's own template carries: a generated file's, not its text's."""
_CLOSING = ".!?;,"


class _Styles:
    """What each paragraph style of the document makes a paragraph: a title, a heading of
    some level, a list item, or body text; read once per style id."""

    def __init__(self, doc: Document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._by_id: dict[str, tuple[str, int | None]] = {}
        for style in doc.styles:
            try:
                sid, sname = style.style_id, style.name or ""
            except (AttributeError, KeyError, ValueError):
                continue
            self._by_id[sid] = (sname, self._outline(style.element))

    def _outline(self, element: Any) -> int | None:
        ppr = element.find(self._qn("w:pPr"))
        lvl = ppr.find(self._qn("w:outlineLvl")) if ppr is not None else None
        if lvl is None:
            return None
        try:
            level = int(lvl.get(self._qn("w:val")))
        except (TypeError, ValueError):
            return None
        return level + 1 if level < 9 else None

    def kind(self, paragraph: Any) -> tuple[str, int]:
        """("title", 0), ("heading", level), ("list", 0|1 ordered) or ("body", 0)."""
        p = paragraph._p
        sid = p.style or "Normal"
        sname, outline = self._by_id.get(sid, (sid, None))
        own = self._outline(p) if p.pPr is not None else None
        if sname.lower() in ("title", "titel", "titre"):
            return "title", 0
        if m := _HEADING_STYLE.match(sname):
            return "heading", int(m[1])
        if own or outline:
            return "heading", own or outline or 1
        if sname.lower().startswith("list") or (p.pPr is not None and p.pPr.numPr is not None):
            return "list", int("number" in sname.lower())
        return "body", 0


def _bold_alone(paragraph: Any, text: str) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return (
        bool(runs)
        and all(r.bold for r in runs)
        and len(text.split()) <= _HEADING_WORDS
        and text[-1] not in _CLOSING
    )


def _typed_heading(text: str) -> tuple[str, int] | None:
    """A heading typed into a body paragraph: "A.<tab>PURPOSE", "2.1 Risks"."""
    for rule in ("lettered_heading", "numbered_heading"):
        m = match(rule, text)
        if m and len(m["text"].split()) <= _HEADING_WORDS and m["text"][-1] not in _CLOSING:
            return m["text"], m["num"].count(".") + 1 if rule == "numbered_heading" else 1
    return None


class _Body:
    def __init__(self, doc: Document, built: TextBuilder) -> None:
        self.styles = _Styles(doc)
        self.built = built
        self.items: list[str] = []
        self.ordered = False

    def flush(self) -> None:
        if self.items:
            self.built.items(self.items, self.ordered)
            self.items = []

    def paragraph(self, paragraph: Any) -> None:
        text = paragraph.text.strip()
        if not text:
            return
        kind, level = self.styles.kind(paragraph)
        if kind == "list":
            if not self.items:
                self.ordered = bool(level)
            self.items.append(text)
            return
        self.flush()
        if kind == "title":
            self.built.heading(text, 0)
        elif kind == "heading":
            self.built.heading(text, level)
        elif typed := _typed_heading(text):
            self.built.heading(*typed)
        elif _bold_alone(paragraph, text):
            self.built.heading(text, 3)
        else:
            self.built.paragraph(text)

    def table(self, table: Any) -> None:
        self.flush()
        rows: list[list[str]] = []
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                text = cell.text
                if not cells or cells[-1] != text or not text:  # merged cells repeat
                    cells.append(text)
            rows.append(cells)
        width = max((sum(1 for c in r if c.strip()) for r in rows), default=0)
        if width < 2:
            for row in rows:
                for cell in row:
                    self.built.paragraph(cell)
            return
        self.built.table(rows[0], rows[1:], "")


def read_body(doc: Document, built: TextBuilder) -> None:
    """Every paragraph and table of the body, in document order, as blocks of ``built``."""
    from docx.table import Table

    body = _Body(doc, built)
    for item in doc.iter_inner_content():
        if isinstance(item, Table):
            body.table(item)
        else:
            body.paragraph(item)
    body.flush()


def _marking(doc: Document) -> str:
    """A protective marking printed in the page header or footer ("OFFICIAL-SENSITIVE")."""
    for section in doc.sections:
        for part in (section.header, section.footer):
            try:
                lines: list[str] = [str(p.text).strip() for p in part.paragraphs]
            except (AttributeError, KeyError, ValueError):
                continue
            for line in lines:
                if line and match("marking", line):
                    return line
    return ""


def read_meta(doc: Document) -> tuple[Metadata, str]:
    """Core properties (title, author, subject) and the page header's marking; and the day
    the file was created (ISO), a weaker date than one the text states."""
    props = doc.core_properties
    created = props.created.date().isoformat() if props.created else ""
    if created == _TEMPLATE_STAMP:
        created = ""
    meta = Metadata(
        title=(props.title or "").strip(),
        author=(props.author or "").strip(),
        subject=(props.subject or "").strip(),
        marking=_marking(doc),
    )
    return meta, created
