"""Tests for the Islamic Emirate's men as actors: "the Islamic Emirate of Afghanistan's forces" are
the Taliban's, not the Afghan army, and as doers they are no source of a claim; and "the only one of
the 34 provinces not under the control of the group", which the group does not hold."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

_DAY = dt.date(2021, 9, 5)


@pytest.mark.parametrize("text, events", [
    ("Residents said the Islamic Emirate of Afghanistan's forces had taken control of Shotul on Saturday.", {("Shotul", "taliban")}),
    ("The Islamic Emirate of Afghanistan's fighters overran Anaba on Saturday, residents said.", {("Anaba", "taliban")}),
    ("Pro-Taliban accounts said the Islamic Emirate of Afghanistan's forces had taken Shotul on Saturday.", {("Shotul", "claimed")}),
    ("The Islamic Emirate said its forces took control of Shotul on Saturday.", {("Shotul", "claimed")}),
    ("Residents said the army of Afghanistan had retaken Shotul on Saturday.", {("Shotul", "government")}),
])
def test_the_emirates_men(text, events):
    assert real_events(text, _DAY) == events


@pytest.mark.parametrize("text, events", [
    ("Panjshir is now the only one of the 34 provinces not under the control of the Islamist group.", {("Panjshir", "government")}),
    ("Panjshir is the only one of 34 provinces not under Taliban control.", {("Panjshir", "government")}),
    ("Panjshir is one of the provinces not yet taken by the Taliban.", set()),
])
def test_the_only_province_the_group_does_not_hold(text, events):
    assert real_events(text, _DAY) == events
