"""Splitting a run of measured items into slides: as few as fit, then as even as they allow."""

from __future__ import annotations

from collections.abc import Sequence


def pack(heights: Sequence[float], max_items: int, room: float) -> list[range]:
    """Split consecutive items into as few slides as fit, as evenly as they allow; never reorders.

    Greedy filling finds how many slides are needed; the items are then spread over that many
    so that the fullest slide is as light as possible: a list reads 4 + 4 + 5, not 5 + 5 + 3,
    and no slide but a part's last is left a quarter full.
    """
    greedy = _greedy(heights, max_items, room)
    if len(greedy) < 2:
        return greedy
    return _even(heights, len(greedy), max_items, room)


def _even(heights: Sequence[float], slides: int, max_items: int, room: float) -> list[range]:
    """Linear partition into ``slides`` runs minimising the fullest run (items or height).

    Dynamic programming over cut points: O(slides × n²) on one part's items, which the content
    budget keeps to a few dozen.
    """
    n = len(heights)
    prefix = [0.0]
    for size in heights:
        prefix.append(prefix[-1] + size)

    def load(i: int, j: int) -> float:
        return max((j - i) / max_items, (prefix[j] - prefix[i]) / room)

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(slides + 1)]
    cut = [[0] * (n + 1) for _ in range(slides + 1)]
    best[0][0] = 0.0
    for k in range(1, slides + 1):
        for j in range(k, n + 1):
            for i in range(k - 1, j):
                cost = max(best[k - 1][i], load(i, j))
                if cost < best[k][j]:
                    best[k][j], cut[k][j] = cost, i
    runs: list[range] = []
    j = n
    for k in range(slides, 0, -1):
        i = cut[k][j]
        runs.append(range(i, j))
        j = i
    return runs[::-1]


def _greedy(heights: Sequence[float], max_items: int, room: float) -> list[range]:
    runs: list[range] = []
    start, used = 0, 0.0
    for i, size in enumerate(heights):
        if i > start and (i - start >= max_items or used + size > room):
            runs.append(range(start, i))
            start, used = i, 0.0
        used += size
    if heights:
        runs.append(range(start, len(heights)))
    return runs
