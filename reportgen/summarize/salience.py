"""Which sentences matter most: key points, bottom line and title."""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.model import Sentence


def rank_sentences(sentences: Sequence[Sentence]) -> list[int]:
    """Sentence indices, most important first."""
    return [s.index for s in sentences]


def choose_title(sentences: Sequence[Sentence], stem: str) -> str:
    """A short title for the brief when the user gives none."""
    return stem.replace("_", " ").replace("-", " ").strip().title() or "Brief"
