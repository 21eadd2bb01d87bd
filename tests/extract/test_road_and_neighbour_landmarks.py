"""Landmarks a control sentence names beside the place that changed hands: the city a road is
named after, the town whose neighbouring district fell, and where a column was heading."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # the district taken after "en route to X" or after a road's two ends is the event
    ("A Taliban column en route to Ghazni city overran Deh Yak district on Monday.", {("Deh Yak", T)}),
    ("On the highway from Kandahar to Herat the militants seized Maiwand district on Monday.", {("Maiwand", T)}),
    ("Fighters on the road to Lashkar Gah captured Nad Ali district on Tuesday.", {("Nad Ali", T)}),
    # the road itself and the towns it is named after are no events
    ("The Taliban seized checkpoints on the road to Ghazni city on Monday.", set()),
    ("Outposts on the way to Maiwand and Nad Ali districts fell to the Taliban on Monday.", set()),
    ("Heavy fighting broke out on the Kandahar highway on Sunday.", set()),
    ("Clashes closed the Herat road near Adraskan on Friday.", {("Adraskan", C)}),
])
def test_roads_and_routes(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban took Maidan Shahr's neighbouring district of Jalrez on Monday.", {("Jalrez", T)}),
    ("The Taliban on Monday took Pul-e Khumri's neighbouring district of Dahana-e Ghori.", {("Dahana-e Ghori", T)}),
    ("Fighting reached Kabul's doorstep on Sunday.", set()),
])
def test_a_town_named_as_what_another_place_neighbours(finder, text, expected):
    assert statuses(finder, text) == expected
