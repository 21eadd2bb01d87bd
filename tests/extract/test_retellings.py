"""A capture or retake an article dates itself and tells again later with only the date in force
is one event on the article's own day (frontmap.extract.retellings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from frontmap.extract.retellings import own_days_first

D = dt.date


@dataclass(frozen=True)
class Draft:
    key: str
    status: str
    date: dt.date | None
    basis: str
    trigger: str = "captured"


def test_a_carried_retelling_takes_the_articles_own_day():
    drafts = [Draft("shb", "taliban", D(2021, 8, 7), "weekday"), Draft("zrj", "taliban", D(2021, 8, 6), "weekday"),
              Draft("shb", "taliban", D(2021, 8, 6), "carried", "taken")]
    assert [(d.key, d.date, d.basis) for d in own_days_first(drafts)] == [
        ("shb", D(2021, 8, 7), "weekday"), ("zrj", D(2021, 8, 6), "weekday"), ("shb", D(2021, 8, 7), "retold")]


@pytest.mark.parametrize("later", [
    Draft("shb", "contested", D(2021, 8, 6), "carried", "fighting"),  # fighting goes on: its own day
    Draft("shb", "taliban", D(2021, 8, 9), "carried", "under Taliban control"),  # a hold is the state that day
    Draft("shb", "taliban", D(2021, 8, 9), "explicit"),  # a day of its own stays
    Draft("kdz", "taliban", D(2021, 8, 9), "carried"),  # another place
])
def test_what_is_not_a_retelling_keeps_its_day(later):
    first = Draft("shb", "taliban", D(2021, 8, 7), "weekday")
    assert own_days_first([first, later]) == [first, later]


def test_a_retelling_before_the_dated_report_also_takes_its_day():
    drafts = [Draft("frh", "government", D(2021, 8, 1), "carried", "retook"),
              Draft("frh", "government", D(2021, 8, 3), "relative", "retaken")]
    assert own_days_first(drafts)[0].date == D(2021, 8, 3)


def test_an_own_day_weeks_away_is_a_window_read_as_a_day_not_the_same_event():
    # "the loss of the city ... in the last few months" read as a day two months back
    drafts = [Draft("fzb", "taliban", D(2021, 8, 11), "carried"), Draft("fzb", "taliban", D(2021, 6, 12), "relative", "loss of")]
    assert own_days_first(drafts)[0].date == D(2021, 8, 11)


@dataclass(frozen=True)
class IndexedDraft(Draft):
    index: int = 1


def test_the_bodys_own_day_is_preferred_to_the_headlines():
    # "Army retakes X hours after it fell" above "... had overrun it" (Monday) and a carried retelling
    drafts = [IndexedDraft("kba", "taliban", D(2021, 6, 15), "relative", index=0),
              IndexedDraft("kba", "taliban", D(2021, 6, 14), "weekday", index=1),
              IndexedDraft("kba", "taliban", D(2021, 6, 15), "carried", "stormed", index=2)]
    assert [d.date for d in own_days_first(drafts, headline=0)] == [D(2021, 6, 15), D(2021, 6, 14), D(2021, 6, 14)]
