"""Plain text in: detect the encoding honestly, refuse what is not text."""

from __future__ import annotations

import codecs
import unicodedata

from reportgen import _recache
from reportgen.errors import BadInput

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_CONTROL_SHARE = 0.02
"""Text pasted from PDFs carries a few stray controls; more than this share means binary data."""


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, warnings); the text is exactly as decoded, BOM and stray
    control characters removed."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise BadInput(f"{name}: invalid {encoding} after its byte-order mark") from err
            text, warnings = _checked(text, name, encoding)
            return text, encoding, warnings
    if data.count(b"\x00") > _BINARY_CONTROL_SHARE * len(data):
        raise BadInput(f"{name}: binary data, not text (NUL bytes and no UTF-16 byte-order mark)")
    try:
        text, warnings = _checked(data.decode("utf-8"), name, "utf-8")
        return text, "utf-8", warnings
    except UnicodeDecodeError:
        pass
    text, warnings = _checked(data.decode("latin-1"), name, "latin-1")
    warning = f"{name}: not valid UTF-8; read as Latin-1 (ISO-8859-1)"
    return text, "latin-1", (warning, *warnings)


_STRAY = _recache.compile("[\x00-\x08\x0e-\x1f\x7f]")
"""C0 controls but the whitespace ones, and DEL: no text means them, no format can hold them."""


def _checked(text: str, name: str, encoding: str) -> tuple[str, tuple[str, ...]]:
    """The text without stray control characters, and a warning when some were removed;
    binary data (more than a few of them) is refused."""
    if not text.strip():
        raise BadInput(f"{name}: the file is empty or holds only whitespace")
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        raise BadInput(f"{name}: binary data, not text ({controls} control characters)")
    stray = len(_STRAY.findall(text))
    if not stray:
        return text, ()
    kept = _STRAY.sub("", text)
    if not kept.strip():
        raise BadInput(f"{name}: the file is empty or holds only whitespace")
    return kept, (f"{name}: removed {stray} stray control character(s) from the {encoding} text",)
