"""A small Brief built in code, so renderer tests never depend on the summarizer."""

from __future__ import annotations

import pytest

from reportgen.layout import Plan, plan
from reportgen.model import Actors, Brief, Event, Group, Person, Place, Section, Sentence

SENTENCES = (
    "The uprising began in 2011 in the city of Homs.",
    "Two journalists, Marie Colvin and Remi Ochlik, were killed in 2012.",
    "A court later held the government responsible.",
    "The siege ended in 2017 & the regime took control.",
    "Opposition forces recently captured Rastan <b>and</b> Talbiseh.",
)


def make_brief() -> Brief:
    sentences = tuple(Sentence(i, t, 0, 0) for i, t in enumerate(SENTENCES))
    return Brief(
        title="Homs: a test brief",
        bottom_line=SENTENCES[4],
        key_points=(SENTENCES[4], SENTENCES[1], SENTENCES[3]),
        key_point_sources=(4, 1, 3),
        sections=(
            Section("Background", (SENTENCES[0],), (0,)),
            Section("International dimension", (SENTENCES[1], SENTENCES[2]), (1, 2)),
            Section("Current situation", (SENTENCES[3], SENTENCES[4]), (3, 4)),
        ),
        timeline=(
            Event("2011", "2011", "year", SENTENCES[0], 0),
            Event("2012", "2012", "year", SENTENCES[1], 1),
            Event("After 2012", None, "relative", SENTENCES[2], 2, anchor=1),
            Event("2017", "2017", "year", SENTENCES[3], 3),
            Event("Recently", "PAST_REF", "relative", SENTENCES[4], 4),
        ),
        actors=Actors(
            people=(Person("Marie Colvin", "American journalist"), Person("Remi Ochlik", "")),
            places=(Place("Homs"), Place("Rastan")),
            groups=(Group("opposition forces"),),
        ),
        sentences=sentences,
        document_date="2024-12-01",
        source_name="homs.txt",
    )


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def sample_plan() -> Plan:
    return plan(make_brief())
