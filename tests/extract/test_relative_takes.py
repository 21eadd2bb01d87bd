"""A bare "took" in a relative clause whose pronoun stands for a place: the place was taken."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.relative_takes import relative_takes

WEDNESDAY = dt.date(2021, 8, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kunduz, which the Taliban took on Sunday, has been without power since.", ("Kunduz", "taliban", "2021-08-08")),
        ("Shops in Faizabad, which insurgents had taken without a fight, reopened.", ("Faizabad", "taliban", "2021-08-11")),
        ("Achin district, that the militants took last week, is quiet now.", ("Achin", "taliban", "2021-08-04")),
    ],
)
def test_a_place_taken_in_a_relative_clause_is_taken(sentence, expected):
    assert expected in events_of(sentence, WEDNESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunduz, which the Taliban took part in fighting for, was calm.",
        "Kunduz, which the Taliban took control of on Sunday, was calm.",
        "The money, which the Taliban took on Sunday, was never found.",
        "Kunduz, where the Taliban took hostages on Sunday, was calm.",
    ],
)
def test_took_with_an_object_of_its_own_or_no_place_before_is_not_a_relative_take(sentence):
    assert list(relative_takes(sentence)) == []
