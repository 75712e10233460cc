"""`reportgen build` over many documents: folders, a process pool, one line per document."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from reportgen import progress
from reportgen.batch import Outcome
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]
MEMOS = ROOT / "tests" / "fixtures" / "memos"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder of three papers, one of them an empty file, and a hidden editor file."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for memo in ("council_minutes.txt", "board_paper.txt"):
        shutil.copy(MEMOS / memo, folder / memo)
    (folder / "agenda.txt").write_text("   \n", encoding="utf-8")
    (folder / ".board_paper.txt.swp").write_bytes(b"\x00\x01")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_file_in_a_folder_is_one_line_and_the_others_are_built(inbox, tmp_path, capsys, jobs):
    out = tmp_path / "out"
    argv = ["build", str(inbox), "--out", str(out), "--formats", "pdf,json", "--jobs", jobs]
    code, stdout, err = run(argv, capsys)
    assert code == 65
    assert sorted(p.name for p in out.iterdir()) == [
        "board_paper.json",
        "board_paper.pdf",
        "council_minutes.json",
        "council_minutes.pdf",
    ]
    assert sorted(stdout.split()) == sorted(str(p) for p in out.iterdir())
    lines = err.splitlines()
    assert len(lines) == 3, err  # one per document, none for the hidden file
    assert [line for line in lines if "agenda.txt" in line] == [
        "reportgen: agenda.txt: the file is empty or holds only whitespace"
    ]
    built = [line for line in lines if "agenda" not in line]
    assert sorted(line.split("] ", 1)[1] for line in built) == [
        f"{inbox / 'board_paper.txt'}: 2 files",
        f"{inbox / 'council_minutes.txt'}: 2 files",
    ]


def test_files_and_folders_mix_and_all_good_exits_0(inbox, tmp_path, capsys):
    (inbox / "agenda.txt").unlink()
    out = tmp_path / "out"
    argv = ["build", str(inbox), str(MEMOS / "site_report.txt"), "--out", str(out)]
    code, _, err = run([*argv, "--formats", "json", "--jobs", "2"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [
        "board_paper.json",
        "council_minutes.json",
        "site_report.json",
    ]
    assert all("/3] " in line for line in err.splitlines())


def test_the_exit_code_is_the_first_failure_in_argument_order(tmp_path, capsys):
    missing, empty = tmp_path / "gone.txt", tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    argv = ["build", str(MEMOS / "board_paper.txt"), str(missing), str(empty)]
    code, _, err = run([*argv, "--out", str(tmp_path / "out"), "--formats", "json"], capsys)
    assert code == 66
    assert (tmp_path / "out" / "board_paper.json").exists()
    assert len(err.splitlines()) == 3


def test_two_inputs_with_one_stem_are_a_usage_error_before_any_work(inbox, tmp_path, capsys):
    out = tmp_path / "out"
    argv = ["build", str(inbox), str(MEMOS / "board_paper.txt"), "--out", str(out)]
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "board_paper" in err
    assert not out.exists()


def test_an_empty_folder_is_input_missing(tmp_path, capsys):
    (tmp_path / "none").mkdir()
    code, _, err = run(["build", str(tmp_path / "none"), "--out", str(tmp_path / "out")], capsys)
    assert code == 66
    assert "holds no files" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_to_the_last_document_and_each_failure_in_a_line():
    outcomes = [
        Outcome(Path("minutes.txt"), (Path("out/minutes.pdf"),)),
        Outcome(Path("agenda.txt"), error="agenda.txt: the file is empty", exit_code=65),
        Outcome(Path("paper.txt"), (Path("out/paper.pdf"), Path("out/paper.json"))),
    ]
    screen = _Terminal()
    assert list(progress.show(outcomes, 3, screen)) == outcomes
    shown = screen.getvalue()
    assert "3/3" in shown
    assert "reportgen: agenda.txt: the file is empty" in shown
    assert "minutes.txt" not in shown  # a success moves the bar, it prints no line


def test_elsewhere_each_document_gets_one_plain_line():
    outcomes = [
        Outcome(Path("minutes.txt"), (Path("out/minutes.pdf"),)),
        Outcome(Path("agenda.txt"), error="agenda.txt: the file is empty", exit_code=65),
    ]
    log = io.StringIO()
    list(progress.show(outcomes, 2, log))
    assert log.getvalue().splitlines() == [
        "reportgen: [1/2] minutes.txt: 1 file",
        "reportgen: agenda.txt: the file is empty",
    ]
