"""A Taliban-held place the Taliban are later told to enter, or whose airport they take, stays Taliban-held."""

from __future__ import annotations

import datetime as dt

from frontmap.timeline import build_timeline
from tests.core.test_timeline import DISTRICTS, event, states

D = dt.date


def test_taking_the_airport_after_the_city_fell_keeps_the_city_taliban_held():
    tl = build([
        event("city", "d-kdz", "taliban", D(2021, 8, 8), trigger="overran", excerpt="The Taliban overran Kunduz on Sunday."),
        event("airport", "d-kdz", "contested", D(2021, 8, 11), trigger="seized",
              excerpt="On Wednesday the Taliban seized Kunduz airport, where troops had held out."),
    ])
    assert [(s[0], s[1]) for s in states(tl, "d-kdz")] == [("taliban", D(2021, 8, 8))]


def test_a_later_report_of_the_entry_keeps_the_city_taliban_held():
    tl = build([
        event("fell", "d-qnaw", "taliban", D(2021, 8, 12), trigger="fell", excerpt="Qala-e Naw fell on Thursday."),
        event("recap", "d-qnaw", "contested", D(2021, 8, 14), basis="manifest", trigger="entered",
              excerpt="Taliban fighters entered the city and freed the prisoners."),
    ])
    assert [(s[0], s[1]) for s in states(tl, "d-qnaw")] == [("taliban", D(2021, 8, 12))]


def test_taking_a_base_of_a_place_nobody_holds_yet_is_fighting_there():
    tl = build([event("base", "d-hrt", "contested", D(2021, 8, 1), trigger="captured",
                      excerpt="Insurgents captured the army base of Herat province's capital.")])
    assert [(s[0], s[1]) for s in states(tl, "d-hrt")] == [("contested", D(2021, 8, 1))]


def test_street_fighting_after_the_fall_still_ends_the_hold():
    tl = build([
        event("city", "d-qnaw", "taliban", D(2021, 8, 12), trigger="fell", excerpt="Qala-e Naw fell on Thursday."),
        event("street", "d-qnaw", "contested", D(2021, 8, 14), trigger="clashes",
              excerpt="Clashes broke out in the bazaar of Qala-e Naw on Saturday."),
    ])
    assert [(s[0], s[1]) for s in states(tl, "d-qnaw")] == [("taliban", D(2021, 8, 12)), ("contested", D(2021, 8, 14))]


def build(events):
    """Return the timeline of `events` over the test district table."""
    return build_timeline(events, DISTRICTS)
