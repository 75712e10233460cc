"""How much one slide holds; the plan splits long parts by these numbers only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Budget:
    """Per-slide capacities, in items and characters of body text at the theme's body size."""

    bullets_per_slide: int = 5
    chars_per_slide: int = 620
    timeline_rows_per_slide: int = 5
    actor_rows_per_slide: int = 18
