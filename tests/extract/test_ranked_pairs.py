""""Took Afghanistan's second and third biggest cities, X and Y": a pair of ranks between the verb
and the cities keeps "took" a capture of the names after them; travel on roads to them is none."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

FRI_AUG_13 = dt.date(2021, 8, 13)


def test_a_pair_of_ranks_before_the_cities_keeps_the_capture():
    events = events_of("On Thursday the insurgents took Afghanistan's second and third biggest cities, Herat and Kunduz.", FRI_AUG_13)
    assert {("Herat", "taliban", "2021-08-12"), ("Kunduz", "taliban", "2021-08-12")} <= events


def test_roads_taken_to_the_cities_are_no_capture():
    events = events_of("Families took the roads to the two largest cities, Herat and Kunduz, on Thursday.", FRI_AUG_13)
    assert not events
