"""Tests for reports a side calls false: "claims of X falling are untrue" (the gerund after the
place) denies the fall, and "the enemy has spread rumours that they took X" is a denial by the
speaker, not the enemy's claim."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text", [
    "Claims of Alishing district falling are untrue, a defence ministry spokesman said.",
    "Reports of Alishing falling were baseless, the governor said on Monday.",
])
def test_a_fall_called_false_leaves_the_place_held(finder, text):
    assert statuses(finder, text) == {("Alishing", "government")}


def test_a_feared_fall_is_no_event(finder):
    assert statuses(finder, "Shopkeepers spoke of their fear of Alishing falling within days.") == set()


def test_rumours_the_enemy_spread_are_denied(finder):
    assert statuses(finder, "The enemy has spread rumours that they captured Rokha, a resistance spokesman said.") == {
        ("Rokha", "government")}
    assert statuses(finder, "The Taliban have spread rumours that they entered Rokha, a resistance spokesman said.") == set()
