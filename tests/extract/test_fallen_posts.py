"""Posts fallen in a town: "check posts fell to the Taliban in X" is fighting in X, neither its
fall nor nothing; the town falling itself is still its fall (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Check-posts fall in Maimana city", {("Maimana", C)}),
    ("Several police check posts fell to the Taliban in Taloqan on Friday.", {("Taloqan", C)}),
    ("Three security outposts have now fallen around Farah city, officials said.", {("Farah", C)}),
    ("Checkpoints in Qaisar district fell to the insurgents on Saturday.", {("Qaisar", C)}),
])
def test_posts_fallen_in_a_town_are_fighting_there(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Maimana fell to the Taliban on Friday after its last posts were abandoned.", {("Maimana", T)}),
    ("Taloqan city has fallen, officials said.", {("Taloqan", T)}),
])
def test_a_town_that_fell_is_still_taken(finder, text, expected):
    assert statuses(finder, text) == expected
