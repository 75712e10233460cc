"""Plan → slide deck: 16:9, real layouts and placeholders, one slide per chunk, speaker notes."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, ClassVar

from reportgen.render import NO_ATTACHMENTS
from reportgen.render.pptx import _cover, _deck, _glance, _shared, _slides

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reportgen.layout import Plan, Theme


class PptxRenderer:
    """A title slide, then the plan's slides in order: a part's chunk, or small parts together."""

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
        _cover.title_slide(deck, plan, style)
        largest = {
            id(part): _slides.part_size(deck, part.chunks, style)
            for part in plan.parts
            if len(part.chunks) > 1
        }
        for content in plan.deck_slides:
            piece = content.pieces[0]
            if content.shared:
                _shared.shared_slide(deck, content, style)
            elif piece.part.kind == "bottom_line":
                _glance.slide(deck, content.title, piece.chunk, plan, style)
            else:
                size = largest.get(id(piece.part))
                _slides.chunk_slide(deck, content.title, piece.chunk, style, size)
        out = io.BytesIO()
        deck.save(out)
        return out.getvalue()
