"""Tests for words of control that tell no event: a title ("ousted vice president"), a warning
("warned the Taliban against entering X") and a hypothesis ("any negotiated surrender of X"); and
"holding out in X", which is its defenders' hold, and resistance put up or only foreseen."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

_DAY = dt.date(2021, 8, 25)


@pytest.mark.parametrize("text", [
    "Fighters loyal to the ousted vice president gathered in Panjshir on Tuesday.",
    "Supporters of the ousted government met in Panjshir on Tuesday.",
    "Saleh warned the Taliban against entering Panjshir on Tuesday.",
    "The insurgents hold every card in any negotiated surrender of Kabul, a diplomat said.",
    "The Taliban will control any eventual handover of Kabul, a diplomat said.",
])
def test_no_event(text):
    assert real_events(text, _DAY) == set()


@pytest.mark.parametrize("text, event", [
    ("Local fighters ousted the Taliban from Paryan district on Sunday.", ("Paryan", "government")),
    ("Officials said the governor negotiated the surrender of Jalalabad on Sunday.", ("Jalalabad", "taliban")),
    ("Officials warned on Sunday that the Taliban had entered Ghazni.", ("Ghazni", "contested")),
])
def test_the_event_beside_such_words_stays(text, event):
    assert event in real_events(text, _DAY)


@pytest.mark.parametrize("text, events", [
    ("Militiamen and soldiers have been holding out in Panjshir since Sunday.", {("Panjshir", "government")}),
    ("Soldiers held out in Nahrin district on Friday, a police official said.", {("Nahrin", "government")}),
    ("Troops held out in Nahrin's old fort on Friday, a resident said.", set()),
    ("Officials hold out little hope for Nahrin, a council member said.", set()),
    ("Fighters have been holding out in Panjshir since the fall of the capital.", {("Panjshir", "government")}),
    ("Taliban fighters held out in Nahrin on Friday.", {("Nahrin", "taliban")}),
    ("Led by a former mujahideen commander's son, they held out in Panjshir, where attacks are hard.", {("Panjshir", "government")}),
])
def test_holding_out_in_a_place_is_its_defenders_hold(text, events):
    assert real_events(text, _DAY) == events


@pytest.mark.parametrize("text", [
    "The last soldiers holding out in Ghoryan surrendered to the Taliban on Friday, officials said.",
    "Troops holding out in the Ghoryan district centre ran out of food and surrendered on Friday.",
])
def test_defenders_holding_out_who_surrender_give_the_place_up(text):
    assert real_events(text, _DAY) == {("Ghoryan", "taliban")}


@pytest.mark.parametrize("text, events", [
    ("Soldiers put up stiff resistance in Kandahar on Tuesday.", {("Kandahar", "contested")}),
    ("In May officials were confident that troops would put up a strong fight for Kandahar.", set()),
    ("Officials expect troops to put up stiff resistance in Kandahar.", set()),
    ("Troops in Kandahar put up no resistance on Tuesday.", set()),
])
def test_resistance_put_up_or_foreseen(text, events):
    assert real_events(text, _DAY) == events


@pytest.mark.parametrize(("text", "expected"), [
    ('The Taliban "are in full control", Sefatullah Samangani from Samangan province told the media on Monday.', set()),
    ("Aybak fell on Monday, Sefatullah Samangani from Samangan told reporters.", {("Aybak", "taliban")}),
    ("Government troops withdrew from Samangan province on Monday, Ahmad Zia told reporters.", {("Samangan", "taliban")}),
])
def test_a_named_speaker_from_a_province_gives_his_home(text, expected):
    assert real_events(text, dt.date(2021, 8, 9)) == expected
