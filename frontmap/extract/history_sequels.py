"""History sequels: "In October 2001, ... A month later, the Taliban fled Kabul" is still 2001.

A sentence that opens by counting on from the day told before it ("a month later", "two days
later", "five years later", "the following year", "that autumn", "later that year") tells what
came after that day. When the last day told in the sentences before it is history (a year before
the report's), so is what followed:
the event is history, never the report's news. Without this the sequel, which names no day of its
own, falls back on the publication date, and a retelling of 2001 ("Taliban fighters fled the
capital a month later") would turn a 2021 map.

A sentence that opens by the end of the Taliban's first rule ("After the fall of the Taliban, Noor
took Mazar-i-Sharif", "Following the ouster of the Taliban regime, ...") tells the 2001 era the
same way: it names the regime's fall, not any day of this year's war ("after the fall of Taliban-held
Kunduz" is no such opening).
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
    r"|the\s+(?:following|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:later\s+)?that\s+(?:same\s+)?(?:week|month|year|spring|summer|autumn|fall|winter))\b",
    re.IGNORECASE,
)
# the opening that names the end of the first Taliban rule: "After the fall of the Taliban regime,"
_ERA_OPENING = re.compile(
    r"^\W*(?:after|following|since)\s+(?:the\s+)?(?:fall|ouster|overthrow|toppling|collapse|removal)\s+of\s+"
    r"(?:the\s+)?taliban(?![-\w'’])(?:\s+(?:regime|government|rule))?\s*(?:in\s+2001\s*)?,",
    re.IGNORECASE,
)
_ERA_END = dt.date(2001, 12, 7)  # the regime's last city given up: a day of that era, history to any 2021 report
_LOOK_BACK = 4  # sentences before the sequel in which the day it counts from may be told


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    def _sentence(self, index: int) -> str: ...
    def _dated_of(self, index: int) -> list: ...
    def is_history(self, date: dt.date | None, basis: str = "") -> bool: ...


def history_followed(dates: _Dates, index: int) -> dt.date | None:
    """Return the history day sentence `index` counts on from, when it opens by counting on from
    the last day told before it and that day is history (a year before the report's), or a day of
    the 2001 era when it opens by the first Taliban rule's end; else None."""
    if _ERA_OPENING.match(dates._sentence(index)):
        return _ERA_END
    if _SEQUEL_OPENING.match(dates._sentence(index)) is None:
        return None
    for k in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        told = [d for d in dates._dated_of(k) if d.date is not None]
        if told:
            return told[-1].date if dates.is_history(told[-1].date, told[-1].basis) else None
    return None
