"""An untitled report is titled by what it says it is; every rule holds to its examples."""

from __future__ import annotations

import pytest

from reportgen.model import Sentence
from reportgen.read.source import Source
from reportgen.summarize import summarize
from reportgen.summarize._document_title import SELF_NAMES, self_title
from reportgen.summarize._session_title import SessionName


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(n, t, 0, len(t)) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("rule", "text", "title"),
    [(r, text, title) for r in SELF_NAMES for text, title in r.must],
    ids=lambda v: getattr(v, "name", None),
)
def test_each_rule_names_the_document_as_its_examples_say(
    rule: SessionName, text: str, title: str
) -> None:
    assert rule.pattern.match(text) is not None
    assert self_title(_sentences("Introduction", text), 100) == title


@pytest.mark.parametrize(
    ("rule", "text"),
    [(r, text) for r in SELF_NAMES for text in r.must_not],
    ids=lambda v: getattr(v, "name", None),
)
def test_each_rule_names_nothing_from_its_counter_examples(rule: SessionName, text: str) -> None:
    assert self_title(_sentences(text), 100) == ""


def test_a_long_name_is_cut_before_a_preposition_not_mid_phrase() -> None:
    text = (
        "This report describes the programme of repairs to the council's depots in Leeds, "
        "Wakefield and Bradford after the floods of 2024."
    )
    assert self_title(_sentences(text), 60) == "Programme of repairs to the council's depots"


def test_an_untitled_report_is_titled_by_what_it_says_it_is() -> None:
    text = (
        "Introduction\n\nDepots across Yorkshire flooded three times in 2024. This report "
        "examines the cost of repairs to the council's depots since 2020. It finds that "
        "repairs cost 4.2 million pounds. The council has set aside 1 million pounds.\n"
    )
    brief = summarize(Source("report.txt", text))
    assert brief.title == "Cost of repairs to the council's depots since 2020"
