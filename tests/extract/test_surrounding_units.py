"""Tests for readings of places around another and of forecasts joined to a modal:
districts or provinces that surround a city are other places (`spatial`), a bare verb joined to a
modal one is as foreseen as it (`shared_aims`), a name that goes on a list is no province set off by
a comma (`locators`), and a hold "in control of the Taliban" is no government answer (`held_on`), and every member of a list
after the copula of "among the districts overrun ... were" is one of the set (`one_of_sets`); "U.S. forces" after a preposition is no subject (`roles`)."""

from __future__ import annotations

import pytest

from frontmap.extract import locators, shared_aims
from frontmap.extract.spatial import spatial_role


def _role(sentence: str, place: str) -> str | None:
    start = sentence.rindex(place)
    return spatial_role(sentence, start, start + len(place))


@pytest.mark.parametrize("sentence", [
    "Raids hit several districts surrounding Kabul on Sunday.",
    "Fighting went on in the provinces around Kabul all week.",
    "Posts fell in the districts that surround the capital Kabul.",
])
def test_units_around_a_city_make_it_a_reference_point(sentence):
    assert _role(sentence, "Kabul") == "reference point"


@pytest.mark.parametrize("sentence", [
    "Fighters attacked villages surrounding Kunduz on Monday.",
    "The insurgents surrounded Kunduz on Monday.",
])
def test_villages_around_a_city_or_a_siege_name_the_city(sentence):
    assert _role(sentence, "Kunduz") is None


def _joined(text: str, verb: str) -> int | None:
    view = text.lower()
    position = view.rindex(verb)
    return shared_aims.joined_to(view, 0, position, position + len(verb))


@pytest.mark.parametrize("text, verb", [
    ("the taliban could isolate kabul in 30 days and take the capital", "take"),
    ("they may surround the city within weeks and storm it", "storm"),
    ("units are moving to cut the roads and eventually encircle the city", "encircle"),
])
def test_a_bare_verb_after_a_modal_or_aim_is_joined_to_it(text, verb):
    assert _joined(text, verb) is not None


@pytest.mark.parametrize("text, verb", [
    ("fighters blocked the road on wednesday and took the city", "took"),
    ("in may fighters cut the road and take the district", "take"),
])
def test_a_finished_verb_or_the_month_may_is_no_modal(text, verb):
    assert _joined(text, verb) is None


def test_a_name_going_on_a_list_is_no_locator():
    text = "seized Kunduz, Faizabad, Taloqan, Sheberghan and Aybak"
    end = text.index("Faizabad") + len("Faizabad")
    match = locators.after(text, end)
    assert match is not None and locators._comma_after_a_list(match)


def test_a_province_after_a_lone_name_is_its_locator():
    text = "took Fayzabad, Jowzjan on Sunday"
    end = text.index("Fayzabad") + len("Fayzabad")
    match = locators.after(text, end)
    assert match is not None and not locators._comma_after_a_list(match)



def test_a_hold_in_control_of_the_taliban_is_no_government_answer():
    from frontmap.extract.held_on import held_by_government
    assert not held_by_government("all government offices are in control of the taliban now a council member said")
    assert held_by_government("the governor said security forces remain in control")


@pytest.mark.parametrize("gap, expected", [
    (" by the taliban in may were Jalrez, Chak and ", True),
    (" by the taliban in may were ", True),
    (" by the taliban in may and fighters attacked Chak and ", False),
])
def test_every_member_after_the_copula_of_a_set_is_one_of_it(gap, expected):
    from frontmap.extract.one_of_sets import inverted_member
    view = "among the districts overrun by the taliban in may were jalrez chak and nerkh"
    assert inverted_member(view, view.index("overrun"), gap) is expected


@pytest.mark.parametrize("view, subject", [
    ("the insurgents after a long battle with u s forces captured kunduz", False),
    ("u s backed afghan commandos retook chahar dara", True),
])
def test_us_forces_after_a_preposition_are_no_subject(view, subject):
    from frontmap.extract.roles import Actors
    forces = view.index("forces") if "forces" in view else view.index("commandos")
    found = [a for a in Actors(view)._found if a[0] <= forces < a[1] + 1]
    assert found and found[-1][3] is subject
