"""Short forms whose period belongs to the word, shared by the sentence splitter and the
temporal tagger's view of a sentence."""

from __future__ import annotations

from reportgen.summarize._tokens import word_set

TITLES = word_set(
    """mr mrs ms dr prof st gen col lt sgt capt cpl maj adm gov sen rep rev fr hon pres supt
    insp det messrs mme mlle no nos vol pp fig sec art ch para ft op"""
)
"""Words whose period never ends a sentence: a name or number always follows."""
ABBREVIATIONS = word_set(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun e.g i.e etc vs v al cf approx est inc ltd co corp bros dept univ assn jr sr u.s u.k
    u.n u.s.a e.u a.m p.m d.c n.y l.a"""
)
"""Abbreviations that may also close a sentence; they do when a usual sentence opener follows."""


MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
"""A month's name, short or whole, as a date glued to the word before it shows it ("energy
mixMar 2013"): the splitter and the tagger both read such a date apart."""
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
"""A month's whole name, as a date written out gives it ("3 March", "June 13, 2012")."""


def keeps_its_period(word: str) -> bool:
    """A title or an initial ("dr", "j"), lower-cased and without its period: the period
    belongs to the word and never ends a sentence."""
    return word in TITLES or len(word) == 1 and word.isalpha()
