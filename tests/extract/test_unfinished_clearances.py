"""Tests for clearings still under way: a progressive or ongoing expel verb ("are clearing X of
the Taliban", "is being cleared", "were still clearing X") leaves the place fought
over; the finished verb ("cleared X", "have pushed back") is a retake as before."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("Commandos are now clearing Andar district of the Taliban, the governor said.", "Andar"),
    ("Security forces are pushing back the insurgents in Shirin Tagab district.", "Shirin Tagab"),
    ("Zebak district is being cleared of militants, the army said.", "Zebak"),
    ("By nightfall troops were still clearing Zurmat of the insurgents.", "Zurmat"),
])
def test_a_clearing_under_way_is_fighting(finder, text, place):
    found = statuses(finder, text)
    assert (place, "contested") in found
    assert (place, "government") not in found


@pytest.mark.parametrize("text, place", [
    ("Commandos cleared Andar district of the Taliban on Sunday.", "Andar"),
    ("Troops have pushed back the Taliban from Shirin Tagab, officials said.", "Shirin Tagab"),
    ("Zebak district was cleared of militants overnight.", "Zebak"),
])
def test_a_finished_clearing_is_a_retake(finder, text, place):
    assert (place, "government") in statuses(finder, text)
