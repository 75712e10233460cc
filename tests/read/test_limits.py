"""Input limits and broken files: each is refused with one line and exit 65, never a crash,
a traceback, pypdf's log lines, or gigabytes of memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.errors import BadInput
from reportgen.read import Limits, read
from tests import clirun
from tests import hostile_files as hf

MINUTES = "The board met on 4 March 2024 and agreed the budget. The chair thanked the staff.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """(exit code, stderr) of ``reportgen argv`` run in process."""
    code, _, err = clirun.run(argv, capsys)
    return code, err


BROKEN = {
    "bad-content-types.docx": lambda: hf.docx_bytes(hf.paragraphs(3), content_types="<Types"),
    "bad-document-xml.docx": lambda: hf.docx_bytes("<w:p><w:r>"),
    "corrupt-deflate.docx": hf.corrupt_deflate,
    "unknown-method.docx": hf.unknown_compression,
    "wrong-root.docx": lambda: hf.docx_bytes(hf.paragraphs(3), root="w:notdocument"),
    "billion-laughs.docx": hf.billion_laughs,
    "aes256.pdf": hf.aes256_pdf,
    "unknown-filter.pdf": lambda: hf.pdf_bytes(hf.TEXT_OPS, filters="/Filter /NoSuchDecode"),
    "truncated.pdf": lambda: hf.pdf_bytes(hf.TEXT_OPS)[:300],
    "nested.eml": lambda: hf.nested_eml(1000),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_is_bad_input_in_one_line_naming_it(tmp_path, capsys, name):
    path = write(tmp_path, name, BROKEN[name]())
    code, err = run(["model", str(path)], capsys)
    assert code == 65, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"reportgen: {name}: ")
    assert "internal error" not in err


def test_the_readers_own_pdf_still_reads(tmp_path):
    path = write(tmp_path, "minutes.pdf", hf.pdf_bytes(hf.TEXT_OPS))
    assert "agreed the budget" in read(path).text


def test_a_docx_part_that_inflates_past_the_limit_is_refused_before_it_is_read(tmp_path):
    path = write(tmp_path, "blank.docx", hf.whitespace_docx(3))
    with pytest.raises(BadInput, match=r"document\.xml.*past the limit of 2 MB.*--max-part-mb"):
        read(path, Limits(part_mb=2))
    assert read(path, Limits(part_mb=4)).text.startswith("A")


def test_a_pdf_stream_that_inflates_past_the_limit_is_bad_input(tmp_path):
    path = write(tmp_path, "bomb.pdf", hf.flate_bomb_pdf(3))
    with pytest.raises(BadInput, match=r"bomb\.pdf: not a readable PDF \(LimitReachedError"):
        read(path, Limits(part_mb=1))


def test_the_part_limit_is_an_option_of_the_command(tmp_path, capsys):
    path = write(tmp_path, "blank.docx", hf.whitespace_docx(3))
    code, err = run(["model", str(path), "--max-part-mb", "2"], capsys)
    assert (code, err.count("\n")) == (65, 1)
    assert "--max-part-mb" in err


def test_a_file_past_the_input_limit_is_refused_naming_the_option(tmp_path, capsys):
    path = write(tmp_path, "long.txt", (MINUTES * 20_000).encode())
    code, err = run(["model", str(path), "--max-input-mb", "1"], capsys)
    assert code == 65
    assert "input limit of 1 MB" in err
    assert "--max-input-mb" in err


def test_email_parts_nested_past_the_depth_limit_are_refused(tmp_path):
    path = write(tmp_path, "deep.eml", hf.nested_eml(12))
    with pytest.raises(BadInput, match=r"nest deeper than the limit of 10.*--max-depth"):
        read(path, Limits(depth=10))
    assert "agreed the budget" in read(path, Limits(depth=20)).text


def test_a_docx_of_many_short_paragraphs_reads_every_paragraph(tmp_path):
    path = write(tmp_path, "register.docx", hf.docx_bytes(hf.paragraphs(2000)))
    text = read(path).text
    assert text.count("was agreed.") == 2000
    assert "Item 1999 was agreed." in text


def test_pypdf_log_lines_never_reach_stderr(tmp_path, capsys):
    data = hf.pdf_bytes(hf.TEXT_OPS)
    moved = data.replace(b"startxref\n", b"startxref\n9").replace(b"0000000009", b"0000000999")
    path = write(tmp_path, "odd.pdf", moved)  # pypdf logs "incorrect startxref pointer"
    code, err = run(["model", str(path)], capsys)
    assert (code, err) == (0, "")


def test_rich_text_format_is_refused_with_a_clear_line(tmp_path, capsys):
    path = write(tmp_path, "letter.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl} Hello world.}")
    code, err = run(["model", str(path)], capsys)
    assert code == 65
    assert "Rich Text Format" in err


def test_rich_text_named_as_text_is_refused_too(tmp_path):
    path = write(tmp_path, "letter.txt", b"{\\rtf1\\ansi " + MINUTES.encode() + b"}")
    with pytest.raises(BadInput, match="Rich Text Format"):
        read(path)


def test_a_stray_nul_in_readable_text_is_removed_with_a_warning(tmp_path):
    data = (MINUTES * 3).encode()
    path = write(tmp_path, "minutes.txt", data[:20] + b"\x00" + data[20:] + b"\x07")
    source = read(path)
    assert source.text == MINUTES * 3
    assert len(source.warnings) == 1
    assert "removed 2 stray control" in source.warnings[0]


def test_data_mostly_of_nul_bytes_is_still_refused_as_binary(tmp_path):
    path = write(tmp_path, "image.txt", b"\x00\x01\x02\x00" * 500 + MINUTES.encode())
    with pytest.raises(BadInput, match="binary data"):
        read(path)
