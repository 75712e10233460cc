"""Plan → handout PDF: each slide of the deck, drawn from the plan, above its speaker notes.

No office suite runs: the slide is redrawn here as a framed 16:9 panel with the same title and
blocks as the deck (a timeline chunk as the same drawing), then the notes a presenter reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from reportgen.render import NO_ATTACHMENTS
from reportgen.render.pdf._flow import Context, emit, text
from reportgen.render.pdf._fonts import heading_face, theme_font_set
from reportgen.render.pdf._page import build, text_width
from reportgen.render.pdf._styles import color, styles

if TYPE_CHECKING:
    from reportgen.layout import Chunk, Plan, Theme

_FACES = ((False, False), (True, False), (False, True))
"""(bold, italic) of the regular, bold and italic faces."""
SLIDE_RATIO = 9 / 16


class HandoutRenderer:
    """The title slide, then one panel per slide of the deck, each above its notes."""

    suffix: ClassVar[str] = "-handout.pdf"

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes:
        """The handout as bytes; ``attachments`` are ignored."""
        files = theme.body_files.all if theme.body_files else None
        fonts = theme_font_set(theme.fonts_dir, theme.body_font, files)
        regular, bold, italic = (fonts.face_for(b, i).name for b, i in _FACES)
        width = text_width(theme.paper)
        heading = heading_face(theme.heading_file)
        ctx = Context(fonts, styles(theme, regular, bold, italic, heading=heading), theme, width)
        return build(lambda c: _story(plan, c, width), ctx, plan.meta, f"{plan.title} (handout)")


def _story(plan: Plan, ctx: Context, width: float) -> list[Flowable]:
    s = ctx.styles
    title = [text(ctx, plan.title, s.title, bold=True), text(ctx, plan.subtitle, s.subtitle)]
    out: list[Flowable] = _slide(ctx, width, 1, title, ())
    for number, content in enumerate(plan.deck_slides, start=2):
        head = text(ctx, content.title, s.heading, bold=True)
        body: list[Flowable] = []
        for piece in content.pieces:
            if content.shared:  # each part under its own subheading, as on the deck
                sub = text(ctx, piece.heading, s.subheading, bold=True)
                if piece.index == 0:
                    sub.outline_title = piece.heading
                body.append(sub)
            body += _blocks(ctx, piece.chunk)
        notes = tuple(n for piece in content.pieces for n in piece.chunk.notes)
        slide = _slide(ctx, width, number, [head, *body], notes)
        first = content.pieces[0]
        if not content.shared and first.index == 0:  # bookmarked once per part, as in the brief
            slide[0].outline_title = first.heading
        out += slide
    return out


def _blocks(ctx: Context, chunk: Chunk) -> list[Flowable]:
    return [f for block in chunk.blocks for f in emit(ctx, block)]


def _slide(
    ctx: Context, width: float, number: int, content: list[Flowable], notes: tuple[str, ...]
) -> list[Flowable]:
    """The slide between two rules, as tall as the slide's proportions at least, then its
    number and speaker notes kept with it. Flowables, not a table cell: a slide whose text runs
    longer than a page (a pasted 5,000-character line) splits instead of failing."""
    s = ctx.styles
    used = sum(f.wrap(ctx.width, 1e6)[1] for f in content)
    room = max(0.0, width * SLIDE_RATIO - used)
    top = HRFlowable(width="100%", thickness=2, color=color(ctx.theme.accent), spaceAfter=6)
    bottom = HRFlowable(width="100%", thickness=0.6, color=color(ctx.theme.muted), spaceBefore=6)
    label = ParagraphStyle("slide-number", parent=s.note, spaceBefore=2)
    tail: list[Flowable] = [bottom, text(ctx, f"Slide {number}", label)]
    if notes:
        tail.append(text(ctx, "Speaker notes", s.subheading, bold=True))
        tail += [text(ctx, note, s.body) for note in notes]
    tail.append(Spacer(1, s.heading.spaceBefore))
    # the rule first: the outline entry points at it
    return [top, *content, Spacer(1, room), KeepTogether(tail)]
