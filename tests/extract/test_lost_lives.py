"""Lives, kin and homes lost at a place are deaths and hardship there, not the place lost
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.lost_lives import is_a_lost_life


@pytest.mark.parametrize(("text", "expected"), [
    ("lost their lives in the blast", True),
    ("lost his life at the checkpoint", True),
    ("lost their homes in the fighting", True),
    ("losing loved ones in the shelling", True),
    ("lost control of the district", False),
    ("lost their positions in the town", False),
    ("lost ghazni on thursday", False),
])
def test_a_life_or_a_home_lost_is_no_place_lost(text, expected):
    assert is_a_lost_life(text, 0) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three of his cousins lost their lives in the blast at Kabul airport on Thursday.", set()),
    ("Government forces lost Ghazni on Thursday and one officer lost his life in the retreat.", {("Ghazni", T)}),
])
def test_lives_lost_at_a_place(finder, text, expected):
    assert statuses(finder, text) == expected
