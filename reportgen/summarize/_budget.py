"""How much of the source each level of detail keeps, whatever the input length."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Budget:
    key_points: int
    section_points: int
    """At most this many sentences across all sections: keeps a long source to a few pages."""
    tables: int = 3
    """At most this many of the document's tables, the fullest of figures."""
    table_rows: int = 20
    """A longer table is cut to this many rows, and its caption says so."""
    share: float = 0.4
    """The brief's words as a share of the source's: sections take what the bottom line, key
    points and timeline leave of it."""
    timeline_events: int = 15
    """At most this many timeline entries: a brief lists the main dates, a full one most."""
    page_words: int | None = 520
    """About what the whole brief may print, in words (two pages of the PDF at about 400
    words a page, headings and lists included); None: no page limit."""
    short_page_words: int | None = 260
    """The same for a source under :data:`SHORT_SOURCE` words: one page."""
    actors: int = 8
    """At most this many people, places and groups each: those the text names most."""
    compress_sections: bool = True
    """Section statements lose their asides (and, when long, their scene-setting); a full
    brief prints each sentence whole."""
    timeline_takes_its_sentences: bool = True
    """A sentence the timeline tells is not printed again in a section; a full brief, whose
    sections print each sentence whole, keeps it there unless its label says all of it."""
    fewest_section_points: int = 3
    """Whatever the page budget, the sections keep this many sentences (or all that are
    left), so the document's parts show beside its key points."""

    def page_words_for(self, words: int) -> int | None:
        """The page budget of a source of ``words`` words: one page under
        :data:`SHORT_SOURCE`."""
        return self.short_page_words if words < SHORT_SOURCE else self.page_words

    def pages_for(self, words: int) -> int | None:
        """The PDF pages a brief of a source of ``words`` words may take: one under
        :data:`SHORT_SOURCE`, else two; None where the level sets no page budget."""
        if self.page_words_for(words) is None:
            return None
        return 1 if words < SHORT_SOURCE else 2

    def squeezed(self, level: int) -> Budget:
        """This budget tightened by the first ``level`` steps of :data:`SQUEEZES`: what a
        brief gives up, in turn, when its pages still overflow."""
        budget = self
        for step in SQUEEZES[:level]:
            budget = step(budget)
        return budget


def _sections_only_where_room(b: Budget) -> Budget:
    """The sections hold only what the page leaves, one sentence at least."""
    return replace(b, fewest_section_points=1)


def _main_dates_and_actors(b: Budget) -> Budget:
    """The timeline keeps its main dates; each actor list, those the text names most."""
    return replace(b, timeline_events=min(b.timeline_events, 6), actors=min(b.actors, 5))


SQUEEZES: tuple[Callable[[Budget], Budget], ...] = (
    _sections_only_where_room,
    _main_dates_and_actors,
)
"""What a brief whose pages overflow gives up, least missed first. Its sections always keep
one sentence: they are the substance by the document's own parts."""

SHORT_SOURCE = 600
"""Under this many words a source's brief fits one page."""

BUDGETS = {
    "brief": Budget(
        3,
        12,
        tables=1,
        table_rows=12,
        timeline_events=6,
        share=0.25,
        page_words=400,
        short_page_words=300,
        actors=5,
    ),
    "standard": Budget(5, 30, tables=3, table_rows=20, timeline_events=10, share=0.4),
    "full": Budget(
        7,
        80,
        tables=8,
        table_rows=40,
        timeline_events=40,
        share=0.8,
        page_words=None,
        short_page_words=None,
        actors=30,
        compress_sections=False,
        timeline_takes_its_sentences=False,
    ),
}
