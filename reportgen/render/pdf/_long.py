"""Over-long text cut before reportlab lays it out, so its cost grows with the text's length.

reportlab splits a word wider than its line by re-measuring what is left of it, and re-wraps
what is left of a paragraph or a table cell on every page it runs onto: both cost the square of
the length (a paragraph holding one 400 KB token took minutes). So text is cut here first:

* a text longer than :data:`LONG_TEXT` characters is cut into several paragraphs, at a space
  when one is in reach, else between two grapheme clusters (see :func:`chunks`);
* a token wider than its line is cut between grapheme clusters, so a letter keeps its combining
  marks and an emoji sequence stays whole, into pieces that each fill one line, measured with
  the widths of the faces that will draw it (see :func:`line_pieces`). The pieces are set apart
  by forced line breaks, never by spaces, so the text reads back whole.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics

from reportgen import _recache

LONG_TEXT = 4000
"""Characters of one paragraph flowable (about 50 lines of body text): a text past it becomes
several, each laid out on its own, so no page re-wraps more than this."""
WIDE_TOKEN = 12
"""Tokens with fewer characters are never measured: none is wider than a table column."""
FILL = 0.98
"""Share of the line a piece of a cut token fills, so rounding never pushes it over."""

_SPACES = _recache.compile(r"\s+")
_SPLIT = _recache.compile(r"(\s+)")

Measure = Callable[[str], list[tuple[str, float]]]
"""A token's grapheme clusters, as drawn, each with its width in points."""


@cache
def _graphemes() -> Any:
    """The grapheme-cluster pattern, compiled when a token first needs cutting: most briefs
    never do, and the ``regex`` module costs a cold run more to import than the cut itself."""
    import regex

    return regex.compile(r"\X")


def chunks(text: str, most: int = LONG_TEXT) -> list[str]:
    """``text`` in consecutive parts of at most ``most`` characters.

    Each part ends at the last space in reach (the space itself is dropped: the parts are
    separate paragraphs), else between two grapheme clusters, so nothing else is lost. A single
    cluster longer than ``most`` (a letter under thousands of marks) stays whole in one part.
    """
    if len(text) <= most:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > most:
        end = start + most
        spaces = list(_SPACES.finditer(text, start + 1, end + 1))
        if spaces:
            space = spaces[-1]
            out.append(text[start : space.start()])
            start = space.end()
            continue
        cut = _cluster_edge(text, start, end)
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return [part for part in out if part.strip()]


def _cluster_edge(text: str, start: int, end: int) -> int:
    """The last grapheme-cluster boundary at or before ``end`` (past ``start``), else the first
    one after it."""
    edge = start
    for cluster in _graphemes().finditer(text, start):
        after = int(cluster.end())
        if after > end and edge > start:
            return edge
        edge = after
        if edge >= end:
            return edge
    return edge


def line_pieces(token: str, measure: Measure, line: float) -> list[str]:
    """``token`` as drawn, cut between grapheme clusters into pieces no wider than ``line``
    (the last one may be narrower); a token that fits is one piece."""
    pieces: list[str] = []
    current: list[str] = []
    used = 0.0
    room = line * FILL
    for cluster, width in measure(token):
        if current and used + width > room:
            pieces.append("".join(current))
            current, used = [], 0.0
        current.append(cluster)
        used += width
    if current:
        pieces.append("".join(current))
    return pieces


def lines_of(text: str, measure: Measure, line: float) -> list[str]:
    """``text`` as runs of words to be joined by forced line breaks: every token wider than
    ``line`` is cut by :func:`line_pieces`, each piece on a line of its own; the last piece
    shares its line with the words after it, as a short word would."""
    out: list[str] = [""]
    for part in _SPLIT.split(text):
        if len(part) < WIDE_TOKEN or part[0].isspace():
            out[-1] += part
            continue
        pieces = line_pieces(part, measure, line)
        if len(pieces) == 1:
            out[-1] += part
            continue
        if out[-1].strip():
            out[-1] = out[-1].rstrip()
            out.append(pieces[0])
        else:
            out[-1] = pieces[0]
        out.extend(pieces[1:])
    return out


def line_groups(lines: list[str], most: int = LONG_TEXT) -> list[list[str]]:
    """Consecutive lines gathered into groups of at most ``most`` characters (a longer line
    alone), each group one paragraph."""
    groups: list[list[str]] = []
    size = most + 1
    for line in lines:
        if size + len(line) > most:
            groups.append([])
            size = 0
        groups[-1].append(line)
        size += len(line)
    return groups


@lru_cache(maxsize=4096)
def char_width(ch: str, face: str, size: float) -> float:
    """One character's advance in ``face`` at ``size`` points (a token repeats its letters)."""
    return float(pdfmetrics.stringWidth(ch, face, size))


def clusters(text: str, faces: list[str], size: float) -> list[tuple[str, float]]:
    """``text``'s grapheme clusters with their widths, ``faces[i]`` drawing ``text[i]``."""
    out: list[tuple[str, float]] = []
    for m in _graphemes().finditer(text):
        a, b = int(m.start()), int(m.end())
        out.append((text[a:b], sum(char_width(text[i], faces[i], size) for i in range(a, b))))
    return out
