""""Earlier this week" is some day of the report's week before its day; "earlier in the week" one
before the day in force. A participle with its agent after the trigger ("regained X captured by the
Taliban earlier this week") dates the participle, not the trigger's verb."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.relative_history import dates_a_relative_past
from frontmap.extract.sentence_date import resolve_date

FRI_JUL_16 = dt.date(2021, 7, 16)


def test_earlier_this_week_is_before_the_report_day():
    assert resolve_date("Earlier this week the convoy was stopped.", FRI_JUL_16) == (dt.date(2021, 7, 15), "relative")


def test_earlier_in_the_week_is_before_the_day_in_force():
    previous = dt.date(2021, 7, 14)
    assert resolve_date("Earlier in the week the road was cut.", FRI_JUL_16, previous=previous) == (dt.date(2021, 7, 13), "relative")


def test_a_fall_earlier_this_week_is_not_of_the_report_day():
    events = events_of("The Taliban overran Achin district earlier this week, elders said.", FRI_JUL_16)
    assert ("Achin", "taliban", "2021-07-15") in events
    assert ("Achin", "taliban", "2021-07-16") not in events


@pytest.mark.parametrize(("sentence", "verb", "skipped"), [
    ("Troops regained the district captured by the Taliban earlier this week.", "regained", True),
    ("Commandos retook the base seized by militants on Tuesday, officials said.", "retook", True),
    ("The district was captured by the Taliban earlier this week.", "captured", False),
    ("Troops regained the district on Friday after it fell.", "regained", False),
])
def test_a_participle_s_date_does_not_date_the_verb_before_it(sentence, verb, skipped):
    expr = find_date_expressions(sentence)[0]
    assert dates_a_relative_past(sentence, expr, sentence.index(verb)) is skipped
