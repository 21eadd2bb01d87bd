"""Tests for where beaten attackers were pushed back to: "repelled the attack, pushing the Taliban
back into X", "drove the insurgents back to X" name where the beaten side went, which is no event
(as "forces withdrew to X" is none); so does "thousands have poured into X to flee"."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("The resistance repelled the attack, pushing the Taliban back into Parwan province.", "Parwan"),
    ("Commandos drove Taliban fighters back to Andar district on Monday.", "Andar"),
    ("Resistance fighters forced the Taliban back towards Jabal Saraj on Wednesday.", "Jabal Saraj"),
])
def test_where_the_beaten_were_pushed_back_to_is_no_event(finder, text, place):
    assert not any(name == place for name, _ in statuses(finder, text))


def test_the_place_attacked_keeps_its_events(finder):
    found = statuses(finder, "Resistance fighters repelled a Taliban attack on Panjshir on Monday, "
                             "pushing the attackers back into Parwan province.")
    assert {("Panjshir", "government"), ("Panjshir", "contested")} <= found


def test_where_people_fleeing_poured_in_is_no_advance(finder):
    assert statuses(finder, "Thousands have poured into Kabul to flee the Taliban advance.") == set()
    assert ("Kunduz", "contested") in statuses(finder, "Taliban fighters poured into Kunduz city on Sunday.")
