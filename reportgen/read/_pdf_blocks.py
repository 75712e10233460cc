"""A PDF read through pdfplumber into the structured source: its pages' words laid out as
lines (:mod:`reportgen.read._pdf_layout`), read as blocks (:mod:`reportgen.read._pdf_pieces`),
and what the file says of itself (title, author, a dated notice, a marking) as metadata.

pdfplumber (on pdfminer.six) is imported only here, when a PDF is read: it is the slowest
import of the readers and most inputs are not PDFs.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace
from typing import Any

from reportgen.errors import BadInput
from reportgen.read._builder import TextBuilder
from reportgen.read._dates import stated_date
from reportgen.read._finish import finish
from reportgen.read._pdf_chars import lean_chars
from reportgen.read._pdf_layout import Line, page_lines
from reportgen.read._pdf_pieces import Reader, lay, settle
from reportgen.read._pdf_rules import match
from reportgen.read.structure import Heading, Metadata, Structure


def _errors() -> tuple[type[BaseException], ...]:
    """What pdfplumber and pdfminer raise on a malformed file: all mean the same to us."""
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    return (
        PdfminerException,
        MalformedPDFException,
        PSException,
        PDFSyntaxError,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
        AssertionError,
        RecursionError,
        ZeroDivisionError,
        OverflowError,
        EOFError,
        struct.error,
        zlib.error,
    )


def _info(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _meta(info: dict[str, Any], marking: str, dated: str) -> Metadata:
    """The /Title when it reads as a title (not the name of the file it was made from), the
    /Author when it names someone (not "Administrator"), the date of a dated notice, and the
    marking printed on the pages."""
    title = _info(info.get("Title"))
    author = _info(info.get("Author"))
    day = stated_date(dated) if dated else None
    return Metadata(
        title="" if match("file_name_title", title) else title,
        author="" if match("placeholder_author", author) else author,
        date=day.isoformat() if day else "",
        marking=marking,
    )


def _inflate_within_limits(data: bytes, name: str) -> None:
    """Decode each page's content stream with pypdf first, whose decompression stops at the
    part limit the caller set (:func:`reportgen.read.limits.pdf_limits`): pdfminer inflates
    streams without a bound, so a small file that inflates to gigabytes is refused here."""
    import pypdf
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise BadInput(f"{name}: the PDF is encrypted")
        for page in reader.pages:
            page.get_contents()
    except LimitReachedError as err:
        raise BadInput(f"{name}: not a readable PDF (LimitReachedError: {err})") from err
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, RecursionError):
        return  # pdfplumber reads some files pypdf cannot; it gives its own verdict


def _lines_of(page: Any, number: int) -> list[Line]:
    """A page's lines, its parsed objects let go once read: a long PDF is read in the memory
    of one page, not all of them."""
    lean_chars(page)
    try:
        return page_lines(page, number)
    finally:
        page.close()


def _pages(data: bytes, name: str) -> tuple[list[list[Line]], dict[str, Any]]:
    import pdfplumber

    _inflate_within_limits(data, name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if getattr(pdf.doc, "encryption", None) is not None:
                raise BadInput(f"{name}: the PDF is encrypted")
            pages = [_lines_of(page, n) for n, page in enumerate(pdf.pages, start=1)]
            info = dict(pdf.metadata)
    except BadInput:
        raise
    except _errors() as err:
        if "PDFPassword" in str(err) or "Encrypt" in type(err).__name__:
            raise BadInput(f"{name}: the PDF is encrypted") from err
        raise BadInput(f"{name}: not a readable PDF ({type(err).__name__})") from err
    return pages, info


def read_pdf(data: bytes, name: str) -> tuple[str, Structure]:
    """A PDF's text and structure; PDFs without a text layer (scans) and encrypted PDFs are
    refused, not guessed at."""
    pages, info = _pages(data, name)
    if not any(ln.text.strip() or ln.cells for lines in pages for ln in lines):
        raise BadInput(f"{name}: the PDF has no text layer (a scan?); nothing to read")
    reader = Reader(pages)
    pieces = settle(reader.read(), len(pages))
    built = TextBuilder()
    lay(pieces, built)
    title = next((p for p in pieces if p.kind == "heading"), None)
    if title is not None and title.level == 0:
        at, head = next((n, b) for n, b in enumerate(built.blocks) if isinstance(b, Heading))
        built.blocks[at] = replace(head, level=0)
    if not built.text.strip():
        raise BadInput(f"{name}: the PDF has no text layer (a scan?); nothing to read")
    meta = _meta(info, reader.marking, reader.date_text)
    return built.text, finish(meta, built.blocks, None)
