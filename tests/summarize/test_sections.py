"""Sections: topical groups in reading order, every kept sentence in exactly one."""

from __future__ import annotations

from pathlib import Path

from reportgen.read.source import Source
from reportgen.summarize import summarize
from reportgen.summarize._phrases import content_heading, document_phrases
from reportgen.summarize.salience import rank_sentences, vectors
from reportgen.summarize.sections import group_sections
from reportgen.summarize.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"
HOMS = (FIXTURES / "homs.txt").read_text(encoding="utf-8")


def brief_of(text: str, **kw):
    return summarize(Source("doc.txt", text), **kw)


def all_sources(brief) -> list[int]:
    return [i for s in brief.sections for i in s.sources]


def test_sample_has_three_to_seven_sections():
    assert 3 <= len(brief_of(HOMS).sections) <= 7


def test_no_sentence_is_in_two_sections():
    sources = all_sources(brief_of(HOMS))
    assert len(sources) == len(set(sources))


def _told(brief) -> tuple[list[int], set[int]]:
    placed = [brief.bottom_line_source, *brief.key_point_sources, *all_sources(brief)]
    return placed, set(placed) | {e.source for e in brief.timeline}


def test_a_one_page_brief_of_a_short_document_says_three_quarters_of_it_none_twice():
    brief = brief_of(HOMS)
    placed, told = _told(brief)
    assert len(placed) == len(set(placed))
    assert len(told) >= 0.75 * len(brief.sentences)


def test_a_full_brief_of_a_short_document_says_nearly_all_of_it_none_twice():
    brief = brief_of(HOMS, detail="full")
    placed, told = _told(brief)
    assert len(placed) == len(set(placed))
    assert len(told) >= 0.9 * len(brief.sentences)


def test_a_sentence_the_timeline_says_whole_is_not_said_again_in_a_section():
    brief = brief_of(HOMS)
    court = next(e for e in brief.timeline if "court" in e.event)
    assert court.source not in all_sources(brief)
    assert court.event.startswith("A US court later held the Syrian government responsible")


def test_sources_are_parallel_to_points():
    brief = brief_of(HOMS, detail="full")
    for section in brief.sections:
        assert len(section.points) == len(section.sources)
        for point, index in zip(section.points, section.sources, strict=True):
            assert brief.sentences[index].text == point


def test_section_points_are_cut_from_their_sentences_by_deletion_only():
    for detail in ("brief", "standard"):
        brief = brief_of(HOMS, detail=detail)
        for section in brief.sections:
            for point, index in zip(section.points, section.sources, strict=True):
                words = iter(brief.sentences[index].text.lower().split())
                assert all(any(w == s for s in words) for w in point.lower().split()), point


def test_sections_follow_briefing_reading_order():
    headings = [s.heading for s in brief_of(HOMS, detail="full").sections]
    assert headings[0] == "Background"
    assert headings.index("Humanitarian impact") < headings.index("International dimension")


def test_humanitarian_sentence_lands_in_the_humanitarian_section():
    brief = brief_of(HOMS, detail="full")
    section = next(s for s in brief.sections if any("starvation" in p for p in s.points))
    assert section.heading == "Humanitarian impact"


def test_headings_are_unique():
    headings = [s.heading for s in brief_of(HOMS).sections]
    assert len(headings) == len(set(headings))


def test_one_sentence_document_is_its_own_bottom_line_and_nothing_else():
    brief = brief_of("Only one sentence is here.")
    assert brief.bottom_line_source == 0
    assert brief.sections == ()
    assert brief.key_points == ()


def test_long_document_stays_within_the_point_budget():
    paragraphs = [
        f"Officials in district {n} reported {n} new cases of the illness on Monday. "
        f"Hospitals in district {n} said beds were running short for patient group {n}. "
        f"The minister for region {n} promised extra funding worth {n} million next year."
        for n in range(200)
    ]
    text = "\n\n".join(paragraphs)
    for detail, most in (("brief", 12), ("standard", 30), ("full", 80)):
        brief = brief_of(text, detail=detail)
        assert len(all_sources(brief)) <= most
        assert 1 <= len(brief.sections) <= 7


def test_repeated_sentence_is_dropped_from_sections():
    text = (
        "Rebels captured the town of Kafr Nabl on Tuesday after heavy fighting. "
        "Residents said food was running short in the town. "
        "Rebels captured the town of Kafr Nabl on Tuesday after heavy fighting."
    )
    sources = all_sources(brief_of(text))
    assert not {0, 2} <= set(sources)


def _split_topic(names: tuple[str, ...]) -> list[str]:
    text = (
        "Troops shelled the old market of Homs at dawn. "
        "Snipers in Homs killed four fighters near the clock tower. "
        "Tanks rolled into the Baba Amr quarter of Homs on Monday. "
        "Rebel units in Homs said their ammunition was running out. "
        "Government artillery hit a hospital in Homs overnight. "
        "Fighters loyal to the army seized the main road out of Homs. "
        "Mortar rounds landed on a school in Homs, killing two soldiers. "
        "Clashes in Homs spread to the northern suburbs by evening. "
        "Army helicopters bombed villages around Idlib for a third day. "
        "Defectors in Idlib ambushed a convoy of armoured vehicles. "
        "Militia gunmen in Idlib burned crops and stormed a checkpoint. "
        "Airstrikes on Idlib destroyed a bridge used by insurgents. "
        "Soldiers in Idlib fired rockets at a rebel depot. "
        "Shelling of Idlib killed at least nine combatants. "
        "Battles in Idlib forced the army to withdraw two brigades. "
        "Insurgents in Idlib captured a military base after heavy fighting."
    )
    sentences = split_sentences(text)
    vecs = vectors(sentences)
    ranking = rank_sentences(sentences, vecs, k=20)
    return [s.heading for s in group_sections(sentences, vecs, ranking, 24, names)]


def test_parts_of_a_split_topic_are_named_by_the_actor_that_sets_them_apart():
    parts = [h for h in _split_topic(("Homs", "Idlib")) if h.startswith("Security")]
    assert parts[0] == "Security and fighting: Homs"
    assert parts[1:] in (["Security and fighting: Idlib"], ["Security and fighting (continued)"])


def test_parts_of_a_split_topic_without_a_distinct_actor_read_continued():
    parts = [h for h in _split_topic(()) if h.startswith("Security")]
    assert parts == ["Security and fighting", "Security and fighting (continued)"]


SCHOOL_STORY = [
    "Four out of five children who ate school lunches tried new food at school.",
    "Parents said school lunches made fussy eaters try vegetables.",
    "Records show the trust surveyed 1,000 parents in England.",
    "Records show carrots and peas were the most popular.",
    "Aubergine and spinach were among the least popular school lunches.",
]


def test_a_part_too_short_to_repeat_a_phrase_is_named_by_the_documents_topic() -> None:
    group = [SCHOOL_STORY[4]]
    others = SCHOOL_STORY[:2]
    assert content_heading(group, others) == ""
    assert content_heading(group, others, document_phrases(SCHOOL_STORY)) == "School lunches"


def test_a_clause_the_text_repeats_never_names_a_part() -> None:
    group = SCHOOL_STORY[2:4]
    assert content_heading(group, SCHOOL_STORY[:2], document_phrases(SCHOOL_STORY)) != (
        "Records show"
    )


MEMOS = Path(__file__).resolve().parents[1] / "fixtures" / "memos"


def test_a_sentence_the_timeline_tells_is_not_printed_again_in_a_section():
    for name in ("board_paper.txt", "council_minutes.txt"):
        text = (MEMOS / name).read_text(encoding="utf-8")
        brief = brief_of(text)
        told = {e.source for e in brief.timeline}
        assert told, name
        assert not told & set(all_sources(brief)), name


def test_a_title_line_with_a_colon_that_opens_the_text_is_printed_as_the_title_only():
    text = (MEMOS / "site_report.txt").read_text(encoding="utf-8")
    brief = brief_of(text)
    first = text.splitlines()[0]
    assert brief.title == first
    assert all(first not in p for s in brief.sections for p in s.points)
    assert first not in brief.key_points
