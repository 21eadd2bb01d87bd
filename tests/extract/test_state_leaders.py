"""The republic's leaders act for the government side: their leaving a city gives it up, never
makes it held (a foreign or former president acts for no side)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

MON_AUG_16 = dt.date(2021, 8, 16)


@pytest.mark.parametrize("text", [
    "Fighters entered Kabul soon after Ghani and his deputy fled the capital on Sunday.",
    "The president and the vice president left Kabul on Sunday as fighters reached its gates.",
])
def test_the_leaders_leaving_a_city_never_make_it_held(text):
    events = events_of(text, MON_AUG_16)
    assert ("Kabul", "government", "2021-08-15") not in events
    assert ("Kabul", "taliban", "2021-08-15") in events


def test_a_foreign_president_speaks_for_no_side():
    events = events_of("US President Joe Biden said on Monday he stood by the pullout, a day after the Taliban took Kabul.", MON_AUG_16)
    assert events == {("Kabul", "taliban", "2021-08-15")}

