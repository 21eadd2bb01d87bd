"""A government hold told as the state before a loss the report tells is dropped."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from frontmap.extract.prior_holds import told_before_a_loss, without_prior_holds

_DAY = dt.date(2021, 8, 13)


def _draft(status: str, excerpt: str, trigger: str, key: str = "Qalat", date: dt.date = _DAY):
    return SimpleNamespace(key=key, status=status, date=date, excerpt=excerpt, trigger=trigger)


@pytest.mark.parametrize("sentence, trigger", [
    ("Soldiers had held the town for years.", "held"),
    ("Troops had been holding the city since June.", "holding"),
    ("The province is a rebel heartland, but troops were holding its capital.", "holding"),
    ("The south is a rebel heartland, but soldiers were holding control over the city.", "control"),
])
def test_a_perfect_or_narrated_progressive_hold_is_told_before_a_loss(sentence, trigger):
    assert told_before_a_loss(sentence, trigger)


@pytest.mark.parametrize("sentence, trigger", [
    ("Officials said troops were holding the city.", "holding"),
    ("Troops were still holding the city.", "holding"),
    ("Troops hold the city.", "hold"),
    ("Commandos had retaken the district.", "retaken"),
    ("Government control had been restored in the city.", "control"),
])
def test_an_answer_or_a_present_hold_is_not(sentence, trigger):
    assert not told_before_a_loss(sentence, trigger)


def test_the_hold_goes_only_when_the_report_tells_a_loss_of_the_place():
    hold = _draft("government", "Troops had held the town for years.", "held")
    claim = _draft("claimed", "The Taliban said they took Qalat.", "took")
    other = _draft("taliban", "The Taliban took Ghazni.", "took", key="Ghazni")
    assert without_prior_holds([claim, hold]) == [claim]
    assert without_prior_holds([other, hold]) == [other, hold]


def test_a_hold_after_the_loss_stays():
    hold = _draft("government", "Troops had held the town again.", "held", date=_DAY + dt.timedelta(days=2))
    loss = _draft("taliban", "The Taliban took Qalat.", "took")
    assert without_prior_holds([loss, hold]) == [loss, hold]
