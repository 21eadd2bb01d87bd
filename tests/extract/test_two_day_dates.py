"""Two days told as one date ("12 and 13 August", "August 12 and 13", "5-6 August"): the event
happened on some day of them, so it takes the first with the range basis; a count after the
second figure ("August 12 and 13 districts") or a comma between two whole dates keeps them apart."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression
from frontmap.extract.span_windows import RANGE_BASIS

SAT_AUG_14 = dt.date(2021, 8, 14)


@pytest.mark.parametrize("sentence", [
    "The cities fell between 12 and 13 August.",
    "The cities fell on 12-13 August, officials said.",
    "The cities fell between August 12 and 13, officials said.",
])
def test_two_days_make_one_range(sentence):
    [expr] = find_date_expressions(sentence)
    assert resolve_expression(expr, SAT_AUG_14) == (dt.date(2021, 8, 12), RANGE_BASIS)


def test_a_count_after_the_second_figure_is_no_day():
    [expr] = find_date_expressions("By August 12 and 13 districts had fallen.")
    assert resolve_expression(expr, SAT_AUG_14) == (dt.date(2021, 8, 12), "explicit")


def test_two_whole_dates_stay_two():
    exprs = find_date_expressions("Kang fell on 5 August, and Zaranj on 6 August.")
    assert [resolve_expression(e, SAT_AUG_14) for e in exprs] == [(dt.date(2021, 8, 5), "explicit"), (dt.date(2021, 8, 6), "explicit")]
