"""Score the temporal tagger on TimeBank/AQUAINT the TempEval-3 way; check the sample timeline.

Run: ``.venv/bin/python bench/timex_quality.py``; ``--errors tune|held-out|all`` lists the
disagreements of one part, ``--set timebank|aquaint`` limits the run to one set, and
``--classes`` counts the value disagreements by kind.
Figures are printed for the whole set, the tuning part and the held-out part, beside a
years-and-month-names baseline computed in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _split import load_jsonl, part_of, shared_dir  # noqa: E402

from reportgen.summarize.sentences import split_sentences  # noqa: E402
from reportgen.summarize.timeline import build_timeline  # noqa: E402
from reportgen.summarize.timex import Timex, tag  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = {"timebank": "tbaq_timebank.jsonl", "aquaint": "tbaq_aquaint.jsonl"}
Span = tuple[int, int, str, str]
"""start, end, type, value."""

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_BASELINE = re.compile(
    rf"\b(?:(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\b"
)
_MONTH_NO = {m: i for i, m in enumerate(_MONTHS.split("|"), start=1)}


def baseline(text: str, dct: date | None) -> list[Timex]:
    """Years and month names, valued as literally as they read: what any quick regex gives."""
    out: list[Timex] = []
    for m in _BASELINE.finditer(text):
        words = re.findall(r"\w+", m.group(0))
        year = next((w for w in words if len(w) == 4 and w.isdigit()), None)
        month = _MONTH_NO.get(words[0])
        day = next((w for w in words[1:] if w.isdigit() and len(w) <= 2), None)
        value = year or (str(dct.year) if dct else "XXXX")
        if month:
            value += f"-{month:02d}"
            if day:
                value += f"-{int(day):02d}"
        out.append(Timex(m.start(), m.end(), m.group(0), "DATE", value))
    return out


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_ok: int = 0
    type_ok: int = 0
    pairs: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_doc(gold: Sequence[Span], system: Sequence[Span]) -> Counts:
    """TempEval-3: strict = same span; relaxed = overlap; attributes judged on relaxed pairs."""
    c = Counts(gold=len(gold), system=len(system))
    sys_spans = {(s[0], s[1]) for s in system}
    c.strict = sum((g[0], g[1]) in sys_spans for g in gold)
    c.relaxed_gold = sum(any(s[0] < g[1] and g[0] < s[1] for s in system) for g in gold)
    c.relaxed_system = sum(any(g[0] < s[1] and s[0] < g[1] for g in gold) for s in system)
    for g, s in relaxed_pairs(gold, system):
        c.pairs += 1
        c.value_ok += s[3] == g[3]
        c.type_ok += s[2] == g[2]
    return c


def relaxed_pairs(gold: Sequence[Span], system: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Each gold span with the first unused system span overlapping it: the attribute pairs."""
    used: set[int] = set()
    out: list[tuple[Span, Span]] = []
    for g in gold:
        match = next(
            (i for i, s in enumerate(system) if i not in used and s[0] < g[1] and g[0] < s[1]),
            None,
        )
        if match is not None:
            used.add(match)
            out.append((g, system[match]))
    return out


_POINT = re.compile(r"\d{4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-\d\d)?)?")
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")


def disagreement_class(gold: str, ours: str, dct: date | None) -> str:
    """Why a paired value differs: a notation or convention the annotators varied, or not.

    "notation" and "convention" classes are where the gold of TimeBank/AQUAINT contradicts
    itself or the TIMEX3 notation, so no rule can agree with every annotation of them.
    """
    if re.sub(r"-W0(\d)", r"-W\1", ours) == gold:
        return "notation: week without zero padding (2000-W6)"
    if re.fullmatch(r"\d{3}X", gold) and gold[:3] == ours:
        return "notation: decade with X (196X)"
    if re.fullmatch(r"\d{4}-XX", gold) and gold[:4] == ours:
        return "notation: year with -XX (1968-XX)"
    if _PART_OF_DAY.search(ours) and ours[:10] == gold[:10]:
        return "convention: part of day dropped or other (Friday night)"
    if re.fullmatch(r"\d{4}-WXX", gold):
        return "convention: a known week written WXX"
    if re.fullmatch(r"\d{4}-Q[\dX]", gold) and re.fullmatch(r"\d{4}", ours):
        return "convention: quarter where the text says year"
    if dct and re.fullmatch(r"\d{4}-\d\d-\d\d", gold) and re.fullmatch(r"\d{4}-\d\d-\d\d", ours):
        g, o = date.fromisoformat(gold), date.fromisoformat(ours)
        if (g - o).days % 7 == 0 and abs((g - dct).days) >= 7 > abs((o - dct).days):
            return "convention: weekday a week off the document date"
    if gold.startswith("P") != ours.startswith("P"):
        return "point vs duration"
    if _POINT.fullmatch(gold) and _POINT.fullmatch(ours):
        return "another point in time"
    return "other"


def figures(c: Counts) -> dict[str, float]:
    sp = c.strict / c.system if c.system else 0.0
    sr = c.strict / c.gold if c.gold else 0.0
    rp = c.relaxed_system / c.system if c.system else 0.0
    rr = c.relaxed_gold / c.gold if c.gold else 0.0
    rf = _f1(rp, rr)
    val_acc = c.value_ok / c.pairs if c.pairs else 0.0
    type_acc = c.type_ok / c.pairs if c.pairs else 0.0
    return {
        "strict_p": sp * 100,
        "strict_r": sr * 100,
        "strict_f1": _f1(sp, sr) * 100,
        "relaxed_p": rp * 100,
        "relaxed_r": rr * 100,
        "relaxed_f1": rf * 100,
        "value_acc": val_acc * 100,
        "type_acc": type_acc * 100,
        "value_f1": rf * val_acc * 100,
        "type_f1": rf * type_acc * 100,
    }


Tagger = Callable[[str, "date | None"], list[Timex]]


def print_disagreements(parts: dict[str, Counter[str]]) -> None:
    print(f"  value disagreements by class {'tune':>33} {'held-out':>9}")
    classes = sorted(set(parts["tune"]) | set(parts["held-out"]))
    for name in classes:
        print(f"  {name:60} {parts['tune'][name]:5d} {parts['held-out'][name]:9d}")


def evaluate(
    docs: Sequence[dict[str, Any]],
    tagger: Tagger,
    errors: str | None,
    classes: dict[str, Counter[str]] | None = None,
) -> dict[str, Counts]:
    """Score every document; ``classes``, when given, also counts value disagreements per
    part by :func:`disagreement_class`, from the same tagging run."""
    parts = {"all": Counts(), "tune": Counts(), "held-out": Counts()}
    for doc in docs:
        text: str = doc["text"]
        dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        gold = [(t["start"], t["end"], t["type"], t["value"]) for t in doc["timexes"]]
        found = tagger(text, dct)
        assert all(text[t.start : t.end] == t.text for t in found), doc["id"]
        system = [(t.start, t.end, t.type, t.value) for t in found]
        c = score_doc(gold, system)
        part = part_of(doc["id"])
        parts["all"].add(c)
        parts[part].add(c)
        if errors in (part, "all"):
            _print_errors(doc, gold, system)
        if classes is not None:
            for g, sp in relaxed_pairs(gold, system):
                if g[3] != sp[3]:
                    classes[part][disagreement_class(g[3], sp[3], dct)] += 1
    return parts


def _print_errors(doc: dict[str, Any], gold: Sequence[Span], system: Sequence[Span]) -> None:
    """One line per disagreement, with the text around it, for error analysis."""
    text: str = doc["text"]
    gold_set, system_set = set(gold), set(system)
    gold_bad = [g for g in gold if g not in system_set]
    sys_bad = [s for s in system if s not in gold_set]
    for g in gold_bad:
        ov = [s for s in system if s[0] < g[1] and g[0] < s[1]]
        ctx = text[max(0, g[0] - 30) : g[0]].replace("\n", " ")
        after = text[g[1] : g[1] + 20].replace("\n", " ")
        got = "; ".join(f"[{text[s[0] : s[1]]}] {s[2]} {s[3]}" for s in ov) or "-"
        print(f"{doc['dct'][:10]} G …{ctx}[[{text[g[0] : g[1]]}]]{after}…  {g[2]} {g[3]}  ⇒ {got}")
    for s in sys_bad:
        if any(g[0] < s[1] and s[0] < g[1] for g in gold):
            continue
        ctx = text[max(0, s[0] - 30) : s[0]].replace("\n", " ")
        after = text[s[1] : s[1] + 20].replace("\n", " ")
        print(f"{doc['dct'][:10]} S …{ctx}[[{text[s[0] : s[1]]}]]{after}…  {s[2]} {s[3]}")


def print_table(name: str, rows: dict[str, dict[str, Counts]]) -> None:
    print(f"\n{name}")
    head = f"{'tagger':9} {'part':9} {'gold':>5} {'sys':>5}  {'strict P/R/F1':>17}  "
    head += f"{'relaxed P/R/F1':>17}  {'value F1':>8} {'val acc':>7} {'type acc':>8}"
    print(head)
    for tagger, parts in rows.items():
        for part, c in parts.items():
            f = figures(c)
            print(
                f"{tagger:9} {part:9} {c.gold:5d} {c.system:5d}  "
                f"{f['strict_p']:5.1f}/{f['strict_r']:5.1f}/{f['strict_f1']:5.1f}  "
                f"{f['relaxed_p']:5.1f}/{f['relaxed_r']:5.1f}/{f['relaxed_f1']:5.1f}  "
                f"{f['value_f1']:8.1f} {f['value_acc']:7.1f} {f['type_acc']:8.1f}"
            )


YEARLESS = Path(__file__).resolve().parent / "data" / "bbc_dates_without_year.json"


def check_dates_without_year() -> None:
    """Years given to dates the BBC writes without one ("began in March"), against an
    analyst's reading, beside the simplest rule: the year of the document's date. The date
    may sit inside a longer expression ("06:00 local time on 12 April"); a time on the right
    day counts as that day."""
    source = shared_dir() / "data" / "syria" / "bbc_homs_dev30.jsonl"
    if not source.exists():
        print("\nBBC dates without a year: data absent, skipped")
        return
    docs = {d["id"]: d for d in load_jsonl(source)}
    gold = json.loads(YEARLESS.read_text(encoding="utf-8"))["dates"]
    tagged: dict[str, list[Timex]] = {}
    right: dict[tuple[str, str], int] = {}
    total: dict[str, int] = {}
    for g in gold:
        doc = docs[g["id"]]
        dct = date.fromisoformat(doc["dct"][:10])
        found = tagged.setdefault(g["id"], tag(doc["text"], dct))
        part = part_of(g["id"])
        covering = [t for t in found if t.start <= g["start"] < t.end]
        ours = covering[0].value.split("T")[0] if covering else ""
        simple = f"{dct.year}{g['value'][4:]}"
        for name, value in (("reportgen", ours), ("doc year", simple)):
            for p in (part, "all"):
                right[(name, p)] = right.get((name, p), 0) + (value == g["value"])
        for p in (part, "all"):
            total[p] = total.get(p, 0) + 1
    print("\nBBC dates written without a year (bench/data/bbc_dates_without_year.json)")
    for name in ("reportgen", "doc year"):
        cells = "  ".join(
            f"{p} {right.get((name, p), 0)}/{total.get(p, 0)}" for p in ("all", "tune", "held-out")
        )
        print(f"  {name:9} right: {cells}")


def check_sample_timeline() -> bool:
    """The sample's timeline against the analyst's gold, without and with a document date."""
    gold_path = shared_dir() / "gold" / "homs.gold.json"
    seed = ROOT / "seeds" / "homs.txt"
    if not gold_path.exists() or not seed.exists():
        print("\nsample timeline: gold or seed absent, skipped")
        return True
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["timeline"]
    text = seed.read_text(encoding="utf-8-sig")
    sentences = split_sentences(text)
    ok = True
    for dct in (None, date(2024, 12, 1)):
        events = build_timeline(sentences, tag(text, dct), dct)
        print(f"\nsample timeline, dct={dct}")
        for e in events:
            print(
                f"  {e.when!r:40} {e.value!s:12} {e.precision:11} src={e.source} anchor={e.anchor}"
            )
        places: dict[int, int] = {}
        for n, entry in enumerate(gold):
            hit = next(
                (
                    i
                    for i, e in enumerate(events)
                    if all(w in e.event for w in entry["must_mention"])
                ),
                None,
            )
            verdict = hit is not None and _entry_ok(entry, events[hit], events)
            if hit is not None:
                places[n] = hit
            ok &= verdict
            mentions = ", ".join(entry["must_mention"])
            print(f"  {'PASS' if verdict else 'FAIL'} {entry['when']!r} ({mentions})")
        in_order = all(
            places.get(a, -1) < places.get(b, -1)
            for a in range(len(gold))
            for b in range(len(gold))
            if gold[a]["order"] < gold[b]["order"]
        )
        ok &= in_order
        print(f"  {'PASS' if in_order else 'FAIL'} order")
    return ok


def _entry_ok(entry: dict[str, Any], event: Any, events: Sequence[Any]) -> bool:
    if event.precision != entry["precision"]:
        return False
    if entry["precision"] == "relative":
        if event.value and re.fullmatch(r"\d{4}.*", event.value):
            return False  # an invented absolute date
        if "anchor" in entry:
            anchor = next((e for e in events if e.source == event.anchor), None)
            return anchor is not None and "2012" in (anchor.value or "")
        return True
    return (event.value or "").startswith(entry["when"])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", choices=("tune", "held-out", "all"), help="print disagreements")
    ap.add_argument("--set", choices=tuple(SETS), help="only this data set")
    ap.add_argument("--classes", action="store_true", help="count value disagreements by class")
    args = ap.parse_args(argv)
    data = shared_dir() / "data" / "timex"
    if not data.is_dir():
        print(f"timex quality: {data} absent, skipped")
        return 0
    for name, file in SETS.items():
        if args.set and name != args.set:
            continue
        docs = load_jsonl(data / file)
        classes: dict[str, Counter[str]] = {"tune": Counter(), "held-out": Counter()}
        rows = {
            "reportgen": evaluate(docs, tag, args.errors, classes if args.classes else None),
            "baseline": evaluate(docs, baseline, None),
        }
        print_table(f"{name} ({len(docs)} docs)", rows)
        if args.classes:
            print_disagreements(classes)
    if not args.set:
        check_dates_without_year()
        ok = check_sample_timeline()
        print(f"\nsample timeline: {'PASS' if ok else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
