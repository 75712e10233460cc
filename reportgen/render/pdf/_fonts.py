"""Font registration from the theme's folder and per-character fallback across the shipped faces.

reportlab draws a character only with a font whose cmap holds it; a missing glyph silently becomes
an empty box. So every string is cut into runs, each run set in the first face that has all of it:
the body font (Latin, Greek, Cyrillic), then Arabic, Hebrew, CJK and symbol faces.

Characters no shipped face holds are replaced, never left as boxes:

* emoji and other pictographs become their Unicode name in brackets, ``[GRINNING FACE]``;
* a pair of regional indicators (a flag) becomes ``[FLAG SY]``;
* invisible modifiers nothing can draw alone (variation selectors, skin-tone modifiers, unsupported
  format characters such as a lone zero-width joiner) are dropped;
* an unnamed code point (private use, unassigned) becomes ``[U+E000]``.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fontTools
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from reportgen import diskcache
from reportgen.render.pdf import _ttf
from reportgen.text import clean, for_reportlab

# Fallback faces in the order they are tried after the body font: file stems, regular then bold.
_FALLBACKS: tuple[tuple[str, str | None], ...] = (
    ("NotoSansArabic-Regular", "NotoSansArabic-Bold"),
    ("NotoSansHebrew-Regular", "NotoSansHebrew-Bold"),
    ("DroidSansFallbackFull", None),
    ("NotoSansSymbols2-Regular", None),
)
_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
_RTL_STEMS = ("NotoSansArabic", "NotoSansHebrew")
_REGIONAL = range(0x1F1E6, 0x1F200)
_SKIN_TONES = range(0x1F3FB, 0x1F400)


@dataclass(frozen=True, slots=True)
class Face:
    """One registered TrueType face and the code points it can draw."""

    name: str
    """The name registered with reportlab (and used in ``<font name=...>`` markup)."""
    cmap: frozenset[int]
    path: str
    shapes: bool
    """True for faces whose script needs shaping (joining, reordering): Arabic and Hebrew."""


class Fallback:
    """A fallback face in its weights, loaded on first use.

    Parsing a face costs tens of milliseconds (the CJK face most); a document in Latin script
    never asks for one, so most builds never pay for them.
    """

    __slots__ = ("_bold", "_bold_path", "_regular", "_regular_path", "_shapes")

    def __init__(self, regular: Path, bold: Path | None, *, shapes: bool) -> None:
        self._regular_path, self._bold_path, self._shapes = regular, bold, shapes
        self._regular: Face | None = None
        self._bold: Face | None = None

    @property
    def regular(self) -> Face:
        if self._regular is None:
            self._regular = _face(self._regular_path, shapes=self._shapes)
        return self._regular

    @property
    def bold(self) -> Face | None:
        """None when the face ships in one weight only; bold text then uses the regular weight."""
        if self._bold is None and self._bold_path is not None:
            self._bold = _face(self._bold_path, shapes=self._shapes)
        return self._bold


@dataclass(frozen=True, slots=True)
class FontSet:
    """The body family plus the fallback faces, all registered with reportlab."""

    family: str
    """Family name for ParagraphStyle.fontName; ``<b>``/``<i>`` map to its bold and italic faces."""
    body: dict[tuple[bool, bool], Face]
    """Body faces keyed by (bold, italic)."""
    fallbacks: tuple[Fallback, ...]

    def face_for(self, bold: bool, italic: bool) -> Face:
        return self.body[(bold, italic)]

    def runs(
        self, text: str, *, bold: bool = False, italic: bool = False
    ) -> list[tuple[Face, str]]:
        """Cut cleaned ``text`` into (face, substring) runs, each drawable by its face."""
        body = self.face_for(bold, italic)
        chars = _substitute(clean(text), self)
        if chars and all(ord(ch) in body.cmap for ch in set(chars)):
            return [(body, chars)]  # the usual case: one face draws it all
        faces = [self._face_of(ch, body, bold) for ch in chars]
        _attach_neutrals(chars, faces)
        out: list[tuple[Face, str]] = []
        start = 0
        for i in range(1, len(chars) + 1):  # one slice per run: linear in the text's length
            if i == len(chars) or faces[i] is not faces[start]:
                out.append((faces[start], chars[start:i]))
                start = i
        return out

    def markup(self, text: str, *, bold: bool = False, italic: bool = False) -> str:
        """Escaped reportlab markup for ``text``: body-font runs bare, others in ``<font>`` tags."""
        body = self.face_for(bold, italic)
        return "".join(
            for_reportlab(run)
            if face is body
            else f'<font name="{face.name}">{for_reportlab(run)}</font>'
            for face, run in self.runs(text, bold=bold, italic=italic)
        )

    def covers(self, cp: int) -> bool:
        return cp in self.body[(False, False)].cmap or any(
            cp in f.regular.cmap for f in self.fallbacks
        )

    def _face_of(self, ch: str, body: Face, bold: bool) -> Face:
        cp = ord(ch)
        if cp in body.cmap:
            return body
        for fallback in self.fallbacks:
            if cp in fallback.regular.cmap:
                return fallback.bold if bold and fallback.bold else fallback.regular
        return body  # whitespace and format characters the body face lacks: invisible anyway


def _is_neutral(ch: str) -> bool:
    """Punctuation, digits and spaces: they follow the script around them."""
    return unicodedata.bidirectional(ch) not in ("L", "R", "AL") and not ch.isalpha()


def _attach_neutrals(chars: str, faces: list[Face]) -> None:
    """Keep neutral characters in the face of their word when it has them.

    A digit or comma set in another face would split a word between two fonts; shaping and
    right-to-left ordering work on whole words, so a word stays in one face where it can.
    A neutral takes the face of the nearest strong character before it in its word, else the
    nearest after it; both are found in one pass each way, so a run of 6,000 digits costs
    6,000 steps, not 36 million.
    """
    before = _nearest_strong(chars, range(len(chars)))
    after = _nearest_strong(chars, range(len(chars) - 1, -1, -1))
    for i, ch in enumerate(chars):
        if ch.isspace() or not _is_neutral(ch):
            continue
        j = before[i] if before[i] is not None else after[i]
        if j is not None and ord(ch) in faces[j].cmap:
            faces[i] = faces[j]


def _nearest_strong(chars: str, order: range) -> list[int | None]:
    """For each index, the nearest non-neutral character of its word met earlier in ``order``."""
    nearest: list[int | None] = [None] * len(chars)
    last: int | None = None
    for i in order:
        ch = chars[i]
        if ch.isspace():
            last = None
            continue
        nearest[i] = last
        if not _is_neutral(ch):
            last = i
    return nearest


def _substitute(text: str, fonts: FontSet) -> str:
    """Replace what no shipped face can draw by a visible, documented stand-in (see module doc)."""
    body = fonts.body[(False, False)].cmap
    if all(ord(ch) in body for ch in set(text)):
        return text  # the usual case, decided on the few distinct characters
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        cp = ord(ch)
        if ch.isspace() or fonts.covers(cp):
            out.append(ch)
        elif cp in _REGIONAL and i + 1 < len(text) and ord(text[i + 1]) in _REGIONAL:
            pair = "".join(chr(ord("A") + ord(c) - _REGIONAL.start) for c in text[i : i + 2])
            out.append(f"[FLAG {pair}]")
            i += 1
        elif cp in _SKIN_TONES or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
            pass
        else:
            name = unicodedata.name(ch, "")
            out.append(f"[{name}]" if name else f"[U+{cp:04X}]")
        i += 1
    return "".join(out)


def font_set(fonts_dir: Path, family: str) -> FontSet:
    """Register the body family (e.g. "Noto Sans") and the fallbacks found in ``fonts_dir``."""
    return _font_set(fonts_dir.resolve(), family.replace(" ", ""))


@cache
def _font_set(fonts_dir: Path, stem: str) -> FontSet:
    body = {
        (style in ("Bold", "BoldItalic"), "Italic" in style): _face(
            fonts_dir / f"{stem}-{style}.ttf", shapes=False
        )
        for style in _STYLES
    }
    family = body[(False, False)].name
    addMapping(family, 0, 0, body[(False, False)].name)
    addMapping(family, 1, 0, body[(True, False)].name)
    addMapping(family, 0, 1, body[(False, True)].name)
    addMapping(family, 1, 1, body[(True, True)].name)
    fallbacks: list[Fallback] = []
    for regular, bold in _FALLBACKS:
        if not (fonts_dir / f"{regular}.ttf").is_file():
            continue
        bold_path = fonts_dir / f"{bold}.ttf" if bold else None
        fallbacks.append(
            Fallback(
                fonts_dir / f"{regular}.ttf",
                bold_path if bold_path and bold_path.is_file() else None,
                shapes=regular.startswith(_RTL_STEMS),
            )
        )
    return FontSet(family, body, tuple(fallbacks))


@cache
def _face(path: Path, *, shapes: bool) -> Face:
    """Register one file with reportlab (once per process) under a name unique to its path."""
    name = path.stem
    taken = pdfmetrics.getRegisteredFontNames()
    n = 1
    while name in taken:
        n += 1
        name = f"{path.stem}~{n}"
    # reportlab's own shaping stays off: right-to-left text arrives shaped and in visual order.
    pdfmetrics.registerFont(_ttf.load(name, path))
    return Face(name, _cmap(path), str(path), shapes)


def _cmap(path: Path) -> frozenset[int]:
    """The code points a face draws (fontTools' best cmap), kept in the on-disk cache: reading
    a cmap costs a cold run more than laying out a page, and a font file does not change."""

    def build() -> bytes:
        from fontTools.ttLib import TTFont as _FtFont  # only when the cache misses

        with _FtFont(str(path), lazy=True) as ft:
            return array("I", sorted(ft.getBestCmap())).tobytes()

    name = diskcache.key("cmap", (*diskcache.file_stamp(path), fontTools.version))
    return frozenset(array("I", diskcache.cached(name, build)))


def theme_font_set(fonts_dir: Path, family: str, files: tuple[Path, ...] | None) -> FontSet:
    """The body family a theme names: its own TrueType files (regular, bold, italic, bold
    italic) when it gives them, with the shipped fallbacks behind them; else ``font_set``."""
    shipped = font_set(fonts_dir, family)
    if files is None:
        return shipped
    return _given_font_set(tuple(p.resolve() for p in files), shipped.fallbacks)


@cache
def _given_font_set(files: tuple[Path, ...], fallbacks: tuple[Fallback, ...]) -> FontSet:
    keys = ((False, False), (True, False), (False, True), (True, True))
    body = {key: _face(path, shapes=False) for key, path in zip(keys, files, strict=True)}
    family = body[(False, False)].name
    for (bold, italic), face in body.items():
        addMapping(family, int(bold), int(italic), face.name)
    return FontSet(family, body, fallbacks)


def heading_face(path: Path | None) -> str | None:
    """The registered name of a theme's heading face; None when the theme gives none."""
    return None if path is None else _face(path.resolve(), shapes=False).name
