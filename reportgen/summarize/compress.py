"""Short statements cut from source sentences by deletion only, each traceable to its offsets.

A key point or a timeline label is the source sentence with phrases the point does not need
taken out (attributions, asides, hedges, leading clauses); nothing is reworded, so every word
shown is a word of the source, at offsets the caller can point back to. The phrases are rules
in ``_compress_rules`` (data with examples); this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from reportgen import _recache
from reportgen.summarize._compress_rules import (
    CUT_BEFORE,
    CUT_BEFORE_PHRASE,
    DANGLING,
    DEMONSTRATIVES,
    LEADING_PREPOSITIONS,
    PAST_IRREGULAR,
    PRONOUNS,
    REFERRING_NOUNS,
    RULES,
    SUBORDINATORS,
    VERBS_AFTER_PRONOUN,
    Rule,
    Tier,
)

Span = tuple[int, int]

_TIERS_POINT: tuple[Tier, ...] = ("always", "long")
_TIERS_LABEL: tuple[Tier, ...] = ("always", "long", "label")
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u2018")
"""Marks that open or close a quotation (not the apostrophe, which "it's" also has)."""
_ATTRIBUTIONS = frozenset({"according_to", "said_after", "said_before"})
"""Rules a section's statement does not apply: it keeps who said what."""
_MIN_CUT_WORDS = 4
"""A cut at a clause boundary must leave at least this many words (and a third of the limit),
or it says too little."""
_REMEMBERED = 16384
"""Compressions kept per process: each sentence is judged as a point by several rules and
again by each part of the brief, so it is compressed once and looked up after (a 1 MB
document has about 8,000 sentences)."""
_TIDY = _recache.compile(
    r"^[\s,;:]+|\s+(?=[\s,;:!?]|\.(?!\d))|,(?=\s*[,.;:!?]|\s*$)|\s*[-\u2013\u2014]+\s*(?=[.!?]?$)"
    r"|\s+$"
)
"""Gaps a deletion leaves: leading commas, a space before a stop (not before ".375"), a comma
before another mark, a dash left dangling at the end ("typical use -.")."""


@dataclass(frozen=True, slots=True)
class Compressed:
    """A statement kept from one sentence."""

    text: str
    """The kept characters joined, the first letter (and the first after a speaker's label)
    upper-cased: the only change not a deletion."""
    spans: tuple[Span, ...]
    """Kept ``(start, end)`` character ranges of the sentence, in order; their text joined is
    ``text`` up to the case of the letters :attr:`text` upper-cases."""
    pronoun_led: bool
    """True when ``text`` opens with a pronoun ("It", "They"): the caller should name the
    subject or not use the statement, since alone it points at nothing."""
    rules: tuple[str, ...] = ()
    """Names of the rules that deleted something, in the order they did."""
    cut: bool = False
    """True when the statement was still too long after the rules and was ended at a clause
    boundary (or, failing one, at the word limit)."""
    broken: bool = False
    """True when the cut fell inside a clause (before a phrase, or at the word limit) and the
    last clause kept has no verb: it ends before it says anything ("..., the modules that
    deploy information")."""

    @property
    def words(self) -> int:
        return len(self.text.split())


class _Draft:
    """The sentence with a deletion mask; matches run on the kept text and map back.

    The kept text and its positions are read after every rule, so they are kept until a
    deletion changes them rather than rebuilt character by character on each read: a long
    document's sentences are compressed tens of thousands of times.
    """

    def __init__(self, text: str) -> None:
        self.source = text
        self.kept = [True] * len(text)
        self._positions: list[int] | None = None
        self._text: str | None = text

    def positions(self) -> list[int]:
        if self._positions is None:
            self._positions = [i for i, k in enumerate(self.kept) if k]
        return self._positions

    def text(self) -> str:
        if self._text is None:
            source = self.source
            self._text = "".join([source[i] for i in self.positions()])
        return self._text

    def delete(self, ranges: Iterable[Span]) -> bool:
        """Delete ``ranges`` of the current kept text; True if anything went."""
        pos = self.positions()
        changed = False
        for a, b in ranges:
            for i in pos[a:b]:
                changed = True
                self.kept[i] = False
        if changed:
            self._positions = self._text = None
        return changed

    def hide(self, end: int) -> tuple[int, ...]:
        """Take the first ``end`` characters of the kept text out of reach of the rules; the
        positions returned bring them back (:meth:`restore`)."""
        hidden = tuple(self.positions()[:end])
        self.delete([(0, end)])
        return hidden

    def restore(self, hidden: tuple[int, ...]) -> None:
        for i in hidden:
            self.kept[i] = True
        if hidden:
            self._positions = self._text = None

    def apply(self, pattern: re.Pattern[str]) -> bool:
        current = self.text()
        changed = self.delete((m.start(), m.end()) for m in pattern.finditer(current) if m.group())
        if changed:
            self.tidy()
        return changed

    def tidy(self) -> None:
        current = self.text()
        self.delete((m.start(), m.end()) for m in _TIDY.finditer(current))

    def spans(self) -> tuple[Span, ...]:
        out: list[Span] = []
        for i in self.positions():
            if out and out[-1][1] == i:
                out[-1] = (out[-1][0], i + 1)
            else:
                out.append((i, i + 1))
        return tuple(out)


def apply_rule(rule: Rule, text: str) -> str:
    """``text`` with every match of one rule deleted and the gaps tidied (no capitalising)."""
    draft = _Draft(text)
    draft.apply(rule.pattern)
    return draft.text()


POINT_WORDS = 25
"""A key point's most words, its speaker's label included."""


@lru_cache(maxsize=_REMEMBERED)
def point(text: str, max_words: int = POINT_WORDS) -> Compressed:
    """A key point: asides always go; scene-setting clauses go only while it is too long. A
    quotation keeps who said it: without its speaker it would read as the brief's own voice."""
    out = _compress(text, max_words, _TIERS_POINT)
    if _ATTRIBUTIONS.intersection(out.rules) and any(q in out.text for q in _QUOTE_MARKS):
        return _compress(text, max_words, _TIERS_POINT, keep=_ATTRIBUTIONS)
    return out


def bottom_line(text: str, max_words: int = 30) -> Compressed:
    """The bottom line: asides go as a key point's do, but who said it stays ("Assad told
    Annan that no dialogue can succeed"): the news is often that someone said it."""
    return _compress(text, max_words, _TIERS_POINT, keep=_ATTRIBUTIONS)


@lru_cache(maxsize=_REMEMBERED)
def statement(text: str, max_words: int = 30) -> Compressed:
    """A section's statement: asides always go, scene-setting clauses while it is long; who
    said it stays (a section is read in context, quotes and all) and nothing is cut short."""
    out = _compress(text, max_words, _TIERS_POINT, keep=_ATTRIBUTIONS, cut_long=False)
    if out.spans and out.spans[0][0] == 0 and out.text[:1] != text[:1]:
        # Nothing went from its front: it opens as its sentence does ("eBay", "iPhone").
        return replace(out, text=text[:1] + out.text[1:])
    return out


@lru_cache(maxsize=_REMEMBERED)
def label(text: str, max_words: int = 12) -> Compressed:
    """A timeline label in headline style ("Fire shut Leeds depot for nine days")."""
    return _compress(text, max_words, _TIERS_LABEL)


def _compress(
    text: str,
    max_words: int,
    tiers: tuple[Tier, ...],
    keep: frozenset[str] = frozenset(),
    cut_long: bool = True,
) -> Compressed:
    draft = _Draft(text)
    draft.tidy()
    # A speaker's label stays put while the rules read the words spoken ("Chair: So, in
    # terms of ..." loses its "So,"); a timeline label drops it by its own rule.
    label = _SPEAKER.match(draft.text()) if "label" not in tiers else None
    hidden = draft.hide(label.end()) if label else ()
    used: list[str] = []
    for tier in tiers:
        for rule in RULES:
            if rule.tier != tier or rule.name in keep:
                continue
            if tier == "long" and len(draft.text().split()) <= max_words:
                break
            if rule.pattern.search(draft.text()) is None:
                continue  # most rules find nothing: no trial deletion to make
            if _would_empty(draft, rule) or not draft.apply(rule.pattern):
                continue
            used.append(rule.name)
    how = _cut(draft, max_words) if cut_long and len(draft.text().split()) > max_words else None
    draft.restore(hidden)
    kept = draft.text()
    speaker = _SPEAKER.match(kept)
    at = speaker.end() if speaker else 0  # "Chair: we should ..." reads "Chair: We should ..."
    first = kept.split(maxsplit=1)[0] if kept.strip() else ""
    camel = any(c.isupper() for c in first[1:])  # "eBay", "iPhone": a name keeps its case
    shown = kept if camel else kept[:1].upper() + kept[1:]
    if at:
        shown = shown[:at] + shown[at : at + 1].upper() + shown[at + 1 :]
    return Compressed(
        shown, draft.spans(), pronoun_led(kept[at:]), tuple(used), how is not None, how == "broken"
    )


_SPEAKER = next(r.pattern for r in RULES if r.name == "speaker")


_CONTRACTION = _recache.compile(r"^(\w+)['\u2019](?:s|re|ll|d|ve)$")


_SCENE_PHRASE = _recache.compile(
    r"^(?:In|On|At|For|By|Over|From|Since|After|Before|During|Across|Within|Under)\s[^,]{1,40},"
    r"\s+(?=\S)"
)
"""A short phrase before the subject ("In many cases, such reports ..."): the subject after it
is what the statement opens on."""


_BEFORE_OBJECT = frozenset({"to", "for", "with", "from", "about", "of", "like"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it"})


_SHARE_OF_IT = _recache.compile(
    r"(?:all|some|most|many|much|none|each|both|any|few|several|one|two|three|part|half)\s+"
    r"of\s+(?:that|this|these|those|them|it|us|you)\b",
    re.I,
)
"""A share of something named before: "All of that", "Some of them", "Most of this"."""


def pronoun_led(text: str) -> bool:
    """Whether ``text`` opens on a pronoun that points outside it ("It", "They", "This will",
    "Such reports"), after any short scene-setting phrase."""
    text = _SCENE_PHRASE.sub("", text)
    first = text.split()[:1]
    if first and len(first[0].strip(",.;:")) > 1 and first[0].strip(",.;:").isupper():
        return False  # "IT will reconnect the network": a department, not "it"
    words = [re.sub(r"\W+$", "", w).lower() for w in text.split()[:2]]
    if not words:
        return False
    contracted = _CONTRACTION.match(words[0])
    if contracted:  # "It's hard to say", "That's the risk": a pronoun and its verb
        words = [contracted[1], "is"]
    if _SHARE_OF_IT.match(text):
        return True  # "All of that economic impact", "Some of them": of what, said before
    if words[0] in _BEFORE_OBJECT and len(words) > 1 and words[1] in _OBJECT_PRONOUNS:
        return True  # "To them, as always, my respect": who they are, the text said before
    if words[0] in DEMONSTRATIVES:
        after = words[1] if len(words) > 1 else ""
        if not after or after in VERBS_AFTER_PRONOUN or after.endswith("ed"):
            return True
        # "This problem is also known as ...", "This bill was related to ...": a noun that
        # only names again what an earlier sentence said.
        return after in REFERRING_NOUNS
    return words[0] in PRONOUNS or words[0] == "such"  # "Such reports": which, the text said before


def _would_empty(draft: _Draft, rule: Rule) -> bool:
    """No rule may take the whole statement; a scene-setting rule may not leave under a few
    words of a longer one (asides and fillers always go)."""
    trial = _Draft(draft.text())
    trial.apply(rule.pattern)
    before, after = len(draft.text().split()), len(trial.text().split())
    return after == 0 or (rule.tier != "always" and after < _MIN_CUT_WORDS <= before)


_SHORT_CLAUSE = 6
"""The fewest words a clause kept whole may have when no longer one ends within the limit."""


def _cut(draft: _Draft, max_words: int) -> Literal["whole", "broken"] | None:
    """End at the last clause boundary within the limit; else at the limit, off a dangling
    word, unless that falls in a quotation, which is kept whole (None: not cut). "broken":
    cut inside a clause (at a phrase or at the limit), its last part has no verb."""
    current = draft.text()
    limit = _end_of_word(current, max_words)
    least = max(_MIN_CUT_WORDS, max_words // 3)
    end = limit
    inside = True
    # A short whole clause is better than a long one broken off at the limit.
    tries = ((CUT_BEFORE, least), (CUT_BEFORE_PHRASE, least), (CUT_BEFORE, _SHORT_CLAUSE))
    for boundary, fewest in tries:
        bounds = [
            m.start()
            for m in boundary.finditer(current, 0, limit + 1)
            if _may_end(current[: m.start()], current[m.start() :], fewest)
        ]
        if bounds:
            end, inside = bounds[-1], boundary is CUT_BEFORE_PHRASE
            break
    else:
        opens = min((i for i in map(current.find, _QUOTE_MARKS) if i >= 0), default=limit)
        if opens < limit:
            return None  # a cut inside a quote (or its '..., he says') misquotes it
    words = current[:end].split()
    after = current[end:].split()[:1]
    while len(words) > _MIN_CUT_WORDS and (
        words[-1].lower().strip(",;:") in DANGLING or _inside_name(words[-1], after)
    ):
        after = [words.pop()]
    end = _end_of_word(current, len(words))
    tail = len(current) - len(current.rstrip(".!?"))
    draft.delete([(end, len(current) - tail)] if tail and end < len(current) - tail else [])
    draft.delete([] if tail else [(end, len(current))])
    draft.tidy()
    # "... net income of $187 million" ends a clause; "..., the modules that deploy
    # information" has not yet said what the modules do.
    return "broken" if inside and not _SAYS.search(current[:end].rsplit(",", 1)[-1]) else "whole"


def _may_end(head: str, tail: str, fewest: int) -> bool:
    """Whether a point may end after ``head`` (``tail`` dropped): long enough, and leaving no
    quotation, clause, lead-in or list half said."""
    return (
        len(head.split()) >= fewest
        and not _inside_quote(head)
        and not _ends_dangling(head)
        and not _ends_on_verbless_conjunct(head)
        and not _only_lead_in(head)
        and not _splits_list(head, tail)
        and not _splits_modifiers(head, tail)
    )


_MODIFIER = _recache.compile(r"(?:\w+-\w+(?:-\w+)*|\w+(?:al|ive|ous|ful|ic|ary|ible|able))$")
"""A word shaped like one that describes a noun: "year-over-year", "sequential", "regional"
("-ant" and "-ent" are left out: they end nouns as often, "government")."""
_OR_AND = _recache.compile(r"^,?\s*(?:and|or)\s")


def _splits_modifiers(head: str, tail: str) -> bool:
    """Whether a cut falls between two words that describe one noun ("driven by significant
    year-over-year | and sequential improvements"): the head would end before its noun."""
    last = head.split()[-1:]
    return bool(last) and _MODIFIER.search(last[0]) is not None and _OR_AND.match(tail) is not None


def _inside_name(last: str, after: list[str]) -> bool:
    """Whether a cut after ``last`` splits a name ("Secretary of Defense Leon | Panetta",
    "its 364-Day | Revolving Credit Agreement")."""
    opens = last[:1].isupper() or _NUMBERED_WORD.match(last) is not None
    return bool(after) and opens and after[0][:1].isupper() and last[-1:].isalpha()


_NUMBERED_WORD = _recache.compile(r"\d+-[A-Z]")
"""A numbered word of a name: "364-Day", "5-Year"."""


def _ends_dangling(head: str) -> bool:
    """Whether ``head`` ends on a word that promises more ("but now says"): no place to cut."""
    words = head.split()
    if words and words[-1].lower().strip(",;:") in DANGLING:
        return True
    # "the modules must, in contrast": an aside after such a word leaves it promising more.
    before, comma, aside = head.rpartition(",")
    return bool(comma) and len(aside.split()) <= _ASIDE_WORDS and _ends_dangling(before)


_ASIDE_WORDS = 3
"""An aside this short after a comma ("in contrast", "of course") ends no clause."""


_CONJUNCT = _recache.compile(
    r"(?:^|[,;:]\s+|\s)(?:and|but|or|which|who|whom|whose)\s+([^,;:]*)$", re.I
)
_AUX_OR_ED = (
    r"is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|do|does|did|\w+ed|\w+'(?:s|re|ve|ll|d)"
)
"""A verb a word's shape gives away: an auxiliary, a past in "-ed", a contraction."""
_VERB_LIKE = _recache.compile(
    rf"\b(?:{_AUX_OR_ED})\b|\b\w+s\s+(?:to|the|a|an|that|it|them)\b",
    re.I,
)


_SAYS = _recache.compile(
    rf"\b(?:{_AUX_OR_ED}|{PAST_IRREGULAR})\b|\b\w+s\s+(?:to|the|a|an|it|them|its|their|his|"
    r"her|our)\b",
    re.I,
)
"""A verb, as :data:`_VERB_LIKE` finds one and a common irregular past ("rose", "sold"), but
not a plural noun before "that" ("the modules that deploy"): a clause cut inside that has
one has said something."""


def _ends_on_verbless_conjunct(head: str) -> bool:
    """Whether ``head`` ends on "and" or "which" + a phrase with no verb: "impact is
    significant, and uncertainty about the relationships", "an approach in which simple"
    have cut the last clause off before its verb."""
    tail = _CONJUNCT.search(head)
    return tail is not None and _VERB_LIKE.search(tail[1]) is None


_DATED_ENTRY = _recache.compile(r"^[\w ,]{3,30}?\s[\u2013\u2014-]\s")
"""A chronology's "September 25, 2012 – " before an entry."""
_LEAD_IN = _recache.compile(
    rf"^(?:{SUBORDINATORS}|{LEADING_PREPOSITIONS}|As part of|In order to|In response to|"
    r"On behalf of)\b,?[^,;:]*$",
    re.I,
)


_SUBORDINATE_LED = _recache.compile(rf"^(?:{SUBORDINATORS})\b", re.I)
_MAIN_CLAUSE_OPENS = _recache.compile(
    r",\s+(?:(?:the|a|an|this|these|those|it|its|they|their|we|our|he|his|she|her|i|you|your|"
    r"there|one)\b|[A-Z\d\"\u201c])",
)
"""After a comma, what opens a main clause: its subject ("While X can be large, the
modules ..."), not a list's next item ("large, complex, and slow")."""


def _only_lead_in(head: str) -> bool:
    """Whether ``head`` is only the phrase that leads in to a clause ("As part of the
    department's efforts to confront the crime", "While this backbone can be large,
    complex, and slow to learn"): a cut there drops the clause itself."""
    head = _DATED_ENTRY.sub("", head, count=1)
    if _LEAD_IN.match(head) is not None:
        return True
    return _SUBORDINATE_LED.match(head) is not None and _MAIN_CLAUSE_OPENS.search(head) is None


_LIST_ITEM_WORDS = 4
_LIST_GOES_ON = _recache.compile(
    r"(?:and|or)\s+[^\s,;.]+(?:\s+[^\s,;.]+){0,3}\s*(?:[,;.]|$)"
    r"|[^\s,;.]+(?:\s+[^\s,;.]+){0,3}\s*,?\s+(?:and|or)\b"
)


def _splits_list(head: str, tail: str) -> bool:
    """Whether a cut between ``head`` and ``tail`` falls inside a list ("with brownies,
    marshmallows | and mini eggs"): the list would end on an item it never finishes."""
    item = head.rsplit(",", 1)[-1].split()
    if not item or len(item) > _LIST_ITEM_WORDS or _VERB_LIKE.search(" ".join(item)):
        return False
    return _LIST_GOES_ON.match(tail.lstrip(", ")) is not None


def _inside_quote(head: str) -> bool:
    """Whether ``head`` leaves a quotation open: a cut there would keep half a quote."""
    return head.count('"') % 2 == 1 or head.count("\u201c") > head.count("\u201d")


def _end_of_word(text: str, n: int) -> int:
    """Character offset just after the ``n``-th word of ``text``."""
    matches = list(re.finditer(r"\S+", text))
    if n <= 0 or not matches:
        return 0
    return matches[min(n, len(matches)) - 1].end()
