"""Score the timeline on hand-annotated documents, beside the timeline of the code before.

Run: ``.venv/bin/python bench/timeline_quality.py``. For each document of
``bench/data/timeline_gold.json`` (BBC articles and genre documents of ``../shared/data``,
named by id, and the project's own memo, board paper and article fixtures) it builds the
brief at the standard detail level and prints:

- recall: the share of gold events that an entry of the timeline dates right (its source
  sentence holds the event, its value is the gold value, to the day, at the gold precision);
- wrong: the share of entries that date a gold event's sentence otherwise, or that stand
  on a sentence that must make no entry (a comment's timestamp, a memo's Date line, "now");
- unjudged: entries on sentences the annotation says nothing about.

The figures of the code before are read from ``bench/data/timeline_base.json``, written by
this script run on that code: ``--code DIR --write-base`` imports reportgen from ``DIR``
(e.g. ``git archive <commit> | tar -x -C DIR``). Shared documents are skipped, with a note,
when ``../shared`` is absent; ``--errors`` lists every miss and wrong entry. Figures are
printed for all documents, for those the code was tuned on, and for the held-out ones,
annotated after the code was written.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "data" / "timeline_gold.json"
BASE = ROOT / "bench" / "data" / "timeline_base.json"
PARTS = ("all", "tune", "held-out")
"""Held-out documents were annotated after the timeline code was written."""
Entry = tuple[int, int, str | None, str]
"""Source sentence start, end, value, precision of one timeline entry."""


@dataclass
class Score:
    gold: int = 0
    right: int = 0
    entries: int = 0
    wrong: int = 0
    unjudged: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.right += other.right
        self.entries += other.entries
        self.wrong += other.wrong
        self.unjudged += other.unjudged

    def line(self) -> str:
        recall = 100 * self.right / self.gold if self.gold else 0.0
        wrong = 100 * self.wrong / self.entries if self.entries else 0.0
        return (
            f"recall {self.right:3d}/{self.gold:3d} = {recall:5.1f}%   "
            f"wrong {self.wrong:3d}/{self.entries:3d} = {wrong:5.1f}%   unjudged {self.unjudged}"
        )


def load_documents(shared: Path) -> list[dict[str, Any]]:
    """Gold records with their text and document date; shared ones only when present."""
    docs = []
    for record in json.loads(GOLD.read_text(encoding="utf-8"))["documents"]:
        if "fixture" in record:
            text = (ROOT / record["fixture"]).read_text(encoding="utf-8")
            dct = record.get("dct")
        else:
            path = shared / "data" / record["file"]
            if not path.exists():
                print(f"{record['id']}: {path} absent, skipped")
                continue
            found = _shared_record(path, record["id"])
            text, dct = found["text"], found.get("dct")
        docs.append({**record, "text": text, "dct": dct})
    return docs


def _shared_record(path: Path, doc_id: str) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record: dict[str, Any] = json.loads(line)
            if record["id"] == doc_id:
                return record
    raise SystemExit(f"{doc_id} not in {path}")


def timeline_entries(text: str, dct: str | None) -> list[Entry]:
    """The timeline the brief of ``text`` shows at the standard detail level."""
    from reportgen.read.source import Source
    from reportgen.summarize import summarize

    brief = summarize(
        Source(name="doc.txt", text=text),
        document_date=date.fromisoformat(dct[:10]) if dct else None,
    )
    spans = {s.index: (s.start, s.end) for s in brief.sentences}
    return [(*spans[e.source], e.value, e.precision) for e in brief.timeline]


def _offsets(doc: dict[str, Any], item: dict[str, Any] | str | int) -> list[int]:
    if isinstance(item, int):
        return [item]
    if isinstance(item, str):
        return [doc["text"].index(item)]
    if "find" in item:
        return [doc["text"].index(item["find"])]
    return list(item["at"])


def _same_date(entry: Entry, event: dict[str, Any]) -> bool:
    value = entry[2] or ""
    if event["precision"] == "day":
        value = value[:10]
    return value == event["value"] and entry[3] == event["precision"]


def score(doc: dict[str, Any], entries: list[Entry]) -> Score:
    """Right-dated gold events, and wrong entries, of one document."""
    s = Score(gold=len(doc["events"]), entries=len(entries))
    events = [(_offsets(doc, e), e) for e in doc["events"]]
    banned = [at for item in doc["not_events"] for at in _offsets(doc, item)]
    for offsets, event in events:
        if any(
            a <= at < b and _same_date((a, b, v, p), event)
            for a, b, v, p in entries
            for at in offsets
        ):
            s.right += 1
        else:
            s.notes.append(f"  miss  @{offsets[0]}: {event['value']} ({event['precision']})")
    for a, b, value, precision in entries:
        here = [e for offsets, e in events if any(a <= at < b for at in offsets)]
        if any(a <= at < b for at in banned):
            s.wrong += 1
            s.notes.append(f"  wrong @{a}: {value} ({precision}) makes no event")
        elif here and not any(_same_date((a, b, value, precision), e) for e in here):
            s.wrong += 1
            gold = ", ".join(f"{e['value']} ({e['precision']})" for e in here)
            s.notes.append(f"  wrong @{a}: {value} ({precision}), gold {gold}")
        elif not here:
            s.unjudged += 1
    return s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, help="import reportgen from this folder")
    parser.add_argument("--write-base", action="store_true", help=f"write {BASE.name}")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong entries")
    args = parser.parse_args()
    sys.path.insert(0, str((args.code or ROOT).resolve()))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _split import shared_dir

    docs = load_documents(shared_dir())
    if not docs:
        print("timeline quality: no documents")
        return
    current = {d["id"]: timeline_entries(d["text"], d["dct"]) for d in docs}
    if args.write_base:
        BASE.write_text(json.dumps(current, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {BASE.relative_to(ROOT)}")
        return
    base = json.loads(BASE.read_text(encoding="utf-8")) if BASE.exists() else {}
    totals = {(part, name): Score() for part in PARTS for name in ("now", "before")}
    for d in docs:
        for name, entries in (("now", current[d["id"]]), ("before", base.get(d["id"]))):
            if entries is None:
                continue
            s = score(d, [tuple(e) for e in entries])  # type: ignore[misc]
            totals["all", name].add(s)
            totals[d.get("part", "tune"), name].add(s)
            print(f"{d['id']:24} {name:6} {s.line()}")
            if args.errors and name == "now":
                print("\n".join(s.notes))
    print()
    for (part, name), s in totals.items():
        count = sum(1 for d in docs if part == "all" or d.get("part", "tune") == part)
        print(f"{part + ' (' + str(count) + ' documents)':24} {name:6} {s.line()}")


if __name__ == "__main__":
    main()
