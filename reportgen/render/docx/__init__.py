"""Plan → Word document: Word's own styles, restyled from the Theme, on A4 with numbered pages."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, ClassVar

import docx
from docx.shared import Cm

from reportgen.render import NO_ATTACHMENTS
from reportgen.render._office import fill_core_properties
from reportgen.render.docx import _blocks, _ooxml, _styles

if TYPE_CHECKING:
    from collections.abc import Mapping

    from docx.document import Document

    from reportgen.layout import DocMeta, Plan, Theme

A4 = (Cm(21.0), Cm(29.7))
MARGIN = Cm(2.2)


class DocxRenderer:
    """Draws each plan part as a Heading 1 followed by its blocks, joined across slide chunks."""

    suffix: ClassVar[str] = ".docx"

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes:
        """The document as bytes; ``attachments`` are for formats that carry others (email)."""
        document = docx.Document()
        _styles.apply(document, theme, plan.meta.language, plan.meta.right_to_left)
        _ooxml.set_theme_accent(document, theme.accent)
        _ooxml.remember_style_ids(document)
        text_width = _page(document)
        if plan.meta.marking:
            _marking(document, plan.meta.marking)
        _properties(document, plan.meta)
        _blocks.write(document.add_paragraph(style=_styles.TITLE), plan.title)
        if plan.subtitle:
            _blocks.write(document.add_paragraph(style=_styles.SUBTITLE), plan.subtitle)
        for part in plan.parts:
            _blocks.write(document.add_paragraph(style=_styles.HEADING[0]), part.heading)
            for block in part.blocks:
                _blocks.emit(document, block, text_width, right_to_left=plan.meta.right_to_left)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _page(document: Document) -> int:
    """A4 with even margins and a "Page N of M" footer; returns the text width in EMU."""
    section = document.sections[0]
    section.page_width, section.page_height = A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.footer_distance = Cm(1.0)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles[_styles.FOOTER]
    footer.add_run("Page ")
    _ooxml.add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _ooxml.add_field(footer, "NUMPAGES", "1")
    return int(A4[0] - 2 * MARGIN)


def _marking(document: Document, marking: str) -> None:
    """The source's protective marking at the head of every page, as marked papers carry it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    header = document.sections[0].header.paragraphs[0]
    header.style = document.styles[_styles.HEADER]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _blocks.write(header, marking).runs[0].bold = True


def _properties(document: Document, meta: DocMeta) -> None:
    fill_core_properties(document.core_properties, meta)
