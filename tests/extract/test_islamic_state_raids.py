"""Violence with the Islamic State as a party (its bombings and raids, the Taliban's raids on its
cells) contests no place; fighting between the sides of the map still does, whatever else the
sentence tells (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.islamic_state_raids import islamic_state_party
from frontmap.extract.triggers import FIGHT, Trigger


@pytest.mark.parametrize("text", [
    # the group acting, told just before the fighting word
    "Islamic State fighters clashed with Taliban guards in a crowded part of Kabul on Friday.",
    "IS-K gunmen stormed a hospital in Kandahar city on Saturday.",
    # the group as the target of a raid
    "Taliban special forces attacked IS hideouts in northern Kabul on Friday night.",
    "Taliban units clashed overnight with Daesh cells in Jalalabad on Saturday.",
    # the group owning up to the attack, told anywhere in the sentence
    "No one spoke of Friday's attack in Kunduz city until Islamic State claimed it on Saturday.",
    # the attack called a bombing, or told by its means, in its own clause
    "Officials said the attack in Herat city on Friday was a suicide bombing.",
    "The attack, which included gunmen and a suicide bomber, hit Kabul on Friday.",
    # the attack owned up to in the passive, or the group as the one who targeted
    "Dozens died five days after an attack in Kabul claimed by the militant group Islamic State.",
    "An Islamic State bomber targeted crowds outside Kabul airport in one of the deadliest attacks in years.",
    # a raid told beside the group's name: on its cells
    "Three IS members were captured in a Taliban raid in Paghman district on Wednesday.",
])
def test_violence_of_the_islamic_state_contests_nothing(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the group named for another event: the fighting of the map's sides still counts
    ("Taliban fighters clashed with resistance forces in Paryan district on Friday, a day after a bombing in Kabul blamed on Islamic State.",
     {("Paryan", C)}),
    # a blast in the sentence does not undo an assault on the town
    ("Taliban fighters attacked Kunduz city from three sides on Saturday, and a car bomb went off near the police headquarters.",
     {("Kunduz", C)}),
    # a passive owner named for another attack than the fighting word's
    ("Taliban fighters clashed with resistance forces in Paryan district on Friday, a day after a bombing claimed by Islamic State killed two in Kabul.",
     {("Paryan", C)}),
])
def test_fighting_of_the_map_sides_still_contests(finder, text, expected):
    assert statuses(finder, text) == expected


def test_is_in_capitals_only():
    sentence = "The town is under attack from the north."
    start = sentence.index("attack")
    assert not islamic_state_party(sentence, Trigger(start, start + 6, "attack", C, 0.8, True, FIGHT))
