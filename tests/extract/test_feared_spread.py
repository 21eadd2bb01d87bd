"""Fighting a neighbour or an official fears may spread ("fearing a spillover of fighting",
"worried about an overflow of the fighting") is no fighting at the place named; fighting that
did spill over is. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "Uzbekistan, fearing a spillover of fighting, shut the Hairatan crossing on Friday.",
    "Pakistan, worried about an overflow of the fighting, kept the Spin Boldak gate closed on Friday.",
    "Tajikistan, wary of a spill over of fighting, sealed the Shir Khan Bandar crossing on Monday.",
])
def test_feared_spread_of_fighting_is_no_event(finder, text):
    assert statuses(finder, text) == set()


def test_fighting_that_spilled_over_is_fighting_there(finder):
    assert statuses(finder, "Fighting spilled over into Kunduz city on Friday, police said.") == {("Kunduz", C)}
