"""Tests for "the border crossing with Iran": a reference to a crossing named before, never to a
town or base that is none."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

_DAY = dt.date(2021, 7, 10)


@pytest.mark.parametrize("text, events", [
    ("US troops left Bagram on July 2. On July 9 the Taliban seized the border crossing with Iran.", set()),
    ("Fighting raged in Islam Qala on July 8. On July 9 the Taliban seized the border crossing with Iran.",
     {("Islam Qala", "contested"), ("Islam Qala", "taliban")}),
    ("Fighting raged in Nahrin on July 8. On July 9 the Taliban seized the crossing.", {("Nahrin", "contested"), ("Nahrin", "taliban")}),
])
def test_the_crossing_with_a_neighbour(text, events):
    assert real_events(text, _DAY) == events
