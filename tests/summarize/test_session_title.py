"""A transcript's title is the name it gives itself; every rule holds to its examples."""

from __future__ import annotations

import pytest

from reportgen.model import Sentence
from reportgen.summarize._session_title import SESSION_NAMES, session_title
from reportgen.summarize.sentences import split_sentences


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(n, t, 0, len(t)) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("rule", "text", "title"),
    [(r, text, title) for r in SESSION_NAMES for text, title in r.must],
    ids=lambda v: getattr(v, "name", None),
)
def test_each_session_rule_names_its_examples(rule, text, title):
    found = rule.pattern.search(text)
    assert found is not None
    assert found["title"] == title


@pytest.mark.parametrize(
    ("rule", "text"),
    [(r, text) for r in SESSION_NAMES for text in r.must_not],
    ids=lambda v: getattr(v, "name", None),
)
def test_each_session_rule_passes_over_look_alikes(rule, text):
    assert rule.pattern.search(text) is None


def test_a_committee_transcript_is_titled_by_the_session_it_holds():
    text = (
        "Chair (Cllr Ruth Hale): Good morning, everyone. Welcome to the Housing and Planning "
        "Committee. We've received apologies from Cllr Dev Mistry. Item 2 this morning is our "
        "third scrutiny session on the Rented Homes (Repairs) Bill. Tom Reid: Thank you, Chair."
    )
    assert session_title(split_sentences(text)) == (
        "Third scrutiny session on the Rented Homes (Repairs) Bill"
    )


def test_a_spoken_name_loses_its_fillers_and_doubled_words():
    text = (
        "Manager: Okay, um, this is the the kick-off meeting for our new kettle. Um, I'm Ana "
        "and I'm the project manager. Designer: Hi."
    )
    assert session_title(split_sentences(text)) == "Kick-off meeting"


def test_a_news_story_gives_no_session_title():
    text = (
        "The council closed the depot on Monday. This is the third meeting the union has "
        "called since May, and its members voted to strike."
    )
    assert session_title(split_sentences(text)) == ""
