"""Actors outside conflict news: firms, unions, insurers, clubs, broadcasters and courts are
groups; products, vehicles, competitions, schemes and references are no actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportgen.model import Actors
from reportgen.summarize.entities import find_actors
from reportgen.summarize.sentences import split_sentences
from tests.summarize.actor_scoring import norm, typed_counts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"
DOCS = [
    json.loads(line)
    for line in (FIXTURES / "genres_annotated.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def actors_of(text: str) -> Actors:
    return find_actors(split_sentences(text))


def _counts(doc: dict) -> tuple[int, int, int]:
    return typed_counts(doc, actors_of(doc["text"]))


def test_hand_annotated_documents_of_other_genres_reach_precision_and_recall_targets():
    tp = fp = fn = 0
    for doc in DOCS:
        a, b, c = _counts(doc)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert len({d["genre"] for d in DOCS}) >= 3
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.8


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_no_product_competition_scheme_or_heading_is_named_an_actor(doc: dict) -> None:
    found = actors_of(doc["text"])
    named = {norm(x.name) for x in (*found.people, *found.places, *found.groups)}
    assert not named & {norm(n) for n in doc["not_actors"]}


def _kinds(text: str) -> dict[str, str]:
    found = actors_of(text)
    out = {p.name: "person" for p in found.people}
    out.update({p.name: "place" for p in found.places})
    out.update({g.name: "group" for g in found.groups})
    return out


def test_firms_insurers_unions_and_banks_are_groups_not_people_or_places():
    kinds = _kinds(
        "Carter Haulage told staff on Monday that its insurer, Aviva, had paid the claim. "
        "The GMB union met managers at Morgan Stanley and Wells Fargo in London. "
        "Pennine Foods will move its account from Barclays to Lloyds Bank."
    )
    for name in ("Carter Haulage", "Aviva", "Morgan Stanley", "Wells Fargo", "Pennine Foods"):
        assert kinds.get(name) == "group", name


def test_clubs_broadcasters_and_courts_are_groups_and_cups_and_cars_are_nothing():
    kinds = _kinds(
        "The final was shown live on Sky Sports and BBC Radio Wales. "
        "Ashdown Rovers coach Mike Lowe said his side would appeal to Cardiff Magistrates' Court. "
        "Lowe later drove his Dodge Charger to the Challenge Cup draw."
    )
    assert kinds.get("Sky Sports") == "group"
    assert kinds.get("BBC Radio Wales") == "group"
    assert kinds.get("Ashdown Rovers") == "group"
    assert kinds.get("Cardiff Magistrates' Court") == "group"
    assert kinds.get("Mike Lowe") == "person"
    assert "Dodge Charger" not in kinds
    assert "Challenge Cup" not in kinds


def test_a_transcript_speaker_and_a_name_after_from_are_people_with_roles_from_the_text():
    text = (
        "Operator: Our first question comes from Nadia Rahman of Barclays.\n"
        "Nadia Rahman: Thanks. How much of the claim has been paid?\n"
        "Greg Holt: About half, Nadia. Our Chief Financial Officer, Joan Pike, will say more.\n"
    )
    found = {p.name: p.role for p in actors_of(text).people}
    assert "Nadia Rahman" in found
    assert "Greg Holt" in found
    assert found.get("Joan Pike") == "Chief Financial Officer"
    assert "Operator" not in found


def test_minutes_give_the_role_in_brackets_and_a_job_after_a_comma():
    text = (
        "Present: Janet Moss (chair), Colin Ayers (treasurer).\n"
        "The report was presented by Priya Raman, Head of Fleet Operations.\n"
    )
    found = {p.name: p.role for p in actors_of(text).people}
    assert found["Janet Moss"] == "chair"
    assert found["Colin Ayers"] == "treasurer"
    assert found["Priya Raman"] == "Head of Fleet Operations"


def test_a_reference_code_and_a_scheme_are_not_actors():
    kinds = _kinds(
        "Board paper BP/25/07 asks the board to approve the vans. "
        "Leeds City Council will charge diesel vans inside the Clean Air Zone from January."
    )
    assert "BP" not in kinds
    assert "Clean Air Zone" not in kinds
    assert kinds.get("Leeds City Council") == "group"


def test_a_name_introduced_by_a_word_for_an_organisation_is_a_group() -> None:
    from reportgen.summarize.entities import find_actors
    from reportgen.summarize.sentences import split_sentences

    text = (
        "The insurer, Northern Mutual, has accepted the claim in principle. "
        "The depot's lender Harbour Bank agreed to defer two payments. "
        "Chief executive Maria Lopez thanked staff."
    )
    actors = find_actors(split_sentences(text))
    groups = {g.name for g in actors.groups}
    assert {"Northern Mutual", "Harbour Bank"} <= groups
    assert [p.name for p in actors.people] == ["Maria Lopez"]


def test_parts_of_a_paper_and_cited_authors_are_no_actors() -> None:
    from reportgen.summarize.entities import find_actors
    from reportgen.summarize.sentences import split_sentences

    text = (
        "The loss falls fastest in Figure 3, as the bound in Lemma 2 predicts. "
        "The same rate was found by Arora et al. (2018) on the depot data. "
        "Trials ran at the Leeds depot in March, and Tom Reid, the depot manager, led them."
    )
    actors = find_actors(split_sentences(text))
    names = {a.name for a in (*actors.people, *actors.places, *actors.groups)}
    assert not names & {"Figure", "Lemma", "Arora"}
    assert "Leeds" in names
    assert "Tom Reid" in names


def test_a_call_s_products_and_units_are_no_people_but_its_speakers_are():
    kinds = _kinds(
        "On the call today are Dana Whitfield, our President, and Raj Patel, our CFO. "
        "Excluding Harvest, our total operating expenses would have declined. "
        "A great example of this is Harvest Pay, which was expanded to more customers. "
        "We renewed our financial products, including Depot Transfer, Depot Advance and "
        "Emerald Card, which will result in savings. "
        "There were no changes to liabilities related to Sand Quarry during the year. "
        "Tomasz Wierzbicki, a driver at the Leeds depot, said the rota was fair. "
        "Wierzbicki has worked there for ten years. "
        "The plant at Hinkley Point would be built by 2030. Hinkley Point C would power "
        "six million homes, and Construction of Hinkley Point began in March."
    )
    for name in (
        "Excluding Harvest",
        "Harvest Pay",
        "Depot Advance",
        "Sand Quarry",
        "Hinkley Point",
    ):
        assert kinds.get(name) != "person", name
    assert kinds.get("Tomasz Wierzbicki") == "person"
    assert kinds.get("Dana Whitfield") == "person"


def test_a_speaker_s_role_after_our_is_read_and_a_nationality_makes_no_one_a_person():
    found = actors_of(
        "On the call today are Dana Whitfield, our President and CEO, and Raj Patel, our CFO. "
        "We joined the American Express 'Stand for Small' coalition in support of depots."
    )
    roles = {p.name: p.role for p in found.people}
    assert roles["Dana Whitfield"] == "President and CEO"
    assert roles["Raj Patel"] == "CFO"
    assert not any("Express" in name or "Stand" in name for name in roles)


def test_a_paper_s_terms_variables_and_document_parts_are_no_actors():
    found = actors_of(
        "Hyperparameters were tuned in a cross-validated fashion (see Appendix G.1), and the "
        "model uses None ReLU units. We initialise the weights in ReMaP and in M Initialize. "
        "The vectors lie in Rd and we initialize them at random. "
        "The results follow Yamins & DiCarlo closely, as in Initialize runs. "
        "G DYNAMIC VOTING CONTROLLER AUGMENTATIONS G.1 LEARNABLE PARAMETERS are set here. "
        "The depot in Stoke-on-Trent ran the trial, Dr Ann McAllister said."
    )
    named = {x.name for x in (*found.people, *found.places, *found.groups)}
    for term in ("Appendix G.1", "None ReLU", "ReMaP", "M Initialize", "Rd", "Initialize"):
        assert term not in named, term
    assert not any("AUGMENTATIONS" in n or "&" in n for n in named)
    assert "Stoke-on-Trent" in {p.name for p in found.places}
    assert "Ann McAllister" in {p.name for p in found.people}


def test_a_name_that_has_what_only_a_company_has_is_a_group():
    kinds = _kinds(
        "The board thanked Northgate's shareholders for their patience this year. "
        "Analysts expect Harbourside's revenue to rise by 4% next year, said Owen Pryce."
    )
    assert kinds.get("Northgate") == "group"
    assert kinds.get("Harbourside") == "group"
    assert kinds.get("Owen Pryce") == "person"
