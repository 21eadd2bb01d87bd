"""Negotiated handovers: the defenders named right before "holding out" are the ones who hold out,
whoever the sentence's actor is ("the Taliban offered terms to the police holding out in X"), and
"gave the city up" is a handover like "gave up the city"; what is only agreed or refused is none."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents promised safe conduct on Tuesday to the policemen holding out in Maimana.", {("Maimana", G)}),
    ("Taliban envoys offered terms on Tuesday to the commandos still holding out in the governor's compound in Lashkar Gah.",
     {("Lashkar Gah", G)}),
    ("On Tuesday Taliban fighters were holding out in Kunduz.", {("Kunduz", T)}),
])
def test_the_defenders_before_holding_out_are_its_holders(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor of Sheberghan gave the town up on Tuesday after a night of talks.", {("Sheberghan", T)}),
    ("Soldiers in Sheberghan gave their base up on Tuesday without a shot fired.", {("Sheberghan", T)}),
    ("The mayor of Sheberghan refused on Tuesday to give the town up.", set()),
    ("Elders in Sheberghan gave the plan up on Tuesday.", set()),
])
def test_giving_the_town_up_is_a_handover(finder, text, expected):
    assert statuses(finder, text) == expected
