"""Whole-file checks on outputs: each reopens with its own library; the text a reader sees."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import docx
import pptx
import pypdf

from tests import readback

SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "pptx": ".pptx", "email": ".eml", "json": ".json"}
FORMAT_OF = {suffix: fmt for fmt, suffix in SUFFIXES.items()}
OFFICE = "application/vnd.openxmlformats-officedocument"
ATTACHMENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": f"{OFFICE}.wordprocessingml.document",
    ".pptx": f"{OFFICE}.presentationml.presentation",
}


def nospace(text: str) -> str:
    """Drop all whitespace: formats wrap differently, and CJK wraps without spaces."""
    return re.sub(r"\s+", "", text)


def text_of(fmt: str, data: bytes) -> str:
    """What a reader of the output sees, as one string; raises if the output does not open."""
    if fmt == "pdf":
        # Shaped Arabic may come back as presentation forms; NFKC maps them to letters.
        text = unicodedata.normalize("NFKC", readback.pdf_text(data)).replace("\u00ad", "")
        return re.sub(r"-\n", "", text)
    if fmt == "docx":
        return readback.docx_text(data)
    if fmt == "pptx":
        return readback.pptx_text(data)
    if fmt == "email":
        plain, html = readback.email_bodies(data)
        return plain + "\n" + html
    if fmt == "json":
        return json.dumps(json.loads(data.decode("utf-8")), ensure_ascii=False)
    raise ValueError(fmt)


def check_valid(fmt: str, data: bytes) -> None:
    """Raise unless ``data`` is a whole file of its format (attachments of an email included)."""
    if fmt == "pdf":
        check_pdf(data)
    elif fmt == "docx":
        docx.Document(io.BytesIO(data))
    elif fmt == "pptx":
        assert len(pptx.Presentation(io.BytesIO(data)).slides) >= 1
    elif fmt == "email":
        msg = readback.parse_email(data)
        readback.email_bodies(data)
        for part in msg.iter_attachments():
            name = part.get_filename() or ""
            suffix = Path(name).suffix
            assert part.get_content_type() == ATTACHMENT_TYPES.get(suffix, ""), name
            payload = part.get_content()
            assert isinstance(payload, bytes)
            check_valid(FORMAT_OF[suffix], payload)
    elif fmt == "json":
        assert isinstance(json.loads(data.decode("utf-8")), dict)
    else:
        raise ValueError(fmt)


def check_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert b"%%EOF" in data[-1024:], "no %%EOF trailer"
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 1
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        done = subprocess.run([qpdf, "--check", fh.name], capture_output=True, text=True)
    assert done.returncode == 0, f"qpdf --check: {done.stdout}{done.stderr}"


def check_folder(folder: Path, stem: str, formats: tuple[str, ...] = tuple(SUFFIXES)) -> None:
    """Every output in ``folder`` is a whole, valid file."""
    for fmt in formats:
        path = folder / f"{stem}{SUFFIXES[fmt]}"
        if path.exists():
            check_valid(fmt, path.read_bytes())
