"""A timeline entry's label is the clause that says what happened at its date."""

from __future__ import annotations

from reportgen.summarize._event_label import event_label


def _at(sentence: str, date: str) -> int:
    return sentence.index(date)


def test_a_clause_that_only_says_when_gives_way_to_the_clause_after_it() -> None:
    sentence = "In 2017-18, the university ran a deficit of 0.4 per cent of its income."
    label = event_label(sentence, _at(sentence, "2017-18"))
    assert label == "The university ran a deficit of 0.4 per cent of its income"


def test_a_clause_with_its_own_verb_keeps_the_date_it_holds() -> None:
    sentence = "Homs has been a focal point since the uprising began in 2011, witnessing fighting."
    label = event_label(sentence, _at(sentence, "2011"))
    assert "uprising began in 2011" in label


def test_a_date_alone_in_its_sentence_keeps_its_words() -> None:
    sentence = "For 2019-20."
    assert event_label(sentence, _at(sentence, "2019-20")) == "For 2019-20"


def test_a_passive_relative_after_the_names_it_tells_of_reads_as_a_headline() -> None:
    sentence = (
        "The strike drew notice to the depot's safety record, including two drivers, Ann Lee "
        "and Tom Hart, who were injured in a forklift crash in 2019."
    )
    label = event_label(sentence, _at(sentence, "2019"))
    assert label == "Ann Lee and Tom Hart injured in a forklift crash in 2019"


def test_an_active_relative_keeps_its_pronoun() -> None:
    sentence = "The board thanked two managers, Ann Lee and Tom Hart, who ran the depot in 2019."
    label = event_label(sentence, _at(sentence, "2019"))
    assert "who ran the depot in 2019" in label


def test_a_label_tells_an_event_only_with_a_verb_and_not_as_a_time_clause() -> None:
    from reportgen.summarize._event_label import tells_an_event

    for label in (
        "The uprising began in 2011",
        "A US court later held the Syrian government responsible",
        "We generated more than $45 million in cash flow from operations",
        "Fire shut the Leeds depot for nine days",
        "At least 28 people died in violence across the region on Sunday",
        "On 27 March the government accepted the six-point plan",
        "Were found in the old quarter of the city on 12 March",
        "A full ceasefire on 12 April",
        "The lease ends on 31 December",
    ):
        assert tells_an_event(label), label
    for label in (
        "At the end of February",
        "In a rare public address last week",
        "The next day",
        "Before I dive into what momentum to normalcy looks like in 2021",
        "Given our performance during the first quarter",
    ):
        assert not tells_an_event(label), label


def test_in_a_transcript_a_label_must_say_something_happened_or_is_planned() -> None:
    from reportgen.summarize._event_label import tells_an_event

    assert tells_an_event("2018-19 is the start of the system")
    assert not tells_an_event("2018-19 is the start of the system", spoken=True)
    assert not tells_an_event("The 2015-16 starting report", spoken=True)
    assert not tells_an_event("The other area where the sector is working", spoken=True)
    assert tells_an_event("The arrangements that have changed from 2018-19", spoken=True)
    assert tells_an_event("The board will vote on the budget in March 2025", spoken=True)


def test_a_thought_broken_off_after_a_dash_is_left_out_of_the_label() -> None:
    sentence = "This year is the first time that we've had capital funding in 2018\u2014so."
    label = event_label(sentence, _at(sentence, "2018"))
    assert label.endswith("capital funding in 2018")


def test_a_list_of_verbs_keeps_its_subject_with_the_first_verb() -> None:
    sentence = (
        "H.R. 4120, the Rural Broadband Access Act, was introduced, read twice, and referred "
        "to the Committee on Energy and Commerce."
    )
    label = event_label(sentence, None)
    assert label.startswith("H.R. 4120 was introduced, read twice, and referred")
    assert not label.startswith(("And", "Referred"))


def test_a_later_verb_tied_by_and_takes_the_subject_of_the_clause_before_it() -> None:
    sentence = "The storm flooded the lower town and closed the harbour road on 14 March."
    assert event_label(sentence, _at(sentence, "14 March")) == (
        "The storm closed the harbour road on 14 March"
    )
    sentence = "Track renewal started on 12 May and finished on 20 June."
    assert event_label(sentence, _at(sentence, "20 June")) == "Track renewal finished on 20 June"


def test_a_verb_after_an_aside_takes_the_subject_the_sentence_opened_on() -> None:
    sentence = (
        "The transport minister, in a statement to Parliament, wrote that a review of the "
        "rail timetable was under way."
    )
    label = event_label(sentence, None)
    assert not label.startswith("Wrote")
    assert label == "A review of the rail timetable was under way"
    sentence = "On Friday, the harbour master, Ruth Okoye, closed the port to ferries."
    assert event_label(sentence, _at(sentence, "Friday")) == (
        "The harbour master closed the port to ferries"
    )


def test_a_second_verb_after_a_modal_keeps_the_subject_and_the_modal() -> None:
    sentence = "The library will close for repairs on 3 June and reopen on 1 September."
    assert event_label(sentence, _at(sentence, "1 September")) == (
        "The library will reopen on 1 September"
    )


def test_a_participle_is_read_with_the_clause_it_hangs_on() -> None:
    sentence = "Our freight volumes rose for a third quarter, reaching 2.4 million tonnes in 2023."
    assert event_label(sentence, _at(sentence, "2023")) == (
        "Our freight volumes rose for a third quarter, reaching 2.4 million tonnes in 2023"
    )
    sentence = "Born in Leeds in 1950, the architect designed more than forty schools."
    assert event_label(sentence, _at(sentence, "1950")) == (
        "Born in Leeds in 1950, the architect designed more than forty schools"
    )


def test_a_verb_after_and_and_an_aside_still_takes_the_subject_before_them() -> None:
    sentence = (
        "The trust said that the council had been told, and, after months of delay, agreed "
        "in 2022 to pay for the repairs to the sea wall."
    )
    assert event_label(sentence, _at(sentence, "2022")) == (
        "The trust agreed in 2022 to pay for the repairs to the sea wall"
    )


def test_a_clause_that_cannot_be_given_a_subject_makes_no_label() -> None:
    # What a sentence splitter leaves of "... run by J. R. Hale and then, in 2019, moved ...".
    sentence = "and then, in 2019, moved its head office to Leeds."
    assert event_label(sentence, _at(sentence, "2019")) == ""


def test_an_opening_participle_gives_way_to_its_object_when_the_date_is_there() -> None:
    sentence = "Marking the opening of the new bridge on 12 May, the mayor thanked the builders."
    assert event_label(sentence, _at(sentence, "12 May")) == (
        "The opening of the new bridge on 12 May"
    )


def test_a_label_never_starts_or_stops_inside_an_aside_or_a_quotation() -> None:
    sentence = "2021) extended the method to streaming data from river gauges."
    assert event_label(sentence, _at(sentence, "2021")) == ""
    sentence = (
        'The panel was accused of giving "vague, late and misleading" advice before the '
        "flood of 9 March 2020."
    )
    assert event_label(sentence, _at(sentence, "9 March")) == ""
    # A quotation running on from the sentence before is not cut by the label.
    sentence = 'We will keep every depot open," the director told the board on 4 May.'
    assert event_label(sentence, _at(sentence, "4 May")) == (
        'We will keep every depot open," the director told the board on 4 May'
    )


def test_a_date_that_only_says_when_the_news_was_told_labels_what_was_told() -> None:
    sentence = (
        "Dock workers at the Port of Felixstowe have voted to strike for eight days in a "
        "dispute over pay, the Unite union said on Tuesday."
    )
    label = event_label(sentence, _at(sentence, "Tuesday"))
    assert label.startswith("Dock workers at the Port of Felixstowe have voted to strike")
    assert "said" not in label


def test_a_label_that_closes_a_bracket_before_it_opens_one_is_no_label() -> None:
    sentence = "Streaming variants (Ghahramani, 2018) and the Virtual Vector Machine (Minka et al."
    assert event_label(sentence, _at(sentence, "2018")) == ""


def test_a_date_inside_a_that_clause_labels_what_the_clause_reports() -> None:
    sentence = (
        "The chair, Councillor Ruth Adeyemi, opened the meeting by reporting that the quay "
        "wall had been surveyed in January 2025."
    )
    label = event_label(sentence, _at(sentence, "January 2025"))
    assert label.startswith("The quay wall had been surveyed")
