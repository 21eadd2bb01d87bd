"""Tests for frontmap.extract.roles: the men named in a relative clause after a participle's place
("after fleeing X, where the Taliban fought") describe the place and are not who left it."""

from __future__ import annotations

from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)


def test_families_fleeing_a_place_where_sides_fought_give_it_to_no_side(finder):
    text = ("Displaced families rested in a Kabul park after fleeing Kunduz and Takhar provinces, "
            "where Taliban fighters and government troops clashed for days.")
    assert not {(place, status) for place, status, _day in read(finder, text) if status in ("government", "taliban")}


def test_a_subject_after_the_closed_relative_clause_still_leaves(finder):
    text = "After abandoning Kunduz, where the Taliban had pressed for weeks, the army regrouped at the airport."
    assert ("Kunduz", "taliban", "2021-08-23") in read(finder, text)
