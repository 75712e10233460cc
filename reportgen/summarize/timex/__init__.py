"""Temporal expressions: find DATE/TIME/DURATION/SET spans and normalise them to TIMEX3 values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression; ``text == source_text[start:end]``."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    """TIMEX3 value: ``2012``, ``2012-02-22``, ``PAST_REF``, ``P3Y``, ``XXXX-02-22``."""


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def tag(text: str, dct: date | None = None) -> list[Timex]:
    """Find temporal expressions in ``text``; ``dct`` anchors relative ones when given."""
    return [Timex(m.start(), m.end(), m.group(0), "DATE", m.group(0)) for m in _YEAR.finditer(text)]
