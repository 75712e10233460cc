"""Spans of time and repetitions: "two years ago", "the past three months", "daily"."""

from __future__ import annotations

import re

from reportgen import _recache
from reportgen.summarize.timex._anchor import (
    GRAIN_OF_UNIT,
    Point,
    shift,
)
from reportgen.summarize.timex._lexicon import (
    NUMBER_WORD,
    PARTS_OF_DAY,
    SEASONS,
    parse_number,
)
from reportgen.summarize.timex._state import (
    ResolverState,
    Result,
    month_of,
    period,
    squash,
    unit_of,
)

_PER_PRICE = _recache.compile(
    r"(?:[$£€¥]\s*[\d.,]+(?:\s*(?:million|billion|trillion))?|\d[\d.,]*\s*(?:%|percent|cents?|"
    r"dollars|miles|hours|days|times|pounds)|\b(?:once|twice|thrice|times)|\bcents?|percent)\s*$",
    re.I,
)
_BEFORE_UNITS = frozenset(("for", "in", "over", "within", "took", "take", "takes", "taken", "last"))
_AFTER_PREPOSITION = _recache.compile(
    r"\b(?:in|within|for|over|about|after|than|of|by|under|nearly|almost|only|just)\s+$", re.I
)
_COUNTED = _recache.compile(
    rf"(?:\d[\d,.]*|\b(?:{NUMBER_WORD})(?:\s+(?:hundred|thousand|million))?|\b(?:hundreds|"
    r"thousands|millions|dozens)\s+of)(?:\s+[a-z]+){1,2}\s+$",
    re.I,
)
"""A count and one or two nouns right before "a week": "four flights a week", "fifty
thousand CDs a year", "hundreds of interviews a day"."""
_MODAL_BEFORE = _recache.compile(r"\b(?:will|would|could|may|might|can|shall|'ll)\s+$", re.I)
_HOPEFULLY_BEFORE = _recache.compile(r"\bhopefully\s+$", re.I)
_SUBJECT_OR_TO_BEFORE = _recache.compile(r"\b(?:to|he|she|they|we|I)\s+$")
_VERB_AFTER = _recache.compile(
    r"\s+(?!(?:of|in|on|at|a|an|the|and|or|per|for|with|to|from|later|after|before|earlier|ago|"
    r"off|out|long|each|every|this|that|last|next)\b)[a-z]+\b"
)
"""A bare verb after "to one day" or "he one day" ("to one day have"), not "to one day a week"."""
_SUBJECT_WILL_AFTER = _recache.compile(
    r"\s*,?\s+(?:I|you|he|she|we|they|it)(?:\s+(?:will|may|might|can|shall)\b|'ll\b)"
)
_OF_AFTER = _recache.compile(r"\s+of\b")
_CAPITALISED_AFTER = _recache.compile(r"\s+[A-Z][a-z]")
_LATER_AFTER = _recache.compile(r"\s+(?:later|earlier)\b")
_BEFORE_AT_END = _recache.compile(r"\s+(?:before|ago)(?=\s*[.,;:!?)]|\s*$)")
_AT_SENTENCE_START = _recache.compile(r"(?:^|[.!?:;\n\"'`(\[])\s*$")
"""What stands before a word that opens a sentence, a quote or a line."""
# What an age in months, weeks or days is said of when it is a person's: a person noun within
# the next two words ("a 6-month-old baby girl"), or nothing at all, the age standing for the
# person ("the 10-week-old was treated").
_AGE_OF = _recache.compile(
    r"(?:\s+[\w-]+){0,1}?\s+(?:babies|baby|boys?|girls?|sons?|daughters?|child|children|"
    r"infants?|toddlers?|twins?|brothers?|sisters?|nephews?|nieces?|grandsons?|"
    r"granddaughters?|grandchild|grandchildren|man|men|woman|women|patients?|victims?)\b"
    r"|\s*(?:[.,;:!?)\]]|'s\b|\s+(?:was|is|has|had|who|died)\b|$)",
    re.I,
)
_FUZZY_WORDS = _recache.compile(r"few|several|many|some|number|numerous", re.I)


class SpanRules(ResolverState):
    """Durations, offsets from a date, and sets (TIMEX3 DURATION and SET)."""

    # -- spans of time, offsets and repetitions --------------------------------------------

    def _offset(self, m: re.Match[str]) -> Result | None:
        letter, mult, is_time = unit_of(m["unit"])
        n = parse_number(m["num"])
        direction = squash(m["dir"])
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        base = self.dct
        if direction not in ("ago", "from now", "hence") and self.ref is not None:
            base = self.ref.day
        if base is None or n is None or is_time:
            if is_time and base is not None:
                return "DATE", base.isoformat(), None
            return "DATE", self._relative_ref(sign), None
        steps = round(n * mult) * sign
        grain = GRAIN_OF_UNIT.get(letter, "year")
        quarter = self._main_quarter()
        if letter == "Y" and mult == 1 and steps == -1 and quarter is not None:
            return "DATE", Point(shift(quarter.day, "Y", steps), "quarter").value(), None
        moved = shift(base, letter, steps)
        if moved == base and steps:
            return "DATE", self._relative_ref(sign), None  # "10,000 years ago": past the calendar
        return "DATE", Point(moved, grain).value(), None

    def _someday(self, start: int, end: int) -> bool:
        """Whether "one day" means some day to come: after a modal or "hopefully", between "to"
        or a subject and its verb ("hopes to one day have"), or before a subject and "will"."""
        before = self.text[max(0, start - 12) : start]
        if _MODAL_BEFORE.search(before) or _HOPEFULLY_BEFORE.search(before):
            return True
        if _SUBJECT_OR_TO_BEFORE.search(before):
            return _VERB_AFTER.match(self.text, end) is not None
        return _SUBJECT_WILL_AFTER.match(self.text, end) is not None

    def _duration(self, m: re.Match[str]) -> Result | None:
        num = squash(m["num"])
        unit_word = m["unit"].lower()
        if num in ("a", "an") and unit_word in ("second", "quarter", "half"):
            return None  # "a second time", "a quarter of the shares"
        if (
            unit_word.startswith("quarter")
            and _OF_AFTER.match(self.text, m.end())
            and not _FUZZY_WORDS.search(num)
        ):
            return None  # "three quarters of the vote"; "several quarters of losses" is time
        if squash(m.group(0)) == "one day" and self._someday(m.start(), m.end()):
            return "DATE", "FUTURE_REF", None  # "Islam will one day be ...": some future day
        letter, mult, is_time = unit_of(unit_word)
        if _FUZZY_WORDS.search(num):
            return "DURATION", period(None, letter, mult, is_time), None
        n = parse_number(num.replace("a couple of", "two").replace("couple of", "two"))
        if n is None:
            return None
        if n >= 1000 and "," not in num:
            return None  # "the 1988 quarter" is a date, not 1988 quarters
        if m["half"] or m["half0"]:
            n += 0.5
        value = period(n, letter, mult, is_time)
        if (
            num in ("a", "an")
            and not m["the"]
            and not m["approx"]
            and not _LATER_AFTER.match(self.text, m.end())  # "hired 40 and a year later closed"
            and not _BEFORE_AT_END.match(self.text, m.end())  # "from $5 million a year before."
        ):
            before = self.text[max(0, m.start() - 40) : m.start()]
            if not _AFTER_PREPOSITION.search(before) and (
                _PER_PRICE.search(before) or _COUNTED.search(before)
            ):
                return "SET", value, None  # "$5 a year", "700 seats a week": a rate
        return "DURATION", value, None

    def _duration_adj(self, m: re.Match[str]) -> Result | None:
        named = self._word_before(m) == "the" and _CAPITALISED_AFTER.match(self.text, m.end())
        if m["num"][:1].isupper() and named:
            return None  # "the Six-Day War": a name; "A Two-Day Strike Hits Paris" is a span
        letter, mult, is_time = unit_of(m["unit"])
        n = parse_number(m["num"])
        if n is None or (m["num"].lower() in ("a", "an")):
            return None
        if m["old"] == "-old" and (letter == "Y" or _AGE_OF.match(self.text, m.end())):
            # A person's age ("a 6-year-old boy", "their 6-month-old son") is no temporal
            # expression; a thing's age in smaller units is one ("the 8-month-old truce").
            return None
        return "DURATION", period(n, letter, mult, is_time), None

    def _half_unit(self, m: re.Match[str]) -> Result | None:
        """ "half a century", "a half-hour": half of one unit, written in a smaller one."""
        return "DURATION", period(0.5, *unit_of(m["unit"])), None

    def _unit_long(self, m: re.Match[str]) -> Result | None:
        """ "a day-long meeting" lasts one day; "a decades-long battle" an unstated number."""
        unit_word = m["unit"].lower()
        letter, mult, is_time = unit_of(unit_word)
        plural = unit_word.endswith("s") or unit_word == "centuries"
        return "DURATION", period(None if plural else 1, letter, mult, is_time), None

    def _bare_units(self, m: re.Match[str]) -> Result | None:
        """ "for years", "in months", "weeks later": a bare plural is a span only after such a
        preposition or before "later" or "earlier"."""
        if not _LATER_AFTER.match(self.text, m.end()):
            spaced = self.text[max(0, m.start() - 1) : m.start()].isspace()
            if not spaced or self._word_before(m) not in _BEFORE_UNITS:
                return None
        letter, mult, is_time = unit_of(m["unit"])
        return "DURATION", period(None, letter, mult, is_time), None

    def _the_units(self, m: re.Match[str]) -> Result | None:
        """ "over the years", "in the weeks ahead": a stretch of time of unstated length."""
        letter, mult, is_time = unit_of(m["unit"])
        return "DURATION", period(None, letter, mult, is_time), None

    def _set_freq(self, m: re.Match[str]) -> Result | None:
        return "SET", period(1, *unit_of(m["unit"])), None

    def _set(self, m: re.Match[str]) -> Result | None:
        if m["adv"]:
            lead = max(0, m.start() - 40)
            if m["adv"][0].isupper() and not _AT_SENTENCE_START.search(self.text, lead, m.start()):
                return None  # "China Daily", "the Weekly Standard": a title, not a rate
            value = {
                "daily": "P1D",
                "weekly": "P1W",
                "monthly": "P1M",
                "annually": "P1Y",
                "yearly": "P1Y",
                "hourly": "PT1H",
                "nightly": "P1D",
                "quarterly": "P1Q",
                "biweekly": "P2W",
                "semiannually": "P6M",
                "semi-annually": "P6M",
                "biannually": "P6M",
            }[m["adv"].lower()]
            return "SET", value, None
        if m["mon"]:
            return "SET", f"XXXX-{month_of(m['mon']):02d}", None
        if m["part"]:  # "every morning"
            return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['part'].lower()]}", None
        if m["season"]:  # "every summer"
            return "SET", f"XXXX-{SEASONS[m['season'].lower()]}", None
        letter, mult, is_time = unit_of(m["unit"])
        n = parse_number(m["num"]) if m["num"] else 1.0
        return "SET", period(n, letter, mult, is_time), None
