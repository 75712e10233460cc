"""read → summarize → plan → render all → write all: the only orchestrator."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reportgen.errors import RenderFailed, ReportgenError, UsageError
from reportgen.fsio import ensure_dir, recover_packs, stem_of_name, write_all
from reportgen.layout import DEFAULT_THEME, Budget, Plan, Theme, plan
from reportgen.model import Brief
from reportgen.read import DEFAULT_LIMITS, Limits, read, stem_of
from reportgen.read.source import Source
from reportgen.render import FORMATS, renderer_for

if TYPE_CHECKING:
    from reportgen.summarize import Detail

ALL_FORMATS: tuple[str, ...] = (*FORMATS, "json")
DEFAULT_FORMATS: tuple[str, ...] = tuple(f for f in ALL_FORMATS if f != "handout")
"""What a build writes unless told otherwise: the pack; the handout is asked for by name."""
SUFFIX = {
    "pdf": ".pdf",
    "docx": ".docx",
    "pptx": ".pptx",
    "email": ".eml",
    "json": ".json",
    "handout": "-handout.pdf",
}
EmailBody = Literal["short", "full"]
"""The email's body: a phone screen of the brief with the PDF attached, or the whole brief."""
_ATTACHED = ("pdf", "docx", "pptx")
"""The email carries these three files, whatever else was asked for."""


def _ignore(_message: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Options:
    document_date: date | None = None
    title: str | None = None
    detail: Detail = "standard"
    theme: Theme = DEFAULT_THEME
    budget: Budget = Budget()
    warn: Callable[[str], None] = _ignore
    """Receives what a reader had to guess (e.g. a Latin-1 fallback); the CLI prints it."""
    limits: Limits = DEFAULT_LIMITS
    """The largest input, decompressed part and nesting the readers accept."""
    email: EmailBody = "short"


def brief_of(path: Path, options: Options) -> Brief:
    return fitted_brief(read(path, options.limits), options)[0]


def fitted_brief(source: Source, options: Options) -> tuple[Brief, dict[str, bytes]]:
    """The brief of ``source``, on the pages its level allows (one for a short source, two
    for a longer one; no limit at full detail), with the formats already drawn to measure it.

    The summariser budgets in words; only the drawn PDF knows its pages. So the PDF is drawn,
    and while it runs over, the brief is summarised again with its budget tightened one step
    (:data:`reportgen.summarize._budget.SQUEEZES`), as far as the steps go. A brief that fits
    the first time costs nothing more: its PDF is the one the pack carries. One that no step
    fits keeps all it had.
    """
    from reportgen.summarize import summarize  # its patterns: not needed to draw a model
    from reportgen.summarize._budget import BUDGETS, SQUEEZES

    for warning in source.warnings:
        options.warn(warning)
    pages = BUDGETS[options.detail].pages_for(len(source.text.split()))

    def brief(squeeze: int) -> Brief:
        return summarize(
            source,
            document_date=source.dated(options.document_date),
            title=options.title,
            detail=options.detail,
            squeeze=squeeze,
        )

    first = brief(0)
    if pages is None:
        return first, {}
    drawn: dict[str, bytes] = {}
    for squeeze in range(len(SQUEEZES) + 1):
        made = brief(squeeze) if squeeze else first
        pdf = render_pack(made, ("pdf",), options)["pdf"]
        if pdf_pages(pdf) <= pages:
            return made, {"pdf": pdf}
        drawn = drawn or {"pdf": pdf}
    # No step brings it within its pages (a 9,000-letter word fills pages alone): it gives
    # up nothing, then.
    return first, drawn


_PAGE = re.compile(rb"/Type /Page(?!s)")


def pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF this package drew: its page objects, counted without parsing it."""
    return len(_PAGE.findall(pdf))


def model_json(brief: Brief) -> str:
    return json.dumps(brief.to_json(), ensure_ascii=False, indent=2)


def render_pack(
    brief: Brief,
    formats: Sequence[str],
    options: Options,
    stem: str | None = None,
    drawn: Mapping[str, bytes] | None = None,
) -> dict[str, bytes]:
    """Render every asked-for format in memory; nothing touches the disk here.

    ``stem`` names the files the email attaches (default: the stem of the source's name).
    ``drawn``: formats already rendered from this brief with these options, used as they are.
    """
    the_plan = plan(brief, options.budget, options.theme)
    wanted = set(formats)
    needed = wanted | (set(_ATTACHED) if "email" in wanted else set())
    out: dict[str, bytes] = {}
    stem = stem or Path(brief.source_name).stem or "brief"
    for fmt in FORMATS:
        if fmt not in needed:
            continue
        if drawn and fmt in drawn:
            out[fmt] = drawn[fmt]
            continue
        attachments = {f"{stem}{SUFFIX[f]}": out[f] for f in _ATTACHED if f in out}
        name = "email-full" if fmt == "email" and options.email == "full" else fmt
        out[fmt] = _render(name, the_plan, options.theme, attachments if fmt == "email" else {})
    if "json" in wanted:
        out["json"] = (model_json(brief) + "\n").encode("utf-8")
    return {fmt: data for fmt, data in out.items() if fmt in wanted}


def _render(fmt: str, the_plan: Plan, theme: Theme, attachments: dict[str, bytes]) -> bytes:
    try:
        return renderer_for(fmt).render(the_plan, theme, attachments)
    except ReportgenError:
        raise
    except Exception as err:  # a renderer bug must still end in one line and no file
        raise RenderFailed(f"{fmt} renderer failed: {type(err).__name__}: {err}") from err


def build(
    paths: Sequence[Path], out_dir: Path, formats: Sequence[str], options: Options
) -> list[Path]:
    """Build every pack in memory, then write them all; a failure anywhere writes nothing."""
    stems = [stem_of(p) for p in paths]
    clash = {s for s in stems if stems.count(s) > 1}
    if clash:
        raise UsageError(f"two inputs would write the same outputs: {', '.join(sorted(clash))}")
    recover_packs(out_dir, (stem_of_name(f"{s}{SUFFIX[f]}") for s in stems for f in formats))
    files: dict[Path, bytes] = {}
    for path, stem in zip(paths, stems, strict=True):
        brief, drawn = fitted_brief(read(path, options.limits), options)
        for fmt, data in render_pack(brief, formats, options, drawn=drawn).items():
            files[out_dir / f"{stem}{SUFFIX[fmt]}"] = data
    ensure_dir(out_dir)
    write_all(files)
    return list(files)
