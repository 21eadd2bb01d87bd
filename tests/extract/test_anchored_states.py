"""A state told on a day, "two days after" the change that left it ("X was still in Taliban hands on
Friday, two days after the insurgents seized the town"): the change is of the complement's day. A
main clause telling a change of its own, or a complement telling no change, keeps the main date."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

FRI_AUG_13 = dt.date(2021, 8, 13)


@pytest.mark.parametrize(("text", "present"), [
    ("Kunduz was still in Taliban hands on Friday, two days after the insurgents seized the city.",
     ("Kunduz", "taliban", "2021-08-11")),
    ("Nijrab remained under Taliban control on Friday, three days after the militants overran it.",
     ("Nijrab", "taliban", "2021-08-10")),
    ("Achin was still held by government forces on Friday, a day after troops retook the district.",
     ("Achin", "government", "2021-08-12")),
])
def test_a_state_after_a_retold_change_dates_the_change(text, present):
    assert present in events_of(text, FRI_AUG_13)


@pytest.mark.parametrize(("text", "present"), [
    ("The Taliban captured Kunduz on Friday, two days after they seized Achin.", ("Kunduz", "taliban", "2021-08-13")),
    ("Troops held Kunduz on Friday, two days after the Taliban attacked it.", ("Kunduz", "government", "2021-08-13")),
])
def test_other_main_clauses_keep_their_day(text, present):
    assert present in events_of(text, FRI_AUG_13)
