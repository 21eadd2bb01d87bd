"""Tests for weekdays and year-less days in a report printed without its date
(`frontmap.extract.unknown_days`): a weekday names no day, so what it dates is undated, never the
day an earlier line put in force; a day without its year takes the year written elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import _finder
from test_mentions import make_article

from frontmap.extract.events import extract_events
from frontmap.extract.head_dates import head_day

_PICTURE = "Fighters guard a road outside Herat, Afghanistan, 06 August 2021. PHOTO AGENCY\n\n"


def _days(text: str, published: dt.date | None = None) -> dict[tuple[str, str], str | None]:
    article = make_article(text, published)
    events = extract_events(article, _finder().find(article))
    return {(e.place, e.status): e.event_date and e.event_date.isoformat() for e in events}


@pytest.mark.parametrize(("text", "place"), [
    (_PICTURE + "The insurgents overran Kunduz on Sunday after a week of street battles.", "Kunduz"),
    (_PICTURE + "Taliban fighters Saturday seized Faizabad, the capital of Badakhshan.", "Faizabad"),
    (_PICTURE + "On Friday the militants captured Jalalabad without a fight.", "Jalalabad"),
])
def test_a_weekday_of_an_undated_report_leaves_its_event_undated(text, place):
    assert _days(text)[(place, "taliban")] is None


def test_the_sentences_after_the_weekday_do_not_take_the_older_day():
    text = _PICTURE + "Militants took Faizabad on Tuesday. The fall of Kunduz followed within hours."
    days = _days(text)
    assert days[("Faizabad", "taliban")] is None and days[("Kunduz", "taliban")] is None


@pytest.mark.parametrize(("text", "place", "day"), [
    (_PICTURE + "The insurgents overran Kunduz on August 8, 2021 after a week of street battles.", "Kunduz", "2021-08-08"),
    # a day without its year takes the year the report writes elsewhere (`written_years`): the day is its own
    (_PICTURE + "The insurgents overran Kunduz on August 8 after a week of street battles.", "Kunduz", "2021-08-08"),
    (_PICTURE + "Street battles went on in Kunduz, where the insurgents took the police headquarters.", "Kunduz", "2021-08-06"),
])
def test_a_written_date_or_the_picture_day_still_dates_the_report(text, place, day):
    assert day in {d for (name, _status), d in _days(text).items() if name == place}


def test_a_dated_report_still_counts_the_weekday_back_from_publication():
    text = _PICTURE + "The insurgents overran Kunduz on Sunday after a week of street battles."
    assert _days(text, dt.date(2021, 8, 10))[("Kunduz", "taliban")] == "2021-08-08"


@pytest.mark.parametrize(("line", "day"), [
    ("Mon 9 August 2021:", dt.date(2021, 8, 9)),
    ("Published: Thursday, July 22, 2021 10:15", dt.date(2021, 7, 22)),
    ("3rd Aug, 2021.", dt.date(2021, 8, 3)),
    ("Today: Friday, 14 March 2025", None),
    ("Current date: 14 March 2025", None),
    ("Kunduz fell on August 8, 2021", None),
    ("publish: 19 May 2021", dt.date(2021, 5, 19)),
])
def test_the_date_line_at_a_report_head_is_its_day(line, day):
    assert head_day([line]) == day


def test_the_pages_stamp_wins_over_a_day_the_head_mentions():
    assert head_day(["Monday, June 14, 2021", "Posted: June 16, 2021"]) == dt.date(2021, 6, 16)
    text = "Militants overrun Faizabad\n\nMonday, June 14, 2021\n\nPosted: June 16, 2021\n\nThe insurgents overran Faizabad on Tuesday night."
    assert _days(text)[("Faizabad", "taliban")] == "2021-06-15"  # Tuesday counted back from the stamp, not from the 14th


def test_a_date_line_above_one_of_an_earlier_year_is_the_pages_clock():
    assert head_day(["\u2022 Fri. Mar 14th, 2025", "Militants overrun Faizabad", "Aug 12, 2021"]) == dt.date(2021, 8, 12)
    assert head_day(["Fri. Mar 14th, 2025", "Militants overrun Faizabad"]) == dt.date(2025, 3, 14)


def test_the_date_line_under_a_long_lead_is_read_past_the_first_sentences():
    text = ("\u2022 Fri. Mar 14th, 2025\n\nShopkeepers in the northern towns shut early as word of the advance spread through "
            "the bazaars.\n\nAug 9, 2021\n\nThe insurgents also overran Faizabad on Sunday, officials said.")
    assert head_day(text.split("\n\n")[:2], text) == dt.date(2021, 8, 9)
    assert _days(text)[("Faizabad", "taliban")] == "2021-08-08"


def test_a_weekday_counts_back_from_the_date_line_at_the_head():
    text = "Militants overrun Faizabad\n\nThu 12 August 2021\n\nThe insurgents overran Faizabad on Tuesday night."
    assert _days(text)[("Faizabad", "taliban")] == "2021-08-10"


def test_an_agency_dateline_without_its_year_counts_in_the_one_year_the_report_writes():
    text = ("Northern city lost\n\nJuly 14 (UPI) -- Taliban fighters overran Faizabad on Wednesday, officials said. "
            "Flights to the city had already stopped on 2 May 2021.")
    assert _days(text)[("Faizabad", "taliban")] == "2021-07-14"
    assert _days(text.replace(" Flights to the city had already stopped on 2 May 2021.", ""))[("Faizabad", "taliban")] is None
