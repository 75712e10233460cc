"""The short email body: bottom line, key points, decisions, a compact timeline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reportgen.layout import DEFAULT_THEME, Bullets, Chunk, Part, Plan, plan
from reportgen.model import Actors, Brief, Event, Place, Section
from reportgen.pipeline import Options, brief_of, render_pack
from reportgen.render.email import EmailRenderer
from reportgen.summarize._when import MONTH_NAMES
from tests.render.test_email import (
    ATTACHMENTS,
    assert_in_order,
    bodies,
    page,
    parse,
    squash,
    text_headings,
)

ROOT = Path(__file__).resolve().parents[2]
MEMOS = ROOT / "tests" / "fixtures" / "memos"
MAX_WORDS = 350


def short(the_plan: Plan) -> tuple[str, str]:
    return bodies(parse(EmailRenderer().render(the_plan, DEFAULT_THEME, ATTACHMENTS)))


def long_plan() -> Plan:
    """A long report: many long key points, sections and dated events."""
    sentence = (
        "The review found that the {n} regional depot had missed its delivery targets in "
        "every quarter since the new routing system was introduced, and that drivers were "
        "working longer shifts to make up the lost time."
    )
    ordinals = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    points = tuple(sentence.format(n=o) for o in ordinals)
    events = tuple(
        Event(f"{m} 2024", f"2024-{i + 1:02d}", "month", sentence.format(n=ordinals[i % 8]), i)
        for i, m in enumerate(MONTH_NAMES)
    )
    brief = Brief(
        title="Depot performance review",
        bottom_line="Delivery targets were missed at every depot after the routing change.",
        key_points=points,
        sections=tuple(Section(f"Depot {o}", points[:4]) for o in ordinals[:5]),
        timeline=events,
        actors=Actors(places=tuple(Place(f"Depot {o}") for o in ordinals)),
        source_name="depots.txt",
    )
    return plan(brief)


def with_actions(the_plan: Plan, items: tuple[str, ...]) -> Plan:
    """The plan with a decisions part after the key points, as the plan draws one."""
    parts = list(the_plan.parts)
    at = [p.kind for p in parts].index("key_points") + 1
    parts.insert(at, Part("actions", "Decisions and actions", (Chunk((Bullets(items),)),)))
    return replace(the_plan, parts=tuple(parts))


@pytest.mark.parametrize("memo", sorted(p.name for p in MEMOS.glob("*.txt")))
def test_the_body_leads_with_the_bottom_line_then_key_points_then_a_compact_timeline(memo):
    the_plan = plan(brief_of(MEMOS / memo, Options()))
    text, html = short(the_plan)
    shown = [h for h in the_plan.headings if h in ("Bottom line", "Key points", "Timeline")]
    assert text_headings(text) == shown
    assert page(html).h2 == shown
    bottom = next(p for p in the_plan.parts if p.kind == "bottom_line").blocks[0]
    assert_in_order(squash(text), [the_plan.title, bottom.text])  # type: ignore[union-attr]
    assert len(text.split()) <= MAX_WORDS


def test_a_long_report_stays_within_a_phone_screen_and_names_what_is_attached():
    the_plan = long_plan()
    text, html = short(the_plan)
    assert len(text.split()) <= MAX_WORDS
    visible = " ".join(page(html).text)
    assert len(visible.split()) <= MAX_WORDS
    assert "Delivery targets were missed at every depot" in text
    assert "More in the attached homs.pdf: Depot first;" in " ".join(text.split())
    assert "all 12 timeline events" in " ".join(text.split())
    assert "Depot second" not in text_headings(text)
    assert len(html.encode("utf-8")) < 100_000


def test_the_compact_timeline_spans_first_to_last_event():
    text, _ = short(long_plan())
    assert_in_order(squash(text), ["January 2024", "December 2024"])
    assert "June 2024" not in text or "July 2024" not in text


def test_decisions_show_after_the_key_points_when_the_plan_has_them():
    decided = ("The north quay closes on 1 May 2025.", "Repairs get 2.4 million pounds.")
    the_plan = with_actions(plan(brief_of(MEMOS / "council_minutes.txt", Options())), decided)
    text, html = short(the_plan)
    assert_in_order(squash(text), ["Key points", "Decisions and actions", *decided, "Timeline"])
    assert "Decisions and actions" in page(html).h2


def test_full_keeps_every_part_in_the_body(tmp_path):
    brief = brief_of(MEMOS / "board_paper.txt", Options())
    the_plan = plan(brief)
    pack = render_pack(brief, ["email"], Options(email="full"))
    text, html = bodies(parse(pack["email"]))
    assert text_headings(text) == the_plan.headings
    assert page(html).h2 == the_plan.headings


def test_the_short_body_loads_nothing_remote_and_styles_inline():
    _, html = short(long_plan())
    seen = page(html)
    assert not {"script", "img", "link", "style", "iframe"} & set(seen.tags)
    assert not [a for a in seen.attrs if a[1] in ("src", "href", "class")]


def test_a_brief_without_timeline_or_sections_says_the_whole_brief_is_attached():
    brief = Brief(
        title="Note",
        bottom_line="The office closes early on Friday.",
        key_points=("The office closes early on Friday.",),
        sections=(),
        timeline=(),
        actors=Actors(),
        source_name="note.txt",
    )
    text, _ = short(plan(brief))
    assert "The whole brief is in the attached homs.pdf." in " ".join(text.split())
