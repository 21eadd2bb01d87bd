"""'The (frontier) settlement of X' names X itself, as 'the town of X' does."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

SATURDAY = dt.date(2021, 7, 10)


@pytest.mark.parametrize(
    "sentence",
    ["Insurgents captured the settlement of Nijrab on Friday.", "Insurgents overran the frontier settlement of Nijrab on Friday."],
)
def test_the_settlement_of_a_place_is_the_place(sentence):
    assert ("Nijrab", "taliban", "2021-07-09") in events_of(sentence, SATURDAY)


def test_settlements_of_a_place_are_not_all_of_it():
    assert ("Nijrab", "taliban", "2021-07-09") not in events_of("Insurgents seized several settlements of Nijrab on Friday.", SATURDAY)
