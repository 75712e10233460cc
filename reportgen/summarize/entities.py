"""People, places and groups named in the document."""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.model import Actors, Sentence


def find_actors(sentences: Sequence[Sentence]) -> Actors:
    """Actors named in the sentences, merged across mentions."""
    return Actors()
