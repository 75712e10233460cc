"""The title and the bottom line: the news of the document, each in one line."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reportgen import _recache
from reportgen.model import Actors, Sentence
from reportgen.summarize._back_matter import is_generic
from reportgen.summarize._organisations import ORG_NOUNS
from reportgen.summarize._point_rules import FEELING
from reportgen.summarize._roles import is_role_word
from reportgen.summarize._session_title import session_title
from reportgen.summarize._tokens import as_whole_words
from reportgen.summarize.salience import is_byline
from reportgen.text import clean_inline

_EVENT = _recache.compile(
    r"\b(?:captur|seiz|kill|announc|attack|launch|agree|won|win(?=s?\b|ning\b)|die|arrest|"
    r"approv|veto|resign|"
    r"elect|sign|rul|advanc|fell|fall|took|take|retak|regain|withdr|declar|invad|bomb|shell|"
    r"storm|clos|open|strik|struck|collaps|lost|los|rais|cut|ban|charg|sentenc|convict|releas|"
    r"freed|reach|overr|expell|destroy|erupt|escalat|launch|order|held|found|increas|decreas|"
    r"rose|grew|declin|doubl|halv|post|deliver|generat)\w*\b",
    re.I,
)
_RECENT = _recache.compile(
    r"\b(?:recently|now|today|tonight|yesterday|this (?:week|month|year)|latest|new|fresh|"
    r"(?:has|have) (?:\w+ly )?\w+(?:ed|en)\b|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)
_HEDGE = _recache.compile(
    r"\b(?:may|might|could|would|potential(?:ly)?|symbol|underscores?|highlight\w*|serves? as|"
    r"likely|perhaps|represent\w*)\b",
    re.I,
)
_FIGURE = _recache.compile(
    r"[$\u00a3\u20ac\u00a5]\s?\d|\d\s?(?:%|per ?cent\b|percent\b)|"
    r"\b\d[\d,.]*\s?(?:million|billion|trillion|bn)\b",
    re.I,
)
"""An amount or a rate ("$1.5 billion", "7.5%"): results, budgets and tolls are what a reader
of a report, a call or a paper looks for first."""
_FIGURE_BONUS = 0.4
_RESULTS_SHARE = 0.2
_RESULTS_FIGURE_BONUS = 1.2
"""A text that gives money or a share in a fifth of its sentences or more reports results (an
earnings call, a financial statement): its news carries a figure, so a figure weighs more."""
_SUBORDINATOR = r"(?:As|While|Although|Though|After|Before|When|Since|If)\b"
_FOLLOWS_ON = (
    r"(?:(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A\s+few|\d+)\s+\w+"
    r"\s+(?:later|earlier)|The\s+(?:next|following)\s+(?:day|week|month|year))\b"
)
"""An opening that dates a sentence from the one before ("A year later", "The next day"): its
news is a step in a story told before it, never the story itself."""
_LEADING_PHRASE = (
    r"(?:Following|Despite|For|Amid|During|Under|Unlike|Like|With|Without|According\s+to|"
    r"Thanks\s+to|Because\s+of|Speaking|Asked|Having)\b"
)
"""A word opening a clause that leads into the main one."""
_LEADING_CLAUSE = _recache.compile(
    rf"^(?:{_SUBORDINATOR}[^,]{{3,120}}|{_LEADING_PHRASE}(?:\s+[^\s,]+){{1,8}}),\s*"
)
"""A subordinate clause or a short adjunct that opens the sentence ("Following all his charity
work, Drogba ..."): a headline starts with the statement after it."""
_TRAILING = _recache.compile(
    r",\s*(?:which|who|highlighting|underscoring|including|adding|saying)\b.*$"
)
_APPOSITIVE = _recache.compile(r",\s*(?:once|a|an|the|which|who)\b(?![^,]*\band\b)[^,]{2,80},")
"""", the UN's envoy," but not a list's next items (", the Czech Republic and Hungary,")."""
_PAST_PARTICIPLES = frozenset(
    {"told", "sent", "held", "made", "left", "lost", "won", "found", "kept", "paid", "led"}
    | {"built", "sold"}
)
"""Irregular past participles that are also simple pasts, shared by the lists below."""
_AUX = _recache.compile(
    r"\b(?:has|have|had)\s+(?:(?:recently|now|also|already|since)\s+)?(?!been\b)"
    r"(\w+(?:ed|en|ung|ought|ook)|"
    + "|".join(sorted(_PAST_PARTICIPLES | {"said", "met", "spent", "heard", "fled", "struck"}))
    + r")\b"
)
_PRETERITE: dict[str, str] = dict(
    re.findall(
        r"(\w+):(\w+)",
        "taken:took given:gave fallen:fell written:wrote driven:drove broken:broke chosen:chose "
        "spoken:spoke stolen:stole risen:rose arisen:arose eaten:ate seen:saw beaten:beat "
        "forgotten:forgot hidden:hid ridden:rode shaken:shook stricken:struck woken:woke "
        "frozen:froze forbidden:forbade bitten:bit overtaken:overtook undertaken:undertook "
        "mistaken:mistook forgiven:forgave begun:began sung:sang rung:rang sprung:sprang "
        "sunk:sank drunk:drank swum:swam shrunk:shrank",
    )
)
"""Participles whose simple past differs: "have taken place" → "took place", not "taken"."""
_OPEN_QUOTE = _recache.compile(r"(?:^|\s)['\"\u2018\u201c][^'\"\u2019\u201d]*$")
"""A quotation opened and not closed: "she shared a 'hot" cuts a quote in two."""
_LEADS_IN = _recache.compile(rf"\w+ing\b|{_SUBORDINATOR}")
_PHRASE_FIRST = _recache.compile(
    r"(?:In|On|At|For|By|From|During|Across|Within|Over|Through|Throughout|Under|Among|Despite|"
    r"Beyond|Against)\b"
)
"""A first clause that opens so is a phrase before the statement ("In the course of everyday
functioning, people are ..."): no title alone."""
_REPORTS = r"(?:says|said|reports|reported|announced|confirmed|claims|claimed)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ATTRIBUTION = _recache.compile(
    rf"^[A-Z][^,.;:]{{2,60}}?\b{_REPORTS}(?:\s+(?:on\s+)?{_WEEKDAY})?(?:\s+that)?\s+"
    r"(?!(?:he|she|they|it|we|I|his|her|their|its|our|my|that|in|on|at|during|after|before|by|"
    rf"with|to)\b|{_WEEKDAY})(?=\S)"
)
"""A reporting frame ("The Red Crescent says ..."): headlines state the news and drop it,
unless what is left would open on a pronoun or a phrase ("said in a letter that he ...")."""
_REPORTING_VERB = _recache.compile(rf"{_REPORTS}\b")
_AUX_BEEN = _recache.compile(
    r"\b(?:has|have|had)\s+been\s+(?=\w+(?:ed|en|ung|ought|ook|ot|own|ilt|ept|eld)\b)"
)
_ADVERB = _recache.compile(r"\b(?:recently|now|also|already)\s+")
_CONTAINER = _recache.compile(
    r"\bthe (?:nearby |neighbouring |neighboring )?"
    r"(?:cities|towns|villages|city|town|village|districts?) of\s+"
)
_CONNECTIVE = _recache.compile(
    r"(?:However|But|And|Meanwhile|Still|Yet|Also|So|Then|It|This|That|Later|Afterwards|"
    r"Thereafter)\b|" + _FOLLOWS_ON
)
"""A sentence opening like this leans on the one before; it cannot stand alone as the news."""
_STEP_ON = _recache.compile(_FOLLOWS_ON)
_DATELINE = _recache.compile(
    r"^(?:Page last updated at\s+)?[\w ,:]{0,60}?\b(?:GMT|BST|UTC|EST|EDT)\b[\w ,:]{0,40}?"
    r"\d\d:\d\d(?:\s+(?:GMT|BST|UK))?\s+|^\d\d? \w+ \d\d \d\d:\d\d (?:GMT|BST|UTC)\s+"
)
"""A web page's time stamp glued to the first sentence ("05 February 12 01:10 GMT Fresh ...")."""
_HEADLINE_WORDS = 14
_TITLE_CHARS = 90
_BOTTOM_CHARS = 250
_NOUN_PHRASE_ROOM = 10
"""A title that is one noun phrase (what the report says it is) may run this much longer
than a cut sentence: cutting its last words would drop what it is about."""
_TITLE_WORDS = 12
_TITLE_MOST_WORDS = 15
"""A lead this long stays whole, and a cut may end this far in, while the title's characters
fit: a whole statement of fifteen words reads better than twelve and "..."."""


_LEAD_BONUS = 0.6
"""News puts its news first: the story's first full sentence among the top ones gains this."""
_FULL_STATEMENT = _recache.compile(r"[.!?][\"'\u201d\u2019)]*$")
_SIGNPOST = _recache.compile(r"(?:The\s+following|Below|Here\s+(?:is|are))\b", re.I)
"""A sentence that points at what comes next ("The following is a timeline ...") is no news."""
_UNPUNCTUATED = _recache.compile(r"[\w%][\"'\u201d\u2019]*$")
"""A line that ends without a full stop, if need be after a closing quote: a headline or a
photo caption, not the lead."""


def newsiest(sentences: Sequence[Sentence], ranking: Sequence[int], actors: Actors) -> int:
    """The most newsworthy of the top sentences: an event, recent, about named actors, and
    the story's first full sentence when the call is close, since news puts its news first."""
    names = _actor_names(actors)
    candidates = list(ranking[: min(12, len(ranking))])
    figured = sum(_FIGURE.search(s.text) is not None for s in sentences)
    results = figured >= _RESULTS_SHARE * len(sentences)
    bonus = _RESULTS_FIGURE_BONUS if results else _FIGURE_BONUS

    def news(i: int) -> float:
        text = sentences[i].text
        score = 2.0 / math.pow(1 + candidates.index(i), 0.7)
        score += 0.6 * min(len(_EVENT.findall(text)), 2) + 0.5 * bool(_RECENT.search(text))
        score += 0.25 * min(sum(n in text for n in names), 4)
        score -= 0.7 * min(len(_HEDGE.findall(text)), 2)
        score += bonus * (_FIGURE.search(text) is not None)
        score -= 0.7 * bool(_CONNECTIVE.match(text)) + 1.0 * bool(_STEP_ON.match(text))
        score -= 1.0 * (FEELING.match(text) is not None)
        score -= 1.0 * (_UNPUNCTUATED.search(text) is not None or _SIGNPOST.match(text) is not None)
        score += _LEAD_BONUS * (i == lead)
        return score

    lead = next((i for i in sorted(candidates) if _is_lead(sentences[i].text)), -1)

    return max(candidates, key=lambda i: (news(i), -candidates.index(i)))


def _is_lead(text: str) -> bool:
    """A sentence that can open a news story: a full statement ending in a full stop, not a
    caption, a label before a colon or a signpost ("The following is a timeline ...")."""
    return (
        _FULL_STATEMENT.search(text) is not None
        and len(text.split()) >= 8
        and not _SIGNPOST.match(text)
        and not _CONNECTIVE.match(text)
        and ":" not in " ".join(text.split()[:6])
    )


def choose_bottom_line(sentences: Sequence[Sentence], best: int) -> str:
    """The news sentence, cut to its main clause when it runs long."""
    text = _DATELINE.sub("", sentences[best].text)
    text = text[:1].upper() + text[1:]
    return _clip(_main_clause(text) if len(text.split()) > 35 else text, _BOTTOM_CHARS)


_CAPTION = _recache.compile(
    r"^(?:map|figure|fig\.|chart|graph|table|photo|picture|image|diagram|exhibit)\b(?:\s+of\b|"
    r"\s*\d|\s*:)",
    re.I,
)
"""A caption opening a text copied from a PDF ("MAP OF FINLAND", "Figure 1: ..."): it names
what is drawn on its first page, not the document."""


def choose_title(
    text: str,
    sentences: Sequence[Sentence],
    actors: Actors,
    bottom_line: str,
    *,
    fallback: str,
    headline: str | None = None,
) -> str:
    """The document's own headline when its file marks one, a headline line when the text
    opens with one, the name a call or meeting gives itself, else "Key actor: the news in
    brief"."""
    if headline and headline.strip() and not is_generic(headline):
        return _clip(clean_inline(headline), _TITLE_CHARS)
    lines = [s for s in sentences if not is_byline(s.text)]
    first = lines[0].text if lines else ""
    if (
        len(lines) > 1
        and first[-1:].isalnum()
        and len(first.split()) <= _HEADLINE_WORDS
        and not is_generic(first)
        and not _CAPTION.match(first)
    ):
        fits = len(first) <= _TITLE_CHARS
        return first if fits else _phrase_cut(first.split()) or _clip(first, _TITLE_CHARS)
    named = session_title(sentences)
    if named:
        return _clip(named, _TITLE_CHARS)
    from reportgen.summarize._document_title import self_title  # only an untitled text's

    named = self_title(sentences, _TITLE_CHARS + _NOUN_PHRASE_ROOM)
    if named:
        return named
    key = _key_actor(actors, bottom_line)
    compressed = _compress(bottom_line)
    frame = _ATTRIBUTION.match(compressed)
    phrase = compressed[frame.end() :] if frame else compressed
    speaker = _speaker(frame.group(0)) if frame and phrase[:1].islower() else ""
    if speaker and not (key and f", {key}, " in phrase):
        # "Courtaulds PLC announced plans to ..." → "Courtaulds PLC: plans to ...": the
        # one who speaks is the subject of the news when nothing capitalised follows.
        key = speaker
    if ":" in " ".join(phrase.split()[:4]):
        key = ""  # already headed: "Syria crisis: Red Cross still seeking..."
    titled = re.match(rf"(?:[A-Z][\w-]*\s+){{1,3}}(?={re.escape(key)}\b)", phrase) if key else None
    if titled and all(is_role_word(w) for w in titled.group(0).split()):
        phrase = phrase[titled.end() :]  # "Syrian President Bashar al-Assad told": the key
    if key and phrase.lower().startswith(key.lower()):
        # "Homs regained significance as ...", "Syria's President ...": the key is already
        # the subject; a label before it ("Homs: regained ...") would leave a verb without one.
        key = ""
    elif key and _opens_with_actor(phrase, actors):
        key = ""  # "Iran condemned the bombings in Kenya": no "Kenya:" before another subject
    elif key and f", {key}, " in phrase:
        # "its vice-president, X, has been shot dead" → "X: shot dead".
        phrase = _AUX_BEEN.sub("", phrase.split(f", {key}, ", 1)[1])
    elif key and _named_at(key, " ".join(phrase.split()[:_TITLE_WORDS])) is not None:
        key = ""  # "... five children in England": "England:" before it would say it twice
    words = phrase.split()
    room = _TITLE_CHARS - (len(key) + 2 if key else 0)
    if len(words) > _TITLE_WORDS and not (len(words) <= _TITLE_MOST_WORDS and len(phrase) <= room):
        head = " ".join(words[:_TITLE_WORDS])
        parts = re.split(r"[,;:]\s", head)
        # The first clause stands alone as a title unless it leads into the next one
        # ("Beginning with the start of the uprising, it charts ...") or a quote runs on.
        whole = (
            len(parts) > 1
            and len(parts[0].split()) >= 5
            and not _LEADS_IN.match(parts[0])
            and not _PHRASE_FIRST.match(parts[0])
            and not _OPEN_QUOTE.search(parts[0])
        )
        phrase = parts[0] if whole else _phrase_cut(words, room) or head.rstrip(",;:") + "..."
    title = f"{key}: {phrase}" if key and phrase else phrase
    title = title or clean_inline(fallback.replace("_", " ").replace("-", " ")).title() or "Brief"
    return _clip(title, _TITLE_CHARS)


_CLAUSE_OPENERS = frozenset(
    {"after", "as", "following", "amid", "while", "because", "despite", "which", "who"}
    | {"that", "when", "where", "since", "until", "before", "during", "whose", "although"}
)
"""Words that open a clause or an adjunct a headline may end before ("Security forces moved
into the area on Thursday" | "following the withdrawal of ...")."""
_PREPOSITIONS = frozenset(
    {"for", "in", "on", "at", "with", "from", "by", "over", "near", "outside", "into"}
    | {"across", "against", "under", "through", "toward", "towards"}
)
"""Second choice: a title may also end before a prepositional phrase ("to" is left out: as
often as not it opens an infinitive the verb before it needs)."""
_DANGLING = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"}
    | {"can", "could", "may", "might", "must", "should", "a", "an", "the", "of", "and", "or"}
    | {"but", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those"}
    | {"very", "so", "more", "most", "less", "able", "believed", "expected", "set", "due"}
    | {"likely", "about", "said", "says", "say", "told", "appear", "appears", "appeared"}
    | {"seem", "seems", "seemed", "tried", "trying", "want", "wants", "wanted", "going"}
    | {"hope", "hopes", "hoped", "like", "just", "not", "also", "than", "linked", "used"}
    | {"come", "comes", "came", "go", "goes", "went", "get", "gets", "got"}
    | {"even", "only", "right", "immediately"}  # "even after ...", "right before ..."
    | _CLAUSE_OPENERS
    | _PREPOSITIONS
)
"""Words a title cannot end on: they wait for what the cut would drop ("are believed")."""
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may"}
    | {"might", "must", "should", "did", "does", "do", "says", "said", "told", "took", "made"}
    | {"faces", "believes", "fears", "plans", "wants", "hopes", "admits", "claims", "insists"}
    | {"warns", "denies", "reveals", "looks", "seems", "appears", "gets", "takes", "makes"}
    | {"becomes", "became", "won", "lost", "left", "met", "led", "held", "sent", "fled", "put"}
    | {"gave", "came", "went", "began", "rose", "fell", "struck", "paid", "sold", "found"}
    | set(_PRETERITE.values())
)
"""Verb forms that carry a tense: a head without one, or one in -ed, is a phrase, not news."""
_NOUN_AFTER_TO = _recache.compile(
    r"(?:the|a|an|his|her|their|its|our|my|this|that|these|those)\b|[0-9A-Z£$€]"
)
"""After "to", a phrase rather than an infinitive: "took to the streets", "to Britain"."""
_MIN_CUT_WORDS = 5


def _phrase_cut(words: list[str], most_chars: int = _TITLE_CHARS) -> str:
    """A head of ``words`` (up to the title's length in words and ``most_chars``) that ends
    where a clause, else a phrase, begins, so the title is a whole statement rather than a
    sentence cut off.

    The longest head ending before a clause wins ("A 12-year-old girl is missing" | "after a
    tour boat ..."); only without one does a head ending before a preposition serve.
    """
    if _LEADS_IN.match(words[0]):
        return ""  # "Beginning with ... in March 2011": a lead-in with no statement yet
    quoted = False
    depth = 0
    best = {"clause": 0, "phrase": 0}
    for n, word in enumerate(words[: _TITLE_MOST_WORDS + 1]):
        lowered = word.lower()
        if len(" ".join(words[:n])) > most_chars:
            break
        free = not quoted and depth == 0 and n >= _MIN_CUT_WORDS
        if free and not _dangles(words[:n]):
            if lowered in _CLAUSE_OPENERS and not _reports_before(words[:n], lowered):
                best["clause"] = n
            elif lowered in _PREPOSITIONS or (
                lowered == "to" and n + 1 < len(words) and _NOUN_AFTER_TO.match(words[n + 1])
            ):
                best["phrase"] = n
        depth = max(0, depth + word.count("(") - word.count(")"))
        quoted ^= word.count('"') % 2 == 1
    for cut in (best["clause"], best["phrase"]):
        if cut and _has_finite_verb(_main_words(words[1:cut])):
            return " ".join(words[:cut]).rstrip(",;:")
    return ""


def _reports_before(head: Sequence[str], opener: str) -> bool:
    """ "officials said Wednesday | that ...": the news is what was said, not the saying."""
    return opener == "that" and any(_REPORTING_VERB.match(w) for w in head[-3:])


def _main_words(words: Sequence[str]) -> Sequence[str]:
    """The words before a relative clause: "A four-poster bed which was dumped" states
    nothing, its only verb is the relative clause's."""
    for n, word in enumerate(words):
        if word.lower() in ("which", "who", "whose", "whom"):
            return words[:n]
    return words


_IRREGULAR_PARTICIPLES = _PAST_PARTICIPLES | {
    "stuck",
    "hit",
    "set",
    "put",
    "shot",
    "caught",
    "brought",
    "bought",
}
_HELPERS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})
_TRANSPARENT = frozenset({"almost", "nearly", "not", "also", "just", "still", "then", "already"})


def _dangles(head: Sequence[str]) -> bool:
    """Whether a title ending with ``head`` would end on a word that waits for more: a
    function word ("are believed") or a participle with no helper before it ("a speech
    made", "candidates running"; "is missing" is whole)."""
    last = head[-1].lower().strip(",;:'\"")
    if last in _DANGLING:
        return True
    if len(last) > 4 and last.endswith(("ed", "en", "ing")) or last in _IRREGULAR_PARTICIPLES:
        before = [w.lower() for w in head[:-1] if w.lower() not in _TRANSPARENT]
        return not before or before[-1] not in _HELPERS and not before[-1].endswith("ly")
    return False


def _has_finite_verb(words: Sequence[str]) -> bool:
    """Whether a head states something ("Security forces moved ...") rather than naming it
    ("A life coach and author"); the first word is left out, as a participle opening a
    sentence leads into it ("Considered by many to be ...")."""
    for word in words:
        w = word.lower().strip(",;:'\"")
        if w in _FINITE or len(w) > 4 and w.endswith("ed") or w.endswith("n't"):
            return True
    return False


def _speaker(frame: str) -> str:
    """The name that opens a reporting frame ("Reed International PLC said that"), if short."""
    who: list[str] = []
    words = frame.split()
    for w in words:
        if not w[:1].isupper():
            break
        if w.endswith(("'s", "\u2019s")):
            return ""  # "Elian Gonzalez's father said": the speaker is not the one named
        who.append(w)
    if len(words) > len(who) and not _REPORTING_VERB.match(words[len(who)]):
        return ""  # "Federal law enforcement officials said": no name speaks
    if who[:1] == ["The"]:
        who = who[1:]
    return " ".join(who) if 0 < len(who) <= 5 else ""


def _clip(text: str, most: int) -> str:
    """Cut at a word boundary: a run-on or a 10,000-character token must not become a line."""
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0] if " " in text[: most // 2 :] else text[:most]
    cut = cut if len(cut) > most // 2 else text[:most]
    return cut.rstrip(",;: ") + "..."


def _opens_with_actor(phrase: str, actors: Actors) -> bool:
    """Whether the phrase's subject is a named actor, after any titles ("President Bill
    Clinton condemned ...") or words for what it is ("French firm EDF approved ...")."""
    words = phrase.split()
    while words and (is_role_word(words[0]) or words[0].lower() in ORG_NOUNS):
        words = words[1:]
    rest = " ".join(words)
    names = [p.name for p in actors.people] + [p.name for p in actors.places]
    names += [g.name for g in actors.groups]
    return any(_named_at(name, rest) == 0 for name in names if name)


def _actor_names(actors: Actors) -> list[str]:
    names = [p.name for p in actors.people] + [p.name.split()[-1] for p in actors.people]
    return names + [p.name for p in actors.places] + [g.name for g in actors.groups]


def _key_actor(actors: Actors, bottom_line: str) -> str:
    """The first-listed (most mentioned) place the bottom line names, else of the most
    mentioned people it names the one it names first, usually its subject."""
    for name in [p.name for p in actors.places[:3]]:
        if _named_at(name, bottom_line) is not None:
            return name
    found = [
        (at, name)
        for name in [p.name for p in actors.people[:3]]
        if (at := _named_at(name, bottom_line)) is not None
    ]
    return min(found)[1] if found else ""


def _named_at(name: str, text: str) -> int | None:
    """Where ``text`` names ``name``, as whole words: "Syria" is not the subject of "the
    Syrian Arab Red Crescent"."""
    m = as_whole_words(name).search(text)
    return m.start() if m else None


def _main_clause(text: str) -> str:
    """Drop a leading subordinate clause and trailing add-ons, keeping the statement."""
    short = _LEADING_CLAUSE.sub("", text)
    short = _TRAILING.sub("", short)
    short = short[:1].upper() + short[1:]
    if not short.endswith((".", "!", "?")):
        short += "."
    return short if len(short.split()) >= 6 else text


def _compress(text: str) -> str:
    """A headline register: no appositives, auxiliaries or container nouns, no final period."""
    short = _main_clause(text)
    short = _APPOSITIVE.sub("", short)
    short = _AUX.sub(lambda m: _PRETERITE.get(m[1], m.group(1)), short)
    short = _ADVERB.sub("", short)
    short = _CONTAINER.sub("", short)
    return re.sub(r"\s+", " ", short).strip().rstrip(".\u3002\u0964")
