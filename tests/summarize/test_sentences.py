"""Sentence splitting: boundaries, offsets into the raw text, and readable PTB text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.summarize.compress import point
from reportgen.summarize.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"


def texts(raw: str) -> list[str]:
    return [s.text for s in split_sentences(raw)]


def test_titles_and_abbreviations_do_not_end_sentences():
    raw = "Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. They talked, e.g. about trade."
    assert texts(raw) == [
        "Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.",
        "They talked, e.g. about trade.",
    ]


def test_abbreviation_followed_by_a_sentence_opener_ends_the_sentence():
    assert texts("He moved to the U.S. The move was hard.") == [
        "He moved to the U.S.",
        "The move was hard.",
    ]


def test_decimal_numbers_and_initials_stay_inside_one_sentence():
    raw = "J. R. R. Tolkien sold 3.5 million copies. Sales rose."
    assert texts(raw) == ["J. R. R. Tolkien sold 3.5 million copies.", "Sales rose."]


def test_closing_quote_belongs_to_the_sentence_it_ends():
    raw = 'She said "we will go home." Then she left.'
    assert texts(raw) == ['She said "we will go home."', "Then she left."]


def test_ellipsis_before_a_capital_ends_a_sentence():
    assert texts("He paused... Then he spoke.") == ["He paused...", "Then he spoke."]


def test_question_and_exclamation_marks_end_sentences():
    assert texts("Why now? Because it is time! Go.") == ["Why now?", "Because it is time!", "Go."]


def test_blank_line_ends_a_sentence_without_punctuation():
    assert texts("First paragraph without a stop\n\nSecond one.") == [
        "First paragraph without a stop",
        "Second one.",
    ]


def test_headline_line_without_period_is_its_own_sentence():
    raw = "Homs Regains Significance\nOpposition factions captured two towns. Fighting went on."
    assert texts(raw)[0] == "Homs Regains Significance"


def test_hard_wrapped_lines_are_joined_into_one_sentence():
    raw = "The council met on Monday and agreed\nto extend the curfew in the city.\nIt ends soon."
    assert texts(raw) == [
        "The council met on Monday and agreed to extend the curfew in the city.",
        "It ends soon.",
    ]


def test_offsets_point_at_the_raw_span():
    raw = "  One sentence here.\n\nAnother  one\tthere.  "
    for s in split_sentences(raw):
        assert " ".join(raw[s.start : s.end].split()) == s.text


def test_indices_are_consecutive_from_zero():
    sentences = split_sentences("Alpha beta. Gamma delta. Epsilon zeta.")
    assert [s.index for s in sentences] == [0, 1, 2]


@pytest.mark.parametrize(
    ("ptb", "shown"),
    [
        ("-LRB- CNN -RRB- Police arrived .", "(CNN) Police arrived."),
        ("United 's fans ca n't wait .", "United's fans can't wait."),
        ("He said `` no '' , then left .", 'He said "no", then left.'),
        ("It costs # 5m -LRB- $ 7m -RRB- .", "It costs £5m ($7m)."),
    ],
)
def test_ptb_brackets_are_detokenised_in_sentence_text(ptb, shown):
    raw = f"{ptb} Another sentence here , with a comma ."
    first = split_sentences(raw)[0]
    assert first.text == shown
    assert raw[first.start : first.end] == ptb


def test_ptb_single_quotes_attach_to_the_quoted_words():
    raw = "' We have not objected , ' he told reporters . Next one ."
    assert texts(raw)[0] == "'We have not objected,' he told reporters."


def test_ptb_backtick_quotes_attach_to_the_quoted_words():
    raw = "Syria fighting ` kills 100 ' ahead of ceasefire . Next one ."
    assert texts(raw)[0] == "Syria fighting 'kills 100' ahead of ceasefire."


def test_headline_caption_and_lead_glued_without_line_breaks_are_split():
    raw = (
        "Parts of Homs were bombarded for weeks The Red Cross has been unable to enter "
        "the area for a third day. Officials said so."
    )
    assert texts(raw)[:2] == [
        "Parts of Homs were bombarded for weeks",
        "The Red Cross has been unable to enter the area for a third day.",
    ]


def test_a_capitalised_article_after_a_word_that_introduces_names_does_not_split():
    raw = "He spoke in The Hague and told The Times about it. Then he left."
    assert texts(raw)[0] == "He spoke in The Hague and told The Times about it."


def test_a_byline_glued_to_the_lead_is_its_own_sentence():
    raw = "By Jane Roe BBC Diplomatic Correspondent International efforts have collapsed. More."
    assert texts(raw)[:2] == [
        "By Jane Roe BBC Diplomatic Correspondent",
        "International efforts have collapsed.",
    ]


def test_ptb_space_before_period_ends_sentence_even_before_lower_case():
    raw = "The match ends at six , police said . fans left early , it 's said ."
    assert len(split_sentences(raw)) == 2


def test_sample_document_splits_into_its_thirteen_sentences():
    raw = (FIXTURES / "homs.txt").read_text(encoding="utf-8")
    sentences = split_sentences(raw)
    assert len(sentences) == 13
    assert sentences[-1].text.endswith("ordering compensation for Colvin's family.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "ממשלת ישראל הודיעה על תוכנית. התוכנית תכלול דירות.",
            ["ממשלת ישראל הודיעה על תוכנית.", "התוכנית תכלול דירות."],
        ),
        (
            "أعلنت الحكومة عن خطة جديدة. هل ستنجح؟ نعم.",
            ["أعلنت الحكومة عن خطة جديدة.", "هل ستنجح؟", "نعم."],
        ),
        (
            "政府今天宣布了一项新计划。该计划将包括建造住房！真的吗？",
            ["政府今天宣布了一项新计划。", "该计划将包括建造住房！", "真的吗？"],
        ),
        (
            "東京で会議が開かれた。参加者は百人だった。",
            ["東京で会議が開かれた。", "参加者は百人だった。"],
        ),
    ],
)
def test_scripts_without_capitals_and_cjk_full_stops_end_sentences(raw, expected):
    sentences = split_sentences(raw)
    assert [s.text for s in sentences] == expected
    assert all(raw[s.start : s.end] == s.text for s in sentences)


def test_no_with_a_period_is_an_abbreviation_only_before_a_number():
    assert texts("He said no. Then he left.") == ["He said no.", "Then he left."]
    assert texts("It ranked No. 5 in the world. Then it fell.")[0] == (
        "It ranked No. 5 in the world."
    )


def test_a_caption_ending_in_a_country_glued_to_a_lead_on_its_people_is_split():
    text = "Footage shows graves in Syria Syrian security forces have continued their siege."
    assert texts(text) == [
        "Footage shows graves in Syria",
        "Syrian security forces have continued their siege.",
    ]
    text = "Gulf Arab states had begun to lose hope."
    assert texts(text) == [text]


def test_a_photo_caption_glued_to_the_lead_at_the_top_of_a_page_is_split():
    text = (
        "Kofi Annan said the conflict had an alarming sectarian dimension Syria is slipping "
        "closer to all-out war, the envoy has warned. He spoke in Doha."
    )
    assert texts(text)[:2] == [
        "Kofi Annan said the conflict had an alarming sectarian dimension",
        "Syria is slipping closer to all-out war, the envoy has warned.",
    ]
    text = (
        "Assad is under pressure from the international community Syria's President "
        "Bashar al-Assad has granted an amnesty."
    )
    assert texts(text)[1] == "Syria's President Bashar al-Assad has granted an amnesty."


def test_a_place_opening_a_clause_inside_a_sentence_stays_in_it():
    text = "Diplomats insist that the quest for a resolution condemning Syria will continue."
    assert texts(text) == [text]
    text = "He warned Syria is slipping closer to war. Diplomats fear Syria is lost."
    assert texts(text) == [
        "He warned Syria is slipping closer to war.",
        "Diplomats fear Syria is lost.",
    ]


def test_a_pull_quote_caption_is_dropped_and_its_markers_never_shown():
    text = (
        '"We will not stop," he said. "They will regret it" End Quote US Senator John McCain '
        'So all eyes were on the envoy. "It is grim" End Quote Ban Ki-moon UN Secretary General '
        "Defence Minister Ali Habib was among five officials named."
    )
    assert texts(text) == [
        '"We will not stop," he said.',
        '"They will regret it"',
        "So all eyes were on the envoy.",
        '"It is grim"',
        "Ban Ki-moon UN Secretary General Defence Minister Ali Habib was among five officials "
        "named.",
    ]


def test_a_lower_case_word_capitalised_mid_line_opens_a_glued_sentence():
    text = (
        "France raises use of force Recent footage showed explosions in recent days. "
        "There have been clashes in recent days Government tanks have shelled two suburbs "
        "of the government's capital."
    )
    assert texts(text) == [
        "France raises use of force",
        "Recent footage showed explosions in recent days.",
        "There have been clashes in recent days",
        "Government tanks have shelled two suburbs of the government's capital.",
    ]


def test_names_months_and_places_stay_inside_the_sentence():
    text = (
        "Protesters came to the annual March for Life, as they do every march. "
        "They sought help from the opposition Free Syrian Army and free food. "
        "People died in violence across Syria on Sunday, syria activists said."
    )
    assert len(texts(text)) == 3


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON (AP) --\n\n",
        "NAIROBI, Kenya (AP) _ ",
        "DAR ES SALAAM, Tanzania (AP) _ ",
        "WASHINGTON, March 12 (Xinhua) -- ",
        "(CNN) -- ",
        "WASHINGTON \u2014 ",
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(dateline: str):
    text = dateline + "The ceremony will take place at the library. It starts at noon."
    found = split_sentences(text)
    assert [s.text for s in found] == [
        "The ceremony will take place at the library.",
        "It starts at noon.",
    ]
    assert found[0].start == len(dateline)


def test_an_acronym_and_a_dash_opening_a_sentence_are_no_dateline():
    assert texts("NATO -- the alliance -- grew.") == ["NATO -- the alliance -- grew."]


def test_a_caption_glued_to_the_lead_is_split_anywhere_in_the_first_line_only():
    text = (
        "Ministers met. Footage showed explosions in parts of the country France says the "
        "council should consider force.\n"
        "Diplomats met in New York. Envoys also said in private Syria was willing to talk."
    )
    assert texts(text) == [
        "Ministers met.",
        "Footage showed explosions in parts of the country",
        "France says the council should consider force.",
        "Diplomats met in New York.",
        "Envoys also said in private Syria was willing to talk.",
    ]


def test_a_quoted_caption_glued_to_the_lead_is_split_after_its_closing_quote():
    text = (
        'Our correspondent: "Their words and their actions differ" Syrian President Bashar '
        "al-Assad has told the envoy no dialogue can succeed."
    )
    assert texts(text) == [
        'Our correspondent: "Their words and their actions differ"',
        "Syrian President Bashar al-Assad has told the envoy no dialogue can succeed.",
    ]


def test_a_wire_dateline_with_an_underscore_and_no_agency_is_no_sentence():
    text = "INDEPENDENCE, Mo. _ NATO embraced three former rivals on Friday. Crowds cheered."
    assert texts(text) == ["NATO embraced three former rivals on Friday.", "Crowds cheered."]


def test_a_list_item_loses_its_marker():
    text = "Events:\n\n- The port closed.\n\u2022 The ships left.\n2. The strike ended."
    assert [s.text for s in split_sentences(text)][1:] == [
        "The port closed.",
        "The ships left.",
        "The strike ended.",
    ]


def test_a_share_bar_glued_to_the_lead_is_no_part_of_any_sentence():
    raw = (
        "Share this withEmailFacebookMessengerTwitterWhatsAppLinkedInCopy this linkThe council "
        "closed the Hanover Road depot on Monday. Staff moved to the Kirkstall site."
    )
    sentences = split_sentences(raw)
    assert [s.text for s in sentences] == [
        "The council closed the Hanover Road depot on Monday.",
        "Staff moved to the Kirkstall site.",
    ]
    assert raw[sentences[0].start : sentences[0].end] == sentences[0].text


def test_a_sentence_about_sharing_a_story_is_kept_whole():
    raw = "Share this story with Facebook friends, the charity urged readers on Monday."
    assert [s.text for s in split_sentences(raw)] == [raw]


def test_a_title_before_a_name_does_not_open_a_glued_sentence():
    raw = (
        "The secretary of the board wrote to staff. As part of the review, then Secretary of "
        "Defense Leon Panetta announced new training for every commander in the service."
    )
    assert texts(raw)[1].startswith("As part of the review, then Secretary of Defense")


def test_a_link_glued_to_the_lead_is_cut_off_but_brand_names_stay_whole():
    raw = (
        "More stories from across YorkshireThe council announced on Monday that the cladding "
        "had failed. She posted it on LinkedIn and WeWork staff saw it."
    )
    assert texts(raw) == [
        "More stories from across Yorkshire",
        "The council announced on Monday that the cladding had failed.",
        "She posted it on LinkedIn and WeWork staff saw it.",
    ]


def test_a_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    raw = (
        "Of the parents questioned, 628 had children who ate school lunches.England's School "
        "Food Trust commissioned the research. Am I right?If so, read on. He moved to the U.S. "
        "in 2001 and reads bbc.co.uk daily."
    )
    assert texts(raw) == [
        "Of the parents questioned, 628 had children who ate school lunches.",
        "England's School Food Trust commissioned the research.",
        "Am I right?",
        "If so, read on.",
        "He moved to the U.S. in 2001 and reads bbc.co.uk daily.",
    ]


def test_a_caption_glued_between_two_sentences_stays_off_the_first() -> None:
    raw = (
        "Of the parents questioned, 628 had children who ate school lunches.(% denotes the "
        "share of parents)England's School Food Trust commissioned the research."
    )
    first, second = split_sentences(raw)
    assert first.text == "Of the parents questioned, 628 had children who ate school lunches."
    assert second.text.endswith(")England's School Food Trust commissioned the research.")
    assert point(second.text).text == "England's School Food Trust commissioned the research."


def test_list_items_run_together_by_their_bullets_are_sentences_of_their_own() -> None:
    raw = (
        "The convoys were hard:\u2022They carried supplies to Russia in World War Two\u2022Under "
        "threat of attack by U-boats and ice\u2022By May 1945, the route had cost 104 ships."
    )
    assert texts(raw) == [
        "The convoys were hard:",
        "They carried supplies to Russia in World War Two",
        "Under threat of attack by U-boats and ice",
        "By May 1945, the route had cost 104 ships.",
    ]


def test_a_capitalised_common_word_after_a_possessive_stays_in_its_sentence() -> None:
    text = (
        "The company will review the rota.\n"
        "The storm is changing the way we run our Company on a day-to-day basis.\n"
        "Our company has two depots."
    )
    got = [s.text for s in split_sentences(text)]
    assert "The storm is changing the way we run our Company on a day-to-day basis." in got


def test_an_acronym_that_spells_a_title_still_ends_its_sentence() -> None:
    text = "Many of these are in our annual report filed with the SEC.\nTo them, our thanks."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Sec. Clinton met the board.")) == 1
    assert len(split_sentences("GEN. SMITH MET THE BOARD.")) == 1


def test_a_timeline_box_copied_without_line_breaks_is_split_at_each_glued_date() -> None:
    text = (
        "Jan 2006 - Council proposes a new depot for Leeds as part of its transport planMar "
        "2013 - Construction of the depot approvedOct 2013 - Council agrees 92 pounds a tonne "
        "with Leeds Waste Corporation (LWC)July 2016 - Board approves the depot."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Jan 2006 - Council proposes a new depot for Leeds as part of its transport plan",
        "Mar 2013 - Construction of the depot approved",
        "Oct 2013 - Council agrees 92 pounds a tonne with Leeds Waste Corporation (LWC)",
        "July 2016 - Board approves the depot.",
    ]
    assert (
        len(split_sentences("The Marchioness sank in 1989 and the inquiry met in May 1990.")) == 1
    )
