"""Parts named by their place's possessive or name, landmarks named after another city, and
denials of a negated subject or of the government's own gain (invented sentences, shipped
gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Almar's police headquarters fell on Friday, officials said.", {("Almar", C)}),
    ("Almar district's police headquarters was overrun on Friday, officials said.", {("Almar", C)}),
    ("The police headquarters in Almar fell on Friday, officials said.", {("Almar", C)}),
])
def test_a_facility_owned_by_the_place_is_a_part_of_it(finder, text, expected):
    assert statuses(finder, text) == expected


def test_villages_named_by_the_district_are_a_part_of_it(finder):
    assert statuses(finder, "Taliban take Almar villages after heavy fighting.") == {("Almar", C)}


def test_a_gate_named_after_another_city_is_a_landmark(finder):
    text = "Taliban fighters reached the Kabul Gate on the northern edge of Kandahar city on Thursday and clashed with police there."
    assert statuses(finder, text) == {("Kandahar", C)}


def test_none_of_a_named_province_s_districts_has_fallen(finder):
    text = "None of Faryab's districts has fallen to the Taliban, the governor said."
    assert not {status for _, status in statuses(finder, text)} & {T, CL}


@pytest.mark.parametrize(("text", "expected"), [
    ("Reports that government forces had recaptured Almar were false, a police official said.", {("Almar", T)}),
    ("Officials denied reports that Almar had fallen to the Taliban.", {("Almar", G)}),
])
def test_a_denied_retaking_leaves_the_place_lost(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "The Taliban had mostly overrun Kunduz on Sunday, officials said.",
    "Kunduz was largely overrun on Sunday, officials said.",
])
def test_an_adverb_of_extent_takes_only_a_part(finder, text):
    assert statuses(finder, text) == {("Kunduz", C)}


def test_a_base_beside_the_town_is_lost_with_it(finder):
    text = "Soldiers at the army base beside Kunduz airport surrendered to the Taliban on Wednesday, officials said."
    assert statuses(finder, text) == {("Kunduz", T)}


def test_an_official_confirms_a_handover_the_taliban_claimed(finder):
    text = ("Soldiers at the army base beside Kunduz airport surrendered to the Taliban on Wednesday, the insurgents said. "
            "A lawmaker from the province confirmed that the base had been handed over.")
    assert statuses(finder, text) == {("Kunduz", T)}


def test_a_facility_of_the_place_abandoned_is_a_part_left(finder):
    assert statuses(finder, "Almar's police headquarters had been abandoned on Friday, officials said.") == {("Almar", C)}


def test_the_district_police_headquarters_is_the_district_s(finder):
    text = ("Taliban fighters attacked Almar district on Friday, officials said. "
            "The district police headquarters had been abandoned after a night of clashes, but the compound was still held.")
    assert statuses(finder, text) == {("Almar", C)}
    assert statuses(finder, "Almar has been quiet, the district police chief said.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed men were walking through the streets of Almar on Sunday, residents said.", {("Almar", T)}),
    ("Footage shared online appeared to show armed men walking through the governor's compound in Maimana.", {("Maimana", CL)}),
    ("Unidentified armed men shot dead a cleric in Almar on Sunday, police said.", set()),
])
def test_unnamed_armed_men_where_only_the_holder_goes(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "Almar would be the fourth district lost this week, officials warned.",
    "Almar would become the fourth district captured by the Taliban this week, officials warned.",
])
def test_a_foreseen_rank_with_a_participle_is_no_fall(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters were inside the governor's compound in Maimana on Sunday, residents said.", {("Maimana", T)}),
    ("Several men were in the governor's office in Maimana on Sunday when the blast went off.", set()),
])
def test_fighters_inside_the_governor_s_seat_hold_it(finder, text, expected):
    assert statuses(finder, text) == expected


def test_where_a_convoy_carried_troops_is_no_fight(finder):
    text = "A convoy carrying troops from Kandahar to Lashkar Gah was ambushed near Maiwand on Sunday."
    assert ("Lashkar Gah", C) not in statuses(finder, text)


@pytest.mark.parametrize("text", [
    "The Taliban's claim that Almar had fallen was rejected by officials.",
    "The Taliban's claim to have seized Almar was dismissed by provincial officials.",
    "Officials dismissed the Taliban's claim to have seized Almar.",
])
def test_a_denied_claim_is_both_the_claim_and_the_government_s_word(finder, text):
    assert statuses(finder, text) == {("Almar", CL), ("Almar", G)}


def test_an_official_telling_the_withdrawal_confirms_the_claim(finder):
    text = ("The Taliban said on Tuesday they had captured Almar district. "
            "The district governor, reached by phone, said his forces had pulled back to a nearby base.")
    assert statuses(finder, text) == {("Almar", T)}


def test_a_fear_dated_before_its_clause_is_no_fall(finder):
    text = "There were fears on Tuesday that Almar had fallen, but the governor said forces still held the district."
    assert statuses(finder, text) == {("Almar", G)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban were reportedly in control of Almar on Monday.", {("Almar", CL)}),
    ("Almar was reportedly under Taliban control on Monday, the governor said.", {("Almar", T)}),
])
def test_a_hedged_hold_is_a_claim_unless_a_source_stands_behind_it(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_partial_confirmation_leaves_the_other_place_a_claim(finder):
    text = ("The Taliban said they captured Almar and Qaisar districts on Monday. "
            "A Faryab official confirmed the fall of Qaisar but said Almar was still contested.")
    assert statuses(finder, text) == {("Qaisar", T), ("Almar", CL), ("Almar", C)}


@pytest.mark.parametrize(("text", "expected"), [
    ("A Faryab resident who fled to Kabul said Almar had fallen on Monday.", {("Almar", T)}),
    ("Mujahid, in a voice message sent to journalists, said Almar had fallen on Sunday.", {("Almar", CL)}),
])
def test_a_reporting_verb_ends_where_someone_went(finder, text, expected):
    assert statuses(finder, text) == expected
