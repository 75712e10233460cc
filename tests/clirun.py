"""Running the command line in process, as the tests of its behaviour do."""

from __future__ import annotations

import pytest

from reportgen.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``reportgen argv`` in process through the real entry point: (exit code, out, err)."""
    try:
        main(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    else:
        code = 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err
