"""Regular expressions compiled once per machine, not once per run.

CPython turns a pattern into its matching program in Python code (``re._parser`` and
``re._compiler``), and reportgen's few hundred patterns, tables of words among them, cost a
cold run about a tenth of a second that way. ``compile`` keeps each program in one
``reportgen.diskcache`` entry named after the interpreter (its version, the regex engine's
magic number and code size), and a later run hands the stored program straight to the engine,
which checks it as it would its compiler's own.

A program is stored only after it was checked equal to what ``re.compile`` gives. Anything
unexpected (another Python, a table that does not read back, a program the engine refuses, a
cache folder that cannot be written) falls back to ``re.compile``: the cache only saves time.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import re
import sys
from typing import Any

from reportgen import diskcache

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What the engine builds a pattern from: its final flags, code, group count less one, group
names to numbers and numbers to names (``_sre.compile``'s arguments after the pattern)."""

LIMIT = 4000
"""Most programs kept: patterns are written in the code, but a table must not grow forever."""

_UNCACHED = re.DEBUG | re.LOCALE
"""Flags whose programs are not stored: DEBUG prints while compiling, LOCALE depends on it."""

_table: dict[tuple[str, int], Program] | None = None
_changed = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored program when there is one."""
    flags = int(flags)
    engine = _engine()
    if engine is None or flags & _UNCACHED:
        return re.compile(pattern, flags)
    table = _programs()
    program = table.get((pattern, flags))
    if program is not None:
        try:
            compiled: re.Pattern[str] = engine.compile(pattern, *program)
            return compiled
        except Exception:  # a stored program this engine refuses: compile it anew
            del table[(pattern, flags)]
    compiled = re.compile(pattern, flags)
    _remember(table, pattern, flags, compiled)
    return compiled


def _engine() -> Any:
    """CPython's ``_sre`` module when its compile entry point is the one this module knows."""
    try:
        engine = importlib.import_module("_sre")
    except ImportError:
        return None
    return engine if callable(getattr(engine, "compile", None)) else None


def entry_name() -> str:
    """The table's cache entry: a different interpreter or regex engine never reads it."""
    engine = _engine()
    parts = (
        sys.version,
        sys.implementation.cache_tag,
        getattr(engine, "MAGIC", None),
        getattr(engine, "CODESIZE", None),
        getattr(engine, "MAXREPEAT", None),
        getattr(engine, "MAXGROUPS", None),
    )
    return diskcache.key("re-programs", parts)


def _programs() -> dict[tuple[str, int], Program]:
    global _table
    if _table is None:
        _table = _read(diskcache.load(entry_name()))
    return _table


def _read(data: bytes | None) -> dict[tuple[str, int], Program]:
    """The stored table, or an empty one when there is none or it is not a table."""
    if data is None:
        return {}
    try:
        table = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return table


def _remember(
    table: dict[tuple[str, int], Program], pattern: str, flags: int, compiled: re.Pattern[str]
) -> None:
    """Store the program behind ``compiled`` (written when the process ends)."""
    global _changed
    if len(table) >= LIMIT:
        return
    try:
        program = program_of(pattern, flags, compiled)
    except Exception:  # CPython's internals moved: do without the cache
        return
    if program is None:
        return
    table[(pattern, flags)] = program
    if not _changed:
        _changed = True
        atexit.register(save)


def program_of(pattern: str, flags: int, compiled: re.Pattern[str]) -> Program | None:
    """The program ``re`` compiles ``pattern`` to, or None when rebuilding it from that program
    does not give ``compiled`` back (same flags, code, pattern and groups)."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    numbers: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        numbers[number] = name
    # The compiler's opcodes are int subclasses: plain ints are what marshal writes.
    program: Program = (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        int(parsed.state.groups) - 1,
        {str(name): int(number) for name, number in names.items()},
        tuple(numbers),
    )
    rebuilt = _engine().compile(pattern, *program)
    same = rebuilt == compiled and rebuilt.groups == compiled.groups
    return program if same and dict(rebuilt.groupindex) == dict(compiled.groupindex) else None


def save() -> None:
    """Write the table if this process added programs to it."""
    global _changed
    if _changed and _table is not None:
        with contextlib.suppress(ValueError):  # a value marshal cannot write: do without
            diskcache.store(entry_name(), marshal.dumps(_table))
        _changed = False


def forget() -> None:
    """Drop the table this process read, so the next ``compile`` reads the cache again."""
    global _table, _changed
    _table = None
    _changed = False
