"""Sentences that state the same figures: one fact, said twice.

A results call says "Revenue increased 55.3% to $264.9 million" in its opening and again,
with the year before beside it, when the finance officer speaks; a report's summary gives the
figures its body gives. The later sentence adds a word or a comparison, so it is no echo of
the earlier one (``_echoes``), but a brief that prints both says its headline figure twice.
Two sentences sharing two figures (a year alone is no figure here) state the same fact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from reportgen import _recache
from reportgen.model import Sentence

_FIGURE = _recache.compile(r"(?<![\w./:-])\d[\d,]*(?:\.\d+)?(?![\d/:-])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = _recache.compile(rf"\b{_MONTH} \d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}")
"""A day of a month ("13 March", "March 13"): a date, not a figure of the fact."""
_YEAR = _recache.compile(r"(?:1[89]|20)\d\d")
SHARED = 2
"""Figures two sentences must share to state one fact."""


def figures(text: str) -> frozenset[str]:
    """The figures of ``text`` ("55.3", "264.9", "1,200"); years, days of a month, parts of
    a date or a time ("2024-01-13", "10:30") and one-digit counts left out: they date or
    count, and many facts share them."""
    found = (m.group().rstrip(",") for m in _FIGURE.finditer(_DAY.sub(" ", text)))
    return frozenset(f for f in found if not _YEAR.fullmatch(f) and len(f.replace(",", "")) > 1)


class _Stated:
    """Figure sets already stated, indexed by figure, so a long text stays linear."""

    def __init__(self) -> None:
        self._by_figure: dict[str, list[int]] = {}
        self._count = 0

    def add(self, mine: frozenset[str]) -> None:
        if len(mine) < SHARED:
            return
        for f in mine:
            self._by_figure.setdefault(f, []).append(self._count)
        self._count += 1

    def states(self, mine: frozenset[str]) -> bool:
        """Whether one stated set shares :data:`SHARED` figures with ``mine``."""
        if len(mine) < SHARED:
            return False
        hits: Counter[int] = Counter()
        for f in mine:
            hits.update(self._by_figure.get(f, ()))
        return any(n >= SHARED for n in hits.values())


def figures_of(sentences: Sequence[Sentence]) -> list[frozenset[str]]:
    """Each sentence's :func:`figures`, read once for every comparison a brief makes."""
    return [figures(s.text) for s in sentences]


def restating(figs: Sequence[frozenset[str]], said: Iterable[int]) -> frozenset[int]:
    """The sentences (by their :func:`figures_of` sets), other than ``said``, that share
    :data:`SHARED` figures with one of the ``said`` ones: they would state its fact again."""
    said = set(said)
    stated = _Stated()
    for i in said:
        stated.add(figs[i])
    return frozenset(i for i, mine in enumerate(figs) if i not in said and stated.states(mine))


def first_of_each(figs: Sequence[frozenset[str]], order: Sequence[int]) -> list[int]:
    """``order`` without the sentences that state figures an earlier one in it stated."""
    kept: list[int] = []
    stated = _Stated()
    for i in order:
        if stated.states(figs[i]):
            continue
        kept.append(i)
        stated.add(figs[i])
    return kept
