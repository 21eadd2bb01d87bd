"""A running count told with a copula ("the latest capital to fall was X", "the last capital that
fell to the Taliban was X") names the place that fell; "the latest capital" is no reference back
to the capital (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.mentions import MentionFinder

T = "taliban"


@pytest.mark.parametrize(("text", "expected"), [
    ("KABUL, Aug 1 - The latest capital to fall was Zaranj, officials said.", {("Zaranj", T)}),
    ("KABUL, Aug 1 - The last provincial capital that fell to the insurgents was Sheberghan.", {("Sheberghan", T)}),
    ("KABUL, Aug 1 - The first district that fell to the Taliban on Saturday was Khakrez.", {("Khakrez", T)}),
    ("KABUL, Aug 1 - The second city to go was Aybak, a lawmaker said.", {("Aybak", T)}),
])
def test_the_name_after_a_counted_copula_fell(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


def test_a_subordinate_clause_is_no_copula_gap(finder: MentionFinder) -> None:
    text = "The district fell when the commander was Khakrez's police chief."
    assert ("Khakrez", T) not in statuses(finder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Khakrez was one of three districts that fell to the insurgents on Saturday.", {("Khakrez", T)}),
    ("Mizan is among the five districts of Zabul that were overrun on Saturday.", {("Mizan", T)}),
    ("Khakrez was one of three districts that the army retook on Saturday.", {("Khakrez", "government")}),
    ("The insurgents have seized 14 capitals in nine days, the latest being Qalat on Saturday.", {("Qalat", T)}),
    ("Fighters took two more districts, the last being Khakrez, on Saturday.", {("Khakrez", T)}),
])
def test_one_of_the_units_counted(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


def test_the_last_town_is_no_reference_back(finder: MentionFinder) -> None:
    text = "Faizabad fell to the Taliban on Saturday. It was the last town in the province still held by the government."
    assert statuses(finder, text) == {("Faizabad", T)}
