"""A site of a town taken after the town itself fell (its airport, a base, the police headquarters)
finishes the taking: the town is in Taliban hands that day, not fought over again."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

THU_AUG_12 = dt.date(2021, 8, 12)


@pytest.mark.parametrize(("text", "finished"), [
    ("Kunduz fell to the Taliban on Sunday. On Wednesday the last troops at the city's airport surrendered to the insurgents.",
     ("Kunduz", "taliban", "2021-08-11")),
    ("Militants seized the army headquarters at Kunduz airport on Wednesday. The Taliban had overrun the city on Aug 8.",
     ("Kunduz", "taliban", "2021-08-11")),
    ("The Taliban captured Herat on Tuesday. On Wednesday they took the prison in Herat, where police had held out.",
     ("Herat", "taliban", "2021-08-11")),
])
def test_a_site_taken_after_the_fall_is_a_capture(text, finished):
    events = events_of(text, THU_AUG_12)
    assert finished in events
    assert (finished[0], "contested", finished[2]) not in events


@pytest.mark.parametrize(("text", "fight"), [
    # a fight at the site is no taking of it
    ("Kunduz fell to the Taliban on Sunday. On Wednesday the insurgents attacked the airport in Kunduz.", ("Kunduz", "contested", "2021-08-11")),
    # retaken in between: the site taken later is a new fight
    (("The Taliban took Faizabad on Monday. Government forces retook Faizabad on Tuesday. "
      "On Wednesday the militants seized the police headquarters in Faizabad."), ("Faizabad", "contested", "2021-08-11")),
    # no fall told: the site is only a part
    ("Taliban fighters seized the prison in Faizabad on Wednesday.", ("Faizabad", "contested", "2021-08-11")),
])
def test_other_sites_stay_fought_over(text, fight):
    assert fight in events_of(text, THU_AUG_12)


@pytest.mark.parametrize("text", [
    "The Taliban captured Herat on Wednesday. They also took control of the police headquarters in Herat.",
    "On Wednesday the insurgents overran Kunduz and seized the prison in Kunduz, freeing hundreds of inmates.",
])
def test_a_site_taken_the_day_of_the_fall_is_part_of_it(text):
    place = "Herat" if "Herat" in text else "Kunduz"
    assert {e for e in events_of(text, THU_AUG_12) if e[0] == place} == {(place, "taliban", "2021-08-11")}


def test_a_site_taken_the_day_of_a_mere_claim_stays_fought_over():
    text = ("The Taliban claimed on Wednesday that they had captured Herat. Residents said the insurgents seized "
            "the police headquarters in Herat on Wednesday, and fighting went on.")
    events = {e for e in events_of(text, THU_AUG_12) if e[0] == "Herat"}
    assert ("Herat", "taliban", "2021-08-11") not in events


def test_government_buildings_taken_the_day_of_the_fall_are_part_of_it():
    text = "Kunduz fell to the Taliban on Wednesday. The insurgents had seized key government buildings in Kunduz that morning."
    assert {e for e in events_of(text, THU_AUG_12) if e[0] == "Kunduz"} == {("Kunduz", "taliban", "2021-08-11")}


@pytest.mark.parametrize(("text", "place"), [
    ("Government forces left Imam Sahib district on Wednesday, and the Taliban moved into the district compound.", "Imam Sahib"),
    ("Insurgents captured Enjil district on Wednesday evening and entered the district centre, the governor said.", "Enjil"),
])
def test_an_entry_told_as_the_way_of_the_capture_is_part_of_it(text, place):
    assert {e for e in events_of(text, THU_AUG_12) if e[0] == place} == {(place, "taliban", "2021-08-11")}


def test_an_entry_told_apart_from_a_later_fall_stays_a_fight():
    events = events_of("The Taliban entered Herat on Tuesday. The city fell to them on Wednesday.", THU_AUG_12)
    assert {("Herat", "contested", "2021-08-10"), ("Herat", "taliban", "2021-08-11")} <= events
