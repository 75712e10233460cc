"""A report's back matter is never briefed, and a generic first heading never titles it."""

from __future__ import annotations

import pytest

from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from reportgen.summarize._back_matter import is_back_matter, is_generic

REPORT = """\tIntroduction

The depot review began in March 2024 after two winters of breakdowns at the Leeds site.
It covers the fleet, the buildings and the staff rota of all three depots.

\tFindings

Breakdowns at Leeds rose by 40% in two years, while Hull and Wakefield held steady.
The Leeds roof leaks over the workshop, and repairs have been put off since 2019.
Drivers at Leeds lost 600 hours to breakdowns in 2024, against 90 at Hull.
The electrical supply at Hull cannot charge more than six vans at once.

\tRecommendations

The council should rebuild the Leeds workshop before the winter of 2025.
It should ask Northern Powergrid to upgrade the Hull supply, which takes about 14 weeks.

\tSelected Resources

Patel, R., Depot maintenance in cold climates, Transport Review, Vol. 12, pp. 40-58, 2021.
Leeds City Council, Fleet Strategy 2020-2025, Report FS-7, 2020.
"""


def _brief():
    return summarize(Source("review.txt", REPORT, structure=parse(REPORT)))


@pytest.mark.parametrize("heading", ["References", "7. Selected Resources", "Further reading"])
def test_back_matter_headings_are_recognised(heading: str) -> None:
    assert is_back_matter(heading)


@pytest.mark.parametrize("heading", ["Findings", "Sources of funding for depots"])
def test_headings_with_a_subject_are_no_back_matter(heading: str) -> None:
    assert not is_back_matter(heading)


def test_a_references_part_gives_no_section_point_or_event() -> None:
    brief = _brief()
    said = [brief.bottom_line, *brief.key_points, *(p for s in brief.sections for p in s.points)]
    said += [e.event for e in brief.timeline]
    assert not any("Transport Review" in t or "Fleet Strategy" in t for t in said)
    assert "Selected Resources" not in [s.heading for s in brief.sections]


def test_a_report_opening_on_introduction_is_not_titled_introduction() -> None:
    assert is_generic("1. Introduction")
    assert not is_generic("Leeds depot review")
    assert _brief().title != "Introduction"
