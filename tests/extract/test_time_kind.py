""""Around" and "near" tell a time as often as a place: "at around 11 pm" or "near midnight" puts
no fight outside the town, while "around the town" still does."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import GROUND, NEARBY, event_kind


@pytest.mark.parametrize(("trigger", "excerpt", "status"), [
    ("took control", "Insurgents took control of Mehtarlam at around 10 pm on Saturday, a lawmaker said.", "taliban"),
    ("clashes", "Heavy clashes broke out near midnight in Sheberghan, residents said.", "contested"),
    ("fighting", "Fighting went on around the clock in the old city of Ghazni.", "contested"),
])
def test_a_time_of_day_is_no_place_nearby(trigger, excerpt, status):
    assert event_kind(trigger, excerpt, status) == GROUND


def test_fighting_around_the_town_is_still_nearby():
    assert event_kind("clashes", "Clashes broke out around Sheberghan on Sunday, officials said.", "contested") == NEARBY
