"""An attack averted with the place as its modifier ("avert a Kabul attack", "head off a Gizab
assault") is no fight; one fought off is (invented sentences, shipped gazetteer, published Sunday
2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks could help avert a Gizab attack, an elder said on Saturday.", set()),
    ("Elders tried on Friday to head off a Gizab assault, a lawmaker said.", set()),
    ("Talks could avert Gizab attack, elders say", set()),
    ("A deal would probably save Gizab from any kind of attack, an elder said on Saturday.", set()),
    ("Commandos saved Gizab from a Taliban attack on Friday, police said.", {("Gizab", C)}),
    ("Commandos fought off a Gizab attack on Friday, police said.", {("Gizab", C)}),
    ("Officials said they would repel the Gizab attack that began on Friday.", {("Gizab", C)}),
])
def test_averted_attacks(finder, text, expected):
    assert statuses(finder, text) == expected
