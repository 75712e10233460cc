"""What a brief prints besides its sections, in words, and which actors it has room for.

The sections take what the page budget leaves, so the words the other parts print are counted
from the parts themselves (the timeline as built, the actor lists as capped), not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportgen.model import Actors
from reportgen.summarize._tokens import as_whole_words

_HEADINGS = 40
"""Title, subtitle, part headings and list labels that every brief prints."""


@dataclass(frozen=True, slots=True)
class Printed:
    said: list[int] = field(default_factory=list)
    """Words of the bottom line, each key point and each action."""
    labels: list[int] = field(default_factory=list)
    """Words of each timeline entry, its date included."""
    actors: int = 0
    """Words of the actor lists, roles included."""

    def total(self) -> int:
        return _HEADINGS + sum(self.said) + sum(self.labels) + self.actors


def actor_words(actors: Actors) -> int:
    people = sum(len(p.name.split()) + len(p.role.split()) for p in actors.people)
    places = sum(len(p.name.split()) for p in actors.places)
    return people + places + sum(len(g.name.split()) for g in actors.groups)


def most_named(actors: Actors, text: str, most: int) -> Actors:
    """Each kind cut to the ``most`` actors the text names most often, in their first order:
    a brief lists who matters, the JSON of a full brief lists more."""

    def mentions(name: str) -> int:
        return len(as_whole_words(name).findall(text)) if name.strip() else 0

    def keep(names: list[str]) -> set[int]:
        if len(names) <= most:
            return set(range(len(names)))
        ranked = sorted(range(len(names)), key=lambda i: (-mentions(names[i]), i))
        return set(ranked[:most])

    people = keep([_surname(p.name) for p in actors.people])
    places = keep([p.name for p in actors.places])
    groups = keep([g.name for g in actors.groups])
    return Actors(
        people=tuple(p for i, p in enumerate(actors.people) if i in people),
        places=tuple(p for i, p in enumerate(actors.places) if i in places),
        groups=tuple(g for i, g in enumerate(actors.groups) if i in groups),
    )


_WORD = re.compile(r"[\w'-]+")


def _surname(name: str) -> str:
    """A person is named again by surname ("Colvin"), so mentions are counted by it."""
    words = _WORD.findall(name)
    return words[-1] if words else name
