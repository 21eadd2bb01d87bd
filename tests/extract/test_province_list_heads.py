"""Tests for a province named before a list of its districts ("the Badakhshan districts of X, Y
and Z"): every district after "of" is read, the first one too, while districts named before
"districts of" keep the province after it as their locator."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.province_list_heads import heads_a_list


@pytest.mark.parametrize("gap, expected", [
    ("captured the Badakhshan districts of ", True),
    ("clashes in the northern Faryab districts of ", True),
    ("captured the Khakrez and Arghandab districts of ", False),
    ("captured the Khakrez district of ", False),
    ("captured Khakrez and Arghandab districts of ", False),
])
def test_a_single_name_before_plural_districts_heads_a_list(gap, expected):
    assert heads_a_list(gap) is expected


@pytest.mark.parametrize("text, places, status", [
    ("Insurgents overran the Badakhshan districts of Yawan and Raghistan on Sunday.", ("Yawan", "Raghistan"), "taliban"),
    ("Heavy clashes broke out on Friday in the Faryab districts of Almar, Qaisar and Pashtun Kot.", ("Almar", "Qaisar", "Pashtun Kot"), "contested"),
])
def test_the_first_district_of_a_headed_list_is_read(finder, text, places, status):
    assert {(place, status) for place in places} <= statuses(finder, text)


def test_a_province_after_the_districts_stays_their_locator(finder):
    found = statuses(finder, "The Taliban seized the Khakrez and Arghandab districts of Kandahar on Monday.")
    assert {("Khakrez", "taliban"), ("Arghandab", "taliban")} <= found
    assert not any(place == "Kandahar" for place, _ in found)
