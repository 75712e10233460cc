"""The handout: each slide of the deck, drawn from the plan, with its speaker notes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pptx
import pypdf
import pytest

from reportgen.cli import main
from reportgen.layout import DEFAULT_THEME, Plan
from reportgen.render import renderer_for
from tests import readback

ROOT = Path(__file__).resolve().parents[2]
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler absent")


def test_formats_handout_writes_only_the_stem_handout_pdf(tmp_path: Path) -> None:
    main(
        ["build", str(ROOT / "seeds" / "homs.txt"), "--out", str(tmp_path), "--formats", "handout"]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["homs-handout.pdf"]
    assert pypdf.PdfReader(tmp_path / "homs-handout.pdf").pages


@needs_pdftotext
def test_each_slide_of_the_deck_comes_in_order_with_its_number_and_notes(
    sample_plan: Plan,
) -> None:
    deck = pptx.Presentation(io.BytesIO(renderer_for("pptx").render(sample_plan, DEFAULT_THEME)))
    titles = [s.shapes.title.text_frame.text for s in deck.slides]
    handout = readback.pdf_text(renderer_for("handout").render(sample_plan, DEFAULT_THEME))
    expected: list[str] = []
    for number, (slide, title) in enumerate(zip(deck.slides, titles, strict=True), 1):
        expected.append(title)
        expected.append(f"Slide {number}")
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        expected += [line for line in notes.splitlines() if line][:1]
    assert readback.in_order(handout, expected) == []


def test_the_handout_outline_lists_the_plan_parts(sample_plan: Plan) -> None:
    data = renderer_for("handout").render(sample_plan, DEFAULT_THEME)
    assert readback.pdf_outline(data) == sample_plan.headings


def test_a_slide_whose_text_runs_longer_than_a_page_splits_instead_of_failing() -> None:
    import dataclasses

    from reportgen.layout import plan
    from reportgen.model import Section
    from tests.conftest import make_brief

    point = "word " * 3000
    brief = dataclasses.replace(make_brief(), sections=(Section("Long", (point,), ()),))
    data = renderer_for("handout").render(plan(brief), DEFAULT_THEME)
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) > 2
