"""Plan → bytes, one renderer per format, found in one table."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, ClassVar, Protocol

from reportgen.errors import UnknownFormat

if TYPE_CHECKING:
    from reportgen.layout import Plan, Theme

NO_ATTACHMENTS: Mapping[str, bytes] = MappingProxyType({})


class Renderer(Protocol):
    """Draws a plan to bytes and never opens a file: nothing is written until all succeed."""

    suffix: ClassVar[str]

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes: ...


# Format name → "module:Class"; imported on first use so `reportgen --help` stays light.
_TABLE: Mapping[str, str] = {
    "pdf": "reportgen.render.pdf:PdfRenderer",
    "docx": "reportgen.render.docx:DocxRenderer",
    "pptx": "reportgen.render.pptx:PptxRenderer",
    "email": "reportgen.render.email:EmailRenderer",
    "handout": "reportgen.render.pdf.handout:HandoutRenderer",
}
FORMATS: tuple[str, ...] = tuple(_TABLE)
"""Formats drawn from the plan, in rendering order (email last: it attaches the rest)."""
_VARIANTS: Mapping[str, str] = {
    "email-full": "reportgen.render.email:FullEmailRenderer",
}
"""Another way to draw a format, chosen by an option (``--email full``), not a format of its own."""


def renderer_for(name: str) -> Renderer:
    if name not in _TABLE and name not in _VARIANTS:
        raise UnknownFormat(name, [*_TABLE, "json"])
    module, cls = (_TABLE.get(name) or _VARIANTS[name]).split(":")
    renderer: Renderer = getattr(importlib.import_module(module), cls)()
    return renderer
