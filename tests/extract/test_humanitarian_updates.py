"""Readings of aid-agency and UN updates: later names of a list of destinations ("leaving for nearby
villages and for X and Y"), the reporter's hedge on a retaking ("reportedly regained control of X"),
"the day before" as an adverb before a place ("clashes were reported the day before in X"), people
displaced from a place (or a list of places) because of clashes, "the displacement of families to
X", "both district administrative centres" after two districts, a name after a destination with a
verb of its own, and a place civilians return to as what "the district" after it means. Sentences of
our own (real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article
from test_rules import C, CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.listed_destinations import listed_prefixes

SUN_AUG_8 = dt.date(2021, 8, 8)


def _dated(finder, text: str, published: dt.date) -> set[tuple[str, str, str]]:
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def test_a_later_name_of_a_destination_list_is_cut_back_to_the_first():
    sentence = "Residents fled to Nad Ali, Marjah and Nawa."
    start = sentence.index("Nawa")
    assert " residents fled to " in list(listed_prefixes(sentence, 0, start, start + 4))


def test_a_name_with_a_verb_of_its_own_is_no_later_conjunct():
    sentence = "Residents fled to Kabul, and Nad Ali fell."
    start = sentence.index("Nad Ali")
    assert list(listed_prefixes(sentence, 0, start, start + 7)) == []


@pytest.mark.parametrize("text", [
    "Clashes went on in Lashkar Gah on Tuesday, and residents started leaving for nearby villages and for Nad Ali and Nahr-e Saraj districts.",
    "Clashes went on in Lashkar Gah on Tuesday, and families headed for Nad Ali and Nahr-e Saraj.",
    "Clashes went on in Lashkar Gah on Tuesday, and residents fled to Nad Ali or to Nahr-e Saraj.",
])
def test_every_destination_of_a_list_is_no_battle_place(finder, text):
    found = statuses(finder, text)
    assert ("Lashkar Gah", C) in found and not {("Nad Ali", C), ("Nahr-e Saraj", C)} & found


def test_a_fight_after_a_destination_keeps_its_places(finder):
    found = statuses(finder, "Reinforcements headed for Lashkar Gah, and heavy fighting hit Nad Ali and Nahr-e Saraj on Tuesday.")
    assert {("Nad Ali", C), ("Nahr-e Saraj", C)} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban reportedly regained control of Deh Salah district on Friday.", CL),
    ("The Taliban have reportedly retaken Deh Salah district.", CL),
    ("The Taliban regained control of Deh Salah district on Friday, the provincial governor said.", T),
    ("Afghan forces reportedly retook Deh Salah district on Friday.", G),
])
def test_the_reporters_hedge_on_a_retaking(finder, text, expected):
    assert ("Deh Salah", expected) in statuses(finder, text)


def test_the_day_before_then_a_place_counts_back_from_the_day_in_force(finder):
    events = _dated(finder, "On 6 August, the Taliban took Zaranj. Heavy clashes were reported the day before in Kang district.", SUN_AUG_8)
    assert ("Kang", C, "2021-08-05") in events and ("Kang", C, "2021-08-07") not in events


def test_the_day_before_a_clause_still_anchors_on_it(finder):
    events = _dated(finder, "The Taliban took Zaranj on Friday. The day before the city fell, fighters had overrun Kang district.", SUN_AUG_8)
    assert ("Kang", T, "2021-08-05") in events


@pytest.mark.parametrize("text", [
    "About 1,400 people were displaced from Dawlatabad district to Maimana city due to clashes on Wednesday.",
    "Clashes on Wednesday displaced about 1,400 people from Dawlatabad district.",
])
def test_people_displaced_from_a_place_by_clashes_tell_fighting_there(finder, text):
    found = statuses(finder, text)
    assert ("Dawlatabad", C) in found and ("Maimana", C) not in found


@pytest.mark.parametrize("text", [
    "About 1,400 people were displaced from Dawlatabad district due to drought this year.",
    "About 1,400 people were displaced from Dawlatabad district to Maimana due to clashes in Almar district.",
])
def test_a_displacement_with_no_fight_there_tells_nothing_of_the_place(finder, text):
    assert not {("Dawlatabad", C), ("Maimana", C)} & statuses(finder, text)


def test_the_district_after_a_homecoming_is_the_home(finder):
    found = statuses(finder, "Families began returning to Arghandab district on Thursday, a day after commandos pushed the Taliban out of the district.")
    assert ("Arghandab", G) in found


def test_a_refuge_after_a_flight_is_no_home(finder):
    found = statuses(finder, "Families who fled Zhari returned to Kandahar city on Wednesday after the Taliban captured the district.")
    assert ("Zhari", T) in found and ("Kandahar", T) not in found


def test_each_name_of_a_list_displaced_by_fighting_is_contested(finder):
    found = statuses(finder, "Some 5,000 people have been displaced from Kohsan and Ghoryan districts to Herat city due to fighting over the past week.")
    assert {("Kohsan", C), ("Ghoryan", C)} <= found and ("Herat", C) not in found


def test_the_displacement_of_families_to_a_place_is_no_fight_there(finder):
    found = statuses(finder, "Airstrikes and ground clashes were reported in Kunduz city on Monday, resulting in the displacement of families to Khanabad district.")
    assert ("Kunduz", C) in found and ("Khanabad", C) not in found


def test_both_district_administrative_centres_are_the_two_districts_named(finder):
    found = statuses(finder, "Humanitarian access to Nahrin and Burka districts remains constrained after the NSAG took control of both district administrative centres on Saturday.")
    assert {("Nahrin", T), ("Burka", T)} <= found


def test_a_name_after_a_destination_with_its_own_verb_is_read(finder):
    found = statuses(finder, "Residents fled to Lashkar Gah on Monday, and Nad Ali district fell to the Taliban hours later.")
    assert ("Nad Ali", T) in found and ("Lashkar Gah", T) not in found
