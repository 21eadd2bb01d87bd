"""Tests for `frontmap.extract.clauses`: "before dawn on Thursday" and "after midnight on Sunday" are
times of day inside the clause, not subordinate clauses that would keep their weekday from it."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.clauses import clause_spans

SAT_JULY_10 = dt.date(2021, 7, 10)


@pytest.mark.parametrize("sentence", [
    "Police gave Achin district to the Taliban before dawn on Thursday in return for safe passage.",
    "The insurgents entered Nusay shortly after midnight on Friday, a resident said.",
    "Troops abandoned Kuf Ab before nightfall on Wednesday with their wounded.",
])
def test_a_time_of_day_on_a_weekday_opens_no_clause(sentence):
    assert len([c for c in clause_spans(sentence) if c[2]]) == 0


def test_a_time_of_day_alone_still_may_open_one():
    assert any(c[2] for c in clause_spans("Police left Achin before dawn, after the Taliban attacked."))


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Besieged policemen handed Achin district to Taliban fighters before dawn on Thursday in return for safe passage, elders said.",
     "Achin", "2021-07-08"),
    ("Militants who had crept into Nusay after midnight on Friday were still fighting there at noon, officials said.",
     "Nusay", "2021-07-09"),
])
def test_the_weekday_after_a_time_of_day_dates_the_event(text, place, day):
    assert any(name == place and date == day for name, _status, date in events_of(text, SAT_JULY_10))
