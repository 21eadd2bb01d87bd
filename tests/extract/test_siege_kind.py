"""A siege or an encirclement is fighting around a place (kind `nearby`): it leaves a Taliban-held
place Taliban-held, while a capture or a retake told beside a siege keeps its own kind."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import ADVANCE, GROUND, NEARBY, STRIKE, event_kind


@pytest.mark.parametrize(("trigger", "excerpt"), [
    ("siege", "The city had been under a Taliban siege for weeks, a council member in Gardez said."),
    ("besieged", "Insurgents besieged the Khost governor's compound through Thursday night."),
    ("encircled", "Militants encircled Maymana overnight and cut the road to the airport."),
    ("surrounded", "Fighters have surrounded Charikar, residents reached by phone said."),
])
def test_a_siege_is_fighting_around_the_place(trigger, excerpt):
    assert event_kind(trigger, excerpt, "contested") == NEARBY


@pytest.mark.parametrize(("trigger", "excerpt", "status"), [
    ("fell", "Qalat fell on Friday after a siege of nearly three weeks, officials said.", "taliban"),
    ("retook", "Commandos retook Dehrawud after the insurgents had encircled it for days.", "government"),
])
def test_a_change_of_hands_after_a_siege_keeps_its_kind(trigger, excerpt, status):
    assert event_kind(trigger, excerpt, status) == GROUND


def test_taking_a_site_after_a_siege_is_still_an_advance():
    excerpt = "The insurgents took the army base at Gardez after besieging it for a week."
    assert event_kind("took", excerpt, "contested") == ADVANCE


def test_fighting_inside_the_city_stays_on_the_ground():
    assert event_kind("clashes", "Street clashes went on in Kunduz city on Tuesday.", "contested") == GROUND


def test_an_assault_with_rockets_and_small_arms_is_on_the_ground():
    excerpt = "The Taliban attacked Qalat with rockets and small arms on Friday, officials said."
    assert event_kind("attacked", excerpt, "contested") == GROUND


def test_a_rocket_attack_alone_stays_a_strike():
    assert event_kind("attack", "A rocket attack on Qalat wounded two guards on Friday.", "contested") == STRIKE
