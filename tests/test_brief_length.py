"""A brief is short: one PDF page for a short source, and never longer than the source."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from reportgen.pipeline import Options, brief_of, fitted_brief, pdf_pages, render_pack
from reportgen.read import read
from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from tests import readback

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHORT = [
    FIXTURES / "content" / "homs.txt",
    FIXTURES / "structured" / "ops_memo.md",
    FIXTURES / "structured" / "board_paper.md",
    FIXTURES / "news" / "port_strike.txt",
]


@pytest.mark.parametrize("path", SHORT, ids=lambda p: p.name)
def test_a_source_under_six_hundred_words_gets_a_one_page_pdf(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").split()) < 600
    brief = brief_of(path, Options())
    pdf = render_pack(brief, ("pdf",), Options())["pdf"]
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


MOST_SAID = 0.75
"""A one-page brief of a short source says at most this share of its words in statements
(bottom line, key points, actions, section points, timeline labels)."""


@pytest.mark.parametrize("path", SHORT, ids=lambda p: p.name)
def test_the_brief_of_a_short_source_says_well_under_the_source(path: Path) -> None:
    brief = brief_of(path, Options())
    said = [brief.bottom_line, *brief.key_points, *(a.text for a in brief.actions)]
    said += [p for s in brief.sections for p in s.points] + [e.event for e in brief.timeline]
    source = len(path.read_text(encoding="utf-8").split())
    assert len(" ".join(said).split()) <= MOST_SAID * source
    pdf = readback.pdf_text(render_pack(brief, ("pdf",), Options())["pdf"])
    assert all(readback.squash(p) in readback.squash(pdf) for p in brief.key_points)


def _quarterly_report() -> str:
    """A results note of ten parts, each with a long table of figures, as filings are."""
    parts = []
    for n in range(1, 11):
        rows = "\n".join(
            f"| Senior Notes {n}-{r}, {3 + r / 10:.2f}% fixed-rate, due March {2024 + r} "
            f"| {100 * r + n} | {90 * r + n} |"
            for r in range(1, 31)
        )
        parts.append(
            f"## Note {n}. Debt of the depot division {n}\n\n"
            f"The depot division {n} repaid {n * 10} million pounds of notes in the quarter. "
            f"Its borrowing costs rose by {n} per cent as rates increased in the spring.\n\n"
            f"| Notes | June 30, 2025 | December 31, 2024 |\n|---|---|---|\n{rows}\n"
        )
    return "# Harbour Logistics: quarterly report\n\n" + "\n".join(parts)


def test_a_report_of_many_parts_and_long_tables_keeps_to_two_pdf_pages(tmp_path: Path) -> None:
    path = tmp_path / "quarterly.md"
    path.write_text(_quarterly_report(), encoding="utf-8")
    brief = brief_of(path, Options())
    assert brief.tables
    assert sum(len(t.rows) for t in brief.tables) < 3 * 20
    assert any("rows" in t.caption for t in brief.tables)
    pdf = render_pack(brief, ("pdf",), Options())["pdf"]
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 2


def test_a_short_story_whose_first_draft_runs_over_gives_up_sections_then_minor_actors():
    """A 476-word strike story naming twenty-one people, places and groups and nine dates."""
    source = read(FIXTURES / "news" / "port_strike.txt")
    first = summarize(source)
    assert pdf_pages(render_pack(first, ("pdf",), Options())["pdf"]) > 1
    brief, drawn = fitted_brief(source, Options())
    assert pdf_pages(drawn["pdf"]) == 1
    # the same model drives the page it was measured on: nothing is re-derived
    assert drawn["pdf"] == render_pack(brief, ("pdf",), Options())["pdf"]
    assert brief.bottom_line == first.bottom_line
    assert brief.key_points == first.key_points
    assert brief.sections
    assert len(brief.timeline) <= len(first.timeline)
    assert len(brief.actors.places) <= len(first.actors.places)


def test_a_brief_that_fits_its_page_gives_up_nothing() -> None:
    source = read(FIXTURES / "content" / "homs.txt")
    brief, drawn = fitted_brief(source, Options())
    assert brief == summarize(source)
    assert pdf_pages(drawn["pdf"]) == 1


def test_a_brief_no_step_can_fit_keeps_all_it_had(tmp_path: Path) -> None:
    word = "w" * 9000
    path = tmp_path / "readings.txt"
    path.write_text(f"A reading of the gauges follows.\n\n{word}\n\nThe pumps ran all night.")
    source = read(path)
    brief, _ = fitted_brief(source, Options())
    assert brief == summarize(source)


def test_a_table_too_wide_for_its_words_is_left_out_and_a_narrow_one_kept() -> None:
    regions = ("Yorkshire", "Lancaster", "Tyneside", "Cleveland", "Cheshire", "Cumbria")
    wide = " | ".join(f"{r} {y}" for r in regions for y in (2007, 2009))
    cells = " | ".join(f"{1000 + n * 37:,}" for n in range(12))
    narrow = "| Region | Homes | Cost |\n|---|---|---|\n| North | 1,200 | 4.5m |\n"
    text = (
        "# Housing survey 2009\n\nThe survey found more households in unhealthy housing in "
        "2009 than in 2007. Householders without a diploma were twice as likely to live in "
        "inadequate housing.\n\n"
        f"| {wide} |\n|{'---|' * 12}\n| {cells} |\n\n"
        "## Costs\n\nRepairs to the worst homes would cost 2.1 billion pounds.\n\n"
        f"{narrow}| South | 900 | 3.1m |\n"
    )
    source = Source("survey.md", text, structure=parse(text))
    tables = summarize(source).tables
    assert [t.header for t in tables] == [("Region", "Homes", "Cost")]
