"""Each plain-text line rule matches the lines it must and none it must not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportgen.read._line_rules import RULES, LineRule, match


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_line_rule_matches_its_examples(rule: LineRule) -> None:
    assert rule.must, "every rule states what it must match"
    assert rule.must_not, "every rule states what it must not match"
    for line in rule.must:
        assert rule.pattern.match(line), f"{rule.name} misses {line!r}"
    for line in rule.must_not:
        assert not rule.pattern.match(line), f"{rule.name} wrongly matches {line!r}"


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def _two_cells_with_text(line: str) -> bool:
    """A pipe row spelled out: past an opening pipe, two cells that hold more than spaces."""
    rest = line.lstrip()
    cells = (rest[1:] if rest.startswith("|") else rest).split("|")
    return len(cells) >= 2 and cells[0].strip() != "" and cells[1].strip() != ""


@given(st.text(alphabet=" \t\u00a0|a:-", max_size=24))
def test_pipe_row_is_a_line_of_two_cells_with_text(line: str) -> None:
    assert bool(match("pipe_row", line)) == _two_cells_with_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "word " * 4000,
        "word " * 4000 + "|",
        "| " + "word " * 4000 + "|",
        " " * 20000 + "a",
        "Budget | " + "1.2m " * 4000,
    ],
    ids=["prose", "prose-then-pipe", "one-cell", "spaces", "long-cell"],
)
def test_pipe_row_reads_a_paragraph_long_line_as_the_short_rule_says(line: str) -> None:
    assert bool(match("pipe_row", line)) == _two_cells_with_text(line)
