"""Days after today: no report is printed, nor any event told, after the day it is read.

A date after today is a mistyped one (a page stamped 2099 for 2021, a year given to a day the
year has not reached yet). The intake refuses such a publication date
(`frontmap.intake.publication`) and the extraction refuses the same days by the same rule: a page's
stamp it reads again, a yearless day given the corpus's year. Today is the machine's local date,
with one day of slack: a report stamped just after midnight where it was written can read as
tomorrow here.
"""

from __future__ import annotations

import datetime as dt

#: How far past the local today a date may fall (the world's time zones).
SLACK = dt.timedelta(days=1)


def after_today(day: dt.date, today: dt.date | None = None) -> bool:
    """Return True when `day` falls after `today` (default: the real today), beyond the time-zone slack."""
    return day > (today or dt.date.today()) + SLACK


def up_to_today(day: dt.date | None) -> dt.date | None:
    """Return `day`, or None when there is none or it falls after today."""
    return None if day is None or after_today(day) else day


def until_today(day: dt.date | None, basis: str) -> tuple[dt.date | None, str]:
    """Return an event's (`day`, `basis`), or (None, "undated") when the day falls after today."""
    return (day, basis) if up_to_today(day) == day else (None, "undated")
