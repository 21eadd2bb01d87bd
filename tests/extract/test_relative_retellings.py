"""Tests for a change recalled in a relative clause without a day of its own
(`frontmap.extract.relative_retellings`): the report's day, not the day another sentence put in force."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.relative_retellings import retold_in_relative

TUE_AUG_3 = dt.date(2021, 8, 3)
_LEAD = "The Taliban overran Faizabad on Sunday, officials said.\n\n"


@pytest.mark.parametrize(("sentence", "verb", "told"), [
    ("Kunduz, the city which fell to the insurgents, was calm.", "fell", True),
    ("Traders in Khost, which the militants overran, closed their shops.", "overran", True),
    ("Kunduz fell to the insurgents after a week of fighting.", "fell", False),
    ("Officials said that Khost fell to the militants.", "fell", False),
])
def test_a_relative_clause_after_its_place_is_read(sentence, verb, told):
    assert retold_in_relative(sentence, sentence.index(verb)) is told


def test_a_recalled_fall_takes_the_report_day_not_the_day_in_force():
    events = events_of(_LEAD + "Kunduz, the city which fell to the insurgents, was calm, residents said.", TUE_AUG_3)
    assert ("Kunduz", "taliban", "2021-08-03") in events and ("Kunduz", "taliban", "2021-08-01") not in events


def test_a_recalled_fall_with_its_own_day_keeps_it():
    events = events_of(_LEAD + "Kunduz, which fell to the insurgents on Monday, was calm, residents said.", TUE_AUG_3)
    assert ("Kunduz", "taliban", "2021-08-02") in events
