"""Tests for frontmap.extract.spatial: a place a participle says another borders or neighbours
("a district of Laghman, neighbouring Kabul", "the district bordering Zaranj") only locates that
other place; "in neighbouring Kandahar" still names where the news is."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

SATURDAY = dt.date(2021, 7, 10)


@pytest.mark.parametrize(
    "text",
    [
        "District lost\nMEHTARLAM, July 10 - The insurgents captured a district of Laghman on Saturday, neighbouring Kabul, officials said.",
        "District lost\nMEHTARLAM, July 10 - Fighters overran Alingar district on Saturday, in a province bordering Kabul.",
        "District lost\nMEHTARLAM, July 10 - Fighters overran the province adjoining Kabul on Saturday.",
    ],
)
def test_the_neighbour_is_no_event_place(text):
    assert not any(place == "Kabul" for place, _status in real_events(text, SATURDAY))


def test_the_adjective_still_names_the_place():
    text = "Southern battles\nKANDAHAR, July 10 - In neighbouring Kandahar, the insurgents attacked the city's prison on Saturday."
    assert ("Kandahar", "contested") in real_events(text, SATURDAY)
