"""The Word renderer, read back with python-docx: styles, order, page furniture, text as data."""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader

from reportgen.layout import DEFAULT_THEME, Plan, plan
from reportgen.model import Actors, Brief, Event, Place, Section
from reportgen.render import renderer_for
from reportgen.render.docx import DocxRenderer
from tests import readback
from tests.conftest import make_brief

ARABIC = "قالت الأمم المتحدة إن الوضع في حمص خطير للغاية."
HEBREW = "הצבא הודיע על הפסקת אש בעיר."
CHINESE = "叙利亚霍姆斯市的局势在二零一二年急剧恶化。"
MARKUP = 'Tags <b>stay</b> text: &amp; ]]> "q" & <w:t>'
LONG_WORD = "Supercalifragilistic" * 10
BUILT_IN = {
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "List Bullet",
    "Intense Quote",
    "Strong",
    "Subtle Emphasis",
    "Default Paragraph Font",
    "Light Grid Accent 1",
}
# <w:pPr> children in ECMA-376 order, enough to check where <w:bidi> lands.
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "numPr", "pBdr", "shd", "bidi", "spacing", "ind"]


def render(the_plan: Plan) -> Document:
    return docx.Document(io.BytesIO(DocxRenderer().render(the_plan, DEFAULT_THEME)))


def brief_with_section(*points: str) -> Brief:
    return dataclasses.replace(make_brief(), sections=(Section("Voices", points, ()),))


def test_renderer_is_found_in_the_table_by_format_name() -> None:
    assert isinstance(renderer_for("docx"), DocxRenderer)
    assert DocxRenderer.suffix == ".docx"


def test_heading_1_paragraphs_are_the_plan_headings_in_order(sample_plan: Plan) -> None:
    doc = render(sample_plan)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == sample_plan.headings


def test_title_and_subtitle_open_the_document(sample_plan: Plan) -> None:
    first, second = render(sample_plan).paragraphs[:2]
    assert (first.style.name, first.text) == ("Title", sample_plan.title)
    assert (second.style.name, second.text) == ("Subtitle", sample_plan.subtitle)


def test_every_style_used_is_a_word_built_in(sample_plan: Plan) -> None:
    doc = render(sample_plan)
    paragraphs = list(doc.paragraphs) + [
        p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs
    ]
    used = {p.style.name for p in paragraphs}
    used |= {r.style.name for p in paragraphs for r in p.runs}
    used |= {t.style.name for t in doc.tables}
    assert used <= BUILT_IN
    assert all(doc.styles[name].builtin for name in used)
    assert {"List Bullet", "Intense Quote", "Heading 2", "Light Grid Accent 1"} <= used


def test_bottom_line_is_an_intense_quote_after_its_heading(sample_plan: Plan) -> None:
    doc = render(sample_plan)
    texts = [(p.style.name, p.text) for p in doc.paragraphs]
    at = texts.index(("Heading 1", "Bottom line"))
    assert texts[at + 1] == ("Intense Quote", make_brief().bottom_line)


def test_styles_carry_the_theme_so_readers_restyle_by_editing_styles(sample_plan: Plan) -> None:
    doc = render(sample_plan)
    theme = DEFAULT_THEME
    heading = doc.styles["Heading 1"].font
    assert heading.size == Pt(theme.heading_pt[0])
    assert heading.color.rgb == RGBColor.from_string(theme.accent)
    assert doc.styles["Normal"].font.size == Pt(theme.body_pt)
    assert doc.styles["Normal"].font.name == theme.body_font
    body_runs = [r for p in doc.paragraphs for r in p.runs]
    assert all(r.font.size is None and r.font.color.rgb is None for r in body_runs)


def test_normal_style_names_fonts_for_complex_and_east_asian_scripts(sample_plan: Plan) -> None:
    fonts = render(sample_plan).styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == DEFAULT_THEME.body_font
    assert fonts.get(qn("w:cs"))
    assert fonts.get(qn("w:eastAsia"))
    assert fonts.get(qn("w:asciiTheme")) is None


def test_timeline_table_lists_every_row_in_plan_order(sample_plan: Plan) -> None:
    (table,) = render(sample_plan).tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["When", "Event"]
    assert [event for _, event in rows[1:]] == [r.event for r in sample_plan.timeline_rows]
    for (when, _), row in zip(rows[1:], sample_plan.timeline_rows, strict=True):
        assert when.startswith("\u25cb " if row.hollow else "\u25cf ")
        assert row.label in when


def test_timeline_rows_never_break_across_pages_and_the_header_repeats(
    sample_plan: Plan,
) -> None:
    (table,) = render(sample_plan).tables
    header, *rows = table.rows
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)


def test_tentative_dates_are_marked_in_words_and_by_style(sample_plan: Plan) -> None:
    (table,) = render(sample_plan).tables
    for row, plan_row in zip(table.rows[1:], sample_plan.timeline_rows, strict=True):
        run = row.cells[0].paragraphs[0].runs[0]
        if plan_row.tentative:
            assert run.style.name == "Subtle Emphasis"
            assert f"({plan_row.precision})" in run.text
        else:
            assert run.style.name == "Default Paragraph Font"


def test_actor_lists_are_headed_by_heading_2(sample_plan: Plan) -> None:
    doc = render(sample_plan)
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 2"] == [
        "People",
        "Places",
        "Groups",
    ]
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert "Marie Colvin \u2014 American journalist" in bullets


def test_footer_shows_page_n_of_m_with_fields(sample_plan: Plan) -> None:
    footer = render(sample_plan).sections[0].footer.paragraphs[0]
    instructions = [i.text.strip() for i in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Page ")
    assert " of " in footer.text


def test_page_is_a4_with_even_margins(sample_plan: Plan) -> None:
    section = render(sample_plan).sections[0]
    assert abs(section.page_width - Cm(21.0)) < Cm(0.01)  # Word stores twips: a rounding apart
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    assert section.left_margin == section.right_margin == section.top_margin


@pytest.mark.parametrize("text", [ARABIC, HEBREW], ids=["arabic", "hebrew"])
def test_right_to_left_paragraph_gets_bidi_in_schema_order_and_rtl_runs(text: str) -> None:
    doc = render(plan(brief_with_section(text, "Plain English point.")))
    (rtl,) = [p for p in doc.paragraphs if p.text == text]
    children = [c.tag.split("}")[1] for c in rtl._p.pPr]
    assert "bidi" in children
    known = [c for c in children if c in PPR_ORDER]
    assert known == sorted(known, key=PPR_ORDER.index)
    assert all(r.font.rtl for r in rtl.runs)
    (ltr,) = [p for p in doc.paragraphs if p.text == "Plain English point."]
    assert ltr._p.pPr.find(qn("w:bidi")) is None


def test_hebrew_runs_name_a_font_with_hebrew_letters() -> None:
    doc = render(plan(brief_with_section(HEBREW)))
    (paragraph,) = [p for p in doc.paragraphs if p.text == HEBREW]
    fonts = paragraph.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Noto Sans Hebrew"


def test_markup_characters_survive_as_literal_text() -> None:
    doc = render(plan(brief_with_section(MARKUP)))
    assert MARKUP in [p.text for p in doc.paragraphs]


def test_characters_xml_cannot_hold_are_dropped_instead_of_crashing() -> None:
    doc = render(plan(brief_with_section("Bell\x07 and\x0b tab\x1f and \ufffe end.")))
    assert "Bell and tab and  end." in [p.text for p in doc.paragraphs]


def test_a_200_character_word_and_cjk_text_render() -> None:
    doc = render(plan(brief_with_section(f"Before {LONG_WORD} after.", CHINESE)))
    texts = [p.text for p in doc.paragraphs]
    assert f"Before {LONG_WORD} after." in texts
    assert CHINESE in texts


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_document_to_pdf(sample_plan: Plan, tmp_path: Path) -> None:
    source = tmp_path / "brief.docx"
    source.write_bytes(DocxRenderer().render(sample_plan, DEFAULT_THEME))
    pages = PdfReader(readback.libreoffice_pdf(source, tmp_path)).pages
    assert len(pages) >= 1
    assert sample_plan.headings[0] in pages[0].extract_text()


def test_accent_table_styles_follow_the_theme_accent_through_the_document_theme() -> None:
    import zipfile

    data = DocxRenderer().render(plan(make_brief()), DEFAULT_THEME)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        theme_xml = package.read("word/theme/theme1.xml").decode("utf-8")
    accent1 = theme_xml.split("<a:accent1>", 1)[1].split("</a:accent1>", 1)[0]
    assert f'val="{DEFAULT_THEME.accent.upper()}"' in accent1


def test_timeline_table_is_mirrored_only_in_a_right_to_left_document() -> None:
    def bidi_visual(language: str) -> bool:
        doc = render(plan(dataclasses.replace(make_brief(), language=language)))
        return doc.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None

    assert bidi_visual("ar") is True
    assert bidi_visual("en") is False


def test_a_long_list_of_places_runs_down_three_columns_of_bulleted_names() -> None:
    places = tuple(Place(f"Town{i:02d}") for i in range(12))
    doc = render(plan(dataclasses.replace(make_brief(), actors=Actors(places=places))))
    table = doc.tables[-1]
    columns = [[p.text for p in cell.paragraphs] for cell in table.rows[0].cells]
    assert columns == [[f"Town{i:02d}" for i in range(c * 4, c * 4 + 4)] for c in range(3)]
    assert {p.style.name for cell in table.rows[0].cells for p in cell.paragraphs} == {
        "List Bullet"
    }
    assert table.style is None or "Grid" not in table.style.name


def test_a_right_to_left_document_sets_its_headings_and_bottom_line_rule_from_the_right() -> None:
    rtl = dataclasses.replace(brief_with_section(HEBREW), language="he", bottom_line=HEBREW)
    doc = render(plan(rtl))
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        assert doc.styles[name].element.pPr.find(qn("w:bidi")) is not None, name
    border = doc.styles["Intense Quote"].element.pPr.find(qn("w:pBdr"))
    assert [c.tag.split("}")[1] for c in border] == ["right"]
    ltr = render(plan(brief_with_section("Plain English point.")))
    assert ltr.styles["Heading 1"].element.pPr.find(qn("w:bidi")) is None
    border = ltr.styles["Intense Quote"].element.pPr.find(qn("w:pBdr"))
    assert [c.tag.split("}")[1] for c in border] == ["left"]


def test_a_long_timeline_is_one_table_per_plan_chunk_split_where_the_deck_splits() -> None:
    events = tuple(
        Event(str(1900 + i), str(1900 + i), "year", f"Event number {i} took place in town.", 0)
        for i in range(30)
    )
    the_plan = plan(dataclasses.replace(make_brief(), timeline=events, actors=Actors()))
    (timeline,) = [p for p in the_plan.parts if p.kind == "timeline"]
    assert len(timeline.chunks) > 1
    tables = render(the_plan).tables
    assert [len(t.rows) - 1 for t in tables] == [
        len(c.blocks[0].rows)  # type: ignore[union-attr]
        for c in timeline.chunks
    ]


def test_a_long_brief_opens_on_a_table_of_contents_word_fills_on_opening() -> None:
    points = tuple(
        f"Point {n}: the depot's fleet of twelve vans is replaced over three years from June."
        for n in range(80)
    )
    long_plan = plan(brief_with_section(*points))
    assert long_plan.contents
    xml = render(long_plan).element.body.xml
    assert 'TOC \\o "1-1" \\h \\z \\u' in xml
    assert 'w:dirty="true"' in xml
    assert xml.index("TOC \\o") < xml.index(long_plan.headings[0])


def test_a_short_brief_has_no_table_of_contents_to_update(sample_plan: Plan) -> None:
    assert not sample_plan.contents
    assert "TOC \\o" not in render(sample_plan).element.body.xml


def test_remembered_style_ids_are_the_ids_python_docx_looks_up() -> None:
    from docx.enum.style import WD_STYLE_TYPE

    from reportgen.render.docx import _ooxml

    ours, theirs = docx.Document(), docx.Document()
    _ooxml.remember_style_ids(ours)
    names = [(s.name, s.type) for s in theirs.styles if s.type != WD_STYLE_TYPE.LIST]
    assert len(names) > 20
    for name, style_type in names:
        expected = theirs.part.get_style_id(name, style_type)
        assert ours.part.get_style_id(name, style_type) == expected
        assert ours.part.get_style_id(name, style_type) == expected  # and when remembered
    assert ours.part.get_style_id("Normal", WD_STYLE_TYPE.PARAGRAPH) is None  # the default
    with pytest.raises(ValueError, match="need type"):
        ours.part.get_style_id("Normal", WD_STYLE_TYPE.CHARACTER)
    with pytest.raises(KeyError):
        ours.part.get_style_id("No Such Style", WD_STYLE_TYPE.PARAGRAPH)


def test_a_few_places_run_in_one_line_as_in_the_pdf() -> None:
    places = (Place("Leeds"), Place("Wakefield"), Place("Bradford"))
    doc = render(plan(dataclasses.replace(make_brief(), actors=Actors(places=places))))
    texts = [p.text for p in doc.paragraphs]
    assert "Leeds \u00b7 Wakefield \u00b7 Bradford" in texts
    assert not any(p.style.name == "List Bullet" and p.text == "Leeds" for p in doc.paragraphs)
