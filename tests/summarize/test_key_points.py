"""Key points: the sentences that matter, from every part of the text, never framing or headers."""

from __future__ import annotations

import pytest

from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from reportgen.summarize._point_rules import ASK, POINT_RULES, PointRule, unfit_as_point
from reportgen.summarize.salience import parts_of
from reportgen.summarize.sentences import split_sentences

MUST = [(r, s) for r in POINT_RULES for s in r.must]
MUST_NOT = [(r, s) for r in POINT_RULES for s in r.must_not]

MEMO = """To: Operations Board From: Director of Fleet Date: 3 March 2025
Subject: Replacement vans for the Leeds depot

Here is an overview of the proposal to replace the Leeds depot's diesel vans.
The Board is asked to approve the purchase of twelve electric vans for 640,000 pounds.
Leeds City Council will charge diesel vans 50 pounds a day inside its clean air zone from January.
The depot's current fleet of fourteen vans would cost 210,000 pounds a year in charges.
\u201cWe cannot keep paying to stand still.\u201d
It is now planned for 1 July 2025.
Charging points will be installed at the depot by Northern Power Grid in May.
The finance committee reviewed the business case on 20 February and recommends approval.
"""


def _brief(text: str, **kw: object):
    return summarize(Source("doc.txt", text), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("rule", "sentence"), MUST, ids=lambda v: getattr(v, "name", ""))
def test_each_rule_rules_out_its_examples(rule: PointRule, sentence: str) -> None:
    assert rule.test(sentence)


@pytest.mark.parametrize(("rule", "sentence"), MUST_NOT, ids=lambda v: getattr(v, "name", ""))
def test_each_rule_lets_its_look_alikes_through(rule: PointRule, sentence: str) -> None:
    assert not rule.test(sentence)


def test_a_memo_s_key_points_skip_its_header_framing_unattributed_quote_and_dangling_pronoun():
    brief = _brief(MEMO)
    points = brief.key_points
    assert points
    assert all(unfit_as_point(p) is None for p in points)
    joined = " ".join(points)
    for absent in ("From:", "Here is an overview", "stand still", "It is now planned"):
        assert absent not in joined
    # the ask is said once, as the bottom line that leads the brief
    assert "twelve electric vans" in brief.bottom_line


def _report(parts: int, per_part: int) -> str:
    """A report with headings; every part has its own facts, the first part the most."""
    lines = []
    for p in range(parts):
        lines.append(f"Area {p + 1} findings")
        for j in range(per_part):
            lines.append(
                f"Inspectors found {j + 3} faults in the depot {p + 1} brakes during the "
                f"spring {2020 + j} survey of region {p + 1} vehicles."
            )
    return "\n".join(lines) + "\n"


def test_key_points_of_a_report_with_headings_come_from_several_parts():
    text = _report(parts=4, per_part=8)
    brief = _brief(text)
    parts = parts_of(text, list(brief.sentences))
    covered = {parts[i] for i in brief.key_point_sources}
    assert len(covered) >= 3


def test_a_long_text_without_headings_is_read_in_thirds_and_a_short_one_whole():
    long_text = " ".join(
        f"The council inspected depot number {i} in the north of the city on a wet day in June."
        for i in range(80)
    )
    sentences = split_sentences(long_text)
    assert set(parts_of(long_text, sentences)) == {0, 1, 2}
    short = split_sentences(MEMO)
    assert set(parts_of(MEMO, short)) == {0}


def test_the_first_key_points_still_follow_the_ranking_in_a_news_story():
    story = (
        "Fire shut the Leeds depot of Carter Haulage for nine days after a blaze on Sunday night. "
        "About forty drivers were sent to the Bradford depot while repairs were carried out. "
        "West Yorkshire Fire and Rescue Service said the blaze started in a workshop. "
        "The firm said deliveries to supermarkets in the city would be delayed by a day."
    )
    brief = _brief(story)
    # the lead is said once, as the bottom line; the key points follow it
    assert brief.bottom_line_source == 0
    assert brief.key_point_sources[0] == 1


TRANSCRIPT = (
    "Chair (Cllr Ann Pryce): Okay, um, let's start. Item two is the bus depot.\n"
    "Ravi Shah: Thanks Chair. Northern Buses will close the Harlow Road depot on 30 June, "
    "and forty drivers will move to the Mill Lane site.\n"
    "Cllr Joe Budd: Have the unions been told?\n"
    "Ravi Shah: Unite was told on Friday and has asked for a meeting with the operator.\n"
    "Chair (Cllr Ann Pryce): Thank you, Ravi.\n"
)


def test_a_meeting_s_bottom_line_and_points_skip_the_chair_s_opening_and_thanks():
    brief = _brief(TRANSCRIPT)
    assert "let's start" not in brief.bottom_line
    assert "Harlow Road depot" in brief.bottom_line or any(
        "Harlow Road depot" in p for p in brief.key_points
    )
    for p in brief.key_points:
        assert "let's start" not in p
        assert "Thank you" not in p


@pytest.mark.parametrize("sentence", ASK.must)
def test_a_decision_a_paper_asks_for_is_recognised(sentence: str) -> None:
    assert ASK.test(sentence)


@pytest.mark.parametrize("sentence", ASK.must_not)
def test_news_of_a_decision_or_a_request_in_a_story_is_no_ask(sentence: str) -> None:
    assert not ASK.test(sentence)


def test_a_paper_s_bottom_line_is_its_ask_and_a_story_s_is_its_news():
    assert _brief(MEMO).bottom_line.startswith("The Board is asked to approve")
    story = (
        "Fire shut the Leeds depot of Carter Haulage for nine days after a blaze on Sunday night. "
        "About forty drivers were sent to the Bradford depot while repairs were carried out. "
        "The council's planning committee is asked to approve a new workshop next month."
    )
    assert _brief(story).bottom_line.startswith("Fire shut the Leeds depot")


CHRONOLOGY = """\
Introduction

In many cases, questions were asked about how the council looked after its depots.
This report lists what the council, the regulator and ministers did in response.

Council actions

3 March 2022 - Council leader Tom Reid announced Jane Hart as the new head of depot safety.
14 June 2022 - The council closed the Leeds depot for nine days after a fire killed two drivers.
2 May 2023 - The council published an audit of all 12 depots and their 140 vehicles.

Regulator actions

9 January 2023 - The regulator fined the council 250,000 pounds for breaches at Leeds.
21 July 2023 - The regulator ordered new inspections of every depot by March 2024.
"""


def test_a_report_that_opens_on_an_introduction_takes_its_bottom_line_from_it() -> None:
    brief = summarize(Source("report.txt", CHRONOLOGY, structure=parse(CHRONOLOGY)))
    assert brief.bottom_line.startswith("In many cases, questions were asked about")


def test_a_bottom_line_cut_short_is_not_said_again_as_a_point_cut_the_same_way():
    text = (
        "Our efforts during this winter to continue to meet the needs of depot users, digitally "
        "enable our booking service, and serve our drivers however they want, has led to strong "
        "feedback with service scores improving 2 points in Leeds and 5 points in York, building "
        "on large rises in both places in 2024. "
        "The Leeds depot cut its costs by 4% to 2.1 million pounds in the year. "
        "The York depot opened a new loading bay in March at a cost of 300,000 pounds. "
        "Drivers in Wakefield voted to accept the new rota by 320 votes to 41 in April. "
        "The board will decide in June whether to close the Bradford depot, which lost money."
    )
    brief = summarize(Source("depots.txt", text))
    assert brief.bottom_line.endswith("...")
    said = brief.bottom_line.rstrip(".")
    assert not any(said.startswith(p.rstrip(".")) for p in brief.key_points)
    assert brief.bottom_line_source not in brief.key_point_sources


def test_a_session_s_key_points_come_from_more_than_one_speaker():
    turns = [
        "Chair (Cllr Helen Baird): Good morning and welcome to the Transport Committee.",
        "Chair (Cllr Helen Baird): Item 2 is our inquiry into the Leeds depot closure.",
    ]
    for n in range(8):
        turns.append(
            f"Dr Ann Lee: The depot's fleet of {40 + n} buses will need new batteries by "
            f"{2026 + n}, at a cost of {n + 2} million pounds to the council."
        )
    turns += [
        "Cllr Tom Reid: The union has asked for a second review of the night routes in June.",
        "Cllr Amy Cole: Passengers in Wakefield lost three bus routes when the depot closed.",
        "Chair (Cllr Helen Baird): The committee will write to the minister about the funding.",
    ]
    brief = summarize(Source("session.txt", "\n".join(turns), structure=parse("\n".join(turns))))
    speakers = [p.split(":")[0] for p in brief.key_points]
    assert len(speakers) >= 2
    assert max(speakers.count(s) for s in set(speakers)) <= (len(speakers) + 1) // 2


STORY = """Hinkley Point C: EDF board approves funding

French firm EDF approved the funding for the power station at a board meeting in Paris.
EDF chief executive Vincent de Rivaz has cancelled a trip to Hinkley Point on Friday \
following Mr Clark's comments.
Business Secretary Greg Clark has said the government will consider the project carefully.
The plan was first proposed by the government in January 2006.
Construction of Hinkley Point was approved in March 2013.
The UK government agreed a price for its electricity in October 2013.
Critics of the plan have warned of environmental damage and rising costs.
"""


def test_a_key_point_is_not_printed_again_as_a_timeline_row_that_only_shortens_it():
    brief = _brief(STORY)
    point = next(p for p in brief.key_points if "cancelled a trip" in p)
    assert point.endswith("following Mr Clark's comments.")
    assert not any("cancelled a trip" in e.event for e in brief.timeline)


PAPER = """# Introduction

People must often switch between unfamiliar tasks in the course of a day. How they learn
new tasks so quickly is largely unknown. We demonstrate this in a simple setting below.
In this work, we develop a modular network in which small decision modules are trained on
top of a fixed visual system. The modules learn a new task in a tenth of the training time.

# Results

Modules trained on the fixed system reached 90% accuracy after 2,000 examples. A network
trained from scratch needed 20,000 examples to do as well.
"""


def test_a_paper_s_bottom_line_is_what_it_offers_not_the_context_before_it():
    brief = summarize(Source("paper.md", PAPER, structure=parse(PAPER)))
    assert brief.bottom_line.startswith("In this work, we develop a modular network")
