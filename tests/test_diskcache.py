"""The on-disk cache saves work between runs and never changes an output."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reportgen import diskcache


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(diskcache.VARIABLE, str(folder))
    return folder


def test_an_entry_is_built_once_then_read_back(cache_dir):
    calls: list[int] = []

    def build() -> bytes:
        calls.append(1)
        return b"cmap bytes"

    name = diskcache.key("cmap", ("NotoSans-Regular.ttf", 512672, 1))
    assert diskcache.cached(name, build) == b"cmap bytes"
    assert diskcache.cached(name, build) == b"cmap bytes"
    assert calls == [1]
    assert [p.name for p in cache_dir.iterdir()] == [name]


def test_a_damaged_entry_is_rebuilt_not_used(cache_dir):
    name = diskcache.key("pptx-template", ("theme",))
    diskcache.cached(name, lambda: b"whole template")
    entry = cache_dir / name
    entry.write_bytes(entry.read_bytes()[:-3])
    assert diskcache.cached(name, lambda: b"whole template") == b"whole template"
    assert diskcache.cached(name, lambda: b"never asked") == b"whole template"


def test_keys_differ_when_any_input_differs():
    keys = {
        diskcache.key("cmap", ("a.ttf", 10, 1)),
        diskcache.key("cmap", ("a.ttf", 10, 2)),
        diskcache.key("cmap", ("b.ttf", 10, 1)),
        diskcache.key("pptx-template", ("a.ttf", 10, 1)),
    }
    assert len(keys) == 4


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(diskcache.VARIABLE, str(blocker / "cache"))
    assert diskcache.cached("entry", lambda: b"built") == b"built"


def test_off_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(diskcache.VARIABLE, "off")
    assert diskcache.folder() is None
    assert diskcache.cached("entry", lambda: b"built") == b"built"


def test_a_pack_is_the_same_with_the_cache_cold_warm_and_off(tmp_path, monkeypatch):
    from reportgen.layout import DEFAULT_THEME, plan
    from reportgen.render import renderer_for
    from tests.conftest import make_brief

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    the_plan = plan(make_brief())
    pdfs: list[bytes] = []
    decks: list[dict[str, bytes]] = []
    for setting in (str(tmp_path / "c"), str(tmp_path / "c"), "off"):
        monkeypatch.setenv(diskcache.VARIABLE, setting)
        _clear_process_caches()
        pdfs.append(renderer_for("pdf").render(the_plan, DEFAULT_THEME))
        decks.append(_parts(renderer_for("pptx").render(the_plan, DEFAULT_THEME)))
    assert pdfs[0] == pdfs[1] == pdfs[2]
    assert decks[0] == decks[1] == decks[2]
    names = [p.name for p in (tmp_path / "c").iterdir()]
    assert any(n.startswith("cmap-") for n in names)
    assert any(n.startswith("ttf-") for n in names)
    assert any(n.startswith("pptx-template-") for n in names)


def _parts(deck: bytes) -> dict[str, bytes]:
    """A deck's parts but its timestamps (docProps/core.xml)."""
    with zipfile.ZipFile(io.BytesIO(deck)) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _clear_process_caches() -> None:
    """Forget what this process parsed, so the next render reads the disk cache (or not)."""
    from reportgen.render.pdf import _fonts
    from reportgen.render.pptx import _deck

    _fonts._face.cache_clear()
    _fonts._font_set.cache_clear()
    _deck._template.cache_clear()


FONT = Path(__file__).resolve().parents[1] / "assets" / "fonts" / "NotoSans-Italic.ttf"


def _face_state(font: object) -> dict[str, object]:
    """What reportlab knows of a face, without its scaling function (compared by use)."""
    face = vars(font)["face"]
    return {k: v for k, v in vars(face).items() if k != "_pdfScale"}


def test_a_font_read_back_from_the_cache_is_the_font_reportlab_parses(cache_dir):
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont

    from reportgen.render.pdf import _ttf

    parsed = TTFont("Parsed", str(FONT), shapable=False)
    _ttf.load("First", FONT)  # parses and stores
    restored = _ttf.load("Second", FONT)  # reads back
    assert _face_state(restored) == _face_state(parsed)
    assert isinstance(restored.face.name, TTFNameBytes)
    assert restored.face.name.ustr == parsed.face.name.ustr
    assert set(vars(restored)) == set(vars(parsed))
    assert restored.shapable is parsed.shapable is False
    assert restored.pdfScale(1234) == parsed.pdfScale(1234)
    text = "Homs, 2012: a siege & its end"
    assert restored.stringWidth(text, 11) == parsed.stringWidth(text, 11)


def _ttf_entries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("ttf-")]


def test_a_font_entry_that_cannot_be_read_back_is_parsed_again(cache_dir):
    import hashlib

    from reportgen.render.pdf import _ttf

    expected = _face_state(_ttf.load("Fresh", FONT))
    (entry,) = _ttf_entries(cache_dir)
    body = b"not a parsed font"  # whole and correctly signed, yet not a face
    entry.write_bytes(hashlib.sha256(body).digest() + body)
    assert _face_state(_ttf.load("AfterBadEntry", FONT)) == expected
    entry.write_bytes(entry.read_bytes()[:100])  # cut short: rebuilt and stored again
    assert _face_state(_ttf.load("AfterCutEntry", FONT)) == expected
    assert _face_state(_ttf.load("FromRebuiltEntry", FONT)) == expected


def test_a_changed_font_file_is_parsed_again_not_read_from_its_old_entry(cache_dir, tmp_path):
    import os

    from reportgen.render.pdf import _ttf

    font = tmp_path / "Face.ttf"
    font.write_bytes(FONT.read_bytes())
    _ttf.load("Before", font)
    bold = FONT.with_name("NotoSans-Bold.ttf")
    font.write_bytes(bold.read_bytes())
    os.utime(font, ns=(1, 1))
    changed = _ttf.load("After", font)
    assert changed.face.name.ustr == "NotoSans-Bold"
    assert len(_ttf_entries(cache_dir)) == 2


def test_fonts_load_when_the_cache_folder_cannot_be_written(tmp_path, monkeypatch):
    from reportgen.render.pdf import _ttf

    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(diskcache.VARIABLE, str(blocker / "cache"))
    assert _ttf.load("Uncached", FONT).face.name.ustr == "NotoSans-Italic"
