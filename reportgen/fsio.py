"""Writing outputs so that a pack lands whole or not at all, and nothing is clobbered.

A run renders every file in memory, then, holding a lock for each stem it writes in the folder:

1. finishes what a killed run of that stem left (see 4) and removes that run's temporaries;
2. writes every file to a temporary beside its target (``.<name>.<16 hex>.reportgen-tmp``),
   flushed to disk; on any failure removes them all, so every old file stays;
3. links each old file to a backup of the same shape, then writes a commit note per stem
   (``.<stem>.reportgen-commit``) listing the renames to come;
4. renames each temporary over its target, then removes the note and the backups, with
   SIGINT, SIGTERM and SIGHUP held back until all is done; a rename the system refuses puts
   the replaced files back from their backups, so the old pack stays whole. Only a SIGKILL
   (or a crash) can stop a run between two renames: it leaves the note, and the next run of
   that stem does the remaining renames before anything else (:func:`recover_packs`, called
   as a run starts) and removes the backups.

Only names of that shape are ever removed: a user's ``.part`` or ``.tmp`` file is never ours.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from reportgen import _recache
from reportgen.errors import InputMissing, OutputUnwritable, ReportgenError

TEMP_SUFFIX = ".reportgen-tmp"
COMMIT_SUFFIX = ".reportgen-commit"
LOCK_SUFFIX = ".reportgen-lock"
_TEMP = _recache.compile(r"^\.(?P<name>.+)\.[0-9a-f]{16}" + re.escape(TEMP_SUFFIX) + "$")
"""Our temporaries and nothing else: a leading dot, the target's name, 16 hex digits, our
suffix."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write one file as a pack of one (see the module doc)."""
    write_all({path: data})


def write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file, or none: each pack of one stem in one folder lands whole."""
    by_folder: dict[Path, dict[str, dict[str, bytes]]] = {}
    for path, data in files.items():
        stems = by_folder.setdefault(path.parent, {})
        stems.setdefault(stem_of_name(path.name), {})[path.name] = data
    for folder, packs in by_folder.items():
        write_packs(folder, packs)


def stem_of_name(name: str) -> str:
    """ "homs" for "homs.pdf": the name without its last suffix (the whole name without one)."""
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def write_packs(folder: Path, packs: Mapping[str, Mapping[str, bytes]]) -> None:
    """Write each stem's files into ``folder``: all of them, or none and every old file kept."""
    with _locked(folder, sorted(packs)):
        for stem in packs:
            recover(folder, stem)
        targets = [(folder / name, data) for pack in packs.values() for name, data in pack.items()]
        for target, _ in targets:
            _check_target(target)
        run, backup_run = secrets.token_hex(8), secrets.token_hex(8)
        temps = [folder / _temp_name(target.name, run) for target, _ in targets]
        backups: dict[Path, Path | None] = {}
        notes = [folder / f".{stem}{COMMIT_SUFFIX}" for stem in packs]
        try:
            for target, data in targets:
                _write_temp(target, data, run)
            for target, _ in targets:
                backups[target] = _keep_old(target, backup_run)
            for stem, pack in packs.items():
                pairs = [(_temp_name(name, run), name) for name in pack]
                _write_note(folder, stem, pairs, run)
            _fsync_dir(folder)
        except BaseException:
            # By name, not by what was recorded: a signal's exception can land between a
            # write and its bookkeeping.
            note_temps = [folder / _temp_name(f"{stem}{COMMIT_SUFFIX}", run) for stem in packs]
            olds = [folder / _temp_name(target.name, backup_run) for target, _ in targets]
            for leftover in (*temps, *note_temps, *notes, *olds):
                leftover.unlink(missing_ok=True)
            raise
        _commit(folder, list(zip(temps, backups.items(), strict=True)), notes)


def recover_packs(folder: Path, stems: Iterable[str]) -> None:
    """Finish, before a run does anything else, what a killed run of one of ``stems`` left in
    ``folder``: a pack stays mixed only until the next run of its stem starts, not until that
    run has read and rendered its document. A folder that does not exist holds nothing."""
    if not folder.is_dir():
        return
    wanted = sorted(set(stems))
    try:
        with _locked(folder, wanted):
            for stem in wanted:
                recover(folder, stem)
    except OutputUnwritable:
        return  # a folder we cannot write to holds nothing of ours; the write step says so


_DEFERRED = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
"""Signals held back while the renames run: Ctrl-C or a polite kill waits for the last rename."""


def _commit(
    folder: Path, renames: list[tuple[Path, tuple[Path, Path | None]]], notes: list[Path]
) -> None:
    """The renames (temporary → target, with the old target's backup), back to back, then the
    notes and backups removed.

    A kill -9 between two renames is finished by the next run's :func:`recover`; any other
    signal waits until all is done, so it leaves neither a mixed pack nor a note behind. A
    rename the system refuses puts back the files already replaced, from their backups, so
    the pack is the old one whole.
    """
    with _signals_held():
        _rename_all(folder, renames, notes)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back :data:`_DEFERRED` signals for the block, then deliver them. The mask keeps
    them from this thread; a recorder in place of each Python handler catches one another
    thread took (Python runs handlers in the main thread, whichever thread the kernel chose)."""
    caught: list[int] = []
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for number in _DEFERRED:
            handler = signal.getsignal(number)
            if handler is not None:
                previous[number] = signal.signal(number, lambda n, _f: caught.append(n))
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        for held_number, handler in previous.items():
            signal.signal(held_number, handler)
        for caught_number in caught:
            signal.raise_signal(caught_number)


def _rename_all(
    folder: Path, renames: list[tuple[Path, tuple[Path, Path | None]]], notes: list[Path]
) -> None:
    done: list[tuple[Path, Path | None]] = []
    try:
        for temp, (target, backup) in renames:
            os.replace(temp, target)
            done.append((target, backup))
        _fsync_dir(folder)
        for leftover in (*notes, *(b for _, (_, b) in renames if b)):
            leftover.unlink(missing_ok=True)
    except OSError as err:
        _put_back(done)
        for leftover in (*(t for t, _ in renames), *notes, *(b for _, (_, b) in renames if b)):
            leftover.unlink(missing_ok=True)
        raise OutputUnwritable(f"cannot write into {folder}: {err.strerror}") from err


def _keep_old(target: Path, run: str) -> Path | None:
    """A hard link to the file ``target`` names now, so a failed commit can put it back; None
    when there is none (or the file system has no hard links: that file then cannot be)."""
    backup = target.parent / _temp_name(target.name, run)
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:
        return None
    return backup


def _put_back(done: list[tuple[Path, Path | None]]) -> None:
    """Undo renames already done: each target gets its old file back, or goes if it had none."""
    for target, backup in reversed(done):
        with contextlib.suppress(OSError):
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink()


def recover(folder: Path, stem: str) -> None:
    """Finish the renames a killed run of ``stem`` had begun, then remove its temporaries.

    Called with the stem's lock held: no live run of it can own anything found here.
    """
    note = folder / f".{stem}{COMMIT_SUFFIX}"
    for temp_name, name in _read_note(note):
        with contextlib.suppress(OSError):
            os.replace(folder / temp_name, folder / name)
    if note.exists():
        _fsync_dir(folder)
        note.unlink(missing_ok=True)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        found = _TEMP.match(name)
        if found and stem_of_name(found["name"]) == stem:
            with contextlib.suppress(OSError):
                os.unlink(folder / name)


def ensure_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputUnwritable(f"cannot create output folder {path}: {err.strerror}") from err
    if not path.is_dir():
        raise OutputUnwritable(f"output path {path} is not a folder")


def _temp_name(name: str, run: str) -> str:
    return f".{name}.{run}{TEMP_SUFFIX}"


def _check_target(target: Path) -> None:
    """A folder (or device, socket...) where a file should go fails the run before any write."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputUnwritable(f"cannot write {target}: {err.strerror}") from err
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OutputUnwritable(f"cannot write {target}: something that is not a file is there")


def _write_temp(target: Path, data: bytes, run: str) -> Path:
    temp = target.parent / _temp_name(target.name, run)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as err:
        raise OutputUnwritable(f"cannot write to {target.parent}: {err.strerror}") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        temp.unlink(missing_ok=True)
        raise OutputUnwritable(f"cannot write {target}: {err.strerror}") from err
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _write_note(folder: Path, stem: str, pairs: list[tuple[str, str]], run: str) -> Path:
    """The renames to come, written whole (through a temporary of our kind) before any is done."""
    note = folder / f".{stem}{COMMIT_SUFFIX}"
    data = json.dumps({"renames": pairs}).encode("utf-8")
    temp = _write_temp(folder / f"{stem}{COMMIT_SUFFIX}", data, run)
    try:
        os.replace(temp, note)
    except OSError as err:
        temp.unlink(missing_ok=True)
        raise OutputUnwritable(f"cannot write into {folder}: {err.strerror}") from err
    return note


def _read_note(note: Path) -> list[tuple[str, str]]:
    """The renames a note lists; only our temporaries onto plain names in the same folder."""
    try:
        pairs = json.loads(note.read_bytes())["renames"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    valid: list[tuple[str, str]] = []
    for pair in pairs if isinstance(pairs, list) else []:
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            continue
        temp, name = pair
        found = _TEMP.match(temp)
        if found and found["name"] == name and "/" not in name and name not in (".", ".."):
            valid.append((temp, name))
    return valid


@contextlib.contextmanager
def _locked(folder: Path, stems: list[str]) -> Iterator[None]:
    """Hold each stem's lock in ``folder`` (in sorted order, so two runs cannot deadlock)."""
    with contextlib.ExitStack() as stack:
        for stem in stems:
            stack.enter_context(_stem_lock(folder / f".{stem}{LOCK_SUFFIX}"))
        yield


@contextlib.contextmanager
def _stem_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path``, removed when released.

    A waiter may lock a file its holder has just removed; it then sees that the path no longer
    names the file it holds, and tries again on the new one.
    """
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OutputUnwritable(f"cannot write to {path.parent}: {err.strerror}") from err
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            held = os.fstat(fd)
            try:
                now = os.stat(path)
            except FileNotFoundError:
                now = None
            if now is not None and (now.st_ino, now.st_dev) == (held.st_ino, held.st_dev):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make renames durable: a crash after return keeps the new names."""
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


def read_input(path: Path, most: int, too_large: Callable[[str, int], ReportgenError]) -> bytes:
    """A file's bytes, or one line saying why not: missing, a folder, unreadable, or larger
    than ``most`` bytes (the error ``too_large(path, size)`` gives)."""
    try:
        if path.is_dir():
            raise InputMissing(path, "it is a folder, not a file")
        size = path.stat().st_size
        if size > most:
            raise too_large(str(path), size)
        return path.read_bytes()
    except FileNotFoundError as err:
        raise InputMissing(path) from err
    except PermissionError as err:
        raise InputMissing(path, "permission denied") from err
    except OSError as err:
        raise InputMissing(path, err.strerror or "unreadable") from err
