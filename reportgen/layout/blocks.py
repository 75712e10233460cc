"""The block kinds a plan is made of; each renderer has one small function per kind."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of running text."""

    text: str


@dataclass(frozen=True, slots=True)
class Callout:
    """A boxed statement that must stand out: the bottom line."""

    text: str


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


_HEDGES = ("about", "around", "approximately", "roughly", "circa", "c.", "some", "nearly")


@dataclass(frozen=True, slots=True)
class TimelineRow:
    when: str
    event: str
    precision: str
    value: str | None
    tentative: bool
    """True when the date is relative or approximate: formats mark it so readers see the doubt."""

    @property
    def label(self) -> str:
        """The date as every drawn timeline prints it: an approximate date says "about", unless
        its own words already hedge it; a relative one keeps its own words ("After 2012")."""
        if self.precision == "approximate" and not self.when.lower().startswith(_HEDGES):
            return f"about {self.when}"
        return self.when

    @property
    def hollow(self) -> bool:
        """Drawn with a hollow marker: the date is only approximate or relative."""
        return self.tentative


@dataclass(frozen=True, slots=True)
class TimelineRows:
    rows: tuple[TimelineRow, ...]


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A table of the document's, with its figures: drawn as a real table in every format."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""

    @property
    def width(self) -> int:
        """Columns: the widest row's; shorter rows are padded with empty cells."""
        return max([len(self.header), *(len(r) for r in self.rows)], default=0)

    @property
    def all_rows(self) -> tuple[tuple[str, ...], ...]:
        """The header row (when there is one) and then the body rows, as drawn."""
        return ((self.header,) if self.header else ()) + self.rows

    def padded(self, row: tuple[str, ...]) -> tuple[str, ...]:
        return row + ("",) * (self.width - len(row))

    @property
    def shares(self) -> tuple[float, ...]:
        """Each column's share of the width, from its longest word and its typical cell, so
        every format sets the columns alike."""
        rows = [self.padded(r) for r in self.all_rows]
        need: list[float] = []
        for c in range(self.width):
            cells = sorted(len(r[c]) for r in rows)
            longest_word = max((len(w) for r in rows for w in r[c].split()), default=1)
            typical = cells[len(cells) // 2] if cells else 1
            head = self.header[c] if c < len(self.header) else ""
            head_word = max((len(w) for w in head.split()), default=0) * _BOLD_WIDER
            need.append(max(longest_word, head_word, min(typical, 40), min(len(head), 16), 3))
        total = sum(need) or 1.0
        return tuple(n / total for n in need)

    @property
    def figure_columns(self) -> tuple[bool, ...]:
        """Columns whose body cells are mostly figures: their heading is set right-aligned
        over them, as the figures are."""
        rows = [self.padded(r) for r in self.rows]
        out = []
        for c in range(self.width):
            cells = [r[c] for r in rows if r[c]]
            out.append(bool(cells) and sum(map(is_figure, cells)) * 2 > len(cells))
        return tuple(out)


_BOLD_WIDER = 1.2
"""A heading's bold word runs about this much wider than the same word in body type."""
_FIGURE_CHARS = frozenset("0123456789.,%()$€£¥-–+ ")


def is_figure(cell: str) -> bool:
    """A cell that holds a figure ("1,234", "(12)", "96.1%"): set right-aligned to line up."""
    return any(c.isdigit() for c in cell) and all(c in _FIGURE_CHARS for c in cell)


INDEX_AFTER = 6
"""Bare names past this many are set as an index, in :data:`INDEX_COLUMNS` columns."""
INDEX_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class ActorList:
    """One kind of actor ("People", "Places", "Groups") as (name, detail) pairs."""

    label: str
    entries: tuple[tuple[str, str], ...]
    """``detail`` is the role for people and empty for places and groups."""

    @property
    def columns(self) -> int:
        """Columns a page format sets the list in: past six bare names (places, groups) it runs
        down three, as an index does; names with roles keep a line each."""
        if len(self.entries) > INDEX_AFTER and not any(detail for _, detail in self.entries):
            return INDEX_COLUMNS
        return 1

    @property
    def index(self) -> tuple[tuple[str, ...], ...]:
        """The names split down :attr:`columns` columns, read column by column: the first
        column is filled before the second, and only the last may run short."""
        names = [name for name, _ in self.entries]
        per_column = -(-len(names) // self.columns)
        return tuple(
            tuple(names[c * per_column : (c + 1) * per_column]) for c in range(self.columns)
        )


Block = Para | Callout | Bullets | TimelineRows | ActorList | TableBlock


def block_words(block: Block) -> int:
    """Words a block prints, whatever its kind (a table with its caption, an actor list with
    roles): what the page and email budgets count."""
    return len(" ".join(_strings(block)).split())


def _strings(value: object) -> list[str]:
    out: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, tuple):
            stack.extend(item)
        elif hasattr(item, "__slots__"):
            stack.extend(getattr(item, name) for name in item.__slots__)
    return out
