"""A sentence that says again what an earlier one said is never chosen: the brief says it once."""

from __future__ import annotations

import pytest

from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from reportgen.summarize._echoes import echoes
from reportgen.summarize.salience import vectors
from reportgen.summarize.sentences import split_sentences

# (earlier sentence, later sentence, whether the later one echoes the earlier)
CASES = [
    (
        "Bulgaria's busiest resort, Sunny Beach, is a carbon copy of those of Spain and Greece.",
        "Hotspot: Bulgaria's busiest resort, Sunny Beach, is a carbon copy of those of Spain "
        "and Greece.",
        True,
    ),
    (
        "Carter served as president of the league and vice-president of the association, but "
        "he will be remembered as chairman of the club throughout the 1980s.",
        "Carter served as president of the league and vice-president of the association.",
        True,
    ),
    (
        "Lynne Neagle: We will close the Leeds depot for nine days in March.",
        "Hefin David: So we will close the Leeds depot for nine days in March.",
        True,
    ),
    (
        "The depot closes in March.",
        "The depot closes in March for nine days while the roof, the racking and the fire "
        "doors are replaced, and orders go through Wakefield.",
        False,
    ),
    ("Sales in Europe rose 5% in the quarter.", "Sales in Europe rose 7% in the quarter.", False),
    ("Thank you very much.", "Thank you very much.", False),
    (
        "The board approved the budget for the new warehouse.",
        "The board rejected the plan to sell the old warehouse to a developer.",
        False,
    ),
]


@pytest.mark.parametrize(("earlier", "later", "echo"), CASES)
def test_a_later_sentence_echoes_an_earlier_one_only_when_it_adds_nothing(
    earlier: str, later: str, echo: bool
) -> None:
    sentences = split_sentences(f"{earlier} Work on the new line starts soon. {later}")
    assert len(sentences) == 3
    assert (2 in echoes(sentences)) is echo
    assert 0 not in echoes(sentences)
    # The same from the term vectors the ranking builds anyway.
    assert echoes(sentences, vectors(sentences)) == echoes(sentences)


MEMO = """\
Fire shuts Leeds depot

The Leeds depot will close for nine days from 3 March after a fire damaged its roof.
Orders for the north will go through Wakefield while the roof and racking are replaced.
Drivers based at Leeds will work from Wakefield and claim mileage for the longer trip.
The insurer, Northern Mutual, has accepted the claim and will pay for the repairs.
Customers were told on Friday and no orders have been lost so far.
The fire started in a charging bay and was put out within an hour by the crew on shift.
Staff at Wakefield will work an extra shift each evening until Leeds reopens.
To repeat: the Leeds depot will close for nine days from 3 March after a fire damaged its roof.
"""


def test_a_memo_that_repeats_its_lead_prints_it_once() -> None:
    brief = summarize(Source("depot.txt", MEMO, structure=parse(MEMO)))
    chosen = [
        brief.bottom_line_source,
        *brief.key_point_sources,
        *(i for s in brief.sections for i in s.sources),
        *(e.source for e in brief.timeline),
    ]
    last = len(brief.sentences) - 1
    assert "To repeat" in brief.sentences[last].text
    assert last not in chosen
