"""A day told by its ordinal alone, with no month: "On the 15th they entered Kabul", "by the 3rd".

It takes the month in force: the month of the date the sentences before put in force, else the
publication month; a day that would come after publication is the month before's ("the 28th" in
a report of August 3 is July 28). An ordinal that counts something else ("the 15th district to
fall", "the 20th anniversary", "the 209th Corps", "on the 5th day of the siege") is no date.
"""

from __future__ import annotations

import datetime as dt
import re

# "on the 15th", "late on the 3rd", "by the 21st", "since the 2nd" (a preposition before it: a day, not a rank)
_ORDINAL_DAY = re.compile(
    r"\b(?:on|by|since|until|till|from|before|after)\s+(?P<article>the)\s+(?P<od_day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?![\w-]|\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\w+\s+to\b)"
    r"|\s+(?:day|days|week|month|year|anniversary|century|time|round|floor|corps|division|brigade|battalion|district|province"
    r"|capital|city|town|place|attempt|attack|assault|consecutive|straight|of\s+(?:the|a|its|their|his|her)\s+\w+)\b)",
    re.IGNORECASE)
_ORDINAL_ANCHOR = re.compile(r"\d(?:st|nd|rd|th)\b")


def has_ordinal(sentence: str) -> bool:
    """Return True when `sentence` may hold an ordinal day (a quick test before the full search)."""
    return _ORDINAL_ANCHOR.search(sentence) is not None


def find_ordinal_days(sentence: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """Return (start, end, text, fields) of each month-less ordinal day in `sentence`, in order;
    the span starts at the article ("the 15th"), the field ``od_day`` holds the day."""
    if not has_ordinal(sentence):
        return []
    return [(m.start("article"), m.end(), sentence[m.start("article") : m.end()], {"od_day": m.group("od_day")})
            for m in _ORDINAL_DAY.finditer(sentence)]


def resolve_ordinal(day: int, published: dt.date | None, in_force: dt.date | None) -> dt.date | None:
    """Return the date of the ordinal `day` in the month in force (of `in_force`, else of
    `published`), moved a month back when it would come after `published`; None when neither is known."""
    base = in_force or published
    if base is None:
        return None
    found = _day_of_month(base.year, base.month, day)
    if found is not None and published is not None and found > published:
        back = base.replace(day=1) - dt.timedelta(days=1)
        found = _day_of_month(back.year, back.month, day)
    return found


def _day_of_month(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when the month has no such day (a 31st of June)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
