"""Tests for the seat of a capital taken by its buildings: "took the governor's office", "seized key
government buildings in X" take the place; storming the seat, or taking the police headquarters
alone, is fighting there."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("The Taliban seized key government buildings in Kunduz on Sunday, leaving troops only the airport.", "Kunduz"),
    ("The insurgents took the governor's office, the police headquarters and the prison in Ghazni on Sunday.", "Ghazni"),
    ("The Taliban took the main government buildings in Ghazni on Sunday.", "Ghazni"),
])
def test_the_seat_taken_takes_the_place(finder, text, place):
    assert (place, "taliban") in statuses(finder, text)


@pytest.mark.parametrize("text, place", [
    ("Taliban fighters stormed the governor's compound in Ghazni on Sunday.", "Ghazni"),
    ("The Taliban attacked key government buildings in Kunduz on Sunday.", "Kunduz"),
    ("The Taliban took the police headquarters in Ghazni on Sunday.", "Ghazni"),
    ("The Taliban took government buildings in Andar district on Sunday.", "Andar"),
])
def test_a_storming_or_a_part_taken_is_fighting(finder, text, place):
    found = statuses(finder, text)
    assert (place, "contested") in found
    assert (place, "taliban") not in found


def test_a_governor_taking_office_is_no_event(finder):
    assert statuses(finder, "The new governor took office in Ghazni on Sunday.") == set()
