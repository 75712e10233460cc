"""The plan fixes order and splitting once, for every format."""

from __future__ import annotations

import dataclasses

from reportgen.layout import (
    DEFAULT_THEME,
    ActorList,
    Budget,
    Bullets,
    Callout,
    TimelineRows,
    measure,
    plan,
)
from reportgen.layout.plan import ACTORS, BOTTOM_LINE, KEY_POINTS, TIMELINE
from reportgen.model import Event, Section
from tests.conftest import make_brief


def test_parts_follow_bottom_line_key_points_sections_timeline_actors() -> None:
    the_plan = plan(make_brief())
    assert the_plan.headings == [
        BOTTOM_LINE,
        KEY_POINTS,
        "Background",
        "International dimension",
        "Current situation",
        TIMELINE,
        ACTORS,
    ]


def test_timeline_rows_keep_the_model_order_and_mark_relative_dates_tentative() -> None:
    brief = make_brief()
    rows = plan(brief).timeline_rows
    assert [r.event for r in rows] == [e.event for e in brief.timeline]
    assert [r.tentative for r in rows] == [False, False, True, False, True]


def test_long_section_splits_into_slides_without_reordering_points() -> None:
    points = tuple(f"Point number {i} says something of moderate length." for i in range(13))
    brief = dataclasses.replace(make_brief(), sections=(Section("Long", points, tuple(range(13))),))
    part = next(p for p in plan(brief, Budget(bullets_per_slide=5)).parts if p.heading == "Long")
    assert [len(c.blocks[0].items) for c in part.chunks] == [4, 4, 5]  # type: ignore[union-attr]
    joined = part.blocks
    assert len(joined) == 1
    assert isinstance(joined[0], Bullets)
    assert joined[0].items == points


def test_a_single_very_long_point_gets_a_slide_of_its_own() -> None:
    points = ("short", "x" * 5000, "short again")
    brief = dataclasses.replace(make_brief(), sections=(Section("S", points, (0, 1, 2)),))
    part = next(p for p in plan(brief).parts if p.heading == "S")
    assert [c.blocks[0].items for c in part.chunks] == [  # type: ignore[union-attr]
        ("short",),
        ("x" * 5000,),
        ("short again",),
    ]


def test_every_chunk_carries_its_source_sentences_as_notes() -> None:
    brief = make_brief()
    for part in plan(brief).parts:
        for chunk in part.chunks:
            assert chunk.notes, part.heading
            assert set(chunk.notes) <= {s.text for s in brief.sentences}


def test_bottom_line_is_a_callout_and_timeline_is_rows() -> None:
    parts = {p.kind: p for p in plan(make_brief()).parts}
    assert isinstance(parts["bottom_line"].blocks[0], Callout)
    assert isinstance(parts["timeline"].blocks[0], TimelineRows)


def test_empty_parts_are_left_out() -> None:
    brief = dataclasses.replace(make_brief(), timeline=(), sections=(Section("Empty", ()),))
    headings = plan(brief).headings
    assert TIMELINE not in headings
    assert "Empty" not in headings


def test_key_point_identical_to_the_bottom_line_is_not_repeated_under_it() -> None:
    brief = make_brief()
    assert brief.key_points[0] == brief.bottom_line
    part = next(p for p in plan(brief).parts if p.kind == "key_points")
    items = part.blocks[0].items  # type: ignore[union-attr]
    assert items == brief.key_points[1:]
    assert part.chunks[0].notes == tuple(brief.sentences[i].text for i in (1, 3))


def test_a_part_split_over_slides_is_spread_evenly_not_left_with_one_lonely_item() -> None:
    points = tuple("A point of some two hundred characters. " * 4 for _ in range(7))
    brief = dataclasses.replace(make_brief(), sections=(Section("Even", points, tuple(range(7))),))
    part = next(p for p in plan(brief).parts if p.heading == "Even")
    counts = [len(c.blocks[0].items) for c in part.chunks]  # type: ignore[union-attr]
    assert sum(counts) == 7
    assert len(counts) > 1
    assert max(counts) - min(counts) <= 1


def test_document_direction_follows_the_brief_language() -> None:
    assert plan(make_brief()).meta.right_to_left is False
    assert plan(dataclasses.replace(make_brief(), language="ar")).meta.right_to_left is True
    assert plan(dataclasses.replace(make_brief(), language="he-IL")).meta.right_to_left is True


def test_a_long_list_of_bare_names_is_set_as_an_index_for_every_page_format() -> None:
    assert ActorList("Places", tuple((f"Town{i}", "") for i in range(7))).columns == 3
    assert ActorList("Places", tuple((f"Town{i}", "") for i in range(6))).columns == 1
    people = tuple((f"Person {i}", "envoy") for i in range(9))
    assert ActorList("People", people).columns == 1


def test_an_index_fills_its_columns_one_after_another() -> None:
    places = ActorList("Places", tuple((f"Town{i}", "") for i in range(8)))
    assert places.index == (
        ("Town0", "Town1", "Town2"),
        ("Town3", "Town4", "Town5"),
        ("Town6", "Town7"),
    )
    people = ActorList("People", (("Ann Lee", "envoy"),))
    assert people.index == (("Ann Lee",),)


WORDS = ("the", "council", "agreed", "a", "revised", "budget", "for", "the", "bridge", "after")


def _varied_points(n: int) -> tuple[str, ...]:
    words = WORDS
    return tuple(" ".join(words[: 3 + (i * 7) % len(words)] * (1 + i % 4)) + "." for i in range(n))


def _chunk_height(chunk: object) -> float:
    fonts, size = DEFAULT_THEME.fonts_dir, DEFAULT_THEME.slide_body_pt
    total = 0.0
    for block in chunk.blocks:  # type: ignore[attr-defined]
        if isinstance(block, Bullets):
            lines = [measure.Line(t, indent_pt=measure.SLIDE.bullet_indent) for t in block.items]
            total += measure.paragraphs_height(lines, size, fonts)
        elif isinstance(block, TimelineRows):
            total += sum(
                measure.timeline_row_height(r.label, r.event, size, fonts) for r in block.rows
            )
            total -= measure.SLIDE.row_gap  # no gap is drawn after a slide's last row
    return total


def test_slides_are_cut_where_the_measured_text_fills_the_frame_and_none_is_left_light() -> None:
    points = _varied_points(40)
    events = tuple(Event(f"{1990 + i}", f"{1990 + i}", "year", p, 0) for i, p in enumerate(points))
    brief = dataclasses.replace(
        make_brief(), sections=(Section("Long", points, ()),), timeline=events
    )
    for part in plan(brief).parts:
        if part.kind not in ("section", "timeline"):
            continue
        heights = [_chunk_height(c) for c in part.chunks]
        assert len(heights) > 2
        assert max(heights) <= measure.SLIDE.room
        assert min(heights[:-1]) >= measure.SLIDE.room / 4


def test_an_approximate_date_says_about_and_a_relative_one_keeps_its_words() -> None:
    rows = plan(
        dataclasses.replace(
            make_brief(),
            timeline=(
                Event("2027", "2027", "approximate", "Work may end.", 0),
                Event("Around 2030", "2030", "approximate", "A review follows.", 0),
                Event("After 2012", None, "relative", "A court ruled.", 0),
            ),
        )
    ).timeline_rows
    assert [r.label for r in rows] == ["about 2027", "Around 2030", "After 2012"]
    assert [r.hollow for r in rows] == [True, True, True]


def test_the_glance_draws_a_timeline_strip_only_for_a_span_of_dates() -> None:
    from reportgen.layout import glance

    brief = make_brief()
    assert len(glance.strip_rows(plan(brief))) == len(brief.timeline)
    one_date = tuple(dataclasses.replace(e, when="2018", value="2018") for e in brief.timeline)
    assert glance.strip_rows(plan(dataclasses.replace(brief, timeline=one_date))) == []
    two = brief.timeline[:2]
    assert glance.strip_rows(plan(dataclasses.replace(brief, timeline=two))) == []


def test_a_timeline_slide_counts_no_gap_after_its_last_row() -> None:
    size, fonts = DEFAULT_THEME.slide_body_pt, DEFAULT_THEME.fonts_dir
    label = "S. 871 was introduced, read twice and referred to the Committee on Armed Services"
    row = measure.timeline_row_height("7 May 2013", label, size, fonts)
    fits = int((measure.SLIDE.room + measure.SLIDE.row_gap) // row)
    assert fits * row > measure.SLIDE.room  # only the last gap keeps them off one slide
    events = tuple(Event("7 May 2013", "2013-05-07", "day", label, 0) for _ in range(fits))
    brief = dataclasses.replace(make_brief(), timeline=events)
    timeline = next(p for p in plan(brief).parts if p.kind == "timeline")
    assert len(timeline.chunks) == 1
