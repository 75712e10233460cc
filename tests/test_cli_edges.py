"""Command-line edges a new user meets: a file named "-", --out naming a file, --debug after the
subcommand, output cut short by a closed pipe in any environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clirun import run

MEMO = (
    "The planning committee met on 4 March 2024 and approved the depot plan. "
    "Work starts in May, and the site reopens in the autumn. "
    "The chair asked officers to report on costs at the June meeting.\n"
)


def test_dot_slash_dash_reads_the_file_named_dash_not_standard_input(tmp_path, capsys, monkeypatch):
    (tmp_path / "-").write_text(MEMO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", None)  # reading standard input would fail loudly
    code, out, err = run(["model", "./-"], capsys)
    assert code == 0, err
    assert "depot plan" in json.loads(out)["bottom_line"] + json.dumps(json.loads(out))


def test_out_naming_an_existing_file_is_unwritable_output(tmp_path, capsys):
    source = tmp_path / "memo.txt"
    source.write_text(MEMO, encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_bytes(b"a file, not a folder")
    code, _, err = run(["build", str(source), "--out", str(blocker), "--formats", "json"], capsys)
    assert code == 73
    assert err.count("\n") == 1
    assert blocker.read_bytes() == b"a file, not a folder"


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_is_accepted_before_or_after_the_subcommand(tmp_path, capsys, where):
    missing = str(tmp_path / "missing.txt")
    argv = ["--debug", "model", missing] if where == "before" else ["model", missing, "--debug"]
    code, _, err = run(argv, capsys)
    assert code == 66
    assert "no such file" in err


def _without(*names: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in names}


@pytest.mark.parametrize("unbuffered", [False, True])
def test_model_cut_short_by_a_closed_pipe_is_quiet_in_any_environment(tmp_path, unbuffered):
    """``reportgen model big.txt | head -c 1`` ends quietly with 0 (or SIGPIPE's 141)."""
    big = tmp_path / "big.txt"
    big.write_text(MEMO * 400, encoding="utf-8")
    env = _without("PYTHONUNBUFFERED")
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reportgen", "model", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    assert proc.stdout is not None
    proc.stdout.read(1)
    proc.stdout.close()
    _, err = proc.communicate(timeout=300)
    assert err == b""
    assert proc.returncode in (0, 141, -13)


def test_help_lists_the_input_limits_with_their_defaults(capsys):
    code, out, _ = run(["build", "--help"], capsys)
    assert code == 0
    for flag in ("--max-input-mb", "--max-part-mb", "--max-depth"):
        assert flag in out


def test_a_limit_below_one_is_a_usage_error(tmp_path, capsys):
    code, _, err = run(["model", str(tmp_path / "x.txt"), "--max-depth", "0"], capsys)
    assert code == 2
    assert "--max-depth" in err


def test_a_file_named_dash_builds_outputs_named_after_it(tmp_path, capsys, monkeypatch):
    (tmp_path / "-").write_text(MEMO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", None)
    code, _, err = run(["build", "./-", "--out", "out", "--formats", "json"], capsys)
    assert code == 0, err
    assert [p.name for p in Path(tmp_path / "out").iterdir()] == ["-.json"]


def test_an_over_long_word_line_stays_in_the_body_when_the_title_is_shortened(tmp_path, capsys):
    word = "w" * 9000
    source = tmp_path / "readings.txt"
    source.write_text(f"{word}\n\n{MEMO * 3}", encoding="utf-8")
    code, out, err = run(["model", str(source)], capsys)
    assert code == 0, err
    model = json.loads(out)
    assert len(model["title"]) < 200
    assert word in model["key_points"] + [p for s in model["sections"] for p in s["points"]]
