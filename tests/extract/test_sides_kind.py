"""A fight told between two sides is placed by the words after the sides: "clashes between army
units and the Taliban near X" is fighting near X (kind `nearby`), "... in X" fighting inside it."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import GROUND, NEARBY, event_kind


@pytest.mark.parametrize("excerpt", [
    "A cameraman was wounded covering clashes between Afghan commandos and the Taliban near Zaranj.",
    "Fighting between government troops and the insurgents on the outskirts of Faizabad went on overnight.",
])
def test_a_fight_between_sides_near_the_place_is_nearby(excerpt):
    trigger = "clashes" if "clashes" in excerpt else "Fighting"
    assert event_kind(trigger, excerpt, "contested") == NEARBY


@pytest.mark.parametrize("excerpt", [
    "Clashes between Afghan commandos and the Taliban raged in Zaranj's main bazaar on Friday.",
    "Street battles between militia fighters and the insurgents went on inside Faizabad.",
])
def test_a_fight_between_sides_inside_the_place_stays_on_the_ground(excerpt):
    trigger = "Clashes" if "Clashes" in excerpt else "battles"
    assert event_kind(trigger, excerpt, "contested") == GROUND
