"""A run stopped between two renames: its commit note lets the next run of the stem finish the
pack before anything else, and polite signals wait until the renames and the note are done."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from reportgen import fsio
from reportgen.fsio import recover_packs, write_all
from tests import clirun

NAMES = ("homs.pdf", "homs.docx", "homs.pptx", "homs.eml", "homs.json")
OURS = (".reportgen-tmp", ".reportgen-commit", ".reportgen-lock")


class Killed(BaseException):
    """Stands for a SIGKILL: nothing after it runs, no cleanup either."""


def pack(folder: Path, label: bytes) -> dict[Path, bytes]:
    return {folder / name: label + b" " + name.encode() for name in NAMES}


def state(folder: Path) -> set[bytes]:
    """The runs the pack's files come from ({b"old"}, {b"new"} or both: a mixed pack)."""
    return {(folder / n).read_bytes().split(b" ")[0] for n in NAMES if (folder / n).exists()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(OURS))


@pytest.fixture
def killed_between_renames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder whose old pack a run was rewriting when it died after its second rename."""
    write_all(pack(tmp_path, b"old"))
    real_replace = os.replace
    done: list[str] = []

    def replace_then_die(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name in NAMES and len(done) == 2:
            raise Killed
        real_replace(src, dst)
        done.append(Path(dst).name)

    monkeypatch.setattr(fsio.os, "replace", replace_then_die)
    with pytest.raises(Killed):
        write_all(pack(tmp_path, b"new"))
    monkeypatch.setattr(fsio.os, "replace", real_replace)
    return tmp_path


def test_a_run_killed_between_renames_leaves_its_note_and_a_mixed_pack(killed_between_renames):
    folder = killed_between_renames
    assert state(folder) == {b"old", b"new"}
    assert ".homs.reportgen-commit" in leftovers(folder)


def test_the_next_run_of_the_stem_finishes_the_killed_runs_pack_first(killed_between_renames):
    folder = killed_between_renames
    recover_packs(folder, ["homs"])
    assert state(folder) == {b"new"}
    assert leftovers(folder) == []


def test_a_later_run_that_fails_on_its_input_still_finishes_the_pack_first(
    killed_between_renames, capsys
):
    folder = killed_between_renames
    empty = folder.parent / "homs.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = clirun.run(["build", str(empty), "--out", str(folder)], capsys)
    assert code == 65, err
    assert state(folder) == {b"new"}
    assert leftovers(folder) == []


def test_a_note_for_another_stem_is_left_to_that_stems_runs(killed_between_renames):
    folder = killed_between_renames
    recover_packs(folder, ["memo"])
    assert state(folder) == {b"old", b"new"}
    assert ".homs.reportgen-commit" in leftovers(folder)


def test_a_missing_output_folder_holds_nothing_to_finish(tmp_path):
    recover_packs(tmp_path / "not-yet", ["homs"])
    assert not (tmp_path / "not-yet").exists()


class Stopped(BaseException):
    pass


def test_a_sigterm_during_the_renames_waits_until_the_pack_and_its_note_are_done(
    tmp_path, monkeypatch
):
    write_all(pack(tmp_path, b"old"))
    real_replace = os.replace
    seen: list[set[bytes]] = []

    def raise_stopped(_signum: int, _frame: object) -> None:
        seen.append(state(tmp_path))
        raise Stopped

    def replace_and_signal(src: str | Path, dst: str | Path) -> None:
        real_replace(src, dst)
        if Path(dst).name == NAMES[0]:
            os.kill(os.getpid(), signal.SIGTERM)

    before = signal.signal(signal.SIGTERM, raise_stopped)
    monkeypatch.setattr(fsio.os, "replace", replace_and_signal)
    try:
        with pytest.raises(Stopped):
            write_all(pack(tmp_path, b"new"))
    finally:
        signal.signal(signal.SIGTERM, before)
    assert seen == [{b"new"}], "the handler ran before the last rename"
    assert state(tmp_path) == {b"new"}
    assert leftovers(tmp_path) == []


def test_a_sigterm_while_temporaries_are_written_removes_them_and_keeps_the_old_pack(
    tmp_path, monkeypatch, capsys
):
    source = tmp_path / "homs.txt"
    source.write_text(
        "The committee met on 4 March 2024 and approved the plan. "
        "The inspectors will return on 12 April 2024.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert clirun.run(["build", str(source), "--out", str(out)], capsys)[0] == 0
    old = {p.name: p.read_bytes() for p in out.iterdir()}
    real_write = fsio._write_temp
    written: list[Path] = []

    def write_then_signal(target: Path, data: bytes, run: str) -> Path:
        written.append(real_write(target, data, run))
        if len(written) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        return written[-1]

    monkeypatch.setattr(fsio, "_write_temp", write_then_signal)
    code, _, err = clirun.run(["build", str(source), "--out", str(out), "--title", "New"], capsys)
    assert code == 128 + signal.SIGTERM
    assert err.strip() == "reportgen: stopped by SIGTERM"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old
    assert all(not p.exists() for p in written)


def test_a_rename_the_system_refuses_puts_back_every_file_already_replaced(tmp_path, monkeypatch):
    import errno

    from reportgen.errors import OutputUnwritable

    old = {p: d for p, d in pack(tmp_path, b"old").items() if p.name != "homs.docx"}
    write_all(old)  # the old pack has no DOCX: the new one adds it
    real_replace = os.replace
    done: list[str] = []

    def refuse_the_fourth(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == NAMES[3]:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES))
        real_replace(src, dst)
        if Path(dst).name in NAMES:
            done.append(Path(dst).name)

    monkeypatch.setattr(fsio.os, "replace", refuse_the_fourth)
    with pytest.raises(OutputUnwritable, match="Permission denied"):
        write_all(pack(tmp_path, b"new"))
    assert done[:3] == ["homs.pdf", "homs.docx", "homs.pptx"]
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if not p.name.startswith(".")} == old
    assert leftovers(tmp_path) == []
