"""Tests for forces leaving a place: "quit" among the verbs of leaving, the leavers' own posts in a
place (`frontmap.extract.left_posts`), and the group's other names as its voice and its side."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

SUN_AUG_1 = dt.date(2021, 8, 1)


@pytest.mark.parametrize("text", [
    "Government troops quit Imam Sahib district on Sunday, officials said.",
    "Soldiers abandoned their posts in Imam Sahib district on Sunday, officials said.",
    "Police quit their checkpoints at Imam Sahib on Sunday, officials said.",
])
def test_forces_leaving_a_place_or_their_posts_in_it_leave_it(text):
    assert ("Imam Sahib", "taliban", "2021-08-01") in events_of(text, SUN_AUG_1)


def test_posts_taken_on_the_edge_of_a_place_stay_a_part_of_it():
    events = events_of("Insurgents overran checkpoints on the outskirts of Imam Sahib district on Sunday, police said.", SUN_AUG_1)
    assert ("Imam Sahib", "contested", "2021-08-01") in events and ("Imam Sahib", "taliban", "2021-08-01") not in events


def test_an_official_quitting_his_job_says_nothing_of_his_district():
    assert not events_of("The governor of Imam Sahib district quit on Sunday, officials said.", SUN_AUG_1)


def test_an_insurgent_spokesman_speaks_for_the_group():
    events = events_of("Imam Sahib district was captured on Sunday, an insurgent spokesman said.", SUN_AUG_1)
    assert ("Imam Sahib", "claimed", "2021-08-01") in events and ("Imam Sahib", "taliban", "2021-08-01") not in events


def test_the_movement_s_control_is_the_group_s_hold():
    text = "The Taliban movement pressed on in the north. Imam Sahib district came under the movement's control on Sunday."
    assert ("Imam Sahib", "taliban", "2021-08-01") in events_of(text, SUN_AUG_1)
