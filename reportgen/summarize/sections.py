"""Group sentences into topical sections, each sentence in at most one."""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.model import Section, Sentence


def group_sections(sentences: Sequence[Sentence], keep: Sequence[int]) -> tuple[Section, ...]:
    """Consecutive runs of kept sentences, a few per section."""
    kept = [sentences[i] for i in sorted(keep)]
    size = max(3, -(-len(kept) // 4))
    out = []
    for n, i in enumerate(range(0, len(kept), size), 1):
        run = kept[i : i + size]
        out.append(Section(f"Part {n}", tuple(s.text for s in run), tuple(s.index for s in run)))
    return tuple(out)
