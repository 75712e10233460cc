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


LIBRARIES = {
    "docx": ("docx.oxml.xmlchemy", "docx.oxml.ns", "nsmap"),
    "pptx": ("pptx.oxml.xmlchemy", "pptx.oxml.ns", "_nsmap"),
}


@pytest.mark.parametrize("fmt", sorted(LIBRARIES))
def test_compiled_xpaths_find_what_lxml_finds_for_every_lookup_a_render_makes(
    fmt: str, sample_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from lxml import etree

    renderer = renderer_for(fmt)  # imports the renderer, which compiles the lookups once
    chemistry_module, ns_module, nsmap_name = LIBRARIES[fmt]
    chemistry = importlib.import_module(chemistry_module)
    namespaces = getattr(importlib.import_module(ns_module), nsmap_name)
    element_class = chemistry.BaseOxmlElement
    installed = element_class.xpath
    assert installed.__qualname__.endswith("(compiled once)")
    lookups: list[tuple[Any, str]] = []

    def recording(self: Any, xpath_str: str) -> Any:
        lookups.append((self, xpath_str))
        return installed(self, xpath_str)

    monkeypatch.setattr(element_class, "xpath", recording)
    renderer.render(sample_plan, DEFAULT_THEME)
    assert len({expr for _, expr in lookups}) >= 3
    for element, expr in lookups:
        assert installed(element, expr) == etree._Element.xpath(
            element, expr, namespaces=namespaces
        )
