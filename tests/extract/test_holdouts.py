"""A part of a place said to be the only thing left with the government tells that the place is
lost ("only the corps base in X remained with the army"); a part held without "only", or a
remainder in Taliban hands ("the rest of X province"), stays a part."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("By Thursday night only the army corps base in Herat was still held by the government.", {("Herat", T)}),
    ("Only the airport in Kunduz remained under the control of Afghan forces on Sunday.", {("Kunduz", T)}),
    ("The Taliban seized much of Lashkar Gah on Friday and only the governor's compound stayed with the army.",
     {("Lashkar Gah", T)}),
    ("Insurgents overran parts of Kunduz city on Sunday; only the airport was still held by troops.", {("Kunduz", T)}),
])
def test_only_a_part_left_with_the_government_is_the_place_lost(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers held the airport in Kunduz on Sunday, an official said.", set()),
    ("The Taliban captured parts of Kunduz city on Sunday, but troops only remained in the airport after reinforcements came.",
     {("Kunduz", C)}),
    ("Only the airport in Kunduz remains open to flights, officials said on Sunday.", set()),
    ("The Taliban seized parts of Kunduz city on Sunday, leaving its airport the only exit that is still held by the army.",
     {("Kunduz", C)}),
])
def test_a_part_held_without_only_says_nothing_of_the_place(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "The rest of Badghis province is in the hands of the Taliban, officials said on Monday.",
    "The remainder of Zabul province is now under Taliban control, a lawmaker said on Monday.",
    "Officials said on Monday that the rest of Faryab province remains with the insurgents.",
])
def test_the_rest_of_a_province_is_a_part_of_it(finder, text):
    assert (statuses(finder, text) & {(p, T) for p in ("Badghis", "Zabul", "Faryab")}) == set()
