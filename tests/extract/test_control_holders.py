"""'Under the control of the Afghan government' (an adjective before the holder) holds for the
government as 'under the control of the government' does; 'no longer' under it is the Taliban's
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Guzara district is still under the control of the Afghan government, officials said.", {("Guzara", G)}),
    ("Chaghcharan remains under the control of the central government, the governor said.", {("Chaghcharan", G)}),
    ("Obe district is no longer under the control of the Afghan government, officials said.", {("Obe", T)}),
])
def test_an_adjective_before_the_holder_still_names_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Obe district is in the hands of a small police unit, officials said.", {("Obe", G)}),
    ("Obe district is now in the hands of the armed Taliban, officials said.", {("Obe", T)}),
    ("The fate of Obe is in the hands of a few tribal elders, officials said.", set()),
])
def test_the_hands_of_a_phrase_name_their_owner_in_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The militants slipped away, leaving Obe district in the hands of a small police unit.", {("Obe", G)}),
    ("Government troops withdrew, leaving Obe district in the hands of the insurgents.", {("Obe", T)}),
    ("The Taliban withdrew, leaving Obe district under the control of local police.", {("Obe", G)}),
])
def test_whose_hands_a_place_is_left_in_decides_the_leaving(finder, text, expected):
    assert statuses(finder, text) == expected
