"""A witness on the spot backs a claim by telling the insurgents' hold they see, and a handover
still being negotiated is none (invented sentences)."""

from __future__ import annotations

import pytest

from frontmap.extract.confirmations import witnessed_holds
from frontmap.extract.negotiated_handovers import under_negotiation
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A shopkeeper in the district centre said by telephone that the group's white flags were flying over the police headquarters.", True),
    ("Residents said fighters were patrolling the bazaar on Monday.", True),
    ("A villager told reporters the insurgents had raised their flag over the governor's office.", True),
    ("A resident said he had left before dawn and could not say who held the bazaar.", False),
    ("The Taliban said their flags were flying over the district centre.", False),
])
def test_witnessed_holds(sentence: str, expected: bool) -> None:
    assert bool(witnessed_holds(" " + text_view(sentence))) is expected


@pytest.mark.parametrize(("sentence", "noun", "expected"), [
    ("Elders were negotiating on Wednesday for the handover of Tirin Kot.", "handover", True),
    ("Officials are bargaining with the Taliban over the surrender of the district.", "surrender", True),
    ("Elders negotiated the handover of the district on Tuesday.", "handover", False),
    ("Residents were talking about the capture of the district.", "capture", False),
])
def test_under_negotiation(sentence: str, noun: str, expected: bool) -> None:
    view = text_view(sentence)
    assert under_negotiation(view, 0, view.index(noun)) is expected
