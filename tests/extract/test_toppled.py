"""'Toppled' tells a capture: "the Taliban toppled the city", "X was toppled by the insurgents"."""

from __future__ import annotations

import pytest

from frontmap.extract.triggers import CAPTURE, find_triggers


@pytest.mark.parametrize("sentence", [
    "The Taliban toppled the provincial capital on Tuesday.",
    "Two district centres were toppled by the insurgents overnight.",
    "The militants are toppling one district after another.",
    "The group topples a town a day now.",
])
def test_toppled_is_a_capture_trigger(sentence):
    assert any(t.kind == CAPTURE and t.text.lower().startswith("toppl") for t in find_triggers(sentence))


@pytest.mark.parametrize("sentence", [
    "A storm toppled down the old mast.",
    "The wall toppled over in the wind.",
    "The government hopes to topple nothing.",
])
def test_toppled_down_or_over_is_no_capture(sentence):
    assert not any(t.text.lower().startswith("toppl") for t in find_triggers(sentence))
