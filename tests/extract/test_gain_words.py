"""Tests for the Taliban's "gains" read as triggers: gains in a place are a fight there, a place
counted among the gains is a capture, and gains of another kind or side are neither."""

from __future__ import annotations

import pytest

from frontmap.extract.triggers import CAPTURE, FIGHT, find_triggers


def _kinds(sentence: str) -> set[tuple[str, str]]:
    """Return (kind, lower-cased text) of the triggers in `sentence` that speak of gains."""
    return {(t.kind, t.text.lower()) for t in find_triggers(sentence) if "gains" in t.text.lower()}


@pytest.mark.parametrize("sentence, expected", [
    ("The insurgents made sudden gains in Kandahar on Thursday.", {(FIGHT, "gains")}),
    ("Among the latest rebel gains is the town of Qalat.", {(CAPTURE, "among the latest rebel gains is")}),
    ("Qalat was among the Taliban's gains this week.", {(CAPTURE, "among the taliban's gains")}),
    ("Their gains on Friday included the city of Farah.", {(CAPTURE, "gains on friday included")}),
])
def test_gains_tell_a_fight_or_a_capture(sentence, expected):
    assert _kinds(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Economic gains in Herat are at risk, traders said.",
    "The gains in women's rights since 2001 are at risk in Herat.",
    "The insurgents' gains around Ghazni cut the highway.",  # won outside the city
    "Among the army's gains on Sunday was the district of Nawa.",  # the other side's
])
def test_other_gains_are_no_trigger(sentence):
    assert _kinds(sentence) == set()
