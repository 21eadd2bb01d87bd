"""Goals and offensives: "their aim was to seize X" is a goal, "the offensive to take X went on"
an attempt (fighting), and "did not launch an offensive to retake X" none (invented sentences,
shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents' aim was to seize Almar district before Eid.", set()),
    ("The Taliban's goal is the capture of Almar district.", set()),
    ("Their main objective remains to take Almar district.", set()),
    ("Troops were forced to abandon Almar district.", {("Almar", T)}),
])
def test_a_goal_is_no_capture(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban's offensive to take Almar district went on for a third day.", {("Almar", C)}),
    ("Forces launched an assault to retake Almar district on Friday.", {("Almar", C)}),
    ("Forces did not launch an offensive to retake Almar district.", set()),
    ("The army has not yet begun an assault to recapture Almar district.", set()),
])
def test_an_offensive_to_take_a_place(finder, text, expected):
    assert statuses(finder, text) == expected
