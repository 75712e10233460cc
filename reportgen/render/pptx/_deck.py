"""A 16:9 deck from python-pptx's default template, its master and layouts widened to match."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pptx
from pptx.util import Emu

import reportgen.diskcache
from reportgen.render import _office
from reportgen.render._office import COMPLEX_SCRIPT_FONT, EAST_ASIAN_FONT, fill_core_properties
from reportgen.render.pptx import _ooxml

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.slide import Slide, SlideLayout

    from reportgen.layout import DocMeta, Theme

WIDE = (Emu(12192000), Emu(6858000))
"""13.333 × 7.5 inches: PowerPoint's 16:9."""

TITLE_SLIDE = "Title Slide"
TITLE_AND_CONTENT = "Title and Content"
TITLE_ONLY = "Title Only"
LAYOUTS = (TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY)
"""Every layout the deck is drawn on: a house template must have them all, by these names."""


@dataclass(frozen=True, slots=True)
class SlideSizes:
    """Type sizes for slides in points: the Theme's page sizes scaled for reading across a room."""

    title: float
    heading: float
    statement: float
    """The bottom line, shown alone on its slide."""
    body: float
    smallest: float
    """No slide text is shrunk below this to make it fit."""
    notes: float

    @classmethod
    def of(cls, theme: Theme) -> SlideSizes:
        return cls(
            title=theme.title_pt * 1.75,
            heading=theme.heading_pt[0] * 1.75,
            statement=theme.heading_pt[0] * 2.0,
            body=theme.slide_body_pt,
            smallest=theme.body_pt * 1.15,
            notes=theme.body_pt + 1.5,
        )


def new_deck(theme: Theme) -> Presentation:
    """The house template without its slides, as the user made it; else the default template
    at 16:9, restyled from the Theme (built once per theme)."""
    if theme.pptx_template is not None:
        deck = pptx.Presentation(io.BytesIO(theme.pptx_template))
        _ooxml.drop_slides(deck)
        return deck
    return pptx.Presentation(io.BytesIO(_template(theme)))


def add_slide(deck: Presentation, layout_name: str) -> Slide:
    """A new slide on the named layout, from whichever master has it."""
    for master in deck.slide_masters:
        layout = master.slide_layouts.get_by_name(layout_name)
        if layout is not None:
            slide: Slide = deck.slides.add_slide(layout)
            return slide
    raise LookupError(f"no slide layout named {layout_name!r}")  # templates are checked first


def layout(deck: Presentation, layout_name: str) -> SlideLayout | None:
    for master in deck.slide_masters:
        found: SlideLayout | None = master.slide_layouts.get_by_name(layout_name)
        if found is not None:
            return found
    return None


@cache
def _template(theme: Theme) -> bytes:
    """The template for ``theme``, kept in the on-disk cache: restyling python-pptx's default
    deck walks every layout shape, which costs a cold run more than drawing the slides. The
    entry is named after the theme, python-pptx's version and the code that restyles it."""
    code = b"".join(Path(m.__file__ or "").read_bytes() for m in (_ooxml, _office))
    code += Path(__file__).read_bytes()
    parts = (theme, pptx.__version__, hashlib.sha256(code).hexdigest())
    return reportgen.diskcache.cached(
        reportgen.diskcache.key("pptx-template", parts), lambda: _restyled(theme)
    )


def _restyled(theme: Theme) -> bytes:
    """Master and layout shapes are stretched to 16:9, not left where 4:3 put them."""
    deck = pptx.Presentation()
    factor = WIDE[0] / (deck.slide_width or WIDE[0])
    deck.slide_width, deck.slide_height = WIDE
    # Layouts first: a layout placeholder without its own position reports the master's, and
    # setting one coordinate writes all four, so each shape gets its full, unscaled box back.
    shapes = [shape for layout in deck.slide_layouts for shape in layout.shapes]
    shapes += [*deck.slide_master.shapes]
    boxes = [(shape, shape.left, shape.top, shape.width, shape.height) for shape in shapes]
    for shape, left, top, width, height in boxes:
        if None in (left, top, width, height):
            continue
        shape.left, shape.width = Emu(round(left * factor)), Emu(round(width * factor))
        shape.top, shape.height = top, height
    _ooxml.set_theme(deck.slide_master, theme.accent, theme.body_font)
    _ooxml.set_master_fonts(
        deck.slide_master, theme.body_font, EAST_ASIAN_FONT, COMPLEX_SCRIPT_FONT
    )
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def set_properties(deck: Presentation, meta: DocMeta) -> None:
    fill_core_properties(deck.core_properties, meta)
