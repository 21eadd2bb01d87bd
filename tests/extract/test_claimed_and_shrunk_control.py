"""Tests for control told by the group or told as shrinking: "Armed group says its forces are in
control of X" is the group's claim; "government control shrank to a single base" holds nothing;
Afghan forces saying they hold X, or control restored in X, is the government's."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text", [
    "Armed group says its forces are in control of Kunduz.",
    "KUNDUZ, Aug 7 - Armed group says its forces are in control of Kunduz.",
])
def test_the_groups_own_forces_in_control_is_a_claim(finder, text):
    found = statuses(finder, text)
    assert ("Kunduz", "claimed") in found
    assert ("Kunduz", "government") not in found


@pytest.mark.parametrize("text", [
    "Government control in Kunduz shrank to a single army base on Monday.",
    "Government control of Kunduz has shrunk to the airport and an army base.",
    "Government control in Kunduz was reduced to a single army base on Monday.",
])
def test_a_shrinking_hold_is_no_hold(finder, text):
    assert ("Kunduz", "government") not in statuses(finder, text)


@pytest.mark.parametrize("text", [
    "Afghan forces say they are in control of Kunduz.",
    "Government control was restored in Kunduz on Monday.",
    "Security forces remain in control of Kunduz, officials said.",
])
def test_the_governments_hold_stands(finder, text):
    assert ("Kunduz", "government") in statuses(finder, text)


def test_other_things_restored_are_no_event(finder):
    assert statuses(finder, "Electricity was restored in Kunduz on Monday.") == set()


def test_the_groups_forces_after_its_claim_hold_nothing_for_the_government(finder):
    text = "The Taliban said they took Kunduz on Monday. The group said its forces were in control of the city."
    assert ("Kunduz", "government") not in statuses(finder, text)


def test_officials_own_forces_hold_against_a_claim(finder):
    text = "The Taliban said they took Kunduz on Monday. Officials said their forces remain in control."
    assert ("Kunduz", "government") in statuses(finder, text)
