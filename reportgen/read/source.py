"""A document as read: its name and its text exactly as decoded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportgen.read.structure import Structure


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded text; offsets everywhere in reportgen index into ``text`` as it is here."""

    name: str
    """File name (no folder), used for output names and metadata."""
    text: str
    """The decoded text, BOM removed, otherwise untouched (CRLF and control characters kept)."""
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    """Things the reader had to guess, e.g. a Latin-1 fallback; shown on stderr."""
    published: date | None = None
    """The date the file itself states it was written (a web page's metadata, a Markdown
    front-matter ``date:``, an email's Date header); see :meth:`dated`."""
    headline: str | None = None
    """The headline the file marks as such (a web page's ``<h1>`` or ``<title>``, a Markdown
    front-matter ``title:`` or first ``#`` heading, a Word Title paragraph, an email's
    subject); it is the brief's title unless the user gives one. It stays in ``text`` too,
    where it may hold a date."""

    structure: Structure = Structure()
    """The document's metadata and blocks, their offsets indexing ``text``."""

    def dated(self, given: date | None) -> date | None:
        """The date relative dates count from: the one the user gives, else the file's own."""
        return given or self.published

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name.strip(".") else self.name
