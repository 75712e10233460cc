"""How many items one slide may hold at most; how much text fits is measured, not counted."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Budget:
    """Per-slide caps in items: a slide reads best with a handful of points, however short.

    Whether the text fits is decided by measuring it with the fonts at the deck's body size
    (:mod:`reportgen.layout.measure`); these caps only keep short items from crowding a slide.
    """

    bullets_per_slide: int = 6
    timeline_rows_per_slide: int = 6
    actor_rows_per_slide: int = 18
