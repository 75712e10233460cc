"""Which sentences matter most: a lead prior, centrality to the document, no repeats."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.summarize._point_rules import asks, unfit_as_point
from reportgen.summarize._tokens import content_words

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class Weights:
    """Tuned on one half of a news dev set (by id), checked on the other half."""

    position: float = 1.0
    decay: float = 0.7
    """Exponent of the position prior 1/(1+i)^decay: news puts the story up front."""
    centrality: float = 0.6
    redundancy: float = 0.6
    """MMR trade-off: how much overlap with an already chosen sentence costs."""
    short: int = 8
    long: int = 60
    shape: float = 0.3
    """Factor for fragments: very short, very long, questions, bare quotes."""
    pool: int = 40
    """Only the best ``pool`` candidates enter the MMR pass, so it stays linear."""
    shaped_points: bool = False
    """A key point must also have a point's shape (:func:`shape_ok`), not only rank well."""


WEIGHTS = Weights()
TRANSCRIPT = Weights(short=12, shape=0.1, shaped_points=True)
"""A transcript's turn needs more words to state something (its label takes a few), its many
fragments ("We could, yeah, we could on here.") count for even less, and none is a key point."""


def vectors(sentences: Sequence[Sentence]) -> list[Vector]:
    """TF-ISF vectors, unit length; ISF is computed over this document's sentences alone."""
    bags = [Counter(content_words(s.text)) for s in sentences]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = max(len(bags), 1)
    out = []
    for bag in bags:
        vec = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({w: v / norm for w, v in vec.items()})
    return out


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def centroid(vecs: Sequence[Vector]) -> Vector:
    total: dict[str, float] = {}
    for vec in vecs:
        for w, v in vec.items():
            total[w] = total.get(w, 0.0) + v
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {w: v / norm for w, v in total.items()}


_BYLINE = _recache.compile(r"By\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}\b(?![.,]?\s+[a-z])")


def is_byline(text: str) -> bool:
    """ "By Barbara Plett BBC UN correspondent": who wrote it, not what happened."""
    return _BYLINE.match(text) is not None


_HEADING_WORDS = 12
_HEADING_CHARS = 200
"""A line longer than this is no heading, however few its words (one 9,000-character token)."""
CLOSING_MARKS = ".!?:;\"'\u201d\u2019)"
"""Marks a sentence or a quotation ends with; a line without one is a heading or a label."""
_CLOSERS = CLOSING_MARKS + ",]"


def is_heading(text: str, sentence: Sentence) -> bool:
    """A short line of its own with no closing punctuation ("Background", a headline) labels
    what follows; it is not a statement to brief."""
    words = sentence.text.split()
    if not words or len(words) > _HEADING_WORDS or sentence.text[-1] in _CLOSERS:
        return False
    if len(sentence.text) > _HEADING_CHARS:
        return False
    before = text[: sentence.start].rstrip(" \t")
    after = text[sentence.end :].lstrip(" \t")
    if ": " in sentence.text and (before.strip() or any(c.isdigit() for c in sentence.text)):
        # "KENYA: Total dead: 192" is a figure, "Marketing: Yep" a turn; a line that opens
        # the text ("Site inspection report: Riverside school") is its title.
        return False
    return (not before or before[-1] in "\r\n") and (not after or after[0] in "\r\n")


_CAPTION_RUN = 9


def _caption_led(text: str) -> bool:
    """ "Ban Ki-moon UN Secretary General Syrian Defense Minister Ali Habib was ...": nine
    capitalised words in a row with no comma open no sentence of prose; a caption or a
    heading has been glued to its front."""
    head = text.split()[:_CAPTION_RUN]
    return len(head) == _CAPTION_RUN and all(w[:1].isupper() and not w.endswith(",") for w in head)


def shape_ok(sentence: Sentence, weights: Weights = WEIGHTS) -> bool:
    """Fragments make poor key points: a few words, a run-on, a question or a bare quote."""
    text = sentence.text
    words = len(text.split())
    if words < weights.short or words > weights.long:
        return False
    if text.endswith("?") or text[:1].islower() or is_byline(text) or _caption_led(text):
        return False
    quoted = text[:1] in "\"'\u201c\u2018"
    return not (quoted and text[-1:] in "\"'\u201d\u2019")


def base_scores(
    sentences: Sequence[Sentence], vecs: Sequence[Vector], weights: Weights = WEIGHTS
) -> list[float]:
    """Position prior plus closeness to the centroid, damped for fragments."""
    centre = centroid(vecs)
    out = []
    for s, vec in zip(sentences, vecs, strict=True):
        score = weights.position / (1 + s.index) ** weights.decay
        score += weights.centrality * cosine(vec, centre)
        out.append(score if shape_ok(s, weights) else score * weights.shape)
    return out


def rank_sentences(
    sentences: Sequence[Sentence],
    vecs: Sequence[Vector] | None = None,
    *,
    k: int | None = None,
    weights: Weights = WEIGHTS,
) -> list[int]:
    """Sentence indices, most important first: the top ``k`` by MMR, the rest by score."""
    if not sentences:
        return []
    vecs = vecs if vecs is not None else vectors(sentences)
    scores = base_scores(sentences, vecs, weights)
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    k = min(k if k is not None else 10, len(order))
    pool = order[: max(weights.pool, k)]
    chosen: list[int] = []
    while len(chosen) < k and pool:
        best = max(
            pool,
            key=lambda i: (
                scores[i]
                - weights.redundancy * max((cosine(vecs[i], vecs[j]) for j in chosen), default=0.0),
                -i,
            ),
        )
        chosen.append(best)
        pool.remove(best)
    taken = set(chosen)
    return chosen + [i for i in order if i not in taken]


LONG_WORDS = 1000
"""A text without headings this long is read in thirds, so its key points are not all taken
from its opening."""
_THIRDS = 3


def parts_of(text: str, sentences: Sequence[Sentence]) -> list[int]:
    """The part each sentence belongs to: the heading it sits under when the text has two or
    more, else its third of a long text; a short text without headings is one part."""
    heads = [s.index for s in sentences if is_heading(text, s)]
    if len(heads) >= 2:
        starts = set(heads) - {sentences[0].index}
        out, part = [], 0
        for s in sentences:
            if s.index in starts:
                part += 1
            out.append(part)
        return out
    if sum(len(s.text.split()) for s in sentences) < LONG_WORDS:
        return [0] * len(sentences)
    size = max(len(text), 1)
    return [min(_THIRDS - 1, _THIRDS * s.start // size) for s in sentences]


CENTRAL_WORDS = 8
"""Distinct content words a statement needs to count fully as central: a short remark near
the centre of the talk ("Be what we were told, and they'd say yeah") says less."""


def central(vecs: Sequence[Vector], indices: Sequence[int]) -> list[int]:
    """``indices`` by closeness to the whole text's centre, closest first, a statement of few
    content words counting for less: in a transcript, which opens on greetings and the
    agenda, what the meeting was about."""
    centre = centroid(vecs)

    def closeness(i: int) -> float:
        return cosine(vecs[i], centre) * min(1.0, len(vecs[i]) / CENTRAL_WORDS)

    return sorted(indices, key=lambda i: (-closeness(i), i))


def fit_for_points(
    sentences: Sequence[Sentence], ranking: Sequence[int], weights: Weights = WEIGHTS
) -> list[int]:
    """The ranked sentences that may stand alone as the bottom line or a key point."""
    return [
        i
        for i in ranking
        if unfit_as_point(sentences[i].text) is None
        and (not weights.shaped_points or shape_ok(sentences[i], weights))
    ]


def the_ask(sentences: Sequence[Sentence], fit: Sequence[int]) -> int | None:
    """The first sentence, in reading order, asking for a decision ("The Board is asked to
    approve ..."): a paper's bottom line is its ask, not its news. None for a text that asks
    nothing, such as a news story."""
    return next((i for i in sorted(fit) if asks(sentences[i].text)), None)


def choose_key_points(
    text: str,
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    first: int,
    k: int,
) -> list[int]:
    """The ``k`` key points in ranked order: the news first, never a sentence that frames the
    text, heads a memo, quotes no one or opens on a pronoun; the first half go by rank, the
    rest each come from a part of the text not yet covered, while one is left."""
    fit = fit_for_points(sentences, ranking)
    order = [first, *(i for i in fit if i != first)] if first in fit else fit
    order = order or list(ranking)
    parts = parts_of(text, sentences)
    chosen = order[: (k + 1) // 2]
    rest = order[len(chosen) :]
    while len(chosen) < k and rest:
        covered = {parts[i] for i in chosen}
        pick = next((i for i in rest if parts[i] not in covered), rest[0])
        chosen.append(pick)
        rest.remove(pick)
    return chosen
