"""Regular expressions compiled once per machine, not once per run.

CPython turns a pattern into its matching program in Python code (``re._parser`` and
``re._compiler``), and reportgen's few hundred patterns, tables of words among them, cost a
cold run about a tenth of a second that way; reportlab's paragraph module compiles a URL
pattern on import that costs half as much again. ``compile`` keeps each program in one
``reportgen.diskcache`` entry named after the interpreter (its version, the regex engine's
magic number and code size), and a later run hands the stored program straight to the engine,
which checks it as it would its compiler's own. For a library's own patterns, ``learn`` notes
them after its import and ``prime`` puts them in ``re``'s cache before the next import, where
its ``re.compile`` calls find them.

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
from functools import cache
from types import ModuleType
from typing import Any

from reportgen import diskcache

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What the engine builds a pattern from: its final flags, code, group count less one, group
names to numbers and numbers to names (``_sre.compile``'s arguments after the pattern)."""
Key = tuple[str, int]
"""A pattern and the flags it is compiled with."""

LIMIT = 4000
"""Most programs kept: patterns are written in the code, but a table must not grow forever."""

_UNCACHED = re.DEBUG | re.LOCALE
"""Flags whose programs are not stored: DEBUG prints while compiling, LOCALE depends on it."""


class _Table:
    """The programs, and what each library module compiles on import (for ``prime``)."""

    __slots__ = ("programs", "libraries", "changed")

    def __init__(
        self,
        programs: dict[Key, Program] | None = None,
        libraries: dict[str, list[Key]] | None = None,
    ) -> None:
        self.programs = programs if programs is not None else {}
        self.libraries = libraries if libraries is not None else {}
        self.changed = False


_table: _Table | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored program when there is one."""
    flags = int(flags)
    stored = _stored(pattern, flags)
    if stored is not None:
        return stored
    compiled = re.compile(pattern, flags)
    _remember(pattern, flags, compiled)
    return compiled


def prime(module: str) -> None:
    """Put the patterns ``module`` compiled on import (as ``learn`` noted them) in ``re``'s
    cache, so that importing it finds them there; only when that cache is the dictionary
    keyed by (type, pattern, flags) that CPython 3.11 to 3.13 keep."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or any(
        not (isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes))
        for key in list(cache)[:1]
    ):
        return
    for pattern, flags in _load().libraries.get(module, ()):
        stored = _stored(pattern, flags)
        if stored is not None:
            cache.setdefault((str, pattern, flags), stored)


def learn(module: ModuleType) -> None:
    """Note the compiled patterns ``module`` holds (patterns or their bound methods), under
    the flags it may have given: those it shows, with and without the implied UNICODE."""
    found: list[Key] = []
    for value in vars(module).values():
        compiled = getattr(value, "__self__", value)
        if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
            for flags in dict.fromkeys((compiled.flags & ~int(re.UNICODE), compiled.flags)):
                if _remember(compiled.pattern, flags, compiled):
                    found.append((compiled.pattern, flags))
    table = _load()
    if found and table.libraries.get(module.__name__) != found:
        table.libraries[module.__name__] = found
        _changed(table)


def _stored(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern built from its stored program; None when there is none to use."""
    engine = _engine()
    if engine is None or flags & _UNCACHED:
        return None
    table = _load()
    program = table.programs.get((pattern, flags))
    if program is None:
        return None
    try:
        compiled: re.Pattern[str] = engine.compile(pattern, *program)
        return compiled
    except Exception:  # a stored program this engine refuses: compile it anew
        del table.programs[(pattern, flags)]
        return None


@cache
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


def _load() -> _Table:
    global _table
    if _table is None:
        _table = _read(diskcache.load(entry_name()))
    return _table


def _read(data: bytes | None) -> _Table:
    """The stored table, or an empty one when there is none or it is not a table."""
    if data is None:
        return _Table()
    try:
        programs, libraries = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return _Table()
    if not isinstance(programs, dict) or not isinstance(libraries, dict):
        return _Table()
    return _Table(programs, libraries)


def _remember(pattern: str, flags: int, compiled: re.Pattern[str]) -> bool:
    """Store the program behind ``compiled`` (written when the process ends); False when it
    cannot be (the table is full, or the program does not give ``compiled`` back)."""
    table = _load()
    if (pattern, flags) in table.programs:
        return True
    if len(table.programs) >= LIMIT or _engine() is None or flags & _UNCACHED:
        return False
    try:
        program = program_of(pattern, flags, compiled)
    except Exception:  # CPython's internals moved: do without the cache
        return False
    if program is None:
        return False
    table.programs[(pattern, flags)] = program
    _changed(table)
    return True


def _changed(table: _Table) -> None:
    if not table.changed:
        table.changed = True
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
    """Write the table if this process added to it."""
    table = _table
    if table is not None and table.changed:
        with contextlib.suppress(ValueError):  # a value marshal cannot write: do without
            diskcache.store(entry_name(), marshal.dumps((table.programs, table.libraries)))
        table.changed = False


def forget() -> None:
    """Drop the table this process read, so the next ``compile`` reads the cache again."""
    global _table
    _table = None
