"""Who regained, left, fought for or handed over a place, with the near misses that must read
otherwise: a source past a comma is no side a town was won from, a garrison leaving its town loses
it, a hold fought for is fighting, a forecast is no fight, "there" after a fight is the place named
before. Sentences of our own, in the style of summer 2021 reports."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # the retake's "from" belongs to the reinforcements' clause, the governor past the comma is the source
    ("Commandos retook Khwahan later the same day after reinforcements arrived from Faizabad, the governor said.", {("Khwahan", G)}),
    ("The Taliban retook Khwahan later the same day after fighters arrived from Nusay, the governor said.", {("Khwahan", T)}),
    ("Commandos recaptured Khwahan from the Taliban on Saturday.", {("Khwahan", G)}),
])
def test_a_retake_is_won_from_its_own_object_only(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops in Kuf Ab retreated to a base outside the district centre on Saturday.", {("Kuf Ab", T)}),
    ("Police in Kuf Ab withdrew on Saturday after three days of attacks.", {("Kuf Ab", T)}),
    ("Soldiers stationed in Nijrab pulled out overnight, officials said.", {("Nijrab", T)}),
    ("Taliban fighters in Nijrab retreated on Saturday.", {("Nijrab", G)}),
    ("The Taliban retreated from Nijrab on Saturday.", {("Nijrab", G)}),
    # a retreat inside the place: a part still held, the place fought over, not lost
    ("Troops in Kuf Ab retreated to the airport on Saturday.", {("Kuf Ab", C)}),
    # near misses: a retreat to another place, or of men only near it
    ("Troops retreated to Faizabad on Saturday.", set()),
    ("Troops near Kuf Ab retreated on Saturday.", set()),
    # a new clause of armed men after a capture: the reference in it is no part of the captured town
    ("Nusay was overrun, and troops retreated to a base outside the district centre.", {("Nusay", T)}),
])
def test_a_garrison_leaving_its_place_loses_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Government forces were fighting to hold Achin district on Saturday, he said.", {("Achin", C)}),
    ("Police battled to hold Achin on Saturday.", {("Achin", C)}),
    ("The governor vowed to hold Achin at any cost.", set()),
    ("Government forces still hold Achin, the governor said.", {("Achin", G)}),
])
def test_a_hold_fought_for_is_fighting(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Enjil and Imam Sahib along the Iranian border were also surrendered on Saturday.", {("Enjil", T), ("Imam Sahib", T)}),
    ("Nusay, besieged since the weekend, was abandoned by police on Saturday.", {("Nusay", T)}),
    ("Nusay, besieged for a week, was still held by police on Saturday.", {("Nusay", G)}),
    ("Nusay, besieged since the weekend, was abandoned by the Taliban on Saturday.", {("Nusay", G)}),
])
def test_passive_handovers_past_an_aside(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In Achin, police said they had repelled an attack on Saturday.", {("Achin", G), ("Achin", C)}),
    ("Police in Achin repelled a Taliban assault on Saturday.", {("Achin", G), ("Achin", C)}),
    ("In Achin, the Taliban repelled an army offensive on Saturday.", {("Achin", T)}),
])
def test_an_attack_repelled_in_a_place(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The coming days are expected to bring fresh fighting near Nijrab.", set()),
    ("Officials said the harvest could see more clashes around Nijrab.", set()),
    ("The weekend brought fresh fighting in Nijrab.", {("Nijrab", C)}),
])
def test_fighting_a_forecast_brings_is_no_event(finder, text, expected):
    assert statuses(finder, text) == expected


_SUNDAY = dt.date(2021, 8, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban took Achin yesterday and Nijrab the day before, officials said.",
     {("Achin", T, "2021-07-31"), ("Nijrab", T, "2021-07-30")}),
    ("The Taliban took Achin yesterday and Nijrab on Thursday.", {("Achin", T, "2021-07-31"), ("Nijrab", T, "2021-07-29")}),
    ("The Taliban took Achin yesterday and Nijrab is next.", {("Achin", T, "2021-07-31")}),
    # "there" after a fight: the place named before, on the day the fight's own clause tells
    ("Enjil was attacked the day before, he said, and fighting there was continuing on Sunday.",
     {("Enjil", C, "2021-07-31"), ("Enjil", C, "2021-08-01")}),
    ("Enjil was attacked on Friday. Fighting there was still raging on Sunday.", {("Enjil", C, "2021-07-30"), ("Enjil", C, "2021-08-01")}),
    ("People fled Herat before Enjil falls.", set()),
])
def test_days_of_a_second_name_and_of_there(text, expected):
    assert events_of(text, _SUNDAY) == expected
