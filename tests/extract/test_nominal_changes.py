"""A change of hands told as a noun or by ellipsis: the place's own possessive ("Kunduz's fall on
Sunday"), "the fall of the strategic X district", an appositive without its article inside an
"after" clause, and a list whose only verb is "followed" / "were next" / "did too"."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

MONDAY = dt.date(2021, 8, 9)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Kunduz's fall on Sunday shook the north.", "Kunduz", "2021-08-08"),
        ("Officials said Herat's collapse on Friday came after weeks of siege.", "Herat", "2021-08-06"),
        ("Faizabad's capture by the insurgents on Saturday was confirmed by a lawmaker.", "Faizabad", "2021-08-07"),
        ("Residents fled Jalalabad after Achin's takeover on Thursday.", "Achin", "2021-08-05"),
        ("Khost city's fall on Sunday surprised few.", "Khost", "2021-08-08"),
        ("Prices have doubled since Kunduz's Aug. 8 fall.", "Kunduz", "2021-08-08"),  # the day between owner and noun
        ("Herat's August 6 collapse surprised few.", "Herat", "2021-08-06"),
    ],
)
def test_a_place_owning_the_noun_of_its_fall_fell(text, place, day):
    assert (place, "taliban", day) in events_of(text, MONDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kunduz's fall would open the road to Faizabad.", "Kunduz"),
        ("Herat's fall is thought to be only days away.", "Herat"),
        ("Officials feared Lashkar Gah's capture seemed a matter of time.", "Lashkar Gah"),
        ("Kunduz's governor's capture by gunmen on Sunday was denied.", "Kunduz"),
        ("Commandos were sent to prevent Herat's fall.", "Herat"),
        ("The insurgents plan Jalalabad's capture before the winter.", "Jalalabad"),
    ],
)
def test_a_foreseen_fall_or_another_owner_is_no_capture(text, place):
    assert not any(p == place and s == "taliban" for p, s, _ in events_of(text, MONDAY))


def test_a_possessive_recapture_by_the_army_is_the_government_s():
    assert ("Kunduz", "government", "2021-08-08") in events_of("Kunduz's recapture by Afghan forces on Sunday lifted spirits.", MONDAY)


@pytest.mark.parametrize(
    ("text", "places", "day"),
    [
        ("Khost fell on Friday. Faizabad and Kunduz followed.", ("Faizabad", "Kunduz"), "2021-08-06"),
        ("Herat was captured on Thursday; Achin, Nusay and Kuf Ab were next on Saturday.", ("Achin", "Nusay", "Kuf Ab"), "2021-08-07"),
        ("The Taliban overran Jalalabad on Sunday, and Achin and Nijrab did too.", ("Achin", "Nijrab"), "2021-08-08"),
    ],
)
def test_every_name_of_a_list_that_followed_shares_the_outcome(text, places, day):
    events = events_of(text, MONDAY)
    for place in places:
        assert (place, "taliban", day) in events


def test_a_list_next_on_a_plan_shares_no_outcome():
    events = events_of("The Taliban did not take Khost. Faizabad and Kunduz were next on their list.", MONDAY)
    assert not any(p in ("Faizabad", "Kunduz") for p, _, _ in events)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Fighting eased after Faizabad, capital of the province of Badakhshan, was taken on Saturday.", "Faizabad", "2021-08-07"),
        ("It came after Kunduz, centre of the northern province, fell to the insurgents on Sunday.", "Kunduz", "2021-08-08"),
        ("After Jalalabad, capital of Nangarhar, was handed over on Sunday, the fighters moved on.", "Jalalabad", "2021-08-08"),
    ],
)
def test_a_bare_capital_appositive_keeps_the_clause_whole(text, place, day):
    assert (place, "taliban", day) in events_of(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The fall of the strategic Achin district on Sunday worried Jalalabad.",
        "The insurgents' capture of the key Nusay district on Sunday was confirmed.",
    ],
)
def test_a_named_district_with_an_adjective_is_the_whole_district(text):
    events = events_of(text, MONDAY)
    place = "Achin" if "Achin" in text else "Nusay"
    assert (place, "taliban", "2021-08-08") in events
    assert not any(p == place and s == "contested" for p, s, _ in events)
