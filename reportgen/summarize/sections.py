"""Group the kept sentences into topical sections, each sentence in exactly one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportgen.model import Section, Sentence
from reportgen.summarize._tokens import content_words, fold
from reportgen.summarize._topics import ORDER, TOPICS, topic_scores
from reportgen.summarize.salience import Vector, centroid, cosine

MAX_SECTIONS = 7
DUPLICATE = 0.8
"""Cosine above which a sentence repeats one already kept and is dropped."""
_HEADINGS = {t.key: t.heading for t in TOPICS}


def group_sections(
    sentences: Sequence[Sentence], vecs: Sequence[Vector], ranking: Sequence[int], limit: int
) -> tuple[Section, ...]:
    """Keep the best ``limit`` sentences, label each by topic, and order topics for reading."""
    kept = _keep(vecs, ranking, limit)
    if not kept:
        return ()
    labels = _label([sentences[i] for i in kept])
    groups: dict[str, list[int]] = {}
    for i, label in zip(kept, labels, strict=True):
        groups.setdefault(label, []).append(i)
    wanted = max(1, min(MAX_SECTIONS, len(kept) // 2))
    groups = _merge_small(groups, vecs, wanted)
    groups = _split_large(groups, max(8, limit // 3))
    ordered = sorted(groups.items(), key=lambda kv: (ORDER.get(kv[0].split("#")[0], 99), kv[1][0]))
    headings = _headings(ordered, sentences)
    return tuple(
        Section(h, tuple(sentences[i].text for i in idx), tuple(idx))
        for h, (_, idx) in zip(headings, ordered, strict=True)
    )


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


def _headings(ordered: list[tuple[str, list[int]]], sentences: Sequence[Sentence]) -> list[str]:
    """The topic's heading; parts of a split topic add their most distinctive term."""
    bags = [Counter(content_words(" ".join(sentences[i].text for i in idx))) for _, idx in ordered]
    everywhere = Counter[str]()
    for bag in bags:
        everywhere.update(bag.keys())
    out = []
    used: set[str] = set()
    for (key, idx), bag in zip(ordered, bags, strict=True):
        base = _HEADINGS.get(key.split("#")[0], "Other points")
        if "#" in key or base in used:
            term = _distinctive(bag, everywhere, sentences, idx)
            base = f"{base}: {term}" if term else f"{base} ({len(used) + 1})"
        used.add(base)
        out.append(base)
    return out


def _distinctive(
    bag: Counter[str], everywhere: Counter[str], sentences: Sequence[Sentence], idx: list[int]
) -> str:
    """The name or noun most frequent here and rarest elsewhere, as the text spells it."""
    spelled: dict[str, str] = {}
    for i in idx:
        words = sentences[i].text.replace(",", " ").split()
        for n, raw in enumerate(words):
            word = raw.strip(".;:'\"()")
            key = fold(word.lower())
            if key in bag and (n > 0 and word[:1].isupper() or key not in spelled):
                spelled[key] = word
    nouns = [w for w in bag if not w.endswith(("ed", "ing", "ly")) and w in spelled]
    if not nouns:
        return ""
    top = max(nouns, key=lambda w: (bag[w] / everywhere[w], spelled[w][:1].isupper(), bag[w], w))
    word = spelled[top].removesuffix("'s").removesuffix("\u2019s")
    return word[:1].upper() + word[1:]
