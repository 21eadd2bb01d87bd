"""Habitual fights: attacks told as a habit, a purpose or a standing description are no fight on
the report's day; fighting told as going on, or a habit pinned to a recent day, is (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "The militants have often struck Maimana from the desert to the north.",
    "Insurgents have on several occasions carried out attacks in Qaisar district.",
    "Taloqan has been a regular target of Taliban raids, a doctor said.",
    "Farah city has come under insurgent attacks for months, residents said.",
    "Helmand has long been used by the militants as a base to launch attacks on Lashkar Gah.",
])
def test_a_habit_or_purpose_is_no_fight_today(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting has raged in Maimana for four days, officials said.", {("Maimana", C)}),
    ("The insurgents attacked Qaisar district again on Friday.", {("Qaisar", C)}),
    ("The militants have several times attacked Taloqan since Thursday.", {("Taloqan", C)}),
    ("Taliban attacks on Farah city have gone on for weeks.", {("Farah", C)}),
    ("Fighting has raged around Lashkar Gah for months.", {("Lashkar Gah", C)}),
])
def test_fighting_going_on_or_pinned_to_a_day_stays(finder, text, expected):
    assert statuses(finder, text) == expected
