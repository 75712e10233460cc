"""The PDF brief, read back with pdftotext, pypdf and qpdf: text, order, outline, fonts, scripts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata

import pypdf
import pytest
from bidi import get_display
from reportlab.lib.styles import ParagraphStyle

from reportgen.layout import DEFAULT_THEME, Plan, plan
from reportgen.model import Actors, Brief, Event, Group, Person, Place, Section, TableData
from reportgen.render.pdf import PdfRenderer
from reportgen.render.pdf._fonts import font_set
from reportgen.render.pdf._shaping import BidiParagraph
from tests import packcheck

ARABIC = "قال الرئيس إن مدينة حمص ستبقى تحت سيطرة الحكومة بعد معارك طويلة."
HEBREW = "ראש הממשלה אמר היום כי המשא ומתן יימשך בשבוע הבא."
CJK = "霍姆斯是叙利亚第三大城市。東京で会議が開かれた。"
MARKUP = "Literal: <b>&amp; ]]> &bogus; <i>x</i> & done."
LONG_WORD = "w" * 200

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler absent")


def brief(**changes: object) -> Brief:
    base: dict[str, object] = {
        "title": "Homs: a test brief",
        "bottom_line": "Opposition forces captured Rastan and Talbiseh.",
        "key_points": ("The siege ended in 2017.", "Two journalists were killed in 2012."),
        "sections": (
            Section("Background", ("The uprising began in 2011 in Homs.",)),
            Section("Current situation", ("Fighting resumed near the city.",)),
        ),
        "timeline": (
            Event("2011", "2011", "year", "The uprising began.", 0),
            Event("After 2012", None, "relative", "A court held the government responsible.", 1),
            Event("2017", "2017", "year", "The siege ended.", 2),
        ),
        "actors": Actors(
            people=(Person("Marie Colvin", "American journalist"),),
            places=(Place("Homs"), Place("Rastan")),
            groups=(Group("opposition forces"),),
        ),
        "source_name": "homs.txt",
        "document_date": "2024-12-01",
    }
    base.update(changes)
    return Brief(**base)  # type: ignore[arg-type]


def render(p: Plan) -> bytes:
    return PdfRenderer().render(p, DEFAULT_THEME)


@pytest.fixture(scope="module")
def sample() -> tuple[Plan, bytes]:
    p = plan(brief())
    return p, render(p)


@pytest.fixture(scope="module")
def scripts() -> bytes:
    """A brief in five scripts, with markup characters, emoji and a 200-character word."""
    return render(
        plan(
            brief(
                bottom_line=ARABIC,
                key_points=(HEBREW, CJK, MARKUP, f"Before {LONG_WORD} after", "Smile 😀 now"),
            )
        )
    )


def text_of(data: bytes, *args: str) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, "-", "-"], input=data, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def fonts_of(data: bytes) -> list[pypdf.generic.DictionaryObject]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[font["/BaseFont"]] = font
    return list(found.values())


@needs_pdftotext
def test_headings_come_out_in_plan_order(sample: tuple[Plan, bytes]) -> None:
    p, data = sample
    text = squash(text_of(data))
    positions = [text.find(h) for h in p.headings]
    assert -1 not in positions, p.headings
    assert positions == sorted(positions)


@needs_pdftotext
def test_timeline_rows_come_out_in_plan_order_with_tentative_dates_marked(
    sample: tuple[Plan, bytes],
) -> None:
    p, data = sample
    text = squash(text_of(data))
    positions = [text.find(squash(row.event)) for row in p.timeline_rows]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert "After 2012" in text
    assert "Hollow markers and italic dates are approximate or relative" in text


def test_the_timeline_is_drawn_with_a_hollow_marker_for_each_uncertain_date(
    sample: tuple[Plan, bytes],
) -> None:
    p, data = sample
    content = b"".join(
        page.get_contents().get_data() for page in pypdf.PdfReader(io.BytesIO(data)).pages
    )
    hollow = sum(row.hollow for row in p.timeline_rows)
    assert hollow
    assert content.count(b"1 1 1 rg") >= hollow


def test_outline_lists_every_part_heading_in_order(sample: tuple[Plan, bytes]) -> None:
    p, data = sample
    outline = pypdf.PdfReader(io.BytesIO(data)).outline
    assert [item.title for item in outline] == p.headings  # type: ignore[union-attr]


def test_metadata_carries_title_subject_author_keywords_language_and_creator(
    sample: tuple[Plan, bytes],
) -> None:
    p, data = sample
    reader = pypdf.PdfReader(io.BytesIO(data))
    info = reader.metadata
    assert info is not None
    assert info.title == p.meta.title
    assert info.subject == p.meta.subject
    assert info.author == p.meta.author
    assert info.creator == "reportgen"
    assert info["/Keywords"] == ", ".join(p.meta.keywords)
    assert reader.trailer["/Root"]["/Lang"] == p.meta.language


def test_every_font_is_embedded_as_a_subset(scripts: bytes) -> None:
    fonts = fonts_of(scripts)
    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"]


def test_arabic_hebrew_and_cjk_faces_are_embedded(scripts: bytes) -> None:
    names = " ".join(str(f["/BaseFont"]) for f in fonts_of(scripts))
    for face in ("NotoSansArabic", "NotoSansHebrew", "DroidSansFallback", "NotoSans-Regular"):
        assert face in names


def test_output_is_deterministic(sample: tuple[Plan, bytes]) -> None:
    p, data = sample
    assert render(p) == data


@needs_pdftotext
def test_markup_characters_survive_as_literal_text(scripts: bytes) -> None:
    assert MARKUP in squash(text_of(scripts))


@needs_pdftotext
def test_arabic_letters_and_hebrew_and_cjk_text_extract(scripts: bytes) -> None:
    text = unicodedata.normalize("NFKC", text_of(scripts))
    assert set(ARABIC.replace(" ", "")) <= set(text)
    for word in HEBREW.rstrip(".").split():
        assert word in text or word[::-1] in text
    assert "霍姆斯是叙利亚第三大城市" in text


@needs_pdftotext
def test_arabic_words_run_from_right_to_left_with_joined_letter_forms(scripts: bytes) -> None:
    boxes = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', text_of(scripts, "-bbox"))
    first, last = "قال", "الرئيس"
    xs = {unicodedata.normalize("NFKC", w)[::-1]: float(x) for x, w in boxes}
    assert xs[first] > xs[last]  # the first word of the sentence is the rightmost
    drawn = "".join(w for _, w in boxes)
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in drawn)  # contextual (joined) forms


@pytest.mark.parametrize(
    "line",
    [
        "שלום, עולם! 12 34 (abc) x.",
        "The city חיפה (Haifa) is north; the name משה כהן appears: משה כהן.",
        "א (b c) ד [e] 3/4",
        "ראש הממשלה Benjamin Netanyahu אמר 2012 בירושלים.",
    ],
)
def test_words_are_ordered_like_the_unicode_bidi_algorithm(line: str) -> None:
    fonts = font_set(DEFAULT_THEME.fonts_dir, DEFAULT_THEME.body_font)
    style = ParagraphStyle("t", fontName=fonts.face_for(False, False).name, fontSize=10, leading=12)
    para = BidiParagraph(line, style, fonts)
    para.wrap(10_000, 100)
    drawn = re.sub(r"<[^>]+>", "", para._lines[0]).replace("&amp;", "&")  # type: ignore[index]
    # python-bidi reorders but leaves mirroring to the renderer: compare brackets as one shape
    unmirror = str.maketrans("()[]", "||||")
    assert drawn.translate(unmirror) == get_display(line).translate(unmirror)


@needs_pdftotext
def test_a_200_character_word_wraps_inside_the_frame(scripts: bytes) -> None:
    text = squash(text_of(scripts))
    assert "w" * 40 in text
    assert text.count("w") >= 200
    page_width = 595.3
    for x_max in re.findall(r'xMax="([\d.]+)"', text_of(scripts, "-bbox")):
        assert float(x_max) <= page_width - 50


@needs_pdftotext
def test_emoji_become_their_unicode_name_in_brackets(scripts: bytes) -> None:
    assert "Smile [GRINNING FACE] now" in squash(text_of(scripts))


@needs_pdftotext
def test_a_long_timeline_is_drawn_across_pages_without_losing_an_event() -> None:
    events = tuple(
        Event(str(1900 + i), str(1900 + i), "year", f"Event number {i} happened.", i)
        for i in range(120)
    )
    data = render(plan(brief(timeline=events)))
    pages = [page for page in text_of(data).split("\f") if "Event number" in page]
    assert len(pages) >= 2
    text = squash(text_of(data))
    positions = [text.find(f"{1900 + i} Event number {i} happened.") for i in range(120)]
    assert -1 not in positions
    assert positions == sorted(positions)


@needs_pdftotext
def test_a_timeline_split_into_chunks_has_its_legend_once_under_the_last() -> None:
    events = tuple(
        Event(f"After {1900 + i}", None, "relative", f"Event number {i} happened.", i)
        if i % 3 == 0
        else Event(str(1900 + i), str(1900 + i), "year", f"Event number {i} happened.", i)
        for i in range(40)
    )
    p = plan(brief(timeline=events))
    timeline = next(part for part in p.parts if part.kind == "timeline")
    assert len(timeline.chunks) >= 2
    text = squash(text_of(render(p)))
    assert text.count("Hollow markers and italic dates") == 1
    assert text.find("Hollow markers") > text.find("Event number 39 happened.")


def test_a_paragraph_taller_than_a_page_splits_instead_of_failing() -> None:
    huge = " ".join(["كلمة"] * 3000)
    data = render(plan(brief(bottom_line=huge, key_points=(huge,))))
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) > 3


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf absent")
def test_qpdf_finds_no_structural_errors(scripts: bytes) -> None:
    packcheck.check_pdf(scripts)


@needs_pdftotext
def test_a_long_list_of_names_is_run_in_as_one_compact_paragraph() -> None:
    places = tuple(Place(f"Town{i:02d}") for i in range(30))
    data = render(plan(brief(actors=Actors(places=places))))
    text = squash(text_of(data))
    assert " \u00b7 ".join(f"Town{i:02d}" for i in range(30)) in text
    assert len([line for line in text_of(data, "-layout").splitlines() if "Town1" in line]) <= 2


@needs_pdftotext
def test_people_are_set_two_to_a_row_with_their_roles_beside_their_label() -> None:
    people = tuple(Person(f"Person Number{i}", f"envoy {i}") for i in range(6))
    data = render(plan(brief(actors=Actors(people=people))))
    lines = [squash(line) for line in text_of(data, "-layout").splitlines()]
    assert "People Person Number0 envoy 0 Person Number1 envoy 1" in lines
    assert "Person Number4 envoy 4 Person Number5 envoy 5" in lines


@needs_pdftotext
def test_page_one_shows_the_brief_at_a_glance_when_the_parts_push_the_timeline_off_it() -> None:
    points = tuple(
        f"Point {i} has words enough to run over most of one line of text." for i in range(9)
    )
    p = plan(brief(sections=tuple(Section(f"Part {k}", points, ()) for k in range(4))))
    assert p.glance
    first = squash(text_of(render(p)).split("\f")[0])
    rows = p.timeline_rows
    assert f"When {rows[0].label} {rows[-1].label} {len(rows)} dated events" in first
    assert "Who Marie Colvin (American journalist); opposition forces" in first
    assert "Homs" not in first.split("Who", 1)[1].split("Point")[0]


@needs_pdftotext
def test_a_short_brief_with_its_timeline_in_view_adds_no_glance(
    sample: tuple[Plan, bytes],
) -> None:
    p, data = sample
    assert not p.glance
    first = squash(text_of(data).split("\f")[0])
    assert "dated events" not in first


@needs_pdftotext
def test_a_heading_is_never_the_last_thing_on_a_page() -> None:
    points = tuple(
        f"Point {i} has words enough to run over most of one line of text." for i in range(9)
    )
    sections = tuple(Section(f"Part {k}", points, ()) for k in range(8))
    data = render(plan(brief(sections=sections)))
    for page in text_of(data).split("\f")[:-1]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("Page ", "Homs"))]
        assert not body[-1].startswith("Part "), body[-3:]


def _pages_of_lines(lines: int) -> int:
    from reportlab.platypus import Paragraph as RLParagraph

    from reportgen.render.pdf import _page
    from reportgen.render.pdf._flow import Context
    from reportgen.render.pdf._fonts import font_set
    from reportgen.render.pdf._styles import styles

    fonts = font_set(DEFAULT_THEME.fonts_dir, DEFAULT_THEME.body_font)
    faces = [fonts.face_for(b, i).name for b, i in ((False, False), (True, False), (False, True))]

    def ctx(spacing: float) -> Context:
        return Context(fonts, styles(DEFAULT_THEME, *faces, spacing=spacing), DEFAULT_THEME, 400)

    def story(c: Context) -> list[object]:
        return [RLParagraph(f"Line {i}", c.styles.body) for i in range(lines)]

    meta = plan(brief()).meta
    data = _page.build(story, ctx(1.0), meta, "T", tighter=ctx)
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def test_a_last_page_holding_a_few_lines_is_saved_by_tighter_spacing() -> None:
    assert _pages_of_lines(36) == 1
    assert _pages_of_lines(60) == 2


def _title_lines(data: bytes) -> list[str]:
    lines = [line.strip() for line in text_of(data, "-layout").splitlines() if line.strip()]
    return lines[: next(i for i, line in enumerate(lines) if line.startswith("Briefing"))]


@needs_pdftotext
def test_a_long_title_is_set_smaller_to_fit_two_lines() -> None:
    title = "Homs regained significance as opposition factions captured Rastan and Talbiseh"
    assert len(_title_lines(render(plan(brief(title=title))))) == 2


@needs_pdftotext
def test_a_title_too_long_for_two_lines_keeps_its_size_and_every_word() -> None:
    title = " ".join(f"word{i}" for i in range(40))
    lines = _title_lines(render(plan(brief(title=title))))
    assert len(lines) > 2
    assert squash(" ".join(lines)) == title


_COUNT_COMPILES = """
import re, re._compiler, sys
compiled = []
original = re._compiler.compile
def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame.f_globals.get("__name__", "").split(".")[0] == "re":
        frame = frame.f_back
    compiled.append(frame.f_globals.get("__name__"))
    return original(pattern, flags)
re._compiler.compile = counting
import reportgen.render.pdf
print(sum(name in reportgen.render.pdf.REPORTLAB_PATTERNS for name in compiled))
"""


def test_a_second_cold_start_finds_reportlabs_patterns_compiled(tmp_path):
    import os
    import sys

    env = {**os.environ, "REPORTGEN_CACHE_DIR": str(tmp_path / "cache")}

    def compiles() -> int:
        run = subprocess.run(
            [sys.executable, "-c", _COUNT_COMPILES], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        return int(run.stdout)

    assert compiles() > 0  # the first start compiles them and stores their programs
    assert compiles() == 0


def test_only_the_last_layout_writes_a_pdf_and_it_counts_its_own_pages(monkeypatch) -> None:
    from reportgen.render.pdf import _page

    layouts: list[tuple[int | None, int, bytes]] = []
    original = _page._layout

    def recording(story, ctx, meta, title, total):  # type: ignore[no-untyped-def]
        pages, fill, data = original(story, ctx, meta, title, total)
        layouts.append((total, pages, data))
        return pages, fill, data

    monkeypatch.setattr(_page, "_layout", recording)
    data = render(plan(brief(key_points=tuple(f"Point {i} of a long list." for i in range(60)))))
    *counting, (total, pages, last) = layouts
    assert counting
    assert all(t is None and d == b"" for t, _, d in counting)
    assert last == data
    assert total == pages == len(pypdf.PdfReader(io.BytesIO(data)).pages) > 1
    assert f"Page {pages} of {pages}" in pypdf.PdfReader(io.BytesIO(data)).pages[-1].extract_text()


@needs_pdftotext
def test_a_one_page_brief_names_its_title_once_and_a_longer_one_in_every_footer(
    sample: tuple[Plan, bytes],
) -> None:
    _, data = sample
    assert squash(text_of(data)).count("Homs: a test brief") == 1
    long = render(plan(brief(key_points=tuple(f"Point {n} of a long brief." for n in range(90)))))
    pages = text_of(long).split("\f")
    printed = [p for p in pages if p.strip()]
    assert len(printed) >= 2
    assert all("Homs: a test brief" in p for p in printed)


@needs_pdftotext
def test_a_wide_table_keeps_every_figure_whole_when_its_headings_must_wrap() -> None:
    header = (
        "Year",
        "Manslaughter",
        "Aggravated assault",
        "Burglary",
        "Robbery",
        "Forcible offences",
        "Non-forcible offences",
        "Motor vehicle theft",
        "Arson",
        "Destruction",
    )
    rows = tuple(
        (str(year), *(f"{(year - 2000) * 1234 + n:,}" for n in range(9)))
        for year in range(2005, 2009)
    )
    data = render(plan(brief(tables=(TableData(header, rows),))))
    lines = text_of(data, "-layout").splitlines()
    for year in range(2005, 2009):
        assert any(line.lstrip().startswith(str(year)) for line in lines), year
    assert "6,170" in text_of(data)
