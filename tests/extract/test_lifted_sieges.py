"""Tests for sieges broken, lifted or ended: the place is relieved and its defenders hold it; a
siege kept up or tightened, or the end of a siege named in passing, is still fighting around it."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("Commandos broke the siege of Hesarak district on Wednesday.", "Hesarak"),
    ("Afghan forces ended the month-long Taliban siege of Zebak on Tuesday.", "Zebak"),
    ("Troops lifted the siege on Sayed Karam district overnight.", "Sayed Karam"),
])
def test_a_siege_broken_relieves_the_place(finder, text, place):
    found = statuses(finder, text)
    assert (place, "government") in found
    assert (place, "contested") not in found


@pytest.mark.parametrize("text, place", [
    ("The Taliban tightened their siege of Qalat on Tuesday.", "Qalat"),
    ("By the end of the siege of Zebak the bazaar was in ruins.", "Zebak"),
])
def test_a_siege_kept_up_is_fighting(finder, text, place):
    found = statuses(finder, text)
    assert (place, "government") not in found
