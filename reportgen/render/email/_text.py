"""Plan → the plain-text body: underlined headings, "- " bullets, "WHEN — event" rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, assert_never

from reportgen.layout.blocks import (
    ActorList,
    Block,
    Bullets,
    Callout,
    Para,
    TableBlock,
    TimelineRows,
    is_figure,
)
from reportgen.text import clean_inline

if TYPE_CHECKING:
    from reportgen.layout import Plan

WIDTH = 78
"""Columns per line (RFC 5322's advice); only a word wider than this may overflow."""


def tentative_mark(precision: str) -> str:
    """How both bodies mark a relative or approximate date: by its precision in words, as the
    Word document and the slides do ("(relative)", "(approximate)")."""
    return f"({precision})"


# CJK punctuation that must not start a line, and brackets that must not end one.
_NO_LINE_START = frozenset("、。，．：；！？）」』】〕〉》〗〙〛ー・々…‥,.;:!?)]}%")
_NO_LINE_END = frozenset("（「『【〔〈《〖〘〚([{")


def text_body(
    plan: Plan, attachments: Mapping[str, bytes], elsewhere: tuple[str, ...] | None = None
) -> str:
    """The brief as plain text, every plan part in order, then the attached file names.

    ``elsewhere`` (the short body) lists what only the attached brief holds; None: the plan
    is the whole brief.
    """
    lines: list[str] = []
    if clean_inline(plan.meta.marking):
        lines += [clean_inline(plan.meta.marking), ""]
    lines += _heading(clean_inline(plan.title) or "Briefing", "=")
    if clean_inline(plan.subtitle):
        lines += wrap(plan.subtitle)
    for part in plan.parts:
        lines += ["", *_heading(part.heading, "-")]
        for i, block in enumerate(part.blocks):
            lines += ([""] if i else []) + _block(block)
    if elsewhere is not None:
        lines += ["", *wrap(more_line(elsewhere, attachments))]
    if attachments:
        lines += ["", *wrap(attached_line(attachments))]
    return "\n".join(lines) + "\n"


def more_line(elsewhere: tuple[str, ...], attachments: Mapping[str, bytes]) -> str:
    """The short body's pointer to the whole brief: which file, and what it adds."""
    pdfs = [clean_inline(name) for name in attachments if name.lower().endswith(".pdf")]
    where = f"the attached {pdfs[0]}" if pdfs else "the full brief"
    if not elsewhere:
        return f"The whole brief is in {where}."
    return f"More in {where}: " + "; ".join(clean_inline(e) for e in elsewhere) + "."


def attached_line(attachments: Mapping[str, bytes]) -> str:
    """The line both bodies end with: ``Attached: a.pdf (48 KB), …``."""
    names = [f"{clean_inline(name)} ({_size(len(data))})" for name, data in attachments.items()]
    return "Attached: " + ", ".join(names)


def _block(block: Block) -> list[str]:
    match block:
        case Callout(text) | Para(text):
            return wrap(text)
        case Bullets(items):
            return [line for item in items for line in wrap(item, "- ", "  ")]
        case TimelineRows(rows):
            out: list[str] = []
            for row in rows:
                mark = f" {tentative_mark(row.precision)}" if row.tentative else ""
                when = clean_inline(row.when) + mark
                out += wrap(f"{when} \u2014 {row.event}", "", "    ")
            return out
        case ActorList(label, entries):
            return _actors(label, entries)
        case TableBlock():
            return _table(block)
        case _:
            assert_never(block)


def _table(block: TableBlock) -> list[str]:
    """A table in columns padded to their widest cell, figures right-aligned; a caption under."""
    rows = [block.padded(r) for r in block.all_rows]
    cells = [[clean_inline(c) for c in row] for row in rows]
    widths = [max(width(row[c]) for row in cells) for c in range(block.width)]

    def line(row: list[str]) -> str:
        out = []
        for cell, w in zip(row, widths, strict=True):
            pad = " " * (w - width(cell))
            out.append(pad + cell if is_figure(cell) else cell + pad)
        return "  ".join(out).rstrip()

    lines = [line(row) for row in cells]
    if block.header:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return lines + (wrap(block.caption) if clean_inline(block.caption) else [])


def _actors(label: str, entries: tuple[tuple[str, str], ...]) -> list[str]:
    """People with roles as bullets; bare names (places, groups) as one wrapped line."""
    if any(detail for _, detail in entries):
        lines = [f"{clean_inline(label)}:"]
        for name, detail in entries:
            lines += wrap(f"{name} \u2014 {detail}" if clean_inline(detail) else name, "- ", "  ")
        return lines
    return wrap(f"{label}: " + ", ".join(name for name, _ in entries))


def wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    """Fill lines to WIDTH columns; CJK breaks between characters, other words never break."""
    lines: list[str] = []
    line, used = first, width(first)
    empty = True
    for atom, spaced in _atoms(clean_inline(text)):
        size = width(atom) + (1 if spaced and not empty else 0)
        if not empty and used + size > WIDTH:
            lines.append(line.rstrip())
            line, used, size = rest + atom, width(rest), width(atom)
        else:
            line += (" " if spaced and not empty else "") + atom
        used += size
        empty = False
    if not empty:
        lines.append(line.rstrip())
    return lines


def _atoms(text: str) -> Iterator[tuple[str, bool]]:
    """Yield (unit that never breaks, whether a space precedes it)."""
    for word in text.split(" "):
        if not word:
            continue
        pieces: list[str] = []
        for ch in word:
            wide = _is_wide(ch)
            if pieces and (
                ch in _NO_LINE_START
                or _is_combining(ch)
                or pieces[-1][-1] in _NO_LINE_END
                or not (wide or _is_wide(pieces[-1][-1]))
            ):
                pieces[-1] += ch
            else:
                pieces.append(ch)
        yield pieces[0], True
        for piece in pieces[1:]:
            yield piece, False


def width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    return sum(2 if _is_wide(ch) else 0 if _is_combining(ch) else 1 for ch in text)


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _is_combining(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf") or ch == "\u200d"


def _heading(text: str, char: str) -> list[str]:
    """A heading wrapped like any text, underlined as wide as its widest line."""
    lines = wrap(text) or [""]
    return [*lines, char * max(3, min(WIDTH, max(width(line) for line in lines)))]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{round(n / 1024)} KB"
    return f"{n / (1024 * 1024):.1f} MB"
