"""An entry or an assault read again by the outcome its own sentence tells: a Taliban entry that
took control is a capture, an assault that cleared the place of the Taliban a retaking (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters swept into Ghazni on Friday and took control of the city.", {("Ghazni", T)}),
    ("The insurgents rolled into Kunduz and seized full control of it, residents said.", {("Kunduz", T)}),
    ("Armed villagers attacked Nawur on Friday and cleared it of the Taliban.", {("Nawur", C), ("Nawur", G)}),
    ("Commandos stormed Malistan on Friday and drove the insurgents out.", {("Malistan", C), ("Malistan", G)}),
    ("The Taliban moved into Ghazni on Friday after elders negotiated the fall of the government there.", {("Ghazni", T)}),
    ("Taliban fighters entered Ghazni after the governor surrendered.", {("Ghazni", T)}),
])
def test_the_outcome_decides(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt, a prison emptied, an outcome at another place: the entry stays an entry
    ("Commandos attacked Malistan on Friday and tried to drive the Taliban out.", {("Malistan", C)}),
    ("Taliban fighters stormed Ghazni prison on Friday and freed hundreds of inmates.", {("Ghazni", C)}),
    ("Taliban fighters entered Ghazni on Friday and took control of Andar district.", {("Ghazni", C), ("Andar", T)}),
    ("Taliban fighters entered Ghazni on Friday after talks on a handover broke down.", {("Ghazni", C)}),
])
def test_no_outcome_for_the_entry(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # their flag over the seat is the seat held; over a square, or with no building named, the entry stays an entry
    ("Taliban fighters walked into Nili on Friday and hoisted their white flag over the governor's office.", {("Nili", T)}),
    ("Insurgents entered Sharan on Friday and planted their flag atop the governor's compound, a lawmaker said.", {("Sharan", T)}),
    ("Taliban fighters entered Sharan on Friday and hoisted their white flag.", {("Sharan", C)}),
    ("Taliban fighters entered Sharan on Friday and raised their flag in the main square.", {("Sharan", C)}),
])
def test_a_flag_over_the_seat_is_the_seat_held(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Taliban's own account of the entry and its outcome stays their claim; an official's is a fact
    ("The Taliban said their men had entered Nili and seized the governor's compound.", {("Nili", CL)}),
    ("Taliban fighters entered Nili and hoisted their flag over the governor's office, a Taliban spokesman said.", {("Nili", CL)}),
    ("Taliban fighters entered Nili and took the governor's compound, a provincial official said.", {("Nili", T)}),
])
def test_the_taliban_word_of_an_outcome_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected
