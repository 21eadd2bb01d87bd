"""Tests for frontmap.extract.month_windows: parts of last month and of this month as one day; a
window with no part ("last month", "earlier this month") as a span from its month's first day."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.month_windows import resolve_month_window
from frontmap.extract.span_windows import RANGE_BASIS
from frontmap.extract.sentence_date import resolve_date

FRIDAY = dt.date(2021, 7, 9)  # publication date used throughout
D = dt.date


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("last month", (D(2021, 6, 1), RANGE_BASIS)),
        ("previous month", (D(2021, 6, 1), RANGE_BASIS)),
        ("late last month", (D(2021, 6, 25), "relative")),
        ("early last month", (D(2021, 6, 5), "relative")),
        ("mid-last month", (D(2021, 6, 15), "relative")),
        ("the end of last month", (D(2021, 6, 25), "relative")),
        ("the beginning of this month", (D(2021, 7, 5), "relative")),
        ("early this month", (D(2021, 7, 5), "relative")),
        ("late this month", (FRIDAY, "relative")),  # not yet come: never after publication
        ("this month", (FRIDAY, "relative")),
        ("earlier this month", (D(2021, 7, 1), RANGE_BASIS)),  # no day: a span, not the 5th
        ("earlier in the month", (D(2021, 7, 1), RANGE_BASIS)),
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
        ("Two districts of Kapisa fell to the insurgents earlier in the month.", D(2021, 7, 1)),
    ],
)
def test_window_in_a_sentence(sentence, expected):
    assert resolve_date(sentence, FRIDAY)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no part of the month: a span from its first day, never a day of its own
        ("The Taliban took Kabul earlier this month, aid workers said.", (D(2021, 7, 1), RANGE_BASIS)),
        ("Kunduz fell to the insurgents last month.", (D(2021, 6, 1), RANGE_BASIS)),
        # near misses: a part of the month, or a window of this week, keeps its day
        ("Militants overran Dahana-i-Ghori late last month.", (D(2021, 6, 25), "relative")),
        ("Militants overran Dahana-i-Ghori earlier this week.", (D(2021, 7, 8), "relative")),
    ],
)
def test_a_window_with_no_part_is_a_span(sentence, expected):
    assert resolve_date(sentence, FRIDAY) == expected
