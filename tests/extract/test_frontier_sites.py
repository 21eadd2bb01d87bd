"""Tests for sites on the frontier and at bases: a province (or its namesake city) named only as
where crossings lie, crossings counted and spelled out after a colon, "the Afghan side at X",
an entry "rode into X", an answer to a claim that holds the town besides a post, and "the base"
meaning an air base named before."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract import border_sides, facility_modifiers

FRIDAY = dt.date(2021, 7, 9)
SATURDAY = dt.date(2021, 7, 10)


def _herat(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {pair for pair in found if pair[0] == "Herat"}


@pytest.mark.parametrize("text", [
    "Border\nHERAT, July 9 - Kushk's post became the third crossing in Herat to change hands this week when guards gave it up on Friday.",
    "Border\nHERAT, July 9 - The insurgents now hold all of Herat's border crossings, a provincial official said.",
    "Border\nHERAT, July 9 - Both of Herat's crossing points were under Taliban control by Friday, traders said.",
    "Border\nHERAT, July 9 - Herat's borders with Iran and Turkmenistan were in Taliban hands on Friday, a trader said.",
])
def test_a_city_named_for_where_crossings_lie_is_not_taken(text):
    assert not _herat(real_events(text, FRIDAY))


def test_the_pronoun_after_a_located_crossing_is_the_crossing():
    found = real_events("Border\nHERAT, July 9 - Torghundi became the second crossing in Herat to go when the border police abandoned it on Friday.", FRIDAY)
    assert ("Torghundi", "taliban") in found and not _herat(found)


def test_the_city_itself_taken_is_still_read():
    assert ("Herat", "taliban") in real_events("City\nHERAT, July 9 - Herat fell to the Taliban on Friday, officials said.", FRIDAY)


def test_a_provinces_own_border_stays_fought_over():
    text = "Posts\nKABUL, July 9 - Gunmen attacked the customs posts along Nimroz province's border with Iran on Friday, officials said."
    assert ("Nimroz", "contested") in real_events(text, FRIDAY)


def test_frontier_owner_words():
    assert facility_modifiers.names_its_border_site("the Kunduz border post of X", 10)
    assert facility_modifiers.names_its_border_site("all of Herat's two crossings", 12)
    assert not facility_modifiers.names_its_border_site("Herat's airport was shelled", 5)


@pytest.mark.parametrize("head", ["four of the country's busiest border crossings", "four border crossings"])
def test_crossings_counted_then_spelled_out(head):
    text = f"Crossings\nKABUL, July 10 - The insurgents hold {head}: Islam Qala, Torghundi, Hairatan and Torkham, customs staff said."
    found = real_events(text, SATURDAY)
    assert {("Islam Qala", "taliban"), ("Torghundi", "taliban"), ("Hairatan", "taliban"), ("Torkham", "taliban")} <= found


def test_districts_counted_as_the_provinces_own_then_spelled_out():
    text = "Baghlan\nPUL-E KHUMRI, July 10 - The Taliban seized two of the province's districts on Saturday: Nahrin and Burka."
    assert {("Nahrin", "taliban"), ("Burka", "taliban")} <= real_events(text, SATURDAY)


def test_crossings_spelled_out_under_no_outcome():
    text = "Worry\nMAZAR-I-SHARIF, July 10 - Exporters said they were anxious about two border crossings: Hairatan and Aqina."
    assert not real_events(text, SATURDAY)


def test_riding_in_unopposed_is_a_takeover_and_riding_in_a_fight():
    assert ("Zaranj", "taliban") in real_events("Zaranj\nZARANJ, July 10 - Fighters rode into Zaranj unopposed on Saturday.", SATURDAY)
    assert ("Zaranj", "contested") in real_events("Zaranj\nZARANJ, July 10 - Fighters rode into Zaranj on Saturday, residents said.", SATURDAY)


@pytest.mark.parametrize("side", ["on the Afghan side at", "over the Afghan side of the crossing at"])
def test_the_afghan_side_at_a_crossing_is_the_crossing(side):
    text = f"Gate\nCHAMAN, July 10 - Insurgents hoisted their flag {side} Spin Boldak on Saturday, Pakistani officials said."
    assert ("Spin Boldak", "taliban") in real_events(text, SATURDAY)


def test_the_neighbours_side_names_no_crossing():
    text = "Gate\nKABUL, July 10 - Insurgents hoisted their flag on the Iranian side at Islam Qala on Saturday, officials said."
    assert not real_events(text, SATURDAY)


def test_side_before_name_words():
    assert border_sides.side_before_name(" on the Afghan side at ")
    assert not border_sides.side_before_name(" on the Pakistani side at ")


def test_an_answer_holding_the_town_besides_a_post_is_a_hold_not_a_fight():
    text = ("Claim\nHERAT, July 10 - A Taliban spokesman said on Saturday the group was in full control of Torghundi.\n"
            "Officials denied it, saying border police stayed in the town and held the customs post.")
    found = real_events(text, SATURDAY)
    assert {("Torghundi", "claimed"), ("Torghundi", "government")} <= found and ("Torghundi", "contested") not in found


def test_an_answer_holding_only_buildings_is_still_a_fight():
    text = ("Claim\nKUNDUZ, July 10 - The Taliban said on Saturday they had captured Kunduz city.\n"
            "A police spokesman rejected the claim, saying troops held the airport and the police headquarters.")
    assert ("Kunduz", "contested") in real_events(text, SATURDAY)


def test_the_base_means_the_air_base_named_before():
    text = "Base\nHERAT, July 10 - Fighting raged around the Shindand air base on Saturday. By dusk the base had fallen, an official said."
    assert ("Shindand Air Base", "taliban") in real_events(text, SATURDAY)


def test_the_base_after_an_unnamed_base_is_that_one():
    text = ("Bases\nHERAT, July 10 - Soldiers still held the Shindand air base on Saturday. Later the Taliban overran an army base"
            " in Kohsan district, and the base's commander fled to Iran.")
    assert ("Shindand Air Base", "taliban") not in real_events(text, SATURDAY)
