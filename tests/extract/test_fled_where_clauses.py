"""A place's own "where" clause after a subordinate one ("after fleeing X, where fighting raged")
tells of that place (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.clauses import clause_spans


def test_a_where_clause_stays_with_the_subordinate_clause():
    sentence = "After fleeing Kunduz, where fighting raged on Friday, families reached Kabul."
    first = clause_spans(sentence)[0]
    assert sentence[first[0] : first[1]].endswith("on Friday,")


@pytest.mark.parametrize(("text", "expected"), [
    ("Families reached Kabul on Saturday after fleeing Kunduz, where fighting raged on Friday.", {("Kunduz", C)}),
    ("After escaping Kunduz, where clashes broke out on Friday, families reached Kabul.", {("Kunduz", C)}),
    # the where-clause tells no fighting, or fighting in another year
    ("Families reached Kabul on Saturday after fleeing Kunduz, where they had lived for years.", set()),
    ("Families reached Kabul on Saturday after fleeing Kunduz, where fighting raged in 2015 too.", set()),
])
def test_the_place_fled_is_fought_over_when_its_clause_says_so(finder, text, expected):
    assert statuses(finder, text) == expected
