"""Tests for "the district" in a paragraph after a look back at another district
(`frontmap.extract.topic_districts`): the headline's district, the report's subject."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

SUN_AUG_1 = dt.date(2021, 8, 1)
_HEAD = "Taliban overrun Khwahan district\nFAIZABAD, Aug 1 - Taliban fighters overran Khwahan district of Badakhshan on Sunday, officials said.\n\n"


def test_the_district_of_a_later_paragraph_is_the_headline_district():
    text = _HEAD + "On July 20 the group took Kuf Ab district.\n\nThe district centre fell on Sunday after a night of shelling, officials added."
    events = events_of(text, SUN_AUG_1)
    assert ("Kuf Ab", "taliban", "2021-08-01") not in events
    assert ("Kuf Ab", "taliban", "2021-07-20") in events and ("Khwahan", "taliban", "2021-08-01") in events


def test_the_district_of_the_same_paragraph_is_the_one_just_named():
    text = _HEAD + "On July 20 the group took Kuf Ab district. Soldiers retook the district centre two days later."
    assert ("Kuf Ab", "government", "2021-07-22") in events_of(text, SUN_AUG_1)


def test_without_a_district_in_the_headline_the_nearest_district_stays():
    text = ("Fighting in Badakhshan\nFAIZABAD, Aug 1 - Clashes went on near Faizabad overnight, officials said.\n\n"
            "On July 30 the group took Kuf Ab district.\n\nThe district centre had been besieged for a week, officials added.")
    assert any(name == "Kuf Ab" and status == "contested" for name, status, _day in events_of(text, SUN_AUG_1))
