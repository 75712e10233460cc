"""The methods ``dataclasses`` writes for reportgen's records, compiled once per machine.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and
(frozen) ``__setattr__``/``__delattr__`` as source text and compiles it with ``exec``: for the
76 records a build defines, about 40 ms of a cold run, more than all their other start-up.
``install`` has the ``dataclasses`` module's ``exec`` take the compiled code of a text it has
seen before from one ``reportgen.diskcache`` entry, named after the interpreter's version and
bytecode magic number; the methods are the ones the same text compiles to. Only the records of
reportgen's own modules are kept: a library's or a test's are compiled as before.

The entry holds code, so it is read only from a file and folder that belong to this user and
no one else may write (``diskcache.load(private=True)``), the trust Python gives its own
``__pycache__``. It is installed by the command line only, on the CPython versions whose
``dataclasses`` compile through a module-level ``exec`` (3.11 to 3.13); anything else, or an
entry that does not read back, means compiling as before.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import sys
from types import CodeType
from typing import Any

from reportgen import diskcache

KNOWN = ((3, 11), (3, 12), (3, 13))
"""Python versions whose ``dataclasses`` compiles the text it writes with ``exec``, looked up
as a name of the module (so one the module holds is used instead)."""
LIMIT = 5000
"""Most texts kept: one a method, so a table stays well under a megabyte."""
PACKAGE = "reportgen"
"""Only the records of this package's modules are kept."""

_table: dict[str, CodeType] | None = None
_changed = False


def install() -> bool:
    """Route the ``dataclasses`` module's compiling through the table (True once it is); False
    when this Python is not one whose module is known, or something else replaced its
    ``exec``."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in KNOWN:
        return False
    if "exec" in vars(dataclasses):
        return vars(dataclasses)["exec"] is _exec
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    return True


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec``, with the text of a reportgen record's methods compiled as ``exec`` would (no
    ``__future__`` flags of ours); other records' texts (tests', libraries') are not kept."""
    if isinstance(source, str) and _ours(globals):
        source = code_of(source)
    builtins.exec(source, globals, locals)


def _ours(namespace: Any) -> bool:
    """Whether ``namespace`` (a record's module's, as ``dataclasses`` passes it) is reportgen's."""
    name = namespace.get("__name__") if isinstance(namespace, dict) else None
    return isinstance(name, str) and (name == PACKAGE or name.startswith(PACKAGE + "."))


def code_of(source: str) -> CodeType:
    """The code ``source`` compiles to, from the table when this machine compiled it before."""
    global _changed
    table = _load()
    code = table.get(source)
    if isinstance(code, CodeType):
        return code
    code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
    if len(table) < LIMIT:
        table[source] = code
        if not _changed:
            _changed = True
            atexit.register(save)
    return code


def entry_name() -> str:
    """The table's cache entry: another interpreter or bytecode version never reads it."""
    parts = (sys.version, importlib.util.MAGIC_NUMBER, marshal.version, PACKAGE)
    return diskcache.key("dataclass-code", parts)


def _load() -> dict[str, CodeType]:
    global _table
    if _table is None:
        _table = _read(diskcache.load(entry_name(), private=True))
    return _table


def _read(data: bytes | None) -> dict[str, CodeType]:
    """The stored table, or an empty one when there is none or it is not one."""
    if data is None:
        return {}
    try:
        table = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def save() -> None:
    """Write the table if this process compiled texts it did not hold."""
    global _changed
    if _changed and _table is not None:
        diskcache.store(entry_name(), marshal.dumps(_table))
        _changed = False


def forget() -> None:
    """Drop the table this process read, so the next compile reads the cache again."""
    global _table, _changed
    _table = None
    _changed = False
