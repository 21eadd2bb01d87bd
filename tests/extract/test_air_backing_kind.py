"""Air power backing a ground fight leaves the fight on the ground (kind `ground`): "commandos
supported by the air force carried out a clearance operation in X"; a strike told as the event
itself stays a strike."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import GROUND, STRIKE, event_kind


@pytest.mark.parametrize(("trigger", "excerpt"), [
    ("carried out a clearance operation", "Commandos supported by the Afghan Air Force carried out a clearance operation in Qaisar on Tuesday."),
    ("repelled", "With the help of air strikes, Afghan forces repelled an attack on Andkhoy on Tuesday."),
    ("Heavy fighting", "Heavy fighting with air support raged in Shirin Tagab on Tuesday."),
    ("launched a clearance operation", "Army commandos backed by helicopters launched a clearance operation in Ghormach."),
])
def test_a_ground_fight_backed_from_the_air_is_on_the_ground(trigger, excerpt):
    assert event_kind(trigger, excerpt, "contested") == GROUND


@pytest.mark.parametrize(("trigger", "excerpt"), [
    ("struck Taliban positions", "Afghan warplanes struck Taliban positions in Almar district on Tuesday."),
    ("airstrike", "An airstrike hit Taliban positions in Ghormach on Tuesday."),
    ("attacked", "Taliban attacked Dawlatabad with drones on Tuesday."),
])
def test_a_strike_told_as_the_event_stays_a_strike(trigger, excerpt):
    assert event_kind(trigger, excerpt, "contested") == STRIKE
