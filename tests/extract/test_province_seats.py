"""Tests for a province's seat buildings standing for its capital (frontmap.extract.province_seats),
against a district's own buildings and the governor who speaks."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.province_seats import names_province_seat

_DAY = dt.date(2021, 8, 8)


@pytest.mark.parametrize("text, events", [
    ("Taliban fighters captured the governor's house of Laghman province on Sunday.", {("Mehtarlam", "taliban")}),
    ("Insurgents stormed the provincial governor's office in Wardak on Sunday.", {("Maidan Shahr", "contested")}),
    ("The Taliban seized the Paktia governor's compound on Sunday.", {("Gardez", "taliban")}),
    ("The governor of Wardak said on Sunday that the roads were open.", set()),
    ("The district governor's office in Nad Ali was overrun on Sunday.", {("Nad Ali", "taliban")}),
])
def test_the_seat_of_a_province_is_in_its_capital(text, events):
    assert real_events(text, _DAY) == events


@pytest.mark.parametrize("before, after, expected", [
    ("fighters stormed the governor's office in ", " on Sunday", True),
    ("they took the police headquarters of ", " province", True),
    ("they took the governor house of the eastern province of ", ".", True),
    ("fighters took the ", "'s governor's compound", True),
    ("fighters took the police headquarters in ", "'s Zurmat district", False),
    ("fighters took a police headquarters in ", " on Sunday", False),
    ("the governor of ", " said", False),
])
def test_names_province_seat(before, after, expected):
    text = before + "Paktia" + after
    assert names_province_seat(text, len(before), len(before) + len("Paktia")) is expected
