"""Conflict told where it goes on ("conflict between the army and the Taliban escalated in X",
"street-to-street conflicts in X") is fighting at X; "the conflict between ..." is the war itself.
Control that keeps changing ("changes in control continued in X") is no side holding X.
Sentences of our own (real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, G, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "place"), [
    ("Street-to-street conflicts in Lashkar Gah wounded dozens of civilians on Sunday.", "Lashkar Gah"),
    ("Conflict between the army and the insurgents escalated in Qalat on Monday.", "Qalat"),
    ("Conflicts between the Taliban and police took place in Khwaja Ghar district on Friday.", "Khwaja Ghar"),
    ("Hundreds were displaced by armed conflict in Nahrin district last week.", "Nahrin"),
])
def test_a_conflict_told_at_a_place_is_fighting_there(finder, text, place):
    assert (place, C) in statuses(finder, text)


@pytest.mark.parametrize("text", [
    "The conflict between the Taliban and the government has uprooted families in Kunduz for years.",
    "Families displaced by conflict are sheltering in Kandahar city.",
])
def test_the_war_itself_is_no_fight_at_a_place(finder, text):
    assert statuses(finder, text) == set()


def test_changes_in_control_are_no_hold(finder):
    text = "The ANSF and the NSAG fought on, and changes in control were seen in district centres in Zabul province."
    assert ("Zabul", G) not in statuses(finder, text)
