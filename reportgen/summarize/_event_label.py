"""A timeline entry's label: the clause of its sentence that holds the date, said short.

"Homs, strategically located on the route to Damascus, has been a focal point of conflict
since the uprising began in 2011, witnessing heavy fighting" is, at 2011, "Homs has been a focal
point of conflict since the uprising began in 2011". The label is cut from the sentence by
deletion only: asides between commas go, the clause holding the date stays with the subject it
needs, and words run out at a word boundary near the date.

A clause that leans on a subject named elsewhere in its sentence (``_subject``: it opens on
"and", a relative pronoun, a verb or a participle) takes that subject: the verbs of a list
share the subject of the first ("S. 548, the Military Sexual Assault Prevention Act, was
introduced, read twice, and referred to committee" is "S. 548 was introduced, read twice, and
referred to committee", never "And referred to committee"). Failing that, the clause is read
with the one it hangs on; failing that, the event has no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen import _recache
from reportgen.summarize._compress_rules import (
    CUT_BEFORE,
    NOT_PARTICIPLES,
    PAST_IRREGULAR,
    RULES,
)
from reportgen.summarize._subject import (
    AUX,
    ED_VERB_ALONE,
    LEADING_PARTICIPLE,
    LEANINGS,
    SCENE,
    TAKES,
    VERB_LED,
    bare_subject,
    finite_verb,
    lacks_subject,
    subject_of,
)
from reportgen.summarize.compress import Compressed, point

MAX_WORDS = 16
"""A label reads at a glance; the full sentence is in the notes and the JSON."""
_AUX = AUX
_CLAUSE_END = _recache.compile(
    rf",\s+|;\s+|\s+[—–]\s+|:\s+|\s+and\s+(?=(?:then\s+|also\s+)?(?:(?:{_AUX})\b|\w+ed\b{TAKES}|"
    r"(?:expects?|plans?|intends?|aims?)\b))"
)
"""Where one clause of a sentence ends: punctuation, or "and" before a second verb (not
before a word in "-ed" that describes a noun: "fraternities and affiliated foundations")."""
_LEAD_IN = _recache.compile(r"^(?:including|such as|among them|notably)\s+", re.I)
_RELATIVE = _recache.compile(
    r"^(?:which|who|whom|whose|that|where|when|while|after|before|as)\b", re.I
)
_PAST = PAST_IRREGULAR
_SAID_AFTER = next(r.pattern for r in RULES if r.name == "said_after")
_VERB = rf"\b(?:{_AUX}|do|\w+ed|{_PAST})\b"
_VERBISH = _recache.compile(_VERB)
_PASSIVE_RELATIVE = _recache.compile(
    r"^(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?=\w+(?:ed|en)\b)",
    re.I,
)
""""who were killed in 2012" after the names it tells of reads, headline style, "killed in 2012"."""
_SUBORDINATE = _recache.compile(
    r"\s(?:as|since|after|before|when|because|while|until|once|that)\s+", re.I
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


def _tied_by_and(sentence: str, pieces: list[Piece], i: int, j: int) -> bool:
    """Whether piece ``j`` is tied by "and" or "or" to piece ``i`` before it, asides between
    them or not: "engulfed the ferry and burned it", "met Dee and, after five years, married
    her", "was told, and, after months of delay, agreed"."""
    between = sentence[pieces[i].start + len(pieces[i].text) : pieces[j].start]
    return bool(
        re.match(r"[\s,;]*(?:and|or)\b", between)
        or re.search(r"\b(?:and|or)[\s,;]*$", between)
        or re.match(r"(?:and|or)\b", pieces[j].text.strip())
        or re.search(r"\b(?:and|or)$", pieces[i].text.strip())
    )


@dataclass(frozen=True, slots=True)
class _Shared:
    """The subject a list of verbs shares, and where in the sentence the list begins."""

    subject: str
    start: int
    """Offset of the list's first verb, or of its clause when ``named``."""
    named: bool
    """True when the text from ``start`` opens on the subject itself."""


def _shared_subject(sentence: str, pieces: list[Piece], k: int) -> _Shared | None:
    """The subject piece ``k``'s verb shares with the verbs before it, if any.

    "S. 548, the Military Sexual Assault Prevention Act, was introduced, read twice, and
    referred to committee": no clause before the verbs, so the sentence's bare opening (after
    a phrase of time or place, if any: "On Saturday, the ruler of Qatar, ..., said") is the
    subject; asides follow, then the verbs. "The fire engulfed the ferry and burned it": the
    later verb is tied by "and" to the last clause before it, whose subject is the words
    before its verb. A verb in "-ed" after a comma ("the study, based on footage and
    published on Friday") describes the noun before it, not a subject, and is no verb of
    the list."""
    clause = next((i for i in reversed(range(k)) if _clause(pieces[i].text.strip())), None)
    if clause is None:
        return _after_bare_subject(pieces, k)
    return _after_clause(sentence, pieces, clause, k)


def _after_bare_subject(pieces: list[Piece], k: int) -> _Shared | None:
    """ "S. 548, ..., was introduced, read twice, and referred": the first piece that does
    not set the scene is the subject, and verbs from a later piece up to ``k`` share it."""
    i = next((i for i in range(k) if not _scene(pieces[i].text.strip())), k)
    subject = pieces[i].text.strip()
    if not bare_subject(subject):
        return None
    led = [j for j in range(i + 1, k + 1) if VERB_LED.match(pieces[j].text.strip())]
    if not led or led[-1] != k:
        return None
    # "Homs, strategically located on ..., has been": a bare "-ed" first is an aside.
    verbs = [j for j in led if not ED_VERB_ALONE.match(pieces[j].text.strip())]
    return _Shared(subject, pieces[verbs[0] if verbs else led[0]].start, named=False)


def _after_clause(sentence: str, pieces: list[Piece], clause: int, k: int) -> _Shared | None:
    """ "The fire engulfed the ferry and burned it": verbs tied by "and" to the clause
    ``clause`` share its subject, up to piece ``k``."""
    subject = subject_of(pieces[clause].text.strip())
    j = next((j for j in range(clause + 1, k + 1) if VERB_LED.match(pieces[j].text)), None)
    if subject is None or j is None or not _tied_by_and(sentence, pieces, clause, j):
        return None
    for n in range(j + 1, k + 1):
        text = pieces[n].text.strip()
        if not VERB_LED.match(text):
            return None
        if ED_VERB_ALONE.match(text) and not _tied_by_and(sentence, pieces, n - 1, n):
            return None
    start = pieces[clause].start + pieces[clause].text.index(subject)
    return _Shared(subject, start, named=True)


def _clause(piece: str) -> bool:
    """Whether a piece is a clause with a subject and a finite verb of its own ("the fire
    engulfed the ferry"), not a verb leaning on one ("read twice") nor an aside."""
    return finite_verb(piece) is not None and not lacks_subject(piece)


def _scene(piece: str) -> bool:
    """Whether a piece without a verb only sets the scene ("On Saturday", "Speaking after
    the vote"), so that the subject comes after it."""
    opens = SCENE.match(piece) or LEADING_PARTICIPLE.match(piece)
    return finite_verb(piece) is None and opens is not None


_AND_VERB = _recache.compile(
    r"\s+and\s+(?:then\s+)?(?=(?![a-z]*[^s]s\b)[a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:on|in|at|by|from|until|before|after)\s)"
)
"""'and' before a second verb and its date ("close on 24 December and reopen on 2 January"),
as :data:`reportgen.summarize._clauses.CLAUSE_BREAK` finds it; not before a noun in "-s"
("tanks and troops in the city")."""
_MODAL = _recache.compile(r"(?:will|would|can|could|may|might|must|shall|should)\b")


def _second_verb(text: str, at: int) -> str | None:
    """ "The office will close at noon on 24 December and reopen on 2 January", dated at 2
    January: the second verb with the subject and the modal it shares with the first, "The
    office will reopen on 2 January". None when the date is not in such a second verb."""
    cuts = [m for m in _AND_VERB.finditer(text) if m.end() <= at]
    if not cuts:
        return None
    before, after = text[: cuts[-1].start()], text[cuts[-1].end() :]
    verb = finite_verb(before)
    subject = subject_of(before)
    if verb is None or subject is None or not _MODAL.fullmatch(verb.group()):
        return None
    return f"{subject} {verb.group()} {after}"


def _subclause(text: str, at: int) -> str:
    """The clause after the last subordinator before the date ("... since the uprising began
    in 2011" → "the uprising began in 2011"), when it has a verb and a subject of its own
    ("... since being convicted in 2012" has none)."""
    cuts = [m for m in _SUBORDINATE.finditer(text) if m.end() <= at]
    if not cuts:
        return text
    rest = text[cuts[-1].end() :]
    whole = _VERBISH.search(rest) and len(rest.split()) >= 3 and not lacks_subject(rest)
    return rest if whole else text


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
    subject it needs; None for ``at``: the main clause. Compressed
    (:func:`reportgen.summarize.compress.point`) to :data:`MAX_WORDS`. Empty when no clause
    with a subject can be cut from the sentence: a label opening on "and" or on a verb
    ("Wrote that an internal review ...") names nothing."""
    said = _SAID_AFTER.search(sentence)
    plain = said is not None and sentence[said.start() : said.start() + 2] in (", ", ",\n")
    if said and plain and at is not None and at >= said.start():
        # "..., the union said on Tuesday": the date is when the news was told; what was
        # told is the event, and the row shows the date.
        sentence, at = sentence[: said.start()] + sentence[said.end() :], None
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
        within = at - chosen.start - (len(chosen.text) - len(chosen.text.lstrip()))
        text = _second_verb(text, within) or _subclause(text, within)
    head = False
    if text == chosen.text.strip():
        found, head = _named(sentence, pieces, pieces.index(chosen), at)
        if found is None:
            return ""
        text = found
    out = point(text, MAX_WORDS)
    if not out.spans or lacks_subject(text[out.spans[0][0]] + out.text[1:]):
        return ""  # what the rules kept still leans on a clause they took away
    if (head and not _whole_clauses(text, out, pieces)) or not _paired(out.text, sentence):
        return ""
    text = out.text.rstrip(".") if head and out.cut else out.text
    text = _DASH_TAIL.sub("", text) if len(_DASH_TAIL.sub("", text).split()) >= 3 else text
    return text[:1].upper() + text[1:]


def _named(sentence: str, pieces: list[Piece], k: int, at: int | None) -> tuple[str | None, bool]:
    """Piece ``k`` as a clause that names its subject (None: it cannot), and whether it was
    read from the sentence's start. ``at``: the date's place in ``sentence``, if known."""
    text = pieces[k].text.strip()
    if k > 0:
        if lacks_subject(text) or _RELATIVE.match(text):
            return _with_subject(sentence, pieces, k, every_verb=at is None)
        return text, False
    thing = _PARTICIPLE_OBJECT.match(text)
    if thing and at is not None and at >= pieces[0].start + thing.end():
        return text[thing.end() :], False  # "Beginning with the start of the uprising in 2011"
    if LEADING_PARTICIPLE.match(text):
        return _through_main_clause(sentence, pieces), True
    return text, False


_BRACKETS = (("(", ")"), ("[", "]"))
_QUOTES = (('"', '"'), ("\u201c", "\u201d"))


def _paired(label: str, sentence: str) -> bool:
    """Whether the label's brackets pair, and its quotation marks as far as its sentence's
    do (a quotation may run over several sentences): a mark that does not starts or stops
    inside an aside or a quotation ("2015) incrementally with streaming data",
    "contradictory\" information about the danger"), half of what the source says."""

    def odd(text: str, a: str, b: str) -> bool:
        if a == b:
            return text.count(a) % 2 == 1
        depth = 0
        for c in text:
            depth += (c == a) - (c == b)
            if depth < 0:
                return True  # "2018) and the Virtual Vector Machine (Minka": closed first
        return depth != 0

    return not any(odd(label, a, b) for a, b in _BRACKETS) and not any(
        odd(label, a, b) and not odd(sentence, a, b) for a, b in _QUOTES
    )


def _whole_clauses(text: str, out: Compressed, pieces: list[Piece]) -> bool:
    """Whether a label read from the sentence's start (``text``, compressed to ``out``) is
    whole clauses: it has a finite verb, ends where a clause may end (not "... to get" before
    "into a little more detail", nor on "buying" before "and producing"), and its last piece
    stands on its own or is the dated one it was read for (not "the study, based on 53 hours
    of footage")."""
    if finite_verb(out.text) is None:
        return False
    end = out.spans[-1][1]
    if text[end:].strip(" .!?") and (
        not CUT_BEFORE.match(text, end) or _GERUND_END.search(text, 0, end)
    ):
        return False
    start = pieces[0].start
    last = next((p for p in reversed(pieces) if p.start - start < end), pieces[0])
    dated = _end(last) - start >= len(text.rstrip(" .!?")) - 1
    return dated or not lacks_subject(last.text)


def _end(piece: Piece) -> int:
    return piece.start + len(piece.text)


def _with_subject(
    sentence: str, pieces: list[Piece], k: int, every_verb: bool
) -> tuple[str | None, bool]:
    """Piece ``k``, which leans on a subject it does not name, made a clause that names one,
    and whether that clause was read from the sentence's start:

    - a verb sharing the sentence's subject ("S. 548, ..., was introduced, read twice, and
      referred to committee") takes that subject; with ``every_verb`` (the event is the
      whole sentence, not one dated clause) the list runs from its first verb, so that the
      subject stays with it: "S. 548 was introduced, read twice, and referred to ...";
    - a relative clause follows the names it tells of when both are short ("Ann Lee and Tom
      Hart, who were injured in 2019" reads "Ann Lee and Tom Hart injured in 2019");
    - "and" before a clause with its own subject goes ("and the office opens on 10 June");
    - anything else (a participle, a verb whose subject the sentence does not show apart)
      is read with the clause it hangs on: the sentence from its start up to it.

    None when even that opens without a subject."""
    text = pieces[k].text.strip()
    end = _end(pieces[k])
    if VERB_LED.match(text):
        shared = _shared_subject(sentence, pieces, k)
        if shared is not None:
            if not every_verb:
                return f"{shared.subject} {_LEADING_CONJUNCTION.sub('', text)}", False
            verbs = sentence[shared.start : end].strip()
            return (verbs if shared.named else f"{shared.subject} {verbs}"), False
    elif _RELATIVE.match(text):
        before = _LEAD_IN.sub("", pieces[k - 1].text.strip())
        if len((before + text).split()) <= MAX_WORDS + 4 and not lacks_subject(before):
            return f"{before} {_PASSIVE_RELATIVE.sub('', text)}", False
    elif not _PARTICIPLE.match(text):
        bare = _LEADING_CONJUNCTION.sub("", text)
        if bare != text and bare and not lacks_subject(bare):
            return bare, False
    head = sentence[pieces[0].start : end].strip()
    if LEADING_PARTICIPLE.match(head):
        return _through_main_clause(sentence, pieces[: k + 1]) and head, True
    return head, True


def _through_main_clause(sentence: str, pieces: list[Piece]) -> str | None:
    """ "Born at Greenwich in 1491, Henry VIII was ...": a sentence opening on a participle
    is read up to the end of the clause that names its subject (the rules may then take the
    participle away); None when no later piece names one."""
    for piece in pieces[1:]:
        if not lacks_subject(piece.text) and not LEADING_PARTICIPLE.match(piece.text):
            return sentence[pieces[0].start : _end(piece)].strip()
    return None


_PARTICIPLE_OBJECT = _recache.compile(
    rf"^(?!(?:During|{'|'.join(sorted(NOT_PARTICIPLES))})\b)[A-Z][a-z]+ing\s+"
    r"(?:(?:with|about|on|of|from|after|over)\s+)?(?=(?:the|a|an|his|her|its|their|this|that|"
    r"these|those)\b)"
)
"""A sentence opening on a participle and its object, the date in the object: "Beginning
with the start of the uprising in March 2011, ...", "Speaking about the death of ... in
2013, ...". The object says what happened at the date, as a headline's noun phrase does."""
_PARTICIPLE = next(lean.pattern for lean in LEANINGS if lean.name == "participle")
_GERUND_END = _recache.compile(r"\b[a-z]+ing$")
"""A label cut off after "-ing" ("a phenomenal job buying") has lost what the word governs."""
_LEADING_CONJUNCTION = _recache.compile(r"^(?:and|but|or|nor|yet)\s+(?:then\s+)?")
