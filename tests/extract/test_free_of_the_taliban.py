"""A place the insurgents do not hold, told by what it is free of ("still free from the Taliban",
"outside the Taliban's control", "out of the group's grip"), and the resistance after August 15 as
the government's side ("held by the resistance") (invented sentences, shipped gazetteer,
published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

_READINGS = [
    ("The Panjshir valley is still free from the Taliban.", {("Panjshir", G)}),
    ("Panjshir remains outside Taliban control.", {("Panjshir", G)}),
    ("Panjshir is the only province that has stayed out of the Taliban's grip.", {("Panjshir", G)}),
    ("Panjshir remains beyond the insurgents' reach.", {("Panjshir", G)}),
    ("Charikar is still held by the resistance.", {("Charikar", G)}),
    ("The resistance retook Charikar on Tuesday.", {("Charikar", G)}),
    # freeing prisoners, or resistance met, is neither
    ("The Taliban freed hundreds of inmates in Ghazni as they overran the city.", {("Ghazni", T)}),
    ("Taliban fighters entered Ghazni despite stiff resistance.", {("Ghazni", C)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_places_free_of_the_taliban_and_the_resistance(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected
