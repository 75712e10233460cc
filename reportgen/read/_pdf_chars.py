"""The one place that reaches into pdfplumber's page internals: characters made cheaply.

pdfplumber turns each pdfminer character into a dictionary of every attribute it has,
resolving each one recursively (colours, colour spaces, graphic state); on a dense page that
is a third of the reading time, and the reader uses a handful of them. Here a page makes its
characters with only those (the keys word extraction and the table finder read), the same
values pdfplumber gives them (``tests/read/test_pdf_blocks.py`` compares the two); anything
else, and any page of a pdfplumber without these internals, is left to pdfplumber.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CHAR_KEYS = ("text", "fontname", "size", "upright", "x0", "x1", "top", "bottom", "doctop")
"""What the reader and pdfplumber's word extraction and table finder read of a character."""


def lean_chars(page: Any) -> None:
    """Make ``page`` build its characters with :data:`CHAR_KEYS` (and their box) only."""
    from pdfminer.layout import LTChar

    own: Callable[[Any], dict[str, Any]] | None = getattr(page, "process_object", None)
    try:
        height = float(page.height)
        x_shift, y_shift = (float(v) for v in page.mediabox[:2])
        doc_top = float(page.initial_doctop)
        number = page.page_number
    except (AttributeError, TypeError, ValueError):
        return
    if own is None or page.pdf.unicode_norm is not None:
        return

    def char(obj: Any) -> dict[str, Any]:
        if type(obj) is not LTChar or not isinstance(obj.fontname, str):
            return own(obj)
        top = height - obj.y1 + y_shift
        return {
            "object_type": "char",
            "page_number": number,
            "text": obj.get_text(),
            "fontname": obj.fontname,
            "size": obj.size,
            "upright": obj.upright,
            "x0": obj.x0 + x_shift,
            "x1": obj.x1 + x_shift,
            "y0": obj.y0,
            "y1": obj.y1,
            "top": top,
            "bottom": height - obj.y0 + y_shift,
            "doctop": doc_top + top,
            "width": obj.width,
            "height": obj.height,
            "matrix": obj.matrix,
            "adv": obj.adv,
        }

    page.process_object = char
