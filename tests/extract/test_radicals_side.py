""""The radicals", as translated wire copy calls the Taliban, are the Taliban's side, even when the
resistance reports what they did (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Resistance spokesmen said the radicals had captured Kaldar on Sunday.", {("Kaldar", T)}),
    ("Resistance fighters said they had driven the radicals out of Kaldar on Sunday.", {("Kaldar", G)}),
])
def test_the_radicals_are_the_taliban(finder, text, expected):
    assert {pair for pair in statuses(finder, text) if pair[1] in (T, G)} == expected
