"""Tests for names listed before "villages" ("X and Y villages"): each is a village, not the
district that shares its name, while one name before "villages" stays the district."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.village_lists import listed_as_villages


def _listed(text: str, name: str) -> bool:
    start = text.index(name)
    return listed_as_villages(text, start, start + len(name))


@pytest.mark.parametrize("text, name, expected", [
    ("raids on Murghab and Hassan Tabbin villages near the city", "Murghab", True),
    ("raids on Hassan Tabbin and Murghab villages near the city", "Murghab", True),
    ("took Qalacha, Murghab and Khwaja Bolan villages on Friday", "Murghab", True),
    ("took several Andar villages on Friday", "Andar", False),
    ("took Aqcha and Mardyan districts and nearby villages", "Aqcha", False),
    ("the Taliban and Andar villagers", "Andar", False),
])
def test_names_listed_before_villages(text, name, expected):
    assert _listed(text, name) is expected


def test_a_village_list_names_no_district(finder):
    found = statuses(finder, "The Taliban seized Murghab and Hassan Tabbin villages on Friday.")
    assert not any(place == "Bala Murghab" for place, _ in found)


def test_the_villages_district_stays_the_place(finder):
    found = statuses(finder, "Clashes broke out on Saturday near Nawabad and Qarabagh villages of Imam Sahib district.")
    assert ("Imam Sahib", "contested") in found
    assert not any(place == "Qarabagh" for place, _ in found)
