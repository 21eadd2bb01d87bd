"""A day a text puts ahead of its own time - a meeting due on a weekday, the deadline of a vow or a
plan - dates nothing, and so never becomes the day later sentences carry (a weekday resolves to one
on or before publication, which would date the next capture days early)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.coming_days import names_a_coming_day

WED_AUG_11 = dt.date(2021, 8, 11)


@pytest.mark.parametrize(("before", "coming"), [
    ("Negotiators are due to meet again on ", True),
    ("The envoys were scheduled to return to Doha on ", True),
    ("The insurgents have vowed to take the whole province by ", True),
    ("Elders said the militants plan to attack the city on ", True),
    ("The group threatened to overrun the base before ", True),
    ("Commanders hope to retake the district by ", True),
    # a future verb with a few words of its complement before the day
    ("Parliament will be recalled from its recess on ", True),
    ("Provincial officials will be flown out to Kabul on ", True),
    ("Elders will travel to Kabul on ", True),
    # an aim already told as done or tried keeps its day
    ("The Taliban, who had vowed to take it, seized the city on ", False),
    ("Fighters tried to storm the prison on ", False),
    ("The militants managed to enter the district on ", False),
    # a future verb far from the day: the day belongs to the clause after it
    ("Officials said forces will retake the district that fell on ", False),
])
def test_a_schedule_or_an_aim_before_a_day_makes_it_a_coming_one(before, coming):
    assert names_a_coming_day(before) is coming


@pytest.mark.parametrize("middle", [
    "Talks in Doha are due to resume on Friday.",
    "The insurgents have vowed to take Kunduz by Friday.",
    "Officials said the militants plan to attack Herat on Sunday.",
    "Parliament will be recalled from its recess on Sunday, officials said.",
])
def test_a_coming_day_is_not_carried_to_the_next_capture(middle):
    text = f"The Taliban captured Faizabad on Tuesday. {middle} They also overran Nusay district."
    events = events_of(text, WED_AUG_11)
    assert ("Nusay", "taliban", "2021-08-10") in events
