"""What a brief prints besides its sections, in words, and which actors it has room for.

The sections take what the page budget leaves, so the words the other parts print are counted
from the parts themselves (the timeline as built, the actor lists as capped), not guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportgen import _recache
from reportgen.model import Actors, TableData

_HEADINGS = 40
"""Title, subtitle, part headings and list labels that every brief prints."""
ITEM_WORDS = 2
"""The room a printed item takes beyond its words, in words: its bullet or date column, the
gap after it and its last line left part empty."""


@dataclass(frozen=True, slots=True)
class Printed:
    said: list[int] = field(default_factory=list)
    """Words of the bottom line, each key point and each action."""
    labels: list[int] = field(default_factory=list)
    """Words of each timeline entry, its date included."""
    actors: int = 0
    """Words of the actor lists, roles included."""
    tables: int = 0
    """Words in the cells of the tables the brief keeps (a row takes a line however short)."""

    def total(self) -> int:
        items = len(self.said) + len(self.labels)
        return (
            _HEADINGS
            + sum(self.said)
            + sum(self.labels)
            + ITEM_WORDS * items
            + self.actors
            + self.tables
        )


def actor_words(actors: Actors) -> int:
    people = sum(len(p.name.split()) + len(p.role.split()) for p in actors.people)
    places = sum(len(p.name.split()) for p in actors.places)
    return people + places + sum(len(g.name.split()) for g in actors.groups)


def most_named(actors: Actors, text: str, most: int) -> Actors:
    """Each kind cut to the ``most`` actors the text names most often, in their first order:
    a brief lists who matters, the JSON of a full brief lists more."""
    people = [_surname(p.name) for p in actors.people]
    places = [p.name for p in actors.places]
    groups = [g.name for g in actors.groups]
    counts = _mentions(
        [n for names in (people, places, groups) if len(names) > most for n in names], text
    )

    def keep(names: list[str]) -> set[int]:
        if len(names) <= most:
            return set(range(len(names)))
        ranked = sorted(range(len(names)), key=lambda i: (-counts[names[i]], i))
        return set(ranked[:most])

    shown = keep(people), keep(places), keep(groups)
    return Actors(
        people=tuple(p for i, p in enumerate(actors.people) if i in shown[0]),
        places=tuple(p for i, p in enumerate(actors.places) if i in shown[1]),
        groups=tuple(g for i, g in enumerate(actors.groups) if i in shown[2]),
    )


def _mentions(names: list[str], text: str) -> Counter[str]:
    """How often the text names each, as whole words, in one pass over it (longest first, so
    "Syrian Army" is not also counted as "Syria")."""
    wanted = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not wanted:
        return Counter()
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, wanted))})(?!\w)")
    return Counter(m.group(0) for m in pattern.finditer(text))


_WORD = _recache.compile(r"[\w'-]+")


def _surname(name: str) -> str:
    """A person is named again by surname ("Colvin"), so mentions are counted by it."""
    words = _WORD.findall(name)
    return words[-1] if words else name


_LINE_WORDS = 12
"""The page a line of a table row takes, in words of running text."""
_LINE_CHARS = 95
"""Characters of body text across the page: a table's columns share them."""


def table_words(tables: Sequence[TableData]) -> int:
    """What the kept tables take on the page, in words of running text: each row as many
    lines as its fullest cell wraps to in its column's share of the width."""
    total = 0
    for t in tables:
        width = max(1, _LINE_CHARS // max(1, len(t.header) or max(map(len, t.rows), default=1)))
        for row in (t.header, *t.rows):
            if row:
                total += _LINE_WORDS * max(1, *(-(-len(cell) // width) for cell in row))
    return total


_CELL_PADDING = 2
"""Characters a column spends on its padding and rule, beside its text."""


def fits_across(table: TableData) -> bool:
    """Whether each column has room for its longest word across the page: a table of ten
    or fourteen columns read out of a PDF would break its headings and row labels letter by
    letter down the page ("Fe/ma/le", "Findin/gs"), which no reader can use; the source has
    it whole."""
    columns = max((len(r) for r in (table.header, *table.rows)), default=0)
    needs = 0
    for k in range(columns):
        cells = [r[k] for r in (table.header, *table.rows) if k < len(r)]
        needs += max((len(w) for c in cells for w in c.split()), default=1) + _CELL_PADDING
    return needs <= _LINE_CHARS
