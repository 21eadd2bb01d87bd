"""A place's own "where" clause after a clause of people fleeing it ("after fleeing X, where
fighting raged") tells of that place; any other subordinate clause still ends at its comma, so a
where-clause of history does not outweigh a fall (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.clauses import clause_spans


def test_a_where_clause_stays_with_the_flight_clause():
    sentence = "After fleeing Kunduz, where fighting raged on Friday, families reached Kabul."
    first = clause_spans(sentence)[0]
    assert sentence[first[0] : first[1]].endswith("on Friday,")


def test_a_where_clause_leaves_another_subordinate_clause_at_its_comma():
    sentence = "Two cities have fallen to the insurgents, as has the capital of Helmand, where foreign troops fought for years."
    assert any(sentence[a:b].strip() == "as has the capital of Helmand," for a, b, _ in clause_spans(sentence))


@pytest.mark.parametrize(("text", "expected"), [
    ("Families reached Kabul on Saturday after fleeing Kunduz, where fighting raged on Friday.", {("Kunduz", C)}),
    ("After escaping Taloqan, where clashes broke out on Friday, families reached Kabul.", {("Taloqan", C)}),
    # the where-clause tells no fighting, or fighting in another year
    ("Families reached Kabul on Saturday after fleeing Kunduz, where they had lived for years.", set()),
    ("Families reached Kabul on Saturday after fleeing Kunduz, where fighting raged in 2015 too.", set()),
    # a fall shared by an "as has" clause keeps its place, whatever history the where-clause tells
    ("Kandahar has fallen to the insurgents, as has the capital of Helmand, where foreign forces fought the bloodiest battles of the war.",
     {("Kandahar", T), ("Lashkar Gah", T)}),
])
def test_the_place_fled_is_fought_over_when_its_clause_says_so(finder, text, expected):
    assert statuses(finder, text) == expected
