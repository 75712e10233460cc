"""Time and structure of reading PDFs: the layout reader (pdfplumber) beside pypdf's flat text.

Run: ``.venv/bin/python bench/bench_pdf_read.py [--runs N]``. For every PDF in
``../shared/data/structured`` prints the median milliseconds per page of

- ``pypdf``: the flat text layer (``pdf_text``) parsed as plain text, the reading before;
- ``layout``: ``pdf_document``, the reader that keeps the layout,

and the structure each finds (headings, tables, lists, furniture). For the three ICDAR 2013
files with a ``-str.xml`` ground truth it prints the table cells recovered out of the cells in
the truth, for both readings and for pdfplumber's table finder with its "text" strategy (tables
without rules), which the reader does not use. Skips when the data folder is absent.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import median_seconds  # noqa: E402

from reportgen.read.office import pdf_document, pdf_text  # noqa: E402
from reportgen.read.structure import ListBlock, Structure  # noqa: E402
from reportgen.read.textstructure import parse  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "structured"
ICDAR = ("us-024", "us-027", "eu-012")


def _flat(data: bytes, name: str) -> Structure:
    return parse(pdf_text(data, name)[0])


def _layout(data: bytes, name: str) -> Structure:
    return pdf_document(data, name)[1]


def _shape(s: Structure) -> str:
    lists = sum(1 for b in s.blocks if isinstance(b, ListBlock))
    return (
        f"{len(s.headings):3} headings {len(s.tables):2} tables {lists:2} lists "
        f"{len(s.furniture):2} furniture"
    )


def _norm(cell: str) -> str:
    return " ".join(cell.split()).lower()


def _truth(path: Path) -> Counter[str]:
    root = ET.parse(path).getroot()
    return Counter(
        _norm(c.findtext("content") or "")
        for c in root.iter("cell")
        if (c.findtext("content") or "").strip()
    )


def _found(s: Structure) -> Counter[str]:
    return Counter(_norm(c) for t in s.tables for row in (t.header, *t.rows) for c in row if c)


def _text_strategy(data: bytes) -> Counter[str]:
    import io

    import pdfplumber

    found: Counter[str] = Counter()
    settings = {"vertical_strategy": "text", "horizontal_strategy": "text"}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables(settings):
                found.update(_norm(c) for row in table for c in row if c)
    return found


def _recovered(truth: Counter[str], found: Counter[str]) -> int:
    return sum(min(n, found[c]) for c, n in truth.items())


def main() -> int:
    args = argparse.ArgumentParser()
    args.add_argument("--runs", type=int, default=3)
    runs = args.parse_args().runs
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent")
        return 0
    import pypdf

    print(f"median of {runs} runs, ms per page; structure found")
    for path in sorted(DATA.glob("*.pdf")):
        data = path.read_bytes()
        pages = len(pypdf.PdfReader(path).pages)
        print(f"{path.name} ({pages} pp.)")
        for label, read in (("pypdf ", _flat), ("layout", _layout)):
            took = median_seconds(partial(read, data, path.name), runs)
            print(f"  {label} {took * 1000 / pages:7.0f} ms/page  {_shape(read(data, path.name))}")
    print("ICDAR 2013 table cells recovered / cells in the truth")
    for stem in ICDAR:
        data = (DATA / f"{stem}.pdf").read_bytes()
        truth = _truth(DATA / f"{stem}-str.xml")
        total = sum(truth.values())
        flat = _recovered(truth, _found(_flat(data, stem)))
        ours = _recovered(truth, _found(_layout(data, stem)))
        text = _recovered(truth, _text_strategy(data))
        print(
            f"  {stem}: pypdf {flat}/{total}  layout {ours}/{total}"
            f"  pdfplumber text strategy {text}/{total}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
