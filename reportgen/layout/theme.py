"""Design tokens shared by every format: sizes in points, colours as RGB hex, font files."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path


def _assets() -> Path:
    """Where the fonts are: ``REPORTGEN_ASSETS``, the source tree, or where a wheel put them.

    A checkout (or an editable install) keeps ``assets/`` beside the package; a regular install
    copies it to ``<prefix>/share/reportgen/assets`` (``data-files`` in pyproject.toml).
    """
    if env := os.environ.get("REPORTGEN_ASSETS"):
        return Path(env)
    beside = Path(__file__).resolve().parents[2] / "assets"
    if (beside / "fonts").is_dir():
        return beside
    return Path(sys.prefix) / "share" / "reportgen" / "assets"


ASSETS = _assets()


@dataclass(frozen=True, slots=True)
class Theme:
    """Sizes in points, colours as RGB hex; converted to each library's units only in renderers."""

    body_font: str = "Noto Sans"
    body_pt: float = 10.5
    title_pt: float = 24.0
    heading_pt: tuple[float, float, float] = (16.0, 13.0, 11.0)
    small_pt: float = 8.5
    slide_body_pt: float = 18.0
    """The one body size of every content slide; the plan cuts slides so text fits at it."""
    accent: str = "1F4E79"
    accent_light: str = "DCE6F1"
    text: str = "1A1A1A"
    muted: str = "5A5A5A"
    tentative: str = "9C5700"
    """Colour of dates that are relative or approximate."""
    fonts_dir: Path = ASSETS / "fonts"
    paper: str = "a4"
    """Paper of the PDF and the Word document: "a4" or "letter"."""
    docx_template: bytes | None = field(default=None, repr=False)
    """A house Word template: its styles win over the sizes and colours above."""
    pptx_template: bytes | None = field(default=None, repr=False)
    """A house PowerPoint template: its masters, layouts, theme fonts and colours win."""
    logo: bytes | None = field(default=None, repr=False)
    """A PNG or JPEG drawn at the top of the PDF's first page."""
    body_files: FontFiles | None = None
    """The PDF's body family from a theme file's TrueType files; None: ``body_font`` from
    ``fonts_dir``."""
    heading_file: Path | None = None
    """The face the PDF sets its title and headings in; None: the body family's bold."""
    email_font: str = ""
    """A CSS font-family list the email's body leads with; empty: the body font's name."""


@dataclass(frozen=True, slots=True)
class FontFiles:
    """A family's four faces as TrueType files; a face the family lacks is its regular one."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    @classmethod
    def of(cls, regular: Path) -> FontFiles:
        """The faces beside ``regular`` named as font families ship them ("Inter-Regular.ttf",
        "Inter-Bold.ttf", "Inter-Italic.ttf", "Inter-BoldItalic.ttf")."""

        def face(style: str) -> Path:
            if "Regular" not in regular.name:
                return regular
            other = regular.with_name(regular.name.replace("Regular", style))
            return other if other.is_file() else regular

        return cls(regular, face("Bold"), face("Italic"), face("BoldItalic"))

    @property
    def all(self) -> tuple[Path, Path, Path, Path]:
        return (self.regular, self.bold, self.italic, self.bold_italic)


DEFAULT_THEME = Theme()
