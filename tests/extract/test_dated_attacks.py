"""Attacks named by their date ("the September 11 attacks") are an event of history, not fighting
at a place the sentence names; an attack told with a day of its own still is."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "Twenty years after the September 11 attacks, Taliban officials held talks in Kandahar on Saturday.",
    "Since the 9/11 attacks, troops have come and gone from Kandahar many times.",
])
def test_attacks_named_by_their_date_are_history(finder, text):
    assert statuses(finder, text) == set()


def test_an_attack_on_a_day_is_still_fighting(finder):
    assert statuses(finder, "The Taliban launched attacks on Kandahar on August 11, officials said.") == {("Kandahar", C)}
