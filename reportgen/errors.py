"""Failures a user can act on, each a one-line message and an exit code (sysexits.h)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


class ReportgenError(Exception):
    """A failure the user can act on; str(err) is the whole message, one line, naming the file."""

    exit_code: ClassVar[int] = 1


class UsageError(ReportgenError):
    exit_code = 2


class BadInput(ReportgenError):
    """The input exists but cannot become a brief (binary, empty, no sentences)."""

    exit_code = 65


class InputMissing(ReportgenError):
    exit_code = 66

    def __init__(self, path: Path, why: str = "no such file") -> None:
        super().__init__(f"cannot read {path}: {why}")


class OutputUnwritable(ReportgenError):
    exit_code = 73


class UnknownFormat(UsageError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown format {name!r}; choose from {', '.join(known)}")


class RenderFailed(ReportgenError):
    """A renderer failed on input it should have handled; nothing was written."""

    exit_code = 70
