"""A transcript is ranked by what its turns say; two turns run together are never chosen."""

from __future__ import annotations

from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from reportgen.summarize._transcript import crosstalk, turns
from reportgen.summarize.sentences import split_sentences

MEETING = """\
Chair: Good morning and welcome, everyone.
Chair: We have one item today, the future of the Leeds depot.
Depot Manager: The fire closed the depot for nine days and cost us about 200 deliveries.
Chair: What did the insurer say about the roof repairs?
Depot Manager: Northern Mutual accepted the claim and will pay for the new roof and racking.
Finance Director: The repairs will cost 1.2 million pounds, and the claim covers all but 50,000.
Finance Director: The excess of 50,000 pounds comes from this year's maintenance budget.
Depot Manager: Drivers have worked from Wakefield since March and overtime is up 30 per cent.
Finance Director: We should keep the Wakefield shift until Leeds reopens in June Chair: Agreed.
Chair: Thank you.
"""

NEWS = """\
Hotspot: The resort of Sunny Beach is a carbon copy of those of Spain and Greece.
Bulgaria has been named Europe's cheapest destination for British holidaymakers this summer.
A meal for two with wine costs less than 20 pounds at most of its resorts.
"""


def test_labels_that_open_several_turns_are_a_transcripts_speakers() -> None:
    sentences = split_sentences(MEETING)
    found = turns(sentences)
    assert found.speakers == {"Chair", "Depot Manager", "Finance Director"}
    assert found.is_transcript


def test_a_caption_label_makes_no_transcript() -> None:
    sentences = split_sentences(NEWS)
    assert turns(sentences).speakers == frozenset()
    assert not turns(sentences).is_transcript


def test_a_turn_that_runs_into_another_speakers_is_crosstalk() -> None:
    sentences = split_sentences(MEETING)
    talk = crosstalk(sentences, turns(sentences).speakers)
    assert [sentences[i].text for i in talk] == [
        "Finance Director: We should keep the Wakefield shift until Leeds reopens in June "
        "Chair: Agreed."
    ]


def test_crosstalk_is_never_a_point_of_the_brief() -> None:
    brief = summarize(Source("meeting.txt", MEETING, structure=parse(MEETING)), detail="full")
    talk = next(s.index for s in brief.sentences if "June Chair" in s.text)
    chosen = [
        brief.bottom_line_source,
        *brief.key_point_sources,
        *(i for s in brief.sections for i in s.sources),
        *(e.source for e in brief.timeline),
    ]
    assert talk not in chosen
    said = (brief.bottom_line, *brief.key_points)
    assert any("Northern Mutual" in p or "1.2 million" in p for p in said)


def test_a_meetings_sections_are_who_said_what_without_repeating_the_label() -> None:
    brief = summarize(Source("meeting.txt", MEETING, structure=parse(MEETING)), detail="full")
    headings = [s.heading for s in brief.sections]
    assert headings
    assert set(headings) <= {"Chair", "Depot Manager", "Finance Director", "Other speakers"}
    for section in brief.sections:
        for point in section.points:
            assert not point.startswith(f"{section.heading}:")


def test_the_bottom_line_and_every_key_point_of_a_meeting_say_who_spoke() -> None:
    turns_text = (
        "Chair: Good morning. The one item today is the future of the Leeds depot.\n"
        "Depot Manager: Thank you. The fire closed the Leeds depot for nine days and cost us "
        "about 200 deliveries. Northern Mutual has accepted the claim for the depot roof.\n"
        "Chair: Thank you. What will the repairs to the depot cost?\n"
        "Finance Director: Right. The repairs to the Leeds depot will cost 1.2 million pounds, "
        "and the claim covers all but 50,000 pounds of it.\n"
        "Chair: And the drivers?\n"
        "Depot Manager: Yes. Drivers have worked from Wakefield since March and overtime at the "
        "depot is up 30 per cent.\n"
        "Finance Director: Indeed. The overtime at Wakefield costs 40,000 pounds a month until "
        "the Leeds depot reopens.\n"
        "Depot Manager: Agreed.\n"
        "Finance Director: Thank you.\n"
    )
    brief = summarize(Source("m.txt", turns_text, structure=parse(turns_text)), detail="full")
    said_by = turns(brief.sentences).speaker_of()
    assert len(brief.key_points) >= 2
    assert brief.bottom_line_source is not None
    assert brief.bottom_line.startswith(f"{said_by[brief.bottom_line_source]}: ")
    for point, source in zip(brief.key_points, brief.key_point_sources, strict=True):
        assert point.startswith(f"{said_by[source]}: "), point
    assert any(
        not brief.sentences[source].text.startswith(f"{said_by[source]}:")
        for source in brief.key_point_sources
    )


LONG_MEETING = """\
Chair: Good morning and welcome, everyone, to the depot review.
Chair: We have one item today, the future of the Leeds depot after the fire.
Depot Manager: The fire closed the depot for nine days and cost us about 200 deliveries.
Depot Manager: It's not gonna fall down, like the old shed would.
Finance Director: The repairs will cost 1.2 million pounds, and the claim covers all but 50,000.
Finance Director: That's so that would hopefully help with it.
Depot Manager: Drivers have worked from Wakefield since March and overtime is up 30 per cent.
Depot Manager: They said the new racking arrives from Sheffield in May.
Finance Director: The excess of 50,000 pounds comes from this year's maintenance budget.
Chair: Northern Mutual accepted the claim and will pay for the new roof and racking.
Depot Manager: The loading bays at Leeds reopen on 2 June if the roof passes inspection.
"""


def test_a_transcript_s_sections_hold_only_turns_that_stand_alone() -> None:
    brief = summarize(Source("m.txt", LONG_MEETING, structure=parse(LONG_MEETING)), detail="full")
    points = [p for s in brief.sections for p in s.points]
    assert points
    assert not any(p.startswith(("It's not", "That's so", "They said")) for p in points)
