"""A denied fall set against the fall and the fight its own article reports (invented reports,
real gazetteer, published 2021-08-09)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events



def extract(text: str) -> set[tuple[str, str]]:
    """Return the (place, status) pairs `text` gives, published on Monday 2021-08-09."""
    return real_events(text, dt.date(2021, 8, 9))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kunduz falls\nKABUL, Aug 9 - Fighters seized Kunduz on Sunday, a council member said. Fighting went on at the city's airport, he said."
     " The ministry denied that Kunduz had fallen.", {("Kunduz", "taliban"), ("Kunduz", "contested")}),
    ("Kunduz falls\nKABUL, Aug 9 - Fighters seized Kunduz on Sunday, a council member said. Fighting went on at the city's airport, he said."
     " The ministry denied that Kunduz had fallen, saying forces still held the city.",
     {("Kunduz", "taliban"), ("Kunduz", "contested"), ("Kunduz", "government")}),
    ("Kunduz falls\nKABUL, Aug 9 - Fighters seized Kunduz on Sunday, a council member said. The ministry denied that Kunduz had fallen.",
     {("Kunduz", "taliban"), ("Kunduz", "government")}),
])
def test_a_bare_denial_goes_beside_the_fall_and_fight_reported(text, expected):
    assert extract(text) == expected
