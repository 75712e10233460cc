"""House templates and theme files: a restyled Word and PowerPoint file, built here, restyle
the pack; a template missing a layout or style, or no template at all, is one line and exit 65."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pptx
import pypdf
import pytest
from docx.shared import RGBColor

from reportgen.layout import DEFAULT_THEME
from reportgen.templates import contrast
from tests import clirun, readback
from tests.render.test_slide_bounds import overflows

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "homs.txt"
HOUSE_FONT = "Georgia"
HOUSE_COLOUR = "7A1F5C"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """(exit code, stderr) of ``reportgen argv`` run in process."""
    code, _, err = clirun.run(argv, capsys)
    return code, err


def house_docx(path: Path, *, drop: str | None = None) -> Path:
    document = docx.Document()
    for name in ("Normal", "Heading 1"):
        document.styles[name].font.name = HOUSE_FONT
    document.styles["Heading 1"].font.color.rgb = RGBColor.from_string(HOUSE_COLOUR)
    document.add_paragraph("Sample text of the template, to be replaced.")
    if drop:
        element = document.styles[drop].element
        element.getparent().remove(element)
    document.save(str(path))
    return path


def house_pptx(path: Path, *, rename: str | None = None) -> Path:
    deck = pptx.Presentation()  # 4:3, unlike the default deck
    master = deck.slide_master
    theme_part = next(
        rel.target_part for rel in master.part.rels.values() if rel.reltype.endswith("/theme")
    )
    blob = theme_part.blob.replace(b'typeface="Calibri"', f'typeface="{HOUSE_FONT}"'.encode())
    theme_part._blob = blob
    slide = deck.slides.add_slide(deck.slide_layouts[0])
    slide.shapes.title.text_frame.text = "Sample slide of the template"
    if rename:
        deck.slide_layouts.get_by_name(rename).name = "Renamed layout"
    deck.save(str(path))
    return path


def build(tmp_path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    out = tmp_path / "out"
    return run(["build", str(SEED), "--out", str(out), *options], capsys)


def test_word_and_powerpoint_templates_restyle_the_document_and_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx_t, pptx_t = house_docx(tmp_path / "house.docx"), house_pptx(tmp_path / "house.pptx")
    code, err = build(tmp_path, capsys, "--template", str(docx_t), "--template", str(pptx_t))
    assert code == 0, err
    out = tmp_path / "out"

    document = docx.Document(str(out / "homs.docx"))
    heading = document.styles["Heading 1"]
    assert heading.font.name == HOUSE_FONT
    assert str(heading.font.color.rgb) == HOUSE_COLOUR
    assert "Sample text of the template" not in readback.docx_text((out / "homs.docx").read_bytes())
    assert readback.docx_headings((out / "homs.docx").read_bytes())[:2] == [
        "Bottom line",
        "Key points",
    ]

    deck = pptx.Presentation(str(out / "homs.pptx"))
    assert (deck.slide_width, deck.slide_height) == (9144000, 6858000)
    with zipfile.ZipFile(out / "homs.pptx") as z:
        theme = z.read("ppt/theme/theme1.xml").decode()
        slides = [z.read(n).decode() for n in z.namelist() if n.startswith("ppt/slides/slide")]
    assert f'typeface="{HOUSE_FONT}"' in theme
    assert not any('typeface="Noto Sans"' in s for s in slides)
    assert "Sample slide of the template" not in readback.pptx_text(
        (out / "homs.pptx").read_bytes()
    )
    layouts = {slide.slide_layout.name for slide in deck.slides}
    assert layouts <= {"Title Slide", "Title and Content", "Title Only"}
    assert overflows(deck) == []


@pytest.mark.parametrize(
    ("make", "missing"),
    [
        (
            lambda p: house_pptx(p / "house.pptx", rename="Title Only"),
            "slide layout named 'Title Only'",
        ),
        (
            lambda p: house_docx(p / "house.docx", drop="Intense Quote"),
            "style named 'Intense Quote'",
        ),
    ],
)
def test_a_template_missing_a_layout_or_style_is_named_in_one_line_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, missing: str
) -> None:
    template = make(tmp_path)  # type: ignore[operator]
    code, err = build(tmp_path, capsys, "--template", str(template))
    assert code == 65
    assert missing in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_a_file_that_is_no_word_or_powerpoint_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "house.docx"
    fake.write_text("Not a Word file at all.", encoding="utf-8")
    code, err = build(tmp_path, capsys, "--template", str(fake))
    assert code == 65
    assert "is not a Word (.docx) or PowerPoint (.pptx) file" in err
    assert not (tmp_path / "out").exists()


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 20), (122, 31, 92)).save(out, format="PNG")
    return out.getvalue()


def test_a_theme_file_sets_the_colours_and_logo_of_the_pdf_and_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logo.png").write_bytes(_png())
    theme = tmp_path / "theme.json"
    theme.write_text(json.dumps({"accent": HOUSE_COLOUR, "logo": "logo.png"}), encoding="utf-8")
    code, err = build(tmp_path, capsys, "--theme", str(theme), "--formats", "pdf,email")
    assert code == 0, err
    page = pypdf.PdfReader(tmp_path / "out" / "homs.pdf").pages[0]
    assert len(page.images) == 1
    email = readback.parse_email((tmp_path / "out" / "homs.eml").read_bytes())
    assert f"#{HOUSE_COLOUR}" in email.get_body(("html",)).get_content()


def test_a_theme_colour_too_pale_to_read_on_white_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theme = tmp_path / "theme.json"
    theme.write_text(json.dumps({"text": "AAAAAA"}), encoding="utf-8")
    code, err = build(tmp_path, capsys, "--theme", str(theme))
    assert code == 65
    assert "text has contrast 2.3:1 on white" in err


def test_every_default_text_colour_reads_at_4_5_to_1_on_white_and_on_the_callout() -> None:
    for colour in (DEFAULT_THEME.text, DEFAULT_THEME.muted, DEFAULT_THEME.accent):
        assert contrast(colour, "FFFFFF") >= 4.5
        assert contrast(colour, DEFAULT_THEME.accent_light) >= 4.5
    assert contrast(DEFAULT_THEME.tentative, "FFFFFF") >= 4.5


FONTS = DEFAULT_THEME.fonts_dir


def _renamed_font(source: Path, target: Path) -> None:
    """A house font of our own: a shipped face under another family and PostScript name."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    for record in font["name"].names:
        if record.nameID in (1, 4, 6, 16):
            record.string = target.stem if record.nameID == 6 else target.stem.replace("-", " ")
    font.save(str(target))


def _pdf_fonts(path: Path) -> set[str]:
    """Base names of the fonts a PDF's pages use, subset tags ("ABCDEF+") removed."""
    names: set[str] = set()
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1].lstrip("/"))
    return names


def test_a_theme_file_sets_the_pdf_body_and_heading_fonts_and_the_email_font_family(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    house = tmp_path / "fonts"
    house.mkdir()
    for style in ("Regular", "Bold", "Italic"):
        _renamed_font(FONTS / f"NotoSans-{style}.ttf", house / f"HouseSans-{style}.ttf")
    _renamed_font(FONTS / "NotoSans-BoldItalic.ttf", house / "HouseDisplay.ttf")
    theme = tmp_path / "theme.json"
    theme.write_text(
        json.dumps(
            {
                "body_font": "fonts/HouseSans-Regular.ttf",
                "heading_font": "fonts/HouseDisplay.ttf",
                "email_font": "Georgia, 'Times New Roman', serif",
            }
        ),
        encoding="utf-8",
    )
    code, err = build(tmp_path, capsys, "--theme", str(theme), "--formats", "pdf,email")
    assert code == 0, err
    used = _pdf_fonts(tmp_path / "out" / "homs.pdf")
    assert {"HouseSans-Regular", "HouseSans-Bold", "HouseDisplay"} <= used
    assert not any(name.startswith("NotoSans-") for name in used)
    email = readback.parse_email((tmp_path / "out" / "homs.eml").read_bytes())
    html = email.get_body(("html",)).get_content()
    assert "font-family:Georgia, 'Times New Roman', serif," in html


def test_a_theme_may_name_a_shipped_family_for_its_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theme = tmp_path / "theme.json"
    theme.write_text(json.dumps({"heading_font": "Noto Sans Hebrew"}), encoding="utf-8")
    code, err = build(tmp_path, capsys, "--theme", str(theme), "--formats", "pdf")
    assert code == 0, err
    assert "NotoSansHebrew-Bold" in _pdf_fonts(tmp_path / "out" / "homs.pdf")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("fonts/Missing-Regular.ttf", "no such font file"),
        ("broken.ttf", "is not a TrueType font the PDF can embed"),
        ("Noto Serif Display", "no such font file"),
    ],
)
def test_a_missing_or_unreadable_theme_font_is_one_line_and_exit_65_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    (tmp_path / "broken.ttf").write_bytes(b"\x00\x01\x00\x00 not really a font" * 20)
    theme = tmp_path / "theme.json"
    theme.write_text(json.dumps({"body_font": value}), encoding="utf-8")
    code, err = build(tmp_path, capsys, "--theme", str(theme))
    assert code == 65
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_email_font_that_is_not_a_css_family_list_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theme = tmp_path / "theme.json"
    theme.write_text(json.dumps({"email_font": 'Arial;"><script>'}), encoding="utf-8")
    code, err = build(tmp_path, capsys, "--theme", str(theme))
    assert code == 65
    assert "email_font must be a CSS font-family list" in err
