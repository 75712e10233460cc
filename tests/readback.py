"""Read each output format back to plain text with its own library, for parity checks."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from html.parser import HTMLParser
from pathlib import Path

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Fold whitespace so wrapping and table cells don't hide a match."""
    return _SPACE.sub(" ", text).strip()


def pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
        )
        return out.stdout.decode("utf-8")
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_outline(data: bytes) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))  # type: ignore[attr-defined]

    walk(reader.outline)  # type: ignore[arg-type]
    return titles


def docx_text(data: bytes) -> str:
    import docx

    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def docx_body_in_order(data: bytes) -> str:
    """Paragraphs and table cells in document order (tables sit between paragraphs)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = docx.Document(io.BytesIO(data))
    out: list[str] = []
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                seen: list[object] = []
                for cell in row.cells:
                    if cell._tc in seen:  # merged cells repeat
                        continue
                    seen.append(cell._tc)
                    out.append(cell.text)
    return "\n".join(out)


def docx_headings(data: bytes, level: int = 1) -> list[str]:
    import docx

    doc = docx.Document(io.BytesIO(data))
    return [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name == f"Heading {level}"
    ]


def pptx_slides(data: bytes) -> list[tuple[str, str, str]]:
    """(title, body text, notes) per slide, shapes in reading order."""
    import pptx

    deck = pptx.Presentation(io.BytesIO(data))
    slides = []
    for slide in deck.slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        body: list[str] = []
        for shape in _flat(slide.shapes):
            if shape == slide.shapes.title:
                continue
            if shape.has_text_frame:
                body.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    body.extend(cell.text for cell in row.cells)
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append((title, "\n".join(body), notes))
    return slides


def _flat(shapes: object) -> list[object]:
    """Shapes in reading order, the members of a group in place of the group."""
    out: list[object] = []
    for shape in shapes:  # type: ignore[attr-defined]
        if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            out.extend(_flat(shape.shapes))
        else:
            out.append(shape)
    return out


def pptx_text(data: bytes) -> str:
    return "\n".join(f"{t}\n{b}" for t, b, _ in pptx_slides(data))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"p", "div", "tr", "td", "th", "li", "h1", "h2", "h3", "br"}:
            self.chunks.append("\n")


def html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.chunks)


def parse_email(data: bytes) -> EmailMessage:
    """The message, which must parse without defects."""
    msg = BytesParser(policy=default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    assert not msg.defects, msg.defects
    return msg


def email_bodies(data: bytes) -> tuple[str, str]:
    """(plain text, visible text of the HTML) of an .eml; both bodies are required."""
    msg = parse_email(data)
    plain, rich = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain is not None, "no text/plain body"
    assert rich is not None, "no text/html body"
    return plain.get_content(), html_text(rich.get_content())


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """Needles not found in order (each searched after the previous match); empty when all are."""
    text = squash(haystack)
    pos, missing = 0, []
    for needle in needles:
        at = text.find(squash(needle), pos)
        if at < 0:
            missing.append(needle)
        else:
            pos = at + len(squash(needle))
    return missing


def libreoffice_pdf(source: Path, workdir: Path) -> Path:
    """Convert an office file as a reader's office suite would; raises if LibreOffice fails."""
    return libreoffice_pdfs([source], workdir)[0]


def libreoffice_pdfs(sources: list[Path], workdir: Path) -> list[Path]:
    """Convert many files in one LibreOffice start (it takes seconds); PDFs land in workdir."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{workdir / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=600,
        check=True,
    )
    return [workdir / f"{source.stem}.pdf" for source in sources]
