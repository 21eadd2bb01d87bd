"""Fighters who fan out across or over a place hold it, for their side; people who are no side
hold nothing (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters fanned out across Ghazni city on Friday.", {("Ghazni", T)}),
    ("Afghan commandos fanned out over Lashkar Gah on Friday.", {("Lashkar Gah", G)}),
    ("Displaced families fanned out across parks in Ghazni city on Friday.", set()),
])
def test_fanning_out_holds(finder, text, expected):
    assert statuses(finder, text) == expected
