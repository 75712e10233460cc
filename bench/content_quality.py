"""Content quality: ROUGE beside Lead-3, actor precision/recall, the sample's gold checks."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy

from reportgen.model import Actors, Brief
from reportgen.read.source import Source
from reportgen.read.textstructure import parse
from reportgen.summarize import summarize
from reportgen.summarize.sentences import split_sentences

TITLE_WORDS = 12
"""The baseline title: the first sentence cut at the length reportgen allows a title."""
ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTGEN_SHARED", ROOT.parent / "shared"))
ANNOTATED = ROOT / "tests" / "fixtures" / "actors" / "bbc_syria_annotated.jsonl"
GENRES = ROOT / "tests" / "fixtures" / "actors" / "genres_annotated.jsonl"
"""Hand-annotated documents written for the project: a board paper, minutes, an earnings call,
a sports report and a meeting transcript (no shared data needed)."""

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_PUNCT = re.compile(r"[^\w\s]")


def norm(name: str) -> str:
    """Case, articles, hyphens and apostrophes do not make a different actor."""
    name = _PUNCT.sub(" ", name.lower().replace("'s", "")).strip()
    return " ".join(_ARTICLE.sub("", name).split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dup: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.dup += other.dup

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _names(entry: dict) -> set[str]:
    return {norm(n) for n in [entry["name"], *entry.get("aliases", [])]}


def _matches(pred: str, names: set[str], person: bool) -> bool:
    p = norm(pred)
    if p in names:
        return True
    if person:
        last = p.split()[-1:] if p else []
        return any(n.split()[-1:] == last for n in names if n)
    return False


def score_type(predicted: Iterable[str], gold: Sequence[dict], person: bool = False) -> Counts:
    """Each gold actor counts once; a repeat of a matched one is a duplicate, not an error."""
    counts = Counts()
    matched: set[int] = set()
    for pred in predicted:
        hits = [k for k, g in enumerate(gold) if _matches(pred, _names(g), person)]
        free = [k for k in hits if k not in matched]
        if free:
            matched.add(free[0])
            counts.tp += 1
        elif hits:
            counts.dup += 1
        else:
            counts.fp += 1
    counts.fn = len(gold) - len(matched)
    return counts


def score_actors(actors: Actors, gold: dict) -> dict[str, Counts]:
    """Counts per type (people, places, groups) and overall."""
    out = {
        "people": score_type([p.name for p in actors.people], gold["people"], person=True),
        "places": score_type([p.name for p in actors.places], gold["places"]),
        "groups": score_type([g.name for g in actors.groups], gold["groups"]),
    }
    total = Counts()
    for c in out.values():
        total.add(c)
    out["overall"] = total
    return out


def errors(actors: Actors, gold: dict) -> list[str]:
    """Human-readable misses and false actors, for tuning on the tune split only."""
    lines = []
    for kind, preds, person in (
        ("people", [p.name for p in actors.people], True),
        ("places", [p.name for p in actors.places], False),
        ("groups", [g.name for g in actors.groups], False),
    ):
        gold_k = gold[kind]
        for pred in preds:
            if not any(_matches(pred, _names(g), person) for g in gold_k):
                lines.append(f"  FP {kind}: {pred}")
        for g in gold_k:
            if not any(_matches(p, _names(g), person) for p in preds):
                lines.append(f"  FN {kind}: {g['name']}")
    return lines


def half(doc_id: str) -> str:
    """A stable split by id: the same documents are tuned on in every run."""
    return "tune" if hashlib.md5(doc_id.encode()).digest()[0] % 2 == 0 else "held-out"


def rouge_report(path: Path) -> None:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    sums: dict[tuple[str, str], list[float]] = {}
    titles: dict[tuple[str, str], list[float]] = {}
    for row in rows:
        reference = " ".join(row["highlights"])
        brief = summarize(Source(f"{row['id']}.txt", row["text"], structure=parse(row["text"])))
        sentences = split_sentences(row["text"])
        lead = " ".join(s.text for s in sentences[:3])
        # What a reader meets first: the bottom line, then the key points (each said once).
        ours = " ".join([brief.bottom_line, *brief.key_points][:3])
        first = sentences[0].text.split() if sentences else []
        cut = " ".join(first[:TITLE_WORDS]) + ("..." if len(first) > TITLE_WORDS else "")
        for system, title in (("cut", cut), ("model", brief.title)):
            r1 = scorer.score(reference, title.removesuffix("..."))["rouge1"]
            for part in ("all", half(row["id"])):
                acc = titles.setdefault((system, part), [0.0, 0.0, 0.0, 0.0])
                acc[0] += not title.endswith("...")
                acc[1] += r1.precision
                acc[2] += len(title.split())
                acc[3] += 1
        for system, text in (("lead3", lead), ("model", ours)):
            scores = scorer.score(reference, text)
            f = [scores[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")]
            for part in ("all", half(row["id"])):
                acc = sums.setdefault((system, part), [0.0, 0.0, 0.0, 0.0])
                acc[0] += f[0]
                acc[1] += f[1]
                acc[2] += f[2]
                acc[3] += 1
    print(f"ROUGE F x100 (stemmed) of the bottom line + first 2 key points, {path.name}")
    print(f"  {'part':9} {'n':>3}  {'system':7} {'R1':>6} {'R2':>6} {'RL':>6}")
    for part in ("all", "tune", "held-out"):
        base, ours = sums[("lead3", part)], sums[("model", part)]
        n = base[3]
        for name, acc in (("lead3", base), ("model", ours)):
            r = [100 * x / n for x in acc[:3]]
            print(f"  {part:9} {int(n):3d}  {name:7} {r[0]:6.2f} {r[1]:6.2f} {r[2]:6.2f}")
        ok = ours[0] >= base[0] and ours[1] >= base[1]
        print(f"  {'PASS' if ok else 'FAIL'} {part}: model R1/R2 >= Lead-3")
    print(
        "Titles: share that end whole (not cut with '...'), ROUGE-1 precision x100 against the "
        f"highlights, mean words; 'cut' is the first sentence cut at {TITLE_WORDS} words"
    )
    print(f"  {'part':9} {'n':>3}  {'system':7} {'whole':>6} {'R1 P':>6} {'words':>6}")
    for part in ("all", "tune", "held-out"):
        for name in ("cut", "model"):
            acc = titles[(name, part)]
            n = acc[3]
            whole, r1p, words = 100 * acc[0] / n, 100 * acc[1] / n, acc[2] / n
            print(f"  {part:9} {int(n):3d}  {name:7} {whole:6.1f} {r1p:6.2f} {words:6.1f}")


def actor_report(docs: Iterable[tuple[str, str, dict]], label: str, show_errors: bool) -> None:
    totals: dict[str, dict[str, Counts]] = {}
    for split, text, gold in docs:
        brief = summarize(Source("doc.txt", text))
        for kind, c in score_actors(brief.actors, gold).items():
            totals.setdefault(split, {}).setdefault(kind, Counts()).add(c)
        if show_errors and split == "tune":
            for line in errors(brief.actors, gold):
                print(line)
    for split, per in sorted(totals.items()):
        cells = "  ".join(
            f"{k} P={c.precision:.2f} R={c.recall:.2f} (tp {c.tp} fp {c.fp} fn {c.fn} dup {c.dup})"
            for k, c in per.items()
        )
        print(f"  actors {label} [{split}]: {cells}")


def role_hits(actors: Actors, gold: dict) -> tuple[int, int]:
    """Of the gold people given a role, how many are found with a role sharing a word with it."""
    hit = total = 0
    for person in gold["people"]:
        if not person.get("role"):
            continue
        total += 1
        want = set(norm(person["role"]).split())
        found = [p for p in actors.people if score_type([p.name], [person], person=True).tp]
        hit += any(set(norm(p.role).split()) & want for p in found)
    return hit, total


def genre_actor_report(path: Path, show_errors: bool) -> None:
    """Precision and recall per genre of the hand-annotated non-news documents, and overall."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    print(f"Actors on {len(rows)} hand-annotated documents of other genres ({path.name})")
    overall: dict[str, Counts] = {}
    for row in rows:
        brief = summarize(Source("doc.txt", row["text"]))
        counts = score_actors(brief.actors, row)
        hit, total = role_hits(brief.actors, row)
        for split in (row["split"], "all"):
            overall.setdefault(split, Counts()).add(counts["overall"])
        c = counts["overall"]
        named = sum(
            n in {norm(x) for x in _all_names(brief.actors)} for n in map(norm, row["not_actors"])
        )
        print(
            f"  {row['genre']:18} [{row['split']:8}] P={c.precision:.2f} R={c.recall:.2f} "
            f"(tp {c.tp} fp {c.fp} fn {c.fn}); roles {hit}/{total}; "
            f"non-actors named {named}/{len(row['not_actors'])}"
        )
        if show_errors and row["split"] == "tune":
            for line in errors(brief.actors, row):
                print("  " + line)
    for split, c in sorted(overall.items()):
        print(f"  all genres [{split}]: P={c.precision:.2f} R={c.recall:.2f}")


def _alternatives(name: str) -> list[str]:
    """Gold lists "opposition factions / forces": the second part swaps the last word."""
    parts = [p.strip() for p in name.split("/")]
    head = parts[0]
    out = [head]
    for p in parts[1:]:
        out.append(" ".join(head.split()[:-1] + [p]) if len(p.split()) == 1 else p)
    return out


def homs_gold_as_annotation(gold: dict) -> dict:
    a = gold["actors"]
    return {
        "people": [{"name": p["name"], "role": p["role"]} for p in a["people"]],
        "places": [{"name": p} for p in a["places"]],
        "groups": [
            {"name": _alternatives(g)[0], "aliases": _alternatives(g)[1:]} for g in a["groups"]
        ],
    }


def check(ok: bool, what: str) -> None:
    print(f"  {'PASS' if ok else 'FAIL'} {what}")


def homs_checks(brief: Brief, gold: dict) -> None:
    annotation = homs_gold_as_annotation(gold)
    bottom = brief.bottom_line.lower()
    check(
        all(w in bottom for w in ("homs", "rastan", "talbiseh", "opposition")),
        f"bottom line states the news: {brief.bottom_line!r}",
    )
    check(3 <= len(brief.sections) <= 7, f"3-7 sections ({len(brief.sections)})")
    sources = [i for s in brief.sections for i in s.sources]
    points = [p for s in brief.sections for p in s.points]
    check(
        len(sources) == len(set(sources)) and len(points) == len(set(points)),
        "no sentence or point repeated across sections",
    )
    placed = [*sources, *brief.key_point_sources]
    placed += [brief.bottom_line_source] if brief.bottom_line_source is not None else []
    check(
        len(placed) == len(set(placed)),
        "each sentence said once: bottom line, key points and sections share none",
    )
    told = set(placed) | {e.source for e in brief.timeline}
    check(
        len(told) >= 0.75 * len(brief.sentences),
        "a one-page brief still says three quarters of the sentences, in the points, sections "
        f"or timeline ({len(told)}/{len(brief.sentences)})",
    )

    def cut_from(point: str, sentence: str) -> bool:
        """Deletion only: every word of the point, in the sentence's order."""
        words = iter(re.findall(r"\w+", sentence.lower()))
        return all(any(w == s for s in words) for w in re.findall(r"\w+", point.lower()))

    check(
        all(
            cut_from(k, brief.sentences[i].text)
            for k, i in zip(brief.key_points, brief.key_point_sources, strict=True)
        ),
        "key points cut from their source sentences (deletion only)",
    )
    for person in annotation["people"]:
        found = [p for p in brief.actors.people if score_type([p.name], [person], person=True).tp]
        role_words = set(norm(person["role"]).split())
        ok = bool(found) and any(set(norm(p.role).split()) & role_words for p in found)
        shown = ", ".join(f"{p.name} ({p.role})" for p in found) or "missing"
        check(ok, f"person {person['name']} with role: {shown}")
    for place in annotation["places"]:
        hit = score_type([p.name for p in brief.actors.places], [place]).tp
        check(bool(hit), f"place {place['name']}")
    for group in annotation["groups"]:
        hit = score_type([g.name for g in brief.actors.groups], [group]).tp
        check(bool(hit), f"group {group['name']} (or {', '.join(group['aliases'])})")
    names = {norm(n) for n in _all_names(brief.actors)}
    for bad in gold["not_actors"]:
        check(norm(bad) not in names, f"not an actor: {bad!r}")
    counts = score_actors(brief.actors, annotation)
    print(
        "  actors homs gold: "
        + "  ".join(f"{k} P={c.precision:.2f} R={c.recall:.2f}" for k, c in counts.items())
    )


def _all_names(actors: Actors) -> Sequence[str]:
    return [a.name for a in (*actors.people, *actors.places, *actors.groups)]


def main() -> int:
    show_errors = "--errors" in sys.argv
    genre_actor_report(GENRES, show_errors)
    if "--genres-only" in sys.argv:
        return 0
    data = SHARED / "data"
    if not data.is_dir():
        print(f"content_quality: skipped, {data} is absent")
        return 0
    rouge_report(data / "summaries" / "cnndm_dev100.jsonl")
    gold = json.loads((SHARED / "gold" / "homs.gold.json").read_text())
    seed = ROOT / gold["document"]
    brief = summarize(Source(seed.name, seed.read_text(encoding="utf-8")))
    print(f"Sample checks, {seed.name} against {gold['document']} gold")
    homs_checks(brief, gold)
    rows = [json.loads(line) for line in ANNOTATED.read_text().splitlines() if line.strip()]
    print(f"Actors on {len(rows)} hand-annotated BBC Syria articles")
    actor_report(((r["split"], r["text"], r) for r in rows), "bbc_syria", show_errors=show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
