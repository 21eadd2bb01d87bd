"""Tests for who did what to whom: negated ability, a participle's own agent, an appositive
participle and an attributive hold (invented sentences, publication date Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, check, finder  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, expected", [
    ("The insurgents are not able to take Aybak, the governor said.", set()),
    ("Taliban fighters have not been able to capture Ghazni despite repeated attempts.", set()),
    ("The militants were incapable of seizing Gizab.", set()),
    ("The Taliban are in no position to overrun Aybak, a lawmaker said.", set()),
    ("Commandos were not able to retake Gizab on Saturday.", set()),
    ("The Taliban were able to capture Aybak on Saturday.", {("Aybak", T)}),
])
def test_negated_ability_is_no_change(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Commandos recaptured Gizab district seized by insurgents last week.", {("Gizab", G)}),
    ("Afghan forces retook Aybak overrun by the Taliban in June.", {("Aybak", G)}),
    ("Security forces took back Ghazni held by militants since May.", {("Ghazni", G)}),
    ("Gizab was captured on Saturday by the Taliban.", {("Gizab", T)}),
])
def test_participle_agent_is_not_the_main_verbs(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Gizab, seized on Thursday, was calm on Saturday.", {("Gizab", T)}),
    ("Aybak, overrun late on Friday, had no power, residents said.", {("Aybak", T)}),
    ("Army officers said Gizab, captured last week, was still cut off.", {("Gizab", T)}),
    ("Officials said Gizab, recaptured by commandos on Friday, was quiet.", {("Gizab", G)}),
    ("The Taliban overran Aybak, captured Gizab and moved on.", {("Aybak", T), ("Gizab", T)}),
    ("Gizab, also overrun on Friday, had no power.", {("Gizab", T)}),
    ("Aybak, seized without a fight on Friday, was calm.", {("Aybak", T)}),
    ("Gizab, briefly seized in 2015, was calm.", set()),
])
def test_participle_set_off_after_the_place(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Government-held Aybak came under rocket fire on Saturday.", {("Aybak", C)}),
    ("The Taliban attacked government-held Gizab on Friday.", {("Gizab", C)}),
    ("The insurgents overran the government-held district of Gizab on Friday.", {("Gizab", T)}),
    ("Commandos recaptured Taliban-held Gizab on Saturday.", {("Gizab", G)}),
    ("Taliban fighters closed in on government-held Aybak.", {("Aybak", G)}),
    ("Taliban-held Gizab was quiet on Saturday.", {("Gizab", T)}),
    ("Officials plan to retake Taliban-held Gizab next week.", {("Gizab", T)}),
])
def test_compound_hold_waits_behind_the_clause_verb(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("An operation to retake the lost parts of Ghazni will begin soon.", set()),
    ("Officials vowed to win back every district lost since May, including Gizab.", set()),
    ("Commandos retook the lost district of Gizab on Saturday.", {("Gizab", G)}),
    ("Forces on Saturday won back every district lost since May, including Gizab.", {("Gizab", G)}),
    ("Commandos won back Aybak on Saturday.", {("Aybak", G)}),
])
def test_lost_ground_under_the_clause_verb(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    # the police or the army doing the retake are no source standing behind the hearsay
    ("There were unconfirmed reports that the army had retaken Gizab, which the Taliban denied.", set()),
    ("Police reportedly won back Aybak on Friday, but a Taliban spokesman rejected the report.", set()),
    ("Police won back Aybak on Friday, the governor said, but the Taliban denied it.", {("Aybak", G)}),
])
def test_acting_side_is_no_source(finder, text, expected):
    check(finder, text, expected)
