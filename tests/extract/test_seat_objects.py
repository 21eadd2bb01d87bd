"""Tests for a place named before its governor's seat (frontmap.extract.seat_objects): the seat
taken or armed men standing at it, against the governor's office that speaks."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.seat_objects import seat_object

_DAY = dt.date(2021, 8, 8)


@pytest.mark.parametrize("text, events", [
    ("Taliban fighters took the Kunduz governor's office on Sunday.", {("Kunduz", "taliban")}),
    ("The insurgents seized the Ghazni provincial governor's compound on Sunday.", {("Ghazni", "taliban")}),
    ("Taliban members were standing in front of the gate of the governor's compound in Bazarak on Sunday.", {("Bazarak", "taliban")}),
    ("Taliban fighters stood outside the Ghazni governor's office on Sunday.", {("Ghazni", "taliban")}),
    ("The Kunduz governor's office said on Sunday that soldiers had pulled back.", set()),
    ("Women stood outside the Herat governor's office on Sunday to demand their jobs back.", set()),
])
def test_the_seat_named_by_its_place(text, events):
    assert real_events(text, _DAY) == events


@pytest.mark.parametrize("before, after, expected", [
    (" fighters took the ", " governor's office on Sunday", True),
    (" standing in front of the gate of the ", " provincial governor's compound", True),
    (" officials from the ", " governor's office said", False),
    (" fighters took the ", " airport on Sunday", False),
])
def test_seat_object(before, after, expected):
    sentence = "Kunduz" + after
    assert seat_object(before, sentence, len("Kunduz")) is expected
