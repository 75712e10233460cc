"""Each PDF line rule matches the lines it must and none it must not."""

from __future__ import annotations

import pytest

from reportgen.read._pdf_rules import RULES, LineRule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_each_pdf_line_rule_matches_its_examples_and_only_them(rule: LineRule) -> None:
    assert [m for m in rule.must if not rule.pattern.match(m)] == []
    assert [m for m in rule.must_not if rule.pattern.match(m)] == []
