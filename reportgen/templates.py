"""House templates and theme files: a user's Word and PowerPoint files whose styles, masters,
layouts and theme the pack is drawn with, and the colours and logo of the PDF and email; all
checked before anything is rendered or written."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportgen import _recache
from reportgen.errors import BadInput, InputMissing, UsageError
from reportgen.layout.theme import FontFiles, Theme

_PARTS = {"docx": "word/document.xml", "pptx": "ppt/presentation.xml"}


class TemplateIncomplete(BadInput):
    """A template lacks a style or slide layout the pack is drawn with."""


@dataclass(frozen=True, slots=True)
class Templates:
    docx: bytes | None = None
    """A Word file whose styles, page setup and footer the document takes; None: the default."""
    pptx: bytes | None = None
    """A PowerPoint file whose masters, layouts, theme and slide size the deck takes."""


def load(paths: Sequence[Path]) -> Templates:
    """Read each template, tell Word from PowerPoint by its parts, and check it has what the
    renderers use: a missing piece is one line naming it, before anything is written."""
    found: dict[str, bytes] = {}
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputMissing(path) from None
        except OSError as err:
            raise InputMissing(path, err.strerror or "unreadable") from None
        kind = _kind(data)
        if kind is None:
            raise BadInput(f"template {path} is not a Word (.docx) or PowerPoint (.pptx) file")
        if kind in found:
            raise UsageError(f"two {kind} templates given; give one Word and one PowerPoint file")
        missing = _missing(kind, data)
        if missing:
            what = "style" if kind == "docx" else "slide layout"
            raise TemplateIncomplete(f"template {path} has no {what} named {missing!r}")
        found[kind] = data
    return Templates(docx=found.get("docx"), pptx=found.get("pptx"))


def _kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    return next((kind for kind, part in _PARTS.items() if part in names), None)


def _missing(kind: str, data: bytes) -> str | None:
    """The first required style (Word) or layout (PowerPoint) the template lacks."""
    try:
        if kind == "docx":
            return _missing_style(data)
        return _missing_layout(data)
    except (KeyError, ValueError, zipfile.BadZipFile) as err:
        raise BadInput(f"template cannot be opened as {kind}: {err}") from None


def _missing_style(data: bytes) -> str | None:
    import docx

    from reportgen.render.docx._styles import REQUIRED

    names = {style.name for style in docx.Document(io.BytesIO(data)).styles}
    return next((name for name in REQUIRED if name not in names), None)


def _missing_layout(data: bytes) -> str | None:
    import pptx

    from reportgen.render.pptx._deck import LAYOUTS

    deck = pptx.Presentation(io.BytesIO(data))
    names = {layout.name for master in deck.slide_masters for layout in master.slide_layouts}
    return next((name for name in LAYOUTS if name not in names), None)


THEME_COLOURS = ("accent", "accent_light", "text", "muted", "tentative")
"""Colours a theme file may set, as RGB hex."""
TEXT_COLOURS = ("accent", "text", "muted", "tentative")
"""Colours text is set in on white: each must reach MIN_CONTRAST against it."""
MIN_CONTRAST = 4.5
"""WCAG 2 AA for body text."""
_HEX = frozenset("0123456789abcdefABCDEF")


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two RGB hex colours (1 to 21)."""

    def luminance(hex_rgb: str) -> float:
        channels = [int(hex_rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def load_theme(path: Path, base: Theme) -> Theme:
    """A small JSON theme file for the PDF and the email: colours (RGB hex) and a logo (a PNG or
    JPEG path, relative to the file). Unknown keys, bad colours, and text colours under 4.5:1
    on white are refused in one line."""
    import json

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputMissing(path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise BadInput(f"theme {path} is not a JSON file: {err}") from None
    if not isinstance(raw, dict):
        raise BadInput(f"theme {path} must be a JSON object of colours and a logo")
    unknown = sorted(set(raw) - {*THEME_COLOURS, "logo", *THEME_FONTS})
    if unknown:
        raise BadInput(f"theme {path}: unknown key {unknown[0]!r}")
    theme = base
    for key in THEME_COLOURS:
        if key in raw:
            theme = replace(theme, **{key: _colour(path, key, raw[key])})  # type: ignore[arg-type]
    for key in TEXT_COLOURS:
        ratio = contrast(getattr(theme, key), "FFFFFF")
        if ratio < MIN_CONTRAST:
            raise BadInput(f"theme {path}: {key} has contrast {ratio:.1f}:1 on white, under 4.5:1")
    if "logo" in raw:
        theme = replace(theme, logo=_logo(path, raw["logo"]))
    return _fonts(path, raw, theme)


THEME_FONTS = ("body_font", "heading_font", "email_font")
"""Fonts a theme file may set: the PDF's body and heading faces (a TrueType file, relative to
the theme file, or a family shipped in the fonts folder) and the email's CSS font-family."""
_CSS_FAMILY = _recache.compile(r"[A-Za-z0-9 ,'\-]{1,200}")
"""A font-family list as CSS writes it; nothing that could close the style attribute."""


def _fonts(path: Path, raw: dict[str, object], theme: Theme) -> Theme:
    if "body_font" in raw:
        theme = replace(theme, body_files=FontFiles.of(_font(path, "body_font", raw, theme)))
    if "heading_font" in raw:
        heading = _font(path, "heading_font", raw, theme, style="Bold")
        theme = replace(theme, heading_file=heading)
    if "email_font" in raw:
        family = str(raw["email_font"]).strip()
        if not _CSS_FAMILY.fullmatch(family):
            raise BadInput(
                f"theme {path}: email_font must be a CSS font-family list like "
                "\"Georgia, 'Times New Roman', serif\" (letters, digits, spaces, commas, "
                "hyphens and single quotes)"
            )
        theme = replace(theme, email_font=family)
    return theme


def _font(
    path: Path, key: str, raw: dict[str, object], theme: Theme, style: str = "Regular"
) -> Path:
    """A TrueType file the PDF can embed: the theme's own (relative to the theme file), or the
    ``style`` face of a family shipped in the fonts folder ("Noto Sans")."""
    value = str(raw[key])
    shipped = theme.fonts_dir / f"{value.replace(' ', '')}-{style}.ttf"
    if not value.lower().endswith((".ttf", ".otf")) and shipped.is_file():
        return shipped
    font = Path(value) if Path(value).is_absolute() else path.parent / value
    if not font.is_file():
        raise BadInput(f"theme {path}: {key} {font}: no such font file")
    try:
        from reportlab.pdfbase.ttfonts import TTFont

        TTFont(f"check-{font.stem}", str(font))
    except Exception as err:  # reportlab raises its own TTFError, or OSError, on any bad file
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise BadInput(
            f"theme {path}: {key} {font} is not a TrueType font the PDF can embed: {reason}"
        ) from None
    return font


def _colour(path: Path, key: str, value: object) -> str:
    text = str(value).lstrip("#")
    if len(text) != 6 or not set(text) <= _HEX:
        raise BadInput(f"theme {path}: {key} must be an RGB hex colour like '1F4E79'")
    return text.upper()


def _logo(path: Path, value: object) -> bytes:
    from PIL import Image, UnidentifiedImageError

    logo = (path.parent / str(value)) if not Path(str(value)).is_absolute() else Path(str(value))
    try:
        data = logo.read_bytes()
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
    except FileNotFoundError:
        raise InputMissing(logo) from None
    except (OSError, UnidentifiedImageError):
        kind = None
    if kind not in ("PNG", "JPEG"):
        raise BadInput(f"theme {path}: logo {logo} is not a PNG or JPEG image")
    return data
