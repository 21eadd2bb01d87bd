"""Tests for frontmap.extract.facility_places: an airfield or a camp the gazetteer lists is never
what "the city" means; the town its name starts with is, when the article names that town."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events, real_gazetteer

from frontmap.extract.facility_places import is_facility

MONDAY = dt.date(2021, 8, 2)


def test_facilities_are_told_from_towns():
    kinds = {p.name: is_facility(p) for p in real_gazetteer().places() if p.kind == "town"}
    assert kinds["Kandahar Airfield"] and kinds["Bagram Airfield"] and kinds["Camp Shorabak"] and kinds["Kajaki Dam"]
    assert not kinds["Gereshk"] and not kinds["Asmar"]


@pytest.mark.parametrize(
    "text",
    [
        "Airport hit\nKANDAHAR, Aug 2 - Rockets struck Kandahar airport on Monday. The city itself is still under government control, a spokesman said.",
        "Kandahar braces\nMortars fell on Kandahar Airfield on Monday, officials in Kandahar said. They said the city was firmly held by the army.",
        "Guarding Kandahar airport\nKANDAHAR, Aug 2 - Commandos reinforced Kandahar airport on Monday, and the city stayed in government hands, police said.",
    ],
)
def test_the_city_after_an_airfield_is_its_town(text):
    found = real_events(text, MONDAY)
    assert ("Kandahar", "government") in found


def test_it_may_still_mean_a_facility():
    found = real_events("Base lost\nCHARIKAR, Aug 2 - Fighters attacked Bagram Airfield on Sunday. By Monday morning it had fallen, officials said.", MONDAY)
    assert any(status == "taliban" for _place, status in found)
