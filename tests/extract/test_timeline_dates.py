"""Timelines, factboxes and dates in figures (`frontmap.extract.date_lines`,
`frontmap.extract.numeric_dates`): each line of a summary keeps the day it is written under."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression
from frontmap.extract.date_lines import line_kind
from frontmap.extract.numeric_dates import find_numeric_dates

SATURDAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Aug. 12:", "heading"),
        ("Thursday, August 12", "heading"),
        ("  12.08.2021 -", "heading"),
        ("- Aug. 8 - KUNDUZ. Insurgents overrun the city.", "item"),
        ("Aug 12 - FIROZKOH: the provincial capital changes hands.", "item"),
        ("• July 22 – Spin Boldak: the crossing is lost.", "item"),
        ("4:15 p.m. Friday, Aug. 13, 2021", "heading"),  # a live page's stamp
        ("7:02 a.m. ET, August 12, 2021", "heading"),
        ("July 9: Western crossing lost", "title"),  # a titled entry: its paragraph follows
        ("Updated 7:02 a.m. ET, August 12, 2021", ""),
        ("On Aug. 12 the Taliban took Ghazni.", ""),
        ("KABUL, Aug 12 - The Taliban took Ghazni.", ""),
        ("The city fell on Aug. 12 after a siege.", ""),
    ],
)
def test_a_line_is_a_heading_an_item_or_text(line, kind):
    assert line_kind(line) == kind


_TIMELINE = (
    "What happened this week\nAug. 13:\n\n-- The insurgents entered Herat after a long siege.\n\n"
    "Aug. 11:\n\n-- Faizabad fell to the Taliban, a council member said.\n\n-- Fighting also reached Kuf Ab district."
)
_TITLED = (
    "Summer of losses\nAug. 8: Northern hub lost\n\nInsurgents overran Kunduz at dawn.\n\n"
    "10:20 a.m. Saturday, Aug. 14, 2021\n\nMazar-i-Sharif fell to the Taliban, officials said."
)
_FACTBOX = (
    "Cities lost so far\n- Aug. 8 - KUNDUZ. Taliban fighters overrun the city. Police retreat to the airport.\n"
    "- Aug. 11 - FAIZABAD. The capital of Badakhshan falls after a day of fighting.\n"
    "- HERAT. Clashes go on near the governor's compound."
)


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # each heading of a backward timeline dates the lines under it, not only its own
        (_TIMELINE, {("Faizabad", "taliban", "2021-08-11"), ("Kuf Ab", "contested", "2021-08-11"), ("Herat", "contested", "2021-08-13")}, set()),
        # a factbox line's leading date is its own: the undated line after it does not take it
        (_FACTBOX, {("Kunduz", "taliban", "2021-08-08"), ("Faizabad", "taliban", "2021-08-11")}, {("Herat", "contested", "2021-08-11")}),
        # a titled entry and a live page's stamp date the paragraph under them
        (_TITLED, {("Kunduz", "taliban", "2021-08-08"), ("Mazar-i-Sharif", "taliban", "2021-08-14")}, set()),
    ],
)
def test_each_line_of_a_summary_keeps_the_day_it_is_written_under(text, read, not_read):
    events = events_of(text, SATURDAY)
    assert read <= events
    assert not not_read & events


def test_a_factbox_line_naming_the_city_by_its_size_is_the_city():
    text = "Cities lost so far\n- Aug. 8 - KUNDUZ. Insurgents take the northern city of 300,000 people."
    assert ("Kunduz", "taliban", "2021-08-08") in events_of(text, SATURDAY)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("12/08/2021", dt.date(2021, 8, 12)),
        ("12.08.2021", dt.date(2021, 8, 12)),
        ("3-7-2021", dt.date(2021, 7, 3)),
        ("07/25/2021", dt.date(2021, 7, 25)),  # no 25th month: the month comes first
        ("2021-08-09", dt.date(2021, 8, 9)),
    ],
)
def test_a_date_in_figures_is_read_day_first_unless_it_cannot_be(written, day):
    expressions = find_date_expressions(f"The district fell on {written}, an official said.")
    assert [e.kind for e in expressions] == ["month_day"]
    assert resolve_expression(expressions[0], SATURDAY) == (day, "explicit")


@pytest.mark.parametrize(
    "sentence",
    ["Turnout was 3.5 per cent.", "The Taliban hold 10/16 districts.", "Version 2.08.2021b was released.", "Call 12/08/20211."],
)
def test_figures_that_are_not_dates_are_left_alone(sentence):
    assert find_numeric_dates(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured Kuf Ab district on 11/08/2021, a council member said.",
        "Kuf Ab district fell to the insurgents on 11.08.2021.",
        "KABUL, 11.08.2021 - Kuf Ab district fell to the insurgents on Wednesday.",
    ],
)
def test_a_fall_dated_in_figures_takes_that_day(sentence):
    assert ("Kuf Ab", "taliban", "2021-08-11") in events_of(f"Badakhshan\n{sentence}", SATURDAY)


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("In the previous two days the insurgents had taken Kuf Ab and Khwahan.", ("2021-08-12", "2021-08-13")),
        ("Kuf Ab and Khwahan fell to the Taliban over the last three days, officials said.", ("2021-08-11", "2021-08-14")),
        ("The insurgents overran Kuf Ab and Khwahan in the past two days.", ("2021-08-12", "2021-08-14")),
    ],
)
def test_a_counted_span_of_days_dates_its_falls_inside_it(sentence, window):
    text = f"Badakhshan\nFAIZABAD, Aug 14 - Faizabad fell to the Taliban on Saturday. {sentence}"
    days = {day for place, status, day in events_of(text, SATURDAY) if place in ("Kuf Ab", "Khwahan") and status == "taliban"}
    assert days and all(window[0] <= day <= window[1] for day in days)


def test_a_counted_span_of_days_is_no_day_for_the_next_sentence():
    text = (
        "Badakhshan\nFAIZABAD, Aug 14 - Kuf Ab fell to the Taliban over the last two days, officials said. "
        "The insurgents also entered Khwahan district."
    )
    assert ("Khwahan", "contested", "2021-08-14") in events_of(text, SATURDAY)


@pytest.mark.parametrize(
    "body",
    [
        "Of the towns the insurgents have attacked since Wednesday, Herat matters most. Herat is now in Taliban hands, a councillor said.",
        "KABUL, Aug 14 - Of the cities attacked since Wednesday, Herat counts most.\n\n\"Herat is lost, the Taliban hold the governor's office,\" an MP said on Saturday.",
        "Insurgents have besieged Herat since Wednesday. Herat is now controlled by the Taliban, officials said.",
    ],
)
def test_a_headline_does_not_take_the_bodys_earlier_day_when_the_body_also_tells_it_today(body):
    events = events_of(f"Herat falls to the insurgents\n{body}", SATURDAY)
    assert ("Herat", "taliban", "2021-08-14") in events
    assert not any(place == "Herat" and status == "taliban" and day == "2021-08-11" for place, status, day in events)
