"""Sentence splitting over the decoded text, keeping offsets into it."""

from __future__ import annotations

import re

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.summarize._abbreviations import ABBREVIATIONS, MONTH_WORD, keeps_its_period
from reportgen.summarize._gazetteer import DEMONYMS, MONTHS, PLACES, TITLES, WEEKDAYS
from reportgen.summarize._names import capitalised
from reportgen.summarize._ptb import detokenise, looks_tokenised
from reportgen.summarize._tokens import word_set
from reportgen.text import clean_inline

_OPENERS = word_set(
    """the a an he she it they we i this that these those there his her its their but and in on
    at after before when while however meanwhile mr mrs ms dr police officials"""
)
_GLUE_OPENERS = word_set(
    """The A An This These Those It He She They We There His Her Their Its In On At After
    Before When While However Meanwhile But And So Since Although"""
)
_FINITE = word_set("is are was were has have had says said will can")
"""Finite verbs that show a lead sentence has begun after its subject."""
_LEADS_INTO_CLAUSE = word_set(
    """believe believes believed think thinks thought warn warns warned fear fears feared hope
    hopes hoped insist insists insisted claim claims claimed argue argues argued note notes
    noted add adds added announce announces announced assure assures assured know knows knew
    feel feels felt suggest suggests suggested say him her them us me that when where if
    because while as since whether but or so after before until unless though although how
    why what who which evidence news report reports sign signs proof view word"""
)
"""Words after which "Syria is ..." is a clause of the same sentence: "he warned Syria is"."""
_GLUE_END = _recache.compile(r"[a-z0-9%]$")
_LOWER_WORD = _recache.compile(r"(?<![\w'-])[a-z]{3,}(?![\w-])")
_BYLINE_ENDS = word_set("correspondent editor reporter analyst writer")
"""Last word of a byline glued to the lead: "By Jane Roe BBC Diplomatic Correspondent The"."""
_BEFORE_NAMES = word_set(
    """in of on at to by for from with into about and or nor but the a an said says told tells
    named called dubbed titled entitled read reads wrote writes watched watch like as than
    see saw quoted cited reported across against near outside inside toward towards between
    among around via within throughout over under behind beyond despite including per amp
    our their his her its my your this that these those"""
)
"""Words after which a capitalised word is more likely a name than a new sentence; "amp" is
what a half-decoded "&amp;" leaves between two names ("Marina Hotel amp Casino"); no
sentence ends on a possessive or a demonstrative ("the way we run our Company")."""
_AGENCY = r"\(\s*(?i:AP|Reuters|AFP|Xinhua|UPI|CNN|dpa|Bloomberg|PA|IANS|EFE)\s*\)"
_DASH = r"(?:--|_|\u2014|\u2013)"
_DATELINE = _recache.compile(
    rf"\s*(?:[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*"  # WASHINGTON, DAR ES SALAAM
    r"(?:,[ \t]*[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+)*)?"  # , Kenya
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*"  # , March 12
    rf"(?:{_AGENCY}[ \t]*{_DASH}?|[_\u2014](?=[ \t]))|{_AGENCY}[ \t]*{_DASH}?)[ \t]*"
)
"""A wire story's dateline, "NAIROBI, Kenya (AP) _", "INDEPENDENCE, Mo. _", "WASHINGTON \u2014"
or "(CNN) --": where and by whom it was filed, not a sentence of the story; the text after it
starts the first sentence. Without an agency only "_" and "\u2014" mark one: "NATO -- the
alliance" opens a sentence."""
_QUOTE_MARKS = ("Start Quote", "End Quote")
"""Words a web page sets around a pull quote; pasted text keeps them, glued to the quote
before and the speaker's caption after."""
_SHARE_BAR = _recache.compile(
    r"Share (?:this|this page|this article|this story)(?: with| on| via)?[ \t]*"
    r"(?:(?:E-?mail|Facebook|Messenger|Twitter|X|Pinterest|WhatsApp|LinkedIn|Reddit|Telegram|"
    r"Print|SMS)[ \t]*){2,}(?:Copy (?:this )?link[ \t]*)?",
    re.I,
)
"""A web page's share buttons ("Share this withEmailFacebookMessenger...Copy this link"),
which pasted text glues to the sentence after them: page furniture, not words of the story."""
_QUOTE_OPENERS = frozenset(mark.split()[0] for mark in _QUOTE_MARKS)
_CAPTION_ENDS = word_set(
    """In So But One It The A An This These He She They We There Meanwhile However And Its
    His Her Their `` \u201c"""
) | {'"'}
"""Tokens that start the article again after a pull quote's caption ("End Quote US Senator
John McCain So all eyes were on ...")."""
_CAPTION_WORDS = 12
_QUOTE_CLOSERS = frozenset({"''", "\u201d"})
"""Tokens that only ever close a quote; a straight '"' alone may open one."""
_LEAD_CHARS = 300
"""How far into a text's first line a photo caption may run on into the lead."""
_FULL_STOPS = "\u3002\uff01\uff1f"
"""CJK full stop, exclamation and question marks: they end a sentence with no space after."""
_TOKEN = _recache.compile(rf"[^\s{_FULL_STOPS}]+[{_FULL_STOPS}]*|[{_FULL_STOPS}]+")
_CLOSERS = frozenset({"''", '"', "'", "\u201d", "\u2019", ")", "]", "-RRB-", "-RSB-"})
_TERMINAL = _recache.compile(
    rf"(?:[.!?\u061f\u0964{_FULL_STOPS}]+|\u2026)[\"'\u201d\u2019)\]\u300d\u300f]*$"
)
"""Sentence-final marks: Latin, the Arabic question mark, the Devanagari danda and CJK."""
_OPENING = _recache.compile(r"[\"'\u201c\u2018(\[`A-Z0-9\u00c0-\u024f]|-LRB-")
_SOFT_END = _recache.compile(r"[,;:\-\u2013\u2014(]$")


_BULLET_MARK = "\u2022"
_BULLET = _recache.compile(
    r"^(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{1,2}[.)])\s+(?=\S)|^\u2022(?=\S)"
)
"""A list item's marker ("- ", "• ", "2. "): the formats draw their own bullets."""


def split_sentences(text: str) -> list[Sentence]:
    """Split at terminal punctuation, blank lines and headline lines; offsets index ``text``."""
    ptb = looks_tokenised(text)
    spans: list[tuple[int, int]] = []
    opening = _DATELINE.match(text)
    # Where a date glued to the word before it starts ("energy mixMar 2013"), by where it ends.
    months = {m.end(): m.start(1) for m in _GLUED_MONTH.finditer(text)}
    tokens = _unglued(
        text,
        [(m.start(), m.end()) for m in _TOKEN.finditer(text, opening.end() if opening else 0)],
        months,
    )
    dates = frozenset(months.values())
    common = frozenset(_LOWER_WORD.findall(text))
    lead_start = tokens[0][0] if tokens else 0
    lead_end = text.find("\n", lead_start, lead_start + _LEAD_CHARS)
    lead_end = lead_start + _LEAD_CHARS if lead_end == -1 else lead_end
    first = 0
    for i, (_, end) in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or _ends_here(text, tokens, first, i, ptb, common, lead_end, dates):
            spans.append((tokens[first][0], end))
            first = i + 1
    out: list[Sentence] = []
    for start, end in spans:
        bar = _SHARE_BAR.match(text, start, end)
        start = bar.end() if bar else start
        shown = clean_inline(text[start:end])
        if shown.startswith(_QUOTE_MARKS):
            _, _, shown = shown.partition(" ")[2].partition(" ")
            if len(shown.split()) <= _CAPTION_WORDS - 2 and not _TERMINAL.search(shown):
                continue  # a pull quote's caption: the quote and its speaker are in the text
        if ptb:
            shown = detokenise(shown)
        shown = _BULLET.sub("", shown)  # a list item reads as its words in every format
        if any(ch.isalpha() for ch in shown):
            out.append(Sentence(len(out), shown, start, end))
    return out


_GLUED_OPENERS = _GLUE_OPENERS - word_set("A An It He She We His Her Its In On At But And So")
"""The openers that end no brand or name ("LinkedIn", "WeWork" end on the short ones left out)."""
_GLUED_WORD = _recache.compile(
    r"[a-z]{3}(" + "|".join(sorted(_GLUED_OPENERS, key=len, reverse=True)) + r")$"
)
"""A page copied without its line breaks can glue a link's last word to the lead's first:
"More stories from across YorkshireThe council announced ..."."""


_GLUED_MONTH = _recache.compile(rf"(?:[a-z]{{2}}|\w\))({MONTH_WORD})(?=\s+\d{{4}}\b)")
"""A timeline box copied without its line breaks glues each date to the entry before it:
"future energy mixMar 2013 - Construction approvedOct 2013 - ..."."""


_GLUED_STOP = _recache.compile(
    r"[a-z]{2}[.?!][\"\u201d\u2019]?(?=[A-Z][a-z]|\()|[a-z]\)(?=[A-Z][a-z])"
)
"""The same copying glues a sentence's stop to the next one's first word ("Am I
right?If that sounds familiar"), or a chart's caption in brackets between two sentences
("school lunches.(% denotes ... vegetable)England's School Food Trust")."""


def _bullets_apart(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each list bullet a token of its own: a list copied without line breaks runs its items
    into one another ("World War II\u2022Under constant threat ...")."""
    out: list[tuple[int, int]] = []
    for start, end in tokens:
        at = text.find(_BULLET_MARK, start, end)
        while at != -1 and end - start > 1:
            if at > start:
                out.append((start, at))
            out.append((at, at + 1))
            start = at + 1
            at = text.find(_BULLET_MARK, start, end)
        if start < end:
            out.append((start, end))
    return out


def _unglued(
    text: str, tokens: list[tuple[int, int]], months: dict[int, int]
) -> list[tuple[int, int]]:
    """``tokens`` with each word glued to a sentence opener ("YorkshireThe") or to a date
    (``months``: where each glued date starts, by where its month ends) or run on past a stop
    ("right?If") cut in two."""
    out: list[tuple[int, int]] = []
    for start, end in _bullets_apart(text, tokens):
        stop = _GLUED_STOP.search(text, start, end)
        if stop:
            out += [(start, stop.end()), (stop.end(), end)]
            continue
        if start < months.get(end, start):
            out += [(start, months[end]), (months[end], end)]
            continue
        glued = _GLUED_WORD.search(text, start, end)
        if glued and glued.end() == end:
            out += [(start, glued.start(1)), (glued.start(1), end)]
        else:
            out.append((start, end))
    return out


def _ends_here(
    text: str,
    tokens: list[tuple[int, int]],
    first: int,
    i: int,
    ptb: bool,
    common: frozenset[str] = frozenset(),
    lead_end: int = 0,
    dates: frozenset[int] = frozenset(),
) -> bool:
    """Whether the sentence begun at token ``first`` ends with token ``i``; ``common`` holds
    the words the text writes in lower case, ``lead_end`` where the text's first line ends,
    ``dates`` where a date glued to the word before it starts."""
    start, end = tokens[i]
    nstart, nend = tokens[i + 1]
    gap = text[end:nstart]
    newlines = gap.count("\n")
    if newlines >= 2:
        return True
    tok, nxt = text[start:end], text[nstart:nend]
    if nxt in _CLOSERS and _closes(text, tokens, first, i + 1):
        return False
    if _TERMINAL.search(tok) and not _abbreviation(tok, nxt, ptb):
        return _opens(nxt) or ptb or newlines > 0
    if (
        tok in _CLOSERS
        and i > first
        and _TERMINAL.search(text[tokens[i - 1][0] : tokens[i - 1][1]])
    ):
        return _opens(nxt) or ptb or newlines > 0
    if newlines == 1 and _headline(text, tokens, first, i):
        return True
    if nxt == _BULLET_MARK or _marker_at(text, tokens, i + 1):
        return True  # a bullet opens the next item of a list
    if _caption_ends(text, tokens, first, i, nxt):
        return True
    if not gap and nstart in dates:
        return True  # "energy mixMar 2013": a glued timeline's next entry
    if i - first < 2:
        return False
    after = text[tokens[i + 2][0] : tokens[i + 2][1]] if i + 2 < len(tokens) else ""
    if _glued(tok, nxt) or _place_then_people(tok, nxt, after):
        return True
    if (first == 0 or end < lead_end) and _caption_then_lead(text, tokens, i):
        return True
    if _common_word_opens(tok, nxt, after, common):
        return True
    first_tok = text[tokens[first][0] : tokens[first][1]]
    return first_tok == "By" and tok.lower() in _BYLINE_ENDS and nxt[:1].isupper()


def _marker_at(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether tokens ``j`` and ``j + 1`` are a pull-quote marker ("End Quote")."""
    if j + 1 >= len(tokens) or text[tokens[j + 1][0] : tokens[j + 1][1]] != "Quote":
        return False
    return text[tokens[j][0] : tokens[j][1]] in _QUOTE_OPENERS


def _caption_ends(text: str, tokens: list[tuple[int, int]], first: int, i: int, nxt: str) -> bool:
    """After "End Quote" comes the speaker's name and title, then the article again."""
    if i < first + 2 or i - first > _CAPTION_WORDS or not _marker_at(text, tokens, first):
        return False
    return nxt in _CAPTION_ENDS


def _glued(tok: str, nxt: str) -> bool:
    """A page copied without its line breaks glues headline, caption and lead together:
    "bombarded for weeks The Red Cross has been". A capitalised article or pronoun right
    after an unpunctuated lower-case word starts a new sentence there, unless the word
    before could introduce a name ("in The Hague", "told The Times")."""
    return nxt in _GLUE_OPENERS and _open_end(tok)


def _open_end(tok: str) -> bool:
    """A word that ends without punctuation and cannot introduce a name: after it, a
    capitalised word may start a glued-on sentence."""
    return _GLUE_END.search(tok) is not None and tok.lower() not in _BEFORE_NAMES


def _common_word_opens(tok: str, nxt: str, after: str, common: frozenset[str]) -> bool:
    """ "explosions in Douma and tanks on the streets Recent footage showed ...": a word the
    text otherwise writes in lower case, capitalised right after an unpunctuated lower-case
    word and followed by another, opens a sentence glued on. A name of several capitalised
    words ("the opposition Free Syrian Army") is left alone, and so is a title before a name
    ("then Secretary of Defense Leon Panetta")."""
    return (
        nxt[:1].isupper()
        and nxt[1:].islower()
        and nxt.lower() in common
        and nxt not in PLACES
        and nxt not in TITLES
        and nxt not in MONTHS
        and nxt not in WEEKDAYS
        and after[:1].islower()
        and tok[:1].islower()
        and _open_end(tok)
    )


def _place_then_people(tok: str, nxt: str, after: str) -> bool:
    """ "newly-dug graves in Syria Syrian security forces have ...": a caption ending in a
    country glued to a lead opening with that country's own adjective, which English never
    writes side by side ("Gulf Arab states" pairs two different ones)."""
    return bool(tok) and DEMONYMS.get(nxt) == tok and after[:1].islower()


def _caption_then_lead(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """A page copied without its line breaks opens with a photo caption glued to the lead:
    "... an alarming sectarian dimension Syria is slipping closer to war", "... in October
    Syria has declared", "... the international community Syria's President Bashar al-Assad
    has granted", '... "Their words and actions differ" Syrian President X has told'. In
    the opening of the text's first line only (mid-text, "warned that the quest to condemn
    Syria will continue" reads the same), a place or a nationality right after a closing
    quote or after a word that ends openly and cannot lead into a clause ("said", "him",
    "that"), and followed, after at most a few capitalised words, by a finite verb, starts
    the lead."""
    words = [text[a:b] for a, b in tokens[i : i + 7]]
    tok, nxt, rest = words[0], words[1], words[2:]
    place = nxt[:-2] if nxt.endswith(("'s", "’s")) else nxt
    low = tok.lower()
    if place not in PLACES and place not in DEMONYMS:
        return False
    closes_quote = tok in _QUOTE_CLOSERS or tok[-1:] in '"\u201d' and tok[-2:-1].isalnum()
    if not closes_quote and (not _open_end(tok) or low in _LEADS_INTO_CLAUSE):
        return False
    if low.endswith("ing"):
        return False  # "a resolution condemning Syria will ...": the place is its object
    for word in rest:
        if word in _FINITE:
            return True
        if word in ("'s", "\u2019s"):
            continue  # a tokenised possessive: "Syria 's President"
        if word in _GLUE_OPENERS or not capitalised(word):
            return False  # "16:03 UK The UK is": the lead starts at "The", not here
    return False


def _opens(tok: str) -> bool:
    """A token that may begin a sentence: a capital, a digit, an opening quote or bracket, or
    a letter of a script without case (Hebrew, Arabic, CJK, ...)."""
    if _OPENING.match(tok):
        return True
    first = tok[:1]
    return first.isalpha() and not first.islower() and not first.isupper()


_ACRONYM_LETTERS = 3


def _abbreviation(tok: str, nxt: str, ptb: bool) -> bool:
    """A period that belongs to the word: titles, initials, known short forms."""
    if not tok.endswith(".") or tok.endswith(".."):
        return False
    raw = tok.rstrip(".").lstrip("\"'(`\u201c\u2018")
    word = raw.lower()
    if ptb and tok == ".":
        return False
    if len(raw) >= _ACRONYM_LETTERS and raw.isalpha() and raw.isupper() and not nxt.isupper():
        return False  # "filed with the SEC. To them ...": an acronym, not "Sec. Clinton"
    if word in ("no", "nos"):
        return nxt[:1].isdigit()  # "No. 5", but "He said no. Then he left."
    if keeps_its_period(word):
        return True  # "Dr. Smith", an initial: J. R. R. Tolkien
    if word in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return nxt.lower().strip("\"'`") not in _OPENERS
    return False


def _closes(text: str, tokens: list[tuple[int, int]], first: int, j: int) -> bool:
    """A quote or bracket token at ``j`` closes something opened in the current sentence."""
    tok = text[tokens[j][0] : tokens[j][1]]
    if tok in {")", "-RRB-", "]", "-RSB-", "''", "\u201d", "\u2019"}:
        return True
    body = [text[s:e] for s, e in tokens[first:j]]
    return sum(1 for t in body if t == tok or t.startswith(tok) or t.endswith(tok)) % 2 == 1


def _headline(text: str, tokens: list[tuple[int, int]], first: int, i: int) -> bool:
    """A short unpunctuated line standing alone is a heading, not part of a wrapped sentence."""
    line_start = text.rfind("\n", 0, tokens[first][0]) + 1
    if text[line_start : tokens[first][0]].strip():
        return False
    last = text[tokens[i][0] : tokens[i][1]]
    if _SOFT_END.search(last) or not (last[:1].isalnum() or last[-1:] in "\"'"):
        return False
    nxt = text[tokens[i + 1][0] : tokens[i + 1][1]]
    if not _opens(nxt):
        return False
    words = i - first + 1
    opens_paragraph = not text[:line_start].strip() or text[:line_start].rstrip(" \t\r").endswith(
        ("\n\n", "\n\r\n")
    )
    return words <= 20 if opens_paragraph else words <= 8
