"""The tagger's rule table: every rule's examples, its vetoes', and the scan invariant."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from reportgen.summarize.timex import tag, vetoed
from reportgen.summarize.timex._normalise import Resolver
from reportgen.summarize.timex._rules import RULES, VETOES, Rule, Veto
from reportgen.summarize.timex._scan import matches, trigger_spans

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DCT = date(2012, 4, 9)
_MARKED = re.compile(r"\[([^\]]*)\]")


def _unmark(example: str) -> tuple[str, int, int]:
    """The example without its brackets, and where the bracketed span lies in it."""
    m = _MARKED.search(example)
    assert m is not None, f"no [span] in {example!r}"
    text = example[: m.start()] + m[1] + example[m.end() :]
    return text, m.start(), m.start() + len(m[1])


def _valued(rule: Rule, text: str) -> list[tuple[int, int]]:
    """Spans the rule finds, near its triggers, that no veto drops and its resolver values."""
    out = []
    for _, _, m in matches(text, (rule,)):
        if vetoed(rule, text, m):
            continue
        if Resolver(text, DCT).resolve(rule.resolver, m) is not None:
            out.append(m.span())
    return out


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_finds_each_of_its_examples_and_the_tagger_keeps_it(rule: Rule) -> None:
    assert rule.must, "a rule needs at least one example it must find"
    for example in rule.must:
        text, start, end = _unmark(example)
        assert (start, end) in [m.span() for _, _, m in matches(text, (rule,))], example
        # valued in context: "the third day" counts from the date the text gave before it
        assert (start, end) in [(t.start, t.end) for t in tag(text, DCT)], example


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_no_rule_values_anything_in_its_counter_examples(rule: Rule) -> None:
    assert rule.must_not, "a rule needs at least one example it must not find"
    for example in rule.must_not:
        assert _valued(rule, example) == [], example


def test_rule_names_are_unique_and_vetoes_they_name_exist() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(v in VETOES for r in RULES for v in r.vetoes)


def _match(veto: Veto, example: str) -> tuple[str, re.Match[str]]:
    """The example's text and the match of its bracketed span by a rule that takes the veto."""
    text, start, end = _unmark(example)
    for rule in (r for r in RULES if veto.name in r.vetoes):
        for _, _, m in matches(text, (rule,)):
            if m.span() == (start, end):
                return text, m
    raise AssertionError(f"no rule taking {veto.name} matches the span of {example!r}")


@pytest.mark.parametrize("veto", VETOES.values(), ids=lambda v: v.name)
def test_every_veto_drops_its_examples_and_keeps_its_counter_examples(veto: Veto) -> None:
    assert veto.must, "a veto needs at least one example it drops"
    assert veto.must_not, "a veto needs at least one example it keeps"
    for example in veto.must:
        assert veto.applies(*_match(veto, example)), example
    for example in veto.must_not:
        assert not veto.applies(*_match(veto, example)), example


def _corpus() -> list[str]:
    texts = [_unmark(e)[0] for r in RULES for e in r.must] + [e for r in RULES for e in r.must_not]
    texts += [_unmark(e)[0] for v in VETOES.values() for e in (*v.must, *v.must_not)]
    for folder in ("timex", "timeline", "content", "actors"):
        texts += [p.read_text("utf-8") for p in sorted((FIXTURES / folder).glob("*.txt"))]
    return texts


CORPUS = _corpus()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_match_holds_a_trigger_and_the_windowed_scan_finds_what_a_full_scan_finds(
    rule: Rule,
) -> None:
    for text in CORPUS:
        full = [m.span() for m in rule.compiled.finditer(text) if m.end() > m.start()]
        windowed = [m.span() for _, _, m in matches(text, (rule,)) if m.end() > m.start()]
        assert windowed == full, (rule.name, text[:80])
        spans = [s for f in rule.triggers for s in trigger_spans(text).get(f, ())]
        for start, end in full:
            assert any(start <= a and b <= end for a, b in spans), (rule.name, text[start:end])


def test_no_function_of_the_tagger_or_the_timeline_is_over_complexity_15() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    package = Path(__file__).resolve().parents[2] / "reportgen" / "summarize"
    paths = [package / "timex", package / "timeline.py", package / "_timeline_pick.py"]
    run = subprocess.run(
        [
            ruff,
            "check",
            "--isolated",
            "--select",
            "C901",
            "--config",
            "lint.mccabe.max-complexity=15",
            "--output-format",
            "concise",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout


def test_rules_are_compiled_only_when_a_text_has_their_trigger_words() -> None:
    code = (
        "from reportgen.summarize.timex import _rules, tag\n"
        "before = _rules._compile.cache_info().currsize\n"
        "tag('Revenue rose in 2011.')\n"
        "print(before, _rules._compile.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    before, after = map(int, out.split())
    assert before == 0
    assert 0 < after < len(RULES)
