"""Dates written in figures: "12/08/2021", "12.08.2021", "12-08-2021", "2021-08-12".

Afghan, South Asian and European outlets write the day first ("12.08.2021" is 12 August); an
American text may write the month first ("08/12/2021"). A reading whose day or month cannot be one
(a 13th month) is dropped; when both readings are possible, the day-first one is taken. Only
four-digit years count, so that scores, ratios and decimals ("3.5", "10/16") are never dates.

`find_numeric_dates` gives each as the fields of a written date (the month as its name), so that
`frontmap.extract.date_expressions` dates them, and gives them their roles, as it does "Aug 12, 2021".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY_MONTH_YEAR = re.compile(r"(?<![\w./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\w/-]|\.\d)")
_YEAR_MONTH_DAY = re.compile(r"(?<![\w./-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\w/-]|\.\d)")
_SEPARATORS = re.compile(r"\d[./-]\d")


def find_numeric_dates(sentence: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """Return (start, end, text, fields) of each date written in figures in `sentence`, in order;
    the fields are a written date's (``md_day``, ``md_month``, ``md_year``)."""
    if _SEPARATORS.search(sentence) is None:
        return []
    found = []
    for match in _DAY_MONTH_YEAR.finditer(sentence):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        day_month = _valid(year, second, first) or _valid(year, first, second)
        if day_month is not None:
            found.append(_expression(match, day_month))
    for match in _YEAR_MONTH_DAY.finditer(sentence):
        date = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date is not None:
            found.append(_expression(match, date))
    return sorted(found, key=lambda e: e[0])


def _valid(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when the figures make none."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _expression(match: re.Match[str], date: dt.date) -> tuple[int, int, str, dict[str, str]]:
    """Return the match as a written date ("12.08.2021" as 12 August 2021)."""
    fields = {"md_day": str(date.day), "md_month": calendar.month_abbr[date.month], "md_year": str(date.year)}
    return match.start(), match.end(), match.group(0), fields


def unambiguous_numeric_dates(text: str) -> list[tuple[int, dt.date]]:
    """Return (position, date) of each date in figures in `text` that reads one way only: "8/13/2021"
    (no 13th month), "13.08.2021", "2021-08-13"; not "8/7/2021", which is 8 July or 7 August
    depending on the site, and would date a whole report a month wrong."""
    found = []
    for start, _end, written, fields in find_numeric_dates(text):
        figures = [int(part) for part in re.split(r"[./-]", written)[:2]]
        if written[:4].isdigit() or figures[0] == figures[1] or max(figures) > 12:
            found.append((start, dt.date(int(fields["md_year"]), list(calendar.month_abbr).index(fields["md_month"]), int(fields["md_day"]))))
    return found
