"""Dataclass methods compiled from the cache are the methods compiling gives; doubt compiles.

This file needs only the standard library and pytest, so it also runs under every Python the
project supports: ``python -m pytest --noconftest -q tests/test_dccache.py``.
"""

from __future__ import annotations

import builtins
import dataclasses
import hashlib
import os
import sys
from pathlib import Path
from types import CodeType, ModuleType

import pytest

from reportgen import _dccache, diskcache

# A module's source defining records as reportgen writes them; executed without the
# ``annotations`` future, so the annotations the methods carry are real objects.
RECORDS = '''
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True)
class Event:
    """A dated event."""
    label: str
    value: str | None
    order: int = 0
    tags: tuple[str, ...] = ()

@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
'''


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    monkeypatch.setenv(diskcache.VARIABLE, str(folder))
    # Whatever this process installed before, the test starts from the plain module.
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    monkeypatch.delattr(dataclasses, "exec")
    _dccache.forget()
    yield folder
    _dccache.forget()


def _records() -> dict[str, object]:
    """The records of a module run from ``RECORDS`` (without this file's ``__future__``)."""
    module = ModuleType("reportgen.records_for_the_cache_test")  # kept: reportgen's own
    sys.modules[module.__name__] = module
    try:
        code = builtins.compile(RECORDS, "records.py", "exec", dont_inherit=True)
        builtins.exec(code, vars(module))
    finally:
        del sys.modules[module.__name__]
    return vars(module)


def _first_run() -> None:
    """Define the records as a first run would, write the table, and forget it."""
    assert _dccache.install()
    _records()
    _dccache.save()
    _dccache.forget()


def _behaviour(records: dict[str, object]) -> list[object]:
    event, tally = records["Event"], records["Tally"]
    a, b = event("2011", "2011", 1, ("year",)), event("2011", "2011", 1, ("year",))  # type: ignore[operator]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.label = "changed"  # type: ignore[attr-defined]
    t = tally()  # type: ignore[operator]
    t.counts["x"] = 1
    return [
        repr(a),
        a == b,
        hash(a) == hash(b),
        a.__init__.__annotations__,  # type: ignore[misc]
        event.__init__.__defaults__,  # type: ignore[attr-defined]
        repr(t),
        tally() == tally(),  # type: ignore[operator]
        tally().counts is not tally().counts,  # type: ignore[operator]
    ]


def test_records_defined_from_the_cache_behave_as_records_compiled_anew(cache_dir, monkeypatch):
    plain = _behaviour(_records())
    _first_run()
    assert _dccache.install()
    compiled: list[str] = []
    original = builtins.compile

    def counting(source: object, *args: object, **kwargs: object) -> object:
        if isinstance(source, str) and source.startswith("def __create_fn__"):
            compiled.append(source)
        return original(source, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "compile", counting)
    cached = _behaviour(_records())
    assert compiled == []  # every method came from the table
    assert cached == plain


def test_the_first_run_compiles_and_stores_every_method(cache_dir):
    _first_run()
    (entry,) = cache_dir.iterdir()
    assert entry.name == _dccache.entry_name()
    table = _dccache._load()
    assert len(table) >= 2  # each class's methods: one text each, or one for all (3.13)
    assert all(isinstance(code, CodeType) for code in table.values())


def test_an_entry_others_may_write_is_not_read(cache_dir):
    _first_run()
    entry = cache_dir / _dccache.entry_name()
    os.chmod(entry, 0o666)
    assert diskcache.load(_dccache.entry_name(), private=True) is None
    assert diskcache.load(_dccache.entry_name()) is not None
    os.chmod(entry, 0o600)
    os.chmod(cache_dir, 0o777)
    assert diskcache.load(_dccache.entry_name(), private=True) is None
    os.chmod(cache_dir, 0o755)
    assert diskcache.load(_dccache.entry_name(), private=True) is not None


def test_a_cut_or_wrong_entry_is_compiled_around(cache_dir):
    plain = _behaviour(_records())
    _first_run()
    entry = cache_dir / _dccache.entry_name()
    whole = entry.read_bytes()
    entry.write_bytes(whole[:-50])
    assert _dccache.install()
    assert _behaviour(_records()) == plain
    for body in (b"not marshal data", __import__("marshal").dumps(["a", "list"])):
        entry.write_bytes(hashlib.sha256(body).digest() + body)
        _dccache.forget()
        assert _behaviour(_records()) == plain


def test_records_are_defined_when_the_cache_folder_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(diskcache.VARIABLE, str(blocker / "cache"))
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    monkeypatch.delattr(dataclasses, "exec")
    _dccache.forget()
    plain = _behaviour(_records())
    assert _dccache.install()
    assert _behaviour(_records()) == plain
    _dccache.save()  # nowhere to write: no error
    _dccache.forget()


def test_installing_twice_or_over_another_replacement_changes_nothing(cache_dir, monkeypatch):
    assert _dccache.install()
    installed = vars(dataclasses)["exec"]
    assert _dccache.install()
    assert vars(dataclasses)["exec"] is installed
    monkeypatch.setattr(dataclasses, "exec", print)
    assert not _dccache.install()
    assert vars(dataclasses)["exec"] is print


def test_another_python_reads_another_entry(monkeypatch):
    here = _dccache.entry_name()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert _dccache.entry_name() != here


def test_records_of_other_packages_are_compiled_not_kept(cache_dir):
    assert _dccache.install()
    code = builtins.compile(RECORDS, "theirs.py", "exec", dont_inherit=True)
    module = ModuleType("someone_elses_module")
    sys.modules[module.__name__] = module
    try:
        builtins.exec(code, vars(module))
    finally:
        del sys.modules[module.__name__]
    assert _dccache._load() == {}
    assert vars(module)["Event"]("a", None).order == 0
