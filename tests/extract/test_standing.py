"""The one vocabulary of standing holds, in its three views: words around a trigger, a trigger
alone, and the run of words before "in control" (invented phrasings)."""

from __future__ import annotations

import re

import pytest

from frontmap.extract.kinds import HOLD, event_kind
from frontmap.extract.standing import is_hold_trigger, says_still, still_run


@pytest.mark.parametrize(("window", "expected"), [
    ("the town remains under government control", True),
    ("Ghormach was still held by the army", True),
    ("the garrison continues to hold the centre", True),
    ("Qala-i-Naw is yet to fall", True),
    ("the valley stayed in Taliban hands", True),
    ("insurgents took control of the district", False),
    ("the stillborn plan", False),
])
def test_words_around_a_trigger_say_a_state_goes_on(window, expected):
    assert says_still(window) is expected


@pytest.mark.parametrize(("trigger", "expected"), [
    ("under government control", True),
    ("held by", True),
    ("remained with", True),
    ("still in", True),
    ("holds out", True),
    ("hands", True),
    ("hands of the group", True),
    ("hand of the government", True),  # one hand, as "in the hand of the government"
    ("hand the city to", False),  # a handover's verb
    ("patrolling the streets of", True),
    ("flags were flying over", True),
    ("controlled by", True),
    ("control of", False),  # a taking told by its noun
    ("hands over", False),  # a handover
    ("captured", False),
    ("retook", False),
])
def test_a_trigger_of_a_hold_or_of_a_change(trigger, expected):
    assert is_hold_trigger(trigger) is expected


@pytest.mark.parametrize(("view", "least", "expected"), [
    (" remains firmly in control", 1, True),
    (" is still in control", 1, True),
    (" stayed in control", 1, True),
    (" in control", 1, False),
    (" in control", 0, True),
])
def test_the_run_of_standing_words(view, least, expected):
    assert (re.match(" " + still_run(least) + "in control", view) is not None) is expected


def test_a_standing_line_of_one_side_is_a_hold_kind_and_a_change_is_not():
    assert event_kind("held by", "Sar-e Pul is still held by government forces", "government") == HOLD
    assert event_kind("hands", "Zaranj remains in Taliban hands", "taliban") == HOLD
    assert event_kind("hands", "Zaranj remains in Taliban hands", "contested") != HOLD
    assert event_kind("captured", "the Taliban captured Zaranj on Friday", "taliban") != HOLD
