"""Sentences that are never key points, whatever their score: one record per kind, with examples.

``must`` sentences are unfit as a key point; ``must_not`` sentences look alike and are fit.
A test runs every example both ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reportgen import _recache
from reportgen.summarize._abbreviations import MONTH_NAME
from reportgen.summarize._compress_rules import PAST_IRREGULAR
from reportgen.summarize._session_phrases import HOUSEKEEPING, PROCEDURE
from reportgen.summarize._subject import finite_verb
from reportgen.summarize._tokens import STOPWORDS, TALK_WORDS
from reportgen.summarize.compress import point


@dataclass(frozen=True, slots=True)
class PointRule:
    """A kind of sentence that says something about the text, or nothing alone."""

    name: str
    test: Callable[[str], bool]
    why: str
    must: tuple[str, ...]
    must_not: tuple[str, ...]


_FRAMING = _recache.compile(
    r"^(?:Here (?:is|are)\b|Below (?:is|are)\b|The following\b|"
    r"(?:This|The present|The attached) (?:report|paper|document|note|memo|brief|briefing|section|"
    r"chapter|article|study|letter|update|summary|analysis|review|submission|proposal|minute|"
    r"presentation|call|meeting)s?\b(?!['\u2019])(?! (?:was|were|had|has been) )|"
    r"The (?:purpose|aim|objective|scope) of this\b|In this (?:report|paper|section|chapter|"
    r"document|note|memo|article|study)\b|As (?:noted|mentioned|discussed|described|shown) "
    r"(?:above|below|earlier|previously|in)\b|See (?:section|annex|appendix|table|figure)\b|"
    r"(?:Thank you|Thanks)\b|Good (?:morning|afternoon|evening)\b|Welcome\b|"
    r"(?:I'd|I would|We'd|We would) (?:like|now like) to\b|Let me\b|Let's\b|Before (?:we|I) "
    r"(?:begin|start)\b|With that\b|(?:I|We)(?:'ll| will) now\b|Turning (?:now )?to\b|"
    r"Moving (?:on )?to\b|Next slide\b|Hello\b|Hi\b|Also included (?:is|are)\b|"
    r"(?:The )?[Ii]nformation in this (?:report|paper|document)\b|"
    r"(?:Table|Figure|Chart|Exhibit|Graph|Appendix) \w+ (?:depicts|shows|lists|presents|"
    r"summari[sz]es|illustrates|displays|gives|provides|sets out)\b|"
    r"The (?:report|paper|document|memo|study|review|brief)(?:'s)? (?:is (?:divided|organi[sz]ed|"
    r"structured|arranged|laid out)|(?:has|contains|consists of) (?:\w+ )?(?:sections|parts|"
    r"chapters))\b|"
    r"(?:The )?(?:next )?(?:agenda )?item "
    r"(?:\w+ )?(?:is|was|on the agenda)\b)",
    re.I,
)
_SIGNPOST_END = _recache.compile(
    r"\bhere (?:are|is) (?:(?:\w+|\d+) )?(?:of (?:the|our) )?(?:\w+ )?(?:ways|things|tips|reasons|"
    r"steps|options|examples|ideas|highlights|questions)\b",
    re.I,
)
"""A listicle's signpost at a sentence's end ("..., here are five ways to enjoy it")."""
FEELING = _recache.compile(
    r"^(?:\w+,? )?(?:We|I)(?:'re| are|'m| am| were| was| remain| continue to be) (?:\w+ )?"
    r"(?:pleased|proud|delighted|excited|happy|saddened|encouraged|thrilled|grateful|honou?red|"
    r"optimistic|confident)\b"
)
"""How the speaker feels ("We are pleased with our results"): what happened is elsewhere."""
_HOUSEKEEPING = _recache.compile("|".join(HOUSEKEEPING), re.I)
_PROCEDURE = _recache.compile("|".join(PROCEDURE), re.I)
_HEADER = _recache.compile(
    r"^(?:To|From|Cc|Bcc|Subject|Date|Sent|Re|Ref|Reference|Attendees|Present|Apologies|"
    r"Agenda|Classification|Author|Authors|Prepared by|Distribution|Memo(?:randum)?|Minutes)\s*:"
    r"|\b(?:To|From|Subject|Date|Cc):.{0,200}\b(?:To|From|Subject|Date|Cc):",
    re.I,
)
_SPEECH = _recache.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|replied|warned|wrote|writes|according|"
    r"insisted|explained|declared|announced|stated|claimed)\b"
)
_OPEN_QUOTE = "\"\u201c'\u2018"
_CLOSE_QUOTE = _recache.compile(r"[\"\u201d]|(?<=[.,!?])['\u2019]")


_CITATION = _recache.compile(
    r"\((?:[A-Z][\w. ]+,\s*)?[A-Z]{2}:\s[^)]*\d{4}\)|\bdoi:|\bISBN\b|"
    r"\bRetrieved from\b|\b\d{2,3} ?(?:th|st|nd|rd) Cong\.|\bVol\.\s?\d"
)


_RETRIEVED = _recache.compile(r"^Retrieved\b[^.]{0,40}?\bfrom\s+(?:https?://|www\.)", re.I)
"""A reference's access note ("Retrieved June 1, 2009, from http://..."), whatever its commas."""


def _citation(text: str) -> bool:
    """ "U.S. Congress, ..., 113th Cong., 1st sess. (Washington, DC: GPO, 2013).": a source
    the text cites, not a statement of its own."""
    if _RETRIEVED.match(text):
        return True
    return _CITATION.search(text) is not None and text.count(",") >= 3


def _framing(text: str) -> bool:
    words = spoken(text)
    bare = point(words).text  # "Okay, um, let's start." opens on "Let's"
    if _SIGNPOST_END.search(words):
        return True
    return any(_FRAMING.match(w) for w in (words, bare)) or _HOUSEKEEPING.search(words) is not None


def _procedure(text: str) -> bool:
    return _PROCEDURE.search(spoken(text)) is not None


_ASKED = _recache.compile(r"\?[\"'\u201d\u2019)]*\s*$")
_REPORTED_QUESTION = _recache.compile(r"\b(?:asked|asks|wondered|questioned)\b\s*:")


def _question(text: str) -> bool:
    """A sentence that ends by asking, unless it reports who asked ("The union asked: ...")."""
    return _ASKED.search(text) is not None and _REPORTED_QUESTION.search(text) is None


_REPLY = _recache.compile(
    r"^(?:(?:Yes|No|Yeah|Well|Sure|Indeed|Absolutely|Exactly|Okay|So|I would say|I think so)\b"
    r"[,.]?\s*)+",
    re.I,
)
_REPLY_WORDS = 12


def _reply(text: str) -> bool:
    words = spoken(text)
    return _REPLY.match(words) is not None and len(words.split()) <= _REPLY_WORDS


_OPINION = _recache.compile(
    r"^(?:(?:So|Well|And|But|Yes|No),? )?(?:I (?:think|don't think|do not think|suppose|guess|"
    r"would say|'d say)|I'm not sure|My (?:sense|view|feeling|guess) is|There(?:'s| is) (?:a "
    r"(?:mixture|lot|range|number|variety) of|quite a lot)|It(?:'s| is) (?:hard|difficult|too "
    r"early) to (?:say|tell))\b",
    re.I,
)
_VAGUE_WORDS = 14


def _vague(text: str) -> bool:
    """ "My sense is we won't.", "There's a mixture of things going on.": a short opinion with
    no figure and no name says nothing once lifted out of its exchange."""
    words = spoken(text)
    if _OPINION.match(words) is None or len(words.split()) > _VAGUE_WORDS:
        return False
    named = any(w[:1].isupper() for w in words.split()[1:] if w not in ("I", "I'm", "I'd"))
    return not named and not any(c.isdigit() for c in words)


_FEWEST_SAID = 3
_SAID_LETTERS = 4


def _empty_turn(text: str) -> bool:
    """ "Marketing: Be what we were told, and they'd say yeah, definitely.": a speaker's turn
    with fewer than three words of substance (and no figure) needs the talk around it."""
    words = spoken(text)
    if words == text:
        return False  # not a labelled turn: a short statement of prose may be a point
    said = [w.strip(".,;:!?'\"()").lower() for w in words.split()]
    if any(any(c.isdigit() for c in w) for w in said):
        return False
    substance = [
        w
        for w in said
        if len(w) >= _SAID_LETTERS
        and w not in STOPWORDS
        and w not in TALK_WORDS
        and not w.endswith(("'s", "'ll", "'re", "'ve", "'d"))
    ]
    return len(substance) < _FEWEST_SAID


def _feeling(text: str) -> bool:
    """ "We are pleased with how the depot is responding": a feeling with no figure in it."""
    words = spoken(text)
    return FEELING.match(words) is not None and not any(c.isdigit() for c in words)


_TITLE_WORDS = 6
_SAYS = frozenset({"said:", "says:", "told:", "added:", "warned:", "asked:", "wrote:"})


_POSTAL = _recache.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|"
    r"Lane|Drive|Way|Place|Square|Parkway)\b"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"
)
"""A street address or a postal code: "1600 Clifton Road", "GA 30333", "LS1 4AP"."""
_ADDRESS_COMMAS = 3


def _address(text: str) -> bool:
    """ "Environmental Health Services, 1600 Clifton Road, NE, Atlanta, GA 30333.": where
    to write to, a list of places parted by commas, says nothing that happened."""
    return _POSTAL.search(text) is not None and text.count(",") >= _ADDRESS_COMMAS


_DEGREE = _recache.compile(r"\b(?:MPH|PhD|Ph\.D\.|MD|ScD|DrPH|MSc|MBA|DPhil|BSc|RN|FRCP)\b")
_DEGREES_OF_AUTHORS = 2


def _author_line(text: str) -> bool:
    """ "Jaime Raymond, MPH William Wheeler, MPH Mary Jean Brown, ScD ...": the authors and
    their degrees, who wrote the paper, not what it says."""
    return len(_DEGREE.findall(text)) >= _DEGREES_OF_AUTHORS


_CHRONOLOGY_ENTRY = _recache.compile(
    rf"^(?:{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}})"
    r"\s*[\u2013\u2014-]\s"
)
"""A chronology's entry: "June 13, 2012 \u2013 DOD announced ...", "4 May 2025 - ..."."""


def _chronology_entry(text: str) -> bool:
    """ "March 13, 2013 \u2013 S. 548 was introduced ...": one entry of a chronology, which the
    timeline lists by its date; the key points say what the chronology adds up to."""
    return _CHRONOLOGY_ENTRY.match(text) is not None


def _title_line(text: str) -> bool:
    """ "Total fall enrollment in institutions, by sex and age: Selected years, 1970 through
    2017.": a table's or a figure's title, a label and a colon with no verb, names what
    follows and states nothing."""
    words = spoken(text)
    return (
        ": " in words
        and len(words.split()) >= _TITLE_WORDS
        and finite_verb(words) is None
        and not any(w in _SAYS for w in words.lower().split())
    )


_PANEL_NAME = (
    r"(?:Top|Bottom|Left|Right|Middle|Centre|Center|Inset|Upper|Lower)"
    r"(?: (?:left|right|row|panel|plot|figure))?"
)
_PANEL = _recache.compile(
    rf"^(?:{_PANEL_NAME}\s*:\s+(?=\w)|(?:{_PANEL_NAME}|\(?[a-h]\))\s*[.)]?\s+(?=[A-Z(]))"
)
"""A figure's panel named before its caption: "Top: ...", "(b) Learning curves ..."."""
_LETTERED_PANELS = _recache.compile(r"(?:^|\s)a\.\s+\S[^.]{0,80}?\s(?:and\s+)?b\.\s+\S")
"""Panels lettered inside a caption: "... after learning a. 2-way SR task and b. a 4-way
MTS task"."""


def _panel_caption(text: str) -> bool:
    """ "Top: Learning curve for the module after being trained on the task.": a caption of a
    figure's panel, which describes a picture the brief does not show."""
    # "Top:" reads as a speaker's label to spoken(), so the text is read as it stands.
    return _PANEL.match(text) is not None or _LETTERED_PANELS.search(text) is not None


_ROW_CODES = 0.5
_ROW_CODES_VERBLESS = 0.4
_ROW_VERB = _recache.compile(
    rf"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|{PAST_IRREGULAR}|fall|"
    r"falls|rise|rises|grow|grows)\b|\b\w+ed\s+(?:the|a|an|to|by|in|on|at|for|from|with|\d)",
    re.I,
)
"""A verb in a line: an auxiliary, a rise or a fall, or "-ed" before what it governs ("carried
4% more"); not "-ed" before a code ("permuted MTS"), which describes it."""
_ROW_WORDS = 5


def _data_row(text: str) -> bool:
    """ "4-way double-binary SR 4-way 4-shown stationary MTS 2.": a table's row read as a
    line of text, half or more of it figures and codes; no reader takes it as a statement."""
    words = [w.strip(".,;:()") for w in spoken(text).split()]
    words = [w for w in words if w]
    if len(words) < _ROW_WORDS:
        return False
    codes = sum(any(c.isdigit() for c in w) or (len(w) > 1 and w.isupper()) for w in words)
    if codes >= _ROW_CODES * len(words):
        return True
    # "4-way 2-shown vert-motion MTS 4-way 4-shown permuted MTS Task switching ...": fewer
    # codes, but no verb says anything of them.
    return codes >= _ROW_CODES_VERBLESS * len(words) and _ROW_VERB.search(text) is None


def _header(text: str) -> bool:
    return _HEADER.search(text) is not None


def _quote_without_speaker(text: str) -> bool:
    """Opens a quotation and names no speaker outside it: whose words these are is unknown."""
    text = spoken(text)
    if text[:1] not in _OPEN_QUOTE:
        return False
    close = _CLOSE_QUOTE.search(text, 1)
    outside = text[close.end() :] if close else ""
    return _SPEECH.search(outside) is None


SPEAKER = _recache.compile(r"^((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w.'\-]*(?:\s\([^()]{1,40}\))?):\s+")
"""A transcript's "Chair (Cllr Helen Baird): " before the words spoken (group 1: the label)."""
_UNFINISHED_WORDS = 15
_ENDS_STATEMENT = _recache.compile(r"[.!?;:][\"'\u201d\u2019)\]]*\s*$|[\"\u201d\u2019]\s*$")


@lru_cache(maxsize=16384)  # each rule asks again for the same sentence's words
def spoken(text: str) -> str:
    """The words of a transcript turn without the speaker's label; other text unchanged."""
    return SPEAKER.sub("", text, count=1) if not _header(text) else text


def _unfinished(text: str) -> bool:
    """A short line with no closing stop is a title or a label ("Board paper BP/25/07:
    Fleet replacement at the Leeds depot"), not a statement."""
    return len(text.split()) <= _UNFINISHED_WORDS and _ENDS_STATEMENT.search(text) is None


_FRAGMENT_WORDS = 5


def _fragment(text: str) -> bool:
    """ "Yep.", "Mm-hmm?", "Ooh.": a turn of a few words says nothing once it stands alone."""
    return len(spoken(text).split()) < _FRAGMENT_WORDS


_MATH = _recache.compile(
    r"[=\u2264\u2265\u2211\u220f\u2208\u2209\u2202\u222b\u221a\u00b1\u2192\u2190\u2282\u2286"
    r"\u2200\u2203\u2016\u2212\u221e\u2248\u2260\u223c\u2297|^]"
)
"""Signs of mathematics (and the "|" and "^" a PDF's formulae leave), not of prose."""
_MATH_MARKS = 2
_NUMBERED_HEAD = _recache.compile(
    r"^(?:\(\d+\)\s+)?(?:[A-Z](?:\.\d+)+|\d+(?:\.\d+)+(?=\s+[A-Z]{2,})"
    r"|[A-Z](?=(?:\s+[A-Z]{2,})+\s+[A-Z][a-z]))\.?\s"
)
"""A section number ("D.2.3", "4.2" before capitals, "C" before a title in capitals), after
an equation's number a PDF's text layer may set before it ("(32) D.2.3 PROOF ...")."""


def _notation(text: str) -> bool:
    """A formula or a line of a PDF's maths ("Var = Σ j p̂j ≤ M2"), or a piece of one cut off
    at a bracket ("N − 1}, a random orthogonal matrix"): no reader takes it as a statement."""
    if len(_MATH.findall(text)) >= _MATH_MARKS:
        return True
    return text.count("{") != text.count("}")  # prose has no braces; formulae split by a PDF do


def _numbered_heading(text: str) -> bool:
    """ "D.2.3 Proof of Lemma 2.", "C.5 EXPERIMENTAL RESULTS To validate ...": a numbered
    heading, alone or glued to its part's first words."""
    return _NUMBERED_HEAD.match(text) is not None


_INNER_SPEAKER = _recache.compile(r"[,.?!]\s+(?:[A-Z][\w.'\-]*\s){0,2}[A-Z][\w.'\-]*:\s")
_FILLER = _recache.compile(r"\b(?:um+|uh+|erm|er|mm-hmm|mm|hmm|yeah|okay|ok|like|you know)\b", re.I)
_FILLER_SHARE = 0.2


_RESTART = _recache.compile(
    r"\b(?:[Tt]he|an?) (?:I|that|it|we|you|they|the|a)\b(?!['\u2019/-])"
    r"|\bI (?:you|it|we|they)\b|^(?:[Yy]ou|[Ww]e|[Tt]hey) (?:it|I|you|we|they)\b"
    r"|\b(I|we|you|they)\b,? (?:oh|um+|uh+|er|erm),? \1\b"
    r"|\b(?:we|you|they) (?:in|on|at) (?:our|your|their|the) \w+ (?:we|you|they)\b"
)
"""Words no sentence puts side by side ("the that I will", "I you it means"): a speaker who
broke off and began again, leaving a turn no reader can parse."""


def _garbled(text: str) -> bool:
    """A turn that runs into another speaker's ("Uh, not yet, Designer: but ..."), breaks off
    and begins again ("The that I will convince ...") or is a fifth filler words: a
    transcript's crosstalk, which no reader can take as a statement."""
    words = spoken(text)
    if _INNER_SPEAKER.search(words):
        return True
    if words != text and (_RESTART.search(words) or _RESTART.search(point(words).text)):
        return True  # a filler gone ("I I think you it means") can leave the break showing
    n = len(words.split())
    return n > 0 and len(_FILLER.findall(words)) / n >= _FILLER_SHARE


def _pronoun_led(text: str) -> bool:
    """Opens, once a connective is gone, on a pronoun that points at an earlier sentence."""
    return point(spoken(text)).pronoun_led


POINT_RULES: tuple[PointRule, ...] = (
    PointRule(
        "address",
        _address,
        "An address says where to write to; it states nothing that happened.",
        (
            "Environmental Health Services, National Center for Environmental Health, 1600 "
            "Clifton Road, NE, MS F-60, Atlanta, GA 30333.",
            "Harbour Logistics, Unit 4, Aire Valley Park, Leeds LS10 1AB, United Kingdom.",
        ),
        (
            "The council moved its offices to 10 Market Street, Leeds, in March.",
            "Costs rose in Leeds, York, Hull and Wakefield, by 4% in all.",
        ),
    ),
    PointRule(
        "author_line",
        _author_line,
        "The authors and their degrees say who wrote the paper, not what it says.",
        (
            "Jaime Raymond, MPH William Wheeler, MPH Mary Jean Brown, ScD National Center for "
            "Environmental Health, CDC",
            "Ann Lee, PhD, and Raj Patel, MD, Leeds Teaching Hospitals.",
        ),
        (
            "Dr Ann Lee, a GP with an MSc in public health, said the clinic would close.",
            "The MBA programme at Leeds enrolled 120 students in 2024.",
        ),
    ),
    PointRule(
        "citation",
        _citation,
        "A reference to a source names where a fact comes from; it states none.",
        (
            "U.S. Congress, House Committee on Armed Services, Hearing on Assault, 113th Cong., "
            "1st sess., June 4, 2013 (Washington, DC: GPO, 2013).",
            "Smith, J., Patel, R. Depot safety in winter, Transport Review, Vol. 4, pp. 4-19.",
            "U.S. Congress, House Committee on Rules, Report on H.R. 12, 114 th Cong., 2 nd "
            "sess., H. Rept.",
            "Retrieved June 1, 2009, from http://nces.example.gov.",
        ),
        (
            "The committee held a hearing on 4 June 2013, and the chair, Ms Reid, spoke first.",
            "Costs rose by 4%, or 2.1m, in 2024, the report says, and may rise again.",
            "Several papers (e.g. Ge et al., 2015; Lee et al., 2016) have shown that, given "
            "smoothness, gradient descent converges, as noted above.",
        ),
    ),
    PointRule(
        "notation",
        _notation,
        "A formula, or a piece of one a PDF's text layer split off, states nothing in words.",
        (
            "Var = \u2211 j pjRj 2 \u2264 \u2211 j pj M2 det2 = M2 det2.",
            "N \u2212 1}, a random orthogonal matrix to the right of Wj.",
            "3.2} if |Dtk | \u2264 |Mtk | then q = ptk.",
            "By Lemma 4, we have that \u2016\u03a3\u2212N\u2016F \u2264 3 2 \u03bdM2N2.",
        ),
        (
            "Costs rose 4% (from 2.1m) in 2024, and the ratio was 3:1.",
            "Revenue was $1.5 billion, up 7.5% [restated] on last year.",
            "b) the board approves the budget of 6.4 million pounds.",
            "The archive ends with ]]> and holds &amp; literally.",
        ),
    ),
    PointRule(
        "numbered_heading",
        _numbered_heading,
        "A section's number and title, alone or run into its first sentence, heads a part.",
        (
            "D.2.3 Proof of Lemma 2.",
            "C.5 EXPERIMENTAL RESULTS To validate the algorithms, we ran them on Atari games.",
            "4.2 RESULTS The model beats the baseline on every task.",
            "(32) D.2.3 PROOF OF LEMMA 2 Proof of Lemma 2.",
            "C DISCUSSION In the main text, we talk about convergence.",
        ),
        (
            "3.2 million people fled the fighting in 2012.",
            "A. Smith chaired the meeting on Monday.",
            "A new depot opened in Leeds in March.",
            "I MET the chair on Monday.",
        ),
    ),
    PointRule(
        "fragment",
        _fragment,
        "A backchannel or an exclamation carries no point of its own.",
        ("Project Manager: Mm-hmm?", "Marketing: Yep.", "Ooh."),
        ("The board approved the budget.", "Marketing: We should launch in June."),
    ),
    PointRule(
        "unfinished",
        _unfinished,
        "A short line without a closing stop titles or labels what follows.",
        (
            "Board paper BP/25/07: Fleet replacement at the Leeds depot",
            "Fire shuts Leeds depot for nine days",
        ),
        (
            "Fire shut the Leeds depot for nine days.",
            "The union asked: who will pay for the training?",
            "“We cannot keep paying to stand still,” said the director.",
        ),
    ),
    PointRule(
        "framing",
        _framing,
        "Says what the text is or does ('This report describes ...'), not what happened.",
        (
            "Here is an overview of the changes to the depot rota agreed this week.",
            "This paper sets out the options for replacing the Leeds depot's fleet.",
            "Good morning, and welcome to the third quarter results call.",
            "With that, I'll turn the call over to our chief financial officer.",
            "Chair (Cllr Helen Baird): Okay, um, let's start.",
            "Item four is the flooding on Ashby Road.",
            "Also included is a resources section with related articles, hearings, and reports.",
            "The report is divided into three sections: the department's actions and the law.",
            "Some statements today are forward-looking statements subject to risk.",
            "These statements do not guarantee future performance, and actual results may differ.",
            "Our financial statements have been prepared in accordance with IFRS.",
            "Table 2 depicts the number of crimes reported to the department from 2005.",
            "If that sounds familiar and you want a quieter Christmas, here are five ways.",
            "In today's call, we will discuss non-IFRS financial measures.",
            "I will hand the call over to Dana to share our second-quarter figures.",
            "Many of these are discussed in our annual report filed with the SEC.",
            "Northgate Foods is not responsible for and does not edit nor guarantee the accuracy "
            "of our call transcripts provided by third parties.",
        ),
        (
            "The report found that 40 drivers had no safety training.",
            "This paper's recommendation was rejected by the board in March.",
            "The report is due in March and will cost 40,000 pounds.",
            "Hereford council approved the new depot on Monday.",
            "The meeting approved the budget of 4.2 million pounds.",
            "Items worth 2 million pounds were stolen from the depot.",
            "Table 2 of the audit was wrong, the board found.",
            "Here at the depot, three ways in were closed after the fire.",
        ),
    ),
    PointRule(
        "procedure",
        _procedure,
        "Talk about the call or meeting itself is true of every session and tells no news.",
        (
            "Joining me on the call today are Dana Whitfield, our CEO, and Raj Patel, our CFO.",
            "Today's call is being webcast and a replay will follow.",
            "If you have not received the earnings release, it is available on the investor "
            "relations section of our website.",
            "Again, I'm Tom Reid, Chairman and CEO of Northgate Foods.",
            "Project Manager: Then we'll go through the finance and see if we fall within budget.",
            "So we'll do the evaluation, and then we can finish up after that.",
            "Chair: We've received apologies for absence from Cllr Amy Cole.",
            "Project Manager: Um I'm Sam and I'm the Project Manager.",
            "Industrial Designer: My name is Xavier Lamb, I'm the Industrial Designer.",
            "Okay, so this is the second design meeting for the remote control.",
            "I'll go through the minutes from the previous meeting first.",
            "Our speakers on the call today will be the chief executive and the finance director.",
            "Um so this is what we're going to be doing over the next half hour.",
            "We'll move on, then, to our next item, which is the housing strategy.",
            "I hope you are all keeping well.",
            "We'll go to Cllr Amy Cole now for some questions on the budget.",
            "I wanted to talk about the depot's finances.",
            "So, there's quite a lot in that question, actually.",
            "I'm currently registered as an associate lecturer at Leeds Beckett University.",
            "If I can just start and ask you if you're satisfied with the progress so far.",
            "I wondered if we could start off with you telling us what the impact has been.",
            "Could you tell us what the board has done about the depot since March.",
            "I hope you will introduce yourselves in a few minutes.",
            "Next, I will provide you with additional insights as to the work we are doing.",
            "I will, however, provide insights regarding our fiscal year results.",
            "I'll share perspectives on our future and Raj will review our fiscal '25 results.",
            "During Q&A, we ask that participants limit themselves to one question.",
            "We hope that you and your families are staying safe and healthy.",
            "First, I'll discuss how we've responded since the start of the winter.",
            "Even more importantly, we would once again like to express our gratitude to all.",
            "To them, as always, my utmost respect and admiration.",
            "I truly appreciate the dedication and commitment demonstrated by our drivers.",
            "We thank all of our depot employees for their hard work this year.",
        ),
        (
            "Revenue rose 12% to $1.4 billion, and margins widened by two points.",
            "The committee heard that 40 drivers had no safety training.",
            "Cllr Amy Cole said the depot should close by March.",
            "The meeting approved the budget of 4.2 million pounds.",
            "We expect capacity to come online in the second half of the year.",
            "The company posted a loss of $3 million in the quarter.",
            "The union will ask ministers whether the depot can stay open.",
            "The board asked the director to tell staff about the closure.",
            "We will go to court if the council does not reopen the depot.",
            "We'll launch the yellow remote in June and see sales rise.",
            "The SEC fined the company $3 million for late filings in March.",
            "The board will review the depot's results in March and may close it.",
            "We hope the new depot will open in June, if the council approves it.",
            "I will discuss the closure with the union on Monday before the board meets.",
            "The union thanked the council for keeping the depot open.",
        ),
    ),
    PointRule(
        "garbled",
        _garbled,
        "Crosstalk and filler-laden turns state nothing a reader can take away.",
        (
            "Designer: Uh, not yet, Manager: but if you want we can look at it.",
            "Marketing: Um yeah, okay, um, I think so, yeah.",
            "Project Manager: The that I will convince the management to do that, okay.",
            "Industrial Designer: I you it means you reverse the curve.",
            "Marketing: This summer I, oh I had to live with cats.",
            "Industrial Designer: I I think you it means you reverse the curve.",
            "Designer: Our roles will be assigned when we in our mail we received from the head.",
        ),
        (
            "Designer: The case will be made of recycled plastic, which costs less.",
            "Chair (Cllr Helen Baird): The board approved the budget, so the depot stays open.",
            "Marketing: Um, the survey says most users want a bigger button.",
            "Designer: The I/O port and the USB socket go on the back, so it stays thin.",
            "Chair: The evidence we have seen says the depot should stay open.",
        ),
    ),
    PointRule(
        "question",
        _question,
        "A question asks; the brief reports what was said or decided, not what was asked.",
        (
            "Chair: Can you explain your approach to next year's allocations?",
            "How will the council pay for the new depot?",
        ),
        (
            "The union asked: who will pay for the training, and when?",
            "The council said it would pay for the depot from reserves.",
        ),
    ),
    PointRule(
        "reply",
        _reply,
        "A short answer ('Yes, things are looking up.') needs the question it answers.",
        (
            "Yes, things are looking up.",
            "Witness (Dr Ann Lee): Well, I would say, in the main, yes.",
        ),
        (
            "Yes, the council will close the depot in March and move staff to Kirkstall.",
            "Wellington council approved the budget.",
        ),
    ),
    PointRule(
        "vague",
        _vague,
        "A short opinion without a figure or a name needs the exchange it came from.",
        (
            "My sense is we won't.",
            "Witness (Dr Ann Lee): There's a mixture of things going on.",
            "I don't think so, and this shows itself in two ways.",
        ),
        (
            "I think the council will close the Leeds depot in March.",
            "My sense is that costs will rise by 5% next year.",
            "The board approved the budget.",
        ),
    ),
    PointRule(
        "empty_turn",
        _empty_turn,
        "A turn of a few words of substance says nothing once lifted out of the talk.",
        (
            "Marketing: Be what we were told, and they'd say yeah, definitely.",
            "Project Manager: Not sure where the p. Just put 'em here.",
            "Designer: Uh we will have to take advantage of these two things.",
        ),
        (
            "Designer: The case will be made of recycled plastic, which costs less.",
            "Marketing: We should sell it for 25 euros.",
            "He was shot at his home in the town.",
        ),
    ),
    PointRule(
        "feeling",
        _feeling,
        "How the speaker feels about the news is not the news.",
        (
            "We are pleased with how the depot is responding to the dramatic change this year.",
            "We're also saddened by the acts of injustice which continue to plague our towns.",
            "Chair: I am very proud of the way the drivers responded to the fire.",
        ),
        (
            "We are pleased to report that revenue rose 12% to $41 million.",
            "The union said drivers were pleased with the new rota.",
            "We are planning to reopen the depot in June.",
        ),
    ),
    PointRule(
        "title_line",
        _title_line,
        "A table's or figure's title, a label and a colon with no verb, names what follows.",
        (
            "Total fall enrollment in depots, by sex, age, and status: Selected years, 1970 "
            "through 2017.",
            "Figure 3: Parcels handled per depot and month, Leeds and York, 2024.",
        ),
        (
            "Budget: the board approved 6.4 million pounds for the depots.",
            "The union gave its reason: drivers were working too many nights.",
            "KENYA: Total dead: 192",
        ),
    ),
    PointRule(
        "panel_caption",
        _panel_caption,
        "A caption of a figure's panel describes a picture the brief does not show.",
        (
            "Top: Learning curve for the depot module after being trained on the same task.",
            "(b) Parcels handled per hour at the Leeds depot, by shift.",
            "Bottom left: Costs by month for the York depot.",
            "Top: postswitching learning curve for the depot module, after being trained.",
            "Learning curves for the depot module after learning a. the York rota and b. the "
            "Leeds rota.",
        ),
        (
            "Top managers met the union on Monday.",
            "Left unchecked, costs at the depot will rise by 5% a year.",
            "A new depot opened in Leeds in March.",
            "The plan has two parts: a) the cost and b) the time it takes.",
        ),
    ),
    PointRule(
        "chronology_entry",
        _chronology_entry,
        "A chronology's dated entry belongs on the timeline; the points say what it adds up to.",
        (
            "June 13, 2012 \u2013 DOD announced Army Major General Gary S. Patton as the new "
            "director of the Sexual Assault Prevention and Response Office.",
            "4 March 2025 - The council closed the Leeds depot for repairs.",
        ),
        (
            "On June 13, 2012, the department named a new director for the office.",
            "From 2011 to 2012, reported assaults at the academy rose from 33 to 52.",
        ),
    ),
    PointRule(
        "data_row",
        _data_row,
        "A table's row or a list of codes read as a line states nothing in words.",
        (
            "4-way double-binary SR 4-way 4-shown stationary MTS 2.",
            "2-way stationary MTS 2-way stationary MTS new classes 11.",
            "Leeds 412 298 96.1 88.4 11.2 14.7",
            "4-way 2-shown vert-motion MTS 4-way 4-shown permuted MTS Task switching with "
            "Dynamic Neural Voting.",
        ),
        (
            "Revenue rose 12% to $41.3 million in Q4 2025.",
            "The UK's GDP grew 0.4% in Q3, the ONS said on Friday.",
            "The M62 and the A1 were shut for 12 hours after the crash.",
            "In Q3 2025 the M62 and the A1 carried 4% more lorries.",
        ),
    ),
    PointRule(
        "header",
        _header,
        "A memo or minutes header line names who wrote to whom, not what they said.",
        (
            "To: Board members From: Chief Operating Officer Date: 3 March 2025",
            "Subject: Replacement of the Leeds depot fleet",
            "Present: Sonia Patel (chair), Tom Reid, Amy Cole.",
        ),
        (
            "The board agreed to: replace twelve vans and close the Hunslet yard.",
            "Costs to date: 1.2 million pounds, against a budget of 1.5 million.",
        ),
    ),
    PointRule(
        "quote_without_speaker",
        _quote_without_speaker,
        "A quotation whose speaker the sentence never names reads as the brief's own voice.",
        (
            "\u201cWe will not let our members work in an unsafe depot.\u201d",
            '"This is the worst season we have had in a decade," the statement continued.',
        ),
        (
            '"We will not work in an unsafe depot," the union said.',
            "\u201cSafety first,\u201d said Tom Reid, the union's regional officer.",
            "The union said the depot was unsafe.",
        ),
    ),
    PointRule(
        "pronoun_led",
        _pronoun_led,
        "'It is now planned for 1 July' names nothing once it stands apart from its paragraph.",
        (
            "It is now planned for 1 July 2025.",
            "However, they rejected the offer on Friday.",
            "This will delay the launch by a month.",
            "It's hard to say how long the repairs will take.",
        ),
        (
            "The launch is now planned for 1 July 2025.",
            "We recommend that the board approves the purchase.",
            "Itemised costs are in the annex to the paper.",
        ),
    ),
)


@lru_cache(maxsize=16384)  # the key points, then each part of the brief, judge one sentence
def unfit_as_point(text: str) -> str | None:
    """The name of the first rule that rules ``text`` out as a key point; None when it is fit."""
    return next((r.name for r in POINT_RULES if r.test(text)), None)


_ASK = _recache.compile(
    r"^(?:The |This )?(?:Board|Committee|Council|Cabinet|Panel|Trustees|Members|Governors|"
    r"Directors|Executive|Minister|Secretary of State|Commission|Group|Meeting)\b[^.;]{0,40}?\b"
    r"(?:is|are) (?:asked|invited|requested|recommended) to\b"
    r"|^(?:We|I|Officers|The [Cc]ommittee|The [Bb]oard) (?:strongly )?recommends? that\b"
    r"|^It is recommended that\b|^(?:Recommendation|Decision required|Action required)\s*:"
)


def _ask(text: str) -> bool:
    return any(_ASK.search(t) for t in (text, spoken(text)))


ASK = PointRule(
    "ask",
    _ask,
    "A paper that asks for a decision has that ask as its bottom line.",
    (
        "The Board is asked to approve Option B and to delegate the contract terms.",
        "Members are invited to note the report and agree the revised budget.",
        "We recommend that the council adopts the new parking policy.",
        "Recommendation: approve the purchase of twelve electric vans.",
    ),
    (
        "The board approved Option B on Monday.",
        "Police asked to speak to anyone who saw the crash.",
        "The minister was asked to resign by three MPs.",
    ),
)
"""Not a rule against a sentence but for one: it marks the decision a paper asks for."""


def asks(text: str) -> bool:
    """Whether ``text`` is the decision a paper asks its readers to take."""
    return ASK.test(text)
