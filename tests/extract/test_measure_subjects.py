"""Measures that fall (`frontmap.extract.measure_subjects`): a quantity, a currency or what a town's
life runs on falling or collapsing "in X" is no fall of X; resistance or defences collapsing are
(invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Violence in Maimana has fallen this year, officials said.", set()),
    ("The afghani in Maimana fell to a record low on Sunday.", set()),
    ("The electricity supply in Maimana collapsed overnight.", set()),
    ("The economy in Maimana collapsed within weeks, traders said.", set()),
    ("A bridge in Maimana collapsed on Sunday after heavy rain.", set()),
    # a structure's "fell" is its seat taken, not a collapse
    ("The district building of Almar fell to the Taliban on Sunday.", {("Almar", T)}),
    # near misses: the place's own fall, and resistance in it collapsing
    ("Maimana fell on Sunday, officials said.", {("Maimana", T)}),
    ("Resistance in Maimana collapsed on Sunday, residents said.", {("Maimana", T)}),
])
def test_a_measure_that_falls_in_a_place_is_no_fall_of_it(finder, text, expected):
    assert statuses(finder, text) == expected
