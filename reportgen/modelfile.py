"""A model file (``<stem>.json``, perhaps edited by hand) back into a Brief, checked first.

A person who corrects a brief edits its JSON; a typo there must be one line naming the field,
before anything is drawn or written, never a KeyError from deep in a renderer.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reportgen.errors import BadInput
from reportgen.fsio import read_input
from reportgen.model import Brief

MAX_MODEL_BYTES = 64 * 1024 * 1024
"""The same ceiling as a document: a model is never larger than the text it summarises."""


def _too_large(name: str, _size: int) -> BadInput:
    return BadInput(f"{name}: larger than {MAX_MODEL_BYTES // 2**20} MB")


def load_model(path: Path) -> Brief:
    """Read, parse and validate a model file; every failure is a one-line ReportgenError."""
    raw = read_input(path, MAX_MODEL_BYTES, _too_large)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise BadInput(f"{path.name}: not UTF-8 text (byte {err.start})") from err
    except json.JSONDecodeError as err:
        where = f"line {err.lineno} column {err.colno}"
        raise BadInput(f"{path.name}: not JSON: {err.msg} at {where}") from err
    return brief_from_json(data, path.name)


def brief_from_json(data: Any, name: str) -> Brief:
    """The Brief a JSON value describes, once it meets the shipped schema."""
    problem = first_problem(data)
    if problem:
        raise BadInput(f"{name}: {problem}")
    try:
        return Brief.from_json(data)
    except (KeyError, TypeError, ValueError) as err:  # the schema should have caught it
        raise BadInput(f"{name}: not a reportgen model ({type(err).__name__}: {err})") from err


def first_problem(data: Any) -> str | None:
    """``field: what is wrong`` for the first place the value breaks the schema, else None.

    "First" is in reading order of the document (the error jsonschema finds at the earliest
    path), so a person fixing a file works from its top down.
    """
    errors = list(_validator().iter_errors(data))
    if not errors:
        return None
    error = min(errors, key=lambda e: _position(data, list(e.absolute_path)))
    where = field_name(list(error.absolute_path)) or "the model"
    message = " ".join(str(error.message).split())
    if len(message) > 160:
        message = message[:157] + "..."
    return f"{where}: {message}"


def field_name(path: list[str | int]) -> str:
    """``timeline[2].precision`` for the path ``["timeline", 2, "precision"]``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _position(data: Any, path: list[str | int]) -> tuple[int, ...]:
    """Where a path lies in the document's own order: each key by its place in its object."""
    out: list[int] = []
    for step in path:
        if isinstance(step, int):
            out.append(step)
        else:
            keys = list(data) if isinstance(data, dict) else []
            out.append(keys.index(step) if step in keys else len(keys))
        data = data[step]
    return tuple(out)


@cache
def _validator() -> Any:
    """The shipped schema's validator, with formats (``document_date`` is a real date) checked."""
    import jsonschema  # heavy; only ``render`` and the API's dict path need it

    text = resources.files("reportgen").joinpath("schema/brief.schema.json").read_text("utf-8")
    schema = json.loads(text)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)
