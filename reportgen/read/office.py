"""Word and PDF documents in: their text, paragraph by paragraph, through their own libraries."""

from __future__ import annotations

import io
import zipfile

from reportgen.errors import BadInput


def docx_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Body paragraphs and table cells in document order, a paragraph per line; and the
    first paragraph in Word's Title style, the document's own headline."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise BadInput(f"{name}: not a readable Word document ({type(err).__name__})") from err
    lines: list[str] = []
    headline: str | None = None
    for item in doc.iter_inner_content():
        if isinstance(item, Table):
            lines.extend(cell.text for row in item.rows for cell in row.cells)
            continue
        lines.append(item.text)
        style = item.style.name if item.style is not None else ""
        if headline is None and style == "Title" and item.text.strip():
            headline = item.text.strip()
    return "\n\n".join(line for line in lines if line.strip()), headline


def pdf_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of every page; PDFs without a text layer (scans) are refused, not guessed at.
    No headline: a PDF's title field names the file it was made from as often as not."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise BadInput(f"{name}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except BadInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, RecursionError) as err:
        # pypdf meets malformed files with assorted errors; all mean the same to the reader.
        raise BadInput(f"{name}: not a readable PDF ({type(err).__name__})") from err
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise BadInput(f"{name}: the PDF has no text layer (a scan?); nothing to read")
    return text, None
