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
