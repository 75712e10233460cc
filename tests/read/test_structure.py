"""Every reader turns the same memo into the same structured source."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.read import read
from reportgen.read.structure import Furniture, Heading, ListBlock, Paragraph, Table
from tests.read.memo_docs import (
    DECISIONS,
    FIXTURES,
    PARTS,
    RISKS,
    TABLE,
    TITLE,
    memo_docx,
    memo_pdf,
)

MARKINGS = {
    "txt": "Internal – Management only",  # its Classification field names the handling
    "md": "OFFICIAL-SENSITIVE",
    "html": "OFFICIAL-SENSITIVE",
    "docx": "OFFICIAL-SENSITIVE",
    "lettered.docx": "OFFICIAL-SENSITIVE",
    "pdf": "OFFICIAL-SENSITIVE",
}


def _memo(kind: str, tmp_path: Path) -> Path:
    if kind.endswith("docx"):
        path = tmp_path / f"ops_memo.{kind}"
        path.write_bytes(memo_docx(lettered=kind.startswith("lettered")))
        return path
    if kind == "pdf":
        path = tmp_path / "ops_memo.pdf"
        path.write_bytes(memo_pdf())
        return path
    return FIXTURES / f"ops_memo.{kind}"


@pytest.fixture(params=sorted(MARKINGS))
def memo(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    return request.param, _memo(request.param, tmp_path)


def test_every_format_gives_the_memo_its_own_headings(memo: tuple[str, Path]) -> None:
    source = read(memo[1])
    headings = [h.text.lower() for h in source.structure.headings if h.level >= 1]
    assert headings == [p.lower() for p in PARTS]
    assert source.structure.meta.title == TITLE


def test_every_format_keeps_the_table_cell_by_cell(memo: tuple[str, Path]) -> None:
    (table,) = read(memo[1]).structure.tables
    assert (table.header, *table.rows) == TABLE


def test_every_format_keeps_lists_as_lists(memo: tuple[str, Path]) -> None:
    lists = [b for b in read(memo[1]).structure.blocks if isinstance(b, ListBlock)]
    assert [tuple(i.text for i in b.items) for b in lists] == [RISKS, DECISIONS]
    assert lists[0].ordered


def test_every_format_finds_the_marking(memo: tuple[str, Path]) -> None:
    kind, path = memo
    assert read(path).structure.meta.marking == MARKINGS[kind]


def test_every_format_dates_the_memo_from_its_own_date(memo: tuple[str, Path]) -> None:
    source = read(memo[1])
    assert source.structure.meta.date == "2025-03-14"
    assert source.published is not None
    assert source.published.isoformat() == "2025-03-14"


def test_blocks_point_at_their_own_words_in_the_text(memo: tuple[str, Path]) -> None:
    source = read(memo[1])
    for block in source.structure.blocks:
        span = " ".join(source.text[block.start : block.end].split())
        if isinstance(block, Heading | Paragraph | Furniture):
            assert block.text.split()[-1] in span
        if isinstance(block, ListBlock):
            for item in block.items:
                assert " ".join(source.text[item.start : item.end].split()) == item.text
        if isinstance(block, Table):
            assert all(cell in span for cell in block.rows[-1])


def test_a_memo_header_is_furniture_not_text() -> None:
    source = read(FIXTURES / "ops_memo.txt")
    fields = [b.text for b in source.structure.furniture if b.kind == "header_field"]
    assert fields[0] == "To: Executive Committee"
    assert source.structure.meta.recipients == ("Executive Committee",)
    assert source.structure.meta.author == "Director of Operations, Harbour Logistics"
    assert not any(isinstance(b, Paragraph) and "From:" in b.text for b in source.structure.blocks)


def test_a_summary_label_marks_the_documents_own_summary() -> None:
    from reportgen.read.textstructure import parse

    text = (
        "Rule on harbour dues\n\nSUMMARY: The authority proposes to raise harbour dues by 4% "
        "from 1 July 2025.\n\nBackground\n\nDues were last raised in 2019.\n"
    )
    summary = parse(text).meta.summary
    assert summary is not None
    assert text[summary[0] : summary[1]].startswith("The authority proposes")


def test_a_pre_block_of_a_web_page_is_read_as_typed_text(tmp_path: Path) -> None:
    page = tmp_path / "law.html"
    page.write_text(
        "<html><body><pre>TITLE I--GENERAL PROVISIONS\n\nSEC. 101. SHORT TITLE.\n\n"
        "This Act may be cited as the Harbour Act.\n\nTITLE II--DUES\n\nDues are set yearly."
        "\n</pre></body></html>",
        encoding="utf-8",
    )
    headings = [h.text for h in read(page).structure.headings]
    assert "TITLE I--GENERAL PROVISIONS" in headings
    assert "TITLE II--DUES" in headings


def test_a_heading_repeated_on_every_page_is_a_running_header(tmp_path: Path) -> None:
    page = tmp_path / "filing.html"
    body = "".join(
        f"<h2>ACME HOLDINGS INC.</h2><h3>Note {n}</h3><p>Note {n} says the figures rose.</p>"
        for n in range(1, 4)
    )
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    structure = read(page).structure
    assert [h.text for h in structure.headings] == ["Note 1", "Note 2", "Note 3"]
    assert [f.kind for f in structure.furniture] == ["page_header"] * 3


def test_a_financial_table_lines_its_figures_up_under_their_headings(tmp_path: Path) -> None:
    page = tmp_path / "filing.html"
    page.write_text(
        "<html><body><table>"
        "<tr><td></td><td colspan='3'>June 30, 2025</td><td colspan='3'>December 31, 2024</td></tr>"
        "<tr><td>Segment</td><td>$</td><td>1,200</td><td></td><td>$</td><td>(352</td><td>)</td></tr>"
        "<tr><td>Other</td><td></td><td>283</td><td></td><td></td><td>12</td><td>%</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    (table,) = read(page).structure.tables
    assert table.header == ("", "June 30, 2025", "December 31, 2024")
    assert table.rows == (("Segment", "$1,200", "$(352)"), ("Other", "283", "12%"))


def test_a_summary_paragraph_of_a_web_page_is_the_documents_summary(tmp_path: Path) -> None:
    page = tmp_path / "rule.html"
    page.write_text(
        "<html><body><h1>Harbour dues</h1><p>The purpose of these notices is to inform the "
        "public.</p><p>SUMMARY: The authority proposes to raise harbour dues by 4% from 1 July "
        "2025.</p><h2>Background</h2><p>Dues were last raised in 2019.</p></body></html>",
        encoding="utf-8",
    )
    source = read(page)
    summary = source.structure.meta.summary
    assert summary is not None
    assert source.text[summary[0] : summary[1]].startswith("The authority proposes")


def test_prose_with_bars_in_it_is_no_pipe_table() -> None:
    from reportgen.read.textstructure import parse

    text = (
        "Results\n\n"
        "We infer the posterior p(w | D) of the weights, where the data arrive one batch at a "
        "time and each batch updates the last estimate.\n"
        "By Bayes' rule p(w | D1, D2) is proportional to p(D2 | w) p(w | D1), so the update "
        "needs only the newest batch and the previous posterior.\n"
    )
    assert not [b for b in parse(text).blocks if isinstance(b, Table)]


def test_a_pipe_table_without_a_header_row_is_still_a_table() -> None:
    from reportgen.read.textstructure import parse

    text = "Depot | Vans | Staff\nLeeds | 12 | 40\nHull | 8 | 22\n"
    tables = [b for b in parse(text).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert ("Hull", "8", "22") in tables[0].rows
