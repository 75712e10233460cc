"""Where one sentence tells several dated events: "started on 12 May and finished on 20 June"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportgen import _recache

if TYPE_CHECKING:
    from reportgen.summarize.timex import Timex

CLAUSE_BREAK = _recache.compile(
    r"(?P<own>;\s+|,\s+(?:and|but|while|whereas|with|then)\s+)|"
    r"(?P<shared>\s+and\s+(?:then\s+)?(?=[a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:on|in|at|by|from|until|before|after)\s))"
)
"""A break between two clauses that each may carry a date of its own: "; ", ", and ",
", with " ("from 10 April, with a full ceasefire on 12 April"), and "and" before a verb and
its date ("close on 24 December and reopen on 2 January"), whose clause shares the subject
of the one before; not "and" inside a range ("from 3 March and 5 May") or a list of dates."""
_CLOSING = ".!?"


def by_clause(text: str, found: Sequence[Timex]) -> list[tuple[list[Timex], str | None]]:
    """The sentence's dates grouped by the clause they stand in, in order, each with the
    clause as an event of its own may read ("Each team should pack its desks by 29
    November."), or None where only the whole sentence reads well: a clause that shares
    its subject with the one before ("and reopen on 2 January"). One group, without a
    text, when fewer than two clauses carry a date, so that most sentences stay one event."""
    if len(found) < 2:
        return [(list(found), None)]
    breaks = list(CLAUSE_BREAK.finditer(text))
    groups: dict[int, list[Timex]] = {}
    for t in found:
        at = text.find(t.text)
        groups.setdefault(sum(b.start() < at for b in breaks), []).append(t)
    if len(groups) < 2:
        return [(list(found), None)]
    own = all(b["own"] for b in breaks)
    bounds = [0, *(b.end() for b in breaks), len(text)]
    starts = [0, *(b.start() for b in breaks), len(text)]
    return [
        (groups[k], _as_sentence(text[bounds[k] : starts[k + 1]], text) if own else None)
        for k in sorted(groups)
    ]


def _as_sentence(clause: str, sentence: str) -> str:
    """The clause capitalised and closed as its sentence is."""
    clause = clause.strip().rstrip(",;:")
    end = sentence.rstrip()[-1:]
    if end in _CLOSING and clause[-1:] not in _CLOSING:
        clause += end
    return clause[:1].upper() + clause[1:]
