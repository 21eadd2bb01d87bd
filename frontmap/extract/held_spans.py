"""A hold (or a siege) told in the past perfect with its length: "The Taliban had controlled X
for three weeks" (for `frontmap.extract.events`); or one still on, told after the place with its
length: "X, in Taliban hands for two weeks now", "X has been under their control for a month".

The hold began that long before the day the sentence tells, and it is over or under threat by
then (the report goes on to tell the retaking or the flight that ended it): it takes the span's
first day with the basis RANGE_BASIS, as "since early July" gives the day it began, never the
report's own day, which would set the place back in the holders' hands on the day they lost it.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import NUMBER_WORDS
from frontmap.extract.span_windows import RANGE_BASIS

# the count words read (their values: NUMBER_WORDS)
_COUNTS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "a few", "a couple of")
_SPAN_BASES = ("relative", RANGE_BASIS)  # a length the dating has already counted back ("for two weeks")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# "had controlled", "had been holding", "had held": the hold word right after a past perfect
_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ing\s+|in\s+)?$", re.IGNORECASE)
# a hold still on: "for two weeks now" after its length, "has been (in Taliban hands)" before its word
_NOW_AFTER = re.compile(r"\s+now\b", re.IGNORECASE)
_PRESENT_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?been\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "for three weeks", "for a few months", "for nearly a month": the hold's length, right after the place
_LENGTH_AFTER = re.compile(
    r"(?:\s+(?:district|city|town|province))?\s+for\s+(?:(?:about|nearly|almost|more\s+than|over|some)\s+)?"
    r"(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)


def held_for(sentence: str, trigger_start: int, place_end: int, dated: tuple[dt.date | None, str], trigger_end: int | None = None) -> tuple[dt.date | None, str]:
    """Return (the first day of the hold, RANGE_BASIS) when the trigger at `trigger_start` is a
    hold told in the past perfect and its length follows the place ending at `place_end` ("had
    controlled X for three weeks"), or a hold still on told after the place with its length
    ("X, in Taliban hands for two weeks now", "X has been under their control for a month"; the
    trigger ending at `trigger_end`, None for a fight or a siege), counted back from the day `dated` gives (unless its date was
    already counted back); else `dated`."""
    day = dated[0]
    if day is None or dated[1] in _SPAN_BASES:
        return dated
    if trigger_start > place_end and trigger_end is not None:
        length = _LENGTH_AFTER.match(sentence, trigger_end)
        if length is None or not (_NOW_AFTER.match(sentence, length.end()) or _PRESENT_PERFECT_BEFORE.search(sentence, max(0, trigger_start - 40), trigger_start)):
            return dated
    elif trigger_start > place_end or not _PERFECT_BEFORE.search(sentence, max(0, trigger_start - 30), trigger_start):
        return dated
    else:
        length = _LENGTH_AFTER.match(sentence, place_end)
    if length is None:
        return dated
    count = length["count"].lower()
    units = int(count) if count.isdigit() else NUMBER_WORDS[count]
    return day - dt.timedelta(days=units * _UNIT_DAYS[length["unit"].lower()]), RANGE_BASIS
