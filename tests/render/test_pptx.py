"""The slide deck, read back with python-pptx: layouts, placeholders, notes, fit, text as data."""

from __future__ import annotations

import dataclasses
import io
import shutil
import zipfile
from pathlib import Path

import pptx
import pytest
from PIL import Image
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.shapes.group import GroupShape
from pptx.util import Emu, Pt
from pypdf import PdfReader

from reportgen.layout import (
    DEFAULT_THEME,
    Bullets,
    Chunk,
    Part,
    Plan,
    TimelineRow,
    TimelineRows,
    plan,
)
from reportgen.layout import measure as _fit
from reportgen.layout.plan import Cover
from reportgen.model import Actors, Brief, DocumentMeta, Person, Place, Section
from reportgen.render import renderer_for
from reportgen.render.pptx import PptxRenderer
from reportgen.render.pptx._deck import SlideSizes
from reportgen.render.pptx._text import BULLET_INDENT_PT, INSET_PT
from reportgen.templates import contrast
from tests import readback
from tests.conftest import make_brief

ARABIC = "قالت الأمم المتحدة إن الوضع في حمص خطير للغاية."
HEBREW = "הצבא הודיע על הפסקת אש בעיר."
CHINESE = "叙利亚霍姆斯市的局势在二零一二年急剧恶化。"
MARKUP = 'Tags <b>stay</b> text: &amp; ]]> "q" & <a:t>'
LONG_WORD = "Supercalifragilistic" * 10


def render(the_plan: Plan) -> Presentation:
    return pptx.Presentation(io.BytesIO(PptxRenderer().render(the_plan, DEFAULT_THEME)))


def brief_with_section(*points: str) -> Brief:
    return dataclasses.replace(make_brief(), sections=(Section("Voices", points, ()),))


def slide_with(deck: Presentation, text: str):  # type: ignore[no-untyped-def]
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    if paragraph.text == text:
                        return slide, shape, paragraph
    raise AssertionError(f"no slide shows {text!r}")


def test_renderer_is_found_in_the_table_by_format_name() -> None:
    assert isinstance(renderer_for("pptx"), PptxRenderer)
    assert PptxRenderer.suffix == ".pptx"


def test_deck_is_16_by_9_with_layouts_stretched_to_match(sample_plan: Plan) -> None:
    deck = render(sample_plan)
    assert deck.slide_width * 9 == deck.slide_height * 16
    for layout in deck.slide_layouts:
        for shape in layout.placeholders:
            assert shape.left + shape.width <= deck.slide_width


def test_title_slide_comes_first_with_title_and_subtitle_placeholders(sample_plan: Plan) -> None:
    first = render(sample_plan).slides[0]
    assert first.slide_layout.name == "Title Slide"
    types = {p.placeholder_format.type: p.text_frame.text for p in first.placeholders}
    assert types == {
        PP_PLACEHOLDER.CENTER_TITLE: sample_plan.title,
        PP_PLACEHOLDER.SUBTITLE: sample_plan.cover.date,
    }


def _runs(slide):  # type: ignore[no-untyped-def]
    return [
        run
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
        if run.text.strip()
    ]


def test_the_title_slide_shows_what_the_pack_is_its_date_source_and_a_band_in_the_accent() -> None:
    brief = dataclasses.replace(make_brief(), metadata=DocumentMeta(marking="OFFICIAL"))
    the_plan = plan(brief)
    first = render(the_plan).slides[0]
    texts = [s.text_frame.text for s in first.shapes if s.has_text_frame]
    for wanted in ("Briefing", the_plan.title, "1 December 2024", "Source: homs.txt", "OFFICIAL"):
        assert wanted in texts
    band = next(s for s in first.shapes if s.name == "Band")
    assert str(band.fill.fore_color.rgb) == DEFAULT_THEME.accent
    assert band.height == render(the_plan).slide_height


def test_every_run_on_the_title_slide_reads_at_4_5_to_1_on_white(sample_plan: Plan) -> None:
    runs = _runs(render(sample_plan).slides[0])
    assert len(runs) >= 4
    for run in runs:
        colour = str(run.font.color.rgb) if run.font.color.type is not None else "000000"
        assert contrast(colour, "FFFFFF") >= 4.5, run.text


def test_a_theme_logo_sits_in_the_title_slides_top_right_corner(sample_plan: Plan) -> None:
    out = io.BytesIO()
    Image.new("RGB", (90, 30), (31, 78, 121)).save(out, format="PNG")
    theme = dataclasses.replace(DEFAULT_THEME, logo=out.getvalue())
    deck = pptx.Presentation(io.BytesIO(PptxRenderer().render(sample_plan, theme)))
    logo = next(s for s in deck.slides[0].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert logo.left + logo.width <= deck.slide_width
    assert logo.left > deck.slide_width / 2
    assert logo.top < deck.slide_height / 4


def test_one_slide_per_plan_slide_titled_by_its_parts_in_plan_order(sample_plan: Plan) -> None:
    titles = [s.shapes.title.text_frame.text for s in render(sample_plan).slides][1:]
    assert titles == [s.title for s in sample_plan.deck_slides]
    shown = [piece.heading for s in sample_plan.deck_slides for piece in s.pieces]
    assert shown == [part.heading for part in sample_plan.parts for _ in part.chunks]


def test_parts_sharing_a_slide_each_keep_their_heading_as_a_bold_subheading(
    sample_plan: Plan,
) -> None:
    deck = render(sample_plan)
    shared = [(n, s) for n, s in enumerate(sample_plan.deck_slides, 2) if s.shared]
    assert shared, "the small parts of the test brief share slides"
    for number, plan_slide in shared:
        slide = deck.slides[number - 1]
        paragraphs = [
            p
            for shape in slide.shapes
            if shape.has_text_frame and shape != slide.shapes.title
            for p in shape.text_frame.paragraphs
        ]
        subheads = [p for p in paragraphs if p.text in {x.heading for x in plan_slide.pieces}]
        assert [p.text for p in subheads] == [x.heading for x in plan_slide.pieces]
        assert all(r.font.bold for p in subheads for r in p.runs)
        assert paragraphs[-1].text not in {x.heading for x in plan_slide.pieces}


def test_every_slide_title_is_unique_and_never_says_continued_twice() -> None:
    points = tuple(
        f"Point {i} of a long section, with enough words to fill a line." for i in range(30)
    )
    brief = dataclasses.replace(
        make_brief(), sections=(Section("Current situation (continued)", points, ()),)
    )
    titles = [s.shapes.title.text_frame.text for s in render(plan(brief)).slides]
    assert len(titles) == len(set(titles))
    assert not any("(cont.)" in t for t in titles)
    assert "Current situation (continued) (2 of" in " ".join(titles)


def test_text_sits_in_the_layouts_real_placeholders(sample_plan: Plan) -> None:
    for slide in list(render(sample_plan).slides)[2:]:  # after the title and glance slides
        assert slide.slide_layout.name in {"Title and Content", "Title Only"}
        assert slide.shapes.title.is_placeholder
        for shape in slide.shapes:
            assert shape.is_placeholder or shape.shape_type == MSO_SHAPE_TYPE.GROUP
            if shape.is_placeholder and shape.has_text_frame:
                assert shape.text_frame.text.strip(), "an empty placeholder would show a prompt"


def test_content_slides_are_numbered_in_the_layouts_slide_number_placeholder(
    sample_plan: Plan,
) -> None:
    for number, slide in enumerate(render(sample_plan).slides, start=1):
        numbers = [
            p.text_frame.text
            for p in slide.placeholders
            if p.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
        ]
        assert numbers == ([] if number == 1 else [str(number)])


def test_bullets_fill_the_body_placeholder(sample_plan: Plan) -> None:
    deck = render(sample_plan)
    key_points = next(
        s for s in deck.slides if s.shapes.title.text_frame.text.startswith("Key points")
    )
    body = key_points.placeholders[1]
    assert body.placeholder_format.type == PP_PLACEHOLDER.OBJECT
    part = next(p for p in sample_plan.parts if p.kind == "key_points")
    items = list(part.chunks[0].blocks[0].items)  # type: ignore[union-attr]
    shown = [p.text for p in body.text_frame.paragraphs]
    assert readback.in_order("\n".join(shown), items) == []


def test_every_content_slide_has_the_source_sentences_as_speaker_notes(
    sample_plan: Plan,
) -> None:
    slides = list(render(sample_plan).slides)[1:]
    for slide, plan_slide in zip(slides, sample_plan.deck_slides, strict=True):
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.strip()
        expected = [n for piece in plan_slide.pieces for n in piece.chunk.notes]
        if expected:
            assert notes.split("\n") == expected


def test_a_chunk_without_notes_gets_its_visible_text_as_notes() -> None:
    bare = Plan(
        "T", "", make_plan_meta(), (Part("section", "Bare", (Chunk((Bullets(("Seen.",)),)),)),)
    )
    notes = render(bare).slides[1].notes_slide.notes_text_frame.text
    assert notes == "Seen."


def make_plan_meta():  # type: ignore[no-untyped-def]
    return plan(make_brief()).meta


def test_empty_subtitle_placeholder_is_removed_not_left_as_a_prompt() -> None:
    bare = dataclasses.replace(plan(make_brief()), subtitle="", cover=Cover())
    first = render(bare).slides[0]
    assert [p.placeholder_format.type for p in first.placeholders] == [PP_PLACEHOLDER.CENTER_TITLE]


def test_a_plan_without_parts_is_just_the_title_slide() -> None:
    empty = dataclasses.replace(plan(make_brief()), parts=(), slides=())
    assert len(render(empty).slides) == 1


def actor_body(the_plan: Plan):  # type: ignore[no-untyped-def]
    deck = render(the_plan)
    slide = next(s for s in deck.slides if s.shapes.title.text_frame.text.startswith("People"))
    return slide.placeholders[1]


def test_places_and_groups_are_run_in_as_one_paragraph_each() -> None:
    places = tuple(Place(f"Town{i:02d}") for i in range(20))
    brief = dataclasses.replace(make_brief(), actors=Actors(places=places))
    body = actor_body(plan(brief))
    assert [p.text for p in body.text_frame.paragraphs] == [
        "Places",
        " \u00b7 ".join(f"Town{i:02d}" for i in range(20)),
    ]


def test_a_part_continued_over_slides_keeps_one_type_size() -> None:
    people = tuple(Person(f"Person Number{i}", "spokesperson for the council") for i in range(40))
    brief = dataclasses.replace(make_brief(), actors=Actors(people=people))
    deck = render(plan(brief))
    bodies = [
        s.placeholders[1]
        for s in deck.slides
        if s.shapes.title.text_frame.text.startswith("People, places and groups")
    ]
    assert len(bodies) >= 3
    sizes = {
        run.font.size
        for body in bodies
        for paragraph in body.text_frame.paragraphs
        for run in paragraph.runs
        if paragraph.level == 1 and run.font.bold
    }
    assert len(sizes) == 1


def timeline_groups(deck: Presentation) -> list[GroupShape]:
    """The drawn timelines (not the bottom-line slide's strip), by their alt text."""
    return [
        shape
        for slide in deck.slides
        for shape in slide.shapes
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP
        and shape._element.find(".//" + qn("p:cNvPr")).get("descr", "").startswith("Timeline of")
    ]


def test_the_bottom_line_slide_gives_the_brief_at_a_glance(sample_plan: Plan) -> None:
    slide = render(sample_plan).slides[1]
    assert slide.shapes.title.text_frame.text == "Bottom line"
    texts = [s.text_frame.text for s in readback._flat(slide.shapes) if s.has_text_frame]
    rows = sample_plan.timeline_rows
    assert make_brief().bottom_line in texts
    assert rows[0].label in texts
    assert rows[-1].label in texts
    assert any(t.startswith("Who: Marie Colvin (American journalist); Remi Ochlik") for t in texts)
    strip = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP)
    descr = strip._element.find(".//" + qn("p:cNvPr")).get("descr")
    assert (
        descr
        == f"Timeline at a glance: {len(rows)} dated events, {rows[0].label} to {rows[-1].label}."
    )


def group_texts(group: GroupShape) -> list[str]:
    return [s.text_frame.text for s in group.shapes if s.has_text_frame and s.text_frame.text]


def test_drawn_timelines_continued_over_slides_keep_one_type_size() -> None:
    def rows(text: str, n: int) -> TimelineRows:
        return TimelineRows(
            tuple(TimelineRow("2011", text, "year", "2011", False) for _ in range(n))
        )

    chunks = (Chunk((rows("Short.", 3),)), Chunk((rows("A long line. " * 12, 6),)))
    timeline = Plan("T", "", make_plan_meta(), (Part("timeline", "Timeline", chunks),))
    groups = timeline_groups(render(timeline))
    sizes = {
        run.font.size
        for group in groups
        for shape in group.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    }
    assert len(groups) == 2
    assert len(sizes) == 1


def test_short_actor_lists_stay_in_one_column(sample_plan: Plan) -> None:
    assert actor_body(sample_plan).text_frame._txBody.bodyPr.get("numCol") is None


def test_timeline_slides_draw_an_axis_with_a_marker_date_and_event_per_row(
    sample_plan: Plan,
) -> None:
    groups = timeline_groups(render(sample_plan))
    assert groups
    texts = [t for group in groups for t in group_texts(group)]
    expected = [t for row in sample_plan.timeline_rows for t in (row.label, row.event)]
    assert texts == expected
    for group in groups:
        kinds = [s.shape_type for s in group.shapes]
        assert kinds[0] == MSO_SHAPE_TYPE.LINE or kinds.count(MSO_SHAPE_TYPE.AUTO_SHAPE) > 0


def test_the_timeline_drawing_is_one_group_with_alt_text(sample_plan: Plan) -> None:
    for group in timeline_groups(render(sample_plan)):
        descr = group._element.find(".//" + qn("p:cNvPr")).get("descr")
        assert descr.startswith("Timeline of ")


def test_a_drawn_group_spans_exactly_its_shapes_as_python_pptx_would_set_it(
    sample_plan: Plan,
) -> None:
    deck = render(sample_plan)
    groups = [
        s for slide in deck.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP
    ]
    assert len(groups) >= 2  # the bottom line's strip and a drawn timeline
    for group in groups:
        children = list(group.shapes)
        left = min(c.left for c in children)
        top = min(c.top for c in children)
        right = max(c.left + c.width for c in children)
        bottom = max(c.top + c.height for c in children)
        assert (group.left, group.top, group.width, group.height) == (
            left,
            top,
            right - left,
            bottom - top,
        )
        xfrm = group._element.grpSpPr.xfrm
        assert (xfrm.chOff.x, xfrm.chOff.y) == (left, top)
        assert (xfrm.chExt.cx, xfrm.chExt.cy) == (right - left, bottom - top)
        reference = pptx.Presentation().slides.add_slide(pptx.Presentation().slide_layouts[6])
        copy = reference.shapes.add_group_shape()
        for child in children:
            copy.shapes.add_textbox(child.left, child.top, child.width, child.height)
        assert (copy.left, copy.top, copy.width, copy.height) == (
            group.left,
            group.top,
            group.width,
            group.height,
        )


def test_tentative_dates_get_a_hollow_marker_and_italic_words(sample_plan: Plan) -> None:
    groups = timeline_groups(render(sample_plan))
    markers = [s for g in groups for s in g.shapes if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE]
    dates = [
        s.text_frame.paragraphs[0].runs[0]
        for g in groups
        for s in g.shapes
        if s.shape_type == MSO_SHAPE_TYPE.TEXT_BOX
    ][::2]
    rows = sample_plan.timeline_rows
    assert len(markers) == len(dates) == len(rows)
    for marker, run, row in zip(markers, dates, rows, strict=True):
        fill = str(marker.fill.fore_color.rgb)
        if row.tentative:
            assert fill == "FFFFFF"
            assert run.font.italic
            assert str(run.font.color.rgb) == DEFAULT_THEME.tentative
        else:
            assert fill == DEFAULT_THEME.accent
            assert not run.font.italic


def test_deck_theme_takes_its_accent_and_fonts_from_the_theme(sample_plan: Plan) -> None:
    data = PptxRenderer().render(sample_plan, DEFAULT_THEME)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        theme = archive.read("ppt/theme/theme1.xml").decode("utf-8")
    assert f'<a:accent1><a:srgbClr val="{DEFAULT_THEME.accent}"/></a:accent1>' in theme
    assert f'<a:majorFont><a:latin typeface="{DEFAULT_THEME.body_font}"/>' in theme


@pytest.mark.parametrize("text", [ARABIC, HEBREW], ids=["arabic", "hebrew"])
def test_right_to_left_paragraph_is_marked_rtl_and_right_aligned(text: str) -> None:
    deck = render(plan(brief_with_section(text, "Plain English point.")))
    _, _, paragraph = slide_with(deck, text)
    assert paragraph._p.pPr.get("rtl") == "1"
    assert paragraph.alignment == PP_ALIGN.RIGHT
    _, _, ltr = slide_with(deck, "Plain English point.")
    assert ltr._p.pPr is None or ltr._p.pPr.get("rtl") is None


def test_a_right_to_left_title_stays_right_aligned_on_the_title_slide() -> None:
    deck = render(plan(dataclasses.replace(make_brief(), title=ARABIC)))
    title = deck.slides[0].shapes.title
    assert [p.alignment for p in title.text_frame.paragraphs] == [PP_ALIGN.RIGHT]


def test_runs_name_fonts_for_east_asian_and_complex_scripts() -> None:
    deck = render(plan(brief_with_section(HEBREW, CHINESE)))
    _, _, paragraph = slide_with(deck, HEBREW)
    rPr = paragraph.runs[0]._r.rPr
    assert rPr.find(qn("a:cs")).get("typeface") == "Noto Sans Hebrew"
    assert rPr.find(qn("a:ea")).get("typeface")
    children = [c.tag.split("}")[1] for c in rPr]
    assert children.index("latin") < children.index("ea") < children.index("cs")


def test_markup_characters_survive_as_literal_text() -> None:
    deck = render(plan(brief_with_section(MARKUP)))
    assert slide_with(deck, MARKUP)


def test_characters_xml_cannot_hold_are_dropped_instead_of_crashing() -> None:
    deck = render(plan(brief_with_section("Bell\x07 and\x0b tab\x1f and \ufffe end.")))
    assert slide_with(deck, "Bell and tab and end.")


def test_short_text_is_set_at_the_theme_slide_size(sample_plan: Plan) -> None:
    deck = render(sample_plan)
    _, _, paragraph = slide_with(deck, make_brief().sections[0].points[0])
    assert paragraph.runs[0].font.size == Pt(SlideSizes.of(DEFAULT_THEME).body)


def test_a_200_character_word_wraps_and_is_sized_to_fit_its_placeholder() -> None:
    text = f"Before {LONG_WORD} after, and more words to wrap. " * 5
    deck = render(plan(brief_with_section(text.strip(), CHINESE)))
    _, shape, paragraph = slide_with(deck, text.strip())
    frame = shape.text_frame
    assert frame.word_wrap is True
    size = paragraph.runs[0].font.size.pt
    assert size < SlideSizes.of(DEFAULT_THEME).body
    width = Emu(shape.width).pt - 2 * INSET_PT[0] - BULLET_INDENT_PT[0]
    lines = [_fit.Line(p.text) for p in frame.paragraphs]
    used = _fit.height_pt(lines, width, size, DEFAULT_THEME.fonts_dir)
    assert used <= Emu(shape.height).pt


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_deck_one_page_per_slide(
    sample_plan: Plan, tmp_path: Path
) -> None:
    source = tmp_path / "deck.pptx"
    source.write_bytes(PptxRenderer().render(sample_plan, DEFAULT_THEME))
    pages = PdfReader(readback.libreoffice_pdf(source, tmp_path)).pages
    assert len(pages) == 1 + len(sample_plan.deck_slides)


def _run_by_setters(paragraph, text, size, bold, italic, fonts, colour, language) -> None:
    """A run as python-pptx's own property setters write it, to compare with ``add_run``."""
    from pptx.dml.color import RGBColor

    run = paragraph.add_run()
    run.text = text
    if fonts[0] is not None:
        run.font.name = fonts[0]
    run.font.size = size
    run.font.bold = bold or None
    run.font.italic = italic or None
    if colour is not None:
        run.font.color.rgb = RGBColor.from_string(colour)
    rPr = run._r.get_or_add_rPr()
    rPr.append(_typeface("a:ea", fonts[1]))  # the last children of <a:rPr> a brief writes
    rPr.append(_typeface("a:cs", fonts[2]))
    rPr.set("lang", language)


def _typeface(tag: str, typeface: str):
    from pptx.oxml.xmlchemy import OxmlElement

    element = OxmlElement(tag)
    element.set("typeface", typeface)
    return element


@pytest.mark.parametrize(
    ("text", "points", "bold", "italic", "fonts", "colour", "language"),
    [
        (
            "Key points",
            28.0,
            True,
            False,
            ("Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic"),
            "1f4e79",
            "en",
        ),
        (
            "2011 (year)",
            18.5,
            False,
            True,
            ("Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic"),
            None,
            "en-GB",
        ),
        ("שלום", 12.0, True, True, (None, "Noto Sans CJK SC", "Noto Sans Hebrew"), None, "he"),
        (
            "Rates & <limits>",
            10.0,
            False,
            False,
            (None, "Noto Sans CJK SC", "Noto Sans Arabic"),
            "C00000",
            "ar-SY",
        ),
    ],
)
def test_a_run_written_in_one_pass_is_the_xml_python_pptxs_setters_write(
    text, points, bold, italic, fonts, colour, language
) -> None:
    from reportgen.render.pptx import _ooxml

    deck = pptx.Presentation()
    box = deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_textbox(0, 0, 100, 100)
    ours, theirs = box.text_frame.paragraphs[0], box.text_frame.add_paragraph()
    _ooxml.add_run(
        ours,
        text,
        Pt(points),
        bold=bold,
        italic=italic,
        fonts=fonts,
        colour=colour,
        language=language,
    )
    _run_by_setters(theirs, text, Pt(points), bold, italic, fonts, colour, language)
    assert ours._p.xml == theirs._p.xml
    assert ours.runs[0].font.size == Pt(points)


@pytest.mark.parametrize(("level", "space_pt"), [(0, 0.0), (0, 7.2), (1, 9.9), (2, 40.0)])
def test_a_paragraph_started_in_one_pass_is_the_xml_python_pptxs_setters_write(
    level: int, space_pt: float
) -> None:
    from reportgen.render.pptx import _ooxml

    deck = pptx.Presentation()
    frame = deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_textbox(0, 0, 9, 9).text_frame
    ours, theirs, styled = frame.paragraphs[0], frame.add_paragraph(), frame.add_paragraph()
    _ooxml.start_paragraph(ours, level, Pt(space_pt))
    theirs.level = level
    theirs.space_before = Pt(space_pt)
    assert ours._p.xml == theirs._p.xml
    styled.alignment = PP_ALIGN.RIGHT  # properties already there: the setters add to them
    _ooxml.start_paragraph(styled, level, Pt(space_pt))
    assert (styled.alignment, styled.level, styled.space_before) == (
        PP_ALIGN.RIGHT,
        level,
        Pt(space_pt),
    )


@pytest.mark.parametrize(
    ("fill", "outline", "points"), [("1f4e79", "1F4E79", 2.0), ("FFFFFF", "C00000", 1.5)]
)
def test_a_marker_painted_in_one_pass_is_the_xml_python_pptxs_setters_write(
    fill: str, outline: str, points: float
) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE

    from reportgen.render.pptx import _ooxml

    deck = pptx.Presentation()
    shapes = deck.slides.add_slide(deck.slide_layouts[6]).shapes
    ours, theirs = (shapes.add_shape(MSO_SHAPE.OVAL, 0, 0, 9, 9) for _ in range(2))
    _ooxml.paint_marker(ours, fill, outline, Pt(points))
    theirs.fill.solid()
    theirs.fill.fore_color.rgb = RGBColor.from_string(fill)
    theirs.line.color.rgb = RGBColor.from_string(outline)
    theirs.line.width = Pt(points)
    theirs.shadow.inherit = False
    assert ours._element.spPr.xml == theirs._element.spPr.xml
    _ooxml.paint_marker(theirs, "000000", "000000", Pt(1))  # painted again: by the setters
    assert str(theirs.fill.fore_color.rgb) == "000000"
    assert theirs.line.width == Pt(1)
