"""Violence told by its means or by what is done about it contests nothing: an attack made with
rockets, rockets as the subject of "struck", an attack blamed on a side or under investigation,
an attack without its side as the occasion of another event ("following an attack in X");
rockets fired with small arms, or an attack told with its side, still do (invented reports over
the tiny gazetteer of test_mentions.py, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_events import events_of, finder  # noqa: F401  (finder: the shared fixture)


def _contested(finder, text: str) -> set[str]:
    return {e.place for e in events_of(finder, text) if e.status == "contested"}


@pytest.mark.parametrize("text", [
    "Airport hit\n\nThe airport of Kunduz was attacked with three rockets late on Saturday, officials said.",
    "Rockets strike Khost\n\nTwo rockets struck Khost on Saturday night, wounding a guard, police said.",
    "Camp raided\n\nOfficials blamed the Taliban for the late-night attack on a demining camp in Jalalabad.",
    "Inquiry\n\nPolice opened investigations into the attacks in Jalalabad that killed five vaccinators.",
    "Minibus bombed\n\nA bomb tore through a minibus in Herat on Saturday.\n\nThe Herat attack was the third this week.",
    "Wounded\n\nA wounded guard is carried to an ambulance following an attack in Khost on Saturday.",
])
def test_violence_told_by_its_means_contests_nothing(finder, text):
    assert _contested(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Assault\n\nTaliban fighters attacked Khost with rockets and machine guns on Saturday, officials said.", {"Khost"}),
    ("Assault\n\nTaliban fighters launched an attack on Jalalabad from two sides on Saturday.", {"Jalalabad"}),
    ("Retreat\n\nTroops pulled back to the governor's office after a Taliban attack in Khost on Saturday.", {"Khost"}),
])
def test_an_assault_still_contests(finder, text, expected):
    assert _contested(finder, text) == expected
