"""A province that falls in a clause of its own beside a town of it told in another clause is an
event too; a province whose town is in its own clause is not (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.mentions import MentionFinder

T = "taliban"


@pytest.mark.parametrize(("text", "expected"), [
    ("Daykundi province fell on Saturday after officials handed over Nili to the insurgents.", {("Daykundi", T), ("Nili", T)}),
    ("Samangan province collapsed on Saturday when elders handed Aybak to the insurgents.", {("Samangan", T), ("Aybak", T)}),
    ("Uruzgan province fell to the Taliban on Saturday, hours after the governor surrendered Tarinkot.",
     {("Uruzgan", T), ("Tarinkot", T)}),
])
def test_a_province_that_falls_in_its_own_clause(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents took the whole of Wardak province, including its capital Maidan Shahr, on Saturday.", {("Maidan Shahr", T)}),
    ("Nili, the capital of Daykundi province, fell on Saturday.", {("Nili", T)}),
    ("Khakrez district of Kandahar province fell on Saturday after police withdrew.", {("Khakrez", T)}),
])
def test_a_province_beside_its_town_in_one_clause_is_no_event(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "With clashes spreading across Badakhshan, the ministry said it was sending commandos to Faizabad.",
    "Fighting raged across Badakhshan on Saturday, a Faizabad-based reporter said.",
])
def test_a_town_named_only_as_a_destination_or_a_seat_leaves_the_province_its_event(finder: MentionFinder, text: str) -> None:
    assert statuses(finder, text) == {("Badakhshan", "contested")}


def test_a_count_of_capitals_is_no_fall_of_the_province(finder: MentionFinder) -> None:
    text = "The Taliban captured city of sheberghan in Jawzjan, an official said, the second provincial capital to fall in a day."
    assert ("Jowzjan", T) not in statuses(finder, text)


def test_a_count_of_provinces_is_the_province_falling(finder: MentionFinder) -> None:
    assert statuses(finder, "Jawzjan was the fifth province to fall to the Taliban on Saturday.") == {("Jowzjan", T)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents swept through Qalat and Tarinkot on Saturday.", {("Qalat", T), ("Tarinkot", T)}),
    ("Commandos swept through Nad Ali on Saturday, the army said.", {("Nad Ali", "government")}),
])
def test_sweeping_through_a_town_takes_it(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


def test_fighting_that_sweeps_through_a_town_takes_nothing(finder: MentionFinder) -> None:
    assert ("Kunduz", T) not in statuses(finder, "Heavy fighting swept through Kunduz on Saturday.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kunduz army corps headquarters at the airport fell to the Taliban on Saturday.", {("Kunduz", T)}),
    ("The Bagram air base has fallen to the insurgents, a district official said on Saturday.", {("Bagram", T)}),
    ("The Sheberghan airport fell to the Taliban on Saturday.", {("Sheberghan", "contested")}),
])
def test_a_facility_named_after_its_town_falls(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the dateline's city is where the report was filed: "the province" beside it is still the province's event
    ("SHEBERGHAN, Aug 1 - The governor of Jawzjan said on Saturday that the insurgents had overrun the province.", {("Jowzjan", T)}),
    ("ZARANJ, Aug 1 - Officials in Nimroz said on Saturday that the army remained in control of the province.", {("Nimroz", "government")}),
    # a town the sentence itself tells of still takes the event from the province
    ("SHEBERGHAN, Aug 1 - The governor of Jawzjan said on Saturday that the insurgents had overrun the city.", {("Sheberghan", T)}),
])
def test_a_dateline_city_leaves_the_province_its_reference(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # control "across" or "throughout" a province is control of it
    ("The army remained in control across Nimroz province on Saturday, officials said.", {("Nimroz", "government")}),
    ("The Taliban were in control throughout Zabul province by Saturday, officials said.", {("Zabul", T)}),
    # control across most of it is a part, fought over
    ("The Taliban were in control across most of Zabul province on Saturday, officials said.", {("Zabul", "contested")}),
])
def test_control_across_a_province(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected
