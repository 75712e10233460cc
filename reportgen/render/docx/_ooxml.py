"""The only module that touches WordprocessingML directly: what python-docx does not expose."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.xmlchemy import BaseOxmlElement

from reportgen.render._office import compile_xpaths_once

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle
    from docx.table import Table, _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

compile_xpaths_once(BaseOxmlElement, nsmap)

# Children that may follow <w:bidi> in <w:pPr>, in ECMA-376 order (python-docx keeps its private).
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
# Children that may follow <w:pBdr> (and, from index 1, <w:shd>) in <w:pPr>.
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    *_AFTER_BIDI,
)
# Children that may follow <w:szCs> and <w:lang> in <w:rPr>.
_AFTER_SZCS = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_PT = 2  # half-points per point


def _style_rPr(style: BaseStyle) -> BaseOxmlElement:
    rPr: BaseOxmlElement = style.element.get_or_add_rPr()
    return rPr


def _default_rPr(document: Document) -> BaseOxmlElement:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rPr: BaseOxmlElement | None = rpr_default.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        rpr_default.append(rPr)
    return rPr


def _set_fonts(rPr: BaseOxmlElement, latin: str, complex_script: str, east_asia: str) -> None:
    """Name every script's font; theme font attributes would override the names, so drop them."""
    fonts = rPr.get_or_add_rFonts()
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), complex_script)
    fonts.set(qn("w:eastAsia"), east_asia)


def _set_language(rPr: BaseOxmlElement, language: str) -> None:
    lang = rPr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rPr.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:val"), language)


def set_document_defaults(
    document: Document, latin: str, complex_script: str, east_asia: str, language: str
) -> None:
    """Fonts for Latin, complex (Arabic, Hebrew) and East Asian text, and the proofing language."""
    rPr = _default_rPr(document)
    _set_fonts(rPr, latin, complex_script, east_asia)
    _set_language(rPr, language)


def set_style_fonts(style: BaseStyle, latin: str, complex_script: str, east_asia: str) -> None:
    """Replace a built-in style's theme fonts with named fonts for every script."""
    _set_fonts(_style_rPr(style), latin, complex_script, east_asia)


def set_run_complex_font(run: Run, name: str) -> None:
    """Name this run's complex-script font, where its letters need another than the style's."""
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), name)


def set_complex_script_size(style: BaseStyle, pt: float) -> None:
    """Word sizes Arabic and Hebrew by <w:szCs>, separately from <w:sz>; keep the two equal."""
    rPr = _style_rPr(style)
    size = rPr.find(qn("w:szCs"))
    if size is None:
        size = OxmlElement("w:szCs")
        rPr.insert_element_before(size, *_AFTER_SZCS)
    size.set(qn("w:val"), str(round(pt * _PT)))


def set_paragraph_box(
    style: BaseStyle, edges: tuple[str, ...], colour: str, width_pt: float, fill: str | None
) -> None:
    """Border the named edges ("top", "left", "bottom", "right"); shade with ``fill`` if given."""
    pPr = style.element.get_or_add_pPr()
    for old in (pPr.find(qn("w:pBdr")), pPr.find(qn("w:shd"))):
        if old is not None:
            pPr.remove(old)
    border = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        if edge in edges:
            line = OxmlElement(f"w:{edge}")
            line.set(qn("w:val"), "single")
            line.set(qn("w:sz"), str(round(width_pt * 8)))
            line.set(qn("w:space"), "6" if edge in ("left", "right") else "4")
            line.set(qn("w:color"), colour)
            border.append(line)
    pPr.insert_element_before(border, *_AFTER_PBDR)
    if fill:
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:color"), "auto")
        shade.set(qn("w:fill"), fill)
        pPr.insert_element_before(shade, *_AFTER_PBDR[1:])


def drop_numbering(style: BaseStyle) -> None:
    """Some built-in styles carry a stray <w:numPr>; a heading-like style must not be numbered."""
    pPr = style.element.pPr
    if pPr is not None and pPr.find(qn("w:numPr")) is not None:
        pPr.remove(pPr.find(qn("w:numPr")))


def set_right_to_left(paragraph: Paragraph) -> None:
    """Word lays out Arabic or Hebrew paragraphs only with <w:bidi/>, placed in schema order."""
    _add_bidi(paragraph._p.get_or_add_pPr())


def set_style_right_to_left(style: BaseStyle) -> None:
    """Every paragraph of the style starts from the right, whatever script its text is in."""
    _add_bidi(style.element.get_or_add_pPr())


def _add_bidi(pPr: BaseOxmlElement) -> None:
    if pPr.find(qn("w:bidi")) is None:
        pPr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def add_field(paragraph: Paragraph, instruction: str, shown: str, *, dirty: bool = False) -> None:
    """A field Word and LibreOffice update when laid out (PAGE, NUMPAGES); ``shown`` until then.
    ``dirty`` asks Word to compute it when the file opens (a table of contents)."""

    def run_with(child: BaseOxmlElement) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def repeat_as_header_row(row: _Row) -> None:
    """A long table repeats this row at the top of every page it spans."""
    trPr = row._tr.get_or_add_trPr()
    if trPr.find(qn("w:tblHeader")) is None:
        trPr.append(OxmlElement("w:tblHeader"))


def keep_row_whole(row: _Row) -> None:
    """A row moves to the next page whole rather than breaking mid-event (Word's "Allow row to
    break across pages" off); a row taller than a page still breaks, as Word must."""
    trPr = row._tr.get_or_add_trPr()
    if trPr.find(qn("w:cantSplit")) is None:
        trPr.insert(0, OxmlElement("w:cantSplit"))


_THEME_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
_DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"


def set_theme_accent(document: Document, rgb_hex: str) -> None:
    """Point the document theme's Accent 1 at our colour, so "Accent 1" table styles follow it.

    python-docx keeps the theme part as an opaque blob; a reader who changes the theme colour in
    Word then recolours every accent style at once, which direct cell shading would not allow.
    """
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype != _THEME_RELTYPE or rel.is_external:
            continue
        part = rel.target_part
        root = etree.fromstring(part.blob)
        for colour in root.iterfind(f".//{{{_DRAWINGML}}}accent1/{{{_DRAWINGML}}}srgbClr"):
            colour.set("val", rgb_hex.upper())
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# Children that may follow <w:bidiVisual> in <w:tblPr>, in ECMA-376 order.
_AFTER_BIDI_VISUAL = (
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)


def set_table_right_to_left(table: Table) -> None:
    """Word mirrors a table's columns (first column on the right) only with <w:bidiVisual/>."""
    tblPr = table._tbl.tblPr
    if tblPr.find(qn("w:bidiVisual")) is None:
        tblPr.insert_element_before(OxmlElement("w:bidiVisual"), *_AFTER_BIDI_VISUAL)


def remember_style_ids(document: Document) -> None:
    """Look each style name up once per document, not once per paragraph and run.

    python-docx resolves a style given by name by scanning every style of the document for the
    default of its type, on every assignment: two thirds of drawing a brief. The styles are
    all defined before the first paragraph, so each name's id is the same for the rest of the
    document, and so is each type's default (looked up once per type, not once per name);
    a name of the wrong type, and style objects (rarely passed), still go through
    python-docx's own lookup and its errors.
    """
    part = document.part
    lookup: Callable[[object, object], str | None] = part.get_style_id
    styles = document.styles
    known: dict[tuple[str, object], str | None] = {}
    defaults: dict[object, object] = {}

    def style_id(name: str, style_type: object) -> str | None:
        style = styles[name]
        if style.type != style_type:
            return lookup(name, style_type)
        if style_type not in defaults:
            defaults[style_type] = styles.default(style_type)
        return None if style == defaults[style_type] else style.style_id

    def get_style_id(style_or_name: object, style_type: object) -> str | None:
        if not isinstance(style_or_name, str):
            return lookup(style_or_name, style_type)
        key = (style_or_name, style_type)
        if key not in known:
            known[key] = style_id(style_or_name, style_type)
        return known[key]

    part.get_style_id = get_style_id  # type: ignore[method-assign]


def clear_body(document: Document) -> None:
    """Empty a template's body of its sample text, keeping its last section's page setup."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
