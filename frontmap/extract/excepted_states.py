"""The day of the hold a sweep leaves out: "Apart from X, all districts have fallen over the past
month" (for `frontmap.extract.events`).

The span dates the falls of the rest, some day of it each; the place left out is held at its end,
the report's day: a window that reaches back a month gives that hold no earlier day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from frontmap.extract.span_windows import RANGE_BASIS

if TYPE_CHECKING:
    from frontmap.extract.dates import ArticleDates


def held_now(dates: ArticleDates, excepted: bool, dated: tuple[dt.date | None, str]) -> tuple[dt.date | None, str]:
    """Return the (date, basis) of an event: for a place a sweep left out (`excepted`) dated by a
    span back from the report, the report's own day (`dates.undated`); else `dated` as it is."""
    if excepted and dated[1] == RANGE_BASIS:
        return dates.undated()  # the span ends with the report: the hold is of its day
    return dated
