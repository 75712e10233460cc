"""A document as read: its name and its text exactly as decoded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
    """The date the file itself states it was published (a web page's metadata, a Markdown
    front-matter ``date:``); it anchors relative dates when the user gives none."""
    headline: str | None = None
    """The headline the file marks as such (a web page's ``<h1>`` or ``<title>``, a Markdown
    front-matter ``title:`` or first ``#`` heading); it is the brief's title unless the user
    gives one. It stays in ``text`` too, where it may hold a date."""

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name.strip(".") else self.name
