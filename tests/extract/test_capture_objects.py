"""Who a capture verb speaks of: a place in a while- or although-clause after it is no object of
the verb; a place named as the far end of a drive is a landmark; a possessive group of militants is
the captor. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.object_clauses import crosses_into_clause


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban captured the police headquarters while 800 troops in Enjil were sent to the city.", set()),
    ("Insurgents seized the main prison, although 300 police in Nijrab said the roads were open.", set()),
    ("The Taliban captured two checkpoints, whereas 50 soldiers in Achin waited for orders.", set()),
    ("The Taliban seized the district centre, while fighting went on in Achin.", {("Achin", C)}),
])
def test_a_place_in_a_clause_of_its_own_is_no_object_of_the_capture(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "The Taliban stormed the district centre, an hour's drive from Kabul, on Monday.",
    "Fighting raged on Monday less than an hour's drive from Jalalabad.",
])
def test_the_far_end_of_a_drive_is_a_landmark(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize("text", [
    "A day after the government replaced its army chief, the insurgent's group captured Maimana.",
    "Hours after the government named a governor, the rebel's group overran Maimana on Sunday.",
])
def test_a_possessive_group_of_militants_is_the_captor(finder, text):
    assert statuses(finder, text) == {("Maimana", T)}


def test_a_clause_opener_ends_the_object():
    assert crosses_into_clause(" the police headquarters while 800 troops in ")
    assert not crosses_into_clause(" the northern city of ")
    assert not crosses_into_clause(" the police headquarters in ")


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters captured dozens of soldiers in Achin on Sunday.", set()),
    ("The insurgents captured several policemen in Nijrab on Sunday.", set()),
    ("The Taliban captured several villages in Achin on Sunday.", {("Achin", C)}),
    ("The Taliban captured several of Jalalabad's outposts on Sunday.", {("Jalalabad", C)}),
])
def test_people_captured_in_a_place_are_no_capture_of_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "It was the first capital they had captured since 2016, when they briefly took Kunduz.",
    "Not since 2015, when they overran Kunduz for two weeks, have the insurgents held a city.",
    "They had not captured a provincial capital since 2016 when they briefly held Kunduz.",  # no comma before "when"
    # a ranking's "since" names the when-clause's year, not the span of the count
    "Zaranj is the first provincial capital to fall to the group since 2015, when its fighters overran Kunduz.",
])
def test_a_when_clause_after_since_a_year_is_history(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "place"), [
    ("Insurgents captured the port of Shir Khan Bandar on Tuesday after a short gunfight.", "Shir Khan Bandar"),
    ("The Taliban seized the dry port of Hairatan, traders said.", "Hairatan"),
    ("Fighters overran the border port of Islam Qala overnight.", "Islam Qala"),
])
def test_the_port_of_a_crossing_town_is_the_place_taken(finder, text, place):
    assert (place, T) in statuses(finder, text)


def test_a_result_participle_opens_a_clause_of_its_own():
    assert crosses_into_clause(" the Torkham border post, leaving ")
    assert crosses_into_clause(" two checkpoints, forcing the army to leave ")
    assert not crosses_into_clause(" the city of ")
