"""A bombing told again as "the attack" contests nothing; an attack with its own side, or at a
place the blast was not at, still does (invented reports, the tiny gazetteer of test_mentions.py,
published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_events import events_of, finder  # noqa: F401  (finder: the shared fixture)


def _contested(finder, text: str) -> set[str]:
    return {e.place for e in events_of(finder, text) if e.status == "contested"}


@pytest.mark.parametrize("text", [
    "Mosque bombing\n\nA suicide bomber blew himself up in a mosque in Kunduz city on Friday.\n\n"
    "The attack on Kunduz was the deadliest in months, residents said.",
    "Blasts in the east\n\nTwo bombs went off near a market in Nangarhar province on Saturday.\n\n"
    "It was the first attack in Nangarhar this year, officials said.",
    "Drone over the east\n\nA drone strike hit a house in Nangarhar province late on Friday.\n\n"
    "Elders said the attack in Nangarhar broke the country's sovereignty.",
])
def test_the_attack_retelling_a_bombing(finder, text):
    assert _contested(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Bomb and battle\n\nA bomb hit a bus in Herat city on Friday.\n\n"
     "The attack on Kunduz went on through Saturday, officials said.", {"Kunduz"}),
    ("Bomb and battle\n\nA bomb hit a bus in Kunduz city on Friday.\n\n"
     "The Taliban attack on Kunduz went on through Saturday, officials said.", {"Kunduz"}),
])
def test_an_attack_of_its_own_still_contests(finder, text, expected):
    assert _contested(finder, text) == expected
