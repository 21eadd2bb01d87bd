"""Tests for frontmap.extract.fight_starts: fighting told "since" a day is contested from that day."""

from __future__ import annotations

import pytest
from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Street fighting has gone on in Kunduz since August 9, residents said.", ("Kunduz", "contested", "2021-08-09")),
        ("Insurgents have besieged Ghazni since August 10, cutting the road south.", ("Ghazni", "contested", "2021-08-10")),
        ("Clashes have shaken Taloqan since early August 8.", ("Taloqan", "contested", "2021-08-08")),
    ],
)
def test_fighting_since_a_day_is_contested_from_that_day(finder, text, expected):
    assert expected in read(finder, text)


@pytest.mark.parametrize(
    ("text", "place", "start"),
    [
        ("The insurgents have overrun Khan Abad since August 9, police said.", "Khanabad", "2021-08-09"),
        ("Clashes have gone on around Taloqan since August 9. The insurgents took Bangi district, an official said.", "Bangi", "2021-08-09"),
    ],
)
def test_a_change_within_the_span_is_not_of_its_first_day(finder, text, place, start):
    days = {day for name, _status, day in read(finder, text) if name == place}
    assert days and start not in days
