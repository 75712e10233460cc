"""Deterministic tuning/held-out split of a data set by a stable hash of each document id."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Literal

Part = Literal["tune", "held-out"]

HELD_OUT_SHARE = 0.25
"""About a quarter of each set is kept out of rule tuning, to show that gains generalise."""


def shared_dir() -> Path:
    """The shared data folder beside the project root; ``REPORTGEN_SHARED`` overrides it."""
    override = os.environ.get("REPORTGEN_SHARED")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[1].parent / "shared"


def part_of(doc_id: str) -> Part:
    """SHA-1 rather than ``hash()``: the split must not change between runs or machines."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    share = int.from_bytes(digest[:4], "big") / 2**32
    return "held-out" if share < HELD_OUT_SHARE else "tune"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """One JSON object per line; blank lines are skipped."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
