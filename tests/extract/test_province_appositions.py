"""A city's name called a province by its apposition ("X, a region bordering Tajikistan") or by the
noun just before it ("the western province, X") is the province; an apposition calling it a city
keeps the city. Sentences of our own, in the style of early 2021 reports."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import C, finder  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.province_appositions import called_a_province


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents attacked two police posts in Kunduz, a region bordering Tajikistan, on Friday.", {("AF-KDZ", C)}),
    ("Insurgents attacked two police posts in Herat, a western province bordering Iran, on Friday.", {("AF-HER", C)}),
    ("An attack on an army outpost in the country's western province, Farah, killed six soldiers on Friday.", {("AF-FRA", C)}),
    # ... while an apposition calling it a city keeps the city
    ("Insurgents attacked checkpoints in Kunduz, the biggest city of the region, on Friday.", {("Kunduz", C)}),
])
def test_a_name_called_a_province(finder, text, expected):
    article = make_article(text)
    events = extract_events(article, finder.find(article))
    assert {(e.place if e.district_id else e.province_code, e.status) for e in events} == expected


def test_the_capital_of_the_region_is_no_province():
    text = "Kunduz, the capital of the region, was quiet."
    assert not called_a_province(text, 0, len("Kunduz"))
