"""Tests for frontmap.extract.undone_changes: a loss its own sentence tells as undone by a dated
retaking is put the day before that retaking, never after it; a loss with a day of its own, or
told after the retaking, keeps its day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

WED_JUNE_30 = dt.date(2021, 6, 30)


@pytest.mark.parametrize(("text", "loss_day"), [
    ("Nusay district had also fallen to the militants, but troops retook it on June 21.", "2021-06-20"),
    ("The Taliban overran Nusay, but police retook the district on June 21.", "2021-06-20"),
    ("Nusay had been lost to the Taliban; local militias recaptured it on June 21.", "2021-06-20"),
    ("The Taliban overran Nusay on June 21, and troops retook it that evening.", "2021-06-21"),
    ("Nusay had fallen at dawn on June 21, but troops retook it by the afternoon of June 21.", "2021-06-21"),
    ("Commandos recaptured Nusay on June 21 after it had been overrun by the insurgents.", "2021-06-21"),
])
def test_a_loss_comes_no_later_than_its_dated_retaking(text, loss_day):
    events = events_of(text, WED_JUNE_30)
    assert ("Nusay", "government", "2021-06-21") in events
    assert ("Nusay", "taliban", loss_day) in events


def test_a_loss_told_after_its_retaking_keeps_its_later_day():
    events = events_of("Troops retook Nusay on June 21, but the Taliban overran it again.", WED_JUNE_30)
    assert ("Nusay", "government", "2021-06-21") in events
    assert not any(status == "taliban" and day <= "2021-06-21" for _, status, day in events)


def test_a_denied_claim_is_no_loss_undone():
    events = events_of("The Taliban claimed on Tuesday that Nusay had fallen. Police said they still held Nusay.", WED_JUNE_30)
    assert not any(day == "2021-06-28" for _, _, day in events)
