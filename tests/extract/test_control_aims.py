"""An attempt whose aim is "to take control of X" is fighting at X: the control belongs to the aim,
so it is no Taliban hold of its own ("tried to take control of X", "attacks carried out to seize
control of X", "prevented the Taliban from taking control of X"). Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.triggers import CONTESTED, TALIBAN, find_triggers


@pytest.mark.parametrize("sentence", [
    "The Taliban tried to take control of Taloqan on Friday.",
    "The Taliban launched attacks to take full control of Taloqan.",
    "Insurgents are trying to gain control of Taloqan.",
    "Police stopped the militants from taking control of Taloqan.",
    "Forces repelled Taliban attacks carried out to seize control of Taloqan.",
    "Forces beat back an assault aimed at capturing Taloqan.",
])
def test_the_aim_swallows_its_control(sentence):
    triggers = find_triggers(sentence)
    assert all(t.status != TALIBAN for t in triggers), triggers
    assert any(t.status == CONTESTED and t.text.endswith(("control", "capturing")) for t in triggers), triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban tried for hours on Sunday to take control of Pul-e Alam.", {("Pul-e Alam", C)}),
    ("Security forces prevented the Taliban from taking control of Pul-e Alam on Thursday.", {("Pul-e Alam", C)}),
    ("Police repelled Taliban attacks carried out overnight to seize control of Ghoryan district.", {("Ghoryan", C), ("Ghoryan", G)}),
    ("The Taliban took full control of Pul-e Alam on Friday.", {("Pul-e Alam", T)}),  # the capture itself
])
def test_attempts_on_control_are_fighting(finder, text, expected):
    assert statuses(finder, text) == expected


def test_gaining_ground_is_no_aim_on_the_place():
    assert find_triggers("They tried to gain ground near Taloqan.") == []
