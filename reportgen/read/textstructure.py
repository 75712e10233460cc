"""A plain text's structure, read from its lines as a person reads a typed memo or report.

The text is never changed: blocks only record where the memo header, headings, lists, tables
and paragraphs lie in it. What each line is comes from the rules in
:mod:`reportgen.read._line_rules`; what it is *here* also depends on its neighbours, which
is decided by the ordered steps of :func:`parse`:

1. the lines are cut into groups at blank lines;
2. a group of header fields ("To: ... / From: ...") before the body is the memo header;
3. inside a group, runs of table rows and of list items are gathered first;
4. a short line alone, a numbered or lettered line that opens a group, a ``#`` line, an
   underlined line or a tab-indented label is a heading;
5. everything else is running text, one paragraph per group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportgen import _recache
from reportgen.read._finish import finish
from reportgen.read._line_rules import match
from reportgen.read.structure import (
    Block,
    Furniture,
    Heading,
    ListBlock,
    Metadata,
    Paragraph,
    Span,
    Structure,
    Table,
)

HEADING_WORDS = 12
"""A heading longer than this is a sentence that lost its full stop."""
HEADING_CHARS = 200
"""Nor is a line of one 9,000-character token a heading: it is text, kept as text."""
_CLOSING = ".!?;,\"'\u201d\u2019"
_ALIGNED = _recache.compile(r"\t+| {2,}")
_DIGIT = _recache.compile(r"\d")
_MIN_TABLE_ROWS = 3
_PROSE_CELL = 80
"""A cell longer than this, in a table without a header row, is a line of prose that holds a
bar ("p(w|D)"), not a cell."""
_WORD = _recache.compile(r"(?<!\S)[(\"']?[^\W\d_]{3,}[)\"',.:]?(?!\S)")
_YEARISH = _recache.compile(r"\d{4}(?:\s*[-–]\s*\d{2,4})?")


@dataclass(frozen=True, slots=True)
class _Line:
    raw: str
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.raw.strip()


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(body, pos, pos + len(body)))
        pos += len(raw)
    return out


def _groups(lines: Sequence[_Line]) -> list[list[_Line]]:
    groups: list[list[_Line]] = [[]]
    for line in lines:
        if line.text:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _headingish(text: str, colon: bool = False) -> bool:
    """Short, unpunctuated, starting with a capital or digit: how a heading looks. A colon
    inside ("KENYA: Total dead: 192") makes a figure, unless the line is marked as a heading
    some other way (``colon``: underlined)."""
    if len(text) > HEADING_CHARS:
        return False  # before counting words and letters: a paragraph can be a whole page
    words = text.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and sum(1 for c in text if c.isalpha()) * 2 >= len(text.replace(" ", ""))
        and _WORD.search(text) is not None
        and text[-1] not in _CLOSING
        and (text[0].isupper() or text[0].isdigit())
        and (colon or ": " not in text)
    )


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        self.summary: tuple[int, int] | None = None
        self.body_started = False
        self.next_first = ""
        """The first line of the group after the one being read: what a label introduces."""

    # --- step 2: the memo header -------------------------------------------------------
    def header(self, group: Sequence[_Line]) -> bool:
        """A group of header fields and markings before any body text: the memo header."""
        kinds = [
            "header_field"
            if match("header_field", ln.raw)
            else "marking"
            if match("marking", ln.raw)
            else ""
            for ln in group
        ]
        if not all(kinds) or (self.body_started and len(group) < 2):
            return False
        for line, kind in zip(group, kinds, strict=True):
            self.blocks.append(
                Furniture(
                    "header_field" if kind == "header_field" else "marking",
                    line.text,
                    line.start,
                    line.end,
                )
            )
        return True

    # --- step 3: tables and lists ------------------------------------------------------
    def table(self, group: Sequence[_Line], i: int) -> int:
        """Gather a pipe or column-aligned table starting at line ``i``; return lines used."""
        used = self._pipe_table(group, i)
        return used or self._aligned_table(group, i)

    def _pipe_table(self, group: Sequence[_Line], i: int) -> int:
        """Rows between pipes; without a separator row under a header, only rows of as many
        cells each, none of them prose (over :data:`_PROSE_CELL` characters)."""
        rows: list[tuple[str, ...]] = []
        header: tuple[str, ...] = ()
        j = i
        while j < len(group) and match("pipe_row", group[j].raw):
            if match("table_separator", group[j].raw):
                if len(rows) == 1 and not header:
                    header = rows.pop()
            else:
                rows.append(_cells(group[j].text))
            j += 1
        widths = {len(r) for r in rows} | ({len(header)} if header else set())
        if j - i < 2 or min(widths, default=0) < 2 or (not header and len(rows) < 2):
            return 0
        if not header and (len(widths) > 1 or any(len(c) > _PROSE_CELL for r in rows for c in r)):
            return 0  # "p(w|D) of our model ...": prose with bars in it, not a table

        self.blocks.append(Table(header, tuple(rows), "", group[i].start, group[j - 1].end))
        return j - i

    def _aligned_table(self, group: Sequence[_Line], i: int) -> int:
        j = i
        cells: list[tuple[str, ...]] = []
        while j < len(group):
            row = tuple(c.strip() for c in _ALIGNED.split(group[j].text) if c.strip())
            if len(row) < 2 or (cells and len(row) != len(cells[0])):
                break
            cells.append(row)
            j += 1
        numeric = sum(1 for row in cells if any(_DIGIT.search(c) for c in row[1:]))
        if len(cells) < _MIN_TABLE_ROWS or numeric < len(cells) // 2:
            return 0
        header, rows = (
            (cells[0], cells[1:]) if not _DIGIT.search(" ".join(cells[0])) else ((), cells)
        )
        self.blocks.append(Table(header, tuple(rows), "", group[i].start, group[j - 1].end))
        return j - i

    def items(self, group: Sequence[_Line], i: int) -> int:
        """Gather consecutive list items (and their indented continuation lines)."""
        spans: list[Span] = []
        ordered = False
        j = i
        while j < len(group):
            bullet = match("bullet", group[j].raw)
            found = bullet or match("numbered_item", group[j].raw)
            if found:
                ordered = ordered or bullet is None
                spans.append(
                    Span(found["text"], group[j].start + found.start("text"), group[j].end)
                )
            elif spans and group[j].raw[:1] in " \t" and not _ALIGNED.search(group[j].text):
                last = spans[-1]
                spans[-1] = Span(f"{last.text} {group[j].text}", last.start, group[j].end)
            else:
                break
            j += 1
        if spans:
            self.blocks.append(ListBlock(tuple(spans), ordered, spans[0].start, spans[-1].end))
        return j - i

    # --- step 4: headings --------------------------------------------------------------
    def heading(self, group: Sequence[_Line], i: int) -> Heading | None:
        line = group[i]
        alone = len(group) == 1
        nxt = group[i + 1] if i + 1 < len(group) else None
        if m := match("hash_heading", line.raw):
            return Heading(m["text"], len(m["marks"]), line.start, line.end)
        if nxt is not None and match("underline", nxt.raw) and _headingish(line.text, True):
            level = 1 if nxt.text.startswith("=") else 2
            return Heading(line.text, level, line.start, nxt.end)
        for rule in ("numbered_heading", "lettered_heading"):
            m = match(rule, line.raw)
            if (
                m
                and _headingish(m["text"])
                and (alone or i == 0)
                and not (nxt is not None and match(rule, nxt.raw))
            ):
                level = m["num"].count(".") + 1 if rule == "numbered_heading" else 1
                return Heading(m["text"].rstrip(":"), level, line.start, line.end)
        tabbed = _headingish(line.text) or _YEARISH.fullmatch(line.text)
        if line.raw.startswith("\t") and tabbed:
            return Heading(
                line.text, len(line.raw) - len(line.raw.lstrip("\t")), line.start, line.end
            )
        return self._plain_heading(line, alone, nxt)

    def _plain_heading(self, line: _Line, alone: bool, nxt: _Line | None) -> Heading | None:
        text = line.text
        label = text.endswith(":") and _headingish(text[:-1])
        ahead = nxt.raw if nxt is not None else self.next_first if alone else ""
        if label and (match("bullet", ahead) or match("numbered_item", ahead)):
            return Heading(text.rstrip(":").strip(), 3, line.start, line.end)
        if not _headingish(text):
            return None
        if _caps(text) and (alone or nxt is not None):
            return Heading(text, 1, line.start, line.end)
        return Heading(text, 2, line.start, line.end) if alone else None

    def _title(self, found: Heading, line: _Line) -> Heading:
        """The first heading, above all body text and not numbered, is the document's title
        (level 0)."""
        marked = (
            match("numbered_heading", line.raw)
            or match("lettered_heading", line.raw)
            or line.raw.startswith("\t")
            or found.level == 3
        )
        return found if marked else Heading(found.text, 0, found.start, found.end)

    # --- step 5 and the driver ---------------------------------------------------------
    def group(self, group: Sequence[_Line]) -> None:
        if not self.body_started and self.header(group):
            return
        para: list[_Line] = []

        def flush() -> None:
            if para:
                words = " ".join(ln.text for ln in para)
                self.blocks.append(Paragraph(words, para[0].start, para[-1].end))
                self.body_started = True
                para.clear()

        i = 0
        while i < len(group):
            line = group[i]
            used = self._special(group, i) if not para or line.raw[:1] not in " \t" else 0
            if used:
                flush()
                i += used
                continue
            para.append(line)
            i += 1
        flush()

    def _special(self, group: Sequence[_Line], i: int) -> int:
        """Lines used by a block that is not running text at line ``i``, or 0."""
        line = group[i]
        if match("marking", line.raw):
            self.blocks.append(Furniture("marking", line.text, line.start, line.end))
            return 1
        if match("dateline", line.raw):
            self.blocks.append(Furniture("dateline", line.text, line.start, line.end))
            return 1
        if m := match("summary_label", line.raw):
            self.summary = (line.start + m.start("text"), line.end)
            return 0
        found = self.heading(group, i)
        if found is not None:
            if not self.body_started and not any(isinstance(b, Heading) for b in self.blocks):
                found = self._title(found, line)
            self.blocks.append(found)
            return 2 if found.end > line.end else 1
        used = self.table(group, i) or self.items(group, i)
        if used:
            self.body_started = True
        return used


def _cells(row: str) -> tuple[str, ...]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(c.strip() for c in inner.split("|"))


def parse(text: str, meta: Metadata | None = None) -> Structure:
    """The structure of a plain text (see the module docstring for the steps)."""
    parser = _Parser(text)
    groups = _groups(_lines(text))
    for n, group in enumerate(groups):
        parser.next_first = groups[n + 1][0].raw if n + 1 < len(groups) else ""
        parser.group(group)
    return finish(meta or Metadata(), parser.blocks, parser.summary)
