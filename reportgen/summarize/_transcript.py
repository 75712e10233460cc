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

from reportgen import _recache
from reportgen.model import Sentence

_LABEL = _recache.compile(r"^((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w.'\-]*(?:\s\([^()]{1,40}\))?):\s+")
"""A turn's opening label, as :mod:`_point_rules` reads it."""
TURNS = 3
"""A label that opens this many turns is a speaker's, not a caption's ("Hotspot: ...")."""
SHARE = 0.15
"""A text whose speakers' labels open this share of its sentences is a transcript."""


def speakers(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The labels that open at least :data:`TURNS` sentences."""
    counts = Counter(m[1] for s in sentences if (m := _LABEL.match(s.text)))
    return frozenset(label for label, n in counts.items() if n >= TURNS)


def is_transcript(sentences: Sequence[Sentence], labels: frozenset[str]) -> bool:
    """Whether the speakers' labels open at least :data:`SHARE` of the sentences."""
    opened = sum(1 for s in sentences if (m := _LABEL.match(s.text)) and m[1] in labels)
    return bool(sentences) and opened >= SHARE * len(sentences)


def crosstalk(sentences: Sequence[Sentence], labels: frozenset[str]) -> frozenset[int]:
    """Sentences with a speaker's label inside them, after their first words: two turns run
    together, which no reader can take as one statement."""
    if not labels:
        return frozenset()
    inner = re.compile(
        r"(?<=\S)\s+(?:" + "|".join(re.escape(label) for label in labels) + r"):(?:\s|$)"
    )
    return frozenset(s.index for s in sentences if inner.search(s.text))


def speaker_of(sentences: Sequence[Sentence], labels: frozenset[str]) -> list[str | None]:
    """Who says each sentence: the label of the turn it belongs to (a turn's later sentences
    carry no label of their own); None before the first turn."""
    out: list[str | None] = []
    current: str | None = None
    for s in sentences:
        m = _LABEL.match(s.text)
        if m and m[1] in labels:
            current = m[1]
        out.append(current)
    return out


def unlabelled(text: str, label: str | None) -> str:
    """``text`` without its speaker's label, when it opens on ``label``."""
    if label and text.startswith(f"{label}:"):
        rest = text[len(label) + 1 :].lstrip()
        return rest[:1].upper() + rest[1:] if rest else text
    return text
