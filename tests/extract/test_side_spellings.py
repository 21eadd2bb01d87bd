"""Sides written short or by their men: "govt" and "gov't" are the government, "militiamen" a
pro-government side unless named Taliban (invented sentences, shipped gazetteer, published Sunday
2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghazni remains under govt control, officials said.", {("Ghazni", G)}),
    ("Ghazni remains under gov't control, officials said.", {("Ghazni", G)}),
    ("Militiamen seized Nawur district from the Taliban on Friday.", {("Nawur", G)}),
    ("Taliban militiamen seized Nawur district on Friday.", {("Nawur", T)}),
])
def test_short_and_plural_sides(finder, text, expected):
    assert statuses(finder, text) == expected
