"""Groups named by common nouns ("the Assad regime", "opposition factions") and group merging."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportgen import _recache
from reportgen.summarize._gazetteer import COUNTRIES, DEMONYMS, PLACES
from reportgen.summarize._tokens import STOPWORDS

_QUALIFIED = _recache.compile(
    r"\b([A-Z][\w\-]+|U\.S\.)\s+(government|regime|army|military|authorities|court|leadership|"
    r"security forces|armed forces|forces|troops|parliament|opposition)\b"
)
_OPPOSITION = _recache.compile(
    r"\b(?:(Syrian|armed|political)\s+)?[Oo]pposition(?:\s+(forces|factions|groups|fighters|"
    r"movement|activists))?\b"
)
_GOVERNMENT_FORCES = _recache.compile(r"\bgovernment (forces|troops)\b")
_RULING = frozenset({"government", "regime", "authorities", "leadership"})
_SKIP_BEFORE_OPPOSITION = _recache.compile(r"\b(?:leader|head) of the $")


def common_noun_groups(text: str, surnames: Iterable[str]) -> list[str]:
    """Group names built from a qualifier and a collective noun, in order of appearance."""
    known = set(surnames)
    found: list[tuple[int, str]] = []
    for m in _QUALIFIED.finditer(text):
        qual, noun = m.group(1), m.group(2)
        if noun == "opposition":
            continue
        ruler = noun == "regime" and m.start() > 0 and qual.lower() not in STOPWORDS
        if qual in DEMONYMS or qual in COUNTRIES or qual in known or ruler:
            found.append((m.start(), f"{qual} {noun}"))
    for m in _OPPOSITION.finditer(text):
        if _SKIP_BEFORE_OPPOSITION.search(text[: m.start()]):
            continue
        name = f"opposition {m.group(2)}" if m.group(2) else m.group(0)
        found.append((m.start(), name[:1].lower() + name[1:]))
    for m in _GOVERNMENT_FORCES.finditer(text):
        found.append((m.start(), m.group(0)))
    return [name.strip() for _, name in sorted(found)]


def _initials(name: str) -> str:
    parts = re.split(r"[\s\-]+", name)
    return "".join(p[0] for p in parts if p and p[0].isupper())


def _key(name: str) -> str:
    words = name.split()
    if "opposition" in words:
        return "opposition"
    if len(words) == 2 and words[1] in _RULING and words[0] in DEMONYMS:
        return f"{DEMONYMS[words[0]] or words[0]} ruling"
    # "UK government" and "UK Government" are one group, however a sentence capitalised it.
    return name.casefold()


_LINKS = frozenset({"of", "on", "for", "to", "and", "the", "in", "at"})


def _ends_with(long: str, short: str) -> bool:
    """ "UN Security Council" is the "Security Council", but the "Subcommittee on Department of
    Defense" is a part of the department, and "Friends of Syria" no Syria: a name after a
    link word is another group's. A one-word name ("the House") is the longer one only when
    the words before it place it ("U.S Congress" is "Congress"; the "White House" is no
    chamber)."""
    head = long[: -len(short)] if long.endswith(" " + short) else ""
    if not head or head.split()[-1] in _LINKS:
        return False
    return " " in short or all(_locates(w) for w in head.split())


def _locates(word: str) -> bool:
    """ "U.S", "Syrian": a word that says whose a body is, not which body ("White")."""
    return word in PLACES or f"{word}." in PLACES or word in DEMONYMS


def merge_groups(groups: dict[str, list[int]]) -> dict[str, list[int]]:
    """One entry per group: acronyms join their long form, "Security Council" joins "UN ...".

    The first-mentioned form names the group, so "opposition factions" stays as the text put it.
    """
    order = sorted(groups, key=lambda n: groups[n][0])
    merged: dict[str, list[int]] = {}
    alias: dict[str, str] = {}
    for name in order:
        key = _key(name)
        if key in alias:
            merged[alias[key]].extend(groups[name])
            continue
        alias[key] = name
        merged[name] = list(groups[name])
    names = sorted(merged, key=lambda n: -len(n))
    for short in list(names):
        if short not in merged:
            continue
        for long in names:
            if long == short or long not in merged or len(long) <= len(short):
                continue
            if (short.isupper() and _initials(long) == short) or _ends_with(long, short):
                merged[long].extend(merged.pop(short))
                break
    return {n: sorted(v) for n, v in merged.items()}
