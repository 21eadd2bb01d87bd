"""The writer's "now" in a report printed the day after its lead's source spoke: "today", "this
morning", "last night" count from that day; weekdays and a report without such a lead keep counting
from the report's day, and a dateline a day before publication is the report's day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.report_now import lead_speaking_day, report_day, speaks_of_now

TUE_JUN_15 = dt.date(2021, 6, 15)


@pytest.mark.parametrize(("head", "expected"), [
    ("The defence ministry on Monday said troops had retaken the district.", dt.date(2021, 6, 14)),
    ("Troops retook the district, a police spokesman told reporters Monday.", dt.date(2021, 6, 14)),
    ("Officials said on Sunday that troops had retaken the district.", None),  # two days back: not the writer's day
    ("Troops retook the district on Monday.", None),  # no source speaking
])
def test_the_lead_speaking_day_is_the_day_before_the_report(head, expected):
    assert lead_speaking_day([head], TUE_JUN_15) == expected


@pytest.mark.parametrize(("text", "now"), [("today", True), ("this morning", True), ("last night", True),
                                           ("overnight", True), ("on Monday", False), ("the next day", False)])
def test_words_of_now(text, now):
    assert speaks_of_now(find_date_expressions(f"It fell {text}.")[0]) is now


def test_a_dateline_a_day_before_publication_is_the_report_day():
    assert report_day(["KABUL, June 14 - Troops retook the district."], TUE_JUN_15) == dt.date(2021, 6, 14)
    assert report_day(["Troops retook the district."], TUE_JUN_15) == TUE_JUN_15


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Commanders on Monday said troops had retaken Achin.\nThe district had fallen to the Taliban this morning.",
     ("Achin", "taliban", "2021-06-14"), ("Achin", "taliban", "2021-06-15")),
    ("Troops retook Nijrab, a provincial spokesman told reporters on Monday. The Taliban had overrun it today at dawn.",
     ("Nijrab", "taliban", "2021-06-14"), ("Nijrab", "taliban", "2021-06-15")),
    ("The army said on Monday it had pushed back an attack on Kunduz.\n\"They attacked Kunduz last night,\" an officer said.",
     ("Kunduz", "contested", "2021-06-13"), None),
])
def test_now_words_count_from_the_day_the_lead_spoke(text, present, absent):
    events = events_of(text, TUE_JUN_15)
    assert present in events
    assert absent is None or absent not in events


@pytest.mark.parametrize(("text", "present"), [
    # a headline's "overnight" is the night the lead's source spoke of, not the night before printing
    ("Insurgents storm Kunduz overnight\nA police spokesman said on Monday the assault had been pushed back.",
     ("Kunduz", "contested", "2021-06-14")),
    ("Achin district falls overnight\nProvincial officials on Monday confirmed the loss of the district.",
     ("Achin", "taliban", "2021-06-14")),
])
def test_overnight_counts_from_the_day_the_lead_spoke(text, present):
    assert present in events_of(text, TUE_JUN_15)


def test_without_such_a_lead_today_is_the_report_day():
    text = "Troops retook Achin on Monday.\nThe Taliban attacked Nijrab this morning."
    assert ("Nijrab", "contested", "2021-06-15") in events_of(text, TUE_JUN_15)


@pytest.mark.parametrize("head", [
    "MOSCOW (Newswire / Sputnik - 10th August, 2021) Troops repelled an attack on Kunduz, a spokesman said on Monday.",
    "Kabul, (APP - Daily Point News - 10th Aug, 2021 ) :Troops repelled an attack on Kunduz, a spokesman said on Monday.",
])
def test_a_date_closing_an_agency_parenthesis_is_a_dateline(head):
    events = events_of(head, dt.date(2021, 8, 10))
    assert ("Kunduz", "government", "2021-08-09") in events
    assert ("Kunduz", "government", "2021-08-10") not in events


@pytest.mark.parametrize(("text", "day"), [
    # the year of every day the report writes in full is its dateline's
    ("Herat, July 9 (EFE).- Two border posts fell, officials said. Trade had stopped on June 30, 2021.", dt.date(2021, 7, 9)),
    ("July 14 (UPI) -- The crossing was lost on Wednesday. Talks had stalled on 2 May 2021.", dt.date(2021, 7, 14)),
    # no day written in full, or days of two years: the year is unknown
    ("Herat, July 9 (EFE).- Two border posts fell, officials said.", None),
    ("Herat, July 9 (EFE).- The posts fell. Trade stopped on June 30, 2021, as it had on March 3, 2020.", None),
])
def test_an_undated_reports_dateline_takes_the_one_year_it_writes(text, day):
    heads = text.split(". ")[:3]
    assert report_day(heads, None, text) == day


SAT_AUG_14 = dt.date(2021, 8, 14)


@pytest.mark.parametrize(("text", "expected"), [
    # a wire story dated by the agency's clock tells the country's next morning
    ("Insurgents take Pul-e Alam\n\nKABUL (AP) - The Taliban overran Pul-e Alam early Sunday, officials said.",
     dt.date(2021, 8, 15)),
    ("Insurgents take Pul-e Alam\n\nKABUL (AP) - The Taliban overran Pul-e Alam on Sunday morning, officials said.",
     dt.date(2021, 8, 15)),
    # a bare weekday, or a part of the day on another weekday, keeps the report's day
    ("Insurgents take Pul-e Alam\n\nKABUL (AP) - The Taliban overran Pul-e Alam on Sunday, officials said.", SAT_AUG_14),
    ("Insurgents take Pul-e Alam\n\nKABUL (AP) - The Taliban overran Pul-e Alam late Friday, officials said.", SAT_AUG_14),
])
def test_a_lead_told_early_on_the_next_day_speaks_from_it(text, expected):
    heads = [line for line in text.split("\n") if line][:3]
    assert report_day(heads, SAT_AUG_14, text) == expected
