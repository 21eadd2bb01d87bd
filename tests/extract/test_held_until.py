"""A hold told up to the day it ended: "police held X until Sunday, when they withdrew" is the
loss of X on Sunday (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

WEDNESDAY = dt.date(2021, 7, 14)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police held Arghistan district until Sunday, when they withdrew.", {("Arghistan", "taliban")}),
    ("Government forces held Arghistan until late on Sunday, when the last policemen surrendered.", {("Arghistan", "taliban")}),
    ("Soldiers in the centre of Maruf district held the compound until Sunday, when the last of them surrendered.", {("Maruf", "taliban")}),
    ("Police held Arghistan district until Sunday, when reinforcements arrived.", {("Arghistan", "government")}),
])
def test_a_hold_until_its_holders_leave_is_the_places_loss(sentence, expected):
    assert real_events("Kandahar\nKANDAHAR, July 14 - " + sentence, WEDNESDAY) - {("Kandahar", "taliban")} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Taliban said they had withdrawn their fighters from the centre of Sancharak district to spare civilians from air strikes.",
     {("Sancharak", "government")}),
    ("Security forces moved back into the Sancharak district compound on Monday evening.", {("Sancharak", "government")}),
    ("Hundreds of families moved back into Sancharak on Monday.", set()),
    ("The governor was reported to be in talks with the Taliban on Monday morning about surrendering Sancharak.", set()),
    ("Almar is now the only district of Faryab still under government control apart from Maimana itself.",
     {("Almar", "government"), ("Maimana", "government")}),
    ("Apart from Maimana, only Almar is still in government hands.", {("Almar", "government"), ("Maimana", "government")}),
])
def test_who_left_moved_back_or_still_holds(sentence, expected):
    assert real_events("North\nKABUL, July 14 - " + sentence, WEDNESDAY) - {("Kabul", "taliban")} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It took the insurgents another day to seize Maruf district.", {("Maruf", "taliban")}),
    ("It took the Taliban only a few hours to capture Maruf district on Sunday.", {("Maruf", "taliban")}),
    ("It would take the Taliban weeks to capture Maruf district, analysts said.", set()),
])
def test_the_time_a_taking_took_tells_it_happened(sentence, expected):
    assert real_events("Kandahar\nKANDAHAR, July 14 - " + sentence, WEDNESDAY) - {("Kandahar", "taliban")} == expected
