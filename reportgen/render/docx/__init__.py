"""Plan → Word document: Word's own styles, restyled from the Theme, on A4 with numbered pages."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, ClassVar

import docx
from docx.shared import Cm, Inches

from reportgen.render import NO_ATTACHMENTS
from reportgen.render._office import fill_core_properties
from reportgen.render.docx import _blocks, _ooxml, _styles

if TYPE_CHECKING:
    from collections.abc import Mapping

    from docx.document import Document
    from docx.shared import Length

    from reportgen.layout import DocMeta, Plan, Theme

A4 = (Cm(21.0), Cm(29.7))
LETTER = (Inches(8.5), Inches(11))
PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = Cm(2.2)


class DocxRenderer:
    """Draws each plan part as a Heading 1 followed by its blocks, joined across slide chunks."""

    suffix: ClassVar[str] = ".docx"

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes:
        """The document as bytes; ``attachments`` are for formats that carry others (email)."""
        if theme.docx_template is not None:  # a house template: its styles and page, as made
            document = docx.Document(io.BytesIO(theme.docx_template))
            _ooxml.clear_body(document)
            text_width = _text_width(document)
        else:
            document = docx.Document()
            _styles.apply(document, theme, plan.meta.language, plan.meta.right_to_left)
            _ooxml.set_theme_accent(document, theme.accent)
            text_width = _page(document, PAPERS.get(theme.paper, A4))
        _ooxml.remember_style_ids(document)
        if plan.meta.marking:
            _marking(document, plan.meta.marking)
        _properties(document, plan.meta)
        _blocks.write(document.add_paragraph(style=_styles.TITLE), plan.title)
        if plan.subtitle:
            _blocks.write(document.add_paragraph(style=_styles.SUBTITLE), plan.subtitle)
        if plan.contents:
            _contents(document)
        for part in plan.parts:
            _blocks.write(document.add_paragraph(style=_styles.HEADING[0]), part.heading)
            # a timeline keeps the plan's chunks: one table each, split where the deck splits
            blocks = (
                [b for c in part.chunks for b in c.blocks]
                if part.kind == "timeline"
                else part.blocks
            )
            for block in blocks:
                _blocks.emit(document, block, text_width, right_to_left=plan.meta.right_to_left)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _page(document: Document, paper: tuple[Length, Length]) -> int:
    """The paper with even margins and a "Page N of M" footer; returns the text width in EMU."""
    section = document.sections[0]
    section.page_width, section.page_height = paper
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.footer_distance = Cm(1.0)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles[_styles.FOOTER]
    footer.add_run("Page ")
    _ooxml.add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _ooxml.add_field(footer, "NUMPAGES", "1")
    return int(paper[0] - 2 * MARGIN)


TOC = 'TOC \\o "1-1" \\h \\z \\u'
"""A table of contents of the Heading 1 parts, each entry a link (Word's own field)."""
TOC_SHOWN = "Contents: Word lists the parts here when it updates fields (F9)."


def _contents(document: Document) -> None:
    """A table of contents field Word fills on opening; screen-reader users jump from it."""
    _ooxml.add_field(document.add_paragraph(style=_styles.BODY), TOC, TOC_SHOWN, dirty=True)


def _text_width(document: Document) -> int:
    section = document.sections[-1]
    width = (section.page_width or A4[0]) - (section.left_margin or 0)
    return int(width - (section.right_margin or 0))


def _marking(document: Document, marking: str) -> None:
    """The source's protective marking at the head of every page, as marked papers carry it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    header = document.sections[0].header.paragraphs[0]
    if _styles.HEADER in document.styles:  # a house template may lack it
        header.style = document.styles[_styles.HEADER]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _blocks.write(header, marking).runs[0].bold = True


def _properties(document: Document, meta: DocMeta) -> None:
    fill_core_properties(document.core_properties, meta)
