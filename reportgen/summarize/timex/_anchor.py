"""Calendar arithmetic and TIMEX3 formatting for resolving relative expressions against a date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, NamedTuple

from reportgen import _recache
from reportgen.summarize._abbreviations import ABBREVIATIONS, keeps_its_period

Grain = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]
Tense = Literal["past", "present", "future"]
Side = Literal["before", "after"]


@dataclass(frozen=True, slots=True)
class Point:
    """A resolved calendar point: one representative day and how precisely the text knows it."""

    day: date
    grain: Grain
    season: str = ""
    """SP/SU/FA/WI when ``grain`` is "season"."""

    def value(self) -> str:
        d = self.day
        match self.grain:
            case "day":
                return d.isoformat()
            case "week":
                iso = d.isocalendar()
                return f"{iso.year:04d}-W{iso.week:02d}"
            case "month":
                return f"{d.year:04d}-{d.month:02d}"
            case "quarter":
                return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
            case "half":
                return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
            case "season":
                return f"{d.year:04d}-{self.season}"
            case "year":
                return f"{d.year:04d}"
            case "decade":
                return f"{d.year // 10:03d}"
            case "century":
                return f"{d.year // 100:02d}"


def add_months(d: date, months: int) -> date:
    """Month arithmetic that clamps the day (31 March − 1 month → 28/29 February)."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    if not 1 <= y <= 9999:
        return d
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """Move ``n`` units (TIMEX3 letters D/W/M/Q/Y) from ``d``; years out of range leave ``d``."""
    try:
        match unit:
            case "D":
                return d + timedelta(days=n)
            case "W" | "WE":
                return d + timedelta(weeks=n)
            case "M":
                return add_months(d, n)
            case "Q":
                return add_months(d, 3 * n)
            case _:
                return add_months(d, 12 * n)
    except OverflowError:
        return d


GRAIN_OF_UNIT: dict[str, Grain] = {
    "D": "day",
    "W": "week",
    "WE": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
}


Grip = Literal["near", "far", "loose"]


class Cue(NamedTuple):
    """The tense governing a span, as read from the words around it."""

    tense: Tense
    plainly_past: bool = True
    """Past by an auxiliary, an adverb or a reporting verb, not only by a word in -ed,
    which may be a participle ("scheduled", "headed") as well as a past verb."""
    grip: Grip = "loose"
    """How firmly the deciding word dates the span. "near": it is within :data:`NEAR_WORDS`
    words, the verb the date modifies ("began in March"); "far": a verb of the same sentence
    with no infinitive between; "loose": a reporting verb further off or a plan ("was
    planned for March"), which dates the saying or the planning, not the event."""


NEAR_WORDS = 6
"""Words between a date and a verb within which the verb surely governs the date."""


def weekday_near(dct: date, weekday: int, cue: Cue) -> date:
    """News names a weekday for the closest such day: on or before the dct, after it if future.

    The one exception is the day after the dct: news writes "last Tuesday" for six days ago,
    so a bare "Tuesday" written on a Monday is tomorrow unless an auxiliary or a reporting
    verb says plainly that it is past; an -ed form alone ("headed Tuesday to Nairobi",
    "postponed until Tuesday") does not, nor does a sentence with no tense word at all.
    """
    diff = weekday - dct.isoweekday()
    firmly_past = cue.tense == "past" and cue.plainly_past
    if cue.tense == "future" or (diff % 7 == 1 and not firmly_past):
        return dct + timedelta(days=diff % 7)
    return dct - timedelta(days=(-diff) % 7)


TENSE_WEIGHT = 90
"""Days of distance the sentence's tense outweighs when choosing a bare month's year."""
FAR_VERB_WEIGHT = 300
"""Days a verb of the sentence further off outweighs, when no infinitive stands between."""
VERB_WEIGHT = 400
"""Days a verb right beside a month outweighs: "began in March", written in November, is
last March and "will meet in January", written in February, next January."""
LAG_DAYS = 1
"""Days a past event may lie after the dct: a wire dated the 4th tells of the 5th abroad."""
SIDE_WEIGHT = 300
"""Days "payable" or "effective" outweighs: a record date may lie a few days before the dct."""


def month_near(
    dct: date,
    month: int,
    tense: Tense,
    day: int | None = None,
    side: Side | None = None,
    weight: int = TENSE_WEIGHT,
) -> int:
    """The year of a month named without one: the year putting it closest to the dct.

    News speaks of the months around its date, so "January" in November is next January and
    "October" in February is last October; the tense of the sentence weighs in (by about a
    quarter, or ``weight`` days) when the two readings are nearly as far. ``side`` is what
    the word before the month says outright ("since March" is before the dct, "payable
    Jan. 2" after it). A month named without a day is measured from its middle: "began in
    March", written on 5 March, is last year's March, as this month's would be "earlier this
    month"; written on 20 March, half of this March is past and may be meant. The month under
    way is always near enough for a future tense: the rest of it lies ahead.
    """

    def distance(y: int) -> float:
        last = calendar.monthrange(y, month)[1]
        if day is None and tense == "future" and date(y, month, 1) <= dct <= date(y, month, last):
            return 0
        days = (date(y, month, min(day or 15, last)) - dct).days
        if side == "before" and days > 0:
            return abs(days) + 1000  # "since" and "ended" never name a date still to come
        if side == "after" and days < 0:
            return abs(days) + SIDE_WEIGHT
        if tense == "past" and days > LAG_DAYS or tense == "future" and days < 0:
            return abs(days) + weight
        return abs(days)

    return min((dct.year, dct.year - 1, dct.year + 1), key=distance)


_BEFORE_WORDS = frozenset({"since", "ended"})
_AFTER_WORDS = frozenset({"payable", "effective"})
_LEAD_SKIP = frozenset({"on", "the", "in", "of", "early", "late", "mid"})
"""Words skipped back over to reach the cue: "since early March", "ended on Jan. 31"."""


def side_of(text: str, start: int) -> Side | None:
    """Which side of the dct the word before a date puts it on, if it says so outright.

    "since March" and "the year ended Jan. 31" are before it; "payable Jan. 2",
    "effective Feb. 1" and "holders of record Dec. 21" after it.
    """
    words = [w.lower() for w in _TOKEN.findall(text, max(0, start - 30), start)]
    while words and words[-1] in _LEAD_SKIP:
        words.pop()
    if not words:
        return None
    if words[-1] in _BEFORE_WORDS:
        return "before"
    if words[-1] in _AFTER_WORDS or words[-2:] == ["of", "record"]:
        return "after"
    return None


_FUTURE_WORDS = frozenset({"will", "won't", "shall"})
_FUTURE_PAIRS = frozenset(
    {
        ("going", "to"),
        ("plans", "to"),
        ("plan", "to"),
        ("planned", "to"),
        ("planning", "to"),
        ("agreed", "to"),
        ("expects", "to"),
        ("expect", "to"),
        ("intends", "to"),
        ("intend", "to"),
        ("hopes", "to"),
        ("aims", "to"),
        ("is", "to"),
        ("are", "to"),
        ("soon", "as"),
        ("early", "as"),
    }
)
_SCHEDULED = frozenset(
    {"is", "are", "begin", "begins", "open", "opens", "start", "starts", "resume", "resumes"}
    | {"expire", "expires", "meet", "meets", "convene", "convenes", "arrive", "arrives"}
    | {"return", "returns", "ends", "end", "close", "closes"}
    | {"leave", "leaves", "depart", "departs", "visits", "travels", "flies", "heads"}
    | {"travel", "play", "plays", "host", "hosts", "face", "faces", "kick", "kicks"}
)
"""Present verbs that, right before a date, tell a fixed plan as "will" would: "the vote is
Friday", "the talks, which begin Friday", "the summit opens in April"."""
_COMMA_AFTER = _recache.compile(r"\s*[,;]")
_CLAUSE_BREAK = _recache.compile(r"[,;:()]|\b(?:and|but|or)\b")
_SCHEDULE_REACH = 3
"""Words a present verb of schedule may stand before its date ("City play Leeds on Wednesday")."""
_PAST_PLANS = frozenset({"agreed", "planned"})
"""Past verbs whose infinitive lies ahead: a date after them ("agreed to meet on Friday") may
still come, but one before them dates the plan itself ("On Tuesday, they agreed to ...")."""
_INTENT = frozenset({"scheduled", "set", "expected", "due"})
"""Future when the plan still stands: "is scheduled to", not "had been scheduled to"."""
_PLANS = _INTENT | {"planned", "slated", "intended", "proposed"}
"""Verbs that tell a plan, not the event: "was planned for March" may still lie ahead."""
_PASSIVE_BE = frozenset({"be", "being", "is", "are", "am", "was", "were"})
"""Before a word in -ed they make it a passive participle that carries no tense itself."""
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "still"})
"""Before a word in -ed they make it an adjective: "a still unspecified date"."""
_PAST_WORDS = frozenset(
    {"was", "were", "had", "did", "said", "says", "told", "ago", "last", "yesterday", "been"}
)
_PRETERITES = frozenset(
    [
        "began",
        "rose",
        "fell",
        "became",
        "came",
        "went",
        "took",
        "gave",
        "grew",
        "drew",
        "knew",
        "threw",
        "flew",
        "wrote",
        "spoke",
        "broke",
        "chose",
        "froze",
        "drove",
        "rode",
        "shook",
        "forgot",
        "ate",
        "stole",
        "withdrew",
        "overtook",
        "undertook",
        "oversaw",
        "underwent",
        "arose",
        "sank",
        "swore",
        "tore",
        "wore",
        "woke",
        "saw",
        "ran",
        "sat",
        "sang",
        "swam",
        "hid",
        "died",
    ]
)
"""Irregular past forms that are never participles: as plainly past as "was"."""
_IRREGULAR_PAST = frozenset(
    [
        "bought",
        "brought",
        "sold",
        "paid",
        "made",
        "held",
        "led",
        "won",
        "lost",
        "left",
        "met",
        "sent",
        "spent",
        "built",
        "kept",
        "found",
        "felt",
        "thought",
        "caught",
        "taught",
        "fought",
        "sought",
        "struck",
        "heard",
        "meant",
        "laid",
        "fled",
        "slid",
        "lent",
        "dealt",
        "hung",
        "stood",
        "understood",
        "shot",
        "got",
    ]
)
"""Irregular past forms that are also participles: past like a word in -ed, and like it
without tense of their own after "be" ("will be sold in March")."""
_PERFECT = frozenset({"had", "been", "has", "have"})
"""Before a word in -ed they make it a verb in a perfect tense, as plainly past as "was"."""
_NOT_PAST = frozenset(
    {"united", "need", "indeed", "proceed", "exceed", "succeed", "speed", "hundred"}
)
_UN_VERBS = frozenset(
    {
        "unveiled",
        "unleashed",
        "uncovered",
        "unearthed",
        "unlocked",
        "unloaded",
        "unraveled",
        "unravelled",
        "unfolded",
        "unsealed",
        "unified",
        "unpacked",
        "unseated",
        "unnerved",
        "unplugged",
        "unblocked",
    }
)
"""Verbs in un-: "un" before a participle otherwise makes a negated adjective ("markets
untouched by the crisis", "an undisclosed sum"), which tells no tense."""
_FILLER = frozenset({"on", "at", "the", "in", "of", "early", "late", "mid", "about", "around"})
"""Words that may stand between a date and the verb it belongs to ("said on Tuesday")."""
_REPORTING = frozenset({"said", "says", "told"})
"""Reporting verbs date the saying; they govern a date only when right beside it."""
_TOKEN = _recache.compile(r"[\w']+")


_EDGE = _recache.compile(r"[!?\n]|\.(?=[\"'`)\]]*\s+[^a-z\s])")
"""Where a sentence may end: "!", "?", a line break, or a period before a word that is not in
lower case ("Birmingham, Ala., killed" and "vs. Wade" still read as one sentence)."""
_WORD_BEFORE_PERIOD = _recache.compile(r"([A-Za-z]+(?:\.[A-Za-z]+)*)$")


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the edge found at ``at`` ends the sentence: a period after a title, an initial
    or a known abbreviation ("Mr.", "J.", "U.S.", "vs.") belongs to its word."""
    if text[at] != ".":
        return True
    m = _WORD_BEFORE_PERIOD.search(text, max(0, at - 12), at)
    if m is None:
        return True
    word = m.group(1).lower()
    return not keeps_its_period(word) and word not in ABBREVIATIONS


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, looked for at most 250 characters each way."""
    reach = max(0, start - 250)
    left = reach
    for m in _EDGE.finditer(text, reach, start):
        if _ends_sentence(text, m.start()):
            left = m.start() + 1
    right = min(len(text), end + 250)
    for m in _EDGE.finditer(text, end, right):
        if _ends_sentence(text, m.start()):
            return left, m.start()
    return left, right


_NOT_VERBS = _DETERMINERS | {"be", "some", "all", "both", "each", "about", "around", "date"}


def _opens_infinitive_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a "to" opening an infinitive ("voted to sell") that is not a
    plan's own ("plans to", "is scheduled to"): the verb before it then no longer dates what
    follows."""
    if words[i] != "to" or i + 1 >= len(words):
        return False
    verb = words[i + 1]
    if not verb.isalpha() or verb in _NOT_VERBS or verb.endswith(("ing", "s")):
        return False
    return not i or (_cue(words, i - 1) != "future" and words[i - 1] not in _INTENT)


def _cue(words: list[str], i: int) -> Tense | None:
    """The tense word ``i`` signals, looking at its neighbours for two-word cues."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in _FUTURE_WORDS or w.endswith("'ll") or (w, nxt) in _FUTURE_PAIRS:
        return "future"
    if w in ("would", "wouldn't") and _declines(words, i):
        return "past"  # "would not comment Friday": a refusal the report tells, not a plan
    if w in ("would", "should", "may", "might") and nxt not in ("have", "'ve"):
        return "future"
    if w == "expected" and nxt in _OBJECT_OPENERS:
        return "past"  # "said it expected a loss": a verb with its object, not a plan
    if w in _INTENT and (w != "set" or nxt in ("to", "for")):
        before = words[max(0, i - 2) : i]
        return "past" if {"had", "was", "were", "been"} & set(before) else "future"
    if w in ("was", "were") and tuple(words[i + 1 : i + 3]) in _FUTURE_PAIRS:
        return None  # "were planning to", "was going to": the plan decides, read on
    if w in _PAST_WORDS or w in _PRETERITES:
        return "past"
    if w in _IRREGULAR_PAST or len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST:
        if w.startswith("un") and not w.startswith("under") and w not in _UN_VERBS:
            return None  # "untouched", "undisclosed": an adjective
        prev = words[i - 1] if i else ""
        if prev in _DETERMINERS or prev in _PASSIVE_BE and w not in _PLANS:
            return None  # "a still unspecified date"; "will be completed": read on
        return "past"
    return None


_DECLINED = frozenset(
    {"comment", "say", "discuss", "disclose", "elaborate", "confirm", "speculate", "identify"}
    | {"reveal", "release", "specify", "give", "provide", "answer"}
)
"""What a spokesman "would not" do: the refusal is past, told as it happened."""
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "that", "no"})


def _declines(words: list[str], i: int) -> bool:
    """Whether "would" at ``words[i]`` opens a refusal ("would not comment", "wouldn't say")."""
    rest = words[i + 1 : i + 3] if words[i] == "would" else ["not", *words[i + 1 : i + 2]]
    return len(rest) == 2 and rest[0] in ("not", "never") and rest[1] in _DECLINED


def _scheduled(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a present verb of schedule ("opens", "takes place", "takes
    effect", "goes into effect", "leaves Friday")."""
    before = words[i - 1] if i else ""
    if words[i] in ("place", "effect", "office"):
        into = i > 1 and before == "into" and words[i - 2] in ("go", "goes")
        return before in ("take", "takes") or (words[i] == "effect" and into)
    if before in _DETERMINERS:
        return False  # "at the close of business Thursday": a noun, not a verb
    return words[i] in _SCHEDULED and before != "to"  # "due to expire Friday": an infinitive


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense governing a span (see :func:`tense_cue_at`)."""
    return tense_cue_at(text, start, end).tense


def tense_cue_at(text: str, start: int, end: int) -> Cue:
    """The tense governing a span: that of the nearest tense cue in its sentence.

    A sentence may hold several clauses ("X said Wednesday they will appeal"); the verb
    closest to the date is usually the one it modifies. Words are read outwards from the
    span, so the search usually stops after a word or two. A reporting verb that is not
    right beside the span ("they will leave Thursday, he said") only decides when no other
    cue in the sentence does.
    """
    left, right = sentence_around(text, start, end)
    before = [t for t in _TOKEN.finditer(text, left, start)]
    after = [t for t in _TOKEN.finditer(text, end, right)]
    before_words = [t.group(0).lower() for t in before]
    after_words = [t.group(0).lower() for t in after]
    i, j = len(before) - 1, 0
    fallback = Cue("present")
    left_clear = right_clear = True  # only fillers so far between the span and the word read
    leads = all(w in _FILLER for w in before_words)  # the span opens its sentence
    reported = bool(_REPORTING & set(before_words))  # a "that" after the span opens what was said
    # "The stock, which fell sharply Friday, is expected to rebound": a date that ends a clause
    # belongs to the verb before it; the clause after the comma is read only if that has none.
    closes_clause = not leads and _COMMA_AFTER.match(text, end) is not None
    while i >= 0 or j < len(after):
        left_gap = start - before[i].end() if i >= 0 else None
        right_gap = after[j].start() - end if j < len(after) else None
        if closes_clause and left_gap is not None:
            right_gap = None
        if right_gap is None or (left_gap is not None and left_gap <= right_gap):
            word, adjacent, on_right = before_words[i], left_clear, False
            named = i + 1 < len(before) and before[i + 1].group(0)[:1].isupper()
            if not named and _opens_infinitive_at(before_words, i):  # "to City Hall": a place
                i = -1  # "voted to sell ... in February": the verbs before it date the voting
                continue
            tense = _cue(before_words, i)
            near_verb = left_clear or (
                len(before) - 1 - i <= _SCHEDULE_REACH
                and not _CLAUSE_BREAK.search(text, before[i].end(), start)
            )
            if tense is None and near_verb and _scheduled(before_words, i):
                tense = "future"
            helped = i > 0 and before_words[i - 1] in _PERFECT
            gap = len(before) - 1 - i
            left_clear = left_clear and word in _FILLER
            i -= 1
        else:
            word, adjacent, on_right = after_words[j], right_clear, True
            if word in ("and", "but") and right_clear and not leads:
                j = len(after)  # "was suspended Friday and will resume Wednesday": another clause
                continue
            if word == "that" and right_clear and reported:
                j = len(after)  # "told reporters on Tuesday that it might ...": reported
                continue
            tense = _cue(after_words, j)
            if tense == "future" and word in _PAST_PLANS:
                tense = "past"  # "On Tuesday, they agreed to meet": Tuesday dates the agreeing
            helped = j > 0 and after_words[j - 1] in _PERFECT
            gap = j
            right_clear = right_clear and word in _FILLER
            j += 1
        if tense is not None and word in _REPORTING and not adjacent:
            # "X will leave Thursday, Y said": the reporting verb dates the saying, not the
            # leaving; it decides only when no other verb of the sentence does.
            if fallback.tense == "present":
                # "In May, the company said ...": the date leads the clause of the saying
                near = on_right and leads and gap <= NEAR_WORDS
                fallback = Cue(tense, grip="near" if near else "loose")
            if on_right:
                j = len(after)  # "In May, he said he would resign": what follows is reported
            continue
        if tense is not None:
            plain = tense != "past" or word in _PAST_WORDS or word in _PRETERITES or helped
            loose = word in _PLANS and tense != "future"  # "was planned for March" may be ahead
            grip: Grip = "loose" if loose else "near" if gap <= NEAR_WORDS else "far"
            return Cue(tense, plain, grip)
    return fallback
