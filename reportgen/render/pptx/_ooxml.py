"""The only module that touches DrawingML directly: what python-pptx does not expose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.oxml import parse_xml
from pptx.oxml.ns import _nsmap, nsdecls, qn
from pptx.oxml.xmlchemy import BaseOxmlElement, OxmlElement
from pptx.util import Emu

from reportgen.render._office import compile_xpaths_once

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.base import BaseShape
    from pptx.shapes.group import GroupShape
    from pptx.shapes.shapetree import SlideShapes
    from pptx.slide import SlideMaster
    from pptx.text.text import TextFrame, _Paragraph
    from pptx.util import Length

compile_xpaths_once(BaseOxmlElement, _nsmap)

# Children of <a:pPr> that may follow the bullet choice (<a:buNone>).
_AFTER_BULLET = ("a:tabLst", "a:defRPr", "a:extLst")
_BULLET_CHOICES = ("a:buNone", "a:buAutoNum", "a:buChar", "a:buBlip")
_TEXT_STYLES = ("p:titleStyle", "p:bodyStyle", "p:otherStyle")
_SLIDE_NUMBER_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
_NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


FONT_SIZES = (100, 400000)
"""Least and most font size, in hundredths of a point, DrawingML allows (``ST_TextFontSize``)."""


def add_run(
    paragraph: _Paragraph,
    text: str,
    size: Length,
    *,
    bold: bool,
    italic: bool,
    fonts: tuple[str | None, str, str],
    colour: str | None,
    language: str,
) -> None:
    """Append a run of ``text`` whose properties are written in one pass: the size, bold,
    italic and language attributes, then the colour and the Latin, East Asian and complex
    script fonts (``fonts``; no Latin font when None), as python-pptx's setters write them.

    Each of those setters looks up its element's place among all the children the schema
    allows, which made setting a run's font a third of drawing the deck. The XML is the same.
    """
    run = paragraph.add_run()
    run.text = text
    centipoints = Emu(size).centipoints
    if not FONT_SIZES[0] <= centipoints <= FONT_SIZES[1]:  # python-pptx's setter says so
        run.font.size = size
    rPr = run._r.get_or_add_rPr()
    rPr.set("sz", str(centipoints))
    if bold:
        rPr.set("b", "1")
    if italic:
        rPr.set("i", "1")
    rPr.set("lang", language)
    if colour is not None:
        rPr.append(_solid(colour))
    latin, east_asia, complex_script = fonts
    for tag, typeface in (("a:latin", latin), ("a:ea", east_asia), ("a:cs", complex_script)):
        if typeface is not None:
            font = OxmlElement(tag)
            font.set("typeface", typeface)
            rPr.append(font)


SPACING = (0, 20116800)
"""Least and most paragraph spacing, in EMU, DrawingML allows (``ST_TextSpacingPoint``)."""


def start_paragraph(paragraph: _Paragraph, level: int, space_before: Length) -> None:
    """Give a paragraph without properties its list level and the space above it, as the
    ``level`` and ``space_before`` setters write them (``lvl`` unless 0, then ``<a:spcBef>``)
    without their search for each element's place; a paragraph that has properties already
    goes through those setters."""
    p = paragraph._p
    outside = not (0 <= level <= 8 and SPACING[0] <= space_before <= SPACING[1])
    if p.pPr is not None or outside:
        paragraph.level = level
        paragraph.space_before = space_before
        return
    pPr = p.get_or_add_pPr()
    if level:
        pPr.set("lvl", str(level))
    spacing = OxmlElement("a:spcBef")
    points = OxmlElement("a:spcPts")
    points.set("val", str(Emu(space_before).centipoints))
    spacing.append(points)
    pPr.append(spacing)


def paint_marker(shape: Shape, fill: str, outline: str, width: Length) -> None:
    """A drawn marker's solid fill, outline of ``width`` and no shadow, written in one pass as
    ``fill.solid()``, ``fill.fore_color.rgb``, ``line.color.rgb``, ``line.width`` and
    ``shadow.inherit = False`` write them (colours as RGB hex) on a shape just added; a shape
    with more properties already goes through those setters."""
    spPr = shape._element.spPr
    if len(spPr) != 2 or spPr[-1].tag != qn("a:prstGeom"):
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)  # type: ignore[no-untyped-call]
        shape.line.color.rgb = RGBColor.from_string(outline)  # type: ignore[no-untyped-call]
        shape.line.width = width
        shape.shadow.inherit = False
        return
    spPr.append(_solid(fill))
    line = OxmlElement("a:ln")
    line.set("w", str(int(width)))
    line.append(_solid(outline))
    spPr.append(line)
    spPr.append(OxmlElement("a:effectLst"))


def _solid(colour: str) -> BaseOxmlElement:
    fill = OxmlElement("a:solidFill")
    rgb = OxmlElement("a:srgbClr")
    rgb.set("val", str(RGBColor.from_string(colour)))  # type: ignore[no-untyped-call]
    fill.append(rgb)
    return fill


def set_right_to_left(paragraph: _Paragraph) -> None:
    """PowerPoint lays out Arabic or Hebrew paragraphs right to left only with rtl="1"."""
    paragraph._p.get_or_add_pPr().set("rtl", "1")


def without_bullet(paragraph: _Paragraph) -> None:
    """A paragraph of a bulleted placeholder that shows no bullet and no hanging indent."""
    pPr = paragraph._p.get_or_add_pPr()
    for tag in _BULLET_CHOICES:
        for old in pPr.findall(qn(tag)):
            pPr.remove(old)
    pPr.insert_element_before(OxmlElement("a:buNone"), *_AFTER_BULLET)
    pPr.set("marL", "0")
    pPr.set("indent", "0")


def with_bullet(paragraph: _Paragraph, indent_emu: int, hang_emu: int) -> None:
    """A bullet in a plain text box, which has no list style of its own to inherit one from:
    the character, and its hanging indent as the layout's body placeholder sets it."""
    pPr = paragraph._p.get_or_add_pPr()
    for tag in _BULLET_CHOICES:
        for old in pPr.findall(qn(tag)):
            pPr.remove(old)
    bullet = OxmlElement("a:buChar")
    bullet.set("char", "\u2022")
    pPr.insert_element_before(bullet, *_AFTER_BULLET)
    pPr.set("marL", str(indent_emu))
    pPr.set("indent", str(-hang_emu))


def set_master_fonts(master: SlideMaster, latin: str, east_asia: str, complex_script: str) -> None:
    """Point the master's title, body and other text styles at named fonts for every script,
    so text typed into the deck later matches what was generated."""
    tx_styles = master._element.find(qn("p:txStyles"))
    if tx_styles is None:
        return
    for style_tag in _TEXT_STYLES:
        style = tx_styles.find(qn(style_tag))
        if style is None:
            continue
        for rPr in style.iter(qn("a:defRPr")):
            for tag, typeface in (
                ("a:latin", latin),
                ("a:ea", east_asia),
                ("a:cs", complex_script),
            ):
                font = rPr.find(qn(tag))
                if font is not None:
                    font.set("typeface", typeface)


def set_columns(frame: TextFrame, count: int, gap: int) -> None:
    """Flow the frame's text through ``count`` columns ``gap`` EMU apart (PowerPoint, LibreOffice
    7.2+); one column removes the setting."""
    bodyPr = frame._txBody.bodyPr
    if count <= 1:
        bodyPr.attrib.pop("numCol", None)
        bodyPr.attrib.pop("spcCol", None)
        return
    bodyPr.set("numCol", str(count))
    bodyPr.set("spcCol", str(gap))


def set_theme(master: SlideMaster, accent: str, latin: str) -> None:
    """Make the deck's theme match the Theme: accent 1 (tables, charts, shapes a reader adds
    take their colours from it) and the Latin heading and body fonts."""
    part = master.part.part_related_by(RT.THEME)
    theme = parse_xml(part.blob)
    for colour in theme.iterfind(".//a:clrScheme/a:accent1/a:srgbClr", _NS):
        colour.set("val", accent)
    for font in theme.iterfind(".//a:fontScheme/*/a:latin", _NS):
        font.set("typeface", latin)
    part._blob = serialize_part_xml(theme)


def show_slide_number(shape: BaseShape, number: int, language: str) -> None:
    """Fill a slide-number placeholder with the field PowerPoint keeps current; ``number`` shows
    until an application updates it."""
    element = shape._element
    if element.find(qn("p:txBody")) is not None:
        element.remove(element.find(qn("p:txBody")))
    element.append(
        parse_xml(
            f"<p:txBody {nsdecls('p', 'a')}><a:bodyPr/><a:lstStyle/><a:p>"
            f'<a:fld id="{_SLIDE_NUMBER_FIELD}" type="slidenum"><a:rPr lang="{language}"/>'
            f"<a:t>{number}</a:t></a:fld></a:p></p:txBody>"
        )
    )


def remove_shape(shape: BaseShape) -> None:
    """Drop a placeholder the plan has nothing for, so no "Click to add text" prompt shows."""
    element = shape._element
    element.getparent().remove(element)


def set_alt_text(shape: BaseShape, description: str) -> None:
    """The shape's description (alt text), which screen readers announce for a drawing."""
    shape._element.find(".//" + qn("p:cNvPr")).set("descr", description)


def drop_slides(deck: Presentation) -> None:
    """Remove a template's own slides (python-pptx has no call for it): the list entry and the
    relationship, so the slide parts are not saved."""
    ids = deck.slides._sldIdLst
    for entry in list(ids):
        deck.part.drop_rel(entry.rId)
        ids.remove(entry)


def new_group(shapes: SlideShapes) -> GroupShape:
    """An empty group on the slide whose extents are worked out once, by ``finish_group``.

    python-pptx sets a group's offset and size from all its children after each shape added,
    which makes a group of n shapes cost n * n; the box ``finish_group`` works out is the one
    the last update would give, since a shape added later never moves an earlier one.
    """
    group: GroupShape = shapes.add_group_shape()
    setattr(group.shapes, "_recalculate_extents", _later)  # noqa: B010 - shadows the method
    return group


def finish_group(group: GroupShape, description: str) -> None:
    """Set the group's extents from its children, and its alt text (``set_alt_text``)."""
    children = group.shapes
    if "_recalculate_extents" in vars(children):
        delattr(children, "_recalculate_extents")  # the method again
    children._recalculate_extents()
    set_alt_text(group, description)


def _later() -> None:
    """Stands in for a group's update while it is being filled."""
