"""People, places and groups named in the document, merged across mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportgen import _recache
from reportgen.model import Actors, Group, Person, Place, Sentence
from reportgen.summarize._doc_parts import DOC_PARTS
from reportgen.summarize._gazetteer import (
    AREA_HEADS,
    CHAMBER_NAMES,
    CHAMBERS,
    DEMONYMS,
    EVENTS,
    FACILITIES,
    FAITHS,
    FESTIVALS,
    GROUP_NOUNS,
    HONORIFICS,
    LAST_ONLY_HEADS,
    LEGISLATURES,
    MEDIA,
    MONTHS,
    NUMBERS,
    ORG_HEADS,
    ORG_NAMES,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACES,
    ROLE_NOUNS,
    SITE_HEADS,
    TITLE_ABBREVIATIONS,
    TITLE_TAILS,
    TITLES,
    WEEKDAYS,
)
from reportgen.summarize._given_names import GIVEN_NAMES
from reportgen.summarize._groups import common_noun_groups, merge_groups
from reportgen.summarize._names import Run, runs, tokenize
from reportgen.summarize._organisations import (
    DOCUMENT_WORDS,
    EVENT_HEADS,
    HELD_BY_FIRMS,
    KNOWN_ORG_PHRASES,
    ORG_JOB_TITLES,
    ORG_NOUNS,
    POSSESSIVES,
    PRODUCT_LISTS,
    PRODUCT_VERBS,
    SCHEME_HEADS,
    SEGMENT_NOUNS,
    THING_NOUNS,
    VEHICLE_MAKES,
)
from reportgen.summarize._people import PeopleIndex, surname
from reportgen.summarize._roles import (
    appositive,
    has_title,
    is_role_word,
    names_a_person,
    role_before,
)
from reportgen.summarize._tokens import STOPWORDS

LIMIT = 30
"""At most this many actors of each kind: a long source still gets a readable list."""
_PLACE_CUES = frozenset({"in", "near", "outside", "at", "across", "towards", "around", "from"})
_PLACE_OF = frozenset(PLACE_NOUNS | {"outskirts", "edge", "centre", "center", "streets"})
_SPEECH = frozenset({"said", "says", "told", "added", "warned", "wrote", "explained", "asked"})
_CALENDAR = MONTHS | WEEKDAYS
_NOT_NAMES = (
    _CALENDAR
    | FAITHS
    | FESTIVALS
    | EVENTS
    | NUMBERS
    | frozenset(DEMONYMS)
    | TITLES
    | HONORIFICS
    | DOC_PARTS
)
_ROLE_HEADS = frozenset(w for w in ROLE_NOUNS if len(w) > 3) - {"foreign", "former", "local"}
_GAZETTEER_WORDS = (
    frozenset(w for n in PLACES | (ORG_NAMES - KNOWN_ORG_PHRASES) for w in n.split()) | _NOT_NAMES
)
"""Words of known names that no person's name holds. The firms named like people ("John
Lewis", "Morgan Stanley") are known whole, and their words stay free for people ("John
Griffiths", "Julie Morgan")."""
_CANONICAL = {
    "US": "United States", "USA": "United States", "U.S.": "United States", "U.S": "United States",
    "America": "United States", "UK": "United Kingdom", "Britain": "United Kingdom",
    "U.K.": "United Kingdom", "U.K": "United Kingdom", "UAE": "United Arab Emirates",
}  # fmt: skip


def find_actors(sentences: Sequence[Sentence]) -> Actors:
    """Actors named in the sentences; each appears once however often it is mentioned."""
    people = PeopleIndex()
    places: dict[str, list[int]] = {}
    groups: dict[str, list[int]] = {}
    pending: list[Run] = []
    segments: set[str] = set()
    lines: set[str] = set()
    tokenized: list[tuple[str, ...]] = []
    for s in sentences:
        tokens = tokenize(s.text)
        tokenized.append(tokens)
        titled = _title_cased_quotes(tokens)
        previous: tuple[Run, str] | None = None
        for run in runs(tokens, s.index):
            run = _trimmed(run)
            kind = _classify(run, people, previous) if run.words else "skip"
            if run.first in titled and kind != "person" and run.name not in PLACES | ORG_NAMES:
                kind = "skip"
            if kind == "place":
                _note(places, run.name, s.index)
            elif kind == "group":
                _note(groups, CHAMBER_NAMES.get(run.name, run.name), s.index)
            elif kind == "unknown":
                pending.append(run)
            elif run.words and run.after()[:1] and run.after()[0] in SEGMENT_NOUNS:
                segments.update((run.name, *run.name.split(" and ")))
            if run.words and run.after()[:1] and run.after()[0].lower() in HELD_BY_FIRMS:
                lines.add(run.name)  # "Assisted revenues": a line of the business
            previous = (run, kind)
        for name in common_noun_groups(s.text, people.surnames()):
            _note(groups, name, s.index)
    vouched = _vouched_names(pending, tokenized, people.full_names())
    for run in pending:
        if (
            not people.mention(run)
            and run.name in vouched
            and _looks_like_name(run, places, groups)
        ):
            people.add(run.words, "")
    _people_listed_as_places(places, people)
    _groups_listed_as_places(places, groups)
    for name in [n for n in places if n in lines and n not in PLACES]:
        del places[name]
    for name in segments & set(groups):
        del groups[name]  # "Technical Solutions reported revenue of": the segment named before
    _groups_behind_names(groups, people)
    merged = merge_groups(groups)
    places = _merge_places(places)
    common = _common_words(sentences)
    return Actors(
        people=tuple(Person(n, r) for n, r in people.people() if not _common_phrase(n, r, common))[
            :LIMIT
        ],
        places=tuple(Place(n) for n in _ranked(places) if _may_be_place(n, common))[:LIMIT],
        groups=tuple(Group(n) for n in _ranked(merged)[:LIMIT]),
    )


_DIGIT = _recache.compile(r"\d")


_ROMAN = _recache.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def _may_be_place(name: str, common: frozenset[str] = frozenset()) -> bool:
    """A name with a figure ("FY2014") is a code, an acronym the gazetteer does not know
    ("ABM", "FE") a company or a term, and a name the gazetteer does not know that is
    numbered ("Sêr Cymru II", "Title XVII") a programme or a part of a law: none is a place.
    Nor is one word the gazetteer does not know that the text also writes in lower case
    ("in Initialize", "in Pendulum"), or that is no word at all ("Rd", "Rd×d")."""
    if name in PLACES:
        return True
    numbered = " " in name and _ROMAN.match(name.rsplit(" ", 1)[1]) is not None
    if " " not in name and (name.lower() in common or not _place_word(name)):
        return False
    return not _DIGIT.search(name) and not name.isupper() and not numbered


_WORD_JOINS = _recache.compile(r"[-'\u2019]")


def _place_word(name: str) -> bool:
    """One word that may name a place: a capital, three letters or more, nothing but letters
    between its hyphens ("Stoke-on-Trent", not "Rd" or "Rd×d")."""
    return (
        len(name) >= 3
        and name[:1].isupper()
        and all(part.isalpha() for part in _WORD_JOINS.split(name))
    )


_CASED = 0.8
"""Share of sentences opening on a capital in a text whose capitals mark names."""
_LINKS = frozenset({"of", "for", "the", "and", "on", "in", "to", "de", "van", "von", "al"})


def _common_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Words the text also writes in lower case inside a sentence ("assault", "code");
    empty for a text set in lower case, where capitals say nothing."""
    opened = [s.text[:1] for s in sentences if s.text[:1].isalpha()]
    if not opened or sum(c.isupper() for c in opened) < _CASED * len(opened):
        return frozenset()
    return frozenset(
        w for s in sentences for w in s.text.split()[1:] if w.isalpha() and w.islower()
    )


def _common_phrase(name: str, role: str, common: frozenset[str]) -> bool:
    """ "Sexual Assault", "of the Air Force", "Uniform Code": a run starting in lower case, a
    title-cased phrase of words the text also uses as common words, or, for a name the text
    gives no role and no known given name, one such word: no person's name."""
    if name[:1].islower():
        return True
    words = [w.lower() for w in name.split() if w.lower() not in _LINKS]
    if not common or not words:
        return False
    if all(w in common for w in words):
        return True
    known = name.split()[0] in GIVEN_NAMES
    return not role and not known and any(w in common for w in words)


def _groups_behind_names(groups: dict[str, list[int]], people: PeopleIndex) -> None:
    """ "End Quote Sean Maguire International Committee of the Red Cross Workers were filmed":
    a quote's attribution glued to a caption. A group name led by a known person's name, or
    ending in a crowd ("... Workers"), is the group the text names without them, when it
    does; "the Kofi Annan Peace Foundation" stays whole."""
    names = sorted(people.full_names(), key=len, reverse=True)
    for name in list(groups):
        group = next((name[len(p) + 1 :] for p in names if name.startswith(p + " ")), name)
        words = group.split()
        if len(words) > 2 and words[-1].endswith("s") and words[-1][:-1].lower() in _ROLE_HEADS:
            group = " ".join(words[:-1])
        if group != name and group in groups:
            groups[group].extend(groups.pop(name))


_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
_TITLE_CASED = 0.8
"""Share of a quotation's content words set with a capital that makes it a title."""


def _title_cased_quotes(tokens: tuple[str, ...]) -> frozenset[int]:
    """ "Air Force has Identified 31 Alleged Victims in Lackland Sex Abuse Scandal", Title LX
    "Punitive Articles": a quoted title capitalises its words by style, so a capital inside one
    marks no name, and "in" no place. The token positions inside such quotations."""
    marks = [k for k, t in enumerate(tokens) if t in _QUOTES]
    out: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        words = [t for t in tokens[a + 1 : b] if t.isalpha() and t.lower() not in STOPWORDS]
        capped = sum(w[:1].isupper() for w in words)
        if len(words) >= 2 and capped >= _TITLE_CASED * len(words):
            out.update(range(a + 1, b))
    return frozenset(out)


def _groups_listed_as_places(places: dict[str, list[int]], groups: dict[str, list[int]]) -> None:
    """ "introduced in the House" and once "agreed to in House": a name the gazetteer does not
    know as a place, which the text also names as a group, is that group after a place cue
    too."""
    for name in [n for n in places if n not in PLACES and n in groups]:
        groups[name].extend(places.pop(name))


def _people_listed_as_places(places: dict[str, list[int]], people: PeopleIndex) -> None:
    """ "the envoy to Syria, Kofi Annan, said": the list cue took the name after a place for
    another place; a name of two or three words whose family name is a known person's, or
    that opens on a given name ("apologies from Hefin David"), is a person, and one word of a
    known person's name is that person."""
    known = people.surnames()
    for name in [n for n in places if n not in PLACES]:
        words = tuple(name.split())
        given = words[0] in GIVEN_NAMES and words[-1].lower() not in PLACE_NOUNS
        if 2 <= len(words) <= 3 and (surname(words[-1]) in known or given):
            del places[name]
            people.add(words, "")
    # "Llyr", "Diamond": a word of a listed person's name, said alone, is that person.
    named = {w for n, _ in people.people() for w in n.split()}
    for name in [n for n in places if n not in PLACES and n in named]:
        del places[name]


def _merge_places(places: dict[str, list[int]]) -> dict[str, list[int]]:
    """ "UK" and "Britain" are one place, shown as the text most often names it."""
    by_key: dict[str, list[str]] = {}
    for name in places:
        by_key.setdefault(_CANONICAL.get(name, name), []).append(name)
    out: dict[str, list[int]] = {}
    for names in by_key.values():
        shown = max(names, key=lambda n: (len(places[n]), -places[n][0]))
        out[shown] = sorted(i for n in names for i in places[n])
    return out


def _looks_like_name(run: Run, places: dict[str, list[int]], groups: dict[str, list[int]]) -> bool:
    """Two or three capitalised words inside a sentence, known as nothing else: a person's name."""
    words = run.words
    if not 2 <= len(words) <= 3 or run.name in places or run.name in groups:
        return False
    if run.first == 0 and not (set(run.after()) & (_SPEECH | {",", ":", "("})):
        return False  # a transcript's "Tom Becker:" opens on the speaker's name
    if len(run.before(2)) == 2 and run.before(2)[1] == "of" and is_role_word(run.before(2)[0]):
        return False  # "Head of Investor Relations" is a job, not a name
    if any(w.isupper() or not w[:1].isalpha() or w in _GAZETTEER_WORDS for w in words):
        return False
    if any(_TERM.search(w) for w in words):
        return False
    if words[0].endswith("ing") and words[0] not in GIVEN_NAMES:
        return False  # "Excluding Wave, ...", "Assuming Labour wins": a participle leads in
    if _ends_in_role(words) or words[-1] in FACILITIES or _ABSTRACT.search(words[-1]):
        return False
    return all(w[:1].isupper() or w.startswith(("al-", "bin")) for w in words)


_PERSONAL = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})


def _vouched_names(
    pending: Sequence[Run], tokenized: Sequence[tuple[str, ...]], known: set[str]
) -> frozenset[str]:
    """Names of capitalised runs known as nothing else that the text treats as a person's
    somewhere: one speaks ("X, a local activist, said"), a role follows it ("X, our
    President"), a personal pronoun shares its sentence, its family name stands alone
    elsewhere ("Mekdad said", "Bin Laden is accused"), or it is listed with a known person's.
    A product, a place or a unit of a firm ("Wave Money", "Hinkley Point", "Sand Canyon")
    gets none of these."""
    if not pending:
        return frozenset()
    lasts = {r.words[-1] for r in pending}
    seen: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for toks in tokenized:
        for n, w in enumerate(toks):
            if w in lasts:
                seen[w] += 1
                if n:
                    pairs[(toks[n - 1], w)] += 1
    full = {r.name for r in pending}
    out = set()
    for run in pending:
        after = run.after(3)
        speaks = _speaks(run, reach=len(run.tokens))
        # "X, our President": a role word, not a word that only links one ("and", "of").
        titled = after[:1] == (",",) and any(
            is_role_word(t) and t.lower() not in STOPWORDS for t in run.after(4)[1:]
        )
        personal = titled or any(t.lower() in _PERSONAL for t in run.tokens)
        last = run.words[-1]
        shorter = any(" ".join(run.words[k:]) in full for k in range(1, len(run.words)))
        before = run.words[-2] if len(run.words) > 1 else ""
        alone = seen[last] - pairs[(before, last)]  # not after its given name
        if speaks or personal or shorter or alone > 0 or _listed_with(run, known):
            out.add(run.name)
    return frozenset(out)


def _speaks(run: Run, reach: int) -> bool:
    """Whether the name says something: a verb of speech right before or after it, or within
    ``reach`` words after a comma ("..., X, told the BBC", "X, a local activist, said")."""
    after = run.after(1)
    return bool(
        set(after) & _SPEECH
        or set(run.before()) & _SPEECH
        or (after == (",",) and set(run.tokens[run.last + 2 : run.last + 2 + reach]) & _SPEECH)
    )


def _listed_with(run: Run, known: set[str]) -> bool:
    """ "Remi Ochlik and Marie Colvin": a name in a pair or list with a known person's."""
    after = list(run.tokens[run.last + 1 : run.last + 5])
    before = list(run.tokens[max(0, run.first - 4) : run.first])
    if after[:1] in ([","], ["and"]):
        rest = after[2:] if after[1:2] == ["and"] else after[1:]
        if any(" ".join(rest[:n]) in known for n in (2, 3)):
            return True
    if before[-1:] in ([","], ["and"]):
        return any(" ".join(before[-1 - n : -1]) in known for n in (2, 3))
    return False


_ABSTRACT = _recache.compile(r"(?:tions|sions|ments|ities|ships|ances|ences|isms)$")
"""Endings of plural abstract nouns ("Geographical Limitations", "Key Requirements"): no
family name ends so."""


def _ends_in_role(words: tuple[str, ...]) -> bool:
    """ "Diplomatic Correspondent", "Baba Amr Activists": a title, a role or a crowd ends no
    one's name."""
    low = words[-1].lower()
    return (
        has_title(words[-1:]) or low in ROLE_NOUNS or low.endswith("s") and low[:-1] in _ROLE_HEADS
    )


def _note(table: dict[str, list[int]], name: str, where: int) -> None:
    table.setdefault(name, []).append(where)


def _ranked(table: dict[str, list[int]]) -> list[str]:
    return sorted(table, key=lambda n: (-len(table[n]), table[n][0]))


def _trimmed(run: Run) -> Run:
    """ "London-based X" names X."""
    words = tuple(w for w in run.words if not w.endswith("-based"))
    return Run(words, run.sentence, run.first + len(run.words) - len(words), run.tokens)


_PART_LABEL = _recache.compile(r"[A-Z]?\d*(?:\.\d+)*[A-Z]?|[IVX]+")
_TERM = _recache.compile(r"[a-z].*[A-Z].*[A-Z]")
"""A word with two capitals after a small letter ("ReLU", "ReMaP"): a term or a code, where
a family name has at most one ("DiCarlo", "McDonald")."""
_NO_NAME_WORDS = frozenset({"None", "Null", "True", "False", "Nil", "NaN"})
"""A table's empty cell or a program's value, capitalised as a name is."""


def _no_actor(run: Run) -> bool:
    """A medium, a month or a span of months ("February-April"), a faith, "Figure", a lone
    letter, or an author cited ("Arora et al. (2018)"): never an actor of the text."""
    if run.name in MEDIA or all(w in _NOT_NAMES or len(w) < 2 for w in run.words):
        return True
    if any(w in _NO_NAME_WORDS for w in run.words):
        return True
    if all(part in _CALENDAR for w in run.words for part in w.split("-")):
        return True
    if len(run.words) > 1 and run.words[0] in DOC_PARTS and _PART_LABEL.fullmatch(run.words[1]):
        return True  # "Appendix G.1", "Table 3B": a part of the document
    return run.after(1) == ("et",)


def _classify(run: Run, people: PeopleIndex, previous: tuple[Run, str] | None) -> str:
    """One of person, place, group, unknown, skip; people are recorded as a side effect."""
    words, name = run.words, run.name
    if _no_actor(run):
        return "skip"
    if previous and previous[1] == "person" and _press_writer(previous[0]):
        return "skip"  # "Ibrahim Karagul in Yeni Safak '...'": a paper, not a place
    if _press_writer(run) and not any(w in _GAZETTEER_WORDS for w in words):
        people.add(words, "")
        return "person"
    if name in PLACES:
        return "skip" if _modifier(run) else "place"
    if _lone_word_describes(words) or _named_thing(run):
        return "skip"
    if _institution(run):
        return "group"
    if _post_over(words):
        return "skip"
    if name in ORG_NAMES or (words[-1] in ORG_HEADS and len(words) > 1) or _employer(run):
        return "group"
    if _introduced_as_organisation(run) or _holds_what_firms_hold(run):
        return "group"
    if _adjectival(words) or (run.first == 0 and len(words) == 1 and run.after() == (",",)):
        return "skip"  # "However, ..." opens a sentence; it names no one
    headed = len(words) > 1 and _org_headed(words) and words[-1] not in SITE_HEADS
    if headed and not any(w in TITLES for w in words):
        return "group"
    if len(words) > 1 and (words[0] in PLACE_HEADS or words[-1] in AREA_HEADS):
        return "place"
    if _named_person(run, people):
        return "person"
    if len(words) > 1 and words[-1] in FACILITIES:
        return "place"
    if headed and _held_by_one(words[-1]):
        return "skip"  # "the Cabinet Secretary", "the Council Leader": a post, not the body
    if headed:
        return "group"
    if _place_cue(run, previous):
        return "place"
    if run.first == 0 and len(words) == 1:
        return "skip"
    return "unknown"


def _org_headed(words: tuple[str, ...]) -> bool:
    """Whether a word of the name makes it an organisation's: any head word, but a word
    that ends a firm's name not when it opens "X of Y" ("Construction of Hinkley Point" is
    work; "Balfour Beatty Construction" and "Idlib Media Centre" are bodies)."""
    if words[0] in LAST_ONLY_HEADS and words[1:2] == ("of",):
        words = words[1:]
    return any(w in ORG_HEADS for w in words)


def _held_by_one(word: str) -> bool:
    """A title one person holds ("Secretary", "Leader"), which ends the name of a post, not of
    a body; "Staff" closes a body's name ("the Joint Chiefs of Staff")."""
    return word not in TITLE_TAILS and names_a_person((word,))


def _post_over(words: tuple[str, ...]) -> bool:
    """ "the Minister for Health and Social Services", "the Director of Public Health
    Services": a title one person holds, over a body's field, names the post, not the body
    (with the holder's name after it, it is the person's role)."""
    return (len(words) > 2 and words[1] in ("for", "of") and _held_by_one(words[0])) and words[
        -1
    ] in ORG_HEADS


def _institution(run: Run) -> bool:
    """ "a vote in Congress", "passed in the Senate", "peers in the House of Lords", "the House
    rejected it": a legislature or chamber is a group, though a place cue comes before it."""
    word = run.words[-1]
    if word in LEGISLATURES:
        return True
    return len(run.words) == 1 and word in CHAMBERS and run.before() in (("the",), ("The",))


def _introduced_as_organisation(run: Run) -> bool:
    """ "The insurer, Northern Mutual, ...", "its lender Harbour Bank": a name right after a
    common noun for an organisation (and a comma) is that organisation."""
    before = run.before(2)
    if before[-1:] == (",",):
        return len(before) == 2 and before[0].lower() in ORG_NOUNS
    return bool(before) and before[-1].lower() in ORG_NOUNS and not has_title(run.words)


def _holds_what_firms_hold(run: Run) -> bool:
    """ "Medifast's shareholders", "Flowserve's revenue": a name that has what only a company
    has is a company."""
    after = run.after(3)
    return (
        after[:1] in (("'s",), ("\u2019s",), ("'",))
        and any(w.lower() in HELD_BY_FIRMS for w in after[1:])
        and run.words[0] not in GIVEN_NAMES
    )


def _lone_word_describes(words: tuple[str, ...]) -> bool:
    """ "N.Y", "D.C" (a postal abbreviation beside a place already named), "Kurdish-held"."""
    if len(words) != 1:
        return False
    word = words[0]
    return "." in word and word not in _CANONICAL or _compound_adjective(word)


_ARTICLES = frozenset({"the", "a", "an", "its", "new", "The", "A", "An"})


def _named_thing(run: Run) -> bool:
    """A product, vehicle, competition, event, scheme or document: named, but no actor.
    "the Premiership Cup", "his Dodge Charger", "launched Harvest Bowls", "Clean Air Zone"."""
    words = run.words
    if words[-1] in EVENT_HEADS | SCHEME_HEADS or run.after() == ("/",):
        return True  # "BP/25/07" is a paper's reference, not the oil company
    if len(words) > 1 and words[0] in VEHICLE_MAKES and not any(w in ORG_HEADS for w in words):
        return True
    if run.name in ORG_NAMES | PLACES:
        return False
    if _document_title(words):
        return True
    after = run.after()[:1]
    if after and after[0] in SEGMENT_NOUNS:
        return True
    if any(w in ORG_HEADS for w in words):
        return False  # "Sony bought Warner Communications Inc", "his London home"
    if after and after[0] in THING_NOUNS:
        return True
    before = run.before(2)
    if before[-1:] and before[-1] in _ARTICLES and len(before) == 2:
        before = before[:1]
    if before[-1:] and before[-1] in PRODUCT_VERBS:
        return True
    if bool(before[-1:]) and before[-1] in POSSESSIVES and not has_title(words):
        return True
    return _in_a_list_of_products(run)


_LIST_LINKS = frozenset({",", "and", "or", "&"})
_EXAMPLES = (("including",), ("such", "as"), ("like",))
_LIST_REACH = 16


def _in_a_list_of_products(run: Run) -> bool:
    """ "our financial products, including Refund Transfer, Refund Advance, Emerald Advance
    and Emerald Card": a name in a list of examples after a plural noun for products."""
    before = list(run.before(_LIST_REACH))
    while before and (before[-1] in _LIST_LINKS or before[-1][:1].isupper()):
        before.pop()  # back over the items before this one and the commas between them
    for example in _EXAMPLES:
        if tuple(before[-len(example) :]) == example:
            head = before[: -len(example)]
            head = head[:-1] if head[-1:] == [","] else head
            return bool(head) and head[-1].lower() in PRODUCT_LISTS
    return False


def _document_title(words: tuple[str, ...]) -> bool:
    """ "Uniform Code", "Pulse Survey", "Defense Authorization for Appropriations": a title
    word of a law, code, report or survey makes the name a document's, unless a group's head
    word follows it ("the Senate Appropriations Committee" is the committee)."""
    at = next((i for i, w in enumerate(words) if w in DOCUMENT_WORDS), -1)
    return at >= 0 and not any(w in ORG_HEADS for w in words[at + 1 :])


def _employer(run: Run) -> bool:
    """ "Harbourside coach Alison Hart": the name before a job and a person's name is the
    organisation the job is held in."""
    after = run.after(3)
    jobs = 0
    while jobs < len(after) and after[jobs].lower() in ORG_JOB_TITLES:
        jobs += 1
    rest = after[jobs:]
    return jobs > 0 and bool(rest) and rest[0][:1].isupper() and len(run.words) <= 4


def _named_person(run: Run, people: PeopleIndex) -> bool:
    return _person(run, people) or _given_name(run, people)


def _given_name(run: Run, people: PeopleIndex) -> bool:
    """ "Owen Pritchard scored", "tries from Callum Reid": two or three capitalised words
    opening with a common given name and known as nothing else are a person."""
    words = run.words
    if not 2 <= len(words) <= 3 or words[0] not in GIVEN_NAMES:
        return False
    if any(w in _GAZETTEER_WORDS or w in ORG_HEADS or w in FACILITIES for w in words):
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    people.add(words, role_before(run) or appositive(run))
    return True


_OPEN_QUOTES = frozenset({"``", "\u201c", '"'})


def _press_writer(run: Run) -> bool:
    """A press review's attribution opening its line: "Ibrahim Karagul in Yeni Safak '...'",
    two or three capitalised words, "in", the paper's name and at once a quotation."""
    if run.first != 0 or not 2 <= len(run.words) <= 3 or run.after() != ("in",):
        return False
    for tok in run.tokens[run.last + 2 : run.last + 10]:
        if tok in _OPEN_QUOTES:
            return True
        if not (tok[:1].isupper() or tok in ("'s", "-", "al", "el")):
            return False
    return False


def _modifier(run: Run) -> bool:
    """ "a US court", "the UK spokesman": the country qualifies a group or a role here."""
    after = run.after()
    return bool(after) and after[0] in GROUP_NOUNS | _ROLE_HEADS


def _compound_adjective(word: str) -> bool:
    """ "Sunni-majority areas", "Kurdish-held", "Anglo-French": a name with a lower-case word
    or a nationality joined on describes, it names nothing."""
    head, _, tail = word.rpartition("-")
    if not head or not head[:1].isupper() or not tail.isalpha():
        return False
    return tail.islower() and len(tail) > 3 or tail in DEMONYMS  # "Anglo-French"


def _adjectival(words: tuple[str, ...]) -> bool:
    """ "Middle Eastern", "Syrians", "NGOs": describe or count people, name no one actor."""
    last = words[-1]
    if last.endswith(("ern", "erns")) and last[:1].isupper():
        return True
    plural = last[:-1] if last.endswith("s") else ""
    return bool(plural) and len(words) == 1 and (plural in DEMONYMS or plural.isupper())


def _person(run: Run, people: PeopleIndex) -> bool:
    """A titled name, a Mr/Mrs, an appositive role or a speaker: record it and say yes."""
    words = run.words
    tail = ""
    if "of" in words:
        cut = words.index("of")
        if " ".join(words[cut + 1 :]) in PLACES:
            words, tail = words[:cut], " ".join(words[cut:])
    k = max(
        (
            i
            for i, w in enumerate(words[:-1])
            if w[:1].isupper() and (is_role_word(w) or w in HONORIFICS)
        ),
        default=-1,
    )
    # "on Wednesday Russian Foreign Minister X": the weekday is when, not who.
    role_words = tuple(w for w in words[: k + 1] if w not in HONORIFICS and w not in _CALENDAR)
    name_words = words[k + 1 :]
    if not name_words or any(w in PLACES or w in _NOT_NAMES or w in ORG_HEADS for w in name_words):
        return False
    if len(name_words) == 1 and len(name_words[0]) > 1 and name_words[0].isupper():
        return False  # "West Point, NY, Defense Secretary X said": a code, no one's name
    if any(len(w) > 2 and w.isalpha() and w.isupper() for w in name_words):
        return False  # "CONTROLLER AUGMENTATIONS G.1": a heading set in capitals
    if _ends_in_role(name_words):
        return False
    honorific = (
        bool(run.before()) and run.before()[0] in HONORIFICS or k >= 0 and words[k] in HONORIFICS
    )
    sub = Run(name_words, run.sentence, run.first + k + 1, run.tokens)
    while role_words[:1] and role_words[0] in TITLE_TAILS:
        role_words = role_words[1:]  # "the Joint Chiefs of Staff Army Gen. X": "Staff" ends it
    role = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in role_words)
    role = role if has_title(role_words) else ""
    role = " ".join(x for x in (role, tail) if x) if role else ""
    role = role or role_before(sub) or appositive(sub) or _post_nominal(sub)
    if (len(name_words) == 1 and not names_a_person(tuple(role.split()))) or all(
        w in DEMONYMS for w in role.split()
    ):
        role = ""  # "Syrian TV", "American Express": a nationality alone makes no one a person
    speaker = _speaks(sub, reach=1)
    described = bool(role_words) and not all(w in DEMONYMS for w in role_words)
    if (
        role
        or honorific
        or (speaker and len(name_words) >= 2)
        or (described and len(name_words) >= 2)
    ):
        people.add(name_words, role)
        return True
    return False


_POST_NOMINALS = frozenset({"AM", "MP", "MS", "MSP", "MLA", "MEP", "QC", "KC", "TD"})
"""Letters after a name that give the seat or the rank it holds: "John Griffiths AM"."""


def _post_nominal(run: Run) -> str:
    """ "John Griffiths AM", "Jane Roe MP": the letters after the name are the role the text
    gives it."""
    after = run.after(1)
    return after[0] if after and after[0] in _POST_NOMINALS else ""


def _place_cue(run: Run, previous: tuple[Run, str] | None) -> bool:
    """ "in X", "the city of X", "X province"; and the Y of "cities of X and Y"."""
    before = run.before(2)
    after = run.after()
    if len(run.words) > 4 or any(_TERM.search(w) or w == "&" for w in run.words):
        return False  # "in ReMaP", "in Yamins & DiCarlo": a term or a work cited
    if len(run.words[0]) == 1 or sum(len(w) > 2 and w.isupper() for w in run.words) > 1:
        return False  # "in M Initialize", "in MSCOCO MTS Reward": a variable, a data set
    if before[-1:] and before[-1] in _PLACE_CUES and not has_title(run.words):
        return True
    if len(before) == 2 and before[1] == "of" and before[0].lower() in _PLACE_OF:
        return True
    if after and after[0].lower() in PLACE_NOUNS:
        return True
    if previous and previous[1] == "place" and before[-1:] in (("and",), (",",)):
        return previous[0].last == run.first - 2
    return False
