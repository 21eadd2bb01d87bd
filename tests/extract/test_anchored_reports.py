"""A report of a change on a day, "a day after" the change itself ("officials confirmed the fall of
X on Thursday, a day after the insurgents seized it"; "the loss of X was admitted on Thursday, two
days after Taliban fighters overran the town"): the change is of the complement's day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of, reads

FRI_AUG_13 = dt.date(2021, 8, 13)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("The governor confirmed the fall of Kunduz on Thursday, a day after the militants seized it.",
     ("Kunduz", "taliban", "2021-08-11"), ("Kunduz", "taliban", "2021-08-12")),
    ("The loss of Nijrab was admitted on Thursday, two days after Taliban fighters overran the district.",
     ("Nijrab", "taliban", "2021-08-10"), ("Nijrab", "taliban", "2021-08-12")),
    ("The capture of Achin was announced by the army on Thursday, a day after troops retook it.",
     ("Achin", "government", "2021-08-11"), ("Achin", "government", "2021-08-12")),
])
def test_a_reported_change_takes_the_complement_day(text, present, absent):
    assert reads(text, FRI_AUG_13, present, absent)


def test_a_change_of_its_own_keeps_the_main_day():
    events = events_of("Troops retook Kunduz on Thursday, two days after Taliban fighters seized it.", FRI_AUG_13)
    assert ("Kunduz", "government", "2021-08-12") in events
