"""The import direction that keeps formats from drifting: drawing code never reads or summarizes."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reportgen"
FORBIDDEN_FOR_DRAWING = (
    "reportgen.read",
    "reportgen.summarize",
    "reportgen.cli",
    "reportgen.pipeline",
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    return names


GUARDED = sorted(p for d in ("layout", "render") for p in (PACKAGE / d).rglob("*.py"))


@pytest.mark.parametrize("path", GUARDED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_and_renderers_never_import_readers_or_summarizers(path: Path) -> None:
    assert not {m for m in _imports(path) if m.startswith(FORBIDDEN_FOR_DRAWING)}


def test_model_imports_nothing_of_reportgen() -> None:
    assert not {m for m in _imports(PACKAGE / "model.py") if m.startswith("reportgen")}


@pytest.mark.parametrize(
    "path", sorted((PACKAGE / "summarize").rglob("*.py")), ids=lambda p: p.name
)
def test_summarizer_never_imports_layout_or_renderers(path: Path) -> None:
    banned = ("reportgen.layout", "reportgen.render", "reportgen.cli", "reportgen.pipeline")
    assert not {m for m in _imports(path) if m.startswith(banned)}


def test_renderers_never_import_each_other() -> None:
    """Shared drawing helpers live in private ``render/_*.py`` modules; formats stay apart."""
    render = PACKAGE / "render"
    formats = {
        p.name.removesuffix(".py")
        for p in render.iterdir()
        if not p.name.startswith("_") and (p.is_dir() or p.suffix == ".py")
    }
    for path in render.rglob("*.py"):
        own = path.relative_to(render).parts[0].removesuffix(".py")
        others = {f"reportgen.render.{f}" for f in formats if f != own}
        assert not {m for m in _imports(path) if m.startswith(tuple(others))}, path


def test_cli_start_up_does_not_import_heavy_libraries() -> None:
    probe = (
        "import sys, reportgen.cli; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'reportlab', 'docx', 'pptx', 'lxml', 'PIL', 'uharfbuzz'}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
