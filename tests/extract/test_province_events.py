"""A province that falls in a clause of its own beside a town of it told in another clause is an
event too; a province whose town is in its own clause is not (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.mentions import MentionFinder

T = "taliban"


@pytest.mark.parametrize(("text", "expected"), [
    ("Daykundi province fell on Saturday after officials handed over Nili to the insurgents.", {("Daykundi", T), ("Nili", T)}),
    ("Samangan province collapsed on Saturday when elders handed Aybak to the insurgents.", {("Samangan", T), ("Aybak", T)}),
    ("Uruzgan province fell to the Taliban on Saturday, hours after the governor surrendered Tarinkot.",
     {("Uruzgan", T), ("Tarinkot", T)}),
])
def test_a_province_that_falls_in_its_own_clause(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents took the whole of Wardak province, including its capital Maidan Shahr, on Saturday.", {("Maidan Shahr", T)}),
    ("Nili, the capital of Daykundi province, fell on Saturday.", {("Nili", T)}),
    ("Khakrez district of Kandahar province fell on Saturday after police withdrew.", {("Khakrez", T)}),
])
def test_a_province_beside_its_town_in_one_clause_is_no_event(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected
