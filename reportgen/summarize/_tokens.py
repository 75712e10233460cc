"""Content words of a sentence, folded so that inflections of one word count together."""

from __future__ import annotations

import re

from reportgen import _recache


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


def as_whole_words(name: str) -> re.Pattern[str]:
    """``name`` found only as whole words: "Syria" is not in "the Syrian Arab Red Crescent"."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


_WORD = _recache.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\-]*|\d[\d,.]*")

STOPWORDS = word_set(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours said
    says say told according one two new also mr mrs ms s t n't 's like get got us may might
    must shall yet still even much many last first year years time people would could"""
)


TALK_WORDS = word_set(
    """tell think know mean want going gonna wanna thing things stuff definitely really
    probably actually maybe something anything everything yeah okay right guess sure good
    well make made take look sound sounds work works lots bit way ways yes quite pretty kind
    sort little gotta dunno basically obviously certainly whatever"""
)
"""Words a speaker leans on to hold the floor ("I think that's really the thing"): a turn of
these and stopwords alone says nothing that stands apart from its exchange."""


def fold(word: str) -> str:
    """A light suffix fold: enough to pair "fighting"/"fight" without a stemmer library."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ies", 3), ("ing", 5), ("ed", 4), ("es", 4), ("s", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep - len(suffix) + 2:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def content_words(text: str) -> list[str]:
    """Folded words that carry topic, in order; stopwords and bare numbers dropped."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in STOPWORDS or w[0].isdigit() or len(w) < 2:
            continue
        out.append(fold(w))
    return out
