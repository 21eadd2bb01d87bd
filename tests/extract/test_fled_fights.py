"""People on the move: a fight named only as what civilians fled gives no fight at the place they
reached, nor does their "entering" a city; the place the fled fight is "in" stays contested
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # where the displaced went or are sheltering
    ("Roads into Kabul were clogged with civilians entering the city and fleeing the fighting.", set()),
    ("Families fleeing the clashes have arrived in Mazar-i-Sharif, aid workers said.", set()),
    ("Hundreds of people displaced by the fighting now sleep in a park in Charikar.", set()),
    ("Villagers running from the fighting reached Pul-e-Alam on Saturday.", set()),
    ("Residents escaping the recent clashes have crowded into Jalalabad.", set()),
])
def test_no_fight_where_the_displaced_went(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fled fight's own place
    ("Families driven out by clashes in Alingar have sought refuge in Mehtarlam.", {("Alingar", C)}),
    ("Residents fleeing the fighting in Lashkar Gah streamed into Nad Ali.", {("Lashkar Gah", C)}),
    # fighting reported for itself, with flight as its result
    ("Heavy fighting raged in Kunduz city, forcing thousands to flee to Kabul.", {("Kunduz", C)}),
    # armed men entering stay a fight
    ("Taliban fighters entered Farah city on Sunday.", {("Farah", C)}),
])
def test_the_fight_itself_stays(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town's setting is no siege
    ("Kabul, a city surrounded by mountains, filled with families from the north.", set()),
    ("Bamiyan, a town surrounded by peaks and farmland, stayed quiet.", set()),
    # fighters surrounding it are
    ("Insurgents surrounded Lashkar Gah on Wednesday.", {("Lashkar Gah", C)}),
])
def test_terrain_around_a_town_is_no_siege(finder, text, expected):
    assert statuses(finder, text) == expected
