"""Sentences that say again what an earlier sentence said.

News pages repeat their lead under a photo ("Hotspot: Bulgaria's resort is a carbon copy of
Spain's"), agencies restate a fact in the closing paragraph, transcripts echo a line back. A
brief says each thing once, so a later sentence whose words (and figures) an earlier one
already has is never chosen: the earlier one stands for both. A later sentence that adds to
an earlier one is kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from reportgen import _recache
from reportgen.model import Sentence
from reportgen.summarize._tokens import content_words

SHARED = 0.8
"""Share of a later sentence's content words an earlier one must have for it to echo."""
FEWEST_WORDS = 3
"""A sentence of fewer content words than this ("Thank you very much.") echoes nothing."""
_RAREST = 3
"""An echo has most of its words in the earlier sentence, so one of its few rarest at least:
only sentences that share one are compared."""
_COMMON = 64
"""A word in more sentences than this finds no echo: a long document stays linear."""
_FIGURE = _recache.compile(r"\d[\d,.]*")
_LABEL = _recache.compile(r"^(?:[A-Z][\w.'\u2019-]*\s){0,4}[A-Z][\w.'\u2019-]*:\s+")
"""A speaker's or a caption's label ("Dr David Blaney: ", "Hotspot: "): not what is said."""


def echoes(
    sentences: Sequence[Sentence], vectors: Sequence[Mapping[str, float]] | None = None
) -> frozenset[int]:
    """Indexes of the sentences that repeat an earlier one: at least :data:`SHARED` of their
    content words, and all their figures, are in it. ``vectors``: the sentences' term
    vectors when already built (their keys are the content words), so none is read twice."""
    words = [
        _spoken(s.text, vectors[n] if vectors is not None else None)
        for n, s in enumerate(sentences)
    ]
    figures = [frozenset(_FIGURE.findall(s.text)) for s in sentences]
    df = Counter(w for ws in words for w in ws)
    seen: dict[str, list[int]] = defaultdict(list)
    out: set[int] = set()
    for j, ws in enumerate(words):
        rare = [w for w in sorted(ws, key=lambda w: (df[w], w))[:_RAREST] if df[w] <= _COMMON]
        earlier = {i for w in rare for i in seen[w]}
        if len(ws) >= FEWEST_WORDS and any(
            len(words[i] & ws) >= SHARED * len(ws) and figures[j] <= figures[i] for i in earlier
        ):
            out.add(j)
            continue
        for w in ws:
            if df[w] <= _COMMON:
                seen[w].append(j)
    return frozenset(out)


def _spoken(text: str, vector: Mapping[str, float] | None) -> frozenset[str]:
    """The content words of ``text`` past its label (from its vector when there is one)."""
    label = _LABEL.match(text)
    if vector is None:
        return frozenset(content_words(text[label.end() :] if label else text))
    words = frozenset(vector)
    return words - frozenset(content_words(label.group())) if label else words
