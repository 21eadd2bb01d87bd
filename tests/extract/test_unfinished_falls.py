"""Falls denied while the fight goes on: contested, not held (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.status import CONTESTED as C


@pytest.mark.parametrize(("text", "expected"), [
    ("The army denied that Almar district had fallen, saying soldiers were still fighting the insurgents there.", {("Almar", C)}),
    ("Officials claimed there was still heavy fighting in the town and that Almar district had not fallen.", {("Almar", C)}),
    ("The governor said Almar district had not fallen and that clashes were continuing on its edge.", {("Almar", C)}),
    ("The district chief said Almar district has not completely fallen to the Taliban.", {("Almar", C)}),
    ("A council member said Almar district had not fallen to the insurgents entirely.", {("Almar", C)}),
    ("Officials said Almar district has not been fully captured.", {("Almar", C)}),
    ("A researcher said Almar district is not fully Taliban-controlled.", {("Almar", C)}),
])
def test_a_denied_fall_still_fought_over_is_contested(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The governor said Almar district had not fallen.", {("Almar", G)}),
    ("The ministry denied that Almar district had fallen, saying troops pushed the attackers back after heavy fighting.", {("Almar", G)}),
    ("The governor said Almar district had not fallen, though fighting goes on in nearby villages.", {("Almar", G)}),
    ("The governor said Almar district had not fallen and there was no fighting going on.", {("Almar", G)}),
    ("The governor said Almar district had not fallen, though clashes were continuing nearby.", {("Almar", G)}),
])
def test_a_denied_fall_with_no_fight_going_on_stays_held(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "A researcher said Almar district is not fully in insurgent hands.",
    "A researcher said Almar district is not in insurgent hands.",
])
def test_a_negated_insurgent_hold_is_no_capture(finder, text):
    assert ("Almar", "taliban") not in statuses(finder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials did not deny that insurgents had entered Almar district, but said the district had not fallen.", {("Almar", C)}),
    ("The governor said Almar district had not fallen, though the insurgents had pushed into it from the west.", {("Almar", C)}),
    ("The governor said Almar district had not fallen, though the insurgents had entered Qaisar district.", {("Almar", G), ("Qaisar", C)}),
    ("The governor said Almar district had not fallen, and the insurgents who had entered it were pushed out.", {("Almar", G)}),
])
def test_a_denied_fall_that_grants_an_entry_is_contested(finder, text, expected):
    assert statuses(finder, text) == expected
