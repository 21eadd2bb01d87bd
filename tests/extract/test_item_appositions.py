"""Tests for lists of places that carry a description after each name: every name keeps the verb
that follows the list (over the real gazetteer), and a semicolon before a clause of its own stays a break."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract import item_appositions


def test_the_descriptions_of_items_are_left_out_of_the_distance():
    gap = ", the capital of southern Zabul Province, Ghazni, in eastern Ghazni Province, and Farah "
    assert item_appositions.compact_gap(gap) == ", Ghazni, and Farah "
    assert item_appositions.compact_gap(" and Farah ") == " and Farah "


@pytest.mark.parametrize("gap, closed", [
    (", the nation's second-largest city and the seat of the southern province ", " "),
    (", Afghanistan's third city were ", " were "),
    (", a town on the main road to Tajikistan has ", " has "),
])
def test_an_open_description_before_the_verb_is_dropped(gap, closed):
    assert item_appositions.without_open_apposition(gap) == closed


@pytest.mark.parametrize("gap", [
    ", the district where clashes were reported ",
    ", the Taliban fighters ",
    " and the city ",
])
def test_a_clause_or_an_actor_is_no_open_description(gap):
    assert item_appositions.without_open_apposition(gap) is None


@pytest.mark.parametrize("text, expected", [
    (("Zaranj, the capital of southwestern Nimroz Province; Sheberghan, the capital of northern Jowzjan Province; "
      "and Sar-e Pul, a trading city and the seat of the province of the same name fell to the insurgents."),
     {("Zaranj", "taliban"), ("Sheberghan", "taliban"), ("Sar-e Pul", "taliban")}),
    ("Aybak, in northern Samangan Province; Farah, in western Farah Province; and Taloqan were overrun by the militants.",
     {("Aybak", "taliban"), ("Farah", "taliban"), ("Taloqan", "taliban")}),
    (("Herat, the biggest city of the west, Ghazni, the capital of eastern Ghazni Province, Qalat, in southern Zabul Province, "
      "and Kandahar, the country's second city have been seized by the Taliban."),
     {("Herat", "taliban"), ("Ghazni", "taliban"), ("Qalat", "taliban"), ("Kandahar", "taliban")}),
])
def test_every_described_item_of_a_list_keeps_the_verb(finder, text, expected):
    assert expected <= statuses(finder, text)


def test_a_semicolon_before_a_clause_of_its_own_is_no_list(finder):
    found = statuses(finder, "The militants seized Zaranj, the capital of western Nimroz Province; "
                             "and heavy fighting went on around Lashkar Gah.")
    assert ("Zaranj", "taliban") in found
    assert ("Lashkar Gah", "taliban") not in found


@pytest.mark.parametrize(("gap", "kept"), [
    (" border town, one of the main gates to Iran, and the Y border town, both in Herat province, have ",
     " border town, and the Y border town, have "),
    (", among the oldest towns of the north, has ", ", has "),
    (", one of the towns the Taliban seized, has ", ", one of the towns the Taliban seized, has "),  # a verb: kept
    (" being the second victim of the day ", " "),  # an absolute phrase ranking the place among the day's losses
    (" being their biggest catch yet, ", ", "),
    (" being attacked from three sides ", " being attacked from three sides "),  # no rank: kept
])
def test_verbless_asides_ranking_or_placing_the_items_are_dropped(gap, kept):
    assert item_appositions.without_rank_asides(gap) == kept


def test_ranked_and_placed_items_keep_their_verb(finder):
    text = ("The Islam Qala border town, one of the busiest gates to Iran, and the Torghundi border town, one of two gates "
            "to Turkmenistan, both in Herat province in western Afghanistan, have fallen to the Taliban.")
    assert statuses(finder, text) == {("Islam Qala", "taliban"), ("Torghundi", "taliban")}
