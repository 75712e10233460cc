"""Temporal expressions: spans, TIMEX3 values, and resolution against the document date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.summarize.timex import Timex, tag

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "timex"
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text("utf-8"))["cases"]


def _dct(case: dict[str, Any]) -> date | None:
    return date.fromisoformat(case["dct"]) if case["dct"] else None


def _found(text: str, dct: date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_annotated_sentences_get_the_guideline_spans_types_and_values(case: dict[str, Any]) -> None:
    assert _found(case["text"], _dct(case)) == [tuple(e) for e in case["expect"]]


def test_weekday_in_past_tense_resolves_to_the_previous_such_day() -> None:
    # 8 January 1998 was a Thursday.
    assert _found("The minister resigned on Tuesday.", date(1998, 1, 8)) == [
        ("Tuesday", "DATE", "1998-01-06")
    ]


def test_weekday_in_future_tense_resolves_to_the_next_such_day() -> None:
    assert _found("The minister will resign on Tuesday.", date(1998, 1, 8)) == [
        ("Tuesday", "DATE", "1998-01-13")
    ]


def test_reporting_verb_after_the_clause_does_not_make_a_future_weekday_past() -> None:
    # 5 April 2000 was a Wednesday.
    text = "The father will leave for Washington Thursday, his lawyer said."
    assert _found(text, date(2000, 4, 5)) == [("Thursday", "DATE", "2000-04-06")]


def test_would_after_a_reporting_verb_points_ahead_unless_it_has_have() -> None:
    # 17 December 2011 was a Saturday.
    text = "He said he would update the group at a meeting in Cairo on Wednesday."
    assert _found(text, date(2011, 12, 17)) == [("Wednesday", "DATE", "2011-12-21")]
    text = "He said he would have updated the group at a meeting in Cairo on Wednesday."
    assert _found(text, date(2011, 12, 17)) == [("Wednesday", "DATE", "2011-12-14")]


def test_reporting_verb_right_beside_the_weekday_dates_the_saying() -> None:
    text = "The lawyer said on Thursday that the father will leave."
    assert _found(text, date(2000, 4, 5)) == [("Thursday", "DATE", "2000-03-30")]


def test_reporting_verb_still_decides_when_the_sentence_has_no_other_tense_cue() -> None:
    assert _found("Fighting flares Monday, the minister said.", date(1998, 1, 8)) == [
        ("Monday", "DATE", "1998-01-05")
    ]
    # A present verb of schedule is a cue of its own: the talks are still to come.
    assert _found("Talks resume Monday, the minister said.", date(1998, 1, 8)) == [
        ("Monday", "DATE", "1998-01-12")
    ]


def test_tense_cues_far_before_an_expression_in_an_unpunctuated_run_are_ignored() -> None:
    # Only the 250 characters around an expression are read, even with no sentence break.
    text = "The board will " + "consider the matter " * 20 + "Tuesday"
    assert _found(text, date(1998, 1, 8)) == [("Tuesday", "DATE", "1998-01-06")]
    assert _found("The board will meet Tuesday", date(1998, 1, 8)) == [
        ("Tuesday", "DATE", "1998-01-13")
    ]


def test_weekday_after_the_document_date_is_tomorrow_unless_plainly_past() -> None:
    # 17 August 1998 was a Monday: a bare "Tuesday" is the next day, not six days back.
    dct = date(1998, 8, 17)
    assert _found("Albright headed Tuesday to East Africa.", dct) == [
        ("Tuesday", "DATE", "1998-08-18")
    ]
    assert _found("The deadline runs until Tuesday.", dct) == [("Tuesday", "DATE", "1998-08-18")]
    # An auxiliary or a reporting verb beside it keeps the past reading.
    assert _found("He was told Tuesday that he had lost.", dct) == [
        ("Tuesday", "DATE", "1998-08-11")
    ]
    assert _found("Officials said Tuesday the talks failed.", dct) == [
        ("Tuesday", "DATE", "1998-08-11")
    ]
    # Other days keep the nearest past reading of an -ed verb.
    assert _found("Albright headed Friday to East Africa.", dct) == [
        ("Friday", "DATE", "1998-08-14")
    ]


def test_a_plan_reported_in_the_past_still_points_ahead() -> None:
    # 7 January 2000 was a Friday; "were planning to" is the plan, not a past event.
    text = "Exiles marched and were planning to drive to the airport on Monday."
    assert _found(text, date(2000, 1, 7)) == [("Monday", "DATE", "2000-01-10")]


def test_weekday_named_on_the_document_date_is_that_day() -> None:
    assert _found("Talks ended Thursday.", date(1998, 1, 8)) == [("Thursday", "DATE", "1998-01-08")]


def test_relative_expressions_without_a_document_date_stay_unresolved() -> None:
    text = "Talks ended Friday. Yesterday the army moved; last week it waited. This year is hard."
    values = {t.text: t.value for t in tag(text)}
    assert values == {
        "Friday": "XXXX-WXX-5",
        "Yesterday": "PAST_REF",
        "last week": "PAST_REF",
        "This year": "PRESENT_REF",
    }


def test_a_month_without_a_year_never_gets_an_invented_year() -> None:
    assert _found("The vote is on March 3.") == [("March 3", "DATE", "XXXX-03-03")]


def test_month_named_without_year_takes_the_year_closest_to_the_document_date() -> None:
    dct = date(1989, 11, 2)
    assert _found("The dividend is payable Jan. 2.", dct) == [("Jan. 2", "DATE", "1990-01-02")]
    assert _found("The plant was sold in September.", dct) == [("September", "DATE", "1989-09")]


def test_a_month_name_that_names_an_event_is_not_a_date() -> None:
    dct = date(1999, 1, 22)
    assert _found("He marched in the annual March for Life.", dct) == []
    assert _found("She led the ``March of the Mothers''.", dct) == []
    assert _found("They joined the March on Washington.", dct) == []
    # After a preposition, or before a lower-case word, it stays a month.
    assert _found("He resigned in March for health reasons.", dct) == [("March", "DATE", "1998-03")]
    assert _found("The March accession will help.", dct) == [("March", "DATE", "1999-03")]


def test_a_month_beside_its_verb_takes_the_year_the_verb_puts_it_in() -> None:
    # "began in March", written in November, is last March, not the coming one.
    text = "Thousands have been killed since the uprising began in March."
    assert _found(text, date(2011, 11, 6)) == [("March", "DATE", "2011-03")]
    text = "When the uprisings started in January, Turkey acted alone."
    assert _found(text, date(2011, 11, 30)) == [("January", "DATE", "2011-01")]
    assert _found("The ministers will meet in January.", date(2012, 2, 20)) == [
        ("January", "DATE", "2013-01")
    ]


def test_a_verb_further_off_in_the_sentence_still_dates_a_month() -> None:
    text = "Mr. Taylor stepped down as chairman, president and chief executive in March."
    assert _found(text, date(1989, 11, 2)) == [("March", "DATE", "1989-03")]
    text = "The operator changed from a fiscal year to a calendar year in December."
    assert _found(text, date(1989, 10, 27))[-1] == ("December", "DATE", "1988-12")


def test_an_abbreviation_inside_a_sentence_does_not_cut_off_its_verb() -> None:
    text = (
        "In January, a week after the anniversary of the Roe vs. Wade decision, "
        "a bombing in Birmingham, Ala., killed a guard. The trial opens soon."
    )
    assert _found(text, date(1998, 10, 25))[0] == ("January", "DATE", "1998-01")


def test_an_infinitive_between_a_past_verb_and_a_month_frees_the_month() -> None:
    # The board voted in the past; the selling it voted for may lie ahead.
    text = "The board voted to sell the chemical and plastics businesses in February."
    assert _found(text, date(1989, 11, 2)) == [("February", "DATE", "1990-02")]


def test_deadlines_plans_and_adjectives_do_not_push_a_month_into_the_past() -> None:
    assert _found("The offer was extended to November.", date(2012, 10, 20)) == [
        ("November", "DATE", "2012-11")
    ]
    assert _found("The accession was planned for early March.", date(1999, 2, 10)) == [
        ("early March", "DATE", "1999-03")
    ]
    text = "It would be paid on a still unspecified date in January."
    assert _found(text, date(1989, 10, 26)) == [("January", "DATE", "1990-01")]


def test_a_web_timestamp_with_a_two_digit_year_is_one_date() -> None:
    text = "05 February 12 01:10 GMT Fresh protests took place."
    assert _found(text, date(2012, 2, 4))[0] == ("05 February 12", "DATE", "2012-02-05")


def test_a_number_after_a_day_first_date_is_not_its_day() -> None:
    # "5 February 12 people": the day is 5, and 12 counts people.
    assert _found("On 5 February 12 people died.", date(2012, 2, 4)) == [
        ("5 February", "DATE", "2012-02-05")
    ]
    assert _found("On February 12 people died.", date(2012, 2, 14)) == [
        ("February 12", "DATE", "2012-02-12")
    ]


def test_the_fall_of_something_is_a_collapse_not_autumn() -> None:
    dct = date(2011, 6, 21)
    assert _found("The people want the fall of the regime.", dct) == []
    assert _found("The fall in prices hurt.", dct) == []
    assert _found("They met in the fall of 2010.", dct) == [("the fall of 2010", "DATE", "2010-FA")]
    assert _found("He was killed last fall in his home.", dct) == [("last fall", "DATE", "2010-FA")]


def test_ordinal_day_is_the_document_date_only_after_a_copula() -> None:
    text = "Today is the eighth day of the blockade. The third day of talks went badly."
    assert [t.text for t in tag(text, date(1990, 8, 15))] == ["Today", "the eighth day"]


def test_year_end_without_a_document_date_keeps_the_year_unknown() -> None:
    assert _found("The sale should close by year end.") == [("year end", "DATE", "XXXX")]


def test_since_or_ended_before_a_month_puts_it_before_the_document_date() -> None:
    assert _found("Prices have risen since March.", date(1989, 1, 10)) == [
        ("March", "DATE", "1988-03")
    ]
    found = _found("In the fiscal year ended Jan. 31, sales rose.", date(1989, 10, 31))
    assert found[-1] == ("Jan. 31", "DATE", "1989-01-31")


def test_payable_effective_or_of_record_put_a_date_after_the_document_date() -> None:
    assert _found("The change is effective Feb. 1.", date(1989, 7, 20)) == [
        ("Feb. 1", "DATE", "1990-02-01")
    ]
    assert _found("It goes to holders of record Feb. 1.", date(1989, 7, 20)) == [
        ("Feb. 1", "DATE", "1990-02-01")
    ]


def test_a_record_date_a_few_days_before_the_document_date_stays_in_the_past() -> None:
    assert _found("It goes to holders of record Dec. 28.", date(1989, 12, 30)) == [
        ("Dec. 28", "DATE", "1989-12-28")
    ]


def test_later_counts_from_the_last_date_the_text_gave() -> None:
    text = "The war began in 1998. The following year the border closed."
    assert _found(text) == [("1998", "DATE", "1998"), ("The following year", "DATE", "1999")]


def test_a_year_ago_in_earnings_news_means_the_same_quarter_a_year_before() -> None:
    text = "Profit rose in the third quarter. A year ago, the company lost money."
    assert _found(text, date(1989, 11, 2))[-1] == ("A year ago", "DATE", "1988-Q3")


def test_a_year_ago_after_a_longer_period_is_named_means_the_year_before() -> None:
    text = (
        "Profit rose in the third quarter. In the first nine months, sales fell. "
        "Costs were lower than a year ago."
    )
    assert _found(text, date(1989, 11, 2))[-1] == ("a year ago", "DATE", "1988")


def test_a_quarter_named_paragraphs_before_is_still_the_one_a_year_ago_compares() -> None:
    filler = "The company, based in Portland, plans to cut staff and sell two plants. " * 8
    text = f"Profit rose in the third quarter. {filler}A year ago, the company lost money."
    assert _found(text, date(1989, 11, 2))[-1] == ("A year ago", "DATE", "1988-Q3")


def test_the_article_is_kept_for_the_third_quarter_but_not_for_the_hyphenated_adjective() -> None:
    found = _found("Sales in the third quarter beat the third-quarter forecast.", date(1998, 11, 2))
    assert [text for text, _, _ in found] == ["the third quarter", "third-quarter"]


def test_text_equals_the_source_slice_with_crlf_and_non_ascii_text() -> None:
    raw = (FIXTURES / "crlf.txt").read_bytes().decode("utf-8")
    crlf = raw.replace("\r\n", "\n").replace("\n", "\r\n")  # whatever the checkout did to line ends
    found = tag(crlf, date(2012, 3, 9))
    assert [t.text for t in found] == ["Friday", "March 2012", "1998"]
    assert all(crlf[t.start : t.end] == t.text for t in found)


def test_spans_are_sorted_and_never_overlap() -> None:
    text = (FIXTURES / "cases.json").read_text("utf-8")
    found = tag(text, date(1998, 2, 6))
    assert found == sorted(found, key=lambda t: t.start)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(isinstance(t, Timex) and text[t.start : t.end] == t.text for t in found)


def test_empty_and_date_free_text_give_no_expressions() -> None:
    assert tag("") == []
    assert tag("Nothing here is temporal, said the spokesman.") == []


def test_the_same_input_always_gives_the_same_output() -> None:
    text = (FIXTURES / "long_article.txt").read_text("utf-8")
    assert tag(text, date(2024, 12, 1)) == tag(text, date(2024, 12, 1))


def test_year_written_against_chinese_characters_is_found_without_spaces() -> None:
    text = "霍姆斯市在2012年遭到长期围困。局势在2014年仍然严峻。"
    assert [(t.text, t.value) for t in tag(text)] == [("2012", "2012"), ("2014", "2014")]


def test_year_glued_to_latin_letters_is_not_a_date() -> None:
    assert tag("Flight A2012 and code 2012B") == []


def test_the_same_quarter_with_no_quarter_named_before_is_a_district() -> None:
    assert _found("Footage from the same quarter showed bodies.", date(2012, 4, 7)) == []
    text = "Sales rose in the third quarter. Costs fell in the same quarter."
    assert _found(text, date(2012, 4, 7))[1] == ("the same quarter", "DATE", "2011-Q3")


def test_a_passive_after_be_takes_its_tense_from_the_auxiliary_before_it():
    dct = date(2011, 11, 6)
    assert _found("The deal will be completed in March.", dct) == [("March", "DATE", "2012-03")]
    text = "The plant is expected to be closed in March."
    assert _found(text, dct) == [("March", "DATE", "2012-03")]
    assert _found("The deal was completed in March.", dct) == [("March", "DATE", "2011-03")]


def test_an_irregular_past_beside_a_month_puts_it_behind_the_date():
    dct = date(1989, 10, 30)
    assert _found("KKR bought RJR in February.", dct) == [("February", "DATE", "1989-02")]
    text = "In January, the firm brought in a new chief."
    assert _found(text, dct) == [("January", "DATE", "1989-01")]


def test_a_present_passive_reads_its_tense_past_the_participle():
    # "is heard" is no past: the hearing in May is still to come.
    text = "The case is heard in May in the appeals court."
    assert _found(text, date(2000, 3, 29)) == [("May", "DATE", "2000-05")]
    text = "The accession was planned for early March."
    assert _found(text, date(1999, 2, 10)) == [("early March", "DATE", "1999-03")]


def test_agreed_to_is_a_plan_but_agreed_in_is_an_event():
    dct = date(2012, 3, 6)
    assert _found("A ceasefire was agreed in April.", dct) == [("April", "DATE", "2011-04")]
    text = "The firm agreed to buy the unit in April."
    assert _found(text, dct) == [("April", "DATE", "2012-04")]


def test_a_weekday_before_agreed_to_dates_the_agreeing_not_the_plan():
    dct = date(2012, 3, 28)  # a Wednesday
    text = "On Tuesday, several groups agreed to recognize the council."
    assert _found(text, dct) == [("Tuesday", "DATE", "2012-03-27")]
    text = "On Friday, the government planned to pay the families."
    assert _found(text, dct) == [("Friday", "DATE", "2012-03-23")]
    assert _found("They agreed to meet on Friday.", dct) == [("Friday", "DATE", "2012-03-30")]


def test_last_or_next_before_a_month_and_day_picks_that_day_around_the_date():
    dct = date(1999, 4, 19)
    text = "He was shot to death last Oct. 23 at his home."
    assert _found(text, dct) == [("last Oct. 23", "DATE", "1998-10-23")]
    assert _found("The vote is next Jan. 5.", dct) == [("next Jan. 5", "DATE", "2000-01-05")]
    assert _found("It opened last April 19.", dct) == [("last April 19", "DATE", "1998-04-19")]


def test_a_clock_time_with_its_date_carries_that_day_to_the_next_bare_time():
    text = "He was shot at 10 p.m. on Oct. 23. He died at 11 p.m."
    assert _found(text, date(1999, 4, 19)) == [
        ("10 p.m. on Oct. 23", "TIME", "1998-10-23T22:00"),
        ("11 p.m.", "TIME", "1998-10-23T23:00"),
    ]


def test_mid_afternoon_yesterday_is_one_span_on_the_day_before():
    text = "In London at mid-afternoon yesterday, shares rose."
    assert _found(text, date(1989, 11, 2)) == [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")]


def test_a_negated_participle_is_an_adjective_not_a_past_verb():
    text = "Qantas will double its flights by August in a search for markets untouched by war."
    assert _found(text, date(1998, 2, 13)) == [("August", "DATE", "1998-08")]
    text = "The regime unveiled the plan in March."
    assert _found(text, date(2011, 11, 6)) == [("March", "DATE", "2011-03")]


def test_a_capitalised_time_word_inside_a_sentence_is_a_name():
    dct = date(1991, 2, 25)
    assert _found('Baker said on ABC\'s "This Week With David Brinkley" that it failed.', dct) == []
    assert _found("Gonzalez said on CBS's ''60 Minutes.''", dct) == []
    assert _found("This is VOA Today.", dct) == []
    assert _found("Today, the talks resume.", dct) == [("Today", "DATE", "1991-02-25")]
    assert _found('He said: "Today we act."', dct) == [("Today", "DATE", "1991-02-25")]


def test_a_title_case_headline_keeps_its_times():
    text = "Talks Resume Today In Geneva\nThe talks resumed."
    assert _found(text, date(1991, 2, 25)) == [("Today", "DATE", "1991-02-25")]


def test_a_weekday_after_until_is_a_deadline_still_ahead():
    dct = date(2000, 3, 30)  # a Thursday
    text = "Officials postponed until Tuesday morning any action on the case."
    assert _found(text, dct) == [("Tuesday morning", "TIME", "2000-04-04TMO")]
    text = "The offer had been extended until Tuesday, and it lapsed."
    assert _found(text, dct) == [("Tuesday", "DATE", "2000-03-28")]


def test_the_day_before_or_after_a_date_is_one_span_a_day_off():
    dct = date(2000, 2, 24)  # a Thursday
    text = "The day before last Tuesday's hearing, Manuel went to court."
    assert _found(text, dct) == [("The day before last Tuesday", "DATE", "2000-02-21")]
    text = "They left on the day after March 3, 2012."
    assert _found(text, dct) == [("the day after March 3, 2012", "DATE", "2012-03-04")]


def test_the_quarter_ended_on_a_date_is_the_calendar_quarter_it_mostly_covers():
    dct = date(1989, 10, 26)
    text = "A strike began last spring. For the quarter ended Sept. 30, Delta posted a profit."
    assert _found(text, dct)[1] == ("the quarter", "DATE", "1989-Q3")
    text = "In the quarter ended July 31, Jayark had a loss."
    assert _found(text, dct)[0] == ("the quarter", "DATE", "1989-Q2")


def test_high_noon_is_a_showdown_or_a_film_not_twelve_o_clock() -> None:
    text = "It showed Gary Cooper in the film ``High Noon.'' For Poland, high noon comes today."
    assert _found(text, date(1999, 3, 12)) == [("today", "DATE", "1999-03-12")]
    assert _found("They met at noon.", date(1999, 3, 12)) == [("noon", "TIME", "1999-03-12T12:00")]


def test_on_a_tie_the_reported_quarter_is_the_one_just_ended() -> None:
    text = (
        "Kimberly-Clark posted a gain in third-quarter net income. After a flat second "
        "quarter, the company credited its consumer arm. Tax rates were lower than a year ago."
    )
    assert _found(text, date(1989, 11, 1))[-1] == ("a year ago", "DATE", "1988-Q3")


def test_this_quarter_in_a_report_is_the_quarter_reported_unless_still_ahead() -> None:
    dct = date(1989, 11, 1)
    text = "The company posted a third-quarter loss. This quarter's loss includes charges."
    assert _found(text, dct)[-1] == ("This quarter", "DATE", "1989-Q3")
    text = "The company posted a third-quarter loss. Sales will rise this quarter."
    assert _found(text, dct)[-1] == ("this quarter", "DATE", "1989-Q4")
    text = "The company posted a third-quarter loss. Sales for last year's quarter were flat."
    assert _found(text, dct)[-1] == ("last year's quarter", "DATE", "1988-Q3")


def test_the_past_decade_is_the_ten_years_up_to_now() -> None:
    text = "Threats had become routine over the past decade, the worst of the past century."
    assert _found(text, date(1998, 10, 25)) == [
        ("the past decade", "DURATION", "P10Y"),
        ("the past century", "DURATION", "P100Y"),
    ]


def test_a_weekday_shares_the_plural_part_of_day_of_the_weekday_after_it() -> None:
    text = "Two flights would leave Bombay on Monday and Tuesday nights."
    assert _found(text, date(1998, 2, 13)) == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]
    text = "The flight will leave on Monday and return on Tuesday."
    assert _found(text, date(1998, 2, 13))[0] == ("Monday", "DATE", "1998-02-16")


def test_the_next_day_and_that_night_count_from_the_day_the_text_last_named() -> None:
    text = (
        "The bomb went off on Aug. 7, 1998. The next day rescuers dug. That night it rained. "
        "Later that day, the embassy closed."
    )
    assert _found(text, date(1998, 8, 20))[1:] == [
        ("The next day", "DATE", "1998-08-08"),
        ("That night", "TIME", "1998-08-08TNI"),
        ("Later that day", "DATE", "1998-08-08"),
    ]


def test_the_next_day_after_a_month_is_a_day_of_that_month_and_alone_a_day_unknown() -> None:
    text = "Protests erupted in March 2011. The next day, the authorities shot at mourners."
    assert _found(text)[-1] == ("The next day", "DATE", "2011-03")
    assert _found("The next day, nothing happened.") == [("The next day", "DATE", "XXXX-XX-XX")]


def test_the_previous_friday_is_the_one_before_the_day_last_named() -> None:
    text = "Talks began on Oct. 12, 1989. The previous Friday, the envoy had called."
    assert _found(text, date(1989, 10, 30))[-1] == ("The previous Friday", "DATE", "1989-10-06")


def test_a_24_hour_clock_time_is_a_time_after_at_or_before_a_zone_but_a_score_is_not() -> None:
    text = "The ceasefire began at 06:00 on 12 April. Shelling resumed at 14:30 local time."
    assert _found(text, date(2012, 11, 10)) == [
        ("06:00 on 12 April", "TIME", "2012-04-12T06:00"),
        ("14:30 local time", "TIME", "2012-04-12T14:30"),
    ]
    assert _found("The truce starts at 06:00 GMT on 12 April 2013.") == [
        ("06:00 GMT on 12 April 2013", "TIME", "2013-04-12T06:00")
    ]
    assert _found("The score was 3:2, and the ratio 10:30 overall.", date(2012, 11, 10)) == []


def test_a_date_opening_its_sentence_takes_the_year_its_clause_puts_it_in() -> None:
    dct = date(2012, 11, 10)
    text = "On the night of 4 February, shelling killed 200 people."
    assert _found(text, dct) == [("4 February", "DATE", "2012-02-04")]
    assert _found("On 4 February, the army will attack.", dct)[0][2] == "2013-02-04"


def test_the_first_half_of_a_year_is_that_half_year() -> None:
    text = "In the first half of 2012, exports fell. In the second half of 2013 they rose."
    assert _found(text, date(2014, 1, 1)) == [
        ("the first half of 2012", "DATE", "2012-H1"),
        ("the second half of 2013", "DATE", "2013-H2"),
    ]


def test_a_range_of_years_gives_both_years_but_a_range_of_counts_none() -> None:
    dct = date(2012, 11, 10)
    assert _found("Attacks rose between 1994-1997.", dct) == [
        ("1994", "DATE", "1994"),
        ("1997", "DATE", "1997"),
    ]
    assert _found("He played in the 2011-12 season.", dct) == [("2011", "DATE", "2011")]
    assert _found("Some 1600-2000 troops and 1,000-2,000 people came.", dct) == []


def test_a_half_of_something_other_than_a_year_is_no_date():
    dct = date(2012, 3, 28)
    assert _found("They ran the first half of the marathon apart.", dct) == []
    assert _found("Profit rose in the first half.", dct) == [("the first half", "DATE", "2012-H1")]
    text = "It lost money in the third quarter of 1989."
    assert _found(text, dct) == [("the third quarter of 1989", "DATE", "1989-Q3")]


def test_a_capitalised_rate_word_inside_a_name_is_a_title_not_a_set():
    dct = date(2012, 3, 28)
    assert _found("Ruan Zongze wrote in China Daily that hope remained.", dct) == []
    assert _found("He told the Daily Mail so.", dct) == []
    assert _found("Daily rallies continue.", dct) == [("Daily", "SET", "P1D")]


def test_one_day_as_some_day_to_come_is_future_not_a_day_long():
    dct = date(2012, 3, 28)
    assert _found("She hopes to one day have a career.", dct) == [("one day", "DATE", "FUTURE_REF")]
    assert _found("Hopefully one day he will manage abroad.", dct) == [
        ("one day", "DATE", "FUTURE_REF")
    ]
    assert _found("One day I'll go there.", dct) == [("One day", "DATE", "FUTURE_REF")]
    assert _found("The hearing was cut to one day a week.", dct)[0] == (
        "one day",
        "DURATION",
        "P1D",
    )


def test_that_week_with_no_date_named_before_is_an_unknown_week_not_a_year():
    found = _found("We found out later that week he was elected. That summer he left.", None)
    assert found == [("later that week", "DATE", "XXXX-WXX"), ("That summer", "DATE", "XXXX-SU")]


def test_a_present_verb_of_schedule_before_a_date_puts_it_ahead():
    dct = date(2000, 4, 5)  # a Wednesday
    assert _found("The deadline is Friday.", dct) == [("Friday", "DATE", "2000-04-07")]
    text = "The talks, which begin Friday, are the first."
    assert _found(text, dct) == [("Friday", "DATE", "2000-04-07")]
    assert _found("A hearing is set for Friday.", dct) == [("Friday", "DATE", "2000-04-07")]
    assert _found("The vote takes place Monday.", dct) == [("Monday", "DATE", "2000-04-10")]
    text = "The trial, which opened Monday, continues."
    assert _found(text, dct) == [("Monday", "DATE", "2000-04-03")]
    text = "The summit, held every two years, opens in April."
    assert _found(text, date(1999, 3, 12))[-1] == ("April", "DATE", "1999-04")
    text = "It had been due to expire Friday evening."
    assert _found(text, date(1989, 10, 30)) == [("Friday evening", "TIME", "1989-10-27TEV")]


def test_an_offset_opening_a_clause_is_still_a_date():
    dct = date(2012, 6, 5)
    assert _found("A week ago he was in Paris.", dct) == [("A week ago", "DATE", "2012-W22")]
    assert _found("Ten years from now the city will be big.", dct) == [
        ("Ten years from now", "DATE", "2022")
    ]


def test_a_count_with_thousands_separators_is_one_number():
    dct = date(2012, 6, 5)
    assert _found("He served 1,500 days in prison.", dct) == [("1,500 days", "DURATION", "P1500D")]
    text = "Some 10,000 years ago ice covered it."
    assert _found(text, dct) == [("Some 10,000 years ago", "DATE", "PAST_REF")]


def test_a_season_before_a_year_is_that_season():
    found = _found("It opened in spring 2010 and closed in Fall 2011.", date(2012, 6, 5))
    assert found == [("spring 2010", "DATE", "2010-SP"), ("Fall 2011", "DATE", "2011-FA")]
    assert _found("Shares fall 2000 points.", date(2012, 6, 5)) == []


def test_a_bare_plural_before_later_is_a_span_of_unstated_length():
    found = _found("Weeks later, he was arrested.", date(2012, 6, 5))
    assert found == [("Weeks", "DURATION", "PXW")]


def test_a_present_plan_holds_its_month_ahead_as_firmly_as_a_verb():
    dct = date(2012, 6, 5)
    assert _found("The next election is due in May.", dct) == [("May", "DATE", "2013-05")]
    text = "The accession was planned for early March."
    assert _found(text, date(1999, 2, 10)) == [("early March", "DATE", "1999-03")]


def test_a_date_before_a_reporting_verb_dates_the_saying_not_the_reported_plan():
    dct = date(2012, 6, 5)
    assert _found("In May, he said he would resign.", dct) == [("May", "DATE", "2012-05")]
    text = "On Monday, officials said they will meet again."
    assert _found(text, dct) == [("Monday", "DATE", "2012-06-04")]
    text = "The envoy will leave Thursday, officials said."
    assert _found(text, dct) == [("Thursday", "DATE", "2012-06-07")]


def test_should_points_ahead_like_would():
    dct = date(2012, 6, 5)
    text = "By December the troops should be home."
    assert _found(text, dct) == [("December", "DATE", "2012-12")]


def test_a_day_after_a_holiday_is_one_span_not_a_duration_inside_a_date():
    found = _found("The attack came a day after Christmas.", date(2000, 1, 12))
    assert found == [("a day after Christmas", "DATE", "1999-12-26")]


_FRAGMENTS = [
    "a day",
    "the day",
    "after",
    "before",
    "Christmas",
    "Easter",
    "last",
    "next",
    "Tuesday",
    "week",
    "weeks",
    "later",
    "ago",
    "two",
    "years",
    "March",
    "3",
    "2012",
    "1,500",
    "days",
    "the",
    "first",
    "half",
    "of",
    "spring",
    "Daily",
    "one",
    "he",
    "will",
    "said",
    "on",
    ",",
    ".",
    "earlier",
    "this",
    "month",
    "night",
    "morning",
    "10",
    "p.m.",
    "since",
    "until",
]


@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=30), st.sampled_from([None, date(2012, 6, 5)])
)
@settings(max_examples=300, deadline=None)
def test_any_run_of_temporal_words_gives_sorted_spans_that_never_overlap(
    words: list[str], dct: date | None
) -> None:
    text = " ".join(words)
    found = tag(text, dct)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[t.start : t.end] == t.text and t.start < t.end for t in found)


def test_half_a_unit_is_a_span_written_in_a_smaller_unit():
    dct = date(1999, 3, 12)
    assert _found("For half a century the alliance kept the peace.", dct) == [
        ("half a century", "DURATION", "P50Y")
    ]
    assert _found("After a half-century of division, Europe is whole.", dct) == [
        ("a half-century", "DURATION", "P50Y")
    ]
    assert _found("He waited half an hour.", dct) == [("half an hour", "DURATION", "PT30M")]
    assert _found("Half a dozen people came.", dct) == []
    text = "It took two and a half decades."
    assert _found(text, dct) == [("two and a half decades", "DURATION", "P25Y")]


def test_clock_times_glued_to_am_pm_written_with_a_dot_or_in_24_hours_gmt_are_times():
    dct = date(2012, 6, 6)
    assert _found("Voting ends at 8pm.", dct) == [("8pm", "TIME", "2012-06-06T20:00")]
    assert _found("It opened at 10.30am.", dct) == [("10.30am", "TIME", "2012-06-06T10:30")]
    assert _found("The plane landed at 0600 GMT.", dct) == [
        ("0600 GMT", "TIME", "2012-06-06T06:00")
    ]
    assert _found("Sales rose 10.30 percent.", dct) == []


def test_a_time_restated_in_brackets_in_another_zone_is_not_a_second_time():
    found = _found("The blast came at 10:35 a.m. (0735 GMT).", date(1998, 8, 7))
    assert found == [("10:35 a.m.", "TIME", "1998-08-07T10:35")]


def test_the_weekend_of_a_date_is_one_span_the_weekend_of_its_week():
    dct = date(1999, 3, 12)
    assert _found("The weekend of March 20 will be quiet.", dct) == [
        ("The weekend of March 20", "DATE", "1999-W11-WE")
    ]
    assert _found("The week of 6 March was busy.", dct) == [
        ("The week of 6 March", "DATE", "1999-W09")
    ]


def test_a_date_with_a_day_is_dated_by_a_plain_verb_beside_it_not_by_a_deadline():
    dct = date(1998, 10, 14)
    assert _found("The law took effect Jan. 1.", dct) == [("Jan. 1", "DATE", "1998-01-01")]
    assert _found("The vote was held Nov. 3.", dct) == [("Nov. 3", "DATE", "1997-11-03")]
    assert _found("The vote will be held Sept. 30.", dct) == [("Sept. 30", "DATE", "1999-09-30")]
    # a deadline, or a date qualifying a noun, may lie ahead of a past verb
    assert _found("The bid was extended to Nov. 16.", dct)[0][2] == "1998-11-16"
    assert _found("He gave no reason for the Nov. 16 deadline.", dct)[0][2] == "1998-11-16"


def test_common_verbs_of_news_tell_their_tense():
    dct = date(2000, 4, 12)  # a Wednesday
    assert _found("He died Thursday.", dct)[0][2] == "2000-04-06"
    assert _found("She saw him Thursday.", dct)[0][2] == "2000-04-06"
    assert _found("The company would not comment Friday.", dct)[0][2] == "2000-04-07"
    assert _found("The company expects to complete the sale Friday.", dct)[0][2] == "2000-04-14"
    assert _found("The new prices take effect Monday.", dct)[0][2] == "2000-04-17"
    assert _found("The embargo goes into effect Saturday.", dct)[0][2] == "2000-04-15"
    assert _found("The embargo went into effect Saturday.", dct)[0][2] == "2000-04-08"
    assert _found("The president leaves Friday for Asia.", dct)[0][2] == "2000-04-14"
    assert _found("In May the company said it expected a loss.", dct)[0][2] == "1999-05"
    assert _found("Talks will resume in May, the ministry said.", dct)[0][2] == "2000-05"


def test_the_next_or_previous_unit_in_a_past_story_counts_from_the_date_last_named():
    dct = date(2000, 4, 12)
    text = "The treaty was signed in 1992. The next year, it was ratified."
    assert _found(text, dct)[-1] == ("The next year", "DATE", "1993")
    text = "The war ended in 1945. The previous year, troops landed."
    assert _found(text, dct)[-1] == ("The previous year", "DATE", "1944")
    assert _found("Sales will grow in the next year.", dct) == [("the next year", "DATE", "2001")]


def test_the_season_follows_the_tense_and_to_city_hall_is_no_infinitive():
    dct = date(1998, 10, 14)
    assert _found("The program will begin in the spring.", dct)[0][2] == "1999-SP"
    assert _found("The program began in the spring.", dct)[0][2] == "1998-SP"
    assert _found("Workers will march to City Hall on Friday.", dct)[0][2] == "1998-10-16"


def test_may_looks_ahead_but_not_from_inside_what_was_reported():
    dct = date(1998, 10, 14)
    assert _found("The results may be announced in May.", dct)[0][2] == "1999-05"
    assert _found("He may have left in May.", dct)[0][2] == "1998-05"
    text = "Bush told a news conference on Tuesday that the barricade might be extended."
    assert _found(text, date(1990, 8, 15))[0][2] == "1990-08-14"


def test_a_schedule_verb_dates_a_clock_time_after_at():
    dct = date(1998, 10, 14)
    assert _found("The strike starts at noon Friday.", dct)[0][2] == "1998-10-16T12:00"
    assert _found("The strike started at noon Friday.", dct)[0][2] == "1998-10-09T12:00"


def test_a_day_an_event_is_put_off_to_lies_ahead_and_one_it_lasted_until_is_past():
    dct = date(2000, 4, 12)  # a Wednesday
    assert _found("The hearing was postponed until Thursday.", dct)[0][2] == "2000-04-13"
    assert _found("The hearing has been moved to Monday.", dct)[0][2] == "2000-04-17"
    assert _found("The strike lasted until Friday.", dct)[0][2] == "2000-04-07"
    assert _found("The offer runs until Friday.", dct)[0][2] == "2000-04-14"


def test_a_holiday_is_the_nearest_one_unless_the_tense_or_a_deadline_says_otherwise():
    dct = date(2023, 11, 20)
    assert _found("Ministers hoped to reach a deal before Christmas.", dct)[0][2] == "2023-12-25"
    assert _found("Ministers had reached a deal before Christmas.", dct)[0][2] == "2022-12-25"
    assert _found("Shares fall after weak Christmas", date(2024, 1, 9))[0][2] == "2023-12-25"


def test_a_season_takes_the_year_its_sentence_names():
    dct = date(2024, 5, 2)
    text = "The bridge opens sometime in 2025, possibly in the summer."
    assert _found(text, dct)[-1] == ("the summer", "DATE", "2025-SU")


def test_a_fixture_in_the_present_tense_lies_ahead_but_the_close_of_business_does_not():
    dct = date(2024, 3, 17)  # a Sunday
    assert _found("City play Leeds on Wednesday.", dct)[0][2] == "2024-03-20"
    assert _found("The match kicks off on Saturday.", dct)[0][2] == "2024-03-23"
    text = "At the close of business Thursday, 5,745 shares had been tendered."
    assert _found(text, dct)[0][2] == "2024-03-14"


def test_a_date_late_in_the_month_under_way_stays_in_this_year():
    dct = date(1989, 10, 30)
    assert _found("The board will meet on Oct. 31.", dct)[0][2] == "1989-10-31"
    assert _found("The offer expires Oct. 31.", dct)[0][2] == "1989-10-31"
    assert _found("Profit will be reported in October.", dct)[0][2] == "1989-10"


def test_a_date_that_ends_a_clause_belongs_to_the_verb_before_it():
    dct = date(1989, 10, 30)  # a Monday
    text = "Trading was suspended Friday and will resume Wednesday."
    assert [t[2] for t in _found(text, dct)] == ["1989-10-27", "1989-11-01"]
    text = "The stock, which fell sharply Friday, is expected to rebound."
    assert _found(text, dct)[0][2] == "1989-10-27"
    assert _found("On Friday, the company will report earnings.", dct)[0][2] == "1989-11-03"


def test_a_month_under_way_is_past_once_its_middle_is():
    assert _found("The uprising began in March.", date(2012, 3, 5))[0][2] == "2011-03"
    assert _found("Sales rose in October.", date(1998, 10, 20))[0][2] == "1998-10"
    assert _found("Sales will rise in early October.", date(1998, 10, 14))[0][2] == "1998-10"
    assert _found("He was elected in November.", date(1998, 10, 14))[0][2] == "1997-11"


def test_the_next_day_in_a_sentence_of_recurring_events_is_an_unknown_day():
    text = "Troops left on 10 April. On several occasions violence erupted again the next day."
    found = _found(text, date(2012, 4, 24))
    assert found[-1] == ("the next day", "DATE", "XXXX-XX-XX")
    text = "Troops left on 10 April. Violence erupted again the next day."
    assert _found(text, date(2012, 4, 24))[-1] == ("the next day", "DATE", "2012-04-11")


def test_a_range_of_days_is_one_span_dated_by_its_first_day():
    dct = date(2012, 7, 18)
    assert _found("Jisr al-Shughour, 3-6 June 2011", dct) == [
        ("3-6 June 2011", "DATE", "2011-06-03")
    ]
    assert _found("Talks on March 20-21, 2012 failed.", dct) == [
        ("March 20-21, 2012", "DATE", "2012-03-20")
    ]


def test_a_month_glued_to_the_word_before_it_is_still_a_month_at_its_own_offsets():
    text = "Jan 2006 - Council plans a depot as part of its transport planMar 2013 - Work began."
    found = {(t.text, t.value) for t in tag(text)}
    assert ("Mar 2013", "2013-03") in found
    mar = next(t for t in tag(text) if t.text == "Mar 2013")
    assert text[mar.start : mar.end] == "Mar 2013"
