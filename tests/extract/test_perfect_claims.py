"""Tests for frontmap.extract.claim_speakers: the movement's reporting verb after an auxiliary
("the Taliban had stated", "the insurgents have declared") is still its own claim."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

FRIDAY = dt.date(2021, 7, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Border claim\nKANDAHAR, July 16 - The Taliban had stated earlier that they had taken control of Spin Boldak.",
        "Border claim\nKANDAHAR, July 16 - The group has announced that its fighters seized Spin Boldak on Wednesday.",
    ],
)
def test_a_perfect_reporting_verb_is_a_claim(text):
    found = real_events(text, FRIDAY)
    assert ("Spin Boldak", "claimed") in found and ("Spin Boldak", "taliban") not in found


def test_a_perfect_verb_of_change_is_no_claim():
    found = real_events("Border lost\nKANDAHAR, July 16 - The Taliban had captured Spin Boldak on Wednesday, officials said.", FRIDAY)
    assert ("Spin Boldak", "taliban") in found
