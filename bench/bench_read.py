"""Time reading a 1 MB web page and Markdown file against decoding the same bytes as plain text.

Run: ``.venv/bin/python bench/bench_read.py``. Builds a page and a Markdown file of about 1 MB
from the sample's paragraphs (with links, emphasis, a menu, a script and a footer), then prints
the median milliseconds of ``read`` for each, beside ``read`` of the same bytes named ``.txt``
in the same run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import median_seconds  # noqa: E402

from reportgen.read import read  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1_000_000
RUNS = 5


def documents() -> dict[str, str]:
    paragraphs = [
        p for p in (ROOT / "seeds" / "homs.txt").read_text("utf-8-sig").split("\n") if p.strip()
    ]
    html_body = "".join(f'<p>{p} <a href="/x">link</a> <b>note</b></p>\n' for p in paragraphs)
    md_body = "".join(f"{p} [link](/x) **note**\n\n" for p in paragraphs)
    page = (
        "<html><head><title>Homs</title><script>var x = 1;</script></head><body>"
        "<nav>Home | World</nav><article><h1>Homs</h1>"
        + html_body * (TARGET // len(html_body))
        + "</article><footer>Copyright</footer></body></html>"
    )
    markdown = "# Homs\n\n" + md_body * (TARGET // len(md_body))
    return {"page.html": page, "doc.md": markdown}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"median of {RUNS} runs of reportgen.read")
        for name, text in documents().items():
            path, plain = folder / name, folder / f"{name}.txt"
            path.write_text(text, "utf-8")
            plain.write_text(text, "utf-8")
            ours = median_seconds(lambda p=path: read(p), RUNS)
            base = median_seconds(lambda p=plain: read(p), RUNS)
            size = len(text.encode()) / 1e6
            print(
                f"  {name:9} {size:4.2f} MB  {ours * 1000:7.1f} ms"
                f"   as plain text {base * 1000:6.1f} ms   ratio {ours / base:5.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
