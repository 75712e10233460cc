"""reportlab TrueType fonts, parsed once per font file and library version and then read back.

reportlab reads a whole font file into Python objects (names, metrics, the cmap, every glyph's
width and offset) each time a process registers it: for the four body faces about 30 ms of
every cold build, against under 10 ms to read them back. The parsed face is kept in the
on-disk cache (``reportgen.diskcache``) as plain values written with ``marshal``, which can
hold no code, and rebuilt into reportlab's own classes on the next run. The font's bytes are
read from the file as reportlab would, for subsetting.

This is the only module that knows the layout of reportlab's ``TTFont``/``TTFontFace``; its
entries are keyed by the font file's path, size and modification time and by the reportlab,
Python and marshal versions, so a new font or library simply misses. An entry that cannot be
rebuilt is ignored and the file parsed as before.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from reportgen import diskcache

_NOT_KEPT = ("_ttf_data", "_pdfScale")
"""The file's bytes (read from the file again) and a scaling function (made again)."""
_NAME = "reportlab-name"
"""Marks a font name string: reportlab keeps it as bytes with its text beside them."""


def load(name: str, path: Path) -> TTFont:
    """``TTFont(name, path, shapable=False)``, from the cache when the file was parsed before."""
    made: list[TTFont] = []

    def build() -> bytes:
        made.append(TTFont(name, str(path), shapable=False))
        return _dump(made[0].face)

    key = diskcache.key(
        "ttf",
        (
            *diskcache.file_stamp(path),
            reportlab.Version,
            sys.version_info[:2],
            marshal.version,
        ),
    )
    data = diskcache.cached(key, build)
    if made:
        return made[0]
    face = _restore(data, path)
    if face is None:
        return TTFont(name, str(path), shapable=False)
    return _font(name, face)


def _dump(face: TTFontFace) -> bytes:
    state = {
        k: (_NAME, v.ustr) if isinstance(v, TTFNameBytes) else v
        for k, v in vars(face).items()
        if k not in _NOT_KEPT
    }
    return marshal.dumps(state)


def _restore(data: bytes, path: Path) -> TTFontFace | None:
    """The face ``data`` describes, or None when it is not a face this version wrote."""
    try:
        state: dict[str, Any] = marshal.loads(data)
        for k, v in state.items():
            if isinstance(v, tuple) and len(v) == 2 and v[0] == _NAME:
                state[k] = TTFNameBytes(v[1].encode("utf-8"), "utf-8")
        units = state["unitsPerEm"]
        face: TTFontFace = TTFontFace.__new__(TTFontFace)
        vars(face).update(state)
        face._ttf_data = path.read_bytes()
    except (EOFError, ValueError, TypeError, KeyError, AttributeError, OSError):
        return None
    # As reportlab's extractInfo makes it: glyph units to thousandths of an em.
    face._pdfScale = (lambda x: x) if units == 1000 else _scale(1000 / units)
    return face


def _scale(factor: float) -> Any:
    return lambda x: x * factor


def _font(name: str, face: TTFontFace) -> TTFont:
    """What ``TTFont.__init__`` sets, around a face already parsed (shaping off)."""
    font: TTFont = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False
    return font
