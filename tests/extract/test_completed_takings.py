"""A part of a place taken after the article has told the place itself taken by the Taliban is the
end of the last holdout, no fighting in a government place (`completed_takings`; invented
sentences, real gazetteer, published Thursday 2021-08-12)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

THURSDAY = dt.date(2021, 8, 12)


@pytest.mark.parametrize(("text", "place"), [
    ("Headline\nThe Taliban overran Kunduz on Sunday. On Wednesday the militants seized the airport outside Kunduz, an official said.",
     "Kunduz"),
    ("Headline\nSheberghan fell to the insurgents on Saturday. The Taliban captured the airport of Sheberghan on Wednesday.",
     "Sheberghan"),
    ("Headline\nFighters took Farah city on Tuesday, officials said. On Wednesday they took control of the prison in Farah.",
     "Farah"),
])
def test_a_part_taken_after_the_fall_is_no_fight(text, place):
    events = real_events(text, THURSDAY)
    assert (place, "taliban") in events
    assert (place, "contested") not in events, events


def test_a_part_taken_after_a_retake_is_still_a_fight():
    text = ("Headline\nThe Taliban overran Kunduz on Sunday. Commandos retook Kunduz on Monday, the ministry said. "
            "On Wednesday the militants seized the prison in Kunduz.")
    assert (("Kunduz", "contested")) in real_events(text, THURSDAY)


def test_a_fight_after_the_fall_stays():
    text = "Headline\nThe Taliban overran Kunduz on Sunday. Clashes went on at the airport in Kunduz on Wednesday."
    assert ("Kunduz", "contested") in real_events(text, THURSDAY)
