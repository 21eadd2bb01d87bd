"""Tests for frontmap.extract.roles: the side named as the object of an infinitive ("the last
province to resist the group") or inside a closed "which" clause is not who does what the main
verb says ("..., Panjshir, surrendered")."""

from __future__ import annotations

import pytest

from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("The last district in Kapisa to resist the militants, Nijrab, surrendered on Sunday, elders said.", "Nijrab"),
    ("Nijrab, the only district left to oppose the Taliban, was handed over on Sunday.", "Nijrab"),
    ("Fighters sent to push back the army overran Nijrab on Sunday, a council member said.", "Nijrab"),
    ("Nijrab, which the insurgents had surrounded for weeks, surrendered on Sunday.", "Nijrab"),
])
def test_the_object_of_an_infinitive_or_closed_clause_does_not_act(finder, text, place):
    statuses = {status for name, status, _day in read(finder, text) if name == place}
    assert statuses == {"taliban"}


def test_the_actor_of_an_open_which_clause_still_acts(finder):
    text = "Nijrab, which commandos recaptured from the Taliban on Sunday, was quiet on Monday."
    assert ("Nijrab", "government", "2021-08-22") in read(finder, text)


def test_a_helper_verb_keeps_its_object_as_the_doer(finder):
    text = "Airstrikes helped to let the army retake Nijrab on Sunday, officials said."
    assert {status for name, status, _day in read(finder, text) if name == "Nijrab"} == {"government"}
