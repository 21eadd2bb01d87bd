"""Datelines: the publication date an article's opening lines give ("Published: 7 August 2021")."""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.captions import captions_a_picture
from frontmap.extract.dates import MONTHS

_DATE_SEARCH_LINES = 12
_DATE_SEARCH_CHARS = 400
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    (re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("d", "M", "y")),
)
_DATELINE_WORDS = re.compile(r"^\s*(published|posted|updated|date|dated)\b", re.IGNORECASE)


def _dates_in(text: str) -> list[tuple[int, dt.date]]:
    """Return (position, date) for every full date (with a year) written in `text`."""
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups()))
            try:
                month = MONTHS[parts["M"].lower()] if "M" in parts else int(parts["m"])
                found.append((match.start(), dt.date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return sorted(found)


def date_in_text(text: str) -> dt.date | None:
    """Return the publication date written at the top of `text`, or None.

    A dateline wins: a short line among the first lines that holds a date, or a line starting
    with Published/Posted/Updated/Date. Else the first full date within the opening characters
    that is no photo caption's ("Fighters stand guard in Herat, 6 August 2021. EPA"): a picture's
    day is not the report's, and weekdays counted back from it would fall a week early.
    """
    for line in text.split("\n")[:_DATE_SEARCH_LINES]:
        s = line.strip()
        if s and (len(s) <= 80 or _DATELINE_WORDS.match(s)) and not captions_a_picture(s):
            dates = _dates_in(s)
            if dates:
                return dates[0][1]
    opening = text[:_DATE_SEARCH_CHARS]
    dates = [day for at, day in _dates_in(opening) if not captions_a_picture(_line_at(opening, at))]
    return dates[0] if dates else None


def _line_at(text: str, position: int) -> str:
    """Return the line of `text` that holds `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]
