"""Stored regex programs give the patterns ``re.compile`` gives, and any doubt means compiling.

This file needs only the standard library and pytest, so it also runs under every Python the
project supports: ``python -m pytest --noconftest -q tests/test_recache.py``.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reportgen import _recache, diskcache

# Patterns of the kinds reportgen writes: word tables under IGNORECASE, unicode classes, named
# groups, inline and verbose flags, look-arounds, back-references, anchors.
PATTERNS: tuple[tuple[str, int, str], ...] = (
    (r"\b(?:minutes|agenda|board paper|memo)\b", re.I, "The BOARD PAPER of 3 May"),
    (r"[\u0590-\u05ff\ufb1d-\ufb4f]+", 0, "shalom שלום עולם"),
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})", 0, "on 14 March 2024"),
    (r"(?i)q(?P<q>[1-4])\s+(?P=q)?", 0, "Q3 3 results"),
    (
        r"""(?x) \d+   # a number
         \s* (?:%|per\s?cent)""",
        0,
        "rose 12 per cent",
    ),
    (r"(?<![\w-])(?:Mr|Mrs|Dr)\.(?=\s[A-Z])", 0, "met Dr. Jones"),
    (r"^#{1,6}\s+(.+?)\s*#*$", re.M, "intro\n## Budget ##\nmore"),
    (r"(\w+)\s+\1", 0, "the the minutes"),
    (r"[^\x00-\x7f]", 0, "café"),
    (r"\A---[ \t]*\r?\n(.*?)\r?\n---", re.S, "---\ntitle: x\n---\n"),
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(diskcache.VARIABLE, str(folder))
    _recache.forget()
    yield folder
    _recache.forget()


def _fill(patterns: tuple[tuple[str, int, str], ...] = PATTERNS) -> None:
    """Compile ``patterns`` as a first run would, write the table, and forget it."""
    for pattern, flags, _ in patterns:
        _recache.compile(pattern, flags)
    _recache.save()
    _recache.forget()


def _entry(folder: Path) -> Path:
    return folder / _recache.entry_name()


def _findings(compiled: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "text"), PATTERNS, ids=lambda v: repr(v)[:30])
def test_a_stored_program_matches_as_the_compiled_pattern_does(cache_dir, pattern, flags, text):
    _fill()
    stored = _recache.compile(pattern, flags)
    fresh = re.compile(pattern, flags)
    assert stored == fresh
    assert (stored.flags, stored.groups, stored.groupindex) == (
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    )
    assert _findings(stored, text) == _findings(fresh, text)
    assert _findings(stored, text)  # each example text holds a match


def test_a_later_run_builds_patterns_without_compiling_them(cache_dir, monkeypatch):
    _fill()

    def refuse(*args: object) -> None:
        raise AssertionError("compiled although the program was stored")

    monkeypatch.setattr(re, "compile", refuse)
    for pattern, flags, text in PATTERNS:
        assert _recache.compile(pattern, flags).search(text)


def test_the_table_is_written_once_for_all_patterns(cache_dir):
    _fill()
    assert [p.name for p in cache_dir.iterdir()] == [_recache.entry_name()]
    programs, libraries = marshal.loads(_entry(cache_dir).read_bytes()[32:])
    assert set(programs) == {(p, int(f)) for p, f, _ in PATTERNS}
    assert libraries == {}


def test_a_cut_table_is_ignored_and_written_again(cache_dir):
    _fill()
    entry = _entry(cache_dir)
    entry.write_bytes(entry.read_bytes()[:-40])
    for pattern, flags, text in PATTERNS:
        assert _findings(_recache.compile(pattern, flags), text) == _findings(
            re.compile(pattern, flags), text
        )
    _recache.save()
    _recache.forget()
    assert _recache._load().programs.keys() == {(p, int(f)) for p, f, _ in PATTERNS}


def _sign(entry: Path, body: bytes) -> None:
    entry.write_bytes(hashlib.sha256(body).digest() + body)


def test_a_whole_but_wrong_table_is_compiled_around(cache_dir):
    pattern, flags, text = PATTERNS[2]
    _fill()
    entry = _entry(cache_dir)
    for body in (b"not marshal data", marshal.dumps(["a", "list"]), marshal.dumps(({}, []))):
        _sign(entry, body)
        _recache.forget()
        assert _recache.compile(pattern, flags).search(text)
    bad = {(pattern, int(flags)): (flags, [1, 2, 3], 3, {}, (None,))}
    _sign(entry, marshal.dumps((bad, {})))  # a program the engine refuses
    _recache.forget()
    assert _findings(_recache.compile(pattern, flags), text) == _findings(
        re.compile(pattern, flags), text
    )


def test_another_python_reads_another_entry(cache_dir, monkeypatch):
    here = _recache.entry_name()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert _recache.entry_name() != here


def test_patterns_compile_when_the_cache_folder_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(diskcache.VARIABLE, str(blocker / "cache"))
    _recache.forget()
    pattern, flags, text = PATTERNS[0]
    assert _recache.compile(pattern, flags).search(text)
    _recache.save()  # nothing to write to: no error
    _recache.forget()


def test_with_the_cache_off_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv(diskcache.VARIABLE, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # where it would go if it were on
    _recache.forget()
    _fill()
    assert list(tmp_path.iterdir()) == []


def test_bad_patterns_raise_as_re_compile_does(cache_dir):
    with pytest.raises(re.error):
        _recache.compile(r"(?P<x>a)(?P<x>b)")
    with pytest.raises(re.error):
        _recache.compile(r"[unclosed")


def _library() -> ModuleType:
    """A module as a library leaves it after import: patterns and bound pattern methods."""
    module = ModuleType("a_library_of_patterns")
    module.url = re.compile(r"(^[a-z0-9.+-]*://)(?:[a-z\xa1-\uffff0-9-]{1,63}\.)+[a-z]{2,}", re.I)
    module.split = re.compile("[\u2e80-\uffff]", re.UNICODE).split
    module.plain = re.compile(r"\s+$")
    module.not_a_pattern = "[a-z]+"
    return module


def test_a_library_finds_its_learned_patterns_in_re_cache_once_primed(cache_dir, monkeypatch):
    library = _library()
    _recache.learn(library)
    _recache.save()
    _recache.forget()
    re.purge()
    _recache.prime(library.__name__)
    compiler = importlib.import_module("re._compiler")

    def refuse(*args: object) -> None:
        raise AssertionError("compiled although primed")

    monkeypatch.setattr(compiler, "compile", refuse)
    url = re.compile(library.url.pattern, re.I)
    assert url == library.url
    assert url.match("https://www.example.org")
    assert re.compile("[\u2e80-\uffff]", re.UNICODE).split("a\u4e00b") == ["a", "b"]
    assert re.compile(r"\s+$") == library.plain
    re.purge()


def test_priming_a_library_never_learned_changes_nothing(cache_dir):
    re.purge()
    _recache.prime("a_library_never_seen")
    assert not any(key[1] == "a_library_never_seen" for key in list(re._cache))


def test_priming_leaves_a_cache_of_another_shape_alone(cache_dir, monkeypatch):
    library = _library()
    _recache.learn(library)
    monkeypatch.setattr(re, "_cache", {"some other": "shape"})
    _recache.prime(library.__name__)
    assert re._cache == {"some other": "shape"}
