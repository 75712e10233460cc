"""The operations memo of ``tests/fixtures/structured`` as Word documents, built here with
python-docx the way people write them: Word's own styles, or typed lettered headings."""

from __future__ import annotations

import io
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "structured"

PARTS = ("Purpose", "Current situation", "Metrics", "Risks", "Decisions needed")
TABLE = (
    ("Metric", "February", "March (to date)"),
    ("Parcels handled (thousands)", "412", "298"),
    ("On-time delivery (%)", "96.1", "88.4"),
    ("Staff turnover (annualised, %)", "11.2", "14.7"),
)
PURPOSE = (
    "This memo sets out the effect of the fire at the Leeds depot on 2 March 2025 and asks the "
    "committee to approve a recovery plan before the end of the month."
)
SITUATION = (
    "The fire shut the Leeds depot for nine days and destroyed two loading bays. Parcels were "
    "rerouted through Wakefield and Bradford, where overtime rose sharply. The insurer, Northern "
    "Mutual, has accepted the claim in principle and expects to pay an interim sum in April."
)
RISKS = (
    "Overtime at Wakefield cannot be sustained beyond six weeks without breaching working-time "
    "limits.",
    "Two major retail customers have warned that they will move volume elsewhere if on-time "
    "delivery stays below 90%.",
    "The interim insurance payment may slip into May.",
)
DECISIONS = (
    "Approve £1.8m of capital to rebuild the two loading bays by 30 June 2025.",
    "Agree to hire 40 temporary staff for Wakefield and Bradford until the rebuild is complete.",
    "Note that a full incident review will report to the committee on 10 April 2025.",
)
TITLE = "Leeds depot fire: recovery plan"
MARKING = "OFFICIAL-SENSITIVE"


def memo_docx(lettered: bool = False) -> bytes:
    """The memo in Word: Title, a marking in the page header, headings (Word's Heading 1, or
    typed "A.<tab>PURPOSE" lines in Normal style), a grid table, numbered and bulleted lists."""
    import docx

    doc = docx.Document()
    doc.core_properties.author = "Director of Operations, Harbour Logistics"
    doc.sections[0].header.paragraphs[0].text = MARKING
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("To: Executive Committee")
    doc.add_paragraph("Date: 14 March 2025")

    def heading(n: int) -> None:
        if lettered:
            doc.add_paragraph(f"{'ABCDE'[n]}.\t{PARTS[n].upper()}")
        else:
            doc.add_heading(PARTS[n], level=1)

    heading(0)
    doc.add_paragraph(PURPOSE)
    heading(1)
    doc.add_paragraph(SITUATION)
    heading(2)
    table = doc.add_table(rows=len(TABLE), cols=3)
    table.style = "Table Grid"
    for row, values in zip(table.rows, TABLE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    heading(3)
    for risk in RISKS:
        doc.add_paragraph(risk, style="List Number")
    heading(4)
    for decision in DECISIONS:
        doc.add_paragraph(decision, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def memo_pdf() -> bytes:
    """The memo as a PDF made the way word processors make them: a larger bold title and
    headings, the marking at the head of every page, a ruled table, numbered and bulleted
    lists, and a page-number footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()

    def page(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica-Bold", 9)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, A4[1] - 30, MARKING)  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 9)  # type: ignore[attr-defined]
        number = canvas.getPageNumber()  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 30, f"Page {number}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    story: list[object] = [
        Paragraph(TITLE, styles["Title"]),
        Paragraph("To: Executive Committee", styles["Normal"]),
        Paragraph("Date: 14 March 2025", styles["Normal"]),
        Paragraph(PARTS[0], styles["Heading1"]),
        Paragraph(PURPOSE, styles["Normal"]),
        Paragraph(PARTS[1], styles["Heading1"]),
        Paragraph(SITUATION, styles["Normal"]),
        Paragraph(PARTS[2], styles["Heading1"]),
    ]
    table = Table([list(r) for r in TABLE])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [table, Paragraph(PARTS[3], styles["Heading1"])]
    story.append(
        ListFlowable(
            [Paragraph(r, styles["Normal"]) for r in RISKS], bulletType="1", bulletFormat="%s."
        )
    )
    story.append(Paragraph(PARTS[4], styles["Heading1"]))
    story.append(
        ListFlowable(
            [Paragraph(d, styles["Normal"]) for d in DECISIONS], bulletType="bullet", start="•"
        )
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=TITLE, author="Harbour Logistics").build(
        story,  # type: ignore[arg-type]
        onFirstPage=page,
        onLaterPages=page,
    )
    return out.getvalue()
