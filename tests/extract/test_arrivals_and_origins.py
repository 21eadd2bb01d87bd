"""Plural object pronouns, insurgents arriving in a place, pushes on a place and places troops only
came from (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import origins, plural_objects, roles
from frontmap.extract.text import text_view
from frontmap.extract.triggers import find_triggers


@pytest.mark.parametrize(("text", "expected"), [
    # "them" after a list of districts is the districts: retaken, not only fought over
    ("Commandos launched an operation in Rustaq and Chah Ab districts and recaptured them by dawn.",
     {("Rustaq", G), ("Chah Ab", G)}),
    ("Afghan forces counter-attacked in Qaisar and Almar districts and regained full control of them.",
     {("Qaisar", G), ("Almar", G)}),
    ("The Taliban attacked Khakrez and Shah Wali Kot districts and took control of them on Friday.",
     {("Khakrez", T), ("Shah Wali Kot", T)}),
    # a change of hands already told of the places keeps its own reading (with a day of its own: an
    # undated "after" clause is background, `since_background.in_background_after`)
    ("After the Taliban overran Kaldar and Shortepa on Friday, the army counter-attacked and retook them.",
     {("Kaldar", T), ("Shortepa", T)}),
    # people or posts named between are what "them" takes
    ("Troops surrounded insurgents in Ghormach district and captured them.", {("Ghormach", C)}),
    ("The militants seized checkpoints near Pashtun Kot and the army later retook them.", {("Pashtun Kot", C)}),
])
def test_them_after_named_places(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said the Taliban were in Kalakan and Qarabagh districts of Kabul on Sunday.", {("Kalakan", C), ("Qarabagh", C)}),
    ("A lawmaker said the militants have reached Musayi district, south of the capital.", {("Musahi", C)}),
    ("By nightfall the insurgents were inside Farah city, residents said.", {("Farah", C)}),
    # troops reaching a town, a deal reached, control held: no arrival
    ("Around 200 fresh troops reached Panjwai district to relieve the garrison.", set()),
    ("The Taliban reached an agreement with elders in Jaghori district.", set()),
    ("Taliban fighters were in control of Zaranj, the deputy governor said.", {("Zaranj", T)}),
])
def test_insurgents_arriving(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Militia fighters beat back a Taliban push on Jawand district overnight.", {("Jawand", G), ("Jawand", C)}),
    ("Soldiers repelled a Taliban push against Kohistanat district on Thursday.", {("Kohistanat", G), ("Kohistanat", C)}),
])
def test_a_push_on_a_place_is_an_attack(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A column of commandos sent from Kabul reached Ghazni city on Tuesday.", set()),
    ("Reinforcements flown in from Herat retook Karukh district.", {("Karukh", G)}),
    ("Government troops withdrew from Kashrood district overnight.", {("Khash Rod", T)}),
])
def test_where_troops_came_from_is_no_event(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "origin"), [
    ("Reinforcements from Kabul arrived.", True),
    ("Troops who were airlifted from Mazar landed.", True),
    ("Supplies rushed in from Herat ran short.", True),
    ("Forces withdrew from Nawa.", False),
    ("The army drove the Taliban from Dand.", False),
])
def test_is_origin(text, origin):
    at = text.index(text.split(" from ")[1])
    assert origins.is_origin(text_view(text), at) is origin


def test_verb_taking_them_needs_a_retake_or_a_capture_of_control():
    text = "Soldiers cleared Bangi and Khwaja Ghar districts and captured them."
    view = text_view(text)
    start = text.index("Bangi")
    assert plural_objects.verb_taking_them(view, find_triggers(text), (start, start + 5)) is None
    text = text.replace("captured them", "took control of them")
    found = plural_objects.verb_taking_them(text_view(text), find_triggers(text), (start, start + 5))
    assert found is not None and "control" in found.text


@pytest.mark.parametrize(("text", "verb", "side"), [
    # the fighters a leader commands are not who fled
    ("Dostum and Noor, former warlords who command thousands of fighters, had fled the province.", "had fled", None),
    ("The two commanders, who led hundreds of militants, left the district on Monday.", "left", None),
    # an actor before the relative clause still acts; one inside it acts within it
    ("Taliban fighters, who had surrounded the town for weeks, captured it.", "captured", "taliban"),
    ("Police officers who had been shelled for days by the Taliban withdrew.", "withdrew", "government"),
    ("The town, which the militants stormed on Friday, is quiet.", "stormed", "taliban"),
])
def test_actor_inside_a_closed_relative_clause(text, verb, side):
    assert roles.Actors(text_view(text)).before(text.index(verb)) == side


@pytest.mark.parametrize(("text", "expected"), [
    # where troops are sent has no fight of its own in that sentence ...
    ("Britain said it was sending 600 soldiers to Kabul because of the worsening fighting.", set()),
    ("The ministry said it had dispatched more commandos to Ghazni as the fighting spread.", set()),
    # ... yet "the city" after it may mean it, and a fight told of it stays
    ("The army deployed commandos to Aybak after the Taliban attacked the city.", {("Aybak", C)}),
    ("Heavy fighting raged in Aybak as the army sent more troops to the province.", {("Aybak", C)}),
])
def test_places_troops_are_sent_to(finder, text, expected):
    assert statuses(finder, text) == expected
