"""Plan → print-ready A4 PDF brief: embedded subset fonts, outline, page furniture."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from reportgen import _recache
from reportgen.render import NO_ATTACHMENTS


def _on_first_use(name: str) -> None:
    """Put module ``name`` in place to load when first used (the standard library's
    ``LazyLoader``): reportlab imports the HarfBuzz binding as it starts, yet only a text in a
    script that needs shaping (Arabic, Devanagari) ever uses it."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)


_on_first_use("uharfbuzz")

REPORTLAB_PATTERNS = ("reportlab.platypus.paragraph", "reportlab.lib.textsplit")
"""reportlab modules whose import is mostly compiling regular expressions (the paragraph
module's URL pattern alone takes about 40 ms): primed from the cache before the import below."""
for _module in REPORTLAB_PATTERNS:
    _recache.prime(_module)

from reportgen.render.pdf._flow import Context, story  # noqa: E402 - after priming
from reportgen.render.pdf._fonts import heading_face, theme_font_set  # noqa: E402
from reportgen.render.pdf._page import build, text_width  # noqa: E402
from reportgen.render.pdf._styles import styles  # noqa: E402

for _module in REPORTLAB_PATTERNS:
    _recache.learn(sys.modules[_module])

if TYPE_CHECKING:
    from reportgen.layout import Plan, Theme


class PdfRenderer:
    """Draws ``plan.parts`` in order, each heading bookmarked in the PDF outline."""

    suffix: ClassVar[str] = ".pdf"

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes:
        """The PDF as bytes; ``attachments`` are ignored (the PDF embeds no other file)."""
        files = theme.body_files.all if theme.body_files else None
        fonts = theme_font_set(theme.fonts_dir, theme.body_font, files)
        faces = {
            "regular": fonts.face_for(False, False).name,
            "bold": fonts.face_for(True, False).name,
            "italic": fonts.face_for(False, True).name,
        }
        heading = heading_face(theme.heading_file)

        def context(spacing: float) -> Context:
            return Context(
                fonts=fonts,
                styles=styles(theme, **faces, spacing=spacing, heading=heading),
                theme=theme,
                width=text_width(theme.paper),
                rtl=plan.meta.right_to_left,
            )

        return build(
            lambda ctx: story(plan, ctx),
            context(1.0),
            plan.meta,
            plan.title,
            tighter=context,
        )
