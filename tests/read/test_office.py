"""Word and PDF inputs are read through their own libraries; pretenders are refused."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from reportgen.errors import BadInput
from reportgen.read import read


def _word(tmp_path: Path, *paragraphs: tuple[str, str | None]) -> Path:
    """A Word document of (text, style) paragraphs, saved as report.docx."""
    doc = docx.Document()
    for text, style in paragraphs:
        doc.add_paragraph(text, style=style)
    buf = io.BytesIO()
    doc.save(buf)
    path = tmp_path / "report.docx"
    path.write_bytes(buf.getvalue())
    return path


def test_word_document_paragraphs_become_the_source_text(tmp_path: Path) -> None:
    path = _word(tmp_path, ("Homs fell in 2017.", None), ("Rastan was captured recently.", None))
    source = read(path)
    assert source.text == "Homs fell in 2017.\n\nRastan was captured recently."
    assert source.headline is None


def test_pdf_text_layer_becomes_the_source_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(72, 720, "Homs fell in 2017.")
    page.save()
    path = tmp_path / "report.pdf"
    path.write_bytes(buf.getvalue())
    assert "Homs fell in 2017." in read(path).text


def test_zip_that_is_not_a_word_document_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(BadInput, match="broken.docx"):
        read(path)


def test_truncated_pdf_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    with pytest.raises(BadInput, match="broken.pdf"):
        read(path)


def test_a_word_documents_title_style_paragraph_is_its_headline(tmp_path: Path) -> None:
    path = _word(
        tmp_path, ("Who runs Homs now?", "Title"), ("Rebels took the city on Tuesday.", None)
    )
    source = read(path)
    assert source.headline == "Who runs Homs now?"
    assert source.text == "Who runs Homs now?\n\nRebels took the city on Tuesday."
