"""A place under a side's rule or authority, or run by it, is held by that side; rule told of
other years, feared or foreseen, and an office's line of authority are none (invented sentences,
shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Shops in Khanabad district, which is now under Taliban rule, reopened on Saturday.", {("Khanabad", T)}),
    ("Khanabad district has been under the authority of the Taliban since Friday, an elder said.", {("Khanabad", T)}),
    ("Khanabad, now run by the Taliban, has lost its power supply, residents said.", {("Khanabad", T)}),
    ("Khanabad remains under government rule, the governor said on Saturday.", {("Khanabad", G)}),
    ("Khanabad is no longer in government hands, a council member said on Saturday.", {("Khanabad", T)}),
])
def test_a_rule_told_of_a_place_is_a_hold(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "Elders in Khanabad recalled life under Taliban rule in the 1990s.",
    "Women in Khanabad spoke on Saturday of their fear of living under Taliban rule again.",
    "Officials warned that Khanabad could fall under Taliban rule within weeks.",
    "The police in Khanabad are under the authority of the interior ministry.",
    "Former detainees described a prison run by the Taliban in Khanabad district.",
])
def test_rule_of_other_years_feared_or_of_an_office_is_none(finder, text):
    assert statuses(finder, text) == set()
