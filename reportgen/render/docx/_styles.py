"""Word's own styles, restyled from the Theme: a reader restyles the document by editing styles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from reportgen.render._office import COMPLEX_SCRIPT_FONT, EAST_ASIAN_FONT
from reportgen.render.docx import _ooxml

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import CharacterStyle

    from reportgen.layout import Theme


TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING = ("Heading 1", "Heading 2")
BODY = "Normal"
BULLET = "List Bullet"
CALLOUT = "Intense Quote"
TABLE = "Light Grid Accent 1"
TENTATIVE = "Subtle Emphasis"
"""Character style marking relative or approximate dates."""
NAME = "Strong"
"""Character style for an actor's name."""
FOOTER = "Footer"
HEADER = "Header"
CAPTION = "Caption"
REQUIRED = (TITLE, SUBTITLE, *HEADING, BODY, BULLET, CALLOUT, TABLE, TENTATIVE, NAME, FOOTER)
"""Every style the document is drawn with: a house template must define them all."""


def apply(document: Document, theme: Theme, language: str, right_to_left: bool = False) -> None:
    """Set fonts, sizes, colours and spacing on the styles the renderer uses.

    In a right-to-left document the title, subtitle and headings start from the right even
    when their words are Latin ("Key points"), and the bottom line's rule stands on the
    right, its leading edge; running text takes its direction from its own words."""
    styles = document.styles
    _ooxml.set_document_defaults(
        document, theme.body_font, COMPLEX_SCRIPT_FONT, EAST_ASIAN_FONT, language
    )
    normal = styles[BODY]
    _font(normal, theme, theme.body_pt, theme.text)
    normal.paragraph_format.space_after = Pt(theme.body_pt * 0.6)
    normal.paragraph_format.line_spacing = 1.15

    title = styles[TITLE]
    _font(title, theme, theme.title_pt, theme.accent, bold=True)
    title.paragraph_format.space_after = Pt(4)
    _ooxml.set_paragraph_box(title, ("bottom",), theme.accent, 1.5, None)

    subtitle = styles[SUBTITLE]
    _font(subtitle, theme, theme.body_pt + 1, theme.muted, italic=False)
    _ooxml.drop_numbering(subtitle)
    subtitle.paragraph_format.space_after = Pt(theme.body_pt * 1.5)

    for level, name in enumerate(HEADING):
        heading = styles[name]
        _font(heading, theme, theme.heading_pt[level], theme.accent, bold=True)
        fmt = heading.paragraph_format
        fmt.space_before = Pt(theme.heading_pt[level] * (1.1 if level == 0 else 0.8))
        fmt.space_after = Pt(theme.heading_pt[level] * 0.35)

    bullet = styles[BULLET]
    bullet.paragraph_format.space_after = Pt(theme.body_pt * 0.35)

    callout = styles[CALLOUT]
    _font(callout, theme, theme.heading_pt[1], theme.accent, bold=True, italic=False)
    fmt = callout.paragraph_format
    fmt.left_indent = fmt.right_indent = Pt(6)
    fmt.space_before, fmt.space_after = Pt(6), Pt(12)
    fmt.line_spacing = 1.2
    lead = "right" if right_to_left else "left"
    _ooxml.set_paragraph_box(callout, (lead,), theme.accent, 4.5, theme.accent_light)
    if right_to_left:
        for name in (TITLE, SUBTITLE, *HEADING):
            _ooxml.set_style_right_to_left(styles[name])

    tentative = styles[TENTATIVE]
    tentative.font.italic = True
    tentative.font.color.rgb = RGBColor.from_string(theme.tentative)

    name = styles[NAME]
    name.font.bold = True

    footer = styles[FOOTER]
    _font(footer, theme, theme.small_pt, theme.muted)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _font(
    style: CharacterStyle,
    theme: Theme,
    pt: float,
    colour: str,
    *,
    bold: bool | None = None,
    italic: bool | None = None,
) -> None:
    font = style.font
    font.name = theme.body_font
    font.size = Pt(pt)
    font.color.rgb = RGBColor.from_string(colour)
    if bold is not None:
        font.bold = font.cs_bold = bold
    if italic is not None:
        font.italic = font.cs_italic = italic
    _ooxml.set_style_fonts(style, theme.body_font, COMPLEX_SCRIPT_FONT, EAST_ASIAN_FONT)
    _ooxml.set_complex_script_size(style, pt)
