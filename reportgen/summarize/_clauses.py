"""Where one sentence tells several dated events: "started on 12 May and finished on 20 June"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.summarize.timex import Timex

CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|with|then)\s+|"
    r"\s+and\s+(?:then\s+)?(?=[a-z]+\s+(?:[a-z]+\s+)?(?:on|in|at|by|from|until|before|after)\s)"
)
"""A break between two clauses that each may carry a date of its own: "; ", ", and ",
", with " ("from 10 April, with a full ceasefire on 12 April"), and "and" before a verb and
its date ("on 24 December and reopen on 2 January"), but not "and" inside a range ("from
3 March and 5 May") or a list of dates."""


def by_clause(text: str, found: Sequence[Timex]) -> list[list[Timex]]:
    """The sentence's dates grouped by the clause they stand in, in order; one group when
    fewer than two clauses carry one, so that most sentences stay one event."""
    if len(found) < 2:
        return [list(found)]
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    groups: dict[int, list[Timex]] = {}
    for t in found:
        at = text.find(t.text)
        groups.setdefault(sum(b < at for b in breaks), []).append(t)
    return [groups[k] for k in sorted(groups)] if len(groups) > 1 else [list(found)]
