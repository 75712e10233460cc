"""The README's Dask example, run as written on a local cluster over 30 news articles.

Needs the ``dask`` extra and ``../shared/data`` (the articles are read at run time, never kept
in the repository); without either the test is skipped.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

import reportgen

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTGEN_SHARED", ROOT.parent / "shared"))
ARTICLES = SHARED / "data" / "syria" / "bbc_homs_dev30.jsonl"


def readme_example(marker: str) -> str:
    """The README's Python block that mentions ``marker``."""
    blocks = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.M | re.S)
    [block] = [b for b in blocks if marker in b]
    return block


@pytest.mark.filterwarnings("ignore::UserWarning")  # distributed: the dashboard port is taken
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_the_readme_dask_example_builds_every_article_as_one_process_would(tmp_path, monkeypatch):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    if not ARTICLES.is_file():
        pytest.skip(f"{ARTICLES} not found")
    rows = [json.loads(line) for line in ARTICLES.read_text().splitlines() if line.strip()]
    assert len(rows) == 30
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, row in enumerate(rows):
        (inbox / f"article{i:02d}.txt").write_text(row["text"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_example("LocalCluster"), "README.md", "exec"), {"__name__": "__main__"})
    out = tmp_path / "out"
    stems = sorted(p.stem for p in inbox.iterdir())
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{stem}{suffix}"
        for stem in stems
        for suffix in (".pdf", ".docx", ".pptx", ".eml", ".json")
    )
    for stem in stems[:3]:
        here = reportgen.build_pack(inbox / f"{stem}.txt", formats=["json"])
        assert (out / f"{stem}.json").read_bytes() == here[f"{stem}.json"]
