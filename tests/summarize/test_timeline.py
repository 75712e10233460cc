"""The timeline: one event per dated sentence, chronological, relative events after their anchor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportgen.model import PRECISIONS, Event, Sentence
from reportgen.summarize.timeline import build_timeline, header_lines
from reportgen.summarize.timex import tag

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "timex"


def _sentences(*texts: str) -> list[Sentence]:
    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, text, start, start + len(text)))
        start += len(text) + 1
    return out


def _timeline(texts: tuple[str, ...], dct: date | None = None, **kw: int) -> tuple[Event, ...]:
    sentences = _sentences(*texts)
    return build_timeline(sentences, tag(" ".join(texts), dct), dct, **kw)


STORY = (
    "Opposition factions have recently captured the nearby towns.",
    "The siege ended in 2017 after years of hunger.",
    "The uprising began in 2011.",
    "Two reporters were killed during a bombardment in 2012.",
    "A court later held the government responsible for their deaths.",
)


def test_events_are_ordered_by_date_with_undated_events_last() -> None:
    events = _timeline(STORY)
    assert [e.source for e in events] == [2, 3, 4, 1, 0]
    assert [e.when for e in events] == ["2011", "2012", "After 2012", "2017", "Recently"]


def test_later_event_keeps_its_anchor_and_no_invented_year() -> None:
    court = next(e for e in _timeline(STORY, date(2024, 12, 1)) if e.source == 4)
    assert court.anchor == 3
    assert court.value is None
    assert court.precision == "relative"
    assert court.when == "After 2012"


def test_recent_event_is_placed_at_the_document_date_when_known() -> None:
    events = _timeline((*STORY, "The city fell in 2030."), date(2024, 12, 1))
    recent = next(e for e in events if e.source == 0)
    assert recent.value == "PAST_REF"
    assert recent.precision == "relative"
    assert recent.when == "Recently (before 1 December 2024)"
    assert [e.source for e in events][-2:] == [0, 5]


def test_event_text_is_the_sentence_text_and_precision_is_a_known_kind() -> None:
    events = _timeline(STORY)
    assert {e.event for e in events} <= set(STORY)
    assert all(e.precision in PRECISIONS for e in events)


def test_month_only_date_sorts_before_any_day_in_that_month() -> None:
    events = _timeline(
        ("The treaty was signed on 22 February 2012.", "Talks began in February 2012.")
    )
    assert [(e.when, e.precision) for e in events] == [
        ("February 2012", "month"),
        ("22 February 2012", "day"),
    ]
    assert [e.value for e in events] == ["2012-02", "2012-02-22"]


def test_decades_read_as_words_with_decade_precision() -> None:
    (event,) = _timeline(("Trade grew through the 1990s.",))
    assert (event.when, event.value, event.precision) == ("The 1990s", "199", "decade")


def test_durations_and_sets_alone_make_no_event() -> None:
    assert _timeline(("The strike lasted two weeks.", "Flights leave daily.")) == ()


def test_sentence_with_several_dates_is_placed_by_its_most_specific_one() -> None:
    (event,) = _timeline(("After the 2011 uprising, the city fell on 3 March 2012.",))
    assert event.value == "2012-03-03"


def test_later_sentence_before_any_date_is_left_out_rather_than_guessed() -> None:
    assert _timeline(("A court later held the government responsible.",)) == ()


def test_long_timeline_keeps_max_events_in_chronological_order() -> None:
    texts = tuple((FIXTURES / "long_article.txt").read_text("utf-8").splitlines())
    full = _timeline(texts, date(2024, 12, 1), max_events=100)
    kept = _timeline(texts, date(2024, 12, 1), max_events=8)
    assert len(full) == len(texts)
    assert len(kept) == 8
    assert all(e.precision != "relative" for e in kept)
    assert list(kept) == [e for e in full if e in kept]
    assert kept[0].when == "1901"
    assert kept[-1].when == "2021"


def test_relative_event_stays_only_with_its_anchor_when_trimming() -> None:
    texts = tuple((FIXTURES / "long_article.txt").read_text("utf-8").splitlines())
    for n in range(1, len(texts) + 1):
        kept = _timeline(texts, None, max_events=n)
        sources = {e.source for e in kept}
        assert all(e.anchor is None or e.anchor in sources for e in kept)


def test_a_date_without_a_year_is_kept_but_placed_after_every_dated_event() -> None:
    events = _timeline(("The vote is on March 3.", "Protests began in 2011."))
    assert [(e.when, e.value, e.precision) for e in events] == [
        ("2011", "2011", "year"),
        ("3 March (year not given)", "XXXX-03-03", "relative"),
    ]


def test_relative_label_reads_as_a_phrase_after_its_anchor() -> None:
    events = _timeline(("Trade grew in February 2012.", "Prices later fell."))
    assert [e.when for e in events] == ["February 2012", "After February 2012"]
    events = _timeline(("Trade grew through the 1990s.", "Prices later fell."))
    assert [e.when for e in events] == ["The 1990s", "After the 1990s"]


def test_posting_timestamps_of_pages_and_comments_make_no_event() -> None:
    events = _timeline(
        (
            "Page last updated at 15:03 GMT, Friday, 10 August 2012 16:03 UK.",
            "10th August 2012 - 11:19 I wish the envoy well.",
            "The envoy resigned on 2 August 2012.",
        ),
        date(2012, 8, 10),
    )
    assert [(e.when, e.source) for e in events] == [("2 August 2012", 2)]


def test_a_weekend_reads_as_its_saturday_and_a_week_by_its_monday_s_year():
    events = _timeline(("Fighters claimed gains at the weekend.",), date(2012, 6, 5))
    assert [(e.when, e.precision) for e in events] == [("Weekend of 2 June 2012", "week")]
    events = _timeline(("Talks resumed last week.",), date(2015, 1, 14))
    assert [e.when for e in events] == ["Week of 5 January 2015"]
    events = _timeline(("Talks resumed last week.",), date(2015, 1, 7))
    assert [e.when for e in events] == ["Week of 29 December 2014"]


def test_a_counted_offset_without_a_date_keeps_its_own_words() -> None:
    texts = ("NATO was created 50 years ago.", "Rebels have recently taken the town.")
    assert [e.when for e in _timeline(texts)] == ["50 years ago", "Recently"]
    dated = _timeline(texts, date(1999, 2, 16))
    assert [e.when for e in dated] == ["1949", "Recently (before 16 February 1999)"]


def test_a_stretch_reaching_back_from_now_or_on_from_it_places_its_event() -> None:
    texts = (
        "There have been fierce clashes in recent days.",
        "Monitors will deploy over the coming weeks.",
        "The siege lasted for weeks.",
        "Mr Annan has spent the last few weeks meeting all sides.",
    )
    events = _timeline(texts, date(2012, 4, 24))
    assert [(e.source, e.value) for e in events] == [
        (0, "PAST_REF"),
        (3, "PAST_REF"),
        (1, "FUTURE_REF"),
    ]
    assert events[2].when == "In future (after 24 April 2012)"


def test_the_next_day_of_events_that_recur_is_no_day_after_the_last_date_named():
    texts = (
        "Troops were to withdraw by 10 April.",
        "There have been several instances in the past few days where protests were peaceful, "
        "only for violence to erupt again the next day.",
    )
    events = _timeline(texts, date(2012, 4, 24))
    assert [(e.source, e.value) for e in events] == [(0, "2012-04-10"), (1, "PAST_REF")]


def test_now_makes_no_event_beside_real_dates_and_recently_stands_before_them():
    texts = (
        "Aid is what matters now.",
        "Envoys met on 5 June 2012.",
        "Talks have now resumed.",
        "Clashes erupted recently.",
    )
    events = _timeline(texts, date(2012, 6, 5))
    assert [e.source for e in events] == [3, 1]
    alone = _timeline((texts[0], texts[2]), date(2012, 6, 5))
    assert [e.source for e in alone] == [0, 1]


def test_a_place_and_date_heading_dates_the_paragraph_it_heads():
    texts = (
        "New York, 21 March 2012",
        "The UN Security Council backed the envoy's peace plan.",
        "Jisr al-Shughour, 3-6 June 2011",
        "In June 2011, the government said 120 security personnel had been killed.",
    )
    events = _timeline(texts, date(2012, 7, 18))
    assert [(e.when, e.source) for e in events] == [("3 June 2011", 3), ("21 March 2012", 1)]


def test_a_calendar_period_has_its_own_precision_and_a_hedged_date_is_approximate() -> None:
    events = _timeline(
        (
            "Profits rose in the fourth quarter of 2023.",
            "The plant opens in the spring of 2025.",
            "The line should be finished around 2027.",
        ),
        date(2024, 1, 9),
    )
    assert [(e.when, e.precision) for e in events] == [
        ("Q4 2023", "quarter"),
        ("Spring 2025", "season"),
        ("About 2027", "approximate"),
    ]


def test_a_counted_step_later_is_dated_from_the_event_before_it() -> None:
    events = _timeline(
        (
            "The uprising began in March 2011.",
            "A year later, the army shelled the city.",
            "Talks opened on 3 June 2013.",
            "Three days later they collapsed.",
            "Fighting resumed a day before the monitors were due to arrive.",
        )
    )
    assert [(e.when, e.precision, e.source) for e in events] == [
        ("March 2011", "month", 0),
        ("2012", "year", 1),
        ("3 June 2013", "day", 2),
        ("6 June 2013", "day", 3),
    ]


def test_a_later_event_without_a_count_stays_relative_to_its_anchor() -> None:
    events = _timeline(("The siege began in 2012.", "A court later held the army responsible."))
    assert [(e.when, e.value, e.precision) for e in events] == [
        ("2012", "2012", "year"),
        ("After 2012", None, "relative"),
    ]


def test_the_headline_names_the_news_and_is_no_event_of_its_own() -> None:
    sentences = _sentences(
        "Huge blast in Beirut port kills dozens on Tuesday",
        "A massive explosion tore through the port of Beirut on Tuesday.",
    )
    text = " ".join(s.text for s in sentences)
    events = build_timeline(sentences, tag(text, date(2020, 8, 5)), date(2020, 8, 5), headline=0)
    assert [(e.when, e.source) for e in events] == [("4 August 2020", 1)]


def test_a_headline_with_a_date_word_is_no_dated_label() -> None:
    sentences = _sentences(
        "Year-end rally lifts stocks",
        "U.S. stocks rose on Friday, Dec 29, capping a strong year.",
    )
    text = " ".join(s.text for s in sentences)
    events = build_timeline(sentences, tag(text, date(2024, 1, 2)), date(2024, 1, 2), headline=0)
    assert [(e.when, e.source) for e in events] == [("29 December 2023", 1)]


def test_a_list_line_loses_the_bullet_and_date_its_when_already_gives() -> None:
    events = _timeline(
        ("- Oct. 29, 2018: A jet crashed into the sea.", "On 3 March 2012 troops left.")
    )
    assert [(e.when, e.event) for e in events] == [
        ("3 March 2012", "On 3 March 2012 troops left."),
        ("29 October 2018", "A jet crashed into the sea."),
    ]


def test_without_a_document_date_a_deictic_date_keeps_its_own_words() -> None:
    events = _timeline(("Last year the talks collapsed.", "The envoy recently resigned."))
    assert [(e.when, e.value) for e in events] == [
        ("Last year", "PAST_REF"),
        ("Recently", "PAST_REF"),
    ]


def test_an_undated_weekday_keeps_last_or_next() -> None:
    events = _timeline(("The minister resigned last Monday.", "Talks resume on Friday."))
    assert sorted(e.when for e in events) == ["Friday (undated)", "Last Monday"]


def test_without_a_document_date_a_named_day_outranks_a_reference_beside_it() -> None:
    events = _timeline(
        (
            "The company on Wednesday reported a profit, up from a loss a year earlier.",
            "The minister said on Friday that the vote would be held next month.",
        )
    )
    assert [e.when for e in events] == ["Wednesday (undated)", "Friday (undated)"]


def test_an_explicit_calendar_date_beats_a_weekday_in_the_same_sentence() -> None:
    events = _timeline(
        (
            "Crowds marched from the mosque after Friday prayers on 18 March.",
            "The following day, police fired on the mourners.",
        ),
        date(2012, 4, 9),
    )
    # 18 March 2012 was a Sunday: the Friday that was 18 March is in 2011.
    assert [(e.when, e.source) for e in events] == [("18 March 2011", 0), ("19 March 2011", 1)]


def test_a_pluperfect_never_puts_a_past_event_after_the_document_date() -> None:
    events = _timeline(
        (
            "By mid-May, the death toll had reached 1,000.",
            "The board had approved the budget by June.",
        ),
        date(2012, 4, 9),
    )
    assert [(e.when, e.value) for e in events] == [
        ("Mid May 2011", "2011-05"),
        ("June 2011", "2011-06"),
    ]
    assert all(e.value is not None and e.value < "2012-04-09" for e in events)


def test_a_date_an_event_only_precedes_keeps_its_vagueness_in_words() -> None:
    events = _timeline(
        ("The team will move to the new office before Christmas.",), date(2024, 11, 4)
    )
    assert [(e.when, e.precision) for e in events] == [("Before Christmas 2024", "approximate")]


def test_a_rounded_count_of_years_back_is_about_a_year() -> None:
    events = _timeline(("The hall was first leased nearly 50 years ago.",), date(2024, 11, 4))
    assert [(e.when, e.precision) for e in events] == [("About 1974", "approximate")]


def test_the_end_of_the_month_in_a_past_story_is_the_month_it_tells_of() -> None:
    events = _timeline(
        (
            "The new payroll system went live on 2 September.",
            "Invoices piled up at first, but the team recovered by the end of the month.",
        ),
        date(2025, 10, 20),
    )
    assert [(e.when, e.value) for e in events] == [
        ("2 September 2025", "2025-09-02"),
        ("End of September 2025", "2025-09"),
    ]


def test_header_lines_and_sentences_left_out_make_no_event() -> None:
    texts = (
        "To: All staff",
        "From: Facilities Manager",
        "Date: 4 November 2024",
        "Subject: Office move",
        "Packing crates will be delivered on 18 November.",
    )
    sentences = _sentences(*texts)
    skip = header_lines(sentences)
    assert skip == frozenset({0, 1, 2, 3})
    events = build_timeline(sentences, tag(" ".join(texts)), None, skip=skip)
    # The Date line is no event, but it tells the year the memo writes its dates in.
    assert [(e.when, e.source) for e in events] == [("18 November 2024", 4)]


def test_a_year_named_throughout_dates_what_the_text_writes_without_one() -> None:
    events = _timeline(
        (
            "The programme runs during 2025.",
            "The Board approved the business case on 14 January 2025.",
            "The contract was signed on 3 March.",
            "The new system went live on 2 September.",
        )
    )
    assert [(e.when, e.precision) for e in events] == [
        ("2025", "year"),
        ("14 January 2025", "day"),
        ("3 March 2025", "day"),
        ("2 September 2025", "day"),
    ]


def test_one_event_told_twice_is_listed_once() -> None:
    events = _timeline(
        (
            "Voters rejected the plan in a referendum on 26 February 2012.",
            "Turnout was low.",
            "The referendum of 26 February 2012 rejected the plan, officials said.",
        )
    )
    assert [e.source for e in events] == [0]


def test_a_long_timeline_keeps_the_calendar_dates_of_its_main_thread_first() -> None:
    texts = (
        "The uprising began in 2011.",
        "Its roots go back to the 1980s.",
        "A referendum was held on 26 February 2012.",
        "The envoy's plan was accepted on 27 March 2012.",
        "The city had been besieged since 2011.",
        "Talks opened in Geneva in June 2012.",
    )
    kept = _timeline(texts, date(2012, 7, 1), max_events=3)
    assert [e.source for e in kept] == [2, 3, 5]
    ranked = build_timeline(
        _sentences(*texts),
        tag(" ".join(texts), date(2012, 7, 1)),
        date(2012, 7, 1),
        max_events=4,
        rank=(1, 0),
    )
    assert [e.source for e in ranked] == [1, 2, 3, 5]


def test_a_clause_with_a_subject_of_its_own_reads_as_its_own_event() -> None:
    events = _timeline(
        ("Crates arrive on 18 November 2024, and each team packs its desks by 29 November 2024.",)
    )
    assert [(e.when, e.event, e.source) for e in events] == [
        ("18 November 2024", "Crates arrive on 18 November 2024.", 0),
        ("29 November 2024", "Each team packs its desks by 29 November 2024.", 0),
    ]


def test_each_clause_with_a_date_of_its_own_is_an_event_of_its_own() -> None:
    events = _timeline(
        (
            "Data migration testing started on 12 May 2025 and finished on 20 June 2025.",
            "User acceptance testing ran from 7 July 2025 to 8 August 2025.",
        )
    )
    assert [(e.when, e.source) for e in events] == [
        ("12 May 2025", 0),
        ("20 June 2025", 0),
        ("7 July 2025", 1),
    ]


def test_a_memo_date_line_places_its_dates_without_a_year_nearest_to_it() -> None:
    texts = (
        "Date: 4 November 2024",
        "The office closes on 24 December and reopens on 2 January.",
        "The hall was first leased nearly 50 years ago.",
        "The removal firm will move the furniture over the weekend of 7 December.",
    )
    sentences = _sentences(*texts)
    events = build_timeline(sentences, tag(" ".join(texts)), None, skip=header_lines(sentences))
    assert [(e.when, e.precision) for e in events] == [
        ("About 1974", "approximate"),
        ("Weekend of 7 December 2024", "week"),
        ("24 December 2024", "day"),
        ("2 January 2025", "day"),
    ]


def test_the_end_of_the_month_without_a_document_date_is_the_month_last_named() -> None:
    events = _timeline(
        (
            "The programme runs through 2025 and closes in 2025.",
            "The new system went live on 2 September.",
            "A backlog built up, but the team recovered by the end of the month.",
        )
    )
    assert [(e.when, e.value, e.source) for e in events if e.source > 0] == [
        ("2 September 2025", "2025-09-02", 1),
        ("End of September 2025", "2025-09", 2),
    ]


def test_a_trimmed_report_without_a_date_keeps_every_year_its_events_crowd_into() -> None:
    texts = tuple(
        f"The committee held hearing {n} on {day} {month} {year}."
        for n, (day, month, year) in enumerate(
            [(d, m, y) for y in (2013, 2014, 2015) for m in ("March", "June") for d in (3, 17)]
        )
    ) + ("The programme was first proposed in May 1990.",)
    kept = _timeline(texts, max_events=6)
    assert {e.value[:4] for e in kept if e.value} == {"2013", "2014", "2015"}


def test_an_entry_whose_label_is_only_its_date_is_left_out() -> None:
    from reportgen.read.source import Source
    from reportgen.read.textstructure import parse
    from reportgen.summarize import summarize

    text = (
        "The Leeds depot opened in 1990 after a long planning fight. Since 2014. "
        "A fire shut the depot in March 2025, and staff moved to Wakefield. "
        "The council approved a rebuild in April 2025 at a cost of 6.4 million pounds. "
        "The union balloted its members in May 2025 over the longer drive to Wakefield. "
        "Insurers paid the first part of the claim in June 2025. "
        "Builders are due on site in September 2025, the council said. "
        "The new workshop should open in March 2026 with room for forty vans. "
        "Hull was rebuilt in 2019 to the same design."
    )
    brief = summarize(Source("depot.txt", text, structure=parse(text)))
    assert brief.timeline
    assert all(len(e.event.split()) >= 2 for e in brief.timeline)
    assert not any(e.event.strip(" .)") == "Since 2014" for e in brief.timeline)


def test_a_timeline_of_relative_dates_alone_is_no_chronology() -> None:
    from reportgen.read.source import Source
    from reportgen.summarize import summarize

    text = (
        "The depot manager said the roof had recently started to leak over the loading bays. "
        "Drivers now load their vans at Wakefield while the roof is repaired by contractors. "
        "The insurer has accepted the claim for the roof and the damaged racking in full. "
        "Customers have been told that deliveries will run a day late for the next fortnight."
    )
    brief = summarize(Source("depot.txt", text))
    assert brief.timeline == ()


def test_a_chronology_of_bills_keeps_each_bill_as_the_subject_of_its_label() -> None:
    from reportgen.read.source import Source
    from reportgen.read.textstructure import parse
    from reportgen.summarize import summarize

    text = (
        "Coastal flooding: legislative chronology\n\n"
        "The following lists the main actions on coastal flood defence bills.\n\n"
        "February 4, 2021 – S. 212, the Coastal Flood Defence Act of 2021, was introduced, "
        "read twice, and referred to the Committee on Environment and Public Works.\n\n"
        "March 9, 2021 – The Secretary of the Army, in a letter to the committee chair, "
        "wrote that a review of the levee standards had begun.\n\n"
        "April 22, 2021 – H.R. 1877, the Shoreline Resilience Act, was introduced and "
        "referred to the House Committee on Transportation and Infrastructure.\n\n"
        "June 30, 2021 – The committee held a hearing on the cost of raising sea walls.\n"
    )
    brief = summarize(Source("chronology.txt", text, structure=parse(text)))
    labels = [e.event for e in brief.timeline]
    assert any(label.startswith("S. 212 was introduced") for label in labels), labels
    assert any(label.startswith("H.R. 1877 was introduced") for label in labels), labels
    assert not any(label.split()[0] in ("And", "Wrote", "Referred") for label in labels)


def test_a_second_dated_verb_of_a_memo_is_labelled_by_its_own_date() -> None:
    from reportgen.read.source import Source
    from reportgen.read.textstructure import parse
    from reportgen.summarize import summarize

    text = (
        "To: All depot staff\nFrom: Site manager\nDate: 4 November 2024\n\n"
        "Stocktaking at the Selby depot\n\n"
        "The yearly stocktake starts on 9 December, and every team should count its bays "
        "by 13 December. The depot will close for the count at 6pm on 20 December and "
        "reopen on 6 January. Drivers will collect their new rotas on 2 January.\n"
    )
    brief = summarize(Source("memo.txt", text, structure=parse(text)))
    by_value = {e.value: e.event for e in brief.timeline}
    assert by_value.get("2025-01-06") == "The depot will reopen on 6 January", by_value


def test_a_date_after_a_comparison_dates_the_baseline_not_the_event():
    from reportgen.summarize.timeline import _best_date
    from reportgen.summarize.timex import tag

    text = (
        "The depot's tax rate was 26% for the fourth quarter of 2025 compared to 22.4% for "
        "the September 30, 2025 year-to-date."
    )
    best = _best_date(text, tag(text), None, True)
    assert best is not None
    assert best[1] == "2025-Q4"
    alone = "The depot was sold on 3 March 2024, against the advice of staff."
    sold = _best_date(alone, tag(alone), None, True)
    assert sold is not None
    assert sold[1] == "2024-03-03"


def test_one_undated_weekday_keeps_one_row_the_best_ranked() -> None:
    texts = (
        "The board voted to approve the plant on Thursday.",
        "The approval of investment came on Thursday.",
        "Ahead of Thursday's vote, a board member resigned.",
        "The plan was first proposed in 2006.",
        "Construction was approved in March 2013.",
    )
    events = _timeline(texts, rank=[1, 0, 2, 3, 4])
    thursday = [e for e in events if e.value == "XXXX-WXX-4"]
    assert [e.source for e in thursday] == [1]
    assert {e.source for e in events} >= {3, 4}  # dated rows are untouched


def test_a_date_that_is_part_of_a_name_dates_no_event() -> None:
    texts = (
        "In March 2023, the partnership entered into a new revolving credit agreement.",
        "The March 2023 $2.7 Billion Multi-Year Revolving Credit Agreement contains "
        "customary covenants.",
        "The department released the 2012 Workplace and Gender Relations Survey of members.",
        "The first notes were repaid in June 2024.",
    )
    events = _timeline(texts)
    assert [e.source for e in events] == [0, 3]
