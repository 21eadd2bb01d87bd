"""A fight told with its own earlier day beside a change of hands ("took X on Sunday after heavy
clashes on Saturday"): the place is contested on the fight's day and changes hands on its own."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

SUN_AUG_8 = dt.date(2021, 8, 8)


@pytest.mark.parametrize(("text", "fight"), [
    ("Taliban fighters took Kunduz on Sunday after heavy clashes on Saturday.", ("Kunduz", "contested", "2021-08-07")),
    ("After fierce fighting late on Friday, the insurgents captured Nijrab on Sunday.", ("Nijrab", "contested", "2021-08-06")),
    ("Troops retook Achin on Sunday following a night of gunbattles with the Taliban on Saturday.",
     ("Achin", "contested", "2021-08-07")),
])
def test_a_dated_fight_before_a_change_is_contested_on_its_day(text, fight):
    assert fight in events_of(text, SUN_AUG_8)


@pytest.mark.parametrize("text", [
    "The Taliban captured Kunduz on Sunday after days of fighting.",
    "The Taliban captured Kunduz on Sunday after fighting on Sunday morning.",
    "The Taliban captured Kunduz on Sunday as clashes spread to Achin on Saturday.",
])
def test_no_fight_day_of_its_own_adds_nothing(text):
    assert {e for e in events_of(text, SUN_AUG_8) if e[0] == "Kunduz"} == {("Kunduz", "taliban", "2021-08-08")}
