"""The title slide, designed: a band in the theme colour, what the pack is, the title over a
short rule, the date and whom the source is from and for, the source, the marking and a logo.

The title and the date lines stay in the layout's own title and subtitle placeholders, so
they remain editable, are read first by a screen reader and show in the outline. A house
template's title slide keeps its own design: only its placeholders are filled.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from reportgen.layout import measure
from reportgen.render.pptx import _deck, _ooxml, _slides, _text
from reportgen.render.pptx._text import Span

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.shapes.autoshape import Shape
    from pptx.slide import Slide

    from reportgen.layout import Plan
    from reportgen.render.pptx._slides import Style

BAND = Inches(0.28)
"""Width of the accent band down the slide's left edge."""
LEFT = Inches(1.0)
"""Where the title slide's text starts."""
TITLE_TOP, TITLE_HEIGHT = Inches(1.95), Inches(2.2)
RULE_WIDTH, RULE_HEIGHT = Inches(1.6), Pt(4)
LOGO_HEIGHT = Inches(0.7)


def title_slide(deck: Presentation, plan: Plan, style: Style) -> Slide:
    """The cover on the "Title Slide" layout; designed unless a house template gives its own."""
    slide = _deck.add_slide(deck, _deck.TITLE_SLIDE)
    width = deck.slide_width or _deck.WIDE[0]
    height = deck.slide_height or _deck.WIDE[1]
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    designed = style.theme.pptx_template is None
    text_width = Emu(width - LEFT - Inches(1.2))
    if designed:
        _band(slide, height, style)
        _place(title, TITLE_TOP, text_width, TITLE_HEIGHT)
        _place(subtitle, TITLE_TOP + TITLE_HEIGHT + Inches(0.45), text_width, Inches(1.3))
    _title(title, plan, style, designed)
    _subtitle(subtitle, plan, style, designed)
    if designed:
        cover = plan.cover
        if cover.label and plan.title:
            label = Span(cover.label, bold=True, colour=style.theme.accent)
            at = (LEFT, _label_top(title, style))
            _line(slide, at, text_width, label, style.sizes.body, style)
        if plan.title:
            end = LEFT + text_width - Pt(_text.INSET_PT[0]) - RULE_WIDTH
            left = end if plan.meta.right_to_left else LEFT + Pt(_text.INSET_PT[0])
            _rule(slide, (left, TITLE_TOP + TITLE_HEIGHT + Inches(0.2)), style)
        if cover.source:
            source = Span(f"Source: {cover.source}", colour=style.theme.muted)
            at = (LEFT, height - Inches(0.9))
            _line(slide, at, text_width, source, style.sizes.smallest, style)
        if style.theme.logo is not None:
            _logo(slide, style.theme.logo, width)
    _slides.mark(slide, style)
    return slide


def _place(shape: Shape, top: int, width: int, height: int) -> None:
    shape.left, shape.top, shape.width, shape.height = Emu(LEFT), Emu(top), Emu(width), Emu(height)


def _title(shape: Shape, plan: Plan, style: Style, designed: bool) -> None:
    if not plan.title:
        _ooxml.remove_shape(shape)
        return
    span = Span(plan.title, bold=True, colour=style.theme.accent)
    _slides.fill(
        shape, [_text.Para((span,), bullet=False, space_before=0)], style.sizes.title, style
    )
    if designed:
        shape.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
        for paragraph in shape.text_frame.paragraphs:
            if paragraph.alignment is None:  # right-to-left text stays right-aligned
                paragraph.alignment = PP_ALIGN.LEFT


def _label_top(title: Shape, style: Style) -> int:
    """Just above the title's first line: the title sits on the rule, its label on top of it."""
    run = title.text_frame.paragraphs[0].runs[0]
    size = run.font.size.pt if run.font.size is not None else style.sizes.title
    width = (Emu(title.width or 0).pt - 2 * _text.INSET_PT[0]) / measure.BOLD
    lines = measure.line_count(title.text_frame.text, width, size, style.theme.fonts_dir)
    text = lines * size * measure.LINE + _text.INSET_PT[1]
    label = style.sizes.body * measure.LINE + 2 * _text.INSET_PT[1]
    return int(TITLE_TOP + TITLE_HEIGHT - Pt(text + label + 6))


def _subtitle(shape: Shape, plan: Plan, style: Style, designed: bool) -> None:
    """The date, then whom the source is from and for; without a design, the one-line subtitle."""
    theme = style.theme
    if designed:
        cover = plan.cover
        lines = [(cover.date, theme.text, True), (cover.between, theme.muted, False)]
        paras = [
            _text.Para((Span(text, bold=bold, colour=colour),), bullet=False, space_before=0.2)
            for text, colour, bold in lines
            if text
        ]
    else:
        paras = [_text.Para((Span(plan.subtitle, colour=theme.muted),), bullet=False)]
    if not any(p.text for p in paras):
        _ooxml.remove_shape(shape)
        return
    _slides.fill(shape, paras, style.sizes.body, style)
    if designed:
        shape.text_frame.vertical_anchor = MSO_ANCHOR.TOP
        for paragraph in shape.text_frame.paragraphs:
            if paragraph.alignment is None:  # right-to-left text stays right-aligned
                paragraph.alignment = PP_ALIGN.LEFT


def _band(slide: Slide, height: int, style: Style) -> None:
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(0), Emu(0), BAND, Emu(height))
    band.name = "Band"
    _solid(band, style.theme.accent)


def _rule(slide: Slide, at: tuple[int, int], style: Style) -> None:
    """A short rule under the title, at the end the title reads from."""
    left, top = at
    rule = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(left), Emu(top), RULE_WIDTH, RULE_HEIGHT)
    rule.name = "Rule"
    _solid(rule, style.theme.accent)


def _solid(shape: Shape, colour: str) -> None:
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(colour)  # type: ignore[no-untyped-call]
    shape.line.fill.background()
    shape.shadow.inherit = False


def _line(
    slide: Slide, at: tuple[int, int], width: int, span: Span, size: float, style: Style
) -> None:
    """A line of text in a box tall enough for two, should a long file name wrap."""
    height = Pt(2 * size * measure.LINE + 2 * _text.INSET_PT[1])
    box = slide.shapes.add_textbox(Emu(at[0]), Emu(at[1]), Emu(width), height)
    para = _text.Para((span,), bullet=False, space_before=0)
    box.name = "Cover text"
    _text.write(box.text_frame, [para], size, style.theme, style.language)


def _logo(slide: Slide, logo: bytes, width: int) -> None:
    picture = slide.shapes.add_picture(io.BytesIO(logo), Emu(0), Inches(0.45), height=LOGO_HEIGHT)
    picture.left = Emu(width - Inches(0.5) - (picture.width or 0))
    picture.name = "Logo"
