"""Tests for who cleared a place when nobody is named as driven out of it: the subject of an active
expel verb wins the place ("Taliban forces had cleared the districts"); a headline's passive
without its "were" ("Militants repelled at X") still names the side driven off; and a second
predicate of the same subject ("and were established in X") does not make X the verb's object."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place, status", [
    ("Taliban forces had cleared Deh Salah by Monday, residents said.", "Deh Salah", "taliban"),
    ("Taliban fighters cleared Pul-e Hesar on Sunday.", "Pul-e Hesar", "taliban"),
    ("Afghan commandos cleared Andar district on Tuesday.", "Andar", "government"),
])
def test_the_subject_of_an_active_clearing_wins_the_place(finder, text, place, status):
    assert {side for name, side in statuses(finder, text) if name == place} == {status}


@pytest.mark.parametrize("text, place", [
    ("Insurgents driven out of Qarabagh", "Qarabagh"),
    ("Militants repelled at Ghazni city", "Ghazni"),
    ("Taliban pushed back from Gelan district", "Gelan"),
])
def test_a_headline_passive_names_the_side_driven_off(finder, text, place):
    found = statuses(finder, text)
    assert (place, "government") in found
    assert (place, "taliban") not in found


def test_a_second_predicate_of_the_subject_takes_no_object(finder):
    found = statuses(finder, "By Monday, Taliban forces had cleared the districts and were established in "
                             "Badakhshan, Takhar and Andarab near the Panjshir valley.")
    assert not any(place in ("Panjshir", "Badakhshan", "Takhar") for place, _ in found)


@pytest.mark.parametrize("text, place, status", [
    ("Commandos pushed the remainder out of Panjwai on Tuesday.", "Panjwai", "government"),
    ("Police forced the last attackers out of Andar district on Monday.", "Andar", "government"),
    ("The Taliban pushed the remaining soldiers out of Zurmat on Friday.", "Zurmat", "taliban"),
])
def test_the_side_pushed_out_may_be_named_by_what_is_left_of_it(finder, text, place, status):
    assert (place, status) in statuses(finder, text)
