"""Over-long text in the PDF: a token wider than a line is cut to it between grapheme clusters,
a very long text is laid out in parts, and the text reads back whole with pdftotext."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.layout import DEFAULT_THEME, plan
from reportgen.model import Event, Section
from reportgen.render import renderer_for
from reportgen.render.pdf._long import LONG_TEXT, chunks, line_groups, line_pieces, lines_of
from tests.conftest import make_brief

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")

# A token whose every stretch is different, so a piece lost, doubled or moved is seen.
TOKEN = "".join(f"k{i:05d}" for i in range(3500))  # 21,000 characters, no space
FURNITURE = re.compile(r"^(Page \d+ of \d+|Homs: a test brief)$")


def _pdf_with(token: str) -> bytes:
    brief = make_brief()
    sentence = f"The meter on Monday showed {token} at the plant."
    brief = dataclasses.replace(
        brief,
        key_points=(sentence, *brief.key_points[1:]),
        sections=(Section("Readings", (sentence,), (0,)), *brief.sections[1:]),
        timeline=(Event("Monday", None, "relative", sentence, 0), *brief.timeline[1:]),
    )
    return renderer_for("pdf").render(plan(brief), DEFAULT_THEME, {})


def _read_back_without_line_breaks(data: bytes) -> str:
    """pdftotext's text with its line breaks and the page footers (title, page number) gone."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                         capture_output=True, check=True).stdout.decode("utf-8")  # fmt: skip
    lines = [line for line in out.replace("\f", "\n").splitlines() if not FURNITURE.match(line)]
    return "".join(lines)


def test_a_token_longer_than_many_pages_reads_back_whole_from_the_pdf():
    shown = _read_back_without_line_breaks(_pdf_with(TOKEN))
    # The key point and the section show it in the text frame's width, the timeline in a column.
    assert shown.count(TOKEN) >= 2


def test_a_long_token_of_accented_letters_keeps_every_mark_on_its_letter():
    token = "e\u0301a\u0300" * 900
    shown = _read_back_without_line_breaks(_pdf_with(token))
    assert token in shown


def _fixed(width_of: dict[str, float]) -> object:
    def measure(token: str) -> list[tuple[str, float]]:
        return [(c, sum(width_of.get(ch, 5.0) for ch in c)) for c in regex.findall(r"\X", token)]

    return measure


CLUSTERS = ["a", "e\u0301", "\U0001f469\u200d\U0001f467", "\U0001f1f8\U0001f1fe", "7", "\u0645"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CLUSTERS), min_size=1, max_size=400), st.floats(8, 120))
def test_a_cut_token_is_whole_in_order_and_cut_only_between_clusters(parts, line):
    token = "".join(parts)
    pieces = line_pieces(token, _fixed({}), line)  # type: ignore[arg-type]
    assert "".join(pieces) == token
    assert all(piece for piece in pieces)
    edges = {0}
    for part in parts:
        edges.add(max(edges) + len(part))
    at = 0
    for piece in pieces:
        at += len(piece)
        assert at in edges, "a cut fell inside a grapheme cluster"
    for piece in pieces:
        clusters_in = regex.findall(r"\X", piece)
        assert len(clusters_in) == 1 or 5.0 * len(clusters_in) <= line


def test_a_token_that_fits_its_line_is_never_cut():
    assert lines_of("The board met on 4 March.", _fixed({}), 400.0) == [  # type: ignore[arg-type]
        "The board met on 4 March."
    ]


def test_a_wide_token_starts_its_own_line_and_its_last_piece_runs_on_with_the_next_words():
    lines = lines_of("Read " + "x" * 50 + " at the plant.", _fixed({}), 100.0)  # type: ignore[arg-type]
    assert lines[0] == "Read"
    assert lines[-1].endswith(" at the plant.")
    assert "".join(lines).replace("Read", "", 1).startswith("x" * 50)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab \u0301\n.", max_size=600), st.integers(5, 80))
def test_chunks_keep_every_character_but_the_spaces_they_are_cut_at(text, most):
    parts = chunks(text, most)
    assert re.sub(r"\s", "", "".join(parts)) == re.sub(r"\s", "", text)
    for part in parts:
        assert len(part) <= most or len(regex.findall(r"\X", part.strip())) <= 2


def test_a_very_long_text_is_laid_out_as_several_paragraphs_in_order():
    from reportgen.render.pdf import _flow

    words = " ".join(f"reading{i}" for i in range(3 * LONG_TEXT // 9))
    ctx = _flow_context()
    parts = _flow.paragraphs(ctx, words, ctx.styles.body, bullet="•")
    assert len(parts) >= 3
    assert parts[0].bulletText == "•"
    assert all(p.bulletText is None for p in parts[1:])
    assert [p.style.spaceAfter for p in parts[:-1]] == [0] * (len(parts) - 1)


def test_lines_are_grouped_whole_and_in_order():
    lines = ["x" * 30] * 10
    groups = line_groups(lines, most=100)
    assert [len(g) for g in groups] == [3, 3, 3, 1]
    assert [line for g in groups for line in g] == lines


def _flow_context():  # type: ignore[no-untyped-def]
    from reportgen.render.pdf import _flow
    from reportgen.render.pdf._fonts import font_set
    from reportgen.render.pdf._styles import styles

    theme = DEFAULT_THEME
    fonts = font_set(theme.fonts_dir, theme.body_font)
    faces = [fonts.face_for(b, i).name for b, i in ((False, False), (True, False), (False, True))]
    return _flow.Context(fonts, styles(theme, *faces), theme, 450.0)
