"""A place described as "a remote area" is the place itself, so a hold told of that area is the
place's; a place said to "be next" is a forecast, so the capture told before it does not reach it;
a victory the Taliban claim over a side "in" a place is their claim to that place (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Aid could not reach Kamdesh, a remote area under Taliban control.", {("Kamdesh", T)}),
    ("Aid could not reach Waygal district, a mountainous area that is not under government control.", {("Waygal", T)}),
    ("Aid could not reach Kamdesh, a remote district under Taliban control.", {("Kamdesh", T)}),
])
def test_an_area_apposition_is_the_place(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban have captured Ghazni, and Kandahar could be next, officials fear.", {("Ghazni", T)}),
    ("Herat fell on Thursday, and Mazar-i-Sharif and Kunduz may be next.", {("Herat", T)}),
    ("The Taliban took Ghazni, and Kandahar and Herat could be next.", {("Ghazni", T)}),
    ("The Taliban took Ghazni and Kandahar on Thursday.", {("Ghazni", T), ("Kandahar", T)}),
])
def test_a_place_said_to_be_next_is_a_forecast(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban claimed victory over the resistance in Panjshir.", {("Panjshir", CL)}),
    ("The Taliban claimed victory over opposition forces in the last holdout province of Panjshir.", {("Panjshir", CL)}),
    ("The Taliban declared victory over the United States.", set()),
])
def test_victory_claimed_over_a_side_in_a_place(finder, text, expected):
    assert statuses(finder, text) == expected
