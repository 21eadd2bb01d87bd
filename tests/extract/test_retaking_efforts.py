"""Tests for the attempt triggers of frontmap.extract.triggers and the speaking place of
frontmap.extract.references: "efforts were under way to recapture X" and "an operation launched to
retake X" are an attempt on X (contested); "an operation to retake X would begin" is a plan; a place
"which said" something is the government speaking, never where the news happened."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

FRIDAY = dt.date(2021, 7, 9)


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said efforts were under way to recapture Torghundi.",
        "Efforts had been launched to recapture Torghundi, the ministry said on Friday.",
        "Troops clashed with the insurgents on Friday after launching an operation to retake Torghundi.",
    ],
)
def test_an_effort_under_way_is_an_attempt(sentence):
    assert ("Torghundi", "contested") in real_events(f"Border port\nHERAT, July 9 - {sentence}", FRIDAY)


def test_an_operation_to_come_is_a_plan():
    found = real_events("Border port\nHERAT, July 9 - Officials said an operation to retake Torghundi would begin soon.", FRIDAY)
    assert not any(place == "Torghundi" for place, _status in found)


def test_a_place_that_speaks_is_no_event_place():
    found = real_events("Border port\nHERAT, July 9 - The loss was confirmed by Kabul, which said efforts were under way to recapture Torghundi.", FRIDAY)
    assert ("Torghundi", "contested") in found
    assert not any(place == "Kabul" for place, _status in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Commandos launched an operation on Thursday to retake Jaghatu, Ab Band and Moqur districts.",
        "Security forces started operations to recapture Jaghatu, Ab Band and Moqur districts on Friday.",
    ],
)
def test_an_operation_to_retake_listed_districts_is_an_attempt_on_each(sentence):
    found = real_events(f"Ghazni push\nGHAZNI, July 9 - {sentence}", FRIDAY)
    assert {("Jaghatu", "contested"), ("Ab Band", "contested"), ("Muqur", "contested")} <= set(found)


def test_an_operation_planned_for_a_day_is_still_a_plan():
    found = real_events("Ghazni push\nGHAZNI, July 9 - The army plans to launch an operation on Saturday to retake Ab Band.", FRIDAY)
    assert not any(place == "Ab Band" for place, _status in found)
