"""A clash with a neighbour's forces is no fight for the place it happens near; forces of a
neighbour named for another event leave the fighting as it is (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "Iranian border guards and Taliban fighters traded fire near Zaranj on Friday.",
    "There was a brief clash between Pakistani troops and the Taliban in Dur Baba district on Saturday.",
    "Taliban fighters clashed with Iranian border forces in Kang district on Friday.",
])
def test_a_clash_with_a_neighbour_contests_nothing(finder, text):
    assert statuses(finder, text) == set()


def test_a_neighbour_named_for_another_event(finder):
    text = "Commandos clashed with Taliban fighters in Spin Boldak on Friday, after Pakistani troops shut the crossing."
    assert statuses(finder, text) == {("Spin Boldak", C)}
