"""Tests for the unspoken subject of a second verb: a place keeps being the subject of "but was
retaken", while places that a capture before them took as its object do not (the captors are the
subject of "but were pushed back")."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, taken", [
    ("Insurgents overran Gelan, Andar and Muqur districts, then stormed Qarabagh but were driven back by commandos.",
     ("Gelan", "Andar")),
    ("The militants seized the districts of Almar and Qaisar and later assaulted Pashtun Kot, but were repelled.",
     ("Almar", "Qaisar")),
    ("Taliban fighters captured Yawan and Shuhada on Sunday, then attacked Arghanj Khwa but were beaten back.",
     ("Yawan", "Shuhada")),
])
def test_the_objects_of_a_capture_are_not_undone_by_a_later_repelled_attack(finder, text, taken):
    found = statuses(finder, text)
    for place in taken:
        assert (place, "taliban") in found
        assert (place, "government") not in found


@pytest.mark.parametrize("text, place", [
    ("Almar fell on Sunday but was retaken on Monday.", "Almar"),
    ("Gelan and Andar were overrun on Saturday but were recaptured by the army on Sunday.", "Andar"),
])
def test_a_place_that_is_the_subject_keeps_its_second_verb(finder, text, place):
    found = statuses(finder, text)
    assert {(place, "taliban"), (place, "government")} <= found
