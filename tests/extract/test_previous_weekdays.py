"""Tests for "the previous Friday" (`frontmap.extract.date_expressions`): the named weekday before
the day in force, not the one before publication."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression

MON_AUG_16 = dt.date(2021, 8, 16)


def _resolved(text: str, in_force: dt.date | None) -> dt.date:
    expr = next(e for e in find_date_expressions(text) if e.kind == "weekday")
    return resolve_expression(expr, MON_AUG_16, in_force)[0]


@pytest.mark.parametrize(("text", "in_force", "day"), [
    ("The previous Sunday, the insurgents had entered Kunduz.", dt.date(2021, 8, 15), dt.date(2021, 8, 8)),
    ("They had stormed Herat the previous Friday.", dt.date(2021, 8, 12), dt.date(2021, 8, 6)),
    ("On the preceding Wednesday, Faizabad was overrun.", dt.date(2021, 8, 13), dt.date(2021, 8, 11)),
    ("The previous Friday, fighting reached Khost.", None, dt.date(2021, 8, 13)),
])
def test_the_previous_weekday_is_counted_back_from_the_day_in_force(text, in_force, day):
    assert _resolved(text, in_force) == day


def test_a_plain_weekday_still_counts_from_publication():
    assert _resolved("Kunduz fell on Friday.", dt.date(2021, 8, 10)) == dt.date(2021, 8, 13)


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Kabul fell to the Taliban on Sunday. The previous Sunday, Kunduz had fallen.", "Kunduz", "2021-08-08"),
    ("Jalalabad fell on Thursday. The insurgents had taken Faizabad the previous Friday.", "Faizabad", "2021-08-06"),
    ("Herat fell on Wednesday. On the previous Saturday, militants had stormed Khost.", "Khost", "2021-08-07"),
])
def test_an_event_on_the_previous_weekday_is_dated_before_the_day_in_force(text, place, day):
    assert any(name == place and date == day for name, _status, date in events_of(text, MON_AUG_16))
