"""Tests for attacks told as beaten back in their own sentence: attackers repelled in a relative
clause ("beat back militants who tried to storm X"), "but they were beaten back", "but the attack
was foiled": the place held beside the fight; a vow or a failure to repel holds nothing."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, place", [
    ("Security forces beat back militants who tried to storm Ghazni city on Sunday.", "Ghazni"),
    ("Police repulsed Taliban fighters who attacked Pul-e Khumri overnight.", "Pul-e Khumri"),
    ("The insurgents attacked Farah city on Sunday, but they were beaten back after hours of fighting.", "Farah"),
    ("The militants assaulted Ghazni city on Sunday, but the attack was foiled.", "Ghazni"),
])
def test_an_attack_beaten_back_holds_the_place(finder, text, place):
    found = statuses(finder, text)
    assert {(place, "contested"), (place, "government")} <= found


@pytest.mark.parametrize("text, place", [
    ("The governor vowed to beat back militants who tried to storm Farah city.", "Farah"),
    ("Police failed to push back fighters who stormed Farah city on Sunday.", "Farah"),
    ("The governor vowed to beat back any attack on Farah.", "Farah"),
    ("The Taliban were beaten back from the outskirts of Farah on Sunday but returned and took the city on Monday.", "Farah"),
])
def test_a_vow_failure_or_later_fall_holds_nothing(finder, text, place):
    assert (place, "government") not in statuses(finder, text)
