"""Long runs of one kind of character (digits, punctuation, brackets, combining marks, one long
token, Arabic with digits) go through every format whole, on text paths that are linear in
their length; the sizes stay small so the suite stays quick (bench/hostile_inputs.py times the
large ones)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.pipeline import Options, brief_of, render_pack
from reportgen.render.pdf._fonts import font_set
from reportgen.render.pdf._shaping import _Run, resolve_levels
from tests import packcheck

RUNS = {
    "digits": "7" * 3000,
    "punctuation": ".,;:!-" * 500,
    "brackets": "[" * 3000,
    "combining marks": "e" + "\u0301" * 3000,
    "one long token": "abcdefghij" * 300,
    "arabic with digits": "حمص" + "١٢٣" * 1000,
}
CONTEXT = (
    "The inspection team met on 4 March 2024 and reviewed the readings. "
    "The site manager agreed to repeat the test in April.\n\n"
)


def pack_of(tmp_path: Path, run: str) -> dict[str, bytes]:
    source = tmp_path / "readings.txt"
    source.write_text(f"The meter on Monday showed {run} at the plant.\n\n{CONTEXT}", "utf-8")
    brief = brief_of(source, Options())
    return render_pack(brief, ("pdf", "docx", "pptx", "email", "json"), Options())


def visible(text: str) -> str:
    """Letters and digits only: formats differ in what they do with marks and punctuation."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_a_long_run_reaches_every_format_whole(tmp_path, kind):
    run = RUNS[kind]
    pack = pack_of(tmp_path, run)
    for fmt, data in pack.items():
        packcheck.check_valid(fmt, data)
        if fmt == "json" or not visible(run):
            continue
        shown = Counter(visible(packcheck.text_of(fmt, data)))
        # Every character of the run, as often as the run has it (a PDF draws the Arabic
        # lines in visual order, so the run is not one substring there).
        assert Counter(visible(run)) <= shown, fmt


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="7,.[]() \u0301xyحمص١", max_size=300))
def test_font_runs_cover_the_text_exactly_in_order(text):
    fonts = font_set(Path(__file__).resolve().parents[2] / "assets" / "fonts", "Noto Sans")
    runs = fonts.runs(text)
    assert all(run for _, run in runs)
    assert all(a[0] is not b[0] for a, b in zip(runs, runs[1:], strict=False))
    joined = "".join(run for _, run in runs)
    assert joined.replace("\u0301", "") == text.replace("\u0301", "")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "[", "]", "ab", "حمص", "12", ", "]), max_size=200))
def test_every_run_gets_a_level_whatever_its_brackets(parts):
    runs = [_Run(None, part, _kind_of(part)) for part in parts]
    resolve_levels(runs, rtl=True)
    assert all(run.level in (1, 2) for run in runs)


def _kind_of(part: str) -> str:
    if part.isdigit():
        return "N"
    if part in ("ab",):
        return "L"
    return "R" if part == "حمص" else ""
