"""Tests for frontmap.extract.date_anchor: "a week before the city fell" under a main clause with no
day of its own keeps the fall at the report's day, not a week after it."""

from __future__ import annotations

import pytest
from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Families left Ghazni a week before the city fell.", {("Ghazni", "taliban", "2021-08-23")}),
        ("Insurgents besieged Kunduz for three days before it fell.", {("Kunduz", "taliban", "2021-08-23")}),
        ("Families left Kunduz two days before the city fell on Sunday.", {("Kunduz", "taliban", "2021-08-22")}),
    ],
)
def test_a_fall_after_an_undated_clause_is_not_after_the_report(finder, text, expected):
    assert expected <= read(finder, text)


def test_a_main_clause_apart_from_the_shift_keeps_its_day(finder):
    text = "The militants took Aybak and Pul-e Khumri, which was surrounded for two days before it fell."
    assert ("Aybak", "taliban", "2021-08-23") in read(finder, text)
