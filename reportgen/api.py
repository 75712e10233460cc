"""The Python API: the command line's work as plain functions, for scripts, schedulers, clusters.

Every argument and every result is an ordinary picklable value (``str``, ``bytes``,
``pathlib.Path``, ``datetime.date``, the frozen :class:`~reportgen.model.Brief`), so the
functions can be mapped over a process pool or a Dask cluster as they are::

    from concurrent.futures import ProcessPoolExecutor
    from pathlib import Path
    import reportgen

    with ProcessPoolExecutor() as pool:
        packs = list(pool.map(reportgen.build_pack, Path("inbox").glob("*.txt")))

Nothing here writes a file: a pack is a ``dict`` of file name to bytes, ready to be written,
stored or sent anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportgen.errors import UnknownFormat, UsageError
from reportgen.model import Brief
from reportgen.pipeline import (
    ALL_FORMATS,
    DEFAULT_FORMATS,
    SUFFIX,
    EmailBody,
    Options,
    brief_of,
    fitted_brief,
    render_pack,
)
from reportgen.read import stem_of
from reportgen.read.plaintext import decode
from reportgen.read.source import Source

if TYPE_CHECKING:
    from reportgen.summarize import Detail

DEFAULT_TEXT_NAME = "text.txt"
"""The name a brief built from a string carries (its outputs are ``text.pdf`` and so on)."""


def build_model(
    source: str | os.PathLike[str],
    *,
    document_date: date | None = None,
    title: str | None = None,
    detail: Detail = "standard",
    name: str = DEFAULT_TEXT_NAME,
) -> Brief:
    """Summarise a document into the model every format is drawn from.

    :param source: a path (``pathlib.Path`` or any ``os.PathLike``) is read as a file of any
        format the command line reads; a ``str`` is the document's text itself, never a file
        name, so text that happens to look like a path is still briefed as text.
    :param document_date: the anchor for relative dates, as ``--date``; None: the date the
        file states, else relative dates stay relative.
    :param name: the file name a ``str`` source is given (metadata and output names).
    :raises reportgen.errors.ReportgenError: bad or missing input, one line in ``str(err)``.
    """
    options = Options(document_date=document_date, title=title, detail=detail)
    if isinstance(source, os.PathLike):
        return brief_of(Path(source), options)
    return _brief_of_text(source, name, options)


def build_pack(
    source: str | os.PathLike[str],
    *,
    formats: Iterable[str] = DEFAULT_FORMATS,
    document_date: date | None = None,
    title: str | None = None,
    detail: Detail = "standard",
    name: str = DEFAULT_TEXT_NAME,
    email: str = "short",
) -> dict[str, bytes]:
    """Build a document's pack in memory: ``{"report.pdf": b"%PDF-...", ...}``.

    File names are those ``reportgen build`` would write (the stem of the source's name);
    ``formats`` picks from ``pdf, docx, pptx, email, json`` and ``email="full"`` puts the
    whole brief in the email's body. Arguments are those of :func:`build_model`.
    """
    brief = build_model(source, document_date=document_date, title=title, detail=detail, name=name)
    stem = stem_of(Path(source)) if isinstance(source, os.PathLike) else Path(name).stem
    return render_model(brief, formats=formats, stem=stem, email=email)


def render_model(
    model: Brief | Mapping[str, Any],
    *,
    formats: Iterable[str] = DEFAULT_FORMATS,
    stem: str | None = None,
    email: str = "short",
) -> dict[str, bytes]:
    """Draw a model (a :class:`Brief`, or its JSON form as a dict) as a pack in memory.

    The model goes through the same plan and renderers as a fresh build, so a model edited by
    a person or another program draws exactly as one built from the document. ``stem`` names
    the files (default: the stem of the model's ``source_name``). A dict is checked against
    the shipped schema first.

    :raises reportgen.errors.BadInput: the dict breaks the schema (the message names the field).
    """
    if not isinstance(model, Brief):
        from reportgen.modelfile import brief_from_json

        model = brief_from_json(dict(model), "model")
    wanted = _formats(formats)
    options = Options(email=_email_body(email))
    pack = render_pack(model, wanted, options, stem=stem)
    stem = stem or Path(model.source_name).stem or "brief"
    return {f"{stem}{SUFFIX[fmt]}": data for fmt, data in pack.items()}


def _brief_of_text(text: str, name: str, options: Options) -> Brief:
    decoded, encoding, warnings = decode(text.encode("utf-8"), name)
    source = Source(name=Path(name).name or DEFAULT_TEXT_NAME, text=decoded, encoding=encoding)
    return fitted_brief(replace(source, warnings=warnings), options)[0]


def _formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Format names in order, once each; a string is read as the CLI's comma-separated list."""
    listed = formats.split(",") if isinstance(formats, str) else formats
    names = tuple(dict.fromkeys(f.strip().lower() for f in listed if f.strip()))
    for fmt in names:
        if fmt not in ALL_FORMATS:
            raise UnknownFormat(fmt, list(ALL_FORMATS))
    return names


def _email_body(email: str) -> EmailBody:
    if email == "short":
        return "short"
    if email == "full":
        return "full"
    raise UsageError(f"unknown email body {email!r}; choose from short, full")


__all__ = ["build_model", "build_pack", "render_model"]
