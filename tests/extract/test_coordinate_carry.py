"""Tests for frontmap.extract.coordinate_carry: an undated clause after ", and" takes the day of
the main clause before it, unless it tells a later time or a state as of now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from event_reading import events_of

from frontmap.extract.clauses import clause_spans
from frontmap.extract.coordinate_carry import carried_across_and
from frontmap.extract.date_expressions import DateExpression, find_date_expressions

MON_JUNE_7 = dt.date(2021, 6, 7)


@dataclass(frozen=True)
class _Day:
    expr: DateExpression


def _carried(sentence: str, word: str) -> list[str]:
    """Return the texts of the dates carried into the clause holding `word`."""
    clauses = clause_spans(sentence)
    at = sentence.index(word)
    clause = next(c for c in clauses if c[0] <= at < c[1] and not c[2])
    events = [_Day(e) for e in find_date_expressions(sentence)]
    return [d.expr.text for d in carried_across_and(sentence, clauses, clause, events)]


@pytest.mark.parametrize("sentence", [
    "Soldiers quit Achin district on Friday after weeks under siege, and the insurgents moved into the district compound.",
    "Police gave up Nusay district on Saturday after their ammunition ran out, and the Taliban took over the district centre.",
    "The army pulled out of Kuf Ab district on Thursday when no relief column came, and the militants entered the headquarters.",
])
def test_the_second_clause_takes_the_first_clause_s_day(sentence):
    assert len(_carried(sentence, sentence.split(", and ")[1][:12])) == 1


@pytest.mark.parametrize("sentence", [
    "Soldiers quit Achin district on Friday, and later the insurgents moved into the district compound.",
    "Soldiers quit Achin district on Friday, and the insurgents have since entered the district compound.",
    "Soldiers quit Achin district on Friday, and the insurgents now control the district compound.",
    "Soldiers quit Achin district on Friday, and then the insurgents moved into the district compound.",
    "Soldiers quit Achin district in May, and the insurgents moved into the district compound.",
])
def test_a_later_time_a_state_as_of_now_or_a_month_is_not_carried(sentence):
    assert _carried(sentence, "district compound") == []


def test_the_carried_day_dates_the_second_clause_s_event():
    events = events_of("Police abandoned Nusay district on Saturday after their ammunition ran out, and the Taliban entered the district centre.", MON_JUNE_7)
    assert {date for name, _status, date in events if name == "Nusay"} == {"2021-06-05"}
