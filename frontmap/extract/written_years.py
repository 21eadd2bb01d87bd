"""Written years: the year an undated report writes out, lent to the days it writes without one.

A report without a publication date (a live page, a factbox copied without its header) often
still writes some dates in full: a stamp "3:33 a.m. ET, August 13, 2021", a line "August 14,
2021", a caption "..., Aug 12, 2021". Its days written without a year ("- Aug. 6 - ZARANJ.", "on
August 15", a heading "May 11") are of that year: they count from the latest day the report
writes in full, as a dated report's count from its publication (the year before, for a day
more than two months after it). Only a stamp says when the page was written: a day told in its
prose ("a deal signed on February 29, 2020") is only a floor, so a yearless day more than two
months after it ("since the Aug. 15 fall of Kabul") has no year the page gives, and stays undated
rather than going back a year. Weekdays and words of "now" still need the report's own day. A
date that names an old event ("the September 11, 2001 attacks") is not a day the report writes,
nor is a day after today (a mistyped stamp, `future_days`).

A report that writes no day in full takes the corpus's year, when the intake found one
(`frontmap.intake.yearless`): its yearless days are of that year, unless that puts them after today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from frontmap.extract.date_expressions import NAMES_AN_EVENT, DateExpression, find_date_expressions, resolve_expression
from frontmap.extract.future_days import after_today

_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\b|(?=[A-Z][a-z]))")  # "August 3, 2021Afghanistan's": a glued word after it
_BEFORE_YEAR = 30  # characters before a year that may hold its month and day ("Wednesday, September 1, 2021")
_MAX_YEARS = 200  # years looked at: the dates a report writes in full are few, a long list of years is no dateline
_YEARLESS_KINDS = frozenset({"month_day"})  # a month alone is a window: no day to lend a year to
_YEAR_FIELDS = ("md_year", "dm_year")
# a day told in prose, the day of something the report tells ("on", "since", "signed in"), not its stamp
_TOLD_BEFORE = re.compile(r"\b(?:on|since|from|until|till|through|by|before|after|of|between|to|in)\s+(?:the\s+)?$", re.IGNORECASE)


def lent_day(expr: DateExpression, text: str, reference_year: int | None = None) -> dt.date | None:
    """Return the day a yearless date expression of `text` counts from when the report gives no
    publication date: the latest day `text` writes in full, else the last day of `reference_year`
    (the corpus's) unless the expression's day that year is after today; None for any other expression."""
    if expr.kind not in _YEARLESS_KINDS or any(expr.get(field) for field in _YEAR_FIELDS):
        return None
    latest = latest_written_day(text)
    if latest is None:
        return _year_end(expr, reference_year)
    if latest in _stamp_days(text):
        return latest
    day = resolve_expression(expr, latest)[0]
    return None if day is not None and day.year < latest.year else latest  # a floor, not the page's day


def _year_end(expr: DateExpression, year: int | None) -> dt.date | None:
    """Return the last day of `year`, from which a yearless day counts as one of that year; None
    without a year, or when the day `expr` names that year is after today."""
    if year is None:
        return None
    end = dt.date(year, 12, 31)
    day = resolve_expression(expr, end)[0]
    return end if day is not None and not after_today(day) else None


def names_yearless_days(text: str) -> bool:
    """Return True when `text` names a day of a month without its year and writes no date in full
    (a report the corpus's year would date)."""
    if latest_written_day(text) is not None:
        return False
    return any(e.kind in _YEARLESS_KINDS and not any(e.get(field) for field in _YEAR_FIELDS) for e in find_date_expressions(text))


def latest_written_day(text: str) -> dt.date | None:
    """Return the latest day `text` writes with its month, day and year, or None."""
    return max((day for day, _told in _written_days(text) if day is not None), default=None)


def written_year(text: str) -> int | None:
    """Return the year of every day `text` writes in full, when they are all of one year; else None."""
    years = {day.year for day, _told in _written_days(text) if day is not None}
    return years.pop() if len(years) == 1 else None


def _stamp_days(text: str) -> frozenset[dt.date]:
    """Return the days `text` writes in full outside its prose (a stamp, a dated line, a caption's end)."""
    return frozenset(day for day, told in _written_days(text) if day is not None and not told)


@lru_cache(maxsize=8)
def _written_days(text: str) -> tuple[tuple[dt.date | None, bool], ...]:
    """Return (day, told in prose) for each date `text` writes in full (day None for a year alone),
    read once per text for the three questions above."""
    return tuple(_written_days_told(text))


def _written_days_told(text: str) -> Iterator[tuple[dt.date | None, bool]]:
    """Yield (day, told in prose) for each date `text` writes in full (day None for a year alone)."""
    for count, year in enumerate(_YEAR.finditer(text)):
        if count == _MAX_YEARS:
            return
        if NAMES_AN_EVENT.match(text, year.end()):
            yield None, True
            continue
        offset = max(0, year.start() - _BEFORE_YEAR)
        window = text[offset : year.end()]
        full = [e for e in find_date_expressions(window) if e.kind == "month_day" and e.end == len(window)]
        if not full:
            yield None, False
            continue
        told = _TOLD_BEFORE.search(text, max(0, offset + full[-1].start - 20), offset + full[-1].start) is not None
        day = resolve_expression(full[-1], None)[0]
        yield (None if day is not None and after_today(day) else day), told
