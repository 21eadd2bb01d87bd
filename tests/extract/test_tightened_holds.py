"""A hold "tightened" on a town is pressure on it, not a hold of it; a hold kept is still one.
Sentences of our own, in the style of spring 2021 reports."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban are trying to tighten their hold on Qalat, officials said.", set()),
    ("The insurgents tightened their hold on Maimana on Friday.", set()),
    ("Insurgents attacked posts around Maimana on Friday to tighten their hold on the city.", {("Maimana", C)}),
    # ... while a hold kept, or held, is a hold
    ("The Taliban kept their hold on Nad Ali district on Friday.", {("Nad Ali", T)}),
    ("Government forces still hold Qalat, the governor said.", {("Qalat", G)}),
])
def test_a_tightened_hold_is_no_hold(finder, text, expected):
    assert statuses(finder, text) == expected
