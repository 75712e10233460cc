"""--paper sets the page of the PDF and the Word document; the deck keeps its 16:9."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pypdf
import pytest

from reportgen.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "homs.txt"


def build(tmp_path: Path, *options: str) -> Path:
    out = tmp_path / "out"
    main(["build", str(SEED), "--out", str(out), "--formats", "pdf,docx", *options])
    return out


@pytest.mark.parametrize(
    ("option", "size_pt"), [((), (595, 842)), (("--paper", "letter"), (612, 792))]
)
def test_paper_sets_the_pdf_and_word_page_size(
    tmp_path: Path, option: tuple[str, ...], size_pt: tuple[int, int]
) -> None:
    out = build(tmp_path, *option)
    page = pypdf.PdfReader(out / "homs.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size_pt
    section = docx.Document(io.BytesIO((out / "homs.docx").read_bytes())).sections[0]
    assert (round(section.page_width.pt), round(section.page_height.pt)) == size_pt


def test_an_unknown_paper_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", str(SEED), "--out", str(tmp_path), "--paper", "a5"])
    assert stop.value.code == 2
    assert "a5" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
