"""A city named only by its rank in the country ("the country's second-largest city") is the city
that holds the rank; another country's rank, or a rank with the name after it, names nothing new
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.ranked_cities import _RANKED_CITY


@pytest.mark.parametrize(("text", "expected"), [
    ("the country's second-largest city", True),
    ("Afghanistan's third biggest city", True),
    ("the fourth-largest city in Afghanistan", True),
    ("the nation's second most populous city", True),
    ("Pakistan's second-largest city", False),
    ("the second-largest city of Herat province", False),  # ranked within a province
    ("the country's second-largest city after Kabul", False),
    ("the fifth-largest city in the country", False),  # outlets disagree from the fifth on
])
def test_a_rank_in_the_country(text, expected):
    assert bool(_RANKED_CITY.search(text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The country's second-largest city fell to the Taliban on Friday.", {("Kandahar", T)}),
    ("Fighters encircled Afghanistan's fourth-largest city on Saturday.", {("Mazar-i-Sharif", C)}),
    ("Kandahar, the country's second-largest city, fell to the Taliban on Friday.", {("Kandahar", T)}),
    ("Officials fear Afghanistan's third-largest city could fall within days.", set()),
    # outlets rank Mazar-i-Sharif third or fourth: set off after its name, the rank is its own
    ("Fighters clashed with troops outside Mazar-i-Sharif, Afghanistan's third-largest city, on Friday.", {("Mazar-i-Sharif", C)}),
])
def test_the_ranked_city_is_the_place(finder, text, expected):
    assert statuses(finder, text) == expected
