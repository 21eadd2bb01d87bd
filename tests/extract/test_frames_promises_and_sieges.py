"""An opening "Of N districts ..." frame, an operation only promised, and a besieged place left out
of a sweep (invented sentences in our own words, shipped gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

TUESDAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Of four districts raided overnight, Almar and Qaisar were overrun, police said.", {("Almar", "taliban"), ("Qaisar", "taliban")}),
    ("Of four districts raided overnight, Almar saw the worst of the fighting, police said.", {("Almar", "contested")}),
])
def test_the_main_verb_after_an_opening_frame_decides(sentence, expected):
    assert real_events("Faryab\nMAIMANA, July 20 - " + sentence, TUESDAY) - {("Maimana", "contested")} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("An army operation to retake Jalrez district has been planned for weeks but has not begun, elders said.", set()),
    ("An army operation to retake Jalrez district has been going on since Monday, elders said.", {("Jalrez", "contested")}),
])
def test_an_operation_only_promised_is_no_fight(sentence, expected):
    assert real_events("Wardak\nMAIDAN SHAHR, July 20 - " + sentence, TUESDAY) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Every district of Takhar is now held by the Taliban except Taloqan, the capital, which has been under siege for a week.",
     {("Taloqan", "contested")}),
    ("Every district of Takhar is now held by the Taliban except Taloqan, the capital, which was quiet on Monday.",
     {("Taloqan", "government")}),
])
def test_a_besieged_place_left_out_of_a_sweep_is_fought_over(sentence, expected):
    found = {e for e in real_events("Takhar\nTALOQAN, July 20 - " + sentence, TUESDAY) if e[0] == "Taloqan"}
    assert found == expected
