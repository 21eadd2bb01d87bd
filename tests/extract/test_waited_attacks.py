"""An attack a wait still comes before is a plan ("are waiting for orders before attacking X"); a
wait that ended in the attack is none (invented sentences, shipped gazetteer, published Sunday
2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters are waiting for orders before attacking Ghazni, a spokesman said.", set()),
    ("Commandos were awaiting the green light before attacking Nawur.", set()),
    ("Taliban fighters waited until dark before attacking Ghazni on Friday.", {("Ghazni", C)}),
])
def test_a_wait_before_the_attack(finder, text, expected):
    assert statuses(finder, text) == expected
