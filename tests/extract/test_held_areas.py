"""Tests for frontmap.extract.held_areas: "areas under Taliban control in X" are parts of X held,
so X is fought over, while "X is under Taliban control" is X itself."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.held_areas import held_part_before
from frontmap.extract.text import text_view
from frontmap.extract.triggers import HOLD, find_triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("Rights groups documented killings in areas under Taliban control in Kandahar province.", {("Kandahar", C)}),
    ("Reprisals were reported in villages held by the insurgents in Kunduz province.", {("Kunduz", C)}),
    ("Badghis province is under Taliban control, officials said.", {("Badghis", T)}),
    ("The Taliban brought Qala-i-Naw under their control on Friday.", {("Qala-e Naw", T)}),
])
def test_a_part_before_the_holding_words_makes_the_place_contested(finder, text, expected):
    assert statuses(finder, text) == expected


def test_the_place_must_only_locate_the_part():
    text = "Killings in areas under Taliban control and then Kunduz"
    view = text_view(text)
    hold = next(t for t in find_triggers(text, view) if t.kind == HOLD)
    assert held_part_before(view, hold, " in ")
    assert not held_part_before(view, hold, " and then ")
