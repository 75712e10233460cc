"""Every text box of every slide, measured with the fonts' metrics, stays inside its box and
the slide: on the sample, a long news article and a megabyte of text."""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

import pptx
import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu
from pypdf import PdfReader

from reportgen.layout import DEFAULT_THEME, measure
from reportgen.pipeline import Options, brief_of, render_pack
from reportgen.render.pptx._text import BULLET_INDENT_PT
from tests import readback

ROOT = Path(__file__).resolve().parents[2]
SYRIA = ROOT.parent / "shared" / "data" / "syria" / "bbc_homs_dev30.jsonl"

_SUBJECTS = ("The council", "Maria Okafor", "The port authority", "Engineers", "The minister")
_VERBS = ("approved", "delayed", "reviewed", "rejected", "announced", "funded")
_OBJECTS = ("the bridge repairs", "a revised budget", "new lane closures", "the survey report")
_WHEN = ("in March 2023", "on 4 November 2024", "last week", "around 2027", "in 1962", "")
_MORE = ("after corrosion was found in the girders", "despite objections from hauliers", "")


def _megabyte(seed: int = 7) -> str:
    """About 1 MB of plain sentences with dates, names and paragraphs, from a fixed seed."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < 1_000_000:
        sentences = [
            " ".join(
                w
                for w in (
                    rng.choice(_SUBJECTS),
                    rng.choice(_VERBS),
                    rng.choice(_OBJECTS),
                    rng.choice(_WHEN),
                    rng.choice(_MORE),
                )
                if w
            )
            + "."
            for _ in range(rng.randint(2, 6))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def _deck(path: Path) -> pptx.presentation.Presentation:
    brief = brief_of(path, Options())
    data = render_pack(brief, ["pptx"], Options())["pptx"]
    return pptx.Presentation(io.BytesIO(data))


def _flat(shapes: object) -> list[object]:
    out: list[object] = []
    for shape in shapes:  # type: ignore[attr-defined]
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            out.extend(_flat(shape.shapes))
        else:
            out.append(shape)
    return out


def _text_height(frame: object, width: float) -> float:
    """The frame's paragraphs measured at their own run sizes, indents and spacing."""
    total = 0.0
    for paragraph in frame.paragraphs:  # type: ignore[attr-defined]
        runs = [r for r in paragraph.runs if r.text]
        if not runs:
            continue
        size = runs[0].font.size.pt
        pPr = paragraph._p.pPr
        bulleted = pPr is None or pPr.find(pptx.oxml.ns.qn("a:buNone")) is None
        indent = BULLET_INDENT_PT[min(paragraph.level, 1)] if bulleted else 0.0
        before = paragraph.space_before.pt / size if paragraph.space_before is not None else 0.0
        line = measure.Line(paragraph.text, 1.0, indent, all(r.font.bold for r in runs), before)
        total += measure.height_pt([line], width, size, DEFAULT_THEME.fonts_dir)
    return total


def overflows(deck: pptx.presentation.Presentation) -> list[str]:
    """Each shape off the slide, or text taller than its box, as 'slide N: what'."""
    width, height = Emu(deck.slide_width).pt, Emu(deck.slide_height).pt
    found: list[str] = []
    for number, slide in enumerate(deck.slides, 1):
        for shape in _flat(slide.shapes):
            left, top = Emu(shape.left).pt, Emu(shape.top).pt  # type: ignore[attr-defined]
            w, h = Emu(shape.width).pt, Emu(shape.height).pt  # type: ignore[attr-defined]
            if left < 0 or top < 0 or left + w > width + 0.5 or top + h > height + 0.5:
                found.append(f"slide {number}: {shape.name} leaves the slide")  # type: ignore[attr-defined]
            if not shape.has_text_frame or not shape.text_frame.text.strip():  # type: ignore[attr-defined]
                continue
            frame = shape.text_frame  # type: ignore[attr-defined]
            columns = int(frame._txBody.bodyPr.get("numCol") or 1)
            gap = Emu(int(frame._txBody.bodyPr.get("spcCol") or 0)).pt
            inner_w = (w - 2 * measure.SLIDE.inset[0] - (columns - 1) * gap) / columns
            inner_h = (h - 2 * measure.SLIDE.inset[1]) * columns
            used = _text_height(frame, inner_w)
            if used > inner_h:
                found.append(f"slide {number}: {used:.0f} pt of text in {inner_h:.0f} pt")
    return found


def test_every_slide_of_the_sample_keeps_its_text_inside_its_boxes() -> None:
    assert overflows(_deck(ROOT / "seeds" / "homs.txt")) == []


@pytest.mark.parametrize("name", ["ops_memo.md", "board_paper.md"])
def test_slides_small_parts_share_keep_their_text_inside_its_boxes(name: str) -> None:
    """A memo's parts share slides, a table or timeline stacked under text."""
    deck = _deck(ROOT / "tests" / "fixtures" / "structured" / name)
    assert overflows(deck) == []


@pytest.mark.skipif(not SYRIA.exists(), reason="the shared Syria articles are not here")
def test_every_slide_of_the_longest_news_article_keeps_its_text_inside_its_boxes(
    tmp_path: Path,
) -> None:
    rows = [json.loads(line) for line in SYRIA.read_text(encoding="utf-8").splitlines() if line]
    longest = max(rows, key=lambda r: len(r["text"]))
    path = tmp_path / "article.txt"
    path.write_text(longest["text"], encoding="utf-8")
    deck = _deck(path)
    assert len(deck.slides) > 5
    assert overflows(deck) == []


def test_every_slide_of_a_megabyte_of_text_keeps_its_text_inside_its_boxes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "megabyte.txt"
    path.write_text(_megabyte(), encoding="utf-8")
    deck = _deck(path)
    assert overflows(deck) == []


def test_the_bounds_check_finds_text_that_overflows_its_box() -> None:
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    box = slide.shapes.add_textbox(Emu(0), Emu(0), Emu(914400), Emu(200000))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "Far too many words for a box one inch wide and a few points high. " * 3
    run.font.size = pptx.util.Pt(20)
    assert overflows(deck)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_megabyte_deck_and_document(tmp_path: Path) -> None:
    path = tmp_path / "megabyte.txt"
    path.write_text(_megabyte(), encoding="utf-8")
    pack = render_pack(brief_of(path, Options()), ["docx", "pptx"], Options())
    sources = []
    for fmt, data in pack.items():
        source = tmp_path / f"megabyte-{fmt}.{fmt}"
        source.write_bytes(data)
        sources.append(source)
    deck = pptx.Presentation(io.BytesIO(pack["pptx"]))
    pdfs = readback.libreoffice_pdfs(sources, tmp_path)
    pages = {pdf.stem: len(PdfReader(pdf).pages) for pdf in pdfs}
    assert pages["megabyte-pptx"] == len(deck.slides)
    assert pages["megabyte-docx"] > 1
