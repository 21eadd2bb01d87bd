"""Weekdays of an undated report near a day written without its year (for `frontmap.extract.dates`).

A report without a publication date still dates "On August 12 the Taliban took Herat" by the
year it writes or the corpus's (`written_years.lent_day`). A weekday told soon after that day
("Qala-i-Naw fell on Thursday") has no report's day to count back from, but the story runs on from
the day it has just told: the weekday is the one that falls on that day or in the six days after
it. Only a day told in the weekday's own paragraph counts, as a day lent a year does not carry
across the report and a day a paragraph before is often background ("since the withdrawal began
on May 1"); a weekday with no such day near it stays undated, and
"last Thursday" or "the previous Thursday" count back, not on.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from frontmap.extract.date_expressions import DateExpression
from frontmap.extract.written_years import lent_day

_WEEK_ON = dt.timedelta(days=6)  # the last day a weekday told after a day may fall on
_YEAR_FIELDS = ("md_year", "dm_year")
_PARAGRAPHS_BACK = 1  # the weekday's own paragraph: a day told a paragraph before is often background ("since May 1")


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    _text: str
    _year: int | None
    _published: dt.date | None

    def _dated_of(self, index: int) -> list: ...
    def _paragraph(self, index: int) -> int: ...


def lent_reference(dates: _Dates, index: int, expr: DateExpression, found: list) -> dt.date | None:
    """Return the day `expr` of sentence `index` counts from in a report with no day of its own:
    a yearless day's lent year end or written day (`written_years.lent_day`), else for a weekday
    the sixth day after the last yearless day told before it (`found`: the sentence's expressions
    dated so far) in its paragraph; None otherwise."""
    lent = lent_day(expr, dates._text, dates._year)
    if lent is not None or dates._published is not None or not _plain_weekday(expr):
        return lent
    start = _last_lent_day(dates, index, found)
    return start + _WEEK_ON if start is not None else None


def _plain_weekday(expr: DateExpression) -> bool:
    """Return True for a weekday that names no direction of its own ("Thursday", not "last Thursday")."""
    return expr.kind == "weekday" and not expr.get("wd_prev") and not expr.get("wd_last") and not expr.get("wd_next")


def _last_lent_day(dates: _Dates, index: int, found: list) -> dt.date | None:
    """Return the latest yearless day told before the weekday: earlier in its sentence, else in the
    sentences before it within its paragraph; None when there is none."""
    day = _lent_in(found)
    paragraphs = {dates._paragraph(index)}
    k = index - 1
    while day is None and k >= 0:
        paragraphs.add(dates._paragraph(k))
        if len(paragraphs) > _PARAGRAPHS_BACK:
            return None
        day, k = _lent_in(dates._dated_of(k)), k - 1
    return day


def _lent_in(dated: list) -> dt.date | None:
    """Return the day of the last event in `dated` told as a day of a month without its year, or None."""
    for item in reversed(dated):
        expr = item.expr
        if item.role == "event" and item.date is not None and expr.kind == "month_day" and not any(expr.get(f) for f in _YEAR_FIELDS):
            return item.date
    return None

