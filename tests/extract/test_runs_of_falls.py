"""A run of falls told day by day: "X went on Friday", "Y followed the next day", "as did Z", "the
first to go was W" say the place fell on that day; "went" and "followed" elsewhere say nothing
about who holds a place."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of
from real_reading import real_events

SUNDAY = dt.date(2021, 8, 8)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Khost fell on Thursday. Faizabad went the following day.", "Faizabad", "2021-08-06"),
        ("Jalalabad held out until Friday. Achin went to the Taliban on Saturday.", "Achin", "2021-08-07"),
        ("Kuf Ab was overrun on Friday, and Khwahan followed late on Saturday.", "Khwahan", "2021-08-07"),
        ("Nusay fell on Thursday morning; Nijrab followed in the evening.", "Nijrab", "2021-08-05"),
        ("Khost fell on Thursday. Faizabad fell a day later, as did Nusay.", "Nusay", "2021-08-06"),
        ("Jalalabad had fallen by Saturday morning, as had Achin.", "Achin", "2021-08-07"),
        ("Kuf Ab was overrun on Friday, and so was Khwahan.", "Khwahan", "2021-08-06"),
        ("The first district to go was Nijrab, on Thursday.", "Nijrab", "2021-08-05"),
    ],
)
def test_a_place_in_a_run_of_falls_falls_on_its_day(text, place, day):
    assert (place, "taliban", day) in events_of(text, SUNDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Khost went to Kabul on Friday for talks.",
        "The elders went on Saturday to meet the commanders outside Achin.",
        "A meeting in Faizabad was followed by a press conference on Friday.",
        "Negotiators followed the talks in Jalalabad on Thursday.",
    ],
)
def test_went_or_followed_otherwise_tells_no_fall(text):
    assert not any(status == "taliban" for _place, status, _day in events_of(text, SUNDAY))


def test_as_did_with_no_place_after_tells_nothing_more():
    assert events_of("The Taliban attacked Khost on Friday, as did tribal militias.", SUNDAY) == {("Khost", "contested", "2021-08-06")}


@pytest.mark.parametrize("text", [
    "Herat has fallen, as has the capital of the southern province of Helmand.",
    "Herat has fallen, as has the capital of southern Helmand province.",
])
def test_as_has_the_capital_of_a_province(text):
    assert ("Lashkar Gah", "taliban") in real_events(text, SUNDAY)
