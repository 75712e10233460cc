"""Whether a text is a transcript, and which of its lines are crosstalk.

Minutes, hearings, earnings calls and meeting recordings put a speaker's label before each
turn ("Project Manager: ", "Lynne Neagle AM: "). A transcript does not put its news first as
a story does: it opens on greetings and the running order, so its sentences are ranked by what
they say, not where they sit. And where one turn runs into another ("if you like 'em Project
Manager: Yeah, but ..."), the text mixes two speakers and states nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen.model import Sentence
from reportgen.summarize._point_rules import SPEAKER

TURNS = 3
"""A label that opens this many turns is a speaker's, not a caption's ("Hotspot: ...")."""
SHARE = 0.15
"""A text whose speakers' labels open this share of its sentences is a transcript."""


@dataclass(frozen=True, slots=True)
class Turns:
    """The label each sentence opens on (read once), and which labels are speakers'."""

    opening: tuple[str | None, ...]
    """The label before a sentence's words (:data:`_point_rules.SPEAKER`), or None."""
    speakers: frozenset[str]
    """The labels that open at least :data:`TURNS` sentences."""

    @property
    def is_transcript(self) -> bool:
        """Whether the speakers' labels open at least :data:`SHARE` of the sentences."""
        opened = sum(1 for label in self.opening if label in self.speakers)
        return bool(self.opening) and opened >= SHARE * len(self.opening)

    def speaker_of(self) -> list[str | None]:
        """Who says each sentence: the label of the turn it belongs to (a turn's later
        sentences carry no label of their own); None before the first turn."""
        out: list[str | None] = []
        current: str | None = None
        for label in self.opening:
            if label in self.speakers:
                current = label
            out.append(current)
        return out


def turns(sentences: Sequence[Sentence]) -> Turns:
    """Each sentence's opening label, and the speakers among them."""
    opening = tuple(m[1] if (m := SPEAKER.match(s.text)) else None for s in sentences)
    counts = Counter(label for label in opening if label is not None)
    return Turns(opening, frozenset(label for label, n in counts.items() if n >= TURNS))


def crosstalk(sentences: Sequence[Sentence], labels: frozenset[str]) -> frozenset[int]:
    """Sentences with a speaker's label inside them, after their first words: two turns run
    together, which no reader can take as one statement."""
    if not labels:
        return frozenset()
    inner = re.compile(
        r"(?<=\S)\s+(?:" + "|".join(re.escape(label) for label in labels) + r"):(?:\s|$)"
    )
    return frozenset(s.index for s in sentences if inner.search(s.text))


def unlabelled(text: str, label: str | None) -> str:
    """``text`` without its speaker's label, when it opens on ``label``."""
    if label and text.startswith(f"{label}:"):
        rest = text[len(label) + 1 :].lstrip()
        return rest[:1].upper() + rest[1:] if rest else text
    return text


def labelled(text: str, label: str | None) -> str:
    """``text`` opening on its speaker's ``label``: a turn's later sentence, shown alone, says
    who spoke as its first sentence does."""
    if label and not text.startswith(f"{label}:"):
        return f"{label}: {text}"
    return text
