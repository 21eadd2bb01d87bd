"""Attacks repelled by reference: "... attacked X. Forces repelled the attack." holds X for the
defenders (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban attacked Qalat on Saturday. Security forces repulsed the assault, police said.", {("Qalat", C), ("Qalat", G)}),
    ("Insurgents tried to attack Shahjoy overnight. Police beat back the attack after hours of fighting.",
     {("Shahjoy", C), ("Shahjoy", G)}),
    # the repelling failed, or the Taliban repelled the government's attack: no hold for the government
    ("The Taliban attacked Qalat on Saturday. Police failed to repel the assault.", {("Qalat", C)}),
    ("Commandos attacked Taliban positions in Shahjoy on Saturday. The Taliban repelled the attack.", {("Shahjoy", C)}),
    # the passive: "the attack was repulsed"; not when the Taliban repulsed it or it is not yet repulsed
    ("The Taliban attacked Qalat on Saturday. The attack was repulsed after hours of fighting, police said.",
     {("Qalat", C), ("Qalat", G)}),
    ("Commandos attacked Taliban positions in Shahjoy on Saturday. The assault was repulsed by the Taliban.", {("Shahjoy", C)}),
    ("The Taliban attacked Qalat on Saturday. The attack has not been repulsed yet, residents said.", {("Qalat", C)}),
    # the sentence after names its own place: read by the sentence rules
    ("The Taliban attacked Qalat on Saturday. Police repelled another attack on Shahjoy.",
     {("Qalat", C), ("Shahjoy", C), ("Shahjoy", G)}),
])
def test_a_repelled_attack_holds_the_place_attacked_before(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claimed taking answered by a repelled attack, in the same sentence or the next: the claim, the
    # fighting the attack was and the hold (`repelled_answers`)
    ("The Taliban claimed they had captured Qalat, whereas officials said the attacks of the Taliban were pushed back.",
     {("Qalat", CL), ("Qalat", C), ("Qalat", G)}),
    ("The Taliban said they had seized Qalat on Saturday, but police said the assault was repulsed.",
     {("Qalat", CL), ("Qalat", C), ("Qalat", G)}),
    ("A Taliban spokesman said the fighters had overrun Shahjoy. The governor said the attack was beaten back.",
     {("Shahjoy", CL), ("Shahjoy", C), ("Shahjoy", G)}),
    # the repelling failed, was the Taliban's, or was of an attack on another place: the claim alone
    ("The Taliban claimed they had captured Qalat, but police said they failed to repel the attack.", {("Qalat", CL)}),
    ("The Taliban claimed they had captured Qalat, but officials said an attack on Shahjoy was repulsed.",
     {("Qalat", CL), ("Shahjoy", C), ("Shahjoy", G)}),
])
def test_a_repelled_attack_answers_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected
