"""Readers: a file in, a Source out; the only code that looks at input bytes."""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportgen.errors import BadInput
from reportgen.fsio import read_input
from reportgen.read.limits import (
    DEFAULT_LIMITS,
    MB,
    Limits,
    check_mail_depth,
    check_package,
    library_failures,
    pdf_limits,
)
from reportgen.read.plaintext import decode
from reportgen.read.source import Source
from reportgen.read.structure import Structure
from reportgen.read.textstructure import parse

MAX_BYTES = DEFAULT_LIMITS.input_mb * MB
"""The default input limit in bytes (``Limits.input_mb``)."""

# What office and PDF files start with; a file named so but lacking it is refused, not misread.
_MAGIC = {".docx": b"PK\x03\x04", ".pptx": b"PK\x03\x04", ".pdf": b"%PDF-"}
_RTF = b"{\\rtf"
"""Rich Text Format starts so whatever the file is called; read as text it is control words."""
# Readers as "module:function", imported on first use: plain text, the commonest input,
# needs none of them, nor the email, HTML and Markdown libraries they bring in.
_EXTRACTORS = {
    ".docx": "reportgen.read.office:docx_document",
    ".pdf": "reportgen.read.office:pdf_document",
}
_MARKUP = {
    ".html": "reportgen.read.markup:html_source",
    ".htm": "reportgen.read.markup:html_source",
    ".xhtml": "reportgen.read.markup:html_source",
    ".md": "reportgen.read.markup:markdown_source",
    ".markdown": "reportgen.read.markup:markdown_source",
    ".eml": "reportgen.read.mail:mail_source",
}
"""Text formats read for their words, not their markup or headers; any other name is plain
text."""


def _reader(where: str) -> Callable[..., Any]:
    module, function = where.split(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), function)
    return found


STDIN = Path("-")
"""The path that stands for standard input, read as plain text named ``stdin.txt``."""


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Source:
    """Read a document; every way it can fail is a one-line ReportgenError."""
    if path == STDIN:
        data = sys.stdin.buffer.read(limits.input_mb * MB + 1)
        if len(data) > limits.input_mb * MB:
            raise limits.too_large("standard input", len(data))
        return _plain(data, "standard input", "stdin.txt")
    data = _bytes_of(path, limits)
    suffix = path.suffix.lower()
    if suffix in _MAGIC and not data.startswith(_MAGIC[suffix]):
        raise BadInput(f"{path.name}: named {suffix} but its content is not a {suffix[1:]} file")
    if suffix == ".pptx":
        raise BadInput(f"{path.name}: slide decks are not read; export the text first")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_RTF):
        raise BadInput(f"{path.name}: Rich Text Format is not read; save it as .docx or .txt")
    with library_failures(path.name, suffix, limits):
        return _read_as(suffix, data, path.name, limits)


def _bytes_of(path: Path, limits: Limits) -> bytes:
    return read_input(path, limits.input_mb * MB, limits.too_large)


def _read_as(suffix: str, data: bytes, name: str, limits: Limits) -> Source:
    """The reader for ``suffix``, after the checks its format needs."""
    if suffix == ".docx":
        check_package(data, name, limits)
    if suffix == ".eml":
        check_mail_depth(data, name, limits)
    if suffix in _EXTRACTORS:
        with pdf_limits(limits) if suffix == ".pdf" else contextlib.nullcontext():
            text, structure = _reader(_EXTRACTORS[suffix])(data, name)
        if not text.strip():
            raise BadInput(f"{name}: the document holds no text")
        return Source(
            name=name,
            text=text,
            encoding=suffix[1:],
            headline=structure.meta.title or None,
            published=_iso(structure.meta.date),
            structure=structure,
        )
    if suffix in _MARKUP:
        source: Source = _reader(_MARKUP[suffix])(data, name)
        return source
    return _plain(data, name, name)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _plain(data: bytes, label: str, name: str) -> Source:
    """Plain text with the structure its lines show; a memo's Date: line dates it."""
    text, encoding, warnings = decode(data, label)
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


__all__ = ["DEFAULT_LIMITS", "STDIN", "Limits", "Source", "read", "stem_of"]
