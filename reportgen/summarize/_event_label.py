"""A timeline entry's label: the clause of its sentence that holds the date, said short.

"Homs, strategically located on the route to Damascus, has been a focal point of conflict
since the uprising began in 2011, witnessing heavy fighting" is, at 2011, "Homs has been a focal
point of conflict since the uprising began in 2011". The label is cut from the sentence by
deletion only: asides between commas go, the clause holding the date stays with the subject it
needs, and words run out at a word boundary near the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen import _recache
from reportgen.summarize.compress import point

MAX_WORDS = 16
"""A label reads at a glance; the full sentence is in the notes and the JSON."""
_AUX = r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does"
_CLAUSE_END = _recache.compile(
    rf",\s+|;\s+|\s+[—–]\s+|:\s+|\s+and\s+(?=(?:then\s+|also\s+)?(?:{_AUX}|\w+ed|expects?|"
    r"plans?|intends?|aims?)\b)"
)
"""Where one clause of a sentence ends: punctuation, or "and" before a second verb."""
_LEAD_IN = _recache.compile(r"^(?:including|such as|among them|notably)\s+", re.I)
_RELATIVE = _recache.compile(
    r"^(?:which|who|whom|whose|that|where|when|while|after|before|as)\b", re.I
)
_PAST = (
    r"began|took|won|fell|rose|came|went|made|held|met|broke|left|lost|saw|ran|shut|set|cut|"
    r"put|hit|led|fled|sold|built|paid|struck|became|began|gave|grew|drew|spent|sent|told|"
    r"captured|killed|opened|closed"
)
_VERB = rf"\b(?:{_AUX}|do|\w+ed|{_PAST})\b"
_VERBISH = _recache.compile(_VERB)
_PRESENT = r"expects?|plans?|intends?|aims?|hopes?|wants?|needs?|says?|agrees?|faces?|remains?"
_OPENS_ON_VERB = _recache.compile(
    rf"^(?:(?:also|then|later|now|\w+ly)\s+)?(?:{_AUX}|\w+ed|{_PAST}|{_PRESENT})\b"
)
_PASSIVE_RELATIVE = _recache.compile(
    r"^(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?=\w+(?:ed|en)\b)",
    re.I,
)
""""who were killed in 2012" after the names it tells of reads, headline style, "killed in 2012"."""
_SUBORDINATE = _recache.compile(
    r"\s(?:as|since|after|before|when|because|while|until|once)\s+", re.I
)


_DASH_TAIL = _recache.compile(r"\s*[\u2014\u2013]\s*(?:\S+\s*){0,2}$")
"""A dash and a word or two ending a clause ("in our remit letter\u2014so"): a thought
broken off."""
_SETS_A_TIME = _recache.compile(
    r"^(?:before|after|when|whenever|while|as|since|until|given|if|once)\b",
    re.I,
)
"""A label opening on one of these is a clause that sets the time of something else ("Before
I dive into 2021", "Given our performance during the quarter")."""
_PREPOSITION = _recache.compile(
    r"^(?:at|by|during|for|from|in|on|of|over|within|throughout|around|about)\b", re.I
)
"""Without a verb, a label opening on one of these is only a when ("At the end of
February", "In a rare public address last week")."""
_ANY_VERB = _recache.compile(_VERB, re.I)
"""A verb anywhere, sentence-initial ("Were found ...", "Took over ...") included."""
_TIME_ONLY = _recache.compile(
    r"^(?:the\s+)?(?:next|following|previous|same|last|first|other)\s+"
    r"(?:day|week|month|year|morning|afternoon|evening|night|weekend)s?$",
    re.I,
)


_HAPPENED = _recache.compile(rf"\b(?:\w+ed|{_PAST}|will|shall|was|were|had)\b", re.I)
"""A verb that says something happened or is planned, not how things are."""


def tells_an_event(label: str, spoken: bool = False) -> bool:
    """Whether a label says something happened. A clause that only sets the time of another
    ("Before I dive into what 2021 looks like") does not, nor does a phrase of when alone ("At
    the end of February", "The next day"); "The uprising began in 2011" does, and so does a
    headline's noun phrase ("A full ceasefire on 12 April"). ``spoken``: in a transcript,
    whose years are mostly mentioned in passing, there must be a verb that says something
    happened or is planned ("2018-19 is the start of the system", "The 2015-16 starting
    report" do not)."""
    if _SETS_A_TIME.match(label) or _TIME_ONLY.match(label.strip()):
        return False
    if spoken:
        return _HAPPENED.search(label) is not None
    return _ANY_VERB.search(label) is not None or _PREPOSITION.match(label) is None


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    start: int


def _pieces(sentence: str) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for m in _CLAUSE_END.finditer(sentence):
        out.append(Piece(sentence[pos : m.start()], pos))
        pos = m.end()
    out.append(Piece(sentence[pos:].rstrip(".!?"), pos))
    return [p for p in out if p.text.strip()]


def _subject(pieces: list[Piece]) -> str:
    """The sentence's opening words when they are a bare subject ("Homs", "The regime")."""
    first = pieces[0].text
    return first if len(first.split()) <= 4 and not _VERBISH.search(first) else ""


def _subclause(text: str, at: int) -> str:
    """The clause after the last subordinator before the date ("... since the uprising began
    in 2011" → "the uprising began in 2011"), when it has a verb of its own."""
    cuts = [m for m in _SUBORDINATE.finditer(text) if m.end() <= at]
    if not cuts:
        return text
    rest = text[cuts[-1].end() :]
    return rest if _VERBISH.search(rest) and len(rest.split()) >= 3 else text


_BARE_DATE_WORDS = 4


def _past_a_bare_date(pieces: list[Piece], chosen: Piece) -> Piece:
    """ "In 2017-18, the sector ran a small deficit": the clause holding the date says only
    when; the clause after it says what happened, and the timeline shows the date anyway."""
    if _VERBISH.search(chosen.text) or len(chosen.text.split()) > _BARE_DATE_WORDS:
        return chosen
    after = pieces[pieces.index(chosen) + 1 :]
    return next((p for p in after if _VERBISH.search(p.text)), chosen)


def event_label(sentence: str, at: int | None) -> str:
    """The clause holding character ``at`` (the date's start in ``sentence``), with the
    subject the sentence opened on when the clause lacks one; None for ``at``: the main
    clause. Compressed (:func:`reportgen.summarize.compress.point`) to :data:`MAX_WORDS`."""
    pieces = _pieces(sentence)
    if not pieces:
        return sentence
    if at is None:
        chosen = max(pieces, key=lambda p: (bool(_VERBISH.search(p.text)), len(p.text)))
    else:
        chosen = next((p for p in reversed(pieces) if p.start <= at), pieces[0])
        chosen = _past_a_bare_date(pieces, chosen)
        at = max(at, chosen.start)
    text = chosen.text.strip()
    if at is not None:
        text = _subclause(text, at - chosen.start - (len(chosen.text) - len(chosen.text.lstrip())))
    if chosen is not pieces[0] or text != chosen.text.strip():
        subject = _subject(pieces)
        if subject and _OPENS_ON_VERB.match(text):
            text = f"{subject} {text}"
        elif _RELATIVE.match(text):
            before = _LEAD_IN.sub("", pieces[pieces.index(chosen) - 1].text.strip())
            if len((before + text).split()) <= MAX_WORDS + 4:
                text = f"{before} {_PASSIVE_RELATIVE.sub('', text)}"
    text = point(text, MAX_WORDS).text or text
    text = _DASH_TAIL.sub("", text) if len(_DASH_TAIL.sub("", text).split()) >= 3 else text
    return text[:1].upper() + text[1:]
