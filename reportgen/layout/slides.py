"""What the deck and the handout agree on: one slide per chunk, and each slide's title."""

from __future__ import annotations


def slide_title(heading: str, index: int, count: int) -> str:
    """A part's heading, numbered when the part runs over several slides ("Timeline (2 of 3)"):
    every slide title is unique, as screen readers and the slide sorter need."""
    return heading if count == 1 else f"{heading} ({index + 1} of {count})"
