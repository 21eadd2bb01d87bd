"""A place named only as whose backers, allies or envoys the people are ("Kabul's backers in
Washington") is the government it stands for, no scene of the sentence's assault."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of


def test_the_capitals_backers_are_no_scene_of_the_assault():
    text = "Fighters stormed Nusay on Friday. The speed of the assault has stunned Kabul's backers in Washington."
    events = events_of(text, dt.date(2021, 8, 13))
    assert not any(place == "Kabul" for place, _, _ in events)
