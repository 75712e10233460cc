"""Writing outputs so that nothing is ever half-written or clobbered by a failed run."""

from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from reportgen.errors import OutputUnwritable


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: readers see the old file or the new one, never half."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        raise OutputUnwritable(f"cannot write to {path.parent}: {err.strerror}") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputUnwritable(f"cannot write {path}: {err.strerror}") from err
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


STALE_PART_SECONDS = 60.0
"""A temporary ``.part`` file older than this was left by a killed run, not one still writing."""


def write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file only after all were rendered; each lands whole or not at all."""
    sweep_stale_parts(files)
    for path, data in files.items():
        write_atomic(path, data)
    _fsync_dir(next(iter(files)).parent if files else None)


def ensure_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputUnwritable(f"cannot create output folder {path}: {err.strerror}") from err
    if not path.is_dir():
        raise OutputUnwritable(f"output path {path} is not a folder")


def _fsync_dir(folder: Path | None) -> None:
    """Make the renames durable: a crash after return keeps the new files."""
    if folder is None:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep_stale_parts(paths: Iterable[Path], older_than: float = STALE_PART_SECONDS) -> None:
    """Remove temporary files a killed run left beside these outputs (SIGKILL skips cleanup).

    Only ``.<name>.*.part`` files of the outputs about to be written are touched, and only when
    older than ``older_than`` seconds, so a concurrent run's file in progress is left alone.
    """
    cutoff = time.time() - older_than
    for path in paths:
        pattern = os.path.join(glob.escape(str(path.parent)), f".{glob.escape(path.name)}.*.part")
        for leftover in glob.glob(pattern, include_hidden=True):
            try:
                if os.lstat(leftover).st_mtime < cutoff:
                    os.unlink(leftover)
            except OSError:
                pass  # gone already, or not ours to remove: never a reason to fail the run
