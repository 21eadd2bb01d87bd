"""A part of a place taken after the place itself fell (its airport, a base, the police
headquarters) is no new fight: the place stayed the Taliban's that day, unless the last holders
gave it up that day (`remnants`; invented sentences, published Thursday 2021-08-12)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

THU_AUG_12 = dt.date(2021, 8, 12)


def _of(place: str, events: set) -> set:
    return {e for e in events if e[0] == place}


@pytest.mark.parametrize(("text", "place", "fell"), [
    ("Militants seized the army headquarters at Kunduz airport on Wednesday. The Taliban had overrun the city on Aug 8.",
     "Kunduz", "2021-08-08"),
    ("The Taliban captured Herat on Tuesday. On Wednesday they took the prison in Herat, where police had held out.",
     "Herat", "2021-08-10"),
    ("The Taliban overran Kunduz on Sunday. On Wednesday the militants seized the airport outside Kunduz, an official said.",
     "Kunduz", "2021-08-08"),
    ("Mazar-i-Sharif fell to the insurgents on Saturday. The Taliban captured the airport of Mazar-i-Sharif on Wednesday.",
     "Mazar-i-Sharif", "2021-08-07"),
    ("Fighters took Jalalabad city on Tuesday, officials said. On Wednesday they took control of the prison in Jalalabad.",
     "Jalalabad", "2021-08-10"),
    ("The Taliban captured Helmand province on Sunday. Fighters seized the Helmand police headquarters on Wednesday.",
     "Helmand", "2021-08-08"),
])
def test_a_site_taken_after_the_fall_is_no_new_event(text, place, fell):
    # neither a fight nor a second capture on the later day: the one capture is the fall's
    assert _of(place, events_of(text, THU_AUG_12)) == {(place, "taliban", fell)}


@pytest.mark.parametrize(("text", "fight"), [
    # a fight at the site is no taking of it
    ("Kunduz fell to the Taliban on Sunday. On Wednesday the insurgents attacked the airport in Kunduz.", ("Kunduz", "contested", "2021-08-11")),
    ("The Taliban overran Kunduz on Sunday. Clashes went on at the airport in Kunduz on Wednesday.", ("Kunduz", "contested", "2021-08-11")),
    # retaken in between: the site taken later is a new fight
    (("The Taliban took Faizabad on Monday. Government forces retook Faizabad on Tuesday. "
      "On Wednesday the militants seized the police headquarters in Faizabad."), ("Faizabad", "contested", "2021-08-11")),
    (("The Taliban overran Kunduz on Sunday. Commandos retook Kunduz on Monday, the ministry said. "
      "On Wednesday the militants seized the prison in Kunduz."), ("Kunduz", "contested", "2021-08-11")),
    # no fall told: the site is only a part
    ("Taliban fighters seized the prison in Faizabad on Wednesday.", ("Faizabad", "contested", "2021-08-11")),
])
def test_other_sites_stay_fought_over(text, fight):
    assert fight in events_of(text, THU_AUG_12)


@pytest.mark.parametrize("text", [
    "The Taliban captured Herat on Wednesday. They also took control of the police headquarters in Herat.",
    "On Wednesday the insurgents overran Kunduz and seized the prison in Kunduz, freeing hundreds of inmates.",
    "Kunduz fell to the Taliban on Wednesday. The insurgents had seized key government buildings in Kunduz that morning.",
])
def test_a_site_taken_the_day_of_the_fall_is_part_of_it(text):
    place = "Herat" if "Herat" in text else "Kunduz"
    assert _of(place, events_of(text, THU_AUG_12)) == {(place, "taliban", "2021-08-11")}


@pytest.mark.parametrize("text", [
    "Kunduz fell to the Taliban on Sunday. On Wednesday the last troops at the city's airport surrendered to the insurgents.",
    "The Taliban overran Kunduz on Sunday. The soldiers still holding the army base in Kunduz handed it over to them on Wednesday.",
])
def test_the_last_holders_giving_up_after_the_fall_is_a_handover_on_its_day(text):
    assert _of("Kunduz", events_of(text, THU_AUG_12)) == {("Kunduz", "taliban", "2021-08-08"), ("Kunduz", "taliban", "2021-08-11")}


@pytest.mark.parametrize("text", [
    "The Taliban said on Sunday they had captured Kunduz. On Wednesday they seized the airport in Kunduz.",
    "The Taliban claimed on Sunday to have captured Kunduz. On Wednesday the insurgents took over the police headquarters in Kunduz, officials said.",
])
def test_a_site_taken_after_a_claimed_fall_is_the_fact_of_it(text):
    assert _of("Kunduz", events_of(text, THU_AUG_12)) == {("Kunduz", "claimed", "2021-08-08"), ("Kunduz", "taliban", "2021-08-11")}


def test_a_part_lost_after_a_claimed_fall_with_no_site_stays_a_fight():
    text = ("The Taliban said on Sunday they had captured Kunduz. On Wednesday a ministry spokesman said parts of Kunduz "
            "had fallen to the insurgents while troops fought on in the rest of the city.")
    assert ("Kunduz", "contested", "2021-08-11") in events_of(text, THU_AUG_12)


def test_a_site_taken_the_day_of_a_mere_claim_stays_fought_over():
    text = ("The Taliban claimed on Wednesday that they had captured Herat. Residents said the insurgents seized "
            "the police headquarters in Herat on Wednesday, and fighting went on.")
    assert ("Herat", "taliban", "2021-08-11") not in events_of(text, THU_AUG_12)


@pytest.mark.parametrize(("text", "place"), [
    ("Government forces left Imam Sahib district on Wednesday, and the Taliban moved into the district compound.", "Imam Sahib"),
    ("Insurgents captured Enjil district on Wednesday evening and entered the district centre, the governor said.", "Enjil"),
])
def test_an_entry_told_as_the_way_of_the_capture_is_part_of_it(text, place):
    assert _of(place, events_of(text, THU_AUG_12)) == {(place, "taliban", "2021-08-11")}


def test_an_entry_told_apart_from_a_later_fall_stays_a_fight():
    events = events_of("The Taliban entered Herat on Tuesday. The city fell to them on Wednesday.", THU_AUG_12)
    assert {("Herat", "contested", "2021-08-10"), ("Herat", "taliban", "2021-08-11")} <= events



def test_a_storming_before_the_capture_is_a_fight_of_its_own():
    """Storming a place is fighting, not the way in of a capture the same day."""
    text = "Insurgents stormed Kunduz from three sides on Wednesday before seizing it at dusk."
    assert _of("Kunduz", events_of(text, THU_AUG_12)) == {("Kunduz", "contested", "2021-08-11"), ("Kunduz", "taliban", "2021-08-11")}
    text = "Soldiers left Kunduz on Wednesday and the Taliban moved into the city."
    assert _of("Kunduz", events_of(text, THU_AUG_12)) == {("Kunduz", "taliban", "2021-08-11")}
