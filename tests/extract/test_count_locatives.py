"""Provinces named only as where a count of districts lies ("six districts fell in X, Y and Z
provinces") are no events of their own; a place with a clause of its own after the count still is.
Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.count_locatives import locates_counted_units


@pytest.mark.parametrize("text", [
    "Four districts fell to the Taliban in Kunduz, Balkh and Badakhshan provinces on Saturday.",
    "Three more districts have fallen to the insurgents in the provinces of Helmand, Kapisa and Khost.",
    "Insurgents overran five districts on Friday in Nangarhar and Kapisa provinces.",
    "The Taliban captured six districts over the weekend across Balkh, Helmand and Badakhshan.",
    "Seven district centres were abandoned by government forces overnight in Kunduz and Balkh.",
    "At least four districts — in the provinces of Faryab, Jawzjan, and Samangan — fell this week, officials said.",
    "Five district centres (in Baghlan and Kunduz) were overrun on Tuesday night.",
    "The Taliban now hold 12 districts out of 19 in Ghazni province, a lawmaker said.",
    "The insurgents overran several districts in Afghanistan including Takhar, the northeastern province.",
    "Insurgents overran six district centres in several provinces such as Ghor and Faryab over the weekend.",
    "At least five districts across other provinces like Baghlan and Kunduz were lost this week.",
    "Fighting reached two cities as many districts near them fell over the past weeks, mostly in Baghlan and Samangan provinces.",
    "Several districts changed hands during the week, all in Faryab province, officials said.",
])
def test_the_provinces_a_count_lies_in_are_no_events(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban captured two districts and fighting raged in Kunduz on Saturday.", {("Kunduz", C)}),
    ("The Taliban took three districts on Friday, then overran Lashkar Gah on Saturday.", {("Lashkar Gah", T)}),
    ("Two districts fell to the Taliban in the past day, Imam Sahib and Achin, officials said.",
     {("Imam Sahib", T), ("Achin", T)}),
])
def test_a_place_told_of_after_the_count_keeps_its_event(finder, text, expected):
    assert statuses(finder, text) == expected


def test_fighting_placed_in_the_provinces_stays_theirs(finder):
    assert statuses(finder, "Heavy fighting went on in Baghlan and Samangan provinces as several districts changed hands.") == {
        ("Baghlan", C), ("Samangan", C)}


def test_the_locative_must_follow_a_count_of_districts():
    text = "Five districts fell in Kunduz, Balkh and Helmand; Herat was attacked."
    assert locates_counted_units(text, text.index("Helmand"))
    assert not locates_counted_units(text, text.index("Herat"))
    other = "Five villages fell in Kunduz on Friday."
    assert not locates_counted_units(other, other.index("Kunduz"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Several districts were abandoned by government forces on Monday, among them Achin and Nijrab.",
     {("Achin", T), ("Nijrab", T)}),
    ("Three districts were evacuated on Sunday, including Enjil and Imam Sahib.", {("Enjil", T), ("Imam Sahib", T)}),
])
def test_a_passive_leave_gives_the_listed_districts_to_the_taliban(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents now control a third of Kunduz's districts.", set()),
    ("Two-thirds of Herat's districts have fallen to the Taliban.", set()),
    ("Half of Lashkar Gah is under Taliban control.", {("Lashkar Gah", C)}),
    ("A third of Jalalabad was in insurgent hands on Sunday.", {("Jalalabad", C)}),
])
def test_a_fraction_is_a_share_not_the_whole(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Six provincial capitals have fallen since Friday, the latest Faizabad on Monday.", {("Faizabad", T)}),
    ("Nine districts have been lost this week, most recently Kuf Ab on Wednesday.", {("Kuf Ab", T)}),
    ("The insurgents have seized four capitals in two days, most recently Jalalabad.", {("Jalalabad", T)}),
    ("Mazar-i-Sharif, Lashkar Gah and Jalalabad - three capitals in a single day - fell on Sunday.",
     {("Mazar-i-Sharif", T), ("Lashkar Gah", T), ("Jalalabad", T)}),
])
def test_the_latest_of_a_count_and_a_list_around_a_dashed_aside(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban have captured nine of Lashkar Gah's 10 police districts.", {("Lashkar Gah", C)}),
    ("Insurgents seized eight of the 10 districts of Lashkar Gah city on Monday.", {("Lashkar Gah", C)}),
    ("The Taliban captured seven of the 10 police districts in Jalalabad on Sunday.", {("Jalalabad", C)}),
    ("The Taliban now hold 12 of Kunduz's 19 districts.", set()),
])
def test_a_count_of_a_citys_own_districts_makes_it_fought_over(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kuf Ab, Khwahan and Nusay are among the ten districts that fell on Monday.",
     {("Kuf Ab", T), ("Khwahan", T), ("Nusay", T)}),
    ("Achin and Nijrab were among the five districts overrun by the insurgents on Tuesday.", {("Achin", T), ("Nijrab", T)}),
])
def test_every_name_of_a_list_among_the_counted_units(finder, text, expected):
    assert statuses(finder, text) == expected


def test_all_the_districts_of_a_province_are_the_whole_of_it():
    text = "The Taliban now control all seven districts in Balkh province, officials said."
    assert not locates_counted_units(text, text.index("Balkh"))


def test_a_province_set_among_counted_districts_must_be_called_a_province():
    called = "The group took several districts including Baghlan, a northern province, last month."
    assert locates_counted_units(called, called.index("Baghlan"))
    bare = "The group took several districts including Kunduz on Sunday."
    assert not locates_counted_units(bare, bare.index("Kunduz"))
