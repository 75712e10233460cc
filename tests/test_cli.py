"""The command line: documented exit codes, one line on stderr, nothing written by a failed run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen import __version__
from reportgen.cli import cli
from reportgen.read import read
from tests import packcheck
from tests.clirun import run

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "homs.txt"
HARD = ROOT / "tests" / "fixtures" / "hard"


def assert_one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reportgen: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def good_folder(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An out folder already holding a good pack (JSON and DOCX) from an earlier run."""
    out = tmp_path / "out"
    out.mkdir()
    old = {"homs.json": b'{"title": "earlier run"}\n', "homs.docx": b"earlier docx bytes"}
    for name, data in old.items():
        (out / name).write_bytes(data)
    return out, old


def documented_exit_codes() -> dict[int, str]:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    block = result.output.split("Exit codes:", 1)[1]
    return {int(m[1]): m[2] for m in re.finditer(r"^\s+(\d+)\s+(.+)$", block, re.M)}


def test_help_documents_every_exit_code_the_cli_uses():
    assert set(documented_exit_codes()) == {0, 2, 65, 66, 69, 70, 73, 129, 130, 143}


def test_version_prints_the_package_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"reportgen, version {__version__}"


def test_build_writes_each_format_and_prints_the_paths(tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, err = run(
        ["build", str(SEED), "--out", str(out), "--formats", "json,docx"], capsys
    )
    assert code == 0, err
    assert err == ""
    assert sorted(stdout.split()) == [str(out / "homs.docx"), str(out / "homs.json")]
    assert sorted(p.name for p in out.iterdir()) == ["homs.docx", "homs.json"]
    packcheck.check_folder(out, "homs", ("json", "docx"))


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["build", "{missing}"], 66, "no such file"),
        (["build", "{folder}"], 66, "folder"),
        (["build", str(HARD / "empty.txt")], 65, "empty.txt"),
        (["build", str(HARD / "binary.bin")], 65, "binary"),
        (["build", str(HARD / "fake.docx")], 65, "fake.docx"),
        (["build", str(SEED), "--formats", "pdf,odt"], 2, "odt"),
        (["build", str(SEED), "--date", "2024-13-45"], 2, "2024-13-45"),
        (["build", str(SEED), "--detail", "tiny"], 2, "tiny"),
        (["build", str(SEED), "--out", "{file}/sub"], 73, "cannot create"),
        (["build", str(SEED), str(SEED)], 2, "same outputs"),
        (["model", "{missing}"], 66, "no such file"),
        (["times", str(HARD / "whitespace.txt")], 65, "whitespace.txt"),
        (["frobnicate"], 2, "frobnicate"),
    ],
)
def test_each_failure_is_one_stderr_line_with_its_documented_code(
    argv, code, says, tmp_path, capsys
):
    (tmp_path / "a_file").write_text("x")
    (tmp_path / "empty_folder").mkdir()
    places = {
        "{missing}": str(tmp_path / "nope.txt"),
        "{folder}": str(tmp_path / "empty_folder"),
        "{file}": str(tmp_path / "a_file"),
    }
    for key, value in places.items():
        argv = [a.replace(key, value) for a in argv]
    out = tmp_path / "out"
    if argv[0] == "build" and "--out" not in argv:
        argv += ["--out", str(out)]
    got, stdout, err = run(argv, capsys)
    assert got == code, err
    assert code in documented_exit_codes()
    assert says in assert_one_line_error(err)
    assert stdout == ""
    assert not out.exists()


def test_a_bad_second_input_is_one_line_and_the_good_first_is_still_built(tmp_path, capsys):
    out = tmp_path / "out"
    argv = ["build", str(SEED), str(HARD / "empty.txt"), "--out", str(out), "--formats", "json"]
    code, _, err = run(argv, capsys)
    assert code == 65
    assert [line for line in err.splitlines() if "empty.txt" in line] == [
        "reportgen: empty.txt: the file is empty or holds only whitespace"
    ]
    assert "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["homs.json"]


def test_a_failed_input_never_replaces_its_existing_good_output(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    old = {"fake.json": b'{"title": "earlier run"}\n', "fake.docx": b"earlier docx bytes"}
    for name, data in old.items():
        (out / name).write_bytes(data)
    argv = ["build", str(SEED), str(HARD / "fake.pdf"), "--out", str(out)]
    argv += ["--formats", "json,docx"]
    code, _, err = run(argv, capsys)
    assert code == 65
    assert len([line for line in err.splitlines() if "fake.pdf" in line]) == 1
    assert {n: (out / n).read_bytes() for n in old} == old
    assert (out / "homs.json").exists()


def test_a_crashing_renderer_is_one_line_exit_70_and_replaces_nothing(
    good_folder, capsys, monkeypatch
):
    import reportgen.pipeline

    class Broken:
        suffix = ".docx"

        def render(self, plan, theme, attachments=None):
            raise ZeroDivisionError("renderer bug")

    monkeypatch.setattr(reportgen.pipeline, "renderer_for", lambda name: Broken())
    out, old = good_folder
    code, _, err = run(["build", str(SEED), "--out", str(out), "--formats", "json,docx"], capsys)
    assert code == 70
    assert "ZeroDivisionError" in assert_one_line_error(err)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old


def test_an_unexpected_error_is_one_line_exit_70_and_debug_adds_the_traceback(
    tmp_path, capsys, monkeypatch
):
    import reportgen.pipeline

    def explode(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(reportgen.pipeline, "plan", explode)
    argv = ["build", str(SEED), "--out", str(tmp_path / "out"), "--formats", "json,docx"]
    code, _, err = run(argv, capsys)
    assert code == 70
    assert "internal error" in assert_one_line_error(err)
    code, _, err = run(["--debug", *argv], capsys)
    assert code == 70
    assert "Traceback" in err
    assert not (tmp_path / "out").exists()


def test_model_prints_one_json_document_for_one_file(capsys):
    code, stdout, err = run(["model", str(SEED)], capsys)
    assert code == 0, err
    model = json.loads(stdout)
    assert model["source_name"] == "homs.txt"
    assert model["sentences"]


@pytest.mark.parametrize("order", [("homs", "crlf", "utf16"), ("utf16", "homs", "crlf")])
def test_model_prints_json_lines_for_several_files_in_argument_order(order, capsys):
    paths = {"homs": SEED, "crlf": HARD / "crlf.txt", "utf16": HARD / "utf16.txt"}
    code, stdout, err = run(["model", *(str(paths[n]) for n in order)], capsys)
    assert code == 0, err
    lines = stdout.splitlines()
    assert len(lines) == len(order)
    assert [json.loads(line)["source_name"] for line in lines] == [paths[n].name for n in order]


def test_times_prints_a_list_whose_offsets_index_the_decoded_text(capsys):
    code, stdout, err = run(["times", str(SEED), "--date", "2024-12-01"], capsys)
    assert code == 0, err
    found = json.loads(stdout)
    assert isinstance(found, list)
    assert found
    text = read(SEED).text
    for t in found:
        assert set(t) == {"start", "end", "text", "type", "value"}
        assert text[t["start"] : t["end"]] == t["text"]


def test_times_offsets_hold_for_a_utf16_file_with_a_byte_order_mark(capsys):
    code, stdout, err = run(["times", str(HARD / "utf16.txt")], capsys)
    assert code == 0, err
    text = read(HARD / "utf16.txt").text
    found = json.loads(stdout)
    assert found
    assert all(text[t["start"] : t["end"]] == t["text"] for t in found)


def _page(folder: Path, html: str) -> Path:
    page = folder / "page.html"
    page.write_text(html, "utf-8")
    return page


def test_times_on_a_web_page_reads_its_words_not_its_markup(tmp_path, capsys):
    page = _page(
        tmp_path,
        '<html><head><script>var d = "2001";</script></head><body><p data-year="1999">'
        "Talks resumed on <b>5 March 2012</b>.</p></body></html>",
    )
    code, stdout, err = run(["times", str(page)], capsys)
    assert code == 0, err
    found = json.loads(stdout)
    assert [(t["text"], t["value"]) for t in found] == [("5 March 2012", "2012-03-05")]
    text = read(page).text
    assert all(text[t["start"] : t["end"]] == t["text"] for t in found)


def test_the_installed_command_fails_in_one_line_from_a_real_process(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "reportgen", "build", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert proc.returncode == 66
    assert_one_line_error(proc.stderr)
    assert not (tmp_path / "out").exists()


def test_model_output_cut_short_by_a_closed_pipe_is_quiet(tmp_path):
    """``reportgen model big.txt | head -c 1`` must not print a traceback."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "reportgen", "model", str(HARD / "dates10000.txt")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    proc.stdout.read(1)
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
    assert proc.returncode in (0, 141, -13), err.decode()


def test_latin1_fallback_is_built_with_a_one_line_warning_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Café in Zürich opened in 2011. It closed later.".encode("latin-1"))
    code, _, err = run(
        ["build", str(path), "--out", str(tmp_path / "o"), "--formats", "json"], capsys
    )
    assert code == 0
    assert err.splitlines() == [
        "reportgen: warning: old.txt: not valid UTF-8; read as Latin-1 (ISO-8859-1)"
    ]
    assert "Café in Zürich" in (tmp_path / "o" / "old.json").read_text(encoding="utf-8")


def test_bare_command_shows_the_help_and_exits_as_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run([], capsys)
    assert code == 2
    assert err.startswith("Usage: reportgen")
    assert "Exit codes:" in err


def test_a_saved_web_page_builds_a_brief_of_its_article(tmp_path, capsys):
    page = _page(
        tmp_path,
        "<html><head><title>Site</title></head><body><nav>Home | World</nav><article>"
        "<h1>Homs regains significance</h1><p>Opposition factions captured Rastan and "
        "Talbiseh near Homs on Tuesday, activists said.</p><p>The city was besieged until "
        "2017 by government forces.</p></article><footer>Copyright</footer></body></html>",
    )
    code, stdout, err = run(["model", str(page)], capsys)
    assert code == 0, err
    model = json.loads(stdout)
    assert model["title"] == "Homs regains significance"
    assert model["bottom_line"].startswith("Opposition factions captured Rastan")
    assert not any("Home" in s["text"] or "Copyright" in s["text"] for s in model["sentences"])


def test_a_dated_page_anchors_relative_dates_unless_the_date_option_overrides(tmp_path, capsys):
    page = _page(
        tmp_path,
        '<html><head><meta property="article:published_time" content="2012-06-05"></head>'
        "<body><p>Talks resumed last week in Geneva, officials said.</p></body></html>",
    )
    code, stdout, _ = run(["model", str(page)], capsys)
    assert code == 0
    assert json.loads(stdout)["document_date"] == "2012-06-05"
    code, stdout, _ = run(["model", str(page), "--date", "2013-01-02"], capsys)
    assert json.loads(stdout)["document_date"] == "2013-01-02"
    code, stdout, _ = run(["times", str(page)], capsys)
    assert [t["value"] for t in json.loads(stdout)] == ["2012-W22"]


def test_a_dash_reads_standard_input_and_writes_stdin_outputs(tmp_path, capsys, monkeypatch):
    import io

    out = tmp_path / "out"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, stdout, err = run(["build", "-", "--out", str(out), "--formats", "json,pdf"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["stdin.json", "stdin.pdf"]
    model = json.loads((out / "stdin.json").read_text("utf-8"))
    assert model["title"] == json.loads(model_of(SEED, capsys))["title"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    code, _, err = run(["model", "-"], capsys)
    assert code == 65
    assert "standard input" in assert_one_line_error(err)


def model_of(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, stdout, err = run(["model", str(path)], capsys)
    assert code == 0, err
    return stdout


def test_a_pages_own_headline_is_the_title_and_never_a_point(tmp_path, capsys):
    page = _page(
        tmp_path,
        "<html><body><article><h1>Who runs Homs now?</h1><p>Opposition factions captured "
        "Rastan and Talbiseh near Homs on Tuesday, activists said.</p><p>The city was "
        "besieged until 2017 by government forces.</p></article></body></html>",
    )
    model = json.loads(model_of(page, capsys))
    assert model["title"] == "Who runs Homs now?"
    points = [p for s in model["sections"] for p in s["points"]] + model["key_points"]
    assert "Who runs Homs now?" not in points


def test_a_command_leaves_the_callers_garbage_collection_settings_as_they_were(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    before = gc.get_threshold()
    source = tmp_path / "memo.txt"
    source.write_text(
        "Board memo. The depot closes on 4 March 2024. Staff move to the new site in April.\n",
        encoding="utf-8",
    )
    code, _, err = run(["build", str(source), "--out", str(tmp_path), "--formats", "json"], capsys)
    assert code == 0, err
    assert (tmp_path / "memo.json").is_file()
    assert gc.get_threshold() == before
