"""A running tally over days: "X is the 13th district to fall in a week" tells today's news of X
with no day of its own, so a day an earlier paragraph put in force does not date it (for
`frontmap.extract.dates.ArticleDates`). Within one paragraph the day in force still holds: a
timeline line "Aug. 9 - AYBAK. Fighters take control, the sixth capital to fall in four days".
A window closing the tally ("... to fall in the last two days") is its span (`closes_a_tally`),
never X's day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from frontmap.extract.text import Stems

# a tally of retakes counts the same way ("the second district to be recaptured in a week")
_BACK = r"(?:recaptured|retaken|reclaimed|regained|liberated|won\s+back)"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
# "the 13th district to fall in a week", "the latest capital to be overrun in ten days": a running tally
_TALLY_OVER_DAYS = re.compile(
    rf"\b(?:{_ORDINAL}|latest|last)\s+(?:[\w-]+\s+){{0,2}}?(?:districts?|capitals?|cit(?:y|ies)|towns?|provinces?)\s+"
    r"(?:(?:of|in)\s+(?:the\s+)?[\w-]+\s+(?:province\s+)?)?to\s+"
    rf"(?:fall|be\s+(?:captured|taken|overrun|seized|{_BACK})|change\s+hands)\b[^.;]{{0,60}}?\b(?:in|within|over|during)\s+"
    r"(?:(?:less|more)\s+than\s+)?(?:a|one|two|the\s+(?:past|last)|(?:three|four|five|six|seven|eight|nine|ten|\d{1,2}))?\s*"
    r"(?:weeks?|(?<!a )(?<!one )(?<!two )days)\b",
    re.IGNORECASE,
)

# "the second capital to fall to the Taliban in the last two days", "the second district that has
# fallen this week", "the third capital the group has taken over in the last three days": a tally's
# clause up to its window
_TALLY_HEAD = re.compile(
    rf"\b(?:{_ORDINAL}|latest|last)\s+(?:[\w-]+\s+){{0,2}}?(?:districts?|capitals?|cit(?:y|ies)|towns?|provinces?)\s+"
    r"(?:(?:of|in)\s+(?:the\s+)?[\w-]+\s+(?:province\s+)?)?(?:(?:to\s+|(?:that|which)\s+(?:has|have|had)\s+)"
    rf"(?:fall(?:en)?|(?:be|been)\s+(?:captured|taken|overrun|seized|{_BACK})|change[ds]?\s+hands)"
    rf"|(?:(?:that|which)\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:has|have|had)\s+(?:taken|seized|captured|overrun|{_BACK})(?:\s+over)?)\b[^.;,]{{0,60}}?$",
    re.IGNORECASE,
)
# "took their third district in Takhar this week", "a fifth capital in a week": a ranked object
# with its window right after it, no verb of its own
_RANKED_OBJECT_HEAD = re.compile(
    rf"\b(?:the|their|its|a)\s+{_ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?(?:districts?|capitals?|cit(?:y|ies)|towns?|provinces?)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[\w-]+(?:\s+province)?)?\s+$",
    re.IGNORECASE,
)
_TALLY_REACH = 160
_SPAN_WORDS = Stems("week", "days")  # what a tally's window needs: the cheap test run before the pattern


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    _source: dict[int, int | None]

    def _sentence(self, index: int) -> str: ...
    def _paragraph(self, index: int) -> int: ...
    def _in_force_at(self, index: int) -> tuple[dt.date, str] | None: ...


def tally_over_days(sentence: str) -> bool:
    """Return True when `sentence` tells a place as the latest of a tally over a week or several
    days ("the 13th district to fall in a week", "the latest capital to fall, the 13th in seven days")."""
    return "to " in sentence and _SPAN_WORDS.found_in(sentence) and _TALLY_OVER_DAYS.search(sentence) is not None


def carried_unless_tally(dates: _Dates, index: int) -> tuple[dt.date, str] | None:
    """Return the date in force at sentence `index`, or None when the sentence is a tally over days
    and that date comes from another paragraph."""
    carried = dates._in_force_at(index)
    if carried is None or not tally_over_days(dates._sentence(index)):
        return carried
    source = dates._source.get(index)
    return carried if source is not None and dates._paragraph(source) == dates._paragraph(index) else None


def closes_a_tally(sentence: str, start: int) -> bool:
    """Return True when the date expression at `start` ends a tally's clause ("X is the second
    capital to fall in the last two days", "took their third district this week, X"): the span the
    tally counts over, not the day of X."""
    return (_TALLY_HEAD.search(sentence, max(0, start - _TALLY_REACH), start) is not None
            or _RANKED_OBJECT_HEAD.search(sentence, max(0, start - 80), start) is not None)
