"""Attacks a sentence says were on places it counts ("repelled attacks on three provincial
capitals") are not the attacks on a place named before them. Sentences of our own."""

from __future__ import annotations

from test_rules import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.repelled import aimed_at_counted_places
from frontmap.extract.triggers import FIGHT, Trigger


def _attacks(sentence: str) -> Trigger:
    at = sentence.index("attacks")
    return Trigger(at, at + len("attacks"), "attacks", "contested", 0.7, True, FIGHT)


def test_attacks_on_counted_places():
    sentence = "Rockets hit Kandahar airport and troops repelled attacks on three provincial capitals."
    place = (sentence.index("Kandahar"), sentence.index("Kandahar") + len("Kandahar airport"))
    assert aimed_at_counted_places(sentence, _attacks(sentence), place)


def test_attacks_on_the_place_itself():
    sentence = "Troops in Ghazni repelled attacks on the city."
    place = (sentence.index("Ghazni"), sentence.index("Ghazni") + len("Ghazni"))
    assert not aimed_at_counted_places(sentence, _attacks(sentence), place)


def test_no_event_for_the_place_before(finder):
    assert statuses(finder, "Rockets hit Kandahar airport and troops repelled attacks on three provincial capitals.") == set()
    assert statuses(finder, "Troops repelled attacks on Ghazni city on Monday.") == {("Ghazni", "government"), ("Ghazni", "contested")}
