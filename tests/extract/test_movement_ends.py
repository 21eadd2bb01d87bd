"""The two ends of a movement are no fight there: where retreating troops went ("fell back to X")
and where attackers came from ("entered Y from X"); the place the movement reached keeps its event,
and a place the troops were driven from or left keeps its own reading."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers pulled back to Jaghori on Friday after a night of clashes in Malistan.", {("Malistan", C)}),
    ("Government troops were retreating to neighbouring Jaghori district by Sunday evening.", set()),
    ("After losing two outposts, the police withdrew to Qarabagh on Tuesday.", set()),
    ("The army fell back to the centre of Jaghori as the Taliban attacked Malistan on Friday.", {("Malistan", C)}),
    # the place named after a clause word is the news, not where the troops went
    ("Police fell back to their base after Qarabagh was overrun on Sunday.", {("Qarabagh", T)}),
    ("The garrison withdrew to the airport once Malistan had fallen.", {("Malistan", T)}),
])
def test_where_retreating_troops_went_is_no_fight(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents entered three villages of Malistan from Ajristan district on Saturday.", {("Malistan", C)}),
    ("The Taliban advanced into Qarabagh from neighbouring Andar on Thursday.", {("Qarabagh", C)}),
    ("On Friday the militants launched assaults on Malistan from Ajristan and Khas Uruzgan.", {("Malistan", C)}),
    ("Fighters entered two villages of Malistan from Urozgan e Khas and Ajristan districts on Friday.", {("Malistan", C)}),
])
def test_where_attackers_came_from_is_no_fight(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Government forces withdrew from Malistan district on Monday.", {("Malistan", T)}),
    ("The Taliban seized Qarabagh from the army on Sunday.", {("Qarabagh", T)}),
])
def test_a_place_left_or_taken_keeps_its_event(finder, text, expected):
    assert statuses(finder, text) == expected
