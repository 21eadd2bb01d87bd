"""A fight noun in a fronted phrase of cause or time ("as a result of Taliban attacks, the city of X
fell") is how the change came about: the verb after the place decides it. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.circumstances import is_fronted_circumstance
from frontmap.extract.triggers import FALL, FIGHT, Trigger
from frontmap.status import CONTESTED, TALIBAN


def _trigger(sentence: str, word: str, kind: str) -> Trigger:
    start = sentence.index(word)
    return Trigger(start, start + len(word), word, CONTESTED if kind == FIGHT else TALIBAN, 0.8, kind == FIGHT, kind)


@pytest.mark.parametrize(("sentence", "fronted"), [
    ("Officials said that as a result of Taliban attacks, the city of Farah fell.", True),
    ("Officials said that after days of clashes, Farah was overrun.", True),
    ("The governor said that amid heavy fighting, the town of Farah was abandoned.", True),
    ("Taliban attacks on Farah went on, and the city fell.", False),  # the attacks are on the city itself
    ("Officials said attacks hit Farah on Monday.", False),
])
def test_a_fight_in_a_fronted_phrase_is_its_circumstance(sentence, fronted):
    word = next(w for w in ("attacks", "clashes", "fighting") if w in sentence)
    assert is_fronted_circumstance(sentence, sentence.index("Farah"), _trigger(sentence, word, FIGHT)) is fronted


def test_only_a_fight_noun_can_be_the_circumstance():
    sentence = "Officials said that after the fall of Qalat, Farah was attacked."
    assert not is_fronted_circumstance(sentence, sentence.index("Farah"), _trigger(sentence, "fall", FALL))


@pytest.mark.parametrize(("text", "expected"), [
    ("Local media reported that as a result of Taliban assaults, the city of Zaranj, capital of Nimroz, fell on Friday.", {("Zaranj", T)}),
    ("A council member said that after a week of clashes, the city of Farah, the provincial capital, was overrun.", {("Farah", T)}),
    ("The army said that amid repeated attacks, the city of Taloqan was under heavy pressure.", {("Taloqan", C)}),
])
def test_the_verb_after_the_place_decides_it(finder, text, expected):
    assert statuses(finder, text) == expected
