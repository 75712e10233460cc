"""Paragraph styles for the PDF brief, derived from the Theme (points and hex colours)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle

from reportgen.layout import Theme


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    """A part heading: bookmarked, and kept with what follows it."""
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    callout: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    tentative: ParagraphStyle
    """Timeline dates that are relative or approximate: italic, in the theme's tentative colour."""
    note: ParagraphStyle
    footer: ParagraphStyle


_LEADING = 1.4
"""Body line height, as a share of the body size."""
_TIGHTEST_LEADING = 1.25
"""The line height a layout with no space around headings would take; a tighter layout moves
toward it in step with its spacing."""


def color(hex_rgb: str) -> HexColor:
    return HexColor(f"#{hex_rgb.lstrip('#')}")


def styles(
    theme: Theme,
    regular: str,
    bold: str,
    italic: str,
    spacing: float = 1.0,
    heading: str | None = None,
) -> Styles:
    """Build every style from ``theme`` with the registered body faces; ``spacing`` scales the
    space around headings and paragraphs, and the body's line height a little (below 1 when a
    tighter layout saves a page);
    ``heading`` is the face of the title and headings when the theme gives one (else ``bold``).

    Bold and italic come from the style's font, never from ``<b>``/``<i>`` markup: a fallback face
    has no bold or italic mapping for reportlab to switch to.
    """
    text = color(theme.text)
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        bulletFontSize=theme.body_pt,
        fontSize=theme.body_pt,
        leading=theme.body_pt * (_TIGHTEST_LEADING + (_LEADING - _TIGHTEST_LEADING) * spacing),
        textColor=text,
        spaceAfter=theme.body_pt * 0.5 * spacing,
        splitLongWords=1,
    )
    h1, h2, h3 = theme.heading_pt
    small = theme.small_pt
    head = heading or bold
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=head,
            fontSize=theme.title_pt,
            leading=theme.title_pt * 1.2,
            textColor=color(theme.accent),
            spaceAfter=4 * spacing,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, textColor=color(theme.muted), spaceAfter=h1 * spacing
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=head,
            fontSize=h1,
            leading=h1 * 1.25,
            textColor=color(theme.accent),
            spaceBefore=h1 * 0.9 * spacing,
            spaceAfter=h1 * 0.4 * spacing,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=head,
            fontSize=h3,
            leading=h3 * 1.3,
            textColor=text,
            spaceBefore=h3 * 0.6 * spacing,
            spaceAfter=h3 * 0.3 * spacing,
            keepWithNext=1,
        ),
        body=body,
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=theme.body_pt * 1.4,
            bulletIndent=theme.body_pt * 0.3,
            spaceAfter=theme.body_pt * 0.35 * spacing,
        ),
        callout=ParagraphStyle(
            "callout",
            parent=body,
            fontSize=h3,
            leading=h3 * 1.4,
            textColor=text,
            spaceAfter=0,
        ),
        cell=ParagraphStyle("cell", parent=body, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head", parent=body, fontName=bold, spaceAfter=0, textColor=color(theme.accent)
        ),
        tentative=ParagraphStyle(
            "tentative",
            parent=body,
            fontName=italic,
            spaceAfter=0,
            textColor=color(theme.tentative),
        ),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontSize=small,
            leading=small * 1.35,
            textColor=color(theme.muted),
            spaceBefore=2 * spacing,
        ),
        footer=ParagraphStyle(
            "footer",
            parent=body,
            fontSize=small,
            leading=small * 1.2,
            textColor=color(theme.muted),
            spaceAfter=0,
        ),
    )
