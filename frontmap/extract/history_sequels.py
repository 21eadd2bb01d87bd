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

A background paragraph counts on from its history day anywhere in a sentence, not only at its
opening: "The Taliban overran Kunduz in September 2015. Government forces retook it two weeks
later" (or "the next day", "soon afterwards", "within days"). Such a sentence, naming no day of its
own, follows the history day told before it in the same paragraph; "Today they hold it again" counts
from the report's day, not from the history, and stays news.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from frontmap.extract.rebel_sides import TAKEOVER

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
# a count on from the day told before, anywhere in the sentence, that no date expression is: "soon afterwards"
_SEQUEL_WORDS = re.compile(
    r"\b(?:(?:soon|shortly|not\s+long|immediately)\s+after(?:wards?)?\b(?!\s+(?:the|a|an|its|their|his|her)\b)"
    r"|later\s+that\s+(?:same\s+)?(?:day|night|week|month|year)|(?<!as\s)\bsoon\b(?!\s+as\b)"
    r"|within\s+(?:a|one|two|three|four|five|six|\d+|a\s+few|several)\s+(?:days?|weeks?|months?)\b"
    r"|after\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|fortnight)\b(?!\s+(?:ago|of\s+(?:fighting|clashes|siege))))",
    re.IGNORECASE,
)
# a date expression that counts on from the day told before ("two weeks later", "the next day", "within days")
_COUNTED_ON = re.compile(r"^(?:the\s+(?:next|following|same)\b|that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon)|within\b)", re.IGNORECASE)
_ERA_END = dt.date(2001, 12, 7)  # the regime's last city given up: a day of that era, history to any 2021 report
_LOOK_BACK = 4  # sentences before the sequel in which the day it counts from may be told
# the year the map tells: a later retrospective ("In May 2021 the Taliban took Nerkh", a 2022 paper)
# tells it as its subject, not as history
CAMPAIGN_YEAR = TAKEOVER.year


def before_history_floor(date: dt.date | None, published: dt.date) -> bool:
    """Return True when `date` is history to a report published on `published`: a year before both
    the report's and the campaign's (2020 is history to a 2022 paper, 2021 is not)."""
    return date is not None and date.year < min(published.year, CAMPAIGN_YEAR)


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    def _sentence(self, index: int) -> str: ...
    def _dated_of(self, index: int) -> list: ...
    def is_history(self, date: dt.date | None, basis: str = "") -> bool: ...
    def _paragraph(self, index: int) -> int: ...


def history_followed(dates: _Dates, index: int) -> dt.date | None:
    """Return the history day sentence `index` counts on from, when it opens by counting on from
    the last day told before it and that day is history (a year before the report's), or a day of
    the 2001 era when it opens by the first Taliban rule's end; else None."""
    if _ERA_OPENING.match(dates._sentence(index)):
        return _ERA_END
    if _SEQUEL_OPENING.match(dates._sentence(index)) is not None:
        return _history_told_before(dates, index, same_paragraph=False)
    if _counts_on_inside(dates, index):
        return _history_told_before(dates, index, same_paragraph=True)
    return None


def _counts_on_inside(dates: _Dates, index: int) -> bool:
    """Return True when sentence `index` names no day of its own but counts on from the day told
    before it somewhere inside ("retook it two weeks later", "the next day", "soon afterwards")."""
    own = [d.expr for d in dates._dated_of(index)]
    counted = [e for e in own if e.kind == "shift" or (e.kind == "relative" and _COUNTED_ON.match(e.text))]
    if len(counted) < len(own):
        return False  # it names a day of its own ("on Sunday", "today")
    return bool(counted) or _SEQUEL_WORDS.search(dates._sentence(index)) is not None


def _history_told_before(dates: _Dates, index: int, same_paragraph: bool) -> dt.date | None:
    """Return the last day told before sentence `index` (within the look-back; within its paragraph
    when `same_paragraph`) when that day is history, else None."""
    paragraph = dates._paragraph(index) if same_paragraph else None
    for k in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if paragraph is not None and dates._paragraph(k) != paragraph:
            return None
        told = [d for d in dates._dated_of(k) if d.date is not None]
        if told:
            return told[-1].date if dates.is_history(told[-1].date, told[-1].basis) else None
    return None
