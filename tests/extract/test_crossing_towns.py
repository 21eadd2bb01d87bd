"""A border crossing is a town: "the town" and "it" after a crossing named before mean the
crossing's town (a town named nearer still wins), and a Taliban spokesman's hold that answers the
government's retake of the place is kept as the Taliban's claim beside their earlier capture
(`frontmap.extract.references`, `frontmap.extract.overruled`)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

THURSDAY = dt.date(2021, 7, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("Crossing held\nHERAT, July 15 - Insurgents attacked the Islam Qala crossing at night. On Thursday officials said border police still held the town.",
     ("Islam Qala", "government")),
    ("Crossing retaken\nKANDAHAR, July 15 - Fighters overran the Spin Boldak crossing on Wednesday. Afghan commandos took it back on Thursday.",
     ("Spin Boldak crossing", "government")),
])
def test_the_town_and_it_after_a_crossing_mean_the_crossing(text, expected):
    assert expected in real_events(text, THURSDAY)


def test_a_town_named_nearer_than_the_crossing_wins():
    text = ("Kandahar fighting\nKANDAHAR, July 15 - The Taliban seized the Spin Boldak crossing last week. "
            "On Thursday fighting reached Kandahar city, and officials said troops still held the town.")
    events = real_events(text, THURSDAY)
    assert ("Kandahar", "government") in events and ("Spin Boldak crossing", "government") not in events


def test_a_spokesman_s_hold_after_a_retake_is_kept_as_a_claim():
    text = ("Crossing disputed\nKANDAHAR, July 15 - Fighters overran the Spin Boldak crossing on Wednesday. "
            "Afghan commandos retook the crossing on Thursday, the ministry said.\n\n"
            "A Taliban spokesman said on Thursday his fighters still held the town.")
    assert {("Spin Boldak crossing", s) for s in ("taliban", "government", "claimed")} <= real_events(text, THURSDAY)


def test_without_a_retake_the_capture_stands_alone():
    text = ("Crossing taken\nHERAT, July 15 - Fighters captured the Torghundi crossing on Wednesday, officials said. "
            "A Taliban spokesman said on Thursday his men held the town.")
    assert real_events(text, THURSDAY) == {("Torghundi", "taliban")}
