"""Unnamed cities: "the city" before any town is named is the capital named as that city after it,
or the capital of the one province named near it (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters overran the city on Friday. The city, Kunduz, lies on the road north.", {("Kunduz", T)}),
    ("Fighters overran the city on Friday. Kunduz, a city of traders, lies on the road north.", {("Kunduz", T)}),
    ("\"We have lost the city,\" the governor of Faryab said on Friday.", {("Maimana", T)}),
    ("Fighters broke into the provincial capital on Friday, a lawmaker from Badghis said.", {("Qala-e Naw", C)}),
])
def test_the_city_named_after_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two provinces: no one capital
    ("\"We have lost the city,\" officials in Faryab province and in Balkh province said on Friday.", set()),
    # under a dateline, a province the source does not speak for leaves the dateline's city
    ("KABUL, Aug 1 (Reuters) - Fighters reached the outskirts of the city on Sunday after taking Logar province.",
     {("Kabul", C), ("Logar", T)}),
    # a capital the same sentence names is no later naming of the city
    ("KABUL, Aug 1 (Reuters) - Fighters entered the city on Sunday. Jalalabad, the capital of Nangarhar, fell earlier.",
     {("Kabul", C), ("Jalalabad", T)}),
    # a capital named before keeps the reference
    ("Fighters reached Sheberghan on Thursday. They overran the city on Friday, the governor of Faryab said.",
     {("Sheberghan", C), ("Sheberghan", T)}),
])
def test_no_capital_when_the_text_does_not_single_one_out(finder, text, expected):
    assert statuses(finder, text) == expected
