"""Hard inputs build a whole pack with their text intact, or fail in one line and write nothing.

The inputs live in ``tests/fixtures/hard`` (made by its ``make_fixtures.py``). Each runs through
the real command line as a user would, and every output is reopened with its own library; the
per-format checks render in process, one format at a time, so one broken renderer fails only
its own checks (and the email's, which attaches the other three).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from reportgen.errors import RenderFailed
from reportgen.pipeline import Options, brief_of, render_pack
from reportgen.read import read
from reportgen.text import clean
from tests import packcheck, readback

HARD = Path(__file__).resolve().parent / "fixtures" / "hard"
ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("pdf", "docx", "pptx", "email", "json")
LONG_WORD = ("Pneumonoultramicroscopicsilicovolcanoconiosis" * 5)[:200]


@dataclass(frozen=True)
class Builds:
    """An input that must become a pack showing ``marks`` in every format."""

    marks: tuple[str, ...]
    pdf_marks: tuple[str, ...] | None = None
    """What the PDF's extracted text must show, when extraction cannot carry all of ``marks``
    (emoji have no glyph in the embedded fonts); None means the same as ``marks``."""
    rtl: bool = False
    """Right-to-left text: a PDF may hold it in visual order, so the reverse also counts."""


BUILDS: dict[str, Builds] = {
    "arabic.txt": Builds(("حمص",), rtl=True),
    "hebrew.txt": Builds(("ירושלים",), rtl=True),
    "chinese.txt": Builds(("霍姆斯",)),
    "japanese.txt": Builds(("ホムス",)),
    "emoji.txt": Builds(("Rocketship", "🚀"), pdf_marks=("Rocketship",)),
    "control_chars.txt": Builds(("Controlled",)),
    "markup.txt": Builds(("<b>bold claims</b>", "<img src=http://x/y.png>", "]]>", "&bogus;")),
    "long_word.txt": Builds((LONG_WORD,)),
    "long_line.txt": Builds(("Longline survey",)),
    "crlf.txt": Builds(("Carriage",)),
    "utf16.txt": Builds(("Zürich",)),
    "latin1.txt": Builds(("Zürich", "café")),
    "dates10000.txt": Builds(("Talks met in",)),
}
FAILS: dict[str, int] = {
    "empty.txt": 65,
    "whitespace.txt": 65,
    "binary.bin": 65,
    "fake.docx": 65,
    "fake.pdf": 65,
    "no_sentences.txt": 65,
}
"""Inputs that cannot become a brief, with the exit code ``reportgen --help`` documents."""


def run_build(path: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", "build", str(path), "--out", str(out), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        timeout=300,
    )


_RENDERED: dict[tuple[str, str], bytes] = {}


def rendered(name: str, fmt: str) -> bytes:
    """One format of one input, rendered in process (cached: several checks read each).

    The whole pack is tried first; if any renderer fails, each format is rendered alone so
    one broken renderer fails only its own checks.
    """
    if (name, fmt) not in _RENDERED:
        options = Options()
        brief = brief_of(HARD / name, options)
        try:
            pack = render_pack(brief, FORMATS, options)
        except RenderFailed:
            pack = {fmt: render_pack(brief, [fmt], options)[fmt]}
        _RENDERED.update({(name, f): data for f, data in pack.items()})
    return _RENDERED[name, fmt]


def strings_in(value: object) -> list[str]:
    """Every string inside a loaded JSON value (escapes decoded)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def test_every_fixture_file_has_an_expected_outcome():
    names = {p.name for p in HARD.iterdir() if p.suffix != ".py"}
    assert names == set(BUILDS) | set(FAILS)


@pytest.mark.parametrize("name", sorted(FAILS))
def test_bad_input_fails_in_one_line_with_its_exit_code_and_writes_nothing(name, tmp_path):
    out = tmp_path / "out"
    proc = run_build(HARD / name, out)
    assert proc.returncode == FAILS[name], proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("reportgen: ")
    assert name in lines[0]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("name", sorted(BUILDS))
def test_hard_input_builds_a_whole_valid_pack_from_the_command_line(name, tmp_path):
    out = tmp_path / "out"
    proc = run_build(HARD / name, out)
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr.strip()}"
    stem = Path(name).stem
    names = {f"{stem}{packcheck.SUFFIXES[fmt]}" for fmt in FORMATS}
    assert {p.name for p in out.iterdir()} == names
    assert set(proc.stdout.split()) == {str(out / n) for n in names}
    for fmt in FORMATS:
        packcheck.check_valid(fmt, (out / f"{stem}{packcheck.SUFFIXES[fmt]}").read_bytes())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(BUILDS))
def test_hard_input_text_survives_in_each_format(name, fmt):
    shown = packcheck.nospace(packcheck.text_of(fmt, rendered(name, fmt)))
    expect = BUILDS[name]
    marks = expect.pdf_marks if fmt == "pdf" and expect.pdf_marks is not None else expect.marks
    for mark in marks:
        want = packcheck.nospace(mark)
        reverse_ok = fmt == "pdf" and expect.rtl
        assert want in shown or (reverse_ok and want[::-1] in shown), f"{mark!r} lost in {fmt}"


@pytest.mark.parametrize("name", sorted(BUILDS))
def test_model_keeps_every_visible_character_of_the_input(name):
    """Nothing is lost: the JSON's sentences hold the input's text, controls aside, in order."""
    model = json.loads(rendered(name, "json"))
    kept = packcheck.nospace("".join(s["text"] for s in model["sentences"]))
    assert kept == packcheck.nospace(clean(read(HARD / name).text))


@pytest.mark.parametrize("fmt", ["docx", "pptx", "email", "json"])
def test_control_characters_never_reach_an_output(fmt):
    data = rendered("control_chars.txt", fmt)
    shown = strings_in(json.loads(data)) if fmt == "json" else [packcheck.text_of(fmt, data)]
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "".join(shown))


def test_markup_in_the_input_never_becomes_markup_in_the_email():
    msg = readback.parse_email(rendered("markup.txt", "email"))
    html = msg.get_body(("html",))
    assert html is not None
    source = html.get_content()
    assert "<b>bold" not in source
    assert "<img" not in source
    assert "&bogus;" not in source
    assert "&amp;bogus;" in source


def test_crlf_input_leaves_no_carriage_return_in_any_shown_string():
    model = json.loads(rendered("crlf.txt", "json"))
    shown = [model["title"], model["bottom_line"], *model["key_points"]]
    shown += [s["text"] for s in model["sentences"]]
    assert not any("\r" in s for s in shown)


def test_ten_thousand_dates_build_and_every_sentence_is_kept():
    model = json.loads(rendered("dates10000.txt", "json"))
    assert len(model["sentences"]) == 1000
    assert model["timeline"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_every_hard_input_document_and_deck(tmp_path: Path) -> None:
    """One LibreOffice run over all of them: a reader's office suite opens what we wrote."""
    sources = []
    for name in BUILDS:
        for fmt in ("docx", "pptx"):
            path = tmp_path / f"{Path(name).stem}-{fmt}.{fmt}"
            path.write_bytes(rendered(name, fmt))
            sources.append(path)
    pdfs = readback.libreoffice_pdfs(sources, tmp_path / "pdf")
    assert [p.name for p in pdfs if not p.is_file()] == []
    for pdf in pdfs:
        assert len(pypdf.PdfReader(pdf).pages) >= 1, pdf.name
