"""Fight words of wire reports beyond "clashes" and "fighting": a firefight, skirmishes, gun
battles, heavy or intense conflict; "the conflict" alone is the war, no fight in a place.
Sentences of our own (real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.triggers import find_triggers


@pytest.mark.parametrize(("text", "place"), [
    ("A heavy firefight broke out in Nad Ali district late on Monday.", "Nad Ali"),
    ("Skirmishes went on at the edge of Qalat overnight, police said.", "Qalat"),
    ("Troops and insurgents fought gun battles in Qaisar district on Monday.", "Qaisar"),
    ("Logar saw heavy conflict on Friday in its capital, Pol-e-Alam.", "Pul-e Alam"),
    ("Intense confrontation was reported around Maimana on Saturday.", "Maimana"),
])
def test_a_fight_word_makes_the_place_contested(finder, text, place):
    assert (place, C) in statuses(finder, text)


@pytest.mark.parametrize("text", [
    "The conflict in Helmand has displaced thousands of families.",
    "Gunmen killed a cleric in Nad Ali district on Monday.",
])
def test_the_war_itself_or_gunmen_are_no_fight_at_a_place(finder, text):
    assert statuses(finder, text) == set()


def test_the_new_words_are_fight_triggers():
    words = {t.text.lower() for t in find_triggers("A firefight, skirmishes and a gunbattle followed heavy conflict.")}
    assert {"firefight", "skirmishes", "gunbattle", "heavy conflict"} <= words
