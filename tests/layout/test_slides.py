"""Which parts share a slide: small consecutive parts do, and no slide is left nearly empty."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest

from reportgen.layout import DEFAULT_THEME, Plan, plan, slides
from reportgen.model import Section
from reportgen.pipeline import Options, brief_of
from tests.conftest import make_brief

ROOT = Path(__file__).resolve().parents[2]
STRUCTURED = ROOT / "tests" / "fixtures" / "structured"
SYRIA = ROOT.parent / "shared" / "data" / "syria" / "bbc_homs_dev30.jsonl"
SHORT = {
    "memo": STRUCTURED / "ops_memo.md",
    "board paper": STRUCTURED / "board_paper.md",
    "sample": ROOT / "seeds" / "homs.txt",
}
SHORT_DECK = 8
"""Slides, the title slide included, a source under about 600 words may take."""
LONG_DECK = 12
QUARTER = 0.25

_HEADINGS = ("Background", "Condition of the network", "Funding", "Contractors", "Risks", "Next")
_WHO = ("The county council", "Highways engineers", "The cabinet member", "Auditors", "Residents")
_DID = ("inspected", "reported on", "costed", "deferred", "approved", "questioned")
_WHAT = ("the resurfacing of the A614", "weight limits on four bridges", "the drainage survey")
_WHEN = ("in March 2024", "on 12 June 2024", "in the autumn", "during 2023", "")
_WHY = ("because winter damage was worse than forecast", "after two contractors withdrew", "")


def long_report(seed: int = 3) -> str:
    """A headed report of about 2,100 words, from a fixed seed."""
    rng = random.Random(seed)
    lines = ["# Highways maintenance programme 2024/25", ""]
    for heading in _HEADINGS:
        lines += [f"## {heading}", ""]
        for _ in range(5):
            sentences = [
                " ".join(
                    w
                    for w in (
                        rng.choice(_WHO),
                        rng.choice(_DID),
                        rng.choice(_WHAT),
                        rng.choice(_WHEN),
                        rng.choice(_WHY),
                    )
                    if w
                )
                + "."
                for _ in range(rng.randint(4, 7))
            ]
            lines += [" ".join(sentences), ""]
    return "\n".join(lines)


def fills(the_plan: Plan) -> list[tuple[str, float, bool]]:
    """(title, share of the frame filled, may be light) per content slide. The last slide of a
    part over several slides may be light; the bottom line's slide also draws the timeline
    strip and who is involved, which its measured chunk leaves out, so it is not counted."""
    size, fonts = DEFAULT_THEME.slide_body_pt, DEFAULT_THEME.fonts_dir
    out = []
    for content in the_plan.deck_slides:
        piece = content.pieces[0]
        if piece.part.kind == "bottom_line":
            continue
        count = len(piece.part.chunks)
        light_ok = not content.shared and count > 1 and piece.index == count - 1
        out.append((content.title, slides.fill(content, size, fonts), light_ok))
    return out


def _plan_of(path: Path) -> Plan:
    return plan(brief_of(path, Options()))


def _check_fill(the_plan: Plan) -> None:
    for title, share, light_ok in fills(the_plan):
        assert share <= 1.0, f"{title!r} overflows: {share:.0%}"
        assert light_ok or share >= QUARTER, f"{title!r} is {share:.0%} full"


@pytest.mark.parametrize("name", sorted(SHORT))
def test_a_short_source_gives_a_few_slides_none_under_a_quarter_full(name: str) -> None:
    the_plan = _plan_of(SHORT[name])
    assert 1 + len(the_plan.deck_slides) <= SHORT_DECK
    _check_fill(the_plan)


def test_a_long_report_gives_at_most_a_dozen_slides_none_under_a_quarter_full(
    tmp_path: Path,
) -> None:
    path = tmp_path / "highways.md"
    path.write_text(long_report(), encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").split()) > 2000
    the_plan = _plan_of(path)
    assert 1 + len(the_plan.deck_slides) <= LONG_DECK
    _check_fill(the_plan)


@pytest.mark.skipif(not SYRIA.exists(), reason="the shared Syria articles are not here")
def test_the_longest_news_article_gives_at_most_a_dozen_slides_none_nearly_empty(
    tmp_path: Path,
) -> None:
    rows = [json.loads(line) for line in SYRIA.read_text(encoding="utf-8").splitlines() if line]
    path = tmp_path / "article.txt"
    path.write_text(max(rows, key=lambda r: len(r["text"]))["text"], encoding="utf-8")
    the_plan = _plan_of(path)
    assert 1 + len(the_plan.deck_slides) <= LONG_DECK
    _check_fill(the_plan)


def test_the_fill_check_finds_a_nearly_empty_slide() -> None:
    """Short parts each alone on a slide, as before they shared one, are caught."""
    long = tuple(f"Point {i}, long enough to take a whole line of the slide." for i in range(9))
    brief = dataclasses.replace(
        make_brief(),
        sections=(Section("A", long, ()), Section("B", ("Short.",), ()), Section("C", long, ())),
    )
    the_plan = plan(brief)
    alone = dataclasses.replace(the_plan, slides=slides.one_per_chunk(the_plan.parts))
    with pytest.raises(AssertionError, match=r"is \d+% full"):
        _check_fill(alone)


def test_consecutive_small_parts_share_a_slide_in_plan_order() -> None:
    the_plan = plan(make_brief())
    shared = [s for s in the_plan.deck_slides if s.shared]
    assert shared
    for content in shared:
        headings = [p.heading for p in content.pieces]
        assert content.title == slides.JOIN.join(headings)
        assert len(headings) <= slides.MOST_PARTS
    shown = [p.heading for s in the_plan.deck_slides for p in s.pieces]
    assert shown == [part.heading for part in the_plan.parts for _ in part.chunks]


def test_the_bottom_line_and_parts_over_several_slides_keep_their_own_slides() -> None:
    long = tuple(
        f"Point {i} of a long section, with words enough to fill a line." for i in range(20)
    )
    brief = dataclasses.replace(make_brief(), sections=(Section("Long", long, ()),))
    for content in plan(brief).deck_slides:
        kinds = {p.part.kind for p in content.pieces}
        if content.shared:
            assert "bottom_line" not in kinds
            assert all(len(p.part.chunks) == 1 for p in content.pieces)


def test_parts_that_fill_a_slide_each_are_not_squeezed_together() -> None:
    full = tuple(
        f"Point {i}: a statement long enough to run over two lines of the slide at the body "
        "size, as a paragraph of a report does."
        for i in range(4)
    )
    brief = dataclasses.replace(
        make_brief(), sections=(Section("A", full, ()), Section("B", full, ()))
    )
    titles = [s.title for s in plan(brief).deck_slides]
    assert "A" in titles
    assert "B" in titles
