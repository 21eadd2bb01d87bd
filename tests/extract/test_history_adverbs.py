"""Adverbs that put a control statement before the report's time ("held X twice before")."""

from __future__ import annotations

import pytest

from frontmap.extract.history_adverbs import told_before_now


def _after(sentence: str, verb: str) -> tuple[str, int]:
    return sentence, sentence.index(verb) + len(verb)


@pytest.mark.parametrize(
    ("sentence", "verb", "past"),
    [
        ("Insurgents held Herat twice before \u2014 in 1995 and in 2001.", "held", True),
        ("The group has overrun the town once before, residents said.", "overrun", True),
        ("Fighters have entered the city before.", "entered", True),
        ("The militants seized the city in the past, officials recalled.", "seized", True),
        ("They ruled the valley in years past.", "ruled", True),
        ("The militants seized the city in the past 24 hours.", "seized", False),
        ("The militants seized the city in the past week.", "seized", False),
        ("The militants seized the city a week before.", "seized", False),
        ("The militants seized the city days before.", "seized", False),
        ("The militants seized the city before dawn.", "seized", False),
        ("The militants seized the city, before troops arrived.", "seized", False),
        ("The militants seized the city on Monday, and had held it twice before.", "seized", False),
    ],
)
def test_told_before_now(sentence, verb, past):
    assert told_before_now(*_after(sentence, verb)) is past
