"""Plan → slide deck: 16:9, real layouts and placeholders, one slide per chunk, speaker notes."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, ClassVar

from reportgen.layout.slides import slide_title
from reportgen.render import NO_ATTACHMENTS
from reportgen.render.pptx import _deck, _glance, _slides

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reportgen.layout import Plan, Theme


class PptxRenderer:
    """A title slide, then one slide per chunk of each plan part, in plan order."""

    suffix: ClassVar[str] = ".pptx"

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes:
        """The deck as bytes; ``attachments`` are for formats that carry others (email)."""
        deck = _deck.new_deck(theme)
        _deck.set_properties(deck, plan.meta)
        style = _slides.Style(
            theme, _deck.SlideSizes.of(theme), plan.meta.language, plan.meta.marking
        )
        _slides.title_slide(deck, plan, style)
        for part in plan.parts:
            largest = _slides.part_size(deck, part.chunks, style) if len(part.chunks) > 1 else None
            for i, chunk in enumerate(part.chunks):
                heading = slide_title(part.heading, i, len(part.chunks))
                if part.kind == "bottom_line":
                    _glance.slide(deck, heading, chunk, plan, style)
                else:
                    _slides.chunk_slide(deck, heading, chunk, style, largest)
        out = io.BytesIO()
        deck.save(out)
        return out.getvalue()
