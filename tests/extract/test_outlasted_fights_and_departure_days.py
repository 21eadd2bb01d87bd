"""A hold that outlasted a fight says the place was fought over too, whether told as a hold, a fall
denied or attackers pulling back (not a retaking, which the fight won); and a departure told in an
"after" clause dates the change it brought about, as does a change "an hour" before it."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

MONDAY = dt.date(2021, 7, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said Kohsan had not fallen after a night of heavy fighting.", {("Kohsan", G), ("Kohsan", C)}),
    ("The insurgents pulled back from Qaisar after a day of clashes, officials said.", {("Qaisar", G), ("Qaisar", C)}),
    # the retaking was won by the fight: no second state
    ("Commandos recaptured Qaisar after a night of fighting, officials said.", {("Qaisar", G)}),
])
def test_a_hold_that_outlasted_a_fight_is_fought_over(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "present"), [
    ("Lashkar Gah came under Taliban control after the army withdrew on Saturday night, officials said.",
     ("Lashkar Gah", T, "2021-07-10")),
    ("An hour after the Taliban entered Lashkar Gah on Friday, the police gave up the city, officials said.",
     ("Lashkar Gah", T, "2021-07-09")),
])
def test_a_departure_or_an_hour_before_dates_the_change(text, present):
    assert present in events_of(text, MONDAY)


def test_a_pluperfect_change_in_the_after_clause_dates_only_itself():
    events = events_of("Soldiers retook Lashkar Gah after the Taliban had captured it on Saturday, officials said.", MONDAY)
    assert ("Lashkar Gah", T, "2021-07-10") in events
    assert ("Lashkar Gah", G, "2021-07-10") not in events
