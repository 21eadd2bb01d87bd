"""Tests for fights planned or still to be led: "gathered to plan their offensives on X", "plans to
lead the fight in X", "are preparing their assault on X" tell no fight yet; the fight led is one."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text", [
    "Taliban commanders had gathered to plan their offensives on Almar district.",
    "Marshal Dostum plans to lead the fight in Shibirghan, his spokesman said.",
    "The Taliban are preparing their assault on Maimana, officials warned.",
])
def test_a_fight_planned_or_to_be_led_is_no_fight_yet(finder, text):
    assert statuses(finder, text) == set()


def test_the_fight_led_is_fighting(finder):
    assert statuses(finder, "Marshal Dostum led the fight in Shibirghan on Wednesday.") == {("Sheberghan", "contested")}
