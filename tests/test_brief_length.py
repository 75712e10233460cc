"""A brief is short: one PDF page for a short source, and never longer than the source."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from reportgen.pipeline import Options, brief_of, render_pack
from tests import readback

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHORT = [
    FIXTURES / "content" / "homs.txt",
    FIXTURES / "structured" / "ops_memo.md",
    FIXTURES / "structured" / "board_paper.md",
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
