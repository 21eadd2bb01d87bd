"""Tests for aims shared by joined infinitives: a bare control verb joined by "and" to an earlier
"to" infinitive is an aim ("to secure the road and retake X"); a finished verb after "and", or an
infinitive told as done ("forced the troops to retreat and hand over X", "were able to break
through and retake X"), stays a fact; so does one after a causative and its object ("forced the troops to abandon X")."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("In order to restore security and take control of Khinjan district, the army launched an operation.", "Khinjan"),
    ("The army sent commandos to secure the highway and retake Nahrin district.", "Nahrin"),
    ("To clear the road and recapture Burka, troops were flown in on Sunday.", "Burka"),
])
def test_a_verb_joined_to_an_aim_is_an_aim(finder, text, place):
    assert not {side for name, side in statuses(finder, text) if name == place} & {"government", "taliban"}


@pytest.mark.parametrize("text, place, status", [
    ("The Taliban forced government troops to retreat and hand over Zebak district on Tuesday.", "Zebak", "taliban"),
    ("Troops were able to break through and retake Andar district on Tuesday.", "Andar", "government"),
    ("Fighters managed to enter the city and took control of Taloqan on Sunday.", "Taloqan", "taliban"),
])
def test_a_verb_told_as_done_stays_a_fact(finder, text, place, status):
    assert (place, status) in statuses(finder, text)


@pytest.mark.parametrize("text, place, status", [
    ("The Taliban forced government troops to abandon Zebak district on Tuesday.", "Zebak", "taliban"),
    ("The collapse of the lines led the defenders to give up Taloqan on Sunday.", "Taloqan", "taliban"),
    ("Tribal elders helped the army to retake Khinjan district on Tuesday.", "Khinjan", "government"),
])
def test_an_infinitive_after_a_causative_and_its_object_is_done(finder, text, place, status):
    assert (place, status) in statuses(finder, text)


def test_an_infinitive_after_a_request_is_an_aim(finder):
    assert statuses(finder, "The governor asked the army to retake Khinjan district as soon as possible.") == set()
