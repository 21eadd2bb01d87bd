"""Landmarks: the ends of a route ("the highway that connects Kabul with Kandahar") and a
distance from "Afghanistan's capital, Kabul" name no event place."""

from __future__ import annotations

import pytest

from frontmap.extract.rules import place_role_blocks


def _role(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    return place_role_blocks(sentence, start, start + len(name), 0)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The fall of the town cuts the highway that links Kabul with Kandahar.", "Kabul"),
    ("The fall of the town cuts the highway that links Kabul with Kandahar.", "Kandahar"),
    ("Clashes closed the road connecting Kunduz to Taloqan.", "Kunduz"),
    ("Clashes closed the road connecting Kunduz to Taloqan.", "Taloqan"),
    ("The district, which connects the city of Herat and the border, fell.", "Herat"),
])
def test_a_route_end_is_a_reference_point(sentence, name):
    assert _role(sentence, name) == "reference point"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Taliban seized Kunduz, linked to the capital by road, on Sunday.", "Kunduz"),
    ("The Taliban captured Ghazni and Kandahar on Thursday, linking their fronts.", "Ghazni"),
    ("Officials linked the attack to fighters who captured Ghazni on Thursday.", "Ghazni"),
    ("The Taliban claimed a crossing connecting Spin Boldak to the Pakistani side.", "Spin Boldak"),
])
def test_a_place_before_or_past_a_route_verb_is_not(sentence, name):
    assert _role(sentence, name) is None


@pytest.mark.parametrize("sentence", [
    "The town, some 60 miles southwest of Afghanistan's capital, Kabul, was besieged for weeks.",
    "Fighting raged in Maidan Shahr, 35 km west of Afghanistan's capital Kabul, on Sunday.",
    "Gardez lies south of Afghanistan's capital, Kabul, on the road to Khost.",
])
def test_a_distance_from_afghanistans_capital_is_a_landmark(sentence):
    assert _role(sentence, "Kabul") == "reference point"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Insurgents seized two districts in the east of Afghanistan, Kunar and Nuristan among them.", "Kunar"),
    ("Militants in the north of the country, Kunduz above all, pressed their attacks.", "Kunduz"),
])
def test_a_region_of_the_country_is_no_landmark(sentence, name):
    assert _role(sentence, name) is None


@pytest.mark.parametrize("sentence", [
    "Clashes reached Maimana, alarming lawmakers from the province in Kabul.",
    "Elders of the district in Kabul said the bazaar was shut.",
])
def test_where_the_people_of_a_place_named_before_are_is_no_event_place(sentence):
    assert _role(sentence, "Kabul") == "title or affiliation"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Soldiers of the old army sought refuge in Khidir district after the fall.", "Khidir"),
    ("Families took shelter in Nili as the Taliban moved in.", "Nili"),
])
def test_a_refuge_is_a_destination(sentence, name):
    assert _role(sentence, name) == "destination"
