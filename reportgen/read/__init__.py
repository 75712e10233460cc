"""Readers: a file in, a Source out; the only code that looks at input bytes."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from reportgen.errors import BadInput, InputMissing
from reportgen.read.mail import mail_source
from reportgen.read.markup import html_source, markdown_source
from reportgen.read.office import docx_document, pdf_document
from reportgen.read.plaintext import decode
from reportgen.read.source import Source
from reportgen.read.structure import Structure
from reportgen.read.textstructure import parse

MAX_BYTES = 64 * 1024 * 1024
"""Far beyond any briefing source; a larger file is almost surely not a document."""

# What office and PDF files start with; a file named so but lacking it is refused, not misread.
_MAGIC = {".docx": b"PK\x03\x04", ".pptx": b"PK\x03\x04", ".pdf": b"%PDF-"}
_EXTRACTORS = {".docx": docx_document, ".pdf": pdf_document}
_MARKUP = {
    ".html": html_source,
    ".htm": html_source,
    ".xhtml": html_source,
    ".md": markdown_source,
    ".markdown": markdown_source,
    ".eml": mail_source,
}
"""Text formats read for their words, not their markup or headers; any other name is plain
text."""


STDIN = Path("-")
"""The path that stands for standard input, read as plain text named ``stdin.txt``."""


def read(path: Path) -> Source:
    """Read a document; every way it can fail is a one-line ReportgenError."""
    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise BadInput(f"standard input: larger than {MAX_BYTES // 2**20} MB")
        text, encoding, warnings = decode(data, "standard input")
        return _plain("stdin.txt", text, encoding, warnings)
    try:
        if path.is_dir():
            raise InputMissing(path, "it is a folder, not a file")
        data = path.read_bytes() if path.stat().st_size <= MAX_BYTES else None
    except FileNotFoundError as err:
        raise InputMissing(path) from err
    except PermissionError as err:
        raise InputMissing(path, "permission denied") from err
    except OSError as err:
        raise InputMissing(path, err.strerror or "unreadable") from err
    if data is None:
        raise BadInput(f"{path}: larger than {MAX_BYTES // 2**20} MB")
    suffix = path.suffix.lower()
    if suffix in _MAGIC and not data.startswith(_MAGIC[suffix]):
        raise BadInput(f"{path.name}: named {suffix} but its content is not a {suffix[1:]} file")
    if suffix == ".pptx":
        raise BadInput(f"{path.name}: slide decks are not read; export the text first")
    if suffix in _EXTRACTORS:
        text, structure = _EXTRACTORS[suffix](data, path.name)
        if not text.strip():
            raise BadInput(f"{path.name}: the document holds no text")
        return Source(
            name=path.name,
            text=text,
            encoding=suffix[1:],
            headline=structure.meta.title or None,
            published=_iso(structure.meta.date),
            structure=structure,
        )
    if suffix in _MARKUP:
        return _MARKUP[suffix](data, path.name)
    text, encoding, warnings = decode(data, path.name)
    return _plain(path.name, text, encoding, warnings)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _plain(name: str, text: str, encoding: str, warnings: tuple[str, ...]) -> Source:
    """Plain text with the structure its lines show; a memo's Date: line dates it."""
    structure: Structure = parse(text)
    return Source(
        name=name,
        text=text,
        encoding=encoding,
        warnings=warnings,
        published=_iso(structure.meta.date),
        structure=structure,
    )


def stem_of(path: Path) -> str:
    """The name the outputs of ``path`` take: "report" for report.txt, "stdin" for "-"."""
    return "stdin" if path == STDIN else path.stem


__all__ = ["STDIN", "Source", "read", "stem_of"]
