"""Days written with figures or in the Afghan solar calendar: "on 11/08", "Sunday (4/7)",
"23 Asad 1400", "Saratan 12", "the month of Saratan"; and the figures that are no day: fractions,
"24/7", clock times, a lawmaker named Asad, a solar year of history."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.dates import ArticleDates
from frontmap.extract.figured_dates import find_figured_dates
from frontmap.extract.solar_dates import gregorian

SUN_AUG_15 = dt.date(2021, 8, 15)


def _days(sentence: str, published: dt.date = SUN_AUG_15) -> list[dt.date | None]:
    dates = ArticleDates(sentence, [(0, len(sentence))], published)
    return [d.date for d in dates._dated_of(0)]


@pytest.mark.parametrize(("year", "month", "day", "date"), [
    (1400, 1, 1, dt.date(2021, 3, 21)),
    (1400, 4, 12, dt.date(2021, 7, 3)),
    (1400, 5, 23, dt.date(2021, 8, 14)),
    (1400, 6, 1, dt.date(2021, 8, 23)),
    (1399, 1, 1, dt.date(2020, 3, 20)),
    (1400, 12, 29, dt.date(2022, 3, 20)),
])
def test_solar_days_convert_to_the_gregorian_calendar(year, month, day, date):
    assert gregorian(year, month, day) == date


def test_a_solar_month_has_no_31st_after_its_sixth_month():
    assert gregorian(1400, 7, 31) is None


@pytest.mark.parametrize(("sentence", "day"), [
    ("Gunmen overran the post on 22 Asad 1400, elders told us.", dt.date(2021, 8, 13)),
    ("Gunmen overran the post on Asad 20, elders told us.", dt.date(2021, 8, 11)),
    ("Gunmen overran the post on the 21st of Asad, elders told us.", dt.date(2021, 8, 12)),
    ("Elders handed the town over on Thursday (12.08), a councillor said.", dt.date(2021, 8, 12)),
    ("Elders handed the town over on Saturday (14/8), a councillor said.", dt.date(2021, 8, 14)),
    ("Elders handed the town over on 11/08, a councillor said.", dt.date(2021, 8, 11)),
    ("Elders handed the town over on 8/13, a councillor said.", dt.date(2021, 8, 13)),
])
def test_days_in_figures_and_solar_days_are_dates(sentence, day):
    assert day in _days(sentence)


@pytest.mark.parametrize("sentence", [
    "The group says it holds 3/4 of the districts and 2/3 of the border.",
    "Guards stay on 24/7 watch at the gate.",
    "The convoy left after 10.30 am and arrived on 3.5 km of new road.",
    "Lawmaker Khalid Asad said the talks would resume.",
    "Prices went up by 10/16 in one week.",
])
def test_fractions_times_and_names_are_no_dates(sentence):
    assert find_figured_dates(sentence) == []


def test_a_solar_month_without_a_day_is_dated_by_its_middle():
    assert dt.date(2021, 7, 6) in _days("They lost the district in the month of Saratan.", dt.date(2021, 8, 5))


def test_an_event_of_an_earlier_solar_year_is_history():
    assert events_of("Report\nFighters overran Imam Sahib in Asad 1394, a veteran recalled.", SUN_AUG_15) == set()


def test_a_solar_dateline_and_a_numeric_day_date_the_events():
    text = "Report\nKUNDUZ, 24 Asad 1400 - Fighters captured Imam Sahib on 22 Asad. Kunduz fell on 14/8, officials said."
    events = events_of(text, SUN_AUG_15)
    assert ("Imam Sahib", "taliban", "2021-08-13") in events
    assert ("Kunduz", "taliban", "2021-08-14") in events
