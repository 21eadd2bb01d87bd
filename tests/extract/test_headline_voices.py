"""An untitled spokesman under a headline that gives the Taliban's word speaks for them (invented
reports, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban say they have taken two more northern districts\n\nAlmar and Qaysar fell overnight, a spokesman said.",
     {("Almar", CL), ("Qaisar", CL)}),
    # a headline that gives nobody's word: the spokesman is the reporter's source
    ("Taliban take two more northern districts\n\nAlmar and Qaysar fell overnight, a spokesman said.",
     {("Almar", T), ("Qaisar", T)}),
    # a spokesman tied to the police speaks for them
    ("Taliban claim two more northern districts\n\nAlmar fell overnight, a spokesman for the provincial police said.",
     {("Almar", T)}),
])
def test_a_spokesman_under_a_taliban_headline(finder, text, expected):
    assert statuses(finder, text) == expected
