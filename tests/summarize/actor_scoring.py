"""Typed actor scoring against hand annotations, shared by the news and genre actor tests."""

from __future__ import annotations

import re
from typing import Any

from reportgen.model import Actors


def norm(name: str) -> str:
    """A name as annotations and output are compared: no case, punctuation, 's or article."""
    name = re.sub(r"[^\w\s]", " ", name.lower().replace("'s", ""))
    return " ".join(re.sub(r"^(?:the|a|an)\s+", "", name.strip()).split())


def typed_counts(doc: dict[str, Any], found: Actors) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of ``found`` against ``doc``'s people,
    places and groups; each gold actor counts once (a repeat of a matched one is no error),
    and a person also matches by surname."""
    tp = fp = fn = 0
    for kind, preds in (
        ("people", [p.name for p in found.people]),
        ("places", [p.name for p in found.places]),
        ("groups", [g.name for g in found.groups]),
    ):
        gold = [{norm(n) for n in [g["name"], *g.get("aliases", [])]} for g in doc[kind]]
        matched: set[int] = set()
        for pred in map(norm, preds):
            hits = [
                k
                for k, g in enumerate(gold)
                if pred in g
                or (kind == "people" and any(n.split()[-1:] == pred.split()[-1:] for n in g))
            ]
            free = [k for k in hits if k not in matched]
            if free:
                matched.add(free[0])
                tp += 1
            elif not hits:
                fp += 1
        fn += len(gold) - len(matched)
    return tp, fp, fn
