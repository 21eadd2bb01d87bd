"""Tests for two readings of real eastern reports: "took over control of X" is one capture (not a
capture beside a bare "control"), and a Dari name whose joining particle is written apart ("Pul
e-Hesar", "Pul e Khumri") still ends a list of subjects, so the names before it share its verb."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place, status", [
    ("Taliban fighters took over control of Alasay district on Sunday.", "Alasay", "taliban"),
    ("The militants have taken over the control of Nawur district, officials said.", "Nawur", "taliban"),
    ("Afghan commandos took over full control of Sayed Karam district on Monday.", "Sayed Karam", "government"),
])
def test_took_over_control_is_one_change_of_hands(finder, text, place, status):
    found = statuses(finder, text)
    assert (place, status) in found
    assert (place, "contested") not in found


def test_a_headline_take_over_control_is_a_capture(finder):
    assert ("Alasay", "taliban") in statuses(finder, "Taliban take over control of Alasay")


@pytest.mark.parametrize("text, places, status", [
    ("Bano, Deh Salah and Pul e-Hesar were taken back by local militias on Friday.",
     ("Andarab", "Deh Salah", "Pul-e Hesar"), "government"),
    ("Nahrin and Pul e Khumri were overrun by the Taliban on Monday.", ("Nahrin", "Pul-e Khumri"), "taliban"),
])
def test_a_name_with_its_particle_apart_closes_a_list_of_subjects(finder, text, places, status):
    found = statuses(finder, text)
    for place in places:
        assert (place, status) in found


def test_a_particle_going_on_with_the_place_s_own_name_is_not_a_list(finder):
    found = statuses(finder, "Security forces reclaimed Garmsir in Helmand and Dara-i-Sawf in Samangan on Sunday.")
    assert not any(place == "Dara" for place, _ in found)
