"""Whether a clause names its subject: the ways a clause cut from a sentence leans on one.

"S. 548, the Military Sexual Assault Prevention Act, was introduced, read twice, and referred
to committee" has one subject and three verbs; cut at its commas, "and referred to committee"
names nobody. A clause that opens on "and", a relative pronoun, a verb or a participle leans
on a subject the sentence names elsewhere. Each way is a record with examples (clauses as
they stand mid-sentence, in lower case); a test runs every example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen import _recache
from reportgen.summarize._compress_rules import NOT_PARTICIPLES
from reportgen.summarize._tokens import word_set

AUX = r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does"
PRESENT = r"expects?|plans?|intends?|aims?|hopes?|wants?|needs?|says?|agrees?|faces?|remains?"
"""Verbs in the present that are seldom nouns: "The board plans to ...", "and expects ..."."""
FINITE_PAST = word_set(
    """arose ate awoke beat became began bent bit bled blew bore bought bred broke brought
    built burnt caught chose clung came crept dealt drew drank drove dug fed fell felt fled
    flew fought forbade forgave forgot found froze gave got grew heard held hid hit hung kept
    knew laid led left lent lit lost made meant met oversaw overcame overtook paid put quit
    ran rang read rode rose said sang sank sat saw sent set shook shot shut slept slid sold
    sought spent spoke spread sprang stole stood struck stuck swam swept swore taught thought
    threw told took tore undertook underwent understood went withdrew woke won wore wrote"""
)
"""Simple pasts without "-ed" ("wrote that ...", "read twice"): after a subject, a verb."""
_PASTS = "|".join(sorted(FINITE_PAST))
_WORDS_IN_ED = "|".join(sorted(w.lower() for w in NOT_PARTICIPLES if w.endswith("ed")))
_ADVERBS = (
    r"(?:(?:also|then|later|now|still|already|just|first|again|never|not|subsequently|"
    r"eventually|\w+ly)\s+)*"
)
_CONJUNCTION = r"(?:and|but|or|nor|yet)\b"
STRONG_VERB = rf"(?:{AUX}|do|{_PASTS}|{PRESENT})\b"
"""A verb that is finite wherever it stands: an auxiliary, a simple past, "plans"."""
TAKES = (
    r"(?=\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|it|him|them|us|"
    r"me|to|by|in|on|at|for|from|with|into|off|out|up|down|over|about|as|and|after|before|"
    r"among|across|around|through|against|between|under|within|without|during|until|since|"
    r"near|behind|like|than|back|away|again|twice|once|above|below|abroad|home|here|there|"
    r"earlier|later|yesterday|today|last|next|two|three|four|five|six|several|some|all|more|"
    r"\d)\b|\s*[,;:]|\s*$)"
)
"""What follows a verb or a participle (an object, a phrase, the clause's end), and not a
noun that a word in "-ed" or "-ing" describes ("unprecedented change", "Packing crates")."""
ED_VERB = rf"(?!(?:{_WORDS_IN_ED})\b)[a-z]+ed\b{TAKES}"
"""A word in "-ed" before what a verb takes: a simple past after a subject ("engulfed the
ferry"), or a participle ("based on 53 hours of footage") describing the noun before it."""

VERB_LED = _recache.compile(
    rf"^(?:{_CONJUNCTION}\s+)?(?:then\s+)?{_ADVERBS}(?:{STRONG_VERB}|{ED_VERB})"
)
"""A clause that opens on its verb, "and" or an adverb or two before it."""
ED_VERB_ALONE = _recache.compile(rf"^{_ADVERBS}{ED_VERB}")
"""A clause opening on a bare word in "-ed", no "and" before it: a participle aside
("strategically located on the route") as likely as a verb."""
LEADING_PARTICIPLE = _recache.compile(
    rf"^(?!(?:{'|'.join(sorted(NOT_PARTICIPLES))})\b)(?:Having\s+|Being\s+)?"
    rf"(?:[A-Z][a-z]+ing\b{TAKES}|Born\b|[A-Z][a-z]+ed\s+(?=(?:by|in|on|at|to|with|from|for|"
    r"as|after|over|during|about|into)\b))"
)
"""A sentence opening on a participle ("Born at Greenwich in 1491, Henry ...", "Speaking
after the vote, the chair ..."): its subject comes after it. "Packing crates will be
delivered" opens on its subject."""


@dataclass(frozen=True, slots=True)
class Leaning:
    """One way a clause opens that leans on a subject named elsewhere in its sentence."""

    name: str
    pattern: re.Pattern[str]
    why: str
    must: tuple[str, ...]
    """Clauses, as they stand mid-sentence, that open this way."""
    must_not: tuple[str, ...]
    """Clauses that name their own subject."""


LEANINGS: tuple[Leaning, ...] = (
    Leaning(
        "conjunction",
        _recache.compile(rf"^{_CONJUNCTION}"),
        "'and referred to the committee', 'but the depot stayed shut': a conjunction ties "
        "the clause to the one before; alone it opens on nothing.",
        ("and referred to the transport committee", "but the depot stayed shut"),
        ("android phones were recalled", "ordinary members voted against"),
    ),
    Leaning(
        "relative",
        _recache.compile(r"^(?:which|who|whom|whose|where)\b"),
        "'which was paid on 5 February': a relative pronoun stands for a noun before it.",
        ("which was paid on 5 February", "who had chaired the board since 2015"),
        ("whoever wins will chair the board", "wherever possible staff worked from home"),
    ),
    Leaning(
        "verb",
        VERB_LED,
        "'wrote that a review was under way', 'and then opened an inquiry': a clause opening "
        "on its verb has its subject earlier in the sentence. A word in '-ed' before a noun "
        "describes it ('unprecedented change in 2020').",
        (
            "wrote that a review of the decision was under way",
            "and then opened an inquiry into the fire",
            "was introduced in the House",
            "quickly spread to the warehouse next door",
            "read twice",
        ),
        (
            "unprecedented change in 2020",
            "the council wrote to every tenant",
            "reading the report took an hour",
        ),
    ),
    Leaning(
        "participle",
        _recache.compile(
            rf"^(?:{_CONJUNCTION}\s+)?(?:(?:after|before|since|while|when|by|on|upon|without)"
            r"\s+)?(?!(?:during|nothing|something|anything|everything|morning|evening|thing|"
            r"king|ring|wing|string|spring|bring|sibling|ceiling)\b)[a-z]+ing\b"
            rf"(?!\s+(?:{AUX}|{_PASTS})\b)"
        ),
        "'reaching a record in 2019', 'since being jailed in 2010': a participle tells what a "
        "subject it does not name did; 'spending rose 5%' names its subject.",
        (
            "reaching a record of 4,000 tonnes in 2019",
            "since being jailed in 2010",
            "after having first appeared on camera",
        ),
        ("spending rose 5% in the year", "during the night the river rose"),
    ),
    Leaning(
        "predicate",
        _recache.compile(
            r"^(?:(?:now|then|also|still|already)\s+)?(?:payable|due|available|eligible|liable|"
            r"subject|open|ready|effective|valid|able|likely|set|scheduled|expected)\s+"
            r"(?:to|in|on|from|at|by|for|until|before|after)\b"
        ),
        "'payable in February', 'due to open in March': what is said of a noun before it, "
        "with no verb or subject of its own.",
        ("payable in February", "due to open in March 2026", "effective from 1 April"),
        ("due diligence began in March", "open days ran in June"),
    ),
)


def lacks_subject(clause: str) -> bool:
    """Whether ``clause``, as it stands in its sentence (lower case mid-sentence), leans on a
    subject it does not name (see :data:`LEANINGS`). A sentence's own opening, capitalised,
    is judged by :data:`LEADING_PARTICIPLE` instead."""
    clause = clause.strip()
    return any(lean.pattern.match(clause) for lean in LEANINGS)


_STRONG = _recache.compile(rf"(?<![\w'-]){STRONG_VERB}")
_ED = _recache.compile(rf"(?<![\w'-]){ED_VERB}")


def finite_verb(clause: str) -> re.Match[str] | None:
    """The first finite verb of a clause: an auxiliary or a simple past, or a word in "-ed"
    before what a verb takes ("engulfed the ferry", "turned off"), not before a noun it
    describes ("the partially sighted singer")."""
    found = [m for m in (_STRONG.search(clause), _ED.search(clause)) if m]
    return min(found, key=lambda m: m.start()) if found else None


SCENE = _recache.compile(
    r"^(?:(?:in|on|at|by|for|from|with|within|without|after|before|during|since|until|as|"
    r"when|while|if|although|though|because|despite|following|under|over|through|"
    r"throughout|across|against|among|amid|according|however|meanwhile|moreover|"
    r"furthermore|also|so|then|yet|still|now|today|yesterday|tomorrow|tonight|earlier|"
    r"later|recently|soon|last|next|once|here|to|of|like|unlike|instead|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|this\s+(?:week|month|year|morning|afternoon|evening|quarter)\b"
    r"|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+"
    r"(?:years?|months?|weeks?|days?|hours?)\s+(?:ago|later|earlier)\b"
    r"|there\s+(?!(?:is|are|was|were|has|have|had|will|would)\b)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}\b)",
    re.I,
)
"""Words that open a phrase of time, place or manner ("On Saturday", "In Leeds"), or a link
to the sentence before ("However"), not the subject of a clause."""
SUBJECT_WORDS = 8
"""The most words a subject carried over to a later verb may have ("More rescue staff and
divers"); a longer opening is not a bare subject."""
_TRAILING_ADVERB = _recache.compile(
    r"(?:\s+(?:\w+ly|also|then|now|later|still|already|just|first|again|since|recently|"
    r"never|not))+$",
    re.I,
)


def bare_subject(words: str) -> bool:
    """Whether ``words`` can stand as a clause's subject: a few words, opening neither on a
    phrase of time or place nor on a participle, nor leaning on another subject."""
    return (
        0 < len(words.split()) <= SUBJECT_WORDS
        and not SCENE.match(words)
        and not LEADING_PARTICIPLE.match(words)
        and not lacks_subject(words)
        and re.search(r"\bto$", words) is None  # "They also claim to" is a verb's start
    )


def subject_of(clause: str) -> str | None:
    """The words before the clause's first finite verb, when they are a bare subject, less
    the adverbs between ("The fire quickly engulfed the ferry" → "The fire")."""
    verb = finite_verb(clause)
    if verb is None:
        return None
    subject = _TRAILING_ADVERB.sub("", clause[: verb.start()].strip())
    return subject if bare_subject(subject) else None
