"""Roles the text gives a person: a title before the name or an appositive beside it."""

from __future__ import annotations

from reportgen.summarize._gazetteer import (
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    ORG_NAMES,
    ROLE_NOUNS,
    TITLES,
)
from reportgen.summarize._names import Run
from reportgen.summarize._organisations import JOB_QUALIFIERS, JOB_TITLES

_FUNCTION = frozenset({"of", "the", "for", "and", "in", "to", "its", "his", "her", "a", "an"})
_HEAD_ROLES = (
    ROLE_NOUNS - _FUNCTION - {"former", "local", "senior", "top", "state", "news", "high"}
) | JOB_TITLES
_OPENERS = frozenset(
    {"The", "the", "its", "his", "her", "their", "Its", "His", "Her", "Their", "our", "Our"}
)
"""Words that open a role phrase set before a name: "the UN envoy, X", "its vice-president, X"."""
_END_APPOSITIVE = frozenset({",", ".", ";", ":", "who", "which", "said", "says", "told", ")"})


def is_role_word(tok: str) -> bool:
    return (
        tok in TITLES
        or tok in DEMONYMS
        or tok in COUNTRIES
        or tok in ORG_NAMES
        or tok in ROLE_NOUNS
        or tok.lower() in JOB_TITLES
        or tok.lower() in JOB_QUALIFIERS
    )


def split_title(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """("Syrian", "President", "Bashar", "al-Assad") -> (role words, name words)."""
    k = 0
    while k < len(words) - 1 and (is_role_word(words[k]) or words[k] in HONORIFICS):
        k += 1
    return words[:k], words[k:]


def has_title(words: tuple[str, ...]) -> bool:
    return any(w in TITLES or w.lower() in _HEAD_ROLES for w in words)


_QUALIFIERS = frozenset(
    {
        "State", "High", "Special", "Permanent", "Supreme", "Grand", "Crown", "Opposition",
        "Finance", "Justice", "Health", "Trade", "Foreign", "Defence", "Defense", "Interior",
        "Home", "Vice", "Deputy", "Prime", "Chief", "General",
        "us", "uk", "un", "eu", "bbc", "news", "state", "official", "military", "army",
        "police", "security", "human", "rights", "opposition", "peace", "prime", "general",
        "foreign", "defence", "defense", "deputy", "special", "permanent", "high",
    }
)  # fmt: skip
"""Title words that qualify a role ("State", "Foreign", "official") without naming one."""


def names_a_person(words: tuple[str, ...]) -> bool:
    """Whether role words hold a word only a person bears ("President", "envoy"), which a
    lone capitalised word needs to count as a name: "official Sana", "State TV" and "US
    Supplies" have only qualifiers."""
    return any(
        w not in _QUALIFIERS
        and w.lower() not in _QUALIFIERS
        and (w in TITLES or w.lower() in _HEAD_ROLES)
        for w in words
    )


def role_before(run: Run) -> str:
    """Lower-case role words just before the name: "American journalist Marie Colvin"."""
    k = run.first
    while k > 0 and is_role_word(run.tokens[k - 1]) and run.tokens[k - 1] not in _FUNCTION:
        k -= 1
    words = run.tokens[k : run.first]
    if words and all(w in DEMONYMS for w in words):
        words = words + _listed_as(run.tokens[max(0, k - 5) : k])
    if any(w.lower() in _HEAD_ROLES or w in TITLES or w in DEMONYMS for w in words):
        return " ".join(words)
    return ""


def _listed_as(before: tuple[str, ...]) -> tuple[str, ...]:
    """ "journalists, including American X": X is an American journalist."""
    if before[-1:] != ("including",):
        return ()
    for w in reversed(before[:-1]):
        if w.endswith("s") and w[:-1] in _HEAD_ROLES:
            return (w[:-1],)
    return ()


_DETERMINERS = frozenset({"a", "an", "the", "The", "our", "its", "their", "his", "her", "my"})
"""What opens a role set after a name: "X, the UN envoy,", "X, our President and CEO,"."""


def appositive(run: Run) -> str:
    """ "X, the UN envoy," or "The UN special envoy, X," (the role as a noun phrase)."""
    after = run.tokens[run.last + 1 : run.last + 12]
    if after[:1] == (",",) and len(after) > 2:
        article = after[1] in _DETERMINERS
        phrase = _until_end(after[2:] if article else after[1:])
        if phrase and (article or phrase[0].lower() in _HEAD_ROLES) and _has_head(phrase):
            return " ".join(phrase)
    if after[:1] == ("(",):
        phrase = _until_end(after[1:])
        if phrase and len(phrase) <= 4 and _has_head(phrase):
            return " ".join(phrase)  # "Janet Moss (chair)"
    before = run.tokens[max(0, run.first - 8) : run.first]
    if before[-1:] == (",",):
        k = len(before) - 1
        while k > 0 and before[k - 1] not in _END_APPOSITIVE | _OPENERS:
            k -= 1
        phrase = before[k : len(before) - 1]
        opened = k > 0 and before[k - 1] in _OPENERS
        if opened and _has_head(phrase) and all(is_role_word(w) or w.islower() for w in phrase):
            return " ".join(phrase)
    return ""


def _has_head(phrase: tuple[str, ...]) -> bool:
    return any(w.lower() in _HEAD_ROLES for w in phrase)


def _until_end(words: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words[:7]:
        if w in _END_APPOSITIVE:
            return tuple(out)
        out.append(w)
    return tuple(out) if len(words) < 7 else ()  # the sentence ends with the phrase
