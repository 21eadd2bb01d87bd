"""A located aside between a subject and its verb ("X, located on the highway to Kabul, and Y were
taken"), a road that "carries" or "runs" to a place, and a "home province" that is no building.
Sentences of our own (real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.located_asides import dropped


@pytest.mark.parametrize(("text", "expected"), [
    ("The city of Ghazni, located on the main highway that runs from the south up to the capital, and the centre of"
     " Paktika province were in Taliban hands by Thursday evening.", {("Ghazni", T), ("Sharan", T)}),
    ("Imam Sahib, situated on the river that marks the border with Tajikistan and long a trading stop for goods from"
     " the north, was overrun by the insurgents on Monday.", {("Imam Sahib", T)}),
    ("Aybak, which lies on the road that carries most of the traffic from the capital to the northern provinces,"
     " fell to the insurgents on Monday.", {("Aybak", T)}),
    ("Adraskan district on the Herat-Kandahar highway was overrun by the insurgents on Sunday.", {("Adraskan", T)}),
])
def test_a_located_aside_leaves_the_place_the_subject(finder, text, expected):
    assert statuses(finder, text) == expected


def test_only_a_leading_located_aside_is_dropped():
    assert dropped(", located on the road to the north, and Herat were ") == " and Herat were "
    assert dropped(", which lies near the border, fell ") == " fell "
    assert dropped(", the capital of the province, fell ") == ", the capital of the province, fell "
    assert dropped(" and Herat were ") == " and Herat were "


@pytest.mark.parametrize("text", [
    "Fighters shelled the highway running to Kandahar on Monday.",
    "Insurgents mined the road leading to Kandahar overnight.",
])
def test_a_road_running_or_leading_to_a_place_is_a_landmark(finder, text):
    assert not any(place == "Kandahar" for place, _ in statuses(finder, text))


def test_a_home_province_is_no_building_but_a_home_is(finder):
    assert ("Logar", T) in statuses(finder, "Insurgents took full control of President Ghani's home province of Logar on Saturday.")
    assert statuses(finder, "Taliban fighters stormed the home of a former lawmaker in Logar province on Sunday night.") == set()
