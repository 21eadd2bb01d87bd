"""Tests for names listed after the phrase that rules them, past a colon or a dash
(frontmap.extract.phrase_lists), against quotes, warnings and speakers after the mark."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

_DAY = dt.date(2021, 8, 8)


@pytest.mark.parametrize("text, events", [
    ("Two districts remain under the control of the Afghan government: Nawa and the city of Lashkar Gah.",
     {("Nawa", "government"), ("Lashkar Gah", "government")}),
    ("Three districts are still under the control of government forces - Dand, Arghandab and Shah Wali Kot - police said.",
     {("Dand", "government"), ("Arghandab", "government"), ("Shah Wali Kot", "government")}),
    ("Officials gave a stark warning on Sunday: Dand and Arghandab could fall within days.", set()),
    ("Fighting went on in Arghandab on Sunday - officials in Dand said the road was shut.", {("Arghandab", "contested")}),
])
def test_names_after_the_phrase_take_its_reading(text, events):
    assert real_events(text, _DAY) == events
