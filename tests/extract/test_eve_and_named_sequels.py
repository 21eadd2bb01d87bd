"""Tests for "on the eve of Wednesday's talks" (the day before that weekday) and "a day after Y
fell" when Y's fall is the day in force (`frontmap.extract.weekday_dates`,
`frontmap.extract.date_references`)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

FRI_AUG_13 = dt.date(2021, 8, 13)


@pytest.mark.parametrize(("text", "place", "day"), [
    ("On the eve of Wednesday's talks in Doha, the Taliban seized Khost.", "Khost", "2021-08-10"),
    ("The insurgents overran Herat on the eve of Monday's council meeting.", "Herat", "2021-08-08"),
])
def test_the_eve_of_a_weekday_is_the_day_before_it(text, place, day):
    assert any(name == place and date == day for name, _status, date in events_of(text, FRI_AUG_13))


def test_a_plain_weekday_keeps_its_day():
    events = events_of("The Taliban seized Khost on Wednesday, before talks in Doha.", FRI_AUG_13)
    assert any(name == "Khost" and date == "2021-08-11" for name, _status, date in events)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The Taliban seized Imam Sahib on Monday. A day after Imam Sahib fell, fighters overran Enjil.",
     ("Imam Sahib", "2021-08-09"), ("Enjil", "2021-08-10")),
    ("Kunduz fell on Sunday. Two days after Kunduz had fallen, the insurgents took Faizabad.",
     ("Kunduz", "2021-08-08"), ("Faizabad", "2021-08-10")),
])
def test_a_named_fall_in_force_dates_its_sequel_after_it(text, first, second):
    events = {(name, date) for name, _status, date in events_of(text, FRI_AUG_13)}
    assert first in events and second in events
    assert (first[0], str(dt.date.fromisoformat(first[1]) - dt.timedelta(days=1))) not in events
