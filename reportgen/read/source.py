"""A document as read: its name and its text exactly as decoded."""

from __future__ import annotations

from dataclasses import dataclass


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

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name.strip(".") else self.name
