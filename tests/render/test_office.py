"""What the Word document and the deck share: the core properties Office shows in File > Info."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import docx
import pptx
import pytest

from reportgen.layout import DEFAULT_THEME, Plan, plan
from reportgen.render import renderer_for
from tests.conftest import make_brief

OPENERS = {"docx": docx.Document, "pptx": pptx.Presentation}


def core_properties(fmt: str, the_plan: Plan) -> Any:
    data = renderer_for(fmt).render(the_plan, DEFAULT_THEME)
    return OPENERS[fmt](io.BytesIO(data)).core_properties


@pytest.mark.parametrize("fmt", sorted(OPENERS))
def test_core_properties_carry_the_plan_metadata(fmt: str, sample_plan: Plan) -> None:
    props = core_properties(fmt, sample_plan)
    meta = sample_plan.meta
    assert (props.title, props.subject, props.author) == (meta.title, meta.subject, meta.author)
    assert props.language == meta.language
    assert props.keywords == ", ".join(meta.keywords)
    assert props.created is not None


@pytest.mark.parametrize("fmt", sorted(OPENERS))
def test_a_subject_longer_than_office_allows_is_cut_not_refused(fmt: str) -> None:
    long = "A bottom line that goes on and on, " * 12
    props = core_properties(fmt, plan(dataclasses.replace(make_brief(), bottom_line=long)))
    assert len(props.subject) <= 255
    assert props.subject.endswith("\u2026")
