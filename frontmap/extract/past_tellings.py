"""Past tellings: the days a retrospective's body gives each place, for its headline.

A report published weeks or months after the events it recounts ("Lashkar Gah's long siege"
above "fighting reached the outskirts in late July ... the city fell on August 13", a September
paper; "Anniversary: the fall of Mazar" above "a year ago today the Taliban entered the city")
titles a past story: its headline names no news of the publication day. Retelling
(`frontmap.extract.date_retelling`) lends a headline only the days of the month before
publication, so that a current headline never takes a background day; when the body tells no
recent day at all, the headline event takes the day the body gives the same place and status, or
the one day it gives the place, instead of the publication day.
"""

from __future__ import annotations

import datetime as dt


class PastTellings:
    """The body's days, told more than a month before publication, by place key and status."""

    def __init__(self) -> None:
        """Start with no telling noted."""
        self._days: dict[str, dict[dt.date, set[str]]] = {}

    def note(self, key: str, status: str, date: dt.date) -> None:
        """Note that the body tells (`key`, `status`) on `date`, with the telling's own date."""
        self._days.setdefault(key, {}).setdefault(date, set()).add(status)

    def day_of(self, key: str, status: str, opposed: frozenset[str]) -> tuple[dt.date, str] | None:
        """Return (day, "retold") for a headline event of (`key`, `status`): the one day the body gives
        the place that status, else the one day it gives the place an outcome not `opposed` to it
        ("Army retakes X" never takes the day X fell); None when it gives several or none."""
        told = self._days.get(key, {})
        same = [day for day, statuses in told.items() if status in statuses]
        days = same or [day for day, statuses in told.items() if not statuses <= opposed]
        return (days[0], "retold") if len(days) == 1 else None
