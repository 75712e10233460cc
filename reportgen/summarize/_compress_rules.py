"""What sentence compression may delete: one record per kind of phrase, with examples.

Each rule names a span that carries no part of the point: an attribution, an aside, a hedge.
``must`` pairs are (sentence, what the rule alone leaves); ``must_not`` sentences stay whole.
A test runs every example, so a rule cannot drift from what its record promises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reportgen import _recache
from reportgen.summarize._abbreviations import MONTH_NAME
from reportgen.summarize._tokens import word_set

Tier = Literal["always", "long", "label"]
"""``always``: deleted from every point; ``long``: only while a point is over its word limit;
``label``: only from timeline labels, which read as headlines ("Fire shuts Leeds depot")."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A deletable phrase: every match of ``pattern`` is removed, the rest kept verbatim."""

    name: str
    tier: Tier
    pattern: re.Pattern[str]
    why: str
    must: tuple[tuple[str, str], ...]
    must_not: tuple[str, ...]


PRONOUNS = word_set("he she it they his her its their him them")
"""Words that point back to someone or something the sentence itself does not name. First
person ("we", "I") stays: it is the writer or speaker, whom the document itself names."""
DEMONSTRATIVES = word_set("this that these those")
"""Pronouns when a verb follows ("This will delay ..."), determiners before a noun ("This
year's budget ...")."""
REFERRING_NOUNS = word_set(
    """problem problems issue issues approach focus intuition idea bill result results finding
    findings change changes decision measure measures step steps method technique phenomenon
    effect effects trend figure figures increase decrease rise fall move gap shift"""
)
"""Nouns after "this" or "these" that only name again what was said before ("This problem
is also known as ...", "These findings suggest ...")."""
VERBS_AFTER_PRONOUN = word_set(
    """is was are were will would can could should may might must has had have does did
    means meant follows comes came includes included shows showed makes made takes took gives
    gave brings brought leaves left puts happens happened seems seemed appears appeared led
    remains remained includes marks marked reflects reflected"""
)

_SPEECH = (
    r"(?:said|says|told\s+[\w\s]{1,30}?|added|explained|noted|stated|warned|claimed|argued|"
    r"wrote|announced)"
)
_WHO = (
    r"(?:(?:he|she|they|it|we|I)|"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?[A-Za-z][\w'\-]*(?:\s+[A-Za-z][\w'\-]*){0,5}?)"
)
_WHEN = r"(?:\s+(?:on|last|this|late|early)\s+\w+)?"
_CONNECTIVES = (
    r"However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Separately|Also|But|And|"
    r"So|Still|Indeed|Now|Overall|Finally|In the meantime|As a result|At the same time|"
    r"In other words|Of course|Nonetheless|Nevertheless|Yet|Besides|Then|Well|Okay|OK|Right|"
    r"Likewise|Similarly|Instead|Otherwise|Again|In fact|Actually|Basically"
)
_BARE_CONNECTIVES = r"But|And|Also|However|Meanwhile|Moreover|Furthermore|Separately|Um|Uh|Okay"
"""Connectives cut even without a comma; others ("Still", "Right", "So") open phrases too."""
_FILLERS = (
    r"um|uh|erm|er|hmm|mm-hmm|you know|(?:I )?I mean|(?:I )?I think|I guess|kind of|sort of|"
    r"basically|actually|really|just|quite|very|somewhat|essentially|clearly|obviously|"
    r"of course|in fact"
)
_SPOKEN_OPENERS = (
    r"So|Then|Or|And|But|And then|So then|Yeah|Yes|Yep|Well|Right|Okay|OK|Alright|Oh|Um|Uh"
)
"""Words a spoken turn opens on before its subject (none of them is a subject itself)."""
_SUBJECTS = (
    r"I|we|we'[a-z]+|you|you'[a-z]+|they|they'[a-z]+|he|she|it|it's|that|that's|this|these|"
    r"those|there|there's|if|the|our|my|your|their|all|what|when|how|a|an"
)
"""Words that open a clause's subject: a spoken opener before one can go."""
_CONSONANTS = "bcdfghjklmnpqrstvwz"
_SHORT_UNITS = (
    r"km|kg|mg|ml|mm|cm|pm|hr|hrs|ft|lb|lbs|mph|kph|bps|ppm|hp|pct|bn|tn|nm|sq|kw|kwh|mw|gw|"
    r"mb|gb|kb|tb|hz|khz|mhz|ghz|dc|cc|vs|mr|dr|ms|tv|pc|cv|pr|hq"
)
"""Lower-case consonant runs that are words (units, abbreviations): never a cut-off word."""
SUBORDINATORS = (
    r"After|Although|Though|While|Whilst|Despite|Because|Since|As|When|Once|If|Unless|Until|"
    r"Following|Before|During|Amid|Given|With|Without|Under|Due to|Thanks to|Ahead of|"
    r"Even though|In response to|In light of|By contrast|In contrast|Like|Unlike|For"
)
_NOT_IN_A_LIST = r"(?![\w'-]+(?:\s+[\w'-]+)?,?\s+(?:and|or)\s+(?!(?:the|a|an|its|their|this)\b))"
"""Not before "complex, and ...": the comma before it parts a list's items, not clauses."""
_CLAUSE_START = r"(?:^|(?<=\s[-\u2013\u2014]\s))"
"""Where a main clause may begin: the start, or after a chronology's "12 March 2013 – "."""
LEADING_PREPOSITIONS = (
    r"On|In|At|For|By|From|Across|Within|Over|Through|Throughout|Excluding|Including|"
    r"Compared (?:with|to)|Against|Outside|Beyond|Among|Regarding|With regard to"
)
"""Words that open a phrase set before a sentence's subject ("In terms of the efforts, ...");
read in either case, since a connective deleted before them leaves "in terms of ..."."""
NOT_PARTICIPLES = word_set(
    """Beijing Reading Sterling Spring Nothing Everything Something Anything King Morning
    Evening Building Bring Thing Ring Wing Sing Viking Pudding Wedding Ping Darling Sing Ming
    Being Ealing Notting Kettering Worthing Woking Hastings Billing Banking Training Funding
    Housing Planning Parking Landing Shipping Mining Polling Timing Pricing Spending Marketing
    Staffing During Speed Need Seed Feed Red Bed Ted Ned Fred Wed United Limited Indeed
    Incorporated Proceed Breed Creed Reed Greed Shed Sled Hundred Kindred Swed Ahmed Mohammed
    Muhammad Mahmoud Saeed Rasheed Hamed Javed Naveed"""
)
"""Capitalised words in -ing or -ed that open names and noun phrases, not participial phrases."""

RULES: tuple[Rule, ...] = (
    Rule(
        "connective",
        "always",
        _recache.compile(rf"^(?:(?:{_CONNECTIVES}),|(?:{_BARE_CONNECTIVES})\b)\s+(?=\S)"),
        "A word tying a sentence to the one before means nothing once the point stands alone.",
        (
            ("However, the depot will reopen on Monday.", "the depot will reopen on Monday."),
            ("In addition, two lorries were lost.", "two lorries were lost."),
        ),
        (
            "Howell Haulage lost two lorries.",
            "Still images show the damage.",
            "So far two lorries were lost.",
        ),
    ),
    Rule(
        "according_to",
        "always",
        _recache.compile(r"(?:^|,\s*)according to [^,.;]{1,60}?(?:,\s*|(?=[.!?;]\s*$))", re.I),
        "Who said it belongs in the notes; the point is what was said.",
        (
            (
                "According to the council, the depot will close for nine days.",
                "the depot will close for nine days.",
            ),
            (
                "The depot will close for nine days, according to the council.",
                "The depot will close for nine days.",
            ),
        ),
        ("The council ranked depots according to risk and cost in March.",),
    ),
    Rule(
        "said_after",
        "always",
        _recache.compile(
            rf",\s*{_WHO}\s+{_SPEECH}{_WHEN}(?=[.!?]['\"\u201d\u2019]?\s*$)"
            rf"|,(?=['\"\u201d\u2019]\s+{_WHO}\s+{_SPEECH}{_WHEN}[.!?]\s*$)"
            rf"|(?<=['\"\u201d\u2019])\s+{_WHO}\s+{_SPEECH}{_WHEN}(?=[.!?]\s*$)"
        ),
        "'..., the company said.' repeats that the text reports; the claim is the point.",
        (
            (
                "The depot will reopen on Monday, the company said.",
                "The depot will reopen on Monday.",
            ),
            (
                "Repairs will cost 2 million pounds, he added.",
                "Repairs will cost 2 million pounds.",
            ),
            (
                "Trains will run as normal, Network Rail said on Friday.",
                "Trains will run as normal.",
            ),
            (
                "\u201cWe will run as normal,\u201d the operator told the BBC.",
                "\u201cWe will run as normal\u201d.",
            ),
        ),
        (
            "The union said the depot was unsafe.",
            "Staff who had worked there for years, and who said so, were moved.",
        ),
    ),
    Rule(
        "said_before",
        "always",
        _recache.compile(rf"^{_WHO}\s+{_SPEECH}{_WHEN}\s+that\s+(?=\S)"),
        "'The council said that X': X is the point; the speaker is kept in the notes.",
        (
            (
                "The council said that the depot would reopen on Monday.",
                "the depot would reopen on Monday.",
            ),
            (
                "Ms Patel told the committee that costs had doubled.",
                "costs had doubled.",
            ),
        ),
        ("The council said no.", "That was the last time the board met."),
    ),
    Rule(
        "speaker",
        "label",
        _recache.compile(r"^(?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w.'\-]*:\s+(?=\S)"),
        "A transcript's 'Sally Jenkins:' says who spoke: a key point keeps it, since in a "
        "meeting who said a thing is half of it; a timeline label, read at a glance, drops it.",
        (
            (
                "Project Manager: We launch the remote in June.",
                "We launch the remote in June.",
            ),
        ),
        ("Total cost: 4.2 million pounds.", "The board met at 10:30 on Monday."),
    ),
    Rule(
        "unclosed_quote",
        "always",
        _recache.compile('^["\u201c](?!.*["\u201d])|^\u2018(?!.*\u2019)'),
        "A quotation mark the sentence never closes (a quote running over several sentences) "
        "would leave the statement open.",
        (
            (
                "\u201cThe commission will consult across Scotland.",
                "The commission will consult across Scotland.",
            ),
        ),
        ("\u201cWe will consult,\u201d the commission said.",),
    ),
    Rule(
        "parenthesis",
        "always",
        _recache.compile(r"\s*\([^()]{0,120}\)|\s*\[[^\[\]]{0,120}\]"),
        "Brackets hold what the writer marked as an aside.",
        (
            (
                "The Health and Safety Executive (HSE) opened an inquiry.",
                "The Health and Safety Executive opened an inquiry.",
            ),
            ("Profit rose 4% (from 2.1m) in the year.", "Profit rose 4% in the year."),
        ),
        ("Profit rose 4% in the year.",),
    ),
    Rule(
        "unclosed_aside",
        "always",
        _recache.compile(r"\s*\((?:see|cf\.?|e\.g\.|i\.e\.|for example)\b[^()]{0,120}$", re.I),
        "A bracketed pointer the text never closes ('(see Appendix', cut off at a page's end) "
        "points the reader nowhere.",
        (
            (
                "The depot chose a target (see Appendix",
                "The depot chose a target",
            ),
        ),
        ("The depot (see Appendix A) chose a target.", "The depot chose a target (Leeds)."),
    ),
    Rule(
        "footnote_mark",
        "always",
        _recache.compile(
            r"^\d{1,3}\s+(?=(?:there|the|this|these|those|it|its|a|an|is|are|was|were|and|but|"
            r"however|although|while|when)\b)"
        ),
        "A footnote's number a PDF's text layer sets before the sentence ('7 there were 6,563 "
        "institutions') is no word of it.",
        (
            (
                "7 there were 6,563 depots in the network in 2006-07.",
                "there were 6,563 depots in the network in 2006-07.",
            ),
        ),
        ("3 people died in the fire.", "12 of the depots closed."),
    ),
    Rule(
        "dash_aside",
        "always",
        _recache.compile(
            r"\s+[\u2014\u2013-]{1,2}\s+[^\u2014\u2013]{1,80}?\s+[\u2014\u2013-]{1,2}(?=\s)"
        ),
        "A phrase between two dashes is an aside, like one in brackets.",
        (
            (
                "The depot \u2014 the largest in the region \u2014 shut on Monday.",
                "The depot shut on Monday.",
            ),
        ),
        (
            "The depot shut on Monday \u2014 for nine days.",
            "A well-known, long-serving driver left.",
        ),
    ),
    Rule(
        "filler",
        "always",
        _recache.compile(rf"(?:^|(?<=[\s,]))(?:{_FILLERS})\b,?(?=\s)", re.I),
        "Spoken fillers and intensifiers add no fact; 'allegedly' and 'reportedly' stay, since "
        "they say how far a claim is established.",
        (
            (
                "Um we should really move the launch to June.",
                "we should move the launch to June.",
            ),
            ("I think the budget is you know too small.", "the budget is too small."),
            (
                "I I think if we add buttons it will cost more.",
                "if we add buttons it will cost more.",
            ),
        ),
        (
            "The driver was allegedly over the limit.",
            "The justice minister resigned.",
            "The board met in Quitely House.",
        ),
    ),
    Rule(
        "agenda_lead_in",
        "always",
        _recache.compile(
            r"^(?:(?:we(?:'ll| will)?|let's|I(?:'ll| will)) (?:now )?)?(?:move|moving|go|turn|"
            r"come)(?: on)?,?(?: then,?)? to item \w+,?(?: and| which is)?\s+(?=\S)"
            r"|^Item \w+(?: (?:this morning|this afternoon|today))?,?(?: then,)? is\s+(?=\S)",
            re.I,
        ),
        "A chair's 'We move on to item 2, and' or 'Item 2 this morning is' only leads in to "
        "the business the item names.",
        (
            (
                "We will move on then to item 2, and our inquiry into bus services in Wales.",
                "our inquiry into bus services in Wales.",
            ),
            (
                "Item 2 this morning, then, is a further session on the transport report.",
                "a further session on the transport report.",
            ),
        ),
        ("Item 2 was deferred to June.", "We will move the depot to Wakefield."),
    ),
    Rule(
        "spoken_opener",
        "always",
        _recache.compile(
            rf"^(?:(?:{_SPOKEN_OPENERS})\b,?\s+)+(?=(?:{_SUBJECTS})\b)",
            re.I,
        ),
        "'So we'll go through the finance', 'Then the other ones ...': a turn's opening word "
        "links it to what came before; before a subject it carries nothing ('So far' stays).",
        (
            (
                "Then we'll go through the finance and the budget.",
                "we'll go through the finance and the budget.",
            ),
            ("Yeah so the remote will be yellow.", "the remote will be yellow."),
            ("Or we could use rubber.", "we could use rubber."),
        ),
        ("So far two lorries were lost.", "Then-chairman Ian Wood resigned.", "Or else."),
    ),
    Rule(
        "cut_off_word",
        "always",
        _recache.compile(
            rf"(?<=[A-Za-z,] )(?!(?:{_SHORT_UNITS})\b)[{_CONSONANTS}]{{1,3}}\s+(?=\w)"
        ),
        "A speaker breaking off mid-word leaves a few consonants ('we st went', 'that way ch "
        "through'); they are no word. Units ('5 km', '10 mph') follow a figure and stay.",
        (
            ("Yeah we st went with the colour yellow.", "Yeah we went with the colour yellow."),
            ("I d I don't think so.", "I I don't think so."),
        ),
        (
            "The lorry ran at 56 mph on the road.",
            "A 3 x 4 metre room.",
            "Between 10 am and 4 pm daily.",
        ),
    ),
    Rule(
        "repeat",
        "always",
        _recache.compile(
            r"\b(?!(?:had|that),?\s+(?:had|that)\b)(\w[\w']*(?:\s+\w[\w']*){0,3}),?\s+(?=\1\b)",
            re.I,
        ),
        "Words said twice in a row are a false start in speech ('for our our project', "
        "'that has been, that has been dictated').",
        (
            ("This is the kick-off for our our project.", "This is the kick-off for our project."),
            ("I think it's it's the better one.", "I think it's the better one."),
            (
                "That has been, that has been dictated by the company.",
                "that has been dictated by the company.",
            ),
            ("We'll see what, what we need.", "We'll see what we need."),
        ),
        ("He had had enough.", "The remote is small and cheap.", "It is what it is."),
    ),
    Rule(
        "leading_clause",
        "long",
        _recache.compile(
            rf"{_CLAUSE_START}(?:{SUBORDINATORS})\b[^,;]{{1,90}},\s+(?=\S){_NOT_IN_A_LIST}", re.I
        ),
        "A clause before the main one sets the scene; the main clause carries the point. A "
        "comma inside a list of the clause ('can be large, complex, and slow') is not its end.",
        (
            (
                "After a fire broke out on Sunday night, the Leeds depot was shut for nine days.",
                "the Leeds depot was shut for nine days.",
            ),
            (
                "Despite higher fuel costs, operating profit rose 6%.",
                "operating profit rose 6%.",
            ),
            (
                "March 3, 2025 \u2013 As part of its review of depots, the council shut Leeds.",
                "March 3, 2025 \u2013 the council shut Leeds.",
            ),
        ),
        (
            "Aftercare staff were moved to Bradford.",
            "As expected the board approved the plan.",
            "While the backbone can be large, complex, and slow to learn, the modules are light.",
        ),
    ),
    Rule(
        "leading_phrase",
        "long",
        _recache.compile(
            rf"{_CLAUSE_START}(?:{LEADING_PREPOSITIONS})\s[^,;]{{1,60}},\s+(?=\S)", re.I
        ),
        "'On an adjusted basis, income rose ...': a phrase before the subject qualifies the "
        "point, which stands without it when the sentence is too long.",
        (
            (
                "On an adjusted basis, income from continuing operations rose to 68 million.",
                "income from continuing operations rose to 68 million.",
            ),
            (
                "in terms of the efforts made, there is a programme run by the depots in Wales.",
                "there is a programme run by the depots in Wales.",
            ),
        ),
        ("On Monday the depot reopened.", "In Leeds the depot reopened on Monday."),
    ),
    Rule(
        "leading_participle",
        "long",
        _recache.compile(
            rf"^(?!(?:{'|'.join(sorted(NOT_PARTICIPLES))})\b)(?:Having\s+)?[A-Z][a-z]+(?:ing|ed)\b"
            r"[^,;]{0,80},\s+(?=\S)"
        ),
        "'Speaking after the vote, X ...': the participle frames; the clause after the comma "
        "is the point. Names ending in -ing or -ed are listed apart and never cut.",
        (
            (
                "Speaking after the vote, the chair said the plan was approved.",
                "the chair said the plan was approved.",
            ),
            (
                "Faced with rising costs, the club sold its training ground.",
                "the club sold its training ground.",
            ),
        ),
        ("Reading Borough Council, the depot's owner, sold it.", "Sterling fell 2% on Friday."),
    ),
    Rule(
        "trailing_participle",
        "long",
        _recache.compile(
            r",\s+(?:citing|saying|adding|leaving|making|bringing|raising|forcing|"
            r"prompting|causing|sending|putting|taking|giving|ending|marking|"
            r"including|meaning)\b[^;]{1,120}?(?=[.!?;]\s*$)"
        ),
        "', leaving 40 staff without work': a consequence added after the point.",
        (
            (
                "Fire shut the depot for nine days, leaving 40 drivers without work.",
                "Fire shut the depot for nine days.",
            ),
        ),
        ("The union is considering strike action.",),
    ),
    Rule(
        "relative_clause",
        "long",
        _recache.compile(
            r",\s+(?:which|who|whose|where)\s+[^,;]{1,100}?"
            r"(?:,(?=\s+(?:is|was|are|were|will|would|has|had|have|can|could|may|might|must|"
            r"should|said|says|did|does|do)\b)|(?=[.!?;]\s*$))"
        ),
        "A relative clause between commas describes; 'the depot that burned' (no comma) "
        "picks out which one and stays. A comma closes it only where the sentence's verb goes "
        "on ('..., will reopen'); a comma inside it ('whose home in Brooklyn, New York, ...') "
        "does not.",
        (
            (
                "The depot, which opened in 1990, will reopen on Monday.",
                "The depot will reopen on Monday.",
            ),
            (
                "The chair thanked Dr Okafor, who is retiring in June.",
                "The chair thanked Dr Okafor.",
            ),
        ),
        (
            "The depot that burned will reopen on Monday.",
            "Staff who live nearby were told first.",
            "She met Dennis Krauss, whose home in Brooklyn, New York, was also destroyed.",
        ),
    ),
    Rule(
        "participle_aside",
        "long",
        _recache.compile(
            r",\s+(?:[a-z]+ed|set|made|built|led|held|known|seen|given|taken|born|run|owned|"
            r"paid|sold|brought|chosen|written|drawn|shown)\s+(?:by|in|for|as|to|from|up|after|"
            r"with|on|at|under|over)\b[^,;]{1,80},(?=\s)"
        ),
        "', set up by the council,' between commas says how a thing came about; the sentence "
        "reads whole without it.",
        (
            (
                "The commission, set up by the council in 2019, will report later this year.",
                "The commission will report later this year.",
            ),
        ),
        ("The depot, the yard and the offices were shut.", "Fares rose, and sales fell."),
    ),
    Rule(
        "appositive",
        "long",
        _recache.compile(
            r"(?<=[A-Za-z]),\s+(?:a|an|the|its|his|her|their|our|all|both|each|one|two|three|"
            r"four|five|six|seven|eight|nine|ten|some|many|most)\s+(?![^,]*\band\b)"
            r"[^,;]{1,60}?,(?=\s+(?!(?:the|a|an|and|or)\b)[a-z])"
        ),
        "', the club's owner,' after a name says again who; the sentence reads whole without it.",
        (
            (
                "Carter Haulage, the depot's owner, expects losses of 2 million pounds.",
                "Carter Haulage expects losses of 2 million pounds.",
            ),
        ),
        (
            "In Leeds, the depot, the yard and the offices were shut.",
            "He bought a car, a van and a lorry.",
        ),
    ),
    Rule(
        "semicolon_tail",
        "long",
        _recache.compile(r";\s+[^;]+?(?=[.!?]?\s*$)"),
        "What follows a semicolon is a second statement; one point says one thing.",
        (("Sales rose 6%; costs rose faster than expected.", "Sales rose 6%."),),
        ("Sales rose 6%.",),
    ),
    Rule(
        "leading_time",
        "label",
        _recache.compile(
            r"^(?:On|In|By|Since|Until|From|Last|This|Early|Late|Earlier|Later)\s+[^,]{1,30},\s+"
            r"(?=\S)"
        ),
        "A timeline row shows its date beside the label, so the label need not say it again.",
        (("On 3 March, fire shut the Leeds depot.", "fire shut the Leeds depot."),),
        ("Fire shut the Leeds depot.",),
    ),
    Rule(
        "leading_date",
        "label",
        _recache.compile(
            r"^(?:In|On|By|Since|During|Until|From)\s+(?:(?:early|late|mid-)\s*)?"
            rf"(?:(?:\d{{1,2}}\s+)?{MONTH_NAME}(?:\s+\d{{4}})?|\d{{4}}|(?:Mon|Tues|Wednes|Thurs|"
            r"Fri|Satur|Sun)day)\b,?\s+(?=\S)"
        ),
        "'In 2009 almost 300 people died ...': the row's date column already says when.",
        (
            (
                "In 2009 almost 300 people died in the quake.",
                "almost 300 people died in the quake.",
            ),
            ("On 3 March 2025 the depot reopened.", "the depot reopened."),
        ),
        ("In Leeds the depot reopened.", "Mayday calls were made."),
    ),
    Rule(
        "article",
        "label",
        _recache.compile(r"(?:(?<=^)|(?<=\s))(?:the|a|an|The|A|An)\s+(?=[\w\d])"),
        "Labels read as headlines, and headlines drop articles.",
        (("A fire shut the Leeds depot.", "fire shut Leeds depot."),),
        ("Fire shut Leeds depot.", "Theatre staff left."),
    ),
    Rule(
        "perfect",
        "label",
        _recache.compile(r"\b(?:has|have|had)\s+(?=\w+ed\b)"),
        "'has closed' reads as 'closed' in a headline; the date already says when.",
        (("The club has signed a new coach.", "The club signed a new coach."),),
        ("The club has a new coach.",),
    ),
    Rule(
        "stop",
        "label",
        _recache.compile(r"\s*[.!]$"),
        "A label is a heading-like line, not a sentence: no full stop.",
        (("Fire shut Leeds depot.", "Fire shut Leeds depot"),),
        ("Fire shut Leeds depot?",),
    ),
)

CUT_BEFORE = _recache.compile(
    r"\s+(?=(?:and|but|after|while|because|although|though|when|whereas|amid|"
    r"despite|following|before|until|since)\b)"
    r"|(?<!\bto)(?<!\bin)(?<!\bof)(?<!\bby)(?<!\bon)(?<!\bfor)(?<!\bat)(?<!\bwith)"
    r"\s+(?=(?:which|who)\b)|,\s+|;\s+|:\s+"
)
"""Places a point still over its limit may end: before a conjunction or a relative clause, or
at a comma; never between "to" and "which", where the noun before needs the clause ("the
extent to which")."""
CUT_BEFORE_PHRASE = _recache.compile(
    r"\s+(?=(?:in|at|on|for|from|with|to|by|during|over|under|into|across|between|against|"
    r"because|as|than)\b(?!\s+(?:which|whom|whose)\b))"
)
"""Where a point may end when no clause boundary fits: before a phrase, so what is kept is
whole ("died in the quake", not "died in the quake in central"); never before "to which",
whose clause the noun before it needs ("the extent to which ...")."""

PAST_IRREGULAR = (
    r"began|took|won|fell|rose|came|went|made|held|met|broke|left|lost|saw|ran|shut|set|cut|"
    r"put|hit|led|fled|sold|built|paid|struck|became|gave|grew|drew|spent|sent|told|"
    r"captured|killed|opened|closed"
)
"""Past tenses a verb test must know by name: they do not end in "-ed" ("rose", "sold")."""
DANGLING = word_set(
    """a an the and or but of to in on at by for with from as than that which who whose
    his her its their our my your this these those is are was were be been has have had
    not no nor so if into onto upon about over under after before while such says said say
    told tells added adds warned claims claimed believes believed thinks thought located
    situated based aimed intended related linked due able likely compared versus vs relative
    excluding including can could will would shall should may might must because although
    though whereas unless whether"""
)
"""Words a cut point must not end on: they promise more ("income that is located", "$1.50 a
share compared")."""
