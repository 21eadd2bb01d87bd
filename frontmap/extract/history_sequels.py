"""History sequels: "In October 2001, ... A month later, the Taliban fled Kabul" is still 2001.

A sentence that opens by counting on from the day told before it ("a month later", "two days
later", "five years later", "the following year") tells what came after that day. When the last
day told in the sentences before it is history (a year before the report's), so is what followed:
the event is history, never the report's news. Without this the sequel, which names no day of its
own, falls back on the publication date, and a retelling of 2001 ("Taliban fighters fled the
capital a month later") would turn a 2021 map.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

# the sentence's opening count: "Just one month later,", "Five years later", "The following year"
_SEQUEL_OPENING = re.compile(
    r"^\W*(?:(?:just|only|barely|about|some|nearly|almost|less\s+than|more\s+than)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:later|afterwards?)"
    r"|the\s+(?:following|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter))\b",
    re.IGNORECASE,
)
_LOOK_BACK = 4  # sentences before the sequel in which the day it counts from may be told


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    def _sentence(self, index: int) -> str: ...
    def _dated_of(self, index: int) -> list: ...
    def is_history(self, date: dt.date | None, basis: str = "") -> bool: ...


def history_followed(dates: _Dates, index: int) -> dt.date | None:
    """Return the history day sentence `index` counts on from, when it opens by counting on from
    the last day told before it and that day is history (a year before the report's); else None."""
    if _SEQUEL_OPENING.match(dates._sentence(index)) is None:
        return None
    for k in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        told = [d for d in dates._dated_of(k) if d.date is not None]
        if told:
            return told[-1].date if dates.is_history(told[-1].date, told[-1].basis) else None
    return None
