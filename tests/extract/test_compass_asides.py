"""Tests for compass asides between listed names (frontmap.extract.list_reach.without_compass_asides):
"X to the north and Y to the west" is one list, where "moved to the west and" is no aside."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.list_reach import without_compass_asides

_DAY = dt.date(2021, 8, 8)


@pytest.mark.parametrize("text, events", [
    ("The Taliban seized Aybak and Sheberghan to the north and Zaranj to the southwest on Sunday.",
     {("Aybak", "taliban"), ("Sheberghan", "taliban"), ("Zaranj", "taliban")}),
    ("The Taliban took the capitals of Takhar and Kunduz provinces to the northeast and Farah province to the west on Sunday.",
     {("Taloqan", "taliban"), ("Kunduz", "taliban"), ("Farah", "taliban")}),
    ("The Taliban took Aybak on Sunday and then moved to the west and the road to Maimana was cut.", {("Aybak", "taliban")}),
])
def test_a_compass_aside_does_not_end_the_list(text, events):
    assert real_events(text, _DAY) == events


@pytest.mark.parametrize("gap, expected", [
    (" Aybak and Sheberghan to the north and ", " Aybak and Sheberghan and "),
    (" Kunduz province in the far northeast, and ", " Kunduz province, and "),
    (" Aybak to the north of Kabul and ", " Aybak to the north of Kabul and "),
    (" then pushed to the west and ", " then pushed to the west and "),
])
def test_without_compass_asides(gap, expected):
    assert without_compass_asides(gap) == expected
