"""A PDF is read for the structure its layout shows: headings, tables, lists, columns, and
the furniture every page repeats, from PDFs made here with reportlab."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reportgen.errors import BadInput
from reportgen.read.office import pdf_document
from reportgen.read.structure import Furniture, Heading, ListBlock, Structure
from reportgen.read.structure import Paragraph as Para
from reportgen.read.structure import Table as TableBlock

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=12)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4)

Decorate = Callable[[Any, Any], None]


def _pdf(story: Sequence[Any], on_page: Decorate | None = None, title: str = "") -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="Director of Finance")
    if on_page:
        doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(list(story))
    return buf.getvalue()


def _furniture(header: str, footer: str = "Page {n}") -> Decorate:
    """Draw ``header`` at the top and ``footer`` (with the page number) at the bottom."""

    def draw(page: Any, doc: Any) -> None:
        page.saveState()
        page.setFont("Helvetica", 9)
        page.drawCentredString(A4[0] / 2, A4[1] - 30, header)
        page.drawCentredString(A4[0] / 2, 25, footer.format(n=doc.page))
        page.restoreState()

    return draw


BUDGET = [
    ["Directorate", "Budget £k", "Forecast £k", "Variance £k"],
    ["Adult social care", "48,200", "50,150", "1,950"],
    ["Children's services", "31,400", "32,020", "620"],
    ["Highways and transport", "12,750", "12,300", "-450"],
    ["Corporate services", "9,880", "9,610", "-270"],
]

PURPOSE = (
    "This paper sets out the council's forecast financial position at the end of the second "
    "quarter and asks the Cabinet to note the pressures in adult social care and the actions "
    "taken to contain them within the approved budget for the year."
)
POSITION = (
    "The forecast overspend is now 1.85 million pounds, an improvement of 0.4 million on the "
    "first quarter. Demand for residential placements continues to exceed the level assumed "
    "when the budget was set, and the cost of agency staff remains high across the service."
)


def _board_paper() -> bytes:
    table = Table(BUDGET)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]
        )
    )
    bullets = ListFlowable(
        [
            ListItem(Paragraph("Note the forecast overspend of 1.85 million pounds.", BODY)),
            ListItem(Paragraph("Approve the recovery plan for adult social care.", BODY)),
            ListItem(Paragraph("Agree to receive a further report in January.", BODY)),
        ],
        bulletType="bullet",
    )
    story = [
        Paragraph("Budget Monitoring Report: Quarter 2", TITLE),
        Paragraph("1. Purpose of the report", H1),
        Paragraph(PURPOSE, BODY),
        Paragraph("2. Financial position", H1),
        Paragraph(POSITION, BODY),
        Paragraph("2.1 Spending by directorate", H2),
        table,
        Spacer(1, 12),
        PageBreak(),
        Paragraph("3. Recommendations", H1),
        Paragraph("The Cabinet is asked to:", BODY),
        bullets,
        Paragraph("4. Risks", H1),
        Paragraph(POSITION, BODY),
    ]
    return _pdf(story, _furniture("OFFICIAL-SENSITIVE"), title="Budget Monitoring Report Q2")


@pytest.fixture(scope="module")
def board_paper() -> Structure:
    return pdf_document(_board_paper(), "paper.pdf")[1]


def test_headings_are_read_from_larger_bold_type_with_levels_by_size(
    board_paper: Structure,
) -> None:
    heads = [(h.text, h.level) for h in board_paper.headings]
    assert heads[0] == ("Budget Monitoring Report: Quarter 2", 0)
    assert ("1. Purpose of the report", 1) in heads
    assert ("2. Financial position", 1) in heads
    assert ("2.1 Spending by directorate", 2) in heads
    assert ("3. Recommendations", 1) in heads
    assert all(not h.text.startswith("This paper") for h in board_paper.headings)


def test_a_ruled_budget_table_becomes_a_table_with_its_header_row(board_paper: Structure) -> None:
    (table,) = board_paper.tables
    assert table.header == tuple(BUDGET[0])
    assert [list(r) for r in table.rows] == BUDGET[1:]


def test_table_cells_are_not_also_read_as_paragraphs(board_paper: Structure) -> None:
    paras = [b.text for b in board_paper.blocks if isinstance(b, Para)]
    assert not any("Adult social care" in p or "48,200" in p for p in paras)


def test_bullets_become_a_list(board_paper: Structure) -> None:
    lists = [b for b in board_paper.blocks if isinstance(b, ListBlock)]
    assert [[i.text for i in b.items] for b in lists] == [
        [
            "Note the forecast overspend of 1.85 million pounds.",
            "Approve the recovery plan for adult social care.",
            "Agree to receive a further report in January.",
        ]
    ]


def test_a_marking_in_every_page_header_is_the_documents_marking(board_paper: Structure) -> None:
    assert board_paper.meta.marking == "OFFICIAL-SENSITIVE"
    marks = [b for b in board_paper.blocks if "OFFICIAL" in getattr(b, "text", "")]
    assert all(isinstance(b, Furniture) for b in marks)
    assert len(marks) == 1


def test_page_numbers_never_appear_as_paragraphs(board_paper: Structure) -> None:
    paras = [b.text for b in board_paper.blocks if isinstance(b, Para | Heading)]
    assert not any(p.startswith("Page ") for p in paras)


def test_paragraph_lines_are_joined_into_one_paragraph(board_paper: Structure) -> None:
    paras = [b.text for b in board_paper.blocks if isinstance(b, Para)]
    assert PURPOSE in paras
    assert paras.count(POSITION) == 2


def test_a_title_field_that_reads_as_a_title_is_the_title(board_paper: Structure) -> None:
    assert board_paper.meta.title == "Budget Monitoring Report Q2"
    assert board_paper.meta.author == "Director of Finance"


def _report(pages: int, header: str, notice: str = "") -> bytes:
    story: list[Any] = [Paragraph("Annual Housing Report 2024", TITLE)]
    for n in range(1, pages + 1):
        if notice:
            story.append(Paragraph(notice, BODY))
        story.append(Paragraph(f"Section {n} findings", H1))
        story.append(
            Paragraph(
                f"In area {n} the council let {120 + n} homes during the year, and the number "
                f"of households in temporary accommodation fell to {40 - n} by March. The "
                "waiting list remains long and most applicants wait more than a year.",
                BODY,
            )
        )
        story.append(PageBreak())
    return _pdf(story[:-1], _furniture(header, "Westfield Council | {n}"))


def test_a_running_header_and_footer_are_furniture_said_once() -> None:
    text, structure = pdf_document(_report(2, "Annual Housing Report 2024 - Draft"), "r.pdf")
    heads = [b for b in structure.furniture if b.kind == "page_header"]
    feet = [b for b in structure.furniture if b.kind == "page_footer"]
    assert [b.text for b in heads] == ["Annual Housing Report 2024 - Draft"]
    assert [b.text for b in feet] == ["Westfield Council | 1"]
    assert text.count("Westfield Council") == 1
    body = [b.text for b in structure.blocks if isinstance(b, Para | Heading)]
    assert not any("Westfield Council" in t or "Draft" in t for t in body)


def test_a_notice_printed_on_every_page_is_a_standing_notice() -> None:
    notice = (
        "The purpose of these notices is to inform residents of decisions taken under "
        "delegated powers; they are published on each page of this report."
    )
    _, structure = pdf_document(_report(3, "Housing decisions", notice), "n.pdf")
    notices = [b for b in structure.furniture if b.kind == "standing_notice"]
    assert [b.text for b in notices] == [notice]
    assert not any(isinstance(b, Para) and b.text == notice for b in structure.blocks)


def _two_columns(left: str, right: str) -> bytes:
    buf = io.BytesIO()
    width, height = A4
    half = (width - 144) / 2
    frames = [
        Frame(72, height - 140, width - 144, 70, id="title"),
        Frame(72, 72, half - 10, height - 220, id="left"),
        Frame(72 + half + 10, 72, half - 10, height - 220, id="right"),
    ]
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=[PageTemplate("two", frames)])
    from reportlab.platypus import FrameBreak

    story = [Paragraph("Ward profiles for the spring survey", TITLE), FrameBreak()]
    doc.build([*story, Paragraph(left, BODY), FrameBreak(), Paragraph(right, BODY)])
    return buf.getvalue()


def test_a_two_column_page_is_read_column_by_column_under_its_full_width_title() -> None:
    left = " ".join(f"Left column sentence {n} describes the eastern ward." for n in range(30))
    right = " ".join(f"Right column sentence {n} describes the western ward." for n in range(30))
    _, structure = pdf_document(_two_columns(left, right), "cols.pdf")
    assert [h.text for h in structure.headings] == ["Ward profiles for the spring survey"]
    paras = [b.text for b in structure.blocks if isinstance(b, Para)]
    assert paras == [left, right]


def _lines(*lines: str, title: str = "", author: str = "", size: float = 11) -> bytes:
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    if title:
        page.setTitle(title)
    if author:
        page.setAuthor(author)
    page.setFont("Helvetica", size)
    for n, line in enumerate(lines):
        page.drawString(72, 720 - n * size * 1.25, line)
    page.save()
    return buf.getvalue()


def test_a_word_broken_at_a_line_end_is_joined_without_its_hyphen() -> None:
    text, _ = pdf_document(
        _lines("The committee asked for more infor-", "mation on the cost of the scheme."), "h.pdf"
    )
    assert "more information on the cost" in text


def test_a_hyphen_before_a_capital_or_a_figure_is_kept() -> None:
    text, _ = pdf_document(
        _lines("The plan covers the years 2024-", "2027 and the North-", "West region."), "h.pdf"
    )
    assert "2024-2027" in text
    assert "North-West" in text


def test_title_and_author_fields_left_at_a_programs_defaults_are_not_metadata() -> None:
    data = _lines(
        "Minutes of the meeting held on Tuesday.",
        title="Microsoft Word - mins.docx",
        author="Administrator",
    )
    meta = pdf_document(data, "m.pdf")[1].meta
    assert (meta.title, meta.author) == ("", "")


def test_a_dated_notice_gives_the_documents_date() -> None:
    data = _lines(
        "The committee will meet in public to consider the application.",
        "Dated: March 3, 2025.",
    )
    assert pdf_document(data, "d.pdf")[1].meta.date == "2025-03-03"


def test_memo_header_fields_on_the_first_page_give_date_and_recipients() -> None:
    data = _lines(
        "To: Executive Committee",
        "From: Director of Operations",
        "Date: 14 January 2025",
        "",
        "The depot will close for two weeks while the roof is repaired.",
    )
    meta = pdf_document(data, "memo.pdf")[1].meta
    assert meta.date == "2025-01-14"
    assert meta.recipients == ("Executive Committee",)


def test_an_encrypted_pdf_is_refused_in_one_line() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    buf = io.BytesIO()
    page = canvas.Canvas(buf, encrypt=StandardEncryption("secret", canPrint=0))
    page.drawString(72, 720, "Nothing to see here.")
    page.save()
    with pytest.raises(BadInput, match="encrypted"):
        pdf_document(buf.getvalue(), "locked.pdf")


def test_a_pdf_without_a_text_layer_is_refused_as_a_scan() -> None:
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.rect(72, 72, 300, 400, fill=1)
    page.save()
    with pytest.raises(BadInput, match="no text layer"):
        pdf_document(buf.getvalue(), "scan.pdf")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n1 0 obj\n<<", b"%PDF-1.7\n" + b"\x00" * 200, b"not a pdf at all"],
    ids=["truncated", "zeros", "text"],
)
def test_a_malformed_pdf_is_bad_input(data: bytes) -> None:
    with pytest.raises(BadInput, match="bad.pdf"):
        pdf_document(data, "bad.pdf")


def test_block_offsets_index_the_text(board_paper: Structure) -> None:
    text, structure = pdf_document(_board_paper(), "paper.pdf")
    for block in structure.blocks:
        if isinstance(block, Heading | Para | Furniture):
            assert text[block.start : block.end] == block.text
        if isinstance(block, TableBlock):
            assert text[block.start : block.end].startswith(" | ".join(block.header))


def test_a_table_running_over_pages_with_its_header_repeated_is_one_table() -> None:
    rows = [["Ward", "Notices", "Households"]] + [
        [f"Ward {n}", str(n * 3), f"{n * 41:,}"] for n in range(1, 81)
    ]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("Notices served by ward", H1), table]
    _, structure = pdf_document(_pdf(story, _furniture("Housing enforcement")), "wards.pdf")
    (found,) = structure.tables
    assert found.header == ("Ward", "Notices", "Households")
    assert [list(r) for r in found.rows] == rows[1:]


def test_characters_made_cheaply_carry_what_pdfplumber_gives_them() -> None:
    import pdfplumber

    from reportgen.read._pdf_chars import CHAR_KEYS, lean_chars

    data = _board_paper()
    with pdfplumber.open(io.BytesIO(data)) as pdf, pdfplumber.open(io.BytesIO(data)) as lean:
        for page, cheap in zip(pdf.pages, lean.pages, strict=True):
            lean_chars(cheap)
            ours = [{k: c[k] for k in CHAR_KEYS} for c in cheap.chars]
            assert ours == [{k: c[k] for k in CHAR_KEYS} for c in page.chars]
            assert len(ours) > 100
            assert "stroking_color" in page.chars[0]
            assert "stroking_color" not in cheap.chars[0]  # made the cheap way


def _damaged(data: bytes) -> list[bytes]:
    """The PDF cut short at several places, and with bytes overwritten through its body."""
    cuts = [data[: len(data) * n // 8] for n in range(1, 8)]
    hits = []
    for n in range(1, 12):
        at = len(data) * n // 12
        hits.append(data[:at] + b"\x00\xff<<>>[]" + data[at + 9 :])
    return cuts + hits


def test_a_damaged_pdf_is_read_or_refused_in_one_line_never_crashes() -> None:
    original = _pdf([Paragraph("Notes", H1), Paragraph(PURPOSE, BODY)], title="Notes")
    refusals: list[str] = []
    for data in _damaged(original):
        try:
            pdf_document(data, "damaged.pdf")
        except BadInput as err:
            refusals.append(str(err))
    assert refusals
    assert all(r.startswith("damaged.pdf: ") and "\n" not in r for r in refusals)


def test_a_note_marked_with_an_asterisk_is_a_paragraph_and_a_tight_bullet_an_item() -> None:
    data = _lines(
        "*Publication note: the register is updated twice a month.",
        "•Approve the revised timetable for the depot works.",
    )
    structure = pdf_document(data, "note.pdf")[1]
    paras = [b.text for b in structure.blocks if isinstance(b, Para)]
    items = [i.text for b in structure.blocks if isinstance(b, ListBlock) for i in b.items]
    assert paras == ["*Publication note: the register is updated twice a month."]
    assert items == ["Approve the revised timetable for the depot works."]
