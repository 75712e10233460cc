"""Decoding: what the bytes say, honestly; what is not text is refused in one line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reportgen.errors import BadInput, InputMissing
from reportgen.read import read

TEXT = "Homs — capital of the revolution. It fell in 2017.\r\nNext line."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_text_is_decoded_exactly_with_bom_removed(
    tmp_path: Path, raw: bytes, encoding: str
) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    source = read(path)
    assert source.text == TEXT
    assert source.encoding == encoding
    assert source.warnings == ()


def test_invalid_utf8_falls_back_to_latin1_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Café in Zürich.".encode("latin-1"))
    source = read(path)
    assert source.text == "Café in Zürich."
    assert "Latin-1" in source.warnings[0]


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("empty.txt", b""),
        ("blank.txt", b" \n\t\r\n "),
        ("binary.bin", bytes(range(256)) * 4),
        ("fake.docx", b"This is only text named like a Word file."),
        ("fake.pdf", b"Not a PDF at all."),
    ],
)
def test_what_is_not_usable_text_is_refused_as_bad_input(
    tmp_path: Path, name: str, raw: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(BadInput) as err:
        read(path)
    assert "\n" not in str(err.value)
    assert name in str(err.value)


def test_missing_file_and_folder_are_reported_as_missing_input(tmp_path: Path) -> None:
    with pytest.raises(InputMissing, match="no such file"):
        read(tmp_path / "absent.txt")
    with pytest.raises(InputMissing, match="folder"):
        read(tmp_path)
