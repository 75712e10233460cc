"""Plain text in: detect the encoding honestly, refuse what is not text."""

from __future__ import annotations

import codecs
import unicodedata

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
    """Return (text, encoding, warnings); the text is exactly as decoded, BOM removed."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise BadInput(f"{name}: invalid {encoding} after its byte-order mark") from err
            return _checked(text, name), encoding, ()
    if b"\x00" in data:
        raise BadInput(f"{name}: binary data, not text (NUL bytes and no UTF-16 byte-order mark)")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8", ()
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    warning = f"{name}: not valid UTF-8; read as Latin-1 (ISO-8859-1)"
    return _checked(text, name), "latin-1", (warning,)


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise BadInput(f"{name}: the file is empty or holds only whitespace")
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        raise BadInput(f"{name}: binary data, not text ({controls} control characters)")
    return text
