"""A heading drawn from a group's own words, for text whose topics no template names.

A meeting on a remote control's buttons is not "Humanitarian impact"; its part is named by the
words it repeats and the rest of the document does not: "Remote control buttons".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportgen import _recache
from reportgen.summarize._tokens import STOPWORDS

FILLERS = frozenset(
    (
        "um",
        "uh",
        "erm",
        "er",
        "hmm",
        "mm",
        "yeah",
        "yes",
        "okay",
        "ok",
        "oh",
        "ah",
        "right",
        "well",
        "like",
        "just",
        "really",
        "actually",
        "basically",
        "sort",
        "kind",
        "thing",
        "things",
        "lot",
        "bit",
        "gonna",
        "wanna",
        "got",
        "get",
        "yep",
        "nope",
        "alright",
        "so",
        "also",
        "think",
        "know",
        "mean",
        "said",
        "says",
        "say",
        "going",
        "want",
        "see",
        "way",
        "good",
        "great",
        "thank",
        "thanks",
        "question",
        "questions",
        "today",
        "year",
        "quarter",
        "percent",
        "per",
        "cent",
        "need",
        "true",
        "false",
        "sure",
        "maybe",
        "probably",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "last",
        "next",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "minute",
        "minutes",
        "hour",
        "hours",
        "week",
        "weeks",
        "month",
        "months",
        "day",
        "days",
        "time",
        "times",
    )
)
"""Words that fill speech or pad business prose; never a topic."""
_WORD = _recache.compile(r"[^\W\d_][\w-]*(?:'s)?")
_SPEAKER = _recache.compile(r"^[A-Z][\w .'-]{0,40}:\s")
"""A transcript's speaker label ("Project Manager: "): who speaks, not what about."""
_MIN_REPEATS = 2
_TOPIC = 6
"""Weight (a phrase counts twice) at which the whole document says a phrase often enough,
three times, to be one of its topics."""
_VERB_FORM = _recache.compile(
    r"\w+ed|shows?|says?|remains?|starts?|pulls?|gives?|given|done|gets?|goes|went|takes?|"
    r"took|makes?|made|comes?|came|found|finds?|told|tells?|swept|peaked|soon|else|strong"
)
"""Words that make a phrase a clause ("records show", "fame peaked"), not a name."""


def _nominal(phrase: str) -> bool:
    """Whether a two-word phrase can name a topic: no word of it is a verb form."""
    return not any(_VERB_FORM.fullmatch(word) for word in phrase.split())


def _words(text: str) -> list[str]:
    return _WORD.findall(_SPEAKER.sub("", text))


def _key(word: str) -> str:
    """One key for a word's singular and plural ("basis point", "basis points")."""
    low = word.lower().removesuffix("'s")
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 4 else low


def _usable(word: str) -> bool:
    low = word.lower()
    return low not in STOPWORDS and low not in FILLERS and len(low) > 2 and "'" not in low


def _phrases(text: str, surface: dict[str, Counter[str]] | None = None) -> Counter[str]:
    """Bigrams and single words of content by key; ``surface`` collects how each is written."""
    words = [w for sentence in text.split("\n") for w in _words(sentence) + [""]]
    counts: Counter[str] = Counter()
    for i, word in enumerate(words):
        if not word or not _usable(word):
            continue
        grams = [(_key(word), word)]
        if i + 1 < len(words) and words[i + 1] and _usable(words[i + 1]):
            pair = f"{word} {words[i + 1]}"
            grams.append((f"{word.lower()} {_key(words[i + 1])}", pair))
        for key, written in grams:
            counts[key] += 2 if " " in key else 1  # a phrase says more
            if surface is not None:
                surface.setdefault(key, Counter())[written] += 1
    return counts


def _named(written: Counter[str]) -> bool:
    """Whether a word is mostly written with a capital: a name, not a common word."""
    capital = sum(n for w, n in written.items() if w[:1].isupper())
    return capital * 2 > sum(written.values())


def content_heading(
    group: Sequence[str], others: Sequence[str], document: Counter[str] | None = None
) -> str:
    """The phrase the group repeats most and the other groups least, capitalised; empty when
    nothing repeats. With ``document`` (:func:`document_phrases`), a group too short to
    repeat anything is named by its phrase the whole document repeats most."""
    written: dict[str, Counter[str]] = {}
    mine = _phrases("\n".join(group), written)
    rest = _phrases("\n".join(others))
    best = _best(mine, rest, written)
    if not best and document is not None:  # a phrase names a part better than one word
        phrases = Counter({p: document[p] for p in mine if " " in p and document[p] >= _TOPIC})
        best = _best(phrases, rest, written) or _best(
            Counter({p: document[p] for p in mine}), rest, written
        )
    if not best:
        return ""
    shown = written[best].most_common(1)[0][0]
    return shown[:1].upper() + shown[1:]


def document_phrases(texts: Sequence[str]) -> Counter[str]:
    """How often the whole text says each phrase, for :func:`content_heading`."""
    return _phrases("\n".join(texts))


def _best(mine: Counter[str], rest: Counter[str], written: dict[str, Counter[str]]) -> str:
    """The phrase of ``mine`` said most there and least in ``rest``; empty when none repeats."""
    best, score = "", 0.0
    for phrase, count in mine.items():
        repeats = count // 2 if " " in phrase else count
        if repeats < _MIN_REPEATS:
            continue
        if " " not in phrase and not _named(written[phrase]):
            continue  # a lone common word ("costs") names no part; a name ("Wakefield") does
        if " " in phrase and not _nominal(phrase):
            continue  # "records show" is a clause, not a name
        value = count - 0.5 * rest.get(phrase, 0)
        if value > score:
            best, score = phrase, value
    return best
