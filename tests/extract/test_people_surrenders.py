"""Tests for frontmap.extract.people_surrenders: people who gave themselves up, not a place handed over."""

from __future__ import annotations

import pytest

from frontmap.extract.people_surrenders import people_surrendered


def verb_at(sentence: str) -> int:
    """Return where "surrender..." starts in `sentence`."""
    return sentence.index("surrender")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Badghis province, dozens of policemen surrendered to the insurgents overnight.",
        "A militia commander in Sar-e Pul, with forty of his men, has surrendered to the Taliban.",
        "Some 150 soldiers in Herat province reportedly surrendered with their weapons.",
    ],
)
def test_people_giving_themselves_up(sentence):
    assert people_surrendered(sentence, verb_at(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Badghis and Helmand provinces had surrendered to the Taliban.",
        "Officials surrendered Ghazni province to the Taliban on Thursday.",
        "Elders negotiated the surrender of the city.",
    ],
)
def test_a_place_surrendered_or_handed_over(sentence):
    assert not people_surrendered(sentence, verb_at(sentence))


def test_a_governor_among_those_who_surrender_hands_the_place_over():
    sentence = "The governor of Badghis, with his deputy and the police chief, surrendered to the Taliban on Friday."
    assert not people_surrendered(sentence, verb_at(sentence))
