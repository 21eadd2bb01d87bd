"""Tests for `frontmap.extract.weekday_dates`: a weekday written with its calendar date is one day,
the written date, even when the report looks back more than a week."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression

THU_JUL_22 = dt.date(2021, 7, 22)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Troops left the town on Wednesday, July 14, a lawmaker said.", "Wednesday, July 14"),
    ("Fighters came back on Sunday (11 July) before dawn.", "Sunday (11 July"),
    ("By Monday July 12 the base was empty.", "Monday July 12"),
])
def test_a_weekday_and_its_date_fold_into_one_explicit_day(sentence, text):
    (found,) = find_date_expressions(sentence)
    assert (found.kind, found.text) == ("month_day", text)
    assert resolve_expression(found, THU_JUL_22)[1] == "explicit"


def test_a_weekday_alone_or_apart_from_a_date_stays_a_weekday():
    kinds = [e.kind for e in find_date_expressions("Shelling began on Monday and ended on July 14.")]
    assert kinds == ["weekday", "month_day"]
    assert [e.kind for e in find_date_expressions("They returned last Friday.")] == ["weekday"]


@pytest.mark.parametrize(("text", "event"), [
    ("Insurgents overran Imam Sahib on Wednesday, July 14, border officials said.",
     ("Imam Sahib", "taliban", "2021-07-14")),
    ("On Tuesday, 13 July, government troops recaptured Enjil district after a long push.",
     ("Enjil", "government", "2021-07-13")),
    ("Officials said Faizabad fell on Saturday (July 10) after a week of clashes.",
     ("Faizabad", "taliban", "2021-07-10")),
])
def test_an_event_more_than_a_week_back_takes_the_written_date(text, event):
    assert event in events_of(text, THU_JUL_22)


def test_a_weekday_that_disagrees_with_its_date_is_read_alone():
    # 10 August 2021 was a Tuesday: one of the two is a slip, and the weekday wins as before
    (found,) = find_date_expressions("Fighting raged on Wednesday, August 10, residents said.")
    assert resolve_expression(found, dt.date(2021, 8, 12))[0] == dt.date(2021, 8, 11)
