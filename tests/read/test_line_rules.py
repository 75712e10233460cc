"""Each plain-text line rule matches the lines it must and none it must not."""

from __future__ import annotations

import pytest

from reportgen.read._line_rules import RULES, LineRule


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
