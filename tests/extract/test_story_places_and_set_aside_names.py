"""The story's own place in an "after" clause, reinforcements' destinations, arrivals at a town's
airport, "has all but fallen" and a name set aside by "but not" (our own sentences)."""

from __future__ import annotations

import pytest
from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.clauses import clause_spans
from frontmap.extract.gaps import is_subject_gap

# `read` publishes on Monday 2021-08-23: "on Saturday" is 2021-08-21


def test_a_definite_reference_in_an_after_clause_is_the_story_s_own_fall(finder):
    text = "Fighters stormed Farah on Saturday. Its governor escaped by road after the insurgents took the city."
    assert ("Farah", "taliban", "2021-08-21") in read(finder, text)


def test_a_pronoun_in_an_after_clause_stays_background(finder):
    text = "Aid workers met on Saturday. Thousands have left Taloqan since Friday after it fell to the group."
    assert not any(place == "Taloqan" and status == "taliban" and day == "2021-08-21" for place, status, day in read(finder, text))


@pytest.mark.parametrize("text", [
    "Army commandos arrived in Maimana on Saturday. Taliban fighters have reached the city's edge.",
    "Fresh troops landed in Maimana on Saturday to drive back Taliban fighters who have reached the city's airport.",
])
def test_a_town_reinforcements_reach_is_the_city_meant_after_them(finder, text):
    assert ("Maimana", "contested", "2021-08-21") in read(finder, text)


def test_fighters_reaching_a_town_s_airport_fight_there_and_families_do_not(finder):
    assert ("Kunduz", "contested", "2021-08-21") in read(finder, "Taliban fighters reached Kunduz's airport on Saturday.")
    assert not read(finder, "Hundreds of families reached Kunduz's airport on Saturday.")


def test_all_but_fallen_is_a_near_fall_of_the_subject(finder):
    assert ("Taloqan", "contested", "2021-08-23") in read(finder, "Taloqan has all but fallen, a council member said on Monday.")
    assert is_subject_gap(" has all but ")


def test_but_not_sets_a_name_aside_without_opening_a_clause(finder):
    sentence = "Sheberghan, but not Maimana, had fallen by Monday evening."
    assert len(clause_spans(sentence)) == 1
    events = read(finder, sentence)
    assert ("Sheberghan", "taliban", "2021-08-23") in events
    assert not any(place == "Maimana" and status == "taliban" for place, status, _day in events)


def test_but_not_before_a_clause_still_opens_one():
    assert len(clause_spans("Sheberghan fell on Monday, but not before a week of fighting.")) > 1



def test_a_weekend_offensive_is_dated_to_the_weekend_just_past(finder):
    assert ("Kunduz", "taliban", "2021-08-22") in read(finder, "The insurgents took Kunduz in a swift weekend offensive, officials said.")


def test_a_quantifier_between_auxiliary_and_taken_keeps_the_passive(finder):
    events = read(finder, "Farah and Zaranj were both taken on Saturday, officials said.")
    assert {("Farah", "taliban", "2021-08-21"), ("Zaranj", "taliban", "2021-08-21")} <= events


def test_a_trip_s_end_is_no_town_the_sentence_is_about(finder):
    text = "The governor of Farah was stopped on Saturday after he gave up the provincial capital and tried to drive to Kabul."
    events = read(finder, text)
    assert ("Farah", "taliban", "2021-08-21") in events
    assert not any(place == "Kabul" for place, _status, _day in events)


@pytest.mark.parametrize("text", [
    "The Taliban took Kunduz on Saturday, and Taloqan, the capital of Takhar, held.",
    "The Taliban took Kunduz on Saturday, but Taloqan remained under government control.",
])
def test_a_conjunct_with_its_own_verb_is_no_object_of_the_verb_before(finder, text):
    events = read(finder, text)
    assert ("Kunduz", "taliban", "2021-08-21") in events
    assert not any(place == "Taloqan" and status == "taliban" for place, status, _day in events)


def test_a_list_with_a_comma_before_and_stays_the_verb_s_objects(finder):
    events = read(finder, "The Taliban took Kunduz, Taloqan, and Aybak on Saturday.")
    assert {("Kunduz", "taliban", "2021-08-21"), ("Taloqan", "taliban", "2021-08-21"), ("Aybak", "taliban", "2021-08-21")} <= events


def test_held_on_a_day_is_no_held_on():
    from frontmap.extract.triggers import find_triggers
    assert [t.text for t in find_triggers("Taloqan held on Monday.")] == ["held"]
    assert [t.text for t in find_triggers("Police held on to Taloqan.")] == ["held on to"]


def test_the_country_round_a_place_joined_to_it_leaves_it_the_subject():
    assert is_subject_gap(" and three districts around it are still ")
    assert is_subject_gap(" and the villages near it ")


def test_each_name_left_as_the_only_ones_standing_is_held(finder):
    text = "The army left Kunduz on Saturday, leaving Taloqan, Aybak and Faizabad as the only capitals of the north not under Taliban control."
    events = read(finder, text)
    for place in ("Taloqan", "Aybak", "Faizabad"):
        assert any(p == place and status == "government" for p, status, _day in events), place


def test_a_site_outside_the_city_is_no_unnamed_city():
    from frontmap.extract.references import UNNAMED_PLACE
    nouns = lambda text: [m.group("noun") for m in UNNAMED_PLACE.finditer(text)]  # noqa: E731
    assert "city" not in nouns("troops withdrew to a base outside the city.")
    assert nouns("fighters took a town outside the city.") == ["town"]


def test_took_a_share_of_the_province_s_districts_names_them(finder):
    events = read(finder, "The Taliban took two of the province's districts on Saturday: Khakrez and Maruf.")
    assert {("Khakrez", "taliban", "2021-08-21"), ("Maruf", "taliban", "2021-08-21")} <= events


def test_a_flight_does_not_reach_past_an_after_clause_with_the_taliban(finder):
    text = "Crowds filled Kunduz airport on Monday trying to flee the country, two days after the Taliban swept into the city."
    assert ("Kunduz", "taliban", "2021-08-21") in read(finder, text)


def test_the_last_district_to_go_is_a_fall_and_going_to_the_polls_is_not(finder):
    assert ("Qadis", "taliban", "2021-08-21") in read(finder, "Qadis was the last district to go on Saturday.")
    assert not read(finder, "Qadis was the first district to go to the polls on Saturday.")


def test_a_place_reopened_under_a_side_s_control_is_held_by_that_side():
    from frontmap.extract.reopened_places import reopened_under
    assert reopened_under(" crossing reopened to trade on Monday ", "under Taliban control")
    assert reopened_under(" reopened ", "under the control of the police")
    assert not reopened_under(" fighters reopened fire ", "under Taliban control")
