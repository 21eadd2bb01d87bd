"""Tests for the reach of a verb over a long list of names: every listed place keeps the verb that
governs the list, however many names stand between (over the real gazetteer)."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract import list_reach

_NAMES = ("Jaghatu, Nawur, Malistan, Jaghori, Qarabagh, Andar, Deh Yak, Waghaz, Rashidan, Gelan, Muqur, "
          "Ajristan, Nawa, Khak-e Afghan, Shinkay, Arghandab, Mizan, Atghar and Daychopan")


def test_a_run_of_names_is_one_span_and_a_short_pair_is_none():
    sentence = f"Fighters overran {_NAMES} in a week."
    (span,) = list_reach.list_spans(sentence)
    assert sentence[span[0] : span[1]] == _NAMES
    assert list_reach.list_spans("Fighters overran Gelan and Andar in a week.") == ()


def test_the_reach_grows_by_the_rest_of_the_list_only_inside_it():
    sentence = f"Insurgents took {_NAMES} this week."
    first = sentence.index("Jaghatu")
    assert list_reach.reach(sentence, (first, first + 7), 250) == 250 + len(_NAMES) - 7
    outside = sentence.index("Insurgents")
    assert list_reach.reach(sentence, (outside, outside + 10), 250) == 250
    assert list_reach.list_end(sentence, (first, first + 7)) == first + len(_NAMES)


@pytest.mark.parametrize(
    "text",
    [
        f"Over the last ten days the militants have seized a string of districts in the south-east, among them {_NAMES}, elders said.",
        f"The districts of {_NAMES} were overrun by the insurgents between Friday and Sunday, officials said.",
        f"The Taliban took control of {_NAMES}, according to lawmakers from the region.",
    ],
)
def test_the_first_and_the_last_names_of_a_long_list_are_both_taken(finder, text):
    found = statuses(finder, text)
    assert {("Jaghatu", "taliban"), ("Daychopan", "taliban"), ("Atghar", "taliban")} <= found


@pytest.mark.parametrize("text", [
    "Kahmard and Saighan in central Bamyan, Shaikh Ali and Surkh Parsa in northern Parwan, and Chakhansur in western Nimroz have been recaptured by the government.",
    "Nawur and Malistan in western Ghazni, Day Mirdad and Jalrez in central Wardak, and Gizab in northern Uruzgan province were retaken by security forces on Saturday.",
    "Shinkay, Atghar, Mizan and Shahjoy in eastern Zabul, and Sangin, Musa Qala and Kajaki in northern Helmand were handed to the Taliban last week.",
])
def test_names_that_carry_their_province_stay_one_list(finder, text):
    found = statuses(finder, text)
    first = text.split()[0].rstrip(",")
    assert any(place.startswith(first[:4]) for place, _status in found), found
    (span,) = list_reach.list_spans(text)
    assert text[span[0] : span[1]].startswith(first)


@pytest.mark.parametrize("text, expected", [
    ("Since Sunday the Taliban have overrun a total of four districts - Khanabad, Chardara, Imam Sahib and Dasht-e-Archi - in Kunduz.",
     {("Khanabad", "taliban"), ("Chahar Dara", "taliban"), ("Imam Sahib", "taliban"), ("Dasht-e Archi", "taliban")}),
    ("The Taliban have captured a total of three districts in Kunduz: Khanabad, Chardara and Imam Sahib.",
     {("Khanabad", "taliban"), ("Chahar Dara", "taliban"), ("Imam Sahib", "taliban")}),
    ("Government forces have retaken a total of two districts, including Kahmard and Saighan.",
     {("Kahmard", "government"), ("Sayghan", "government")}),
])
def test_a_total_of_districts_is_the_count_of_the_names_listed(finder, text, expected):
    assert expected <= statuses(finder, text)


def test_a_head_carrying_its_unit_word_is_in_the_list(finder):
    sentence = ("Alasay district in Kapisa, Gelan in Ghazni, Khakrez in Kandahar, Kaldar in northern Balkh, "
                "Feroz Nakhchir in Samangan and Farkhar in Takhar province all fell to the insurgents on Friday.")
    (span,) = list_reach.list_spans(sentence)
    assert span[0] == 0
    assert ("Alasay", "taliban") in statuses(finder, sentence)


@pytest.mark.parametrize("text, expected", [
    ("Officials said troops had won back Khinjan, Doshi and Tala wa Barfak districts of Baghlan; "
     "Qaisar and Andkhoy districts of Faryab; Zurmat and Shwak districts in Paktia province.",
     {"Tala wa Barfak", "Qaisar", "Andkhoy", "Zurmat", "Shwak"}),
    ("Army units retook Nahrin and Burka of Baghlan; Almar, Qaisar and Kohistan of Faryab; and Zurmat and Shwak of Paktia.",
     {"Nahrin", "Burka", "Almar", "Qaisar", "Kohistan", "Zurmat", "Shwak"}),
    ("Army units retook Nahrin and Burka in Baghlan; Almar and Qaisar in Faryab on Sunday.",
     {"Nahrin", "Burka", "Almar", "Qaisar"}),
])
def test_groups_of_names_after_semicolons_and_names_joined_by_wa_keep_the_verb(finder, text, expected):
    found = statuses(finder, text)
    assert {(place, "government") for place in expected} <= found, found


def test_a_name_particle_is_dropped_only_between_two_capitalised_words():
    assert list_reach.without_name_particles(" Tala wa Barfak districts of Baghlan, and ") == " Tala Barfak districts of Baghlan, and "
    assert list_reach.without_name_particles(" weapons o and ") == " weapons o and "


@pytest.mark.parametrize(("gap", "expected"), [
    (" the far north ", " the north "),
    (" the far-western ", " the western "),
    (" posts far from ", " posts far from "),  # "far" before no compass word stays
])
def test_far_before_a_compass_word_is_dropped(gap, expected):
    assert list_reach.without_compass_asides(gap) == expected
