"""Rosters: a sentence that lists the places a count told of ("Five districts fell. The fallen
districts are X, Y and Z.") gives each listed place what was said of the count."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.rosters import counted_span, roster_end

MONDAY = dt.date(2021, 8, 9)


def read(text: str) -> set[tuple[str, str]]:
    """Return the (place, status) of every event the text gives."""
    return {(place, status) for place, status, _day in events_of(text, MONDAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Three districts of Badakhshan fell overnight, officials said. The fallen districts are Kuf Ab, Khwahan and Nusay.",
        "The army pulled out of three district centres in Badakhshan on Sunday. They include Kuf Ab, Khwahan and Nusay.",
        "Insurgents overran three more districts in the north-east. The districts that fell were Kuf Ab, Khwahan and Nusay.",
        "Badakhshan lost ground. The districts that went to the Taliban in the night include Kuf Ab, Khwahan and Nusay.",
    ],
)
def test_each_place_of_the_roster_takes_the_counts_outcome(text):
    assert {("Kuf Ab", "taliban"), ("Khwahan", "taliban"), ("Nusay", "taliban")} <= read(text)


def test_the_count_s_own_verdict_carries_over_retaken_or_claimed():
    retaken = "Commandos recaptured two districts on Sunday, the ministry said. They were Achin and Nijrab."
    assert read(retaken) == {("Achin", "government"), ("Nijrab", "government")}
    claimed = "The Taliban said they had seized two districts. They were Achin and Nijrab."
    assert read(claimed) == {("Achin", "claimed"), ("Nijrab", "claimed")}


def test_a_province_that_locates_a_listed_district_takes_nothing():
    text = "Two districts fell to the Taliban on Sunday. The fallen districts are Achin in Nangarhar and Nijrab in Kapisa."
    assert read(text) == {("Achin", "taliban"), ("Nijrab", "taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Officials toured the province. They are Achin, Nijrab and Khost, the governor said.",  # no count before
        "The Taliban did not take three districts, officials said. They were Achin, Nijrab and Kuf Ab.",  # negated
        "Two districts fell on Sunday. They were captured after a long siege of Jalalabad.",  # its own verb
        "The Taliban are close to Kunduz. They are fighters from Kandahar and Helmand.",  # not a roster
    ],
)
def test_no_roster_no_carried_outcome(text):
    assert ("Achin", "taliban") not in read(text) and ("Kandahar", "taliban") not in read(text)


def test_the_roster_opening_and_the_counted_phrase():
    assert roster_end("Among them were Achin and Nijrab.") == len("Among them were")
    assert roster_end("The Taliban are near Kunduz.") == -1
    previous = "Officials said nine more districts had fallen."
    assert counted_span("They include Achin.", previous, False) == (True, previous.index("nine"), previous.index(" had"))


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the insurgents captured three districts: Kuf Ab; Khwahan, on the Panj river; and Nusay.",
        "The Taliban took three districts on Saturday - Kuf Ab, Khwahan and Nusay.",
        "Militants overran three more district centres on Saturday: Kuf Ab, Khwahan and Nusay, officials said.",
    ],
)
def test_a_count_listed_after_a_colon_or_dash_gives_each_place_its_outcome_and_day(text):
    assert {("Kuf Ab", "taliban", "2021-08-07"), ("Khwahan", "taliban", "2021-08-07"), ("Nusay", "taliban", "2021-08-07")} <= events_of(text, MONDAY)


def test_a_listed_place_with_its_own_day_keeps_it():
    text = "The insurgents took two districts on Friday and Saturday: first Achin, then Nijrab the next day."
    assert events_of(text, MONDAY) == {("Achin", "taliban", "2021-08-06"), ("Nijrab", "taliban", "2021-08-07")}


def test_a_colon_after_no_count_lists_nothing():
    text = "The governor gave the reason: Achin and Nijrab had no reinforcements for weeks."
    assert not any(status == "taliban" for _p, status, _d in events_of(text, MONDAY))


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the insurgents captured another district, Achin.",
        "On Saturday the insurgents captured yet another district, Achin, after a short fight.",
        "On Saturday fighters overran another border district, Achin.",
    ],
)
def test_the_place_in_apposition_to_another_district_is_the_one_taken(text):
    assert ("Achin", "taliban", "2021-08-07") in events_of(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the Taliban overran Achin, long fought over by both sides, and Nijrab.",
        "On Saturday the Taliban took Achin, where the police had run out of ammunition, and Nijrab.",
        "On Saturday the Taliban seized Achin, a district of orchards, and Nijrab, officials said.",
    ],
)
def test_an_aside_about_the_first_name_leaves_the_second_the_verbs_object(text):
    assert {("Achin", "taliban", "2021-08-07"), ("Nijrab", "taliban", "2021-08-07")} <= events_of(text, MONDAY)
