"""The days an undated article names without their year, that the corpus's year can complete.

Three clues, besides the dateline of `frontmap.intake.yearless`:

- an agency's dateline with no town: "July 14 (UPI) -- Taliban forces said ..." (the article's day);
- the date headings of a timeline, lines that are only a day ("Aug. 13:", "12 August"): the latest
  is the page's day (a chronology is written on or after its last entry);
- days written with their weekday: "on Friday, June 18", "early on Saturday 10 July". The weekday
  checks the year: a day whose weekday does not fall on it in the corpus's year is no clue. The
  latest such day is the one the report speaks from (its news is of that day or just before it).

A report that writes any date in full ("July 7, 2021") is left alone: the extraction lends that
year to its days itself (`frontmap.extract.written_years`).
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.dates import MONTHS
from frontmap.extract.weekday_dates import WEEKDAYS
from frontmap.extract.written_years import latest_written_day

_LINES = 8
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "July 14 (UPI) --", "Aug. 6 (Reuters) -": a line opening with the day and the agency in brackets
_AGENCY_DATELINE = re.compile(
    rf"^\s*(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\s*\(\s*[A-Z][\w./ -]{{1,25}}\)\s*(?:[-\u2013\u2014]+|:)",
    re.IGNORECASE,
)
# "Friday, June 18", "Saturday 10 July", "Friday (July 16)"; not "Friday, June 18, 2021"
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<weekday>{'|'.join(WEEKDAYS)}),?\s+\(?(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\b)"
    r"(?:st|nd|rd|th)?(?!\d|,?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)

# "Aug. 13:", "- 12 August -": a line that is only a day of the month (a timeline's heading)
_HEADING_DAY = re.compile(
    rf"^\s*(?:[-\u2013\u2014\u2022*]+\s*)?(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?)"
    r"(?:st|nd|rd|th)?\s*[:\-\u2013\u2014]?\s*$",
    re.IGNORECASE,
)

#: A clue: ("dateline", [(month, day, None)]), ("headings", [(month, day, None), ...]) or
#: ("weekdays", [(month, day, weekday index), ...]).
DayClue = tuple[str, list[tuple[int, int, int | None]]]


def agency_dateline(text: str) -> tuple[int, int] | None:
    """Return (month, day) of an agency's dateline without a town or a year ("July 14 (UPI) --")
    in the opening lines of `text`, or None."""
    for line in text.split("\n")[:_LINES]:
        match = _AGENCY_DATELINE.match(line)
        if match and 1 <= int(match["day"]) <= 31:
            return MONTHS[match["month"].lower()], int(match["day"])
    return None


def heading_days(text: str) -> list[tuple[int, int, None]]:
    """Return (month, day, None) for every line of `text` that is only a day of the month without
    its year (a timeline's date heading: "Aug. 13:"), in order."""
    days = []
    for line in text.split("\n"):
        match = _HEADING_DAY.match(line)
        if match and 1 <= int(match["d1"] or match["d2"]) <= 31:
            days.append((MONTHS[(match["m1"] or match["m2"]).lower()], int(match["d1"] or match["d2"]), None))
    return days


def day_clue(text: str) -> DayClue | None:
    """Return the days without a year `text` gives as a clue to its own day: its agency dateline,
    else its date headings, else its days written with their weekday; None when it names none, or
    writes a date in full."""
    if latest_written_day(text) is not None:
        return None
    dateline = agency_dateline(text)
    if dateline is not None:
        return "dateline", [(*dateline, None)]
    headings = heading_days(text)
    if headings:
        return "headings", headings
    days = [(MONTHS[(m["m1"] or m["m2"]).lower()], int(m["d1"] or m["d2"]), WEEKDAYS[m["weekday"].lower()])
            for m in _WEEKDAY_DAY.finditer(text)]
    return ("weekdays", days) if days else None


def clue_day(clue: DayClue, year: int) -> dt.date | None:
    """Return the day `clue` gives in `year`: its dateline's, else the latest of its headings' days
    or of its weekday days that fall on their weekday that year; None when none does."""
    days = [day for day in (_day(year, month, d, weekday) for month, d, weekday in clue[1]) if day is not None]
    return max(days, default=None)


def _day(year: int, month: int, day: int, weekday: int | None) -> dt.date | None:
    """Return the date `year`-`month`-`day`, or None when there is no such day or it does not fall
    on `weekday` (when given)."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if weekday is None or date.weekday() == weekday else None
