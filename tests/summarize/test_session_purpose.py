"""A meeting's bottom line is what it says it is for; every rule holds to its examples."""

from __future__ import annotations

import pytest

from reportgen.read._line_rules import LineRule
from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from reportgen.summarize._session_purpose import PURPOSES, matches


@pytest.mark.parametrize(
    ("rule", "text"),
    [(r, text) for r in PURPOSES for text in r.must],
    ids=lambda v: getattr(v, "name", None),
)
def test_each_purpose_rule_finds_its_examples(rule: LineRule, text: str) -> None:
    assert matches(rule, text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [(r, text) for r in PURPOSES for text in r.must_not],
    ids=lambda v: getattr(v, "name", None),
)
def test_each_purpose_rule_leaves_its_counter_examples(rule: LineRule, text: str) -> None:
    assert not matches(rule, text)


def test_every_purpose_rule_has_examples_both_ways() -> None:
    for rule in PURPOSES:
        assert rule.must, rule.name
        assert rule.must_not, rule.name


MEETING = """\
Chair: Good morning, everyone. Thank you all for coming in so early.
Chair: Um, we are here to agree the recovery plan for the Leeds depot after the fire.
Depot Manager: Thank you. The fire closed the Leeds depot for nine days and cost us about \
200 deliveries.
Chair: And the insurer?
Depot Manager: Northern Mutual has accepted the claim for the depot roof and the racking.
Finance Director: The repairs to the Leeds depot will cost 1.2 million pounds, and the claim \
covers all but 50,000 pounds.
Chair: What about the drivers?
Depot Manager: Drivers have worked from Wakefield since March and overtime at the depot is up \
30 per cent.
Finance Director: The overtime at Wakefield costs 40,000 pounds a month until the Leeds depot \
reopens in June.
Finance Director: Thank you.
"""


def test_a_meeting_opens_its_brief_on_what_it_is_for_and_keeps_its_news_as_a_point() -> None:
    brief = summarize(Source("meeting.txt", MEETING, structure=parse(MEETING)))
    assert brief.bottom_line_source == 2
    assert not brief.title.startswith("Chair")
    assert brief.bottom_line.endswith("agree the recovery plan for the Leeds depot after the fire.")
    assert brief.key_points
    assert brief.bottom_line_source not in brief.key_point_sources
