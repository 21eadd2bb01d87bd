"""Fighting to come: an attack or assault a report awaits or foresees ("could be days away",
"bracing for an assault") is no event, one told as begun is (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # a modal after the noun and what it aims at
    ("Officials fear an assault on Sheberghan could come before the end of the week.", set()),
    ("A Taliban offensive against Ghazni city might begin within days, a general warned.", set()),
    ("Diplomats said an attack on Kabul was now weeks away.", set()),
    # preparing, bracing or waiting for it
    ("Elders in Taloqan said the town was preparing for a Taliban attack.", set()),
    ("Troops in Maimana braced themselves for a fresh assault.", set()),
    ("Residents of Farah were awaiting an insurgent offensive.", set()),
])
def test_an_awaited_or_foreseen_fight_is_no_event(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # told as happening or begun
    ("An assault on Sheberghan began at dawn, officials said.", {("Sheberghan", C)}),
    ("A Taliban attack on Maimana was under way on Saturday.", {("Maimana", C)}),
    # the fact next to a forecast still stands
    ("The insurgents overran Qaisar, and an assault on Maimana could follow.", {("Qaisar", T)}),
])
def test_a_fight_told_as_begun_stays(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fall or capture said to be imminent, a matter of time or days away: foreseen
    ("The fall of Sheberghan appeared imminent on Thursday.", set()),
    ("The capture of Maimana by the Taliban seems only a matter of time.", set()),
    ("The fall of Farah is now days away, an official said.", set()),
    # a fall told, then what it meant
    ("The fall of Farah on Friday was a blow to the government.", {("Farah", T)}),
    ("The fall of Farah, which officials had expected, came on Friday.", {("Farah", T)}),
])
def test_a_foreseen_fall_is_no_event(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's fight with "expected" or "feared" and no copula
    ("Taliban take Farah, assault on Maimana expected", {("Farah", T)}),
    ("Attack on Sheberghan feared as insurgents mass nearby", set()),
    # "expected to" tells what the fight did, after a comma it is another phrase
    ("The assault on Maimana, expected for weeks, began on Friday.", {("Maimana", C)}),
])
def test_a_headline_fight_expected(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "The rout in the south has opened the door for a Taliban siege of Kabul, analysts said.",
    "The loss of the highway paves the way for an assault on Kabul from the south.",
    "Shops shut in Jalalabad amid fears of an attack on the city.",
    "Residents live under the threat of a new offensive against Mazar-i-Sharif.",
])
def test_a_fight_made_possible_or_feared_is_no_fight(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents hold the north in advance of the battle for Kabul.", set()),
    ("Shops in Taloqan closed ahead of an assault on the city.", set()),
])
def test_a_fight_ahead_is_no_event(finder, text, expected):
    assert statuses(finder, text) == expected
