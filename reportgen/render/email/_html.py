"""Plan → the HTML body: a centred 600 px table, inline styles only, every string escaped.

Mail clients drop ``<style>`` blocks, scripts and often remote content, so the page carries
its look in ``style=`` attributes, loads nothing, and sets ``dir`` on every run of text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, assert_never

from reportgen.layout.blocks import (
    ActorList,
    Block,
    Bullets,
    Callout,
    Para,
    TableBlock,
    TimelineRow,
    TimelineRows,
    is_figure,
)
from reportgen.render.email._text import attached_line, more_line, tentative_mark
from reportgen.text import clean_inline, for_html, is_rtl

if TYPE_CHECKING:
    from reportgen.layout import Plan, Theme

WIDTH_PX = 600
_FONTS = (
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif, "
    "'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'"
)
_PAGE_BG = "#EEF1F5"
_TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"'
_BREAK = "word-wrap:break-word;overflow-wrap:anywhere;word-break:break-word;"
"""A 200-character word must wrap inside the 600 px column, not widen it (both inherit)."""


def html_body(
    plan: Plan,
    theme: Theme,
    attachments: Mapping[str, bytes],
    elsewhere: tuple[str, ...] | None = None,
) -> str:
    """The brief as one self-contained HTML page that mail clients render alike.

    ``elsewhere`` (the short body) lists what only the attached brief holds, shown above the
    attachment line; None: the plan is the whole brief.
    """
    s = _Styles(theme)
    lang = for_html(plan.meta.language or "en")
    page_dir = "rtl" if plan.meta.right_to_left else "ltr"
    title = clean_inline(plan.title) or "Briefing"
    parts: list[str] = []
    for part in plan.parts:
        parts.append(_text("h2", part.heading, s.h2))
        parts += (_block(block, s) for block in part.blocks)
    marking = ""
    if clean_inline(plan.meta.marking):
        marking = _text("p", plan.meta.marking, s.marking) + "\n"

    if elsewhere is not None:
        parts.append(_text("p", more_line(elsewhere, attachments), f"{s.p}margin-top:20px;"))
    footer = ""
    if attachments:
        rule = f"border-top:1px solid #{theme.accent_light};"
        footer = (
            f'<tr><td style="padding:16px 32px 24px 32px;{rule}">'
            f"{_text('p', attached_line(attachments), s.small)}</td></tr>\n"
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="{page_dir}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light">\n'
        f"<title>{for_html(title)}</title>\n</head>\n"
        f'<body style="margin:0;padding:0;background-color:{_PAGE_BG};">\n'
        f'<table {_TABLE} width="100%" style="border-collapse:collapse;'
        f'background-color:{_PAGE_BG};">\n<tr><td align="center" style="padding:24px 8px;">\n'
        f'<table {_TABLE} width="{WIDTH_PX}" style="width:100%;max-width:{WIDTH_PX}px;'
        f"border-collapse:collapse;background-color:#FFFFFF;font-family:{s.fonts};"
        f'color:#{theme.text};{_BREAK}">\n'
        f'<tr><td style="padding:28px 32px 22px 32px;background-color:#{theme.accent};">\n'
        f"{marking}{_text('h1', title, s.h1)}\n{_text('p', plan.subtitle, s.subtitle)}\n"
        "</td></tr>\n"
        f'<tr><td style="padding:4px 32px 16px 32px;">\n' + "\n".join(parts) + "\n</td></tr>\n"
        f"{footer}</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


class _Styles:
    """Inline CSS for each element, from the theme's points (1 pt = 4/3 px)."""

    def __init__(self, theme: Theme) -> None:
        font = theme.body_font.replace("'", "").replace('"', "").replace(";", "")
        self.fonts = f"'{font}', {_FONTS}" if font else _FONTS
        if theme.email_font:  # checked by the theme loader: a CSS family list, nothing more
            self.fonts = f"{theme.email_font}, {_FONTS}"
        self.theme = theme
        body = f"font-size:{_px(theme.body_pt)};line-height:1.5;color:#{theme.text};"
        self.body = body
        self.p = f"margin:0 0 12px 0;{body}"
        self.marking = (
            f"margin:0 0 10px 0;font-size:{_px(theme.small_pt)};font-weight:bold;"
            "letter-spacing:0.05em;color:#FFFFFF;"
        )
        self.h1 = f"margin:0;font-size:{_px(theme.title_pt)};line-height:1.2;color:#FFFFFF;"
        self.subtitle = (
            f"margin:8px 0 0 0;font-size:{_px(theme.body_pt)};color:#{theme.accent_light};"
        )
        self.h2 = (
            f"margin:24px 0 10px 0;padding:0 0 4px 0;font-size:{_px(theme.heading_pt[0])};"
            f"line-height:1.3;color:#{theme.accent};border-bottom:2px solid #{theme.accent_light};"
        )
        self.h3 = f"margin:14px 0 6px 0;font-size:{_px(theme.heading_pt[2])};color:#{theme.text};"
        self.callout = (
            f"padding:14px 18px;background-color:#{theme.accent_light};font-weight:bold;"
            f"font-size:{_px(theme.heading_pt[2])};line-height:1.45;color:#{theme.text};"
        )
        self.cell = f"padding:7px 0;border-top:1px solid #{theme.accent_light};vertical-align:top;"
        self.small = (
            f"margin:0;font-size:{_px(theme.small_pt)};line-height:1.5;color:#{theme.muted};"
        )


def _px(pt: float) -> str:
    """Points (the theme's unit) to CSS pixels at 96 dpi."""
    return f"{round(pt * 4 / 3)}px"


def _dir(text: str) -> tuple[str, str]:
    """(dir attribute, text-align) for a run of text, from its first strong character."""
    return ("rtl", "right") if is_rtl(clean_inline(text)) else ("ltr", "left")


def _text(tag: str, text: str, style: str) -> str:
    direction, align = _dir(text)
    return (
        f'<{tag} dir="{direction}" style="{style}text-align:{align};">'
        f"{for_html(clean_inline(text))}</{tag}>"
    )


def _block(block: Block, s: _Styles) -> str:
    match block:
        case Para(text):
            return _text("p", text, s.p)
        case Callout(text):
            return _callout(text, s)
        case Bullets(items):
            return "\n".join(_bullet(item, s) for item in items)
        case TimelineRows(rows):
            return _timeline(rows, s)
        case ActorList(label, entries):
            return _actors(label, entries, s)
        case TableBlock():
            return _data_table(block, s)
        case _:
            assert_never(block)


def _callout(text: str, s: _Styles) -> str:
    direction, align = _dir(text)
    edge = "right" if direction == "rtl" else "left"
    return (
        f'<table {_TABLE} width="100%" style="border-collapse:collapse;margin:0 0 12px 0;">'
        f'<tr><td dir="{direction}" style="{s.callout}border-{edge}:4px solid #{s.theme.accent};'
        f'text-align:{align};">{for_html(clean_inline(text))}</td></tr></table>'
    )


def _bullet(item: str, s: _Styles) -> str:
    """One table per item, so an RTL item puts its bullet on the right."""
    direction, align = _dir(item)
    return (
        f'<table {_TABLE} dir="{direction}" width="100%" style="border-collapse:collapse;">'
        f'<tr><td width="22" valign="top" style="width:22px;{s.body}color:#{s.theme.accent};'
        f'padding:0 0 8px 0;text-align:{align};">&#8226;</td>'
        f'<td dir="{direction}" valign="top" style="{s.body}padding:0 0 8px 0;text-align:{align};">'
        f"{for_html(clean_inline(item))}</td></tr></table>"
    )


def _timeline(rows: tuple[TimelineRow, ...], s: _Styles) -> str:
    head = f"font-size:{_px(s.theme.small_pt)};color:#{s.theme.muted};text-transform:uppercase;"
    out = [
        '<table cellpadding="0" cellspacing="0" border="0" width="100%" '
        'style="border-collapse:collapse;margin:0 0 12px 0;">',
        f'<tr><th align="left" width="130" style="{head}padding:0 12px 4px 0;text-align:left;">'
        f'When</th><th align="left" style="{head}padding:0 0 4px 0;text-align:left;">Event</th>'
        "</tr>",
    ]
    for row in rows:
        colour = s.theme.tentative if row.tentative else s.theme.accent
        when = for_html(clean_inline(row.when))
        if row.tentative:
            when = (
                f'<span style="font-style:italic;">{when}</span><br>'
                f'<span style="font-weight:normal;font-size:{_px(s.theme.small_pt)};">'
                f"{tentative_mark(row.precision)}</span>"
            )
        direction, align = _dir(row.event)
        out.append(
            f'<tr><td width="130" valign="top" style="{s.cell}{s.body}width:130px;'
            f'padding-right:12px;font-weight:bold;color:#{colour};">{when}</td>'
            f'<td dir="{direction}" valign="top" style="{s.cell}{s.body}text-align:{align};">'
            f"{for_html(clean_inline(row.event))}</td></tr>"
        )
    out.append("</table>")
    return "\n".join(out)


def _data_table(block: TableBlock, s: _Styles) -> str:
    """The source's table with every figure, figures right-aligned, header row bold."""
    out = [
        f'<table {_TABLE} width="100%" style="border-collapse:collapse;margin:0 0 12px 0;">',
    ]
    rows = block.all_rows
    for n, row in enumerate(rows):
        head = n == 0 and bool(block.header)
        cells = []
        for value in block.padded(row):
            direction, align = _dir(value)
            align = "right" if is_figure(value) else align
            weight = "font-weight:bold;color:#" + s.theme.accent + ";" if head else ""
            cells.append(
                f'<td dir="{direction}" valign="top" style="{s.cell}{s.body}{weight}'
                f'padding:6px 8px 6px 0;text-align:{align};">{for_html(clean_inline(value))}</td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    if clean_inline(block.caption):
        out.append(_text("p", block.caption, s.small))
    return "\n".join(out)


def _actors(label: str, entries: tuple[tuple[str, str], ...], s: _Styles) -> str:
    """People with roles as bullets; bare names (places, groups) as one line."""
    heading = _text("h3", label, s.h3)
    if any(clean_inline(detail) for _, detail in entries):
        items = (f"{n} \u2014 {d}" if clean_inline(d) else n for n, d in entries)
        return heading + "\n" + "\n".join(_bullet(item, s) for item in items)
    return heading + "\n" + _text("p", ", ".join(name for name, _ in entries), s.p)
