"""An untitled report's title from what it says it is ("This report lists a chronology of ...").

A report or paper copied without its title line still says early on what it is: "This report
examines ...", "This paper proposes ...". What follows the verb names the document better
than any sentence of its findings cut short. Each record is one way a text says so, with the
examples it must and must not match (a test runs them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.summarize._session_title import SessionName

LOOK_AHEAD = 12
"""A text says what it is in its opening paragraph."""
_FEWEST_WORDS = 3
_MOST_WORDS = 14
"""A name longer than this is a sentence of its own, not a title."""
_ENDS = _recache.compile(
    r",?\s+(?:as well as|and (?:its|their|the) (?:effects?|implications?|consequences?)|"
    r"in order to|so that|which|that)\b|,(?![^,;:.]*\band\b)\s|[;:.](?:\s|$)|\s+\("
)
"""Where a title's noun phrase ends: a clause, an addition or an aside after it (a comma
inside a list, "in Leeds, Wakefield and Bradford", ends nothing)."""
_ARTICLE = _recache.compile(r"^(?:a|an|the)\s+(?=\S)", re.I)
"""Titles, like headlines, drop a leading article."""


_DOC = r"(?:report|paper|document|study|memo(?:randum)?|note|brief(?:ing)?|review|article|analysis)"
OFFERS = r"propose|present|introduce|develop|describe|investigate|study|analy[sz]e|address"
"""Verbs a paper says what it offers with, in its own voice ("we develop ...")."""
FINDS = r"show|demonstrate|prove|find"
"""Verbs a paper states a finding with ("we show that ...")."""

SELF_NAMES: tuple[SessionName, ...] = (
    SessionName(
        "this_report_verb",
        _recache.compile(
            rf"^(?:This|The present) {_DOC} (?:lists|describes|examines|sets out|presents|"
            r"proposes|provides|summari[sz]es|reviews|analy[sz]es|explores|discusses|outlines|"
            r"assesses|introduces|reports on|looks at|compiles|traces|gives) (?P<title>.+)",
        ),
        (
            (
                "This report lists a chronology of official activities in response to flooding, "
                "as well as legislative action on the issue.",
                "Chronology of official activities in response to flooding",
            ),
            (
                "This paper proposes a modular approach to continual learning (MCL) for robots.",
                "Modular approach to continual learning",
            ),
        ),
        (
            "This report was late.",
            "The report lists the depots that closed in 2024.",
            "This paper proposes to cut costs by closing depots, which the board rejected.",
        ),
    ),
    SessionName(
        "we_propose",
        _recache.compile(
            rf"^(?:In this (?:paper|work|study|article|report),? )?[Ww]e (?:{OFFERS}) "
            r"(?P<title>.+)",
        ),
        (
            (
                "In this work, we develop an approximate Bayesian approach for training neural "
                "networks (BNN) incrementally with streaming data.",
                "Approximate Bayesian approach for training neural networks",
            ),
            (
                "We propose a rota model for depots with shared drivers, which cuts overtime.",
                "Rota model for depots with shared drivers",
            ),
        ),
        (
            "We investigate solving this problem with a neural module approach.",
            "We propose that the board closes the depot.",
            "We study how drivers choose their shifts.",
        ),
    ),
    SessionName(
        "we_show",
        _recache.compile(
            rf"^(?:In this (?:paper|work|study|article),? )?[Ww]e (?:{FINDS})"
            r"(?: in this (?:paper|work|study))? that (?P<title>.+)",
        ),
        (
            (
                "We show in this work that SGD rarely crosses any barriers during training.",
                "SGD rarely crosses any barriers during training",
            ),
            (
                "In this paper, we show that shared rotas cut overtime at every depot we studied.",
                "Shared rotas cut overtime at every depot we studied",
            ),
        ),
        (
            "We show this in Appendix C.",
            "We find that it works.",
            "They show that costs rose.",
        ),
    ),
)


def self_title(sentences: Sequence[Sentence], most_chars: int) -> str:
    """The name the opening sentences give the document, capitalised and within
    ``most_chars``; empty when none does."""
    for s in sentences[:LOOK_AHEAD]:
        for rule in SELF_NAMES:
            found = rule.pattern.match(s.text)
            if found is None:
                continue
            head = _ENDS.split(found["title"], maxsplit=1)[0]
            title = _fitted(_ARTICLE.sub("", head).split(), most_chars)
            words = title.split()
            if (
                _FEWEST_WORDS <= len(words) <= _MOST_WORDS
                and not _verb_led(words[0])
                and not _REFERS_BACK & {w.lower() for w in words}
            ):
                return title[:1].upper() + title[1:]
    return ""


_REFERS_BACK = frozenset({"this", "these", "that", "those", "such", "it", "them", "its"})
"""A name that points back ("solving this problem") names nothing without what came before."""
_PREPOSITIONS = frozenset({"of", "in", "on", "for", "to", "with", "from", "by", "at", "into"})


def _fitted(words: list[str], most_chars: int) -> str:
    """The words, or the longest head of them that fits and ends before a preposition, so
    the name stays a whole noun phrase ("A chronology of official activities")."""
    if len(" ".join(words)) <= most_chars:
        return " ".join(words)
    cuts = [
        n
        for n in range(_FEWEST_WORDS, len(words))
        if words[n].lower() in _PREPOSITIONS and len(" ".join(words[:n])) <= most_chars
    ]
    return " ".join(words[: cuts[-1]]) if cuts else ""


def _verb_led(word: str) -> bool:
    """ "to cut costs ...", "how the board ...": a clause, not a name."""
    return word.lower() in {"to", "how", "why", "what", "whether", "that", "if"}
