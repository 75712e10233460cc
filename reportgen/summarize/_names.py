"""Runs of capitalised words in a sentence, with the words around them as context."""

from __future__ import annotations

from dataclasses import dataclass

from reportgen import _recache
from reportgen.summarize._gazetteer import (
    DEMONYMS,
    FACILITIES,
    MEDIA,
    MONTHS,
    ORG_HEADS,
    ORG_NAMES,
    PLACE_HEADS,
    PLACES,
    WEEKDAYS,
)
from reportgen.summarize._given_names import GIVEN_NAMES
from reportgen.summarize._organisations import BROADCAST_WORDS, DOCUMENT_WORDS, SCHEME_HEADS
from reportgen.summarize._tokens import STOPWORDS

_TOKEN = _recache.compile(
    r"[\w\u00c0-\u024f](?:[\w\u00c0-\u024f'\u2019.\-]*[\w\u00c0-\u024f])?|[^\w\s]"
)
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "du", "la", "es"}
)
"""Lower-case words inside names: "Bashar al-Assad", "Dar es Salaam", "Ludwig van Beethoven"."""
SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""Words after a family name that tell a generation ("James A. Winnefeld Jr."): part of the
name as written, but never the family name itself."""
_LINKS = frozenset({"of", "for", "and", "the", "on"})
_NAMES_LIKE_STOPWORDS = frozenset({"US", "May", "Will", "Ban", "Said", "New"})
_OPENERS = frozenset(
    {
        "however",
        "several",
        "meanwhile",
        "moreover",
        "nevertheless",
        "furthermore",
        "instead",
        "indeed",
        "elsewhere",
        "separately",
        "overall",
        "although",
        "though",
        "despite",
    }
)
"""Words that open a clause: capitalised only because a sentence starts there, which a
missing full stop ("... a political solution However, the opposition ...") hides."""
_CALENDAR = (MONTHS | WEEKDAYS) - {"May", "June", "August"}
"""Dates, not names, at either end of a run ("October Syria has declared ..."); the months
that are also given names stay."""
_QUOTE_MARKERS = frozenset({"Start", "End"})
"""Web pages that set a pull quote between "Start Quote" and "End Quote" paste those words
into the text, glued to the name of the speaker."""


@dataclass(frozen=True, slots=True)
class Run:
    """A candidate name: ``words`` of sentence ``sentence`` from token ``first`` on."""

    words: tuple[str, ...]
    sentence: int
    first: int
    tokens: tuple[str, ...]
    """All tokens of the sentence, for looking around the run."""

    @property
    def name(self) -> str:
        return " ".join(self.words)

    @property
    def last(self) -> int:
        return self.first + len(self.words) - 1

    def before(self, n: int = 1) -> tuple[str, ...]:
        return self.tokens[max(0, self.first - n) : self.first]

    def after(self, n: int = 1) -> tuple[str, ...]:
        return self.tokens[self.last + 1 : self.last + 1 + n]


def tokenize(text: str) -> tuple[str, ...]:
    """Words (possessive split off) and single punctuation marks."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if len(tok) > 2 and tok[-2:] in ("'s", "\u2019s"):
            out.extend((tok[:-2], "'s"))
        else:
            out.append(tok.rstrip("."))
    return _inserted_names_joined(_plural_possessives([t for t in out if t]))


def _plural_possessives(toks: list[str]) -> list[str]:
    """ "Supporters' Trust", "Magistrates' Court": the apostrophe of a plural possessive
    inside a name stays on its word, so the name reads as one run."""
    out: list[str] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if tok in ("'", "\u2019") and out and out[-1].endswith("s") and nxt[:1].isupper():
            out[-1] += tok
            continue
        out.append(tok)
    return out


def _inserted_names_joined(toks: list[str]) -> tuple[str, ...]:
    """ "Prime Minister (Recep Tayyip) Erdogan": given names an editor set in brackets inside a
    quotation belong to the name that follows; the brackets go, so the name reads whole."""
    out: list[str] = []
    k = 0
    while k < len(toks):
        if toks[k] == "(":
            close = next((c for c in range(k + 2, min(k + 5, len(toks))) if toks[c] == ")"), 0)
            inner = toks[k + 1 : close]
            after = toks[close + 1] if close and close + 1 < len(toks) else ""
            if inner and all(_titled(t) for t in (*inner, after)):
                out.extend(inner)
                k = close + 1
                continue
        out.append(toks[k])
        k += 1
    return tuple(out)


def _titled(tok: str) -> bool:
    return tok[:1].isupper() and tok[1:].islower() and tok.isalpha()


def capitalised(tok: str) -> bool:
    if tok[:1].isupper():
        return True
    head = tok.split("-", 1)
    return len(head) == 2 and head[0] in PARTICLES and head[1][:1].isupper()


def runs(tokens: tuple[str, ...], sentence: int) -> list[Run]:
    """Maximal capitalised runs, joined over particles and org links, split at stop words."""
    out: list[Run] = []
    i, n = 0, len(tokens)
    while i < n:
        if not capitalised(tokens[i]) or not tokens[i][0].isalpha():
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = tokens[j]
            if (
                capitalised(tok)
                and tok[0].isalpha()
                or (tok in PARTICLES or tok in _LINKS)
                and j + 1 < n
                and _joins(tokens, i, j)
                or tok == "&"  # "Marks & Spencer", "Pipelines & Services": one firm's name
                and j + 1 < n
                and capitalised(tokens[j + 1])
            ):
                j += 1
            else:
                break
        while j > i and tokens[j - 1] in _LINKS | PARTICLES:
            j -= 1
        out.extend(_split(tokens, i, j, sentence))
        i = max(j, i + 1)
    return out


def _joins(tokens: tuple[str, ...], i: int, j: int) -> bool:
    """Links join only inside organisation names ("Committee of the Red Cross", "House of
    Lords")."""
    tok, nxt = tokens[j], tokens[j + 1]
    if tok in PARTICLES:
        return capitalised(nxt)
    if not (capitalised(nxt) or nxt == "the") or nxt in _CALENDAR:
        return False  # "the Security Council on Tuesday" ends at the council
    if _ends_a_title(tokens, j):
        return True  # "the Jeanne Clery Disclosure of Campus Security Policy ... Act" is one title
    if tok == "and":
        k = j + 1
        while k < len(tokens) and capitalised(tokens[k]):
            k += 1
        if tokens[k - 1] in SCHEME_HEADS | DOCUMENT_WORDS:
            return True  # "the Social Services and Well-being (Wales) Act" is one title
        return tokens[k - 1] in ORG_HEADS and tokens[j - 1] not in ORG_HEADS | ORG_NAMES
    return any(
        t in ORG_HEADS or t in {"Secretary", "Minister", "Observatory", "Chief", "House"}
        for t in tokens[i:j]
    )


def _ends_a_title(tokens: tuple[str, ...], j: int) -> bool:
    """Whether the capitalised words after the link at ``j`` (over further "of" and "and")
    end on a law's or a report's word: the link is inside that document's title."""
    k = j + 1
    while k < len(tokens) and (capitalised(tokens[k]) or tokens[k] in {"of", "and"}):
        k += 1
    return k > j + 1 and tokens[k - 1] in DOCUMENT_WORDS


def _split(tokens: tuple[str, ...], i: int, j: int, sentence: int) -> list[Run]:
    """Break a run at capitalised stop words and at news outlets' names."""
    pieces: list[tuple[int, int]] = []
    start = i
    k = i
    while k < j:
        tok = tokens[k]
        media = next((m for m in (3, 2, 1) if " ".join(tokens[k : k + m]) in MEDIA), 0)
        station = k + media < j and tokens[k + media] in BROADCAST_WORDS
        if media and k + media <= j and not station:
            pieces.append((start, k))
            start = k = k + media
            continue
        if tok in _QUOTE_MARKERS and k + 1 < j and tokens[k + 1] == "Quote":
            pieces.append((start, k))
            start = k = k + 2
            continue
        if k > start and (
            _stray_after_place(tokens[k - 1], tok) or _after_initials(tokens[k - 1], tok)
        ):
            pieces.append((start, k))
            start = k
        linking = tok in _LINKS or tokens[k - 1] in {"of", "for"}
        if k > start and _stop(tok) and not linking and not _initial(tokens, k, j):
            pieces.append((start, k))
            start = k
        k += 1
    pieces.append((start, j))
    out = []
    for a, b in pieces:
        while a < b and _leading_noise(tokens[a]):
            a += 1
        while b > a and tokens[b - 1] in _LINKS | PARTICLES:
            b -= 1
        if a < b:
            out.append(Run(tokens[a:b], sentence, a, tokens))
    return out


def _initial(tokens: tuple[str, ...], k: int, end: int) -> bool:
    """ "Gary S. Patton", "James A. Winnefeld": a lone capital between two words of a name is
    a middle initial, not the stop word it spells ("s", "t"); "A" and "I", which are words
    too, only after a given name."""
    tok = tokens[k]
    if len(tok) != 1 or not tok.isupper() or k + 1 >= end or not k:
        return False
    return (
        _titled(tokens[k - 1])
        and tokens[k + 1][:1].isupper()
        and (tok not in ("A", "I") or tokens[k - 1] in GIVEN_NAMES)
    )


def _stop(tok: str) -> bool:
    low = tok.lower()
    return (low in STOPWORDS or low in _OPENERS) and tok not in _NAMES_LIKE_STOPWORDS


def _leading_noise(tok: str) -> bool:
    """A stop word, clause opener or date starting a run is no part of the name after it."""
    return _stop(tok) or tok in _CALENDAR


def _stray_after_place(place: str, tok: str) -> bool:
    """ "in Syria Syrian forces", "in Turkey Stated aim is", "meets in Baghdad Qalaat al-Madiq
    is besieged": a known place followed by a nationality, a capitalised verb in -ed, a
    capitalised stop word or the head of another place name is the end of one sentence
    glued to the start of the next, not a longer name."""
    if place not in PLACES:
        return False
    return tok in DEMONYMS or tok.endswith("ed") or tok.lower() in STOPWORDS or tok in PLACE_HEADS


def _after_initials(prev: str, tok: str) -> bool:
    """ "Amherst, N.Y. Slepian was shot": a dotted abbreviation (a state, a country) ends a
    run unless an organisation's head word follows ("U.S. Embassy")."""
    return "." in prev and prev.replace(".", "").isupper() and tok not in ORG_HEADS | FACILITIES
