"""Who owned a repelled attack decides who held the place: "the army's assault on X was beaten back"
leaves X to the Taliban, "the attack on X was repelled" holds it for the government; a speaker
before the attack ("police said the attack on X ...") owns none. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said the attack on Qalat was repelled.", {("Qalat", C), ("Qalat", G)}),
    ("Officials told reporters the overnight assault on Shahjoy had been beaten back.", {("Shahjoy", C), ("Shahjoy", G)}),
    ("The governor confirmed the attack on Qalat was pushed back on Sunday.", {("Qalat", C), ("Qalat", G)}),
])
def test_a_speaker_owns_no_attack(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The army's assault on Shahjoy was beaten back on Sunday.", {("Shahjoy", T)}),
    ("Officials said the army's assault on Shahjoy was beaten back.", {("Shahjoy", T)}),
])
def test_the_owner_right_before_the_attack_still_counts(finder, text, expected):
    assert statuses(finder, text) == expected
