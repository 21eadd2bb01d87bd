"""Places people were displaced to ("displacing families into X", "led them to move to the outskirts
of X") and homes people were made to leave ("forced families to leave their villages in X") are no
battle places, nor are families driven out of a place a side expelled from it; forces leaving their
own posts in a list of districts still hand over each of them.
Sentences of our own (real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.displaced_destinations import displaced_to, pictured_refuge
from frontmap.extract.left_posts import left_homes, left_own_posts


@pytest.mark.parametrize("before", [" fighting went on, displacing hundreds of families into ", " led them to move to the outskirts of ", " uprooted to "])
def test_a_displacement_towards_the_place_is_a_destination(before):
    assert displaced_to(before)


@pytest.mark.parametrize("before", [" displaced thousands from ", " fighting spread into ", " the army moved into "])
def test_a_place_fled_from_or_entered_is_no_destination(before):
    assert not displaced_to(before)


def test_own_homes_and_own_posts_in_a_list():
    assert left_homes(" their homes in Chahar Dara and ")
    assert left_own_posts(" their posts in Khanabad and ")
    assert not left_homes(" the district centre of ")


def test_the_fight_keeps_its_own_place_and_the_destination_none(finder):
    found = statuses(finder, "Heavy fighting went on in Nahrin district, displacing families into Pul-e Khumri city.")
    assert ("Nahrin", C) in found and ("Pul-e Khumri", C) not in found


def test_posts_left_in_two_districts_hand_over_both(finder):
    found = statuses(finder, "Soldiers abandoned their posts in Khanabad and Aliabad districts on Monday.")
    assert {("Khanabad", T), ("Aliabad", T)} <= found


@pytest.mark.parametrize("text", [
    "Hundreds of families were pushed out of Khanabad district on Tuesday.",
    "The Taliban drove hundreds of families out of Chahar Dara district on Monday.",
])
def test_families_driven_out_are_no_side_expelled(finder, text):
    assert statuses(finder, text) == set()


def test_villagers_driving_the_insurgents_out_still_retake(finder):
    assert ("Chahar Dara", G) in statuses(finder, "Villagers and police drove the insurgents out of Chahar Dara district on Monday.")


def test_a_stamped_refuge_in_a_caption_is_where_the_picture_was_taken():
    caption = "Families rest in a school yard, sheltering from the clashes between insurgents and the army in Kabul, Afghanistan, Aug. 9, 2021."
    at = caption.index("Kabul")
    assert pictured_refuge(caption, at, at + len("Kabul"))


def test_a_stamped_fight_without_a_refuge_keeps_its_place():
    caption = "Smoke rises over houses during clashes between insurgents and the army in Kandahar, Afghanistan, Aug. 9, 2021."
    at = caption.index("Kandahar")
    assert not pictured_refuge(caption, at, at + len("Kandahar"))


def test_people_who_fled_packing_a_city_leave_it_no_fight(finder):
    found = statuses(finder, "Escaping the fighting in the north, displaced families pack Mazar-i-Sharif mosques.")
    assert not any(name == "Mazar-i-Sharif" for name, _status in found)
