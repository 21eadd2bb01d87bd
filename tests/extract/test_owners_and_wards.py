"""Who or what a capture is of: a change told as a noun owned through "their" or "its"
("resistance to the Taliban since their seizure of Kabul") is the side named just before the
pronoun, subject or not; a district of a city taken is one of its wards, so fighting in the city;
a person named by his place ("the Herat warlord") taken is no place taken (invented sentences,
shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Militia fighters have staged the first armed resistance to the Taliban since their seizure of Kabul on Sunday.",
     {("Kabul", T)}),
    ("Local elders appealed to the insurgents after their takeover of Ghazni on Thursday.", {("Ghazni", T)}),
    ("Residents thanked the army for its recapture of Khanabad on Monday.", {("Khanabad", G)}),
    ("Afghan commandos said their recapture of Khanabad on Monday had cut the road.", {("Khanabad", G)}),
])
def test_the_side_before_the_pronoun_owns_the_change(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # a ward of a city: fighting in the city, not its fall
    ("The Taliban captured a police district in Lashkar Gah city on Wednesday.", {("Lashkar Gah", "contested")}),
    ("The Taliban took control of a district in Kandahar city on Tuesday.", {("Kandahar", "contested")}),
    ("The militants captured a district in the capital of Helmand province on Wednesday.", {("Lashkar Gah", "contested")}),
    # a district of a province, or the city itself, is taken
    ("The Taliban captured Nad Ali district in Helmand on Wednesday.", {("Nad Ali", T)}),
    ("The Taliban captured Lashkar Gah city on Wednesday.", {("Lashkar Gah", T)}),
])
def test_a_ward_of_a_city_taken_is_fighting_in_it(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # a person named by the place he comes from or leads is no capture of the place
    ("The Taliban captured Ismail Khan, the Herat warlord, on Friday.", set()),
    ("Militants detained the veteran Balkh strongman on Saturday as Mazar-i-Sharif fell.", {("Mazar-i-Sharif", T)}),
])
def test_a_person_taken_is_no_place_taken(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text
