"""The model is frozen, round-trips through JSON, and its JSON meets the shipped schema."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import jsonschema
import pytest

from reportgen.model import Brief
from tests.conftest import make_brief


def test_brief_round_trips_through_json_unchanged() -> None:
    brief = make_brief()
    again = Brief.from_json(json.loads(json.dumps(brief.to_json())))
    assert again == brief


def test_brief_cannot_be_mutated_after_it_is_built() -> None:
    brief = make_brief()
    with pytest.raises(dataclasses.FrozenInstanceError):
        brief.title = "changed"  # type: ignore[misc]


def test_brief_json_meets_the_published_schema() -> None:
    schema = json.loads(
        resources.files("reportgen").joinpath("schema/brief.schema.json").read_text()
    )
    jsonschema.validate(make_brief().to_json(), schema)


def test_json_keys_named_in_the_contract_are_present() -> None:
    data = make_brief().to_json()
    assert {"title", "bottom_line", "key_points", "sections", "timeline", "actors"} <= set(data)
    assert set(data["timeline"][0]) >= {"when", "value", "precision", "event", "source"}
    assert set(data["actors"]) == {"people", "places", "groups"}
    assert set(data["sections"][0]) >= {"heading", "points"}


def test_model_of_the_sample_meets_the_schema_and_round_trips() -> None:
    from pathlib import Path

    from reportgen.pipeline import Options, brief_of

    seed = Path(__file__).resolve().parents[2] / "seeds" / "homs.txt"
    brief = brief_of(seed, Options())
    data = json.loads(json.dumps(brief.to_json()))
    jsonschema.validate(data, _schema())
    assert Brief.from_json(data) == brief


def _schema() -> dict[str, object]:
    schema: dict[str, object] = json.loads(
        resources.files("reportgen").joinpath("schema/brief.schema.json").read_text()
    )
    return schema
