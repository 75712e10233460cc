"""One fact, said twice with its figures, is said once in the brief."""

from __future__ import annotations

from reportgen.read.source import Source
from reportgen.summarize import summarize
from reportgen.summarize._same_figures import figures, figures_of, first_of_each, restating
from reportgen.summarize.sentences import split_sentences

CALL = (
    "Depot revenue increased 55.3% to $264.9 million in the fourth quarter of 2025, and we "
    "continue to execute well across the network. "
    "Earnings per share were $2.36, a 42.2% increase over the prior year period. "
    "The Leeds depot opened a second loading bay in March and hired 40 drivers. "
    "Revenue in the fourth quarter of 2025 increased 55.3% to $264.9 million from $170.6 "
    "million in the fourth quarter of 2024. "
    "Fuel costs fell by 8% after the new contract with the supplier began in October. "
    "The board approved a dividend of 31 pence a share, payable in February. "
    "We expect revenue of between $1.1 billion and $1.2 billion for the coming year."
)


def test_figures_leave_out_years_dates_and_single_digits():
    assert figures("In 2025 revenue rose 55.3% to $1,264.9 million at 3 depots.") == {
        "55.3",
        "1,264.9",
    }
    assert figures("Talks met on 1900-01-13, on 13 March, on March 25 and at 10:30.") == set()


def test_a_sentence_giving_two_figures_again_restates_the_earlier_one():
    figs = figures_of(split_sentences(CALL))
    assert restating(figs, [0]) == {3}
    assert first_of_each(figs, [0, 1, 3, 2]) == [0, 1, 2]


def test_the_bottom_line_s_figures_are_not_given_again_as_a_key_point_or_an_event():
    brief = summarize(Source("call.txt", CALL))
    said = [brief.bottom_line, *brief.key_points, *(e.event for e in brief.timeline)]
    assert sum("264.9" in s for s in said) == 1
