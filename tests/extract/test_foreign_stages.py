"""Foreign troops leaving a place at a stage of their act ("were in the final phase of pulling out
of Kabul") say nothing of who holds it; the country's own troops doing so lose it (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("US forces were in the final phase of pulling out of Kabul on Sunday.", set()),
    ("NATO troops were in the midst of leaving Bagram on Friday.", set()),
    ("Afghan troops were in the process of pulling out of Ghazni on Friday.", {("Ghazni", T)}),
])
def test_a_stage_of_the_foreign_troops_act(finder, text, expected):
    assert statuses(finder, text) == expected
