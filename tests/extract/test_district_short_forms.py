"""Tests for a district named by its short form with its province after a comma
(frontmap.extract.locators.slipped): "the district of Jaji, in Khost province" is Khost's Jaji
Maidan, where Jaji in Paktia stays Paktia's Jaji."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

_DAY = dt.date(2021, 7, 12)


@pytest.mark.parametrize("text, events", [
    ("The Taliban seized the district of Jaji, in Khost province, on Monday.", {("Jaji Maidan", "taliban")}),
    ("The Taliban captured the district of Khost, in Baghlan province, on Monday.", {("Khost wa Fereng", "taliban")}),
    ("Insurgents overran Khash district, in southern Nimroz province, on Monday.", {("Khash Rod", "taliban")}),
    ("The Taliban seized the district of Jaji, in Paktia province, on Monday.", {("Jaji", "taliban")}),
    ("Fighting went on in Kunduz, in Baghlan and in Takhar on Monday.",
     {("Kunduz", "contested"), ("Baghlan", "contested"), ("Takhar", "contested")}),
])
def test_the_province_after_a_district_phrase_picks_its_district(text, events):
    assert real_events(text, _DAY) == events
