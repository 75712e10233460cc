"""reportgen: turn a document into a briefing pack (PDF, DOCX, PPTX, email, JSON).

The Python API (see :mod:`reportgen.api`)::

    import reportgen
    brief = reportgen.build_model(Path("report.docx"))     # the summary model
    pack = reportgen.build_pack(Path("report.docx"))       # {"report.pdf": b"...", ...}
    pack = reportgen.render_model(edited_brief)            # a corrected model drawn again

The functions are imported on first use, so ``import reportgen`` stays light for the command
line and for programs that only need the version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from reportgen.api import build_model, build_pack, render_model

__all__ = ["__version__", "build_model", "build_pack", "render_model"]
_API = frozenset({"build_model", "build_pack", "render_model"})


def __getattr__(name: str) -> Any:
    """Import the API the first time one of its names is asked for."""
    if name in _API:
        from reportgen import api

        return getattr(api, name)
    raise AttributeError(f"module 'reportgen' has no attribute {name!r}")
