"""Tests for parts cleared: an expel verb whose object is a part of the place (a square or a
station in the city, villages around or in it, one of a city's wards) leaves the place fought
over; the place cleared whole is retaken."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("Commandos cleared the main square in the city of Kunduz on Sunday.", "Kunduz"),
    ("Police cleared the radio station in Farah city overnight.", "Farah"),
    ("Troops evicted the Taliban from several villages around Ghazni city.", "Ghazni"),
    ("Troops evicted the Taliban from several villages from around Ghazni city.", "Ghazni"),
    ("The third district of Kandahar city was cleared of militants on Monday.", "Kandahar"),
    ("Army units cleared villages in Almar district of the insurgents.", "Almar"),
])
def test_a_part_cleared_is_fighting_at_the_place(finder, text, place):
    found = statuses(finder, text)
    assert (place, "contested") in found
    assert (place, "government") not in found


@pytest.mark.parametrize("text, place", [
    ("Commandos drove the Taliban out of the city of Kunduz on Sunday.", "Kunduz"),
    ("Police cleared Almar district of the insurgents overnight.", "Almar"),
])
def test_the_place_cleared_whole_is_retaken(finder, text, place):
    assert (place, "government") in statuses(finder, text)
