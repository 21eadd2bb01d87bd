"""Tests for frontmap.extract.month_windows: parts of last month and of this month as one day."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.month_windows import resolve_month_window
from frontmap.extract.sentence_date import resolve_date

FRIDAY = dt.date(2021, 7, 9)  # publication date used throughout
D = dt.date


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("last month", D(2021, 6, 15)),
        ("previous month", D(2021, 6, 15)),
        ("late last month", D(2021, 6, 25)),
        ("early last month", D(2021, 6, 5)),
        ("mid-last month", D(2021, 6, 15)),
        ("the end of last month", D(2021, 6, 25)),
        ("the beginning of this month", D(2021, 7, 5)),
        ("early this month", D(2021, 7, 5)),
        ("late this month", FRIDAY),  # not yet come: never after publication
        ("this month", FRIDAY),
        ("earlier this month", D(2021, 7, 5)),
        ("earlier in the month", D(2021, 7, 5)),
    ],
)
def test_window_day(window, expected):
    assert resolve_month_window(window, FRIDAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Insurgents overran the Shirin Tagab district late last month, an elder said.", D(2021, 6, 25)),
        ("The border town of Torghundi fell in early last month after a week of fighting.", D(2021, 6, 5)),
        ("Militants took Jaghatu early this month, residents said.", D(2021, 7, 5)),
        ("Government troops quit the Ghormach base at the end of last month.", D(2021, 6, 25)),
        ("Two districts of Kapisa fell to the insurgents earlier in the month.", D(2021, 7, 5)),
    ],
)
def test_window_in_a_sentence(sentence, expected):
    assert resolve_date(sentence, FRIDAY)[0] == expected
