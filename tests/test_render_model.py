"""`reportgen render MODEL.json`: an edited model drawn again, checked against the schema first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import packcheck
from tests.test_cli import assert_one_line_error, run

ROOT = Path(__file__).resolve().parents[1]
MINUTES = ROOT / "tests" / "fixtures" / "memos" / "council_minutes.txt"
CORRECTED = (
    "The north quay closes to all vessels on 1 May 2025 while two wall sections are rebuilt."
)


@pytest.fixture
def model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, _, _ = run(["build", str(MINUTES), "--out", str(tmp_path / "built")], capsys)
    assert code == 0
    data: dict[str, object] = json.loads((tmp_path / "built" / "council_minutes.json").read_text())
    return data


def test_an_edited_model_is_drawn_in_every_format_named_after_the_model_file(
    model, tmp_path, capsys
):
    model["bottom_line"] = CORRECTED
    edited = tmp_path / "harbour-final.json"
    edited.write_text(json.dumps(model), encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(["render", str(edited), "--out", str(out)], capsys)
    assert (code, err) == (0, "")
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "harbour-final.docx",
        "harbour-final.eml",
        "harbour-final.pdf",
        "harbour-final.pptx",
    ]
    assert stdout.split() == [
        str(out / n)
        for n in (
            "harbour-final.pdf",
            "harbour-final.docx",
            "harbour-final.pptx",
            "harbour-final.eml",
        )
    ]
    for path in out.iterdir():
        fmt = packcheck.FORMAT_OF[path.suffix]
        assert packcheck.nospace(CORRECTED) in packcheck.nospace(
            packcheck.text_of(fmt, path.read_bytes())
        ), fmt


def test_an_unedited_model_draws_the_same_brief_as_the_build(model, tmp_path, capsys):
    path = tmp_path / "council_minutes.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    code, _, _ = run(
        ["render", str(path), "--out", str(tmp_path / "again"), "--formats", "docx,pptx"], capsys
    )
    assert code == 0
    for suffix in (".docx", ".pptx"):
        fmt = packcheck.FORMAT_OF[suffix]
        built = (tmp_path / "built" / f"council_minutes{suffix}").read_bytes()
        drawn = (tmp_path / "again" / f"council_minutes{suffix}").read_bytes()
        assert packcheck.text_of(fmt, drawn) == packcheck.text_of(fmt, built)


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda m: m["timeline"][1].update(precision="fortnight"), "timeline[1].precision"),
        (lambda m: m["key_points"].__setitem__(1, None), "key_points[1]"),
        (lambda m: m.pop("title"), "the model"),
        (lambda m: m.update(document_date="2025-02-30"), "document_date"),
        (lambda m: m["actors"]["people"][0].pop("role"), "actors.people[0]"),
    ],
    ids=["unknown-precision", "null-key-point", "no-title", "impossible-date", "person-no-role"],
)
def test_a_model_that_breaks_the_schema_exits_65_naming_the_field_and_writes_nothing(
    model, tmp_path, capsys, edit, field
):
    edit(model)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(model), encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(["render", str(bad), "--out", str(out)], capsys)
    assert code == 65
    assert assert_one_line_error(err).startswith(f"reportgen: bad.json: {field}:")
    assert stdout == ""
    assert not out.exists()


def test_a_model_file_that_is_not_json_exits_65_with_the_place(tmp_path, capsys):
    bad = tmp_path / "cut.json"
    bad.write_text('{"title": "Harbour", "bottom_line": ', encoding="utf-8")
    code, _, err = run(["render", str(bad), "--out", str(tmp_path / "out")], capsys)
    assert code == 65
    assert "line 1 column" in assert_one_line_error(err)
    assert not (tmp_path / "out").exists()


def test_a_missing_model_file_exits_66(tmp_path, capsys):
    code, _, err = run(["render", str(tmp_path / "nowhere.json")], capsys)
    assert code == 66
    assert "nowhere.json" in assert_one_line_error(err)
