"""Word and PDF documents in: their text, paragraph by paragraph, through their own libraries."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

from reportgen.errors import BadInput
from reportgen.read._builder import TextBuilder
from reportgen.read._finish import finish
from reportgen.read.structure import Structure


def docx_text(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of :func:`docx_document` and its headline (kept for callers of the text)."""
    text, structure = docx_document(data, name)
    return text, structure.meta.title or None


def docx_document(data: bytes, name: str) -> tuple[str, Structure]:
    """A Word document's text and structure: headings from Word's Title and Heading styles,
    outline levels or a numbered or lettered heading line ("A.<tab>PURPOSE"); list paragraphs
    as lists; tables as tables; its core properties and a marking in its page header."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise BadInput(f"{name}: not a readable Word document ({type(err).__name__})") from err
    from reportgen.read._docx_blocks import read_body, read_meta

    built = TextBuilder()
    read_body(doc, built)
    meta, created = read_meta(doc)
    structure = finish(meta, built.blocks, None)
    if not structure.meta.date and created:  # a Date: line in the text says it better
        structure = Structure(replace(structure.meta, date=created), structure.blocks)
    return built.text, structure


def pdf_document(data: bytes, name: str) -> tuple[str, Structure]:
    """A PDF's text and structure, read from its layout: headings by type size and weight,
    paragraphs rebuilt from lines, ruled tables, columns read in turn, running headers,
    footers and standing notices as furniture (see :mod:`reportgen.read._pdf_blocks`)."""
    from reportgen.read._pdf_blocks import read_pdf

    return read_pdf(data, name)


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
