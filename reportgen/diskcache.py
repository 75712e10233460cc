"""A small on-disk cache for what every run would otherwise derive again from the same inputs.

Parsing font cmaps, stretching the slide template to 16:9 and compiling the regular
expressions (``reportgen._recache``) give the same bytes on every run for the same fonts,
theme, interpreter and library versions, yet cost a cold process more than drawing a brief.
Each entry is named by a digest of everything it was derived from (so a new font file, theme
or library version simply misses) and carries a digest of its own content (so a truncated or
altered file is rebuilt, never used).

The folder is ``$REPORTGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/reportgen``, else
``~/.cache/reportgen``; ``REPORTGEN_CACHE_DIR=off`` turns the cache off. A cache that cannot
be read or written is skipped silently: it only ever saves time, never changes an output.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from reportgen import __version__

VARIABLE = "REPORTGEN_CACHE_DIR"
OFF = "off"
_DIGEST = 32
"""Bytes of SHA-256 that open every entry: the digest of the rest of the file."""


def folder() -> Path | None:
    """Where entries live; None when the cache is turned off."""
    given = os.environ.get(VARIABLE)
    if given is not None:
        return None if given.strip().lower() in (OFF, "") else Path(given)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "reportgen"


def key(kind: str, parts: Iterable[object]) -> str:
    """An entry name: the kind, then a digest of the parts and of reportgen's version."""
    digest = hashlib.sha256(f"{__version__}\0{kind}".encode())
    for part in parts:
        digest.update(b"\0" + repr(part).encode("utf-8", "surrogatepass"))
    return f"{kind}-{digest.hexdigest()[:40]}"


def file_stamp(path: Path) -> tuple[str, int, int]:
    """What identifies a file's content cheaply: its path, size and modification time."""
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


def cached(name: str, build: Callable[[], bytes]) -> bytes:
    """The entry ``name``, or ``build()`` stored under it for the next run."""
    where = folder()
    if where is None:
        return build()
    path = where / name
    data = _load(path)
    if data is not None:
        return data
    data = build()
    _store(path, data)
    return data


def load(name: str, *, private: bool = False) -> bytes | None:
    """The entry ``name`` if it is there and whole; None otherwise or with the cache off.

    ``private`` (for entries a run executes, such as compiled code): only when the entry and
    its folder belong to this user and no one else may write them, the trust Python gives
    its own ``__pycache__``; None on systems without file owners.
    """
    where = folder()
    if where is None or (private and not (_own(where) and _own(where / name))):
        return None
    return _load(where / name)


def _own(path: Path) -> bool:
    """Whether ``path`` belongs to this user and is writable by no one else."""
    getuid = getattr(os, "getuid", None)
    try:
        st = path.stat()
    except OSError:
        return False
    return getuid is not None and st.st_uid == getuid() and not st.st_mode & 0o022


def store(name: str, data: bytes) -> None:
    """Keep ``data`` as the entry ``name`` (replacing it whole), unless the cache is off."""
    where = folder()
    if where is not None:
        _store(where / name, data)


def _load(path: Path) -> bytes | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    body = raw[_DIGEST:]
    if len(raw) < _DIGEST or hashlib.sha256(body).digest() != raw[:_DIGEST]:
        return None
    return body


def _store(path: Path, data: bytes) -> None:
    """Write beside the entry, then rename: a concurrent run reads the old entry or the whole
    new one. Any failure (read-only home, full disk) leaves the cache as it was."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(hashlib.sha256(data).digest() + data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
