"""Ways a clause leans on a subject named elsewhere: each record's examples hold."""

from __future__ import annotations

import pytest

from reportgen.summarize._subject import LEANINGS, Leaning, bare_subject, lacks_subject, subject_of

MUST = [(lean, clause) for lean in LEANINGS for clause in lean.must]
MUST_NOT = [(lean, clause) for lean in LEANINGS for clause in lean.must_not]


@pytest.mark.parametrize(("lean", "clause"), MUST, ids=lambda x: getattr(x, "name", x))
def test_each_way_matches_the_clauses_its_record_lists(lean: Leaning, clause: str) -> None:
    assert lean.pattern.match(clause), clause
    assert lacks_subject(clause)


@pytest.mark.parametrize(("lean", "clause"), MUST_NOT, ids=lambda x: getattr(x, "name", x))
def test_each_way_leaves_its_counter_examples_alone(lean: Leaning, clause: str) -> None:
    assert not lean.pattern.match(clause), clause


def test_every_way_has_examples_both_ways_and_a_reason() -> None:
    for lean in LEANINGS:
        assert lean.must, lean.name
        assert lean.must_not, lean.name
        assert lean.why, lean.name
    assert len({lean.name for lean in LEANINGS}) == len(LEANINGS)


def test_the_subject_is_the_words_before_the_first_finite_verb() -> None:
    assert subject_of("The fire quickly engulfed the ferry") == "The fire"
    assert subject_of("The partially sighted singer won the vote") == (
        "The partially sighted singer"
    )
    assert subject_of("Last year the council voted") is None
    assert subject_of("They also claim to have heard a noise") is None


def test_a_phrase_of_time_or_place_is_no_subject() -> None:
    assert bare_subject("More rescue staff and divers")
    assert not bare_subject("On Saturday")
    assert not bare_subject("Three years ago")
    assert not bare_subject("Speaking after the vote")
