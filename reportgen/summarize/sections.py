"""Group the kept sentences into topical sections, each sentence in exactly one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportgen.model import Section, Sentence
from reportgen.summarize._phrases import content_heading, document_phrases
from reportgen.summarize._tokens import as_whole_words
from reportgen.summarize._topics import ORDER, TOPICS, topic_scores
from reportgen.summarize.parts import Part
from reportgen.summarize.salience import Vector, centroid, cosine

MAX_SECTIONS = 7
DUPLICATE = 0.8
"""Cosine above which a sentence repeats one already kept and is dropped."""
_HEADINGS = {t.key: t.heading for t in TOPICS}
_FEW_TOPICS = 3
"""A brief with room for few sentences still shows up to this many topics, one each."""
_SPREAD_WINDOW = 3
"""Topics are spread over the best ``limit`` times this many sentences, no lower."""
_HEADING_NAME_WORDS = 3
"""Longer names ("International Committee of the Red Cross") make a heading run over."""


def group_sections(
    sentences: Sequence[Sentence],
    vecs: Sequence[Vector],
    ranking: Sequence[int],
    limit: int,
    names: Sequence[str] = (),
) -> tuple[Section, ...]:
    """Keep the best ``limit`` sentences, label each by topic, and order topics for reading.

    ``names`` are the document's actors, from which the parts of a topic split in two take
    their distinguishing word.
    """
    kept = _keep(vecs, _spread(sentences, ranking, limit), limit)
    if not kept:
        return ()
    labels = _label([sentences[i] for i in kept])
    groups: dict[str, list[int]] = {}
    for i, label in zip(kept, labels, strict=True):
        groups.setdefault(label, []).append(i)
    wanted = min(MAX_SECTIONS, max(len(kept) // 2, min(len(kept), _FEW_TOPICS)))
    groups = _merge_small(groups, vecs, wanted)
    groups = _split_large(groups, max(8, limit // 3))
    ordered = sorted(groups.items(), key=lambda kv: (ORDER.get(kv[0].split("#")[0], 99), kv[1][0]))
    headings = _headings(ordered, sentences, names)
    return tuple(
        Section(h, tuple(sentences[i].text for i in idx), tuple(idx))
        for h, (_, idx) in zip(headings, ordered, strict=True)
    )


def sections_by_speaker(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    limit: int,
    speaker: Sequence[str | None],
) -> tuple[Section, ...]:
    """A transcript's best ``limit`` sentences under who said them, in the order the speakers
    first speak: a meeting's substance is what each side said, and cue-word topics tuned to
    news would name its parts wrongly. Past :data:`MAX_SECTIONS` speakers, those who say least
    share an "Other speakers" section."""
    kept = sorted(i for i in ranking[:limit] if speaker[i] is not None)
    by: dict[str, list[int]] = {}
    for i in kept:
        by.setdefault(speaker[i] or "", []).append(i)
    if len(by) > MAX_SECTIONS:
        keep = sorted(by, key=lambda k: -len(by[k]))[: MAX_SECTIONS - 1]
        rest = sorted(i for k, idx in by.items() if k not in keep for i in idx)
        by = {k: v for k, v in by.items() if k in keep} | {OTHER_SPEAKERS: rest}
    return tuple(
        Section(who, tuple(sentences[i].text for i in idx), tuple(idx)) for who, idx in by.items()
    )


OTHER_SPEAKERS = "Other speakers"


def sections_from_parts(
    parts: Sequence[Part], ranking: Sequence[int], limit: int, sentences: Sequence[Sentence]
) -> tuple[Section, ...]:
    """One section per part of the document, under its own heading and in its order.

    The ``limit`` sentences are shared out by each part's length, every part with body text
    keeping at least its best sentence while there are no more such parts than ``limit``
    (past that, the parts whose best sentences rank highest); within a part the best ones are
    kept, in the document's order. A part that holds only a table keeps its place with no
    points.
    """
    rank = {i: n for n, i in enumerate(ranking)}
    sizes = [sum(1 for i in p.sentences if i in rank) for p in parts]
    best_of = [min((rank[i] for i in p.sentences if i in rank), default=None) for p in parts]
    shown = sorted((b, n) for n, b in enumerate(best_of) if b is not None)[: max(limit, 1)]
    said = {n for _, n in shown}
    total = sum(size for n, size in enumerate(sizes) if n in said) or 1
    out: list[Section] = []
    for n, (part, size) in enumerate(zip(parts, sizes, strict=True)):
        share = max(1, round(limit * size / total)) if n in said else 0
        best = sorted((i for i in part.sentences if i in rank), key=rank.__getitem__)[:share]
        kept = sorted(best)
        if kept or part.tables:
            out.append(Section(part.heading, tuple(sentences[i].text for i in kept), tuple(kept)))
    return tuple(out)


def _spread(sentences: Sequence[Sentence], ranking: Sequence[int], limit: int) -> list[int]:
    """The ranking with the best sentence of each topic first (among the best few): a brief
    with room for few sentences covers the document's topics, not its favourite one."""
    firsts: dict[str, int] = {}
    for i in ranking[: limit * _SPREAD_WINDOW]:
        scores = topic_scores(sentences[i].text)
        best = max(scores, key=scores.__getitem__)
        if scores[best] > 0:
            firsts.setdefault(best, i)
    lead = sorted(firsts.values(), key=list(ranking).index)
    return [*lead, *(i for i in ranking if i not in firsts.values())]


def _keep(vecs: Sequence[Vector], ranking: Sequence[int], limit: int) -> list[int]:
    """The best sentences up to ``limit``, skipping near-repeats; returned in document order."""
    kept: list[int] = []
    for i in ranking:
        if len(kept) >= limit:
            break
        if any(cosine(vecs[i], vecs[j]) > DUPLICATE for j in kept):
            continue
        kept.append(i)
    return sorted(kept)


def _label(sentences: Sequence[Sentence]) -> list[str]:
    """Strongest topic per sentence; weak or tied sentences follow their neighbour (cohesion)."""
    scores = [topic_scores(s.text) for s in sentences]
    labels: list[str] = []
    for n, sc in enumerate(scores):
        best = max(sc.values())
        tied = [k for k, v in sc.items() if v == best]
        if best == 0 or len(tied) > 1:
            previous = labels[n - 1] if n else None
            if previous and (best == 0 or previous in tied):
                labels.append(previous)
                continue
        labels.append(tied[0] if best else "current")
    return labels


def _merge_small(
    groups: dict[str, list[int]], vecs: Sequence[Vector], wanted: int
) -> dict[str, list[int]]:
    """Fold the smallest topic into its lexically closest one until the count fits."""
    groups = {k: list(v) for k, v in groups.items()}
    while len(groups) > 1:
        sizes = sorted(groups, key=lambda k: (len(groups[k]), -ORDER.get(k, 0)))
        small = sizes[0]
        if len(groups) <= wanted and (len(groups[small]) > 1 or len(groups) <= 3):
            break
        centre = centroid([vecs[i] for i in groups[small]])
        target = max(
            (k for k in groups if k != small),
            key=lambda k: cosine(centre, centroid([vecs[i] for i in groups[k]])),
        )
        groups[target] = sorted(groups[target] + groups.pop(small))
    return groups


def _split_large(groups: dict[str, list[int]], most: int) -> dict[str, list[int]]:
    """A topic with many points becomes consecutive parts, while the section count allows."""
    spare = MAX_SECTIONS - len(groups)
    out: dict[str, list[int]] = {}
    for key, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        parts = min(-(-len(idx) // most), spare + 1)
        if parts <= 1:
            out[key] = idx
            continue
        spare -= parts - 1
        size = -(-len(idx) // parts)
        for n in range(parts):
            out[f"{key}#{n}"] = idx[n * size : (n + 1) * size]
    return out


def _headings(
    ordered: list[tuple[str, list[int]]], sentences: Sequence[Sentence], names: Sequence[str]
) -> list[str]:
    """The topic's heading; the parts of a split topic add the actor that sets them apart
    ("Security and fighting: Homs"), or read "(continued)" when none does."""
    texts = [" ".join(sentences[i].text for i in idx) for _, idx in ordered]
    topic_texts: dict[str, list[str]] = {}
    for key, idx in ordered:
        topic_texts.setdefault(key.split("#")[0], []).extend(sentences[i].text for i in idx)
    document: Counter[str] | None = None

    def named(n: int, idx: list[int]) -> str:
        nonlocal document
        group = [sentences[i].text for i in idx]
        others = [t for m, t in enumerate(texts) if m != n]
        found = content_heading(group, others)
        if not found:  # too few points to repeat a phrase: the document's own repeats name it
            document = (
                document if document is not None else document_phrases([s.text for s in sentences])
            )
            found = content_heading(group, others, document)
        return found or "Other points"

    bases = [
        _HEADINGS[key.split("#")[0]]
        if _template_fits(key.split("#")[0], topic_texts[key.split("#")[0]])
        else named(n, idx)
        for n, (key, idx) in enumerate(ordered)
    ]
    mentions = {
        name: [len(pattern.findall(text)) for text in texts]
        for name in names
        if len(name.split()) <= _HEADING_NAME_WORDS
        for pattern in [as_whole_words(name)]
    }
    out: list[str] = []
    for n, base in enumerate(bases):
        siblings = [m for m, other in enumerate(bases) if other == base]
        if len(siblings) == 1:
            out.append(base)
            continue
        name = _distinctive(n, siblings, mentions, out)
        if name:
            out.append(f"{base}: {name}")
        else:
            out.append(base if n == siblings[0] else f"{base} (continued)")
    return out


TEMPLATE_FIT = 1.0
"""Cue hits per sentence a group needs for a template heading ("Humanitarian impact"):
fewer, and its own words name it instead."""


def _template_fits(key: str, texts: Sequence[str]) -> bool:
    if key not in _HEADINGS or not texts:
        return False
    hits = sum(topic_scores(t)[key] for t in texts)
    return hits / len(texts) >= TEMPLATE_FIT


def _distinctive(
    n: int, siblings: list[int], mentions: dict[str, list[int]], taken: list[str]
) -> str:
    """The actor named most in part ``n`` and in none of its sibling parts, if any is."""
    counts = {
        name: per_part[n]
        for name, per_part in mentions.items()
        if not any(per_part[m] for m in siblings if m != n)
        and not any(t.endswith(f": {name}") for t in taken)
    }
    best = max(counts, key=lambda name: (counts[name], len(name)), default="")
    return best if counts.get(best) else ""
