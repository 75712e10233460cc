"""What a meeting says it is for ("We are asked to design a new remote control").

A meeting's news is rarely in one sentence: its turns trade remarks, and the sentence nearest
the centre of the talk is often a fragment of it. But a chair says early on what the session
or its project is for, and that is what a reader of the brief needs first. Each pattern below
is one way a session states its business, with the examples it must and must not match; the
sentence must also say what the business is (enough words in the pattern's ``rest``
group), so a bare "This is our last meeting." names no purpose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.read._line_rules import LineRule

LOOK_AHEAD = 40
"""A session states its business within its opening turns."""
_SUBJECT_WORDS = 4
"""Words the business itself must have after the pattern ("a new remote control"); fewer
("a fast track") say how, not what."""
_FILLER = _recache.compile(r"\b(?:um+|uh+|erm|er|you know)\b,?\s*|\b(\w+) (?=\1\b)", re.I)
"""Spoken fillers and a word said twice, read past so "to to design" still matches."""

_SESSION = r"(?:meeting|session|call|project|inquiry|review|workshop|hearing)"


PURPOSES: tuple[LineRule, ...] = (
    LineRule(
        "aim_of",
        _recache.compile(
            rf"\b(?:aim|purpose|goal|objective|point|task)s? (?:of|for) (?:this|the|our|today's)"
            rf" (?:\w+ )?{_SESSION} (?:is|will be) (?:to )?(?P<rest>.+)",
            re.I,
        ),
        (
            "The aim of this meeting is to agree the budget for the Leeds depot.",
            "Well, the purpose of the project is to design a new remote control.",
        ),
        ("The aim was clear.", "The purpose of the fence is to keep deer out of the field."),
    ),
    LineRule(
        "asked_to",
        _recache.compile(
            r"\bwe(?:'re| are| have been| were) (?:here |all )?(?:(?:asked|tasked|supposed|"
            r"meant) to (?:make|design|build|create|develop)|(?:asked|tasked|here|meeting|"
            r"going|gonna) to (?:discuss|agree|decide|review|consider|choose|talk about|"
            r"look at)) (?P<rest>.+)",
            re.I,
        ),
        (
            "So we are asked to make a new remote control for television.",
            "Today we're here to agree the recovery plan for the depot.",
        ),
        (
            "We are going to the depot tomorrow.",
            "They are asked to design a logo.",
            "So we're going to make a very fast track.",
        ),
    ),
    LineRule(
        "welcome_to",
        _recache.compile(
            rf"\bwelcome (?:\w+ ){{0,2}}to (?:our|the|this|today's) (?:[\w-]+ ){{0,3}}{_SESSION}"
            r",? (?:for|on|about|into) (?P<rest>.+)",
            re.I,
        ),
        (
            "Hi everybody and welcome to our kick-off meeting for our new remote control.",
            "Good morning and welcome to this session on the future of the Leeds depot.",
        ),
        (
            "Welcome to the meeting.",
            "Residents welcomed the plan for the depot.",
            "Welcome to today's meeting of the Housing and Planning Committee.",
        ),
    ),
    LineRule(
        "item_is",
        _recache.compile(
            r"\b(?:item \w+|(?:move|moving|go|turn) on,?(?: then,?)? to item \w+)\b[^.?!]{0,40}?"
            r"\b(?:our|a|the) (?:\w+ ){0,3}(?:session|inquiry|review|scrutiny|consideration)"
            r" (?:on|into|of|with|from|for) (?P<rest>.+)",
            re.I,
        ),
        (
            "Item 2 this morning is a further session on our follow-up to the transport report.",
            "We move on then to item 3, and our inquiry into the impact of the new rules on "
            "small firms.",
            "Item 3 this morning is our scrutiny session with the Cabinet Secretary on the "
            "draft budget.",
        ),
        ("Item 4 is papers to note.", "The session on Monday ran late."),
    ),
    LineRule(
        "agenda_is",
        _recache.compile(
            r"\b(?:our|the|this|today's) (?:meeting(?:'s)? )?agenda(?: for (?:this|today's|the)"
            r" (?:meeting|session))? (?:is|will be)\b,?(?: as (?:before|usual),)? (?P<rest>.+)",
            re.I,
        ),
        (
            "Our agenda is, as before, to go over the minutes and then agree the budget.",
            "So this meeting agenda will be the detailed design meeting.",
        ),
        ("The agenda is full.", "Their agenda is to win the election in May."),
    ),
    LineRule(
        "meeting_is",
        _recache.compile(
            rf"\b(?:this|today's|the) {_SESSION} (?:is|will be) (?:about|on|to|for) (?P<rest>.+)",
            re.I,
        ),
        ("This meeting is about the design of the remote control's buttons.",),
        ("This meeting is over.", "The project is on hold until June."),
    ),
)


def matches(purpose: LineRule, text: str) -> bool:
    """Whether ``text`` states its business in ``purpose``'s way, with words enough to say
    what the business is."""
    found = purpose.pattern.search(_FILLER.sub("", text))
    return found is not None and len(found["rest"].split()) >= _SUBJECT_WORDS


def session_purpose(
    sentences: Sequence[Sentence], skip: frozenset[int] = frozenset()
) -> int | None:
    """The first of the opening sentences that says what the session is for, or None."""
    for s in sentences[:LOOK_AHEAD]:
        if s.index not in skip and any(matches(p, s.text) for p in PURPOSES):
            return s.index
    return None
