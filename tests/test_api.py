"""The Python API: the CLI's work as picklable functions, for scripts, pools and clusters."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import reportgen
from reportgen.errors import BadInput, UnknownFormat
from reportgen.pipeline import Options, brief_of
from tests import packcheck, readback

ROOT = Path(__file__).resolve().parents[1]
MEMOS = ROOT / "tests" / "fixtures" / "memos"
MINUTES = MEMOS / "council_minutes.txt"


def test_build_model_of_a_path_is_the_model_the_cli_prints():
    brief = reportgen.build_model(MINUTES)
    assert brief.to_json() == brief_of(MINUTES, Options()).to_json()
    assert brief.source_name == "council_minutes.txt"


def test_a_string_is_briefed_as_text_even_when_it_names_an_existing_file():
    text = f"{MINUTES} was the file. The committee met on 4 March 2025 and closed the quay."
    brief = reportgen.build_model(text, name="note.txt")
    assert brief.source_name == "note.txt"
    assert any("closed the quay" in s.text for s in brief.sentences)
    assert not any("Harbour Committee" in s.text for s in brief.sentences)


def test_build_pack_returns_every_file_by_its_output_name_and_each_opens():
    pack = reportgen.build_pack(MINUTES)
    assert sorted(pack) == sorted(f"council_minutes{s}" for s in packcheck.SUFFIXES.values())
    for name, data in pack.items():
        packcheck.check_valid(packcheck.FORMAT_OF[Path(name).suffix], data)
    attached = [
        p.get_filename()
        for p in readback.parse_email(pack["council_minutes.eml"]).iter_attachments()
    ]
    assert attached == ["council_minutes.pdf", "council_minutes.docx", "council_minutes.pptx"]


def test_build_pack_takes_the_formats_as_a_list_or_the_clis_comma_list():
    assert sorted(reportgen.build_pack(MINUTES, formats=["json", "pdf"])) == [
        "council_minutes.json",
        "council_minutes.pdf",
    ]
    assert list(reportgen.build_pack(MINUTES, formats="json")) == ["council_minutes.json"]
    with pytest.raises(UnknownFormat, match="odt"):
        reportgen.build_pack(MINUTES, formats=["odt"])


def test_models_and_packs_survive_pickling_unchanged():
    brief = reportgen.build_model(MINUTES)
    assert pickle.loads(pickle.dumps(brief)) == brief
    pack = reportgen.build_pack(MINUTES, formats="json,pdf")
    assert pickle.loads(pickle.dumps(pack)) == pack


def test_build_pack_mapped_over_a_process_pool_gives_what_one_process_gives():
    memos = sorted(MEMOS.glob("*.txt"))
    with ProcessPoolExecutor(max_workers=2) as pool:
        packs = list(pool.map(_json_pack, memos))
    assert packs == [_json_pack(memo) for memo in memos]
    assert [next(iter(p)) for p in packs] == [f"{m.stem}.json" for m in memos]


def _json_pack(path: Path) -> dict[str, bytes]:
    return reportgen.build_pack(path, formats=["json"])


def test_render_model_draws_an_edited_model_with_the_edit():
    model = reportgen.build_model(MINUTES).to_json()
    model["bottom_line"] = "The north quay closes on 1 May 2025 for wall repairs."
    pack = reportgen.render_model(model, formats=["pdf", "docx"], stem="corrected")
    assert sorted(pack) == ["corrected.docx", "corrected.pdf"]
    for name, data in pack.items():
        seen = packcheck.nospace(packcheck.text_of(packcheck.FORMAT_OF[Path(name).suffix], data))
        assert packcheck.nospace(model["bottom_line"]) in seen


def test_render_model_refuses_a_dict_that_breaks_the_schema_naming_the_field():
    model = reportgen.build_model(MINUTES).to_json()
    model["timeline"][0]["precision"] = "fortnight"
    with pytest.raises(BadInput, match=r"timeline\[0\]\.precision"):
        reportgen.render_model(model)


def test_importing_the_package_loads_no_document_library():
    code = (
        "import sys, reportgen; "
        "names = ('reportlab', 'docx', 'pptx', 'reportgen.pipeline'); "
        "heavy = [m for m in names if m in sys.modules]; "
        "print(json.dumps(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == []
    assert callable(reportgen.build_pack)
