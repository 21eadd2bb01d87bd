"""A province's capital named through the province: "the capitals of Sar-e-Pul and Kunduz
provinces" (a hyphenated name is three words in the lower-case view) and "their first provincial
capital on Friday in X province" (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters captured buildings in the capital cities of Sar-e-Pul and Kunduz provinces.", {("Sar-e Pul", C), ("Kunduz", C)}),
    ("The insurgents took their first provincial capital on Friday in Nimroz province.", {("Zaranj", T)}),
    ("Fighting went on in Ghazni. The militants seized the provincial capital in Badghis province.", {("Ghazni", C), ("Qala-e Naw", T)}),
    ("Troops still hold the provincial capital in Kunar province.", {("Asadabad", G)}),
])
def test_a_capital_named_through_its_province(finder, text, expected):
    assert statuses(finder, text) == expected
