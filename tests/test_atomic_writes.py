"""A run killed at any moment, or racing another run, never leaves a half-written output.

The kill test SIGKILLs ``reportgen build`` at random moments (seeded) while it rebuilds a folder
holding a good older pack; after every kill each output is the old file, absent, or a whole new
file. A killed process cannot remove its ``.<name>.<16 hex>.reportgen-tmp`` temporary files or
its commit note; those are allowed, never carry an output's name, and the next run of the same
stem finishes the note's renames and removes them (``bench/kill_loop.py`` counts mixed packs).

``REPORTGEN_KILLS`` sets the number of kills (default 50: about a minute on two idle cores;
lower it on a busy machine, raise it for a long run); ``REPORTGEN_KILL_SEED`` sets the seed.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportgen.errors import OutputUnwritable
from reportgen.fsio import recover, write_all
from tests import packcheck

ROOT = Path(__file__).resolve().parents[1]
SEED_DOC = ROOT / "seeds" / "homs.txt"
KILLS = int(os.environ.get("REPORTGEN_KILLS", "50"))
KILL_SEED = int(os.environ.get("REPORTGEN_KILL_SEED", "20241201"))
FULL_EVERY = 5
"""One kill in this many rebuilds the whole pack; the others only JSON and DOCX (faster)."""
ALL = ("pdf", "docx", "pptx", "email", "json")
QUICK = ("json", "docx")
PART = re.compile(
    r"^\.homs\.((pdf|docx|pptx|eml|json|reportgen-commit)\.[0-9a-f]{16}\.reportgen-tmp"
    r"|reportgen-(commit|lock))$"
)
OURS = (".reportgen-tmp", ".reportgen-commit", ".reportgen-lock")


def command(out: Path, formats: tuple[str, ...], doc: Path = SEED_DOC) -> list[str]:
    return [
        sys.executable,
        "-m",
        "reportgen",
        "build",
        str(doc),
        "--out",
        str(out),
        "--formats",
        ",".join(formats),
    ]


def build(out: Path, formats: tuple[str, ...] = ALL, doc: Path = SEED_DOC) -> float:
    """Run one build to the end; return how long it took."""
    start = time.monotonic()
    proc = subprocess.run(command(out, formats, doc), capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return time.monotonic() - start


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.endswith(OURS)}


def inodes(folder: Path) -> dict[str, int]:
    """Each rename lands a new inode: how a kill test sees which files a run replaced."""
    return {p.name: p.stat().st_ino for p in folder.iterdir() if not p.name.endswith(OURS)}


def parts(folder: Path) -> set[str]:
    return {n for n in os.listdir(folder) if n.endswith(OURS[:2])}


def wait_for_writing(proc: subprocess.Popen[bytes], folder: Path, before: dict[str, int]) -> None:
    """Return once ``proc`` has begun writing (a new .part file, a replaced output) or ended."""
    old_parts = parts(folder)
    while proc.poll() is None:
        if parts(folder) - old_parts or inodes(folder) != before:
            return
        time.sleep(0.0005)


def check_after_kill(folder: Path, old: dict[str, bytes]) -> None:
    """Each output is the old file or a whole new one; no temporary file takes an output's name."""
    for name in parts(folder):
        assert PART.match(name), f"unexpected temporary file {name}"
    now = outputs(folder)
    assert set(now) <= set(old), f"unexpected files {set(now) - set(old)}"
    for name, data in now.items():
        if data != old[name]:
            packcheck.check_valid(packcheck.FORMAT_OF[Path(name).suffix], data)


@pytest.fixture
def old_pack(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A folder holding a good pack built from an older version of the document."""
    older = tmp_path / "older" / "homs.txt"
    older.parent.mkdir()
    older.write_text(
        "An older draft said the city of Homs was quiet in 2010. "
        "Markets were open and the old souk was busy, officials said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(out, ALL, older)
    return out, outputs(out)


def test_killed_runs_leave_only_old_or_whole_new_outputs(old_pack):
    out, old = old_pack
    rng = random.Random(KILL_SEED)
    spans = {QUICK: build(out / "probe_quick", QUICK), ALL: build(out / "probe_full", ALL)}
    shutil.rmtree(out / "probe_quick")
    shutil.rmtree(out / "probe_full")
    # How many of its files each killed run had replaced: 0 (killed before writing) .. all.
    landed: dict[str, int] = {"before any write": 0, "between writes": 0, "after all writes": 0}
    finished = kills = 0
    for i in range(KILLS * 4):
        if kills == KILLS:
            break
        formats = ALL if i % FULL_EVERY == 0 else QUICK
        before = inodes(out)
        proc = subprocess.Popen(
            command(out, formats), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        if i % 3 == 0:  # anywhere in the run
            time.sleep(rng.uniform(0, spans[formats]))
        else:  # in the short write phase: wait for its first sign, then a little longer
            wait_for_writing(proc, out, before)
            time.sleep(rng.uniform(0, 0.01))
        proc.kill()
        _, err = proc.communicate()
        check_after_kill(out, old)
        if proc.returncode == 0:
            finished += 1  # done before the signal: checked, not counted; aim earlier next time
            spans[formats] *= 0.9
            continue
        assert proc.returncode == -signal.SIGKILL, err.decode()
        kills += 1
        after = inodes(out)
        replaced = sum(after.get(n) != before.get(n) for n in after)
        key = "before any write" if not replaced else "between writes"
        landed[key if replaced < len(formats) else "after all writes"] += 1
    print(f"\n{kills} kills (seed {KILL_SEED}), each checked: {landed}")
    print(f"runs that finished before their kill: {finished}; temporaries left: {parts(out)}")
    assert kills == KILLS


def test_a_later_run_removes_a_killed_runs_temporaries_and_never_a_users_file(old_pack):
    out, _ = old_pack
    ours = out / ".homs.pdf.0123456789abcdef.reportgen-tmp"
    users = [
        out / ".homs.pdf.abc123xy.part",
        out / "homs.pdf.part",
        out / ".homs.pdf.backup.reportgen-tmp",
        out / ".notes.txt.0123456789abcdef.reportgen-tmp",
    ]
    for path in (ours, *users):
        path.write_bytes(b"%PDF-1.7 half a fi")
    build(out, ALL)
    assert not ours.exists()
    for path in users:
        assert path.exists(), f"{path.name} is not ours to remove"
    packcheck.check_folder(out, "homs")


def test_sweep_matches_names_with_glob_characters_literally(tmp_path):
    decoy = tmp_path / ".a1x.pdf.0123456789abcdef.reportgen-tmp"
    mine = tmp_path / ".a[1]*.pdf.0123456789abcdef.reportgen-tmp"
    for path in (decoy, mine):
        path.write_bytes(b"x")
    recover(tmp_path, "a[1]*")
    assert decoy.exists()
    assert not mine.exists()


def test_a_killed_runs_commit_note_is_finished_by_the_next_run(tmp_path):
    """Killed between two renames, a run leaves a mixed pack and its note; the next run of
    that stem does the remaining renames before anything else."""
    (tmp_path / "homs.json").write_bytes(b"new json")
    (tmp_path / "homs.docx").write_bytes(b"old docx")
    temp = ".homs.docx.0123456789abcdef.reportgen-tmp"
    (tmp_path / temp).write_bytes(b"new docx")
    note = tmp_path / ".homs.reportgen-commit"
    note.write_text(
        '{"renames": [[".homs.json.0123456789abcdef.reportgen-tmp", "homs.json"], '
        f'["{temp}", "homs.docx"]]}}'
    )
    recover(tmp_path, "homs")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["homs.docx", "homs.json"]
    assert (tmp_path / "homs.docx").read_bytes() == b"new docx"


def test_a_note_never_renames_outside_our_temporaries(tmp_path):
    (tmp_path / "secret.txt").write_bytes(b"keep")
    (tmp_path / "homs.json").write_bytes(b"old")
    note = tmp_path / ".homs.reportgen-commit"
    note.write_text('{"renames": [["secret.txt", "homs.json"], ["../x", "../../y"]]}')
    recover(tmp_path, "homs")
    assert (tmp_path / "secret.txt").read_bytes() == b"keep"
    assert (tmp_path / "homs.json").read_bytes() == b"old"


def test_a_folder_where_one_file_should_go_fails_the_run_and_keeps_every_old_file(tmp_path):
    old = {"homs.json": b"old json", "homs.pdf": b"old pdf"}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "homs.pptx").mkdir()
    new = {tmp_path / n: b"new" for n in ("homs.json", "homs.pdf", "homs.pptx")}
    with pytest.raises(OutputUnwritable, match="homs.pptx"):
        write_all(new)
    assert {n: (tmp_path / n).read_bytes() for n in old} == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["homs.json", "homs.pdf", "homs.pptx"]


def test_a_full_disk_fails_the_run_and_keeps_every_old_file(tmp_path, monkeypatch):
    import errno

    old = {"homs.json": b"old json", "homs.pdf": b"old pdf", "homs.docx": b"old docx"}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    real_fsync, calls = os.fsync, []

    def fsync_until_full(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:  # the third file does not fit
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_until_full)
    with pytest.raises(OutputUnwritable, match="No space left"):
        write_all({tmp_path / n: b"new " + n.encode() for n in old})
    assert {n: (tmp_path / n).read_bytes() for n in old} == old
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(old)


def test_write_all_leaves_no_temporary_file_behind(tmp_path):
    write_all({tmp_path / "a.json": b"{}", tmp_path / "b.json": b"[]"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]


@pytest.mark.parametrize("formats", [ALL, QUICK])
def test_two_runs_building_into_one_folder_at_once_both_succeed(tmp_path, formats):
    out = tmp_path / "out"
    procs = [
        subprocess.Popen(
            command(out, formats), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert not [p for p in out.iterdir() if p.name.endswith(OURS)]
    assert sorted(outputs(out)) == sorted(f"homs{packcheck.SUFFIXES[f]}" for f in formats)
    packcheck.check_folder(out, "homs", formats)
