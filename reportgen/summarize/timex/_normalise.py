"""Turn each matched span into a TIMEX3 type and value, resolving relative ones against a date."""

from __future__ import annotations

from reportgen.summarize.timex._calendar import CalendarRules
from reportgen.summarize.timex._relative import RelativeRules
from reportgen.summarize.timex._spans import SpanRules
from reportgen.summarize.timex._state import Result, TimexType

__all__ = ["Resolver", "Result", "TimexType"]


class Resolver(CalendarRules, RelativeRules, SpanRules):
    """Normalises spans left to right, remembering the last date the text itself gave.

    Each rule of ``_rules`` names its resolver, a method of one of the three families; the
    shared state (document date, last date named, quarters named) lives in ``ResolverState``.
    """
