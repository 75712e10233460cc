"""A structured document's pack, read back from every format: its own parts as sections,
every figure of its tables, its marking on every page and slide, its decisions as one part,
and no memo header line among the points."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from reportgen.model import Brief
from reportgen.pipeline import Options, brief_of, render_pack
from tests import readback
from tests.read.memo_docs import DECISIONS, FIXTURES, PARTS, TABLE, memo_docx, memo_pdf

KINDS = ("txt", "md", "html", "docx", "pdf")


@pytest.fixture(scope="module", params=KINDS)
def memo_pack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Brief, dict[str, bytes]]:
    kind = request.param
    if kind == "docx":
        path = tmp_path_factory.mktemp("docx") / "ops_memo.docx"
        path.write_bytes(memo_docx())
    elif kind == "pdf":
        path = tmp_path_factory.mktemp("pdf") / "ops_memo.pdf"
        path.write_bytes(memo_pdf())
    else:
        path = FIXTURES / f"ops_memo.{kind}"
    options = Options()
    brief = brief_of(path, options)
    return brief, render_pack(brief, ("pdf", "docx", "pptx", "email", "json"), options)


def test_sections_follow_the_documents_own_headings(
    memo_pack: tuple[Brief, dict[str, bytes]],
) -> None:
    brief, _ = memo_pack
    headings = [s.heading.lower() for s in brief.sections]
    assert headings, "a memo with headings keeps them"
    assert all(h in [p.lower() for p in PARTS] for h in headings)
    assert headings == sorted(headings, key=[p.lower() for p in PARTS].index)


def test_every_figure_of_the_table_reaches_pdf_docx_and_pptx(
    memo_pack: tuple[Brief, dict[str, bytes]],
) -> None:
    _, pack = memo_pack
    figures = [cell for row in TABLE[1:] for cell in row[1:]]
    texts = {
        "pdf": readback.squash(readback.pdf_text(pack["pdf"])),
        "docx": readback.squash(readback.docx_body_in_order(pack["docx"])),
        "pptx": readback.squash(readback.pptx_text(pack["pptx"])),
    }
    for fmt, text in texts.items():
        missing = [f for f in figures if f not in text.split()]
        assert not missing, f"{fmt} lacks {missing}"
        assert "Staff turnover (annualised, %)" in text, fmt


def test_the_marking_is_on_every_page_and_slide(memo_pack: tuple[Brief, dict[str, bytes]]) -> None:
    import docx
    import pptx
    import pypdf

    brief, pack = memo_pack
    marking = brief.metadata.marking
    assert marking
    for page in pypdf.PdfReader(io.BytesIO(pack["pdf"])).pages:
        assert marking in readback.squash(page.extract_text() or "")
    header = docx.Document(io.BytesIO(pack["docx"])).sections[0].header
    assert marking in " ".join(p.text for p in header.paragraphs)
    for slide in pptx.Presentation(io.BytesIO(pack["pptx"])).slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert texts.count(marking) == 2, "at the head and the foot of every slide"
    plain, html = readback.email_bodies(pack["email"])
    assert plain.splitlines()[0] == marking
    assert marking in html


def test_decisions_are_one_part_of_the_brief(memo_pack: tuple[Brief, dict[str, bytes]]) -> None:
    brief, pack = memo_pack
    assert tuple(a.text for a in brief.actions) == DECISIONS
    text = readback.squash(readback.pdf_text(pack["pdf"]))
    part = text.split("Decisions and actions", 1)[1]
    assert all(readback.squash(d) in part for d in DECISIONS)


def test_no_header_line_is_a_point_title_or_event(
    memo_pack: tuple[Brief, dict[str, bytes]],
) -> None:
    brief, _ = memo_pack
    said = [brief.title, brief.bottom_line, *brief.key_points]
    said += [p for s in brief.sections for p in s.points]
    said += [e.event for e in brief.timeline]
    for line in said:
        assert not line.startswith(("To:", "From:", "Date:", "Subject:", "Classification:"))
        assert "OFFICIAL-SENSITIVE" not in line


def test_a_decision_paper_leads_with_its_ask(memo_pack: tuple[Brief, dict[str, bytes]]) -> None:
    brief, _ = memo_pack
    assert "asks the committee to approve a recovery plan" in brief.bottom_line


def test_the_memos_own_date_anchors_its_relative_dates(
    memo_pack: tuple[Brief, dict[str, bytes]],
) -> None:
    brief, _ = memo_pack
    assert brief.document_date == date(2025, 3, 14).isoformat()


def test_no_sentence_is_said_twice_in_the_brief(memo_pack: tuple[Brief, dict[str, bytes]]) -> None:
    brief, _ = memo_pack
    placed = [*brief.key_point_sources, *(a.source for a in brief.actions)]
    placed += [i for s in brief.sections for i in s.sources]
    placed += [brief.bottom_line_source] if brief.bottom_line_source is not None else []
    assert len(placed) == len(set(placed))


def test_the_board_paper_keeps_its_budget_table_in_its_budget_section() -> None:
    brief = brief_of(FIXTURES / "board_paper.md", Options())
    (table,) = brief.tables
    assert table.section is not None
    assert brief.sections[table.section].heading == "Budget"
    assert table.rows[-1] == ("Total", "6.4", "0.6")
    assert brief.bottom_line.startswith("This paper asks the Board to approve")
    assert [a.text for a in brief.actions][0] == "Approve the capital budget of £6.4m for 2025/26."


def test_a_news_story_without_headings_is_still_grouped_by_topic(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[1] / "seeds" / "homs.txt"
    brief = brief_of(seed, Options())
    assert brief.sections
    assert not brief.tables
    assert not brief.actions


def test_a_documents_own_summary_is_its_bottom_line(tmp_path: Path) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "Harbour Authority\n\nProposed rule on harbour dues\n\n"
        "The purpose of these notices is to inform the public of proposed rules.\n\n"
        "SUMMARY: The authority proposes to raise harbour dues by 4% from 1 July 2025 to fund "
        "dredging of the eastern channel.\n\n"
        "Background\n\nDues were last raised in 2019. Traffic through the port has grown by a "
        "fifth since then, and the eastern channel silts faster than expected.\n",
        encoding="utf-8",
    )
    brief = brief_of(notice, Options())
    assert brief.bottom_line.startswith("The authority proposes to raise harbour dues by 4%")
