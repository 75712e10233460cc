"""Plan → platypus story: the title block, then each part's heading and blocks, in plan order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias, assert_never

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reportgen.layout import (
    ActorList,
    Block,
    Bullets,
    Callout,
    Para,
    TableBlock,
    TimelineRows,
    glance,
)
from reportgen.layout.blocks import is_figure
from reportgen.layout.plan import RUN_IN
from reportgen.render.pdf._long import (
    LONG_TEXT,
    char_width,
    chunks,
    clusters,
    line_groups,
    lines_of,
)
from reportgen.render.pdf._shaping import BidiParagraph, needs_bidi
from reportgen.render.pdf._styles import color
from reportgen.render.pdf._timeline import TimelineDrawing, TimelineStrip, dates_width

if TYPE_CHECKING:
    from reportgen.layout import Plan, Theme, TimelineRow
    from reportgen.render.pdf._fonts import FontSet
    from reportgen.render.pdf._styles import Styles

TENTATIVE_MARK = "~"
"""Prefix of timeline dates that are relative or approximate (also italic and coloured)."""
_TENTATIVE_LEGEND = f"{TENTATIVE_MARK} italic dates are approximate or relative to another event."
_HOLLOW_LEGEND = "Hollow markers and italic dates are approximate or relative to another event."
_PAD = 4.0
_PRINTABLE = frozenset(range(0x20, 0x7F))
"""Printable ASCII: each character its own grapheme cluster, all in the body face."""
_CALLOUT_PAD = 10.0
FRAME_HEIGHT = 640.0
"""Height of the smaller page frame the PDF is laid out on (Letter; A4's is taller), in points."""


@dataclass(frozen=True, slots=True)
class Context:
    fonts: FontSet
    styles: Styles
    theme: Theme
    width: float
    """Width of the text frame in points."""
    rtl: bool = False
    """The document reads right to left (its language is Arabic, Hebrew, ...): headings, names and
    table columns follow it. Running text takes its direction from its own first strong letter."""

    @property
    def frame_direction(self) -> bool | None:
        """``right`` for text aligned by the document: True in a right-to-left one, else None."""
        return True if self.rtl else None


def text(
    ctx: Context,
    value: str,
    style: ParagraphStyle,
    *,
    bold: bool = False,
    italic: bool = False,
    bullet: str | None = None,
    right: bool | None = None,
    width: float | None = None,
) -> Flowable:
    """One paragraph of data text: escaped, font runs marked, right-to-left text shaped and ordered.

    ``bold``/``italic`` must say what ``style``'s own font is, so runs in it are left bare;
    ``right`` sets the alignment: True right-aligns even text without right-to-left letters,
    None aligns text to the side its own first strong letter reads from. ``width`` is that of
    the box the text is set in (default: the frame's); a token wider than its lines is cut to
    them here (see ``_long``), so reportlab never splits a word itself.
    """
    if needs_bidi(value) or right is True:
        return BidiParagraph(
            value, style, ctx.fonts, bold=bold, italic=italic, right=right, bullet=bullet
        )
    lines = _lines(ctx, value, style, bold=bold, italic=italic, width=width)
    return _paragraph(ctx, lines, style, bold=bold, italic=italic, bullet=bullet)


def _lines(
    ctx: Context,
    value: str,
    style: ParagraphStyle,
    *,
    bold: bool,
    italic: bool,
    width: float | None,
) -> list[str]:
    """``value`` as runs of words set apart by forced line breaks (``_long.lines_of``)."""
    line = (width if width is not None else ctx.width) - style.leftIndent - style.rightIndent
    line -= max(style.firstLineIndent, 0)

    body = ctx.fonts.face_for(bold, italic)

    def measure(token: str) -> list[tuple[str, float]]:
        if token.isascii() and token.isprintable() and body.cmap >= _PRINTABLE:
            return [(ch, char_width(ch, body.name, style.fontSize)) for ch in token]
        drawn = ctx.fonts.runs(token, bold=bold, italic=italic)
        faces = [face.name for face, run in drawn for _ in run]
        return clusters("".join(run for _, run in drawn), faces, style.fontSize)

    return lines_of(value, measure, max(line, style.fontSize))


def _paragraph(
    ctx: Context,
    lines: list[str],
    style: ParagraphStyle,
    *,
    bold: bool,
    italic: bool,
    bullet: str | None,
) -> Flowable:
    markup = "<br/>".join(ctx.fonts.markup(line, bold=bold, italic=italic) for line in lines)
    if any(map(_has_cjk, lines)):  # break between ideographs, never before a closing mark
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return WrapOnce(markup, style, bulletText=bullet)


def paragraphs(
    ctx: Context,
    value: str,
    style: ParagraphStyle,
    *,
    bold: bool = False,
    italic: bool = False,
    bullet: str | None = None,
    right: bool | None = None,
    width: float | None = None,
) -> list[Flowable]:
    """Text of any length as flowables that each lay out on their own (see :func:`text`).

    A text past ``_long.LONG_TEXT`` characters is several paragraphs with no space between
    them, the bullet on the first: reportlab re-wraps what is left of one paragraph on every
    page it runs onto, so one of a whole book's length would cost the square of it. A cut
    token's pieces are grouped whole, so the parts meet at a line's end.
    """
    if len(value) <= LONG_TEXT:
        flowable = text(
            ctx, value, style, bold=bold, italic=italic, bullet=bullet, right=right, width=width
        )
        return [flowable]
    bidi = needs_bidi(value) or right is True
    if bidi:
        groups = [[part] for part in chunks(value)]
    else:
        lines = _lines(ctx, value, style, bold=bold, italic=italic, width=width)
        groups = line_groups([part for line in lines for part in chunks(line)])
    last = len(groups) - 1
    middle = ParagraphStyle(f"{style.name}-part", parent=style, spaceBefore=0, spaceAfter=0)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    end = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    out: list[Flowable] = []
    for i, group in enumerate(groups):
        shown = first if i == 0 else end if i == last else middle
        mark = bullet if i == 0 else None
        if bidi:
            out.append(
                BidiParagraph(
                    group[0], shown, ctx.fonts, bold=bold, italic=italic, right=right, bullet=mark
                )
            )
        else:
            out.append(_paragraph(ctx, group, shown, bold=bold, italic=italic, bullet=mark))
    return out


class WrapOnce(Paragraph):  # type: ignore[misc]
    """A paragraph that keeps its lines while its width stays the same.

    A table splitting a tall row over pages measures every cell of what is left of it again on
    each page; a paragraph that re-broke its lines each time would make that cost the square
    of the row's length. Lines depend on the width alone, never on the height offered.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth and self._has_lines():
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, (float(size[0]), float(size[1])))
        return self._wrapped[1]

    def _has_lines(self) -> bool:
        """False after a split that found no room: reportlab drops the lines it had."""
        return hasattr(self, "blPara")


def _has_cjk(value: str) -> bool:
    return any(
        0x3000 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or cp >= 0x20000
        for cp in map(ord, value)
    )


TITLE_LINES = 2
"""Lines a title is set on when a smaller size (down to :data:`SMALLEST_TITLE`) allows it."""
SMALLEST_TITLE = 0.75
"""Share of the theme's title size a long title may be set at."""
_TITLE_STEP = 0.05


def _title(ctx: Context, title: str) -> Flowable:
    """The title at the theme's size, or as much smaller as sets it on :data:`TITLE_LINES`
    lines: a long headline's third line costs page one what a key point needs. A title too
    long for that at any size keeps the theme's, on as many lines as it takes."""
    style = ctx.styles.title
    steps = round((1 - SMALLEST_TITLE) / _TITLE_STEP)
    full: Flowable | None = None
    for step in range(steps + 1):
        scale = 1 - step * _TITLE_STEP
        sized = ParagraphStyle(
            f"title-{scale:.2f}",
            parent=style,
            fontSize=style.fontSize * scale,
            leading=style.leading * scale,
        )
        flowable = text(ctx, title, sized, bold=True, right=ctx.frame_direction)
        _, height = flowable.wrap(ctx.width, 1e6)
        if height <= sized.leading * TITLE_LINES + 0.5:
            return flowable
        full = full or flowable
    assert full is not None
    return full


def story(plan: Plan, ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [
        _title(ctx, plan.title),
        text(ctx, plan.subtitle, s.subtitle, right=ctx.frame_direction),
        HRFlowable(width="100%", thickness=1.2, color=color(ctx.theme.accent), spaceAfter=4),
    ]
    for part in plan.parts:
        heading = text(ctx, part.heading, s.heading, bold=True, right=ctx.frame_direction)
        heading.outline_title = part.heading
        if part.kind == "timeline":  # one drawing per chunk: split where the deck splits
            rows = [r for b in part.blocks if isinstance(b, TimelineRows) for r in b.rows]
            width = dates_width(ctx, rows)
            blocks = [block for c in part.chunks for block in c.blocks]
            last = max((n for n, b in enumerate(blocks) if isinstance(b, TimelineRows)), default=-1)
            # One legend, under the last chunk, for the whole timeline.
            legend = any(r.tentative for r in rows)
            body = [
                f
                for n, block in enumerate(blocks)
                for f in (
                    _timeline(ctx, block.rows, width, legend=legend and n == last)
                    if isinstance(block, TimelineRows)
                    else _emit(ctx, block)
                )
            ]
        else:
            body = [f for block in part.blocks for f in _emit(ctx, block)]
        # A heading never ends a page alone or over one line: it asks for room for itself and
        # the part's opening (a table's or drawing's first rows, else its first lines of text).
        _, h = heading.wrap(ctx.width, 1e6)
        out.append(
            CondPageBreak(h + s.heading.spaceBefore + s.heading.spaceAfter + _lead(ctx, body))
        )
        heading.keepWithNext = False
        out.append(heading)
        out.extend(body)
        at_key_points = part.kind == "key_points"
        alone = part.kind == "bottom_line" and not _has(plan, "key_points")
        if plan.glance and (at_key_points or alone):
            out.extend(_glance(plan, ctx))
    return out


LEAD_LINES = 3
"""Lines of a part's opening that must fit under its heading on the same page."""


def _lead(ctx: Context, body: list[Flowable]) -> float:
    """Height of the part's opening: a drawing's or table's first rows, else its first
    LEAD_LINES lines of text."""
    if not body:
        return 0.0
    lead = getattr(body[0], "lead_height", None)
    if lead is not None:
        return float(lead)
    most = ctx.styles.body.leading * LEAD_LINES
    total = 0.0
    for flowable in body:
        _, h = flowable.wrap(ctx.width, 1e6)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if total >= most:
            return float(most)
    return total


def _has(plan: Plan, kind: str) -> bool:
    return any(part.kind == kind for part in plan.parts)


def _label_width(ctx: Context) -> float:
    """The column of a row's label ("Who", "Places") beside its content."""
    return min(ctx.width * 0.12, 60.0)


def _glance(plan: Plan, ctx: Context) -> list[Flowable]:
    """Page one's brief at a glance, under the key points: the whole timeline as a strip of
    markers from its first date to its last, and who is involved, most named first."""
    s = ctx.styles
    rows: list[list[Flowable]] = []
    events = glance.strip_rows(plan)
    if events:
        count = text(ctx, f"{len(events)} dated events", s.note)
        rows.append(
            [text(ctx, "When", s.cell_head, bold=True), [TimelineStrip(events, ctx), count]]
        )
    who = glance.who(plan)
    label = _label_width(ctx)
    if who:
        cell = paragraphs(ctx, who, s.cell, width=ctx.width - label - 2 * _PAD)
        rows.append([text(ctx, "Who", s.cell_head, bold=True), cell])
    if not rows:
        return []
    table = _table(ctx, rows, [label, ctx.width - label], repeat_rows=0)
    table.setStyle(_grid(ctx, len(rows), header=False))
    return [Spacer(1, ctx.theme.body_pt * 0.4), table]


def emit(ctx: Context, block: Block) -> list[Flowable]:
    """The flowables of one block at the context's width (the brief and the handout)."""
    return _emit(ctx, block)


def _emit(ctx: Context, block: Block) -> list[Flowable]:
    match block:
        case Callout(value):
            return _callout(ctx, value)
        case Bullets(items):
            return _bullets(ctx, items)
        case Para(value):
            return paragraphs(ctx, value, ctx.styles.body)
        case TimelineRows(rows):
            return _timeline(ctx, rows)
        case ActorList():
            return _actors(ctx, block)
        case TableBlock():
            return _data_table(ctx, block)
        case _:
            assert_never(block)


def _callout(ctx: Context, value: str) -> list[Flowable]:
    inner = ctx.width - 2 * _CALLOUT_PAD
    cell = paragraphs(ctx, value, ctx.styles.callout, width=inner)
    box = Table([[cell]], colWidths=[ctx.width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ctx.styles.body.fontName),
                ("BACKGROUND", (0, 0), (-1, -1), color(ctx.theme.accent_light)),
                (
                    "LINEAFTER" if ctx.rtl else "LINEBEFORE",
                    (0, 0),
                    (0, -1),
                    3,
                    color(ctx.theme.accent),
                ),
                ("LEFTPADDING", (0, 0), (-1, -1), _CALLOUT_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CALLOUT_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return [box, Spacer(1, ctx.theme.body_pt * 0.5)]


def _bullets(ctx: Context, items: tuple[str, ...]) -> list[Flowable]:
    return [f for item in items for f in paragraphs(ctx, item, ctx.styles.bullet, bullet="•")]


def _timeline(
    ctx: Context,
    rows: tuple[TimelineRow, ...],
    date_width: float | None = None,
    *,
    legend: bool | None = None,
) -> list[Flowable]:
    """The rows drawn on an axis; as a table instead in a right-to-left document (the drawing
    runs left to right) or when one event alone is taller than a page could hold. ``legend``:
    whether the key to hollow markers follows (by default, when a row is tentative)."""
    drawing = TimelineDrawing(rows, ctx, date_width)
    if ctx.rtl or max(drawing.row_heights) > FRAME_HEIGHT * 0.8:
        return _timeline_table(ctx, rows)
    out: list[Flowable] = [drawing]
    if legend if legend is not None else any(row.tentative for row in rows):
        out.append(text(ctx, _HOLLOW_LEGEND, ctx.styles.note))
    out.append(Spacer(1, ctx.theme.body_pt * 0.5))
    return out


def _timeline_table(ctx: Context, rows: tuple[TimelineRow, ...]) -> list[Flowable]:
    s = ctx.styles
    when_width = min(ctx.width * 0.26, 130.0)
    d = ctx.frame_direction
    widths = [when_width, ctx.width - when_width]
    event_width = widths[1]
    data: list[list[Flowable | list[Flowable]]] = [
        [
            text(ctx, "When", s.cell_head, bold=True, right=d),
            text(ctx, "Event", s.cell_head, bold=True, right=d),
        ]
    ]
    for row in rows:
        when = (
            text(ctx, f"{TENTATIVE_MARK} {row.when}", s.tentative, italic=True, right=d)
            if row.tentative
            else text(ctx, row.when, s.cell, right=d)
        )
        data.append([when, paragraphs(ctx, row.event, s.cell, width=event_width - 2 * _PAD)])
    table = _table(ctx, data, widths, repeat_rows=1)
    table.setStyle(_grid(ctx, len(data), header=True))
    first_rows = _table(ctx, data[:2], widths, repeat_rows=0)
    first_rows.setStyle(_grid(ctx, 2, header=True))
    # the header and first row: what must fit under the part's heading on the same page
    table.lead_height = first_rows.wrap(ctx.width, 1e6)[1]
    out: list[Flowable] = [table]
    if any(row.tentative for row in rows):
        out.append(text(ctx, _TENTATIVE_LEGEND, s.note))
    out.append(Spacer(1, ctx.theme.body_pt * 0.5))
    return out


def _column_widths(ctx: Context, block: TableBlock) -> list[float]:
    """Each column at least as wide as its longest word (measured in the bold heading face, so
    no word breaks), the rest of the width shared out by the plan's shares; the shares alone
    when the words cannot all fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    face = ctx.fonts.face_for(True, False).name
    size = ctx.styles.cell_head.fontSize
    rows = block.all_rows

    def least(keep: Callable[[str], bool]) -> list[float]:
        return [
            max(
                (
                    stringWidth(w, face, size)
                    for r in rows
                    for w in block.padded(r)[c].split()
                    if keep(w)
                ),
                default=0,
            )
            + 2 * _PAD
            + 2
            for c in range(block.width)
        ]

    # Every word whole if they all fit; else every figure whole ("2005" never "20/05"), the
    # words of the headings wrapping; else the plan's shares alone.
    for floors in (least(lambda _: True), least(lambda w: any(ch.isdigit() for ch in w))):
        spare = ctx.width - sum(floors)
        if spare >= 0:
            return [f + spare * share for f, share in zip(floors, block.shares, strict=True)]
    return [ctx.width * share for share in block.shares]


def _data_table(ctx: Context, block: TableBlock) -> list[Flowable]:
    """A table of the source's with every figure, header row repeated across pages."""
    s = ctx.styles
    right = ParagraphStyle("cell-figure", parent=s.cell, alignment=2)
    widths = _column_widths(ctx, block)
    data: list[list[Flowable | list[Flowable]]] = []
    head_right = ParagraphStyle("cell-head-figure", parent=s.cell_head, alignment=2)
    if block.header:
        data.append(
            [
                text(ctx, h, head_right if figures else s.cell_head, bold=True)
                for h, figures in zip(block.padded(block.header), block.figure_columns, strict=True)
            ]
        )
    for row in block.rows:
        data.append(
            [
                paragraphs(ctx, c, right if is_figure(c) else s.cell, width=w - 2 * _PAD)
                for c, w in zip(block.padded(row), widths, strict=True)
            ]
        )
    table = _table(ctx, data, widths, repeat_rows=1 if block.header else 0)
    table.setStyle(_grid(ctx, len(data), header=bool(block.header)))
    out: list[Flowable] = [table]
    if block.caption:
        out.append(text(ctx, block.caption, s.note))
    out.append(Spacer(1, ctx.theme.body_pt * 0.5))
    return out


def _actors(ctx: Context, block: ActorList) -> list[Flowable]:
    """Compact, so the actors never take a page of their own: each kind is a table whose first
    column is its label ("People"); people with their roles two to a row, bare names (places,
    groups) run in as one paragraph in the plan's order."""
    s = ctx.styles
    label = _label_width(ctx)
    head = text(ctx, block.label, s.cell_head, bold=True, right=ctx.rtl)
    entries = block.entries
    if any(detail for _, detail in entries):
        rows, widths = _people(ctx, entries, ctx.width - label)
        table = _table(
            ctx,
            [[head if n == 0 else "", *row] for n, row in enumerate(rows)],
            [label, *widths],
            repeat_rows=0,
        )
        table.setStyle(_grid(ctx, len(rows), header=False))
    else:
        names = RUN_IN.join(name for name, _ in entries)
        cell = paragraphs(ctx, names, s.cell, right=ctx.rtl, width=ctx.width - label - 2 * _PAD)
        table = _table(ctx, [[head, cell]], [label, ctx.width - label], repeat_rows=0)
        table.setStyle(_grid(ctx, 1, header=False))
    return [Spacer(1, s.subheading.spaceBefore), table]


_Cell: TypeAlias = Flowable | list[Flowable] | str


def _people(
    ctx: Context, entries: tuple[tuple[str, str], ...], width: float
) -> tuple[list[list[_Cell]], list[float]]:
    """(name, role) pairs side by side, two pairs to a row, read row by row, in ``width``."""
    s = ctx.styles
    name_w = width * 0.23
    detail_w = width / 2 - name_w
    cells = [
        (
            text(ctx, name, s.cell_head, bold=True, right=ctx.rtl),
            paragraphs(ctx, detail or "\u2014", s.cell, right=ctx.rtl, width=detail_w - 2 * _PAD),
        )
        for name, detail in entries
    ]
    rows: list[list[_Cell]] = []
    for i in range(0, len(cells), 2):
        pair: list[_Cell] = [c for cell in cells[i : i + 2] for c in cell]
        rows.append(pair + [""] * (4 - len(pair)))
    return rows, [name_w, detail_w] * 2


def _table(
    ctx: Context, rows: list[list[Flowable]], widths: list[float], *, repeat_rows: int
) -> Table:
    """A table whose columns run from the right in a right-to-left document."""
    if ctx.rtl:
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    return Table(rows, colWidths=widths, repeatRows=repeat_rows, splitInRow=1)


def _grid(ctx: Context, n_rows: int, *, header: bool) -> TableStyle:
    rule = color(ctx.theme.accent_light)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ctx.styles.body.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD + 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, rule),
    ]
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, color(ctx.theme.accent)),
            ("BOTTOMPADDING", (0, 0), (-1, 0), _PAD),
        ]
    return TableStyle(commands)
