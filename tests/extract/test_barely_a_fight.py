"""A surrender or fall "with barely a fight" is no fighting, nor a battle prepared for; a place named inside a dashed aside
still is who gave up (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import gaps


@pytest.mark.parametrize(("text", "expected"), [
    ("Kaldar fell with hardly a fight on Sunday.", {("Kaldar", T)}),
    ("Soldiers in Kaldar surrendered with barely a fight on Sunday.", {("Kaldar", T)}),
    ("Soldiers in Kaldar put up a stiff fight on Sunday.", {("Kaldar", C)}),
])
def test_barely_a_fight_is_no_fight(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("gap", "expected"), [
    (" — a long-time stronghold — had ", True),
    (", an anti-Taliban stronghold — had ", True),
    (", an old stronghold, and the army had ", False),
])
def test_asides_closed_by_a_dash(gap, expected):
    assert gaps.is_subject_gap(gap) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Kaldar were preparing for battle on Sunday.", set()),
    ("Police in Kaldar got ready for a fight on Sunday.", set()),
    ("Police in Kaldar fought a long battle on Sunday.", {("Kaldar", C)}),
])
def test_a_battle_prepared_for_is_a_plan(finder, text, expected):
    assert statuses(finder, text) == expected
