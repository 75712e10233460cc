"""The core promise: every format shows the plan's headings and timeline, in the plan's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.layout import DEFAULT_THEME, Plan, plan
from reportgen.pipeline import Options, brief_of, render_pack
from reportgen.render import renderer_for
from tests import readback
from tests.conftest import make_brief

SEED = Path(__file__).resolve().parents[1] / "seeds" / "homs.txt"
FORMATS = ("pdf", "docx", "pptx", "email")


@pytest.fixture(scope="module")
def sample_pack() -> tuple[Plan, dict[str, bytes]]:
    """The sample document through the real pipeline, all formats; the email with the whole
    brief in its body (the short body shows a selection: tests/render/test_email_short.py)."""
    options = Options(email="full")
    brief = brief_of(SEED, options)
    return plan(brief, options.budget), render_pack(brief, [*FORMATS, "json"], options)


def _texts(fmt: str, data: bytes) -> list[str]:
    if fmt == "pdf":
        return [readback.pdf_text(data)]
    if fmt == "docx":
        return [readback.docx_body_in_order(data)]
    if fmt == "pptx":
        return [readback.pptx_text(data)]
    return list(readback.email_bodies(data))


def _expected(the_plan: Plan) -> list[str]:
    """Headings and each timeline row's label and event, interleaved in plan order."""
    out: list[str] = []
    for part in the_plan.parts:
        out.append(part.heading)
        if part.kind == "timeline":
            for row in the_plan.timeline_rows:
                out += [row.when, row.event]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_sample_pack_shows_every_heading_and_timeline_entry_in_plan_order(
    fmt: str, sample_pack: tuple[Plan, dict[str, bytes]]
) -> None:
    the_plan, files = sample_pack
    assert the_plan.timeline_rows, "the sample has a timeline"
    for text in _texts(fmt, files[fmt]):
        assert readback.in_order(text, _expected(the_plan)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_small_brief_shows_every_heading_and_timeline_entry_in_plan_order(fmt: str) -> None:
    the_plan = plan(make_brief())
    attachments = {"homs.pdf": b"%PDF-1.4"} if fmt == "email" else {}
    data = renderer_for("email-full" if fmt == "email" else fmt).render(
        the_plan, DEFAULT_THEME, attachments
    )
    for text in _texts(fmt, data):
        assert readback.in_order(text, _expected(the_plan)) == []


def test_docx_heading_1_paragraphs_are_exactly_the_plan_headings(
    sample_pack: tuple[Plan, dict[str, bytes]],
) -> None:
    the_plan, files = sample_pack
    assert readback.docx_headings(files["docx"]) == the_plan.headings


def test_pdf_outline_lists_every_plan_heading_in_order(
    sample_pack: tuple[Plan, dict[str, bytes]],
) -> None:
    the_plan, files = sample_pack
    outline = readback.pdf_outline(files["pdf"])
    assert readback.in_order("\n".join(outline), the_plan.headings) == []


def test_deck_slide_titles_follow_the_plan_slides_part_by_part(
    sample_pack: tuple[Plan, dict[str, bytes]],
) -> None:
    the_plan, files = sample_pack
    titles = [t for t, _, _ in readback.pptx_slides(files["pptx"])]
    content = titles[1:]  # the title slide comes first
    assert content == [s.title for s in the_plan.deck_slides]
    for title, plan_slide in zip(content, the_plan.deck_slides, strict=True):
        assert title.startswith(plan_slide.pieces[0].heading)


def test_json_output_is_the_model_the_other_formats_were_drawn_from(
    sample_pack: tuple[Plan, dict[str, bytes]],
) -> None:
    import json

    the_plan, files = sample_pack
    model = json.loads(files["json"])
    assert [s["heading"] for s in model["sections"]] == [
        p.heading for p in the_plan.parts if p.kind == "section"
    ]
    assert [e["event"] for e in model["timeline"]] == [r.event for r in the_plan.timeline_rows]
