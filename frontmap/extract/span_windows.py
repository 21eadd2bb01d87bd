"""Span windows counted back from publication: "in recent days", "over the past four days", "in
recent weeks", "recently", "the last few months".

Such words tell that something happened on some day of a span that ends with the report, not on
a day of its own: "parts of the city have fallen in recent weeks". The event takes the span's
first day with the basis RANGE_BASIS, as a range of calendar days does
(`frontmap.extract.date_ranges`), so the timeline reads it as a span and never as a vote for that
day. A counted span reaches back its count ("the past four days": four days back; "took three
capitals in three days", the report's day the third of them; "a few" days three); a vague one
from the day before ("in recent days"), two weeks or two months back, as the reports (and the
hand gold) read them.
"""

from __future__ import annotations

import datetime as dt
import re

#: The date basis of an event some day of a span dates: its first day (shared with
#: `frontmap.extract.date_ranges`, which re-exports it).
RANGE_BASIS = "range"

_VAGUE_DAYS = {"days": 1, "weeks": 14, "months": 60}
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30}
_COUNT = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of)\s+(days|weeks|months)$")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "few": 3, "several": 3, "couple of": 2}


def span_start(rel: str, published: dt.date) -> tuple[dt.date, str] | None:
    """Return (the span's first day, RANGE_BASIS) for the lower-cased, single-spaced relative
    expression `rel` when it is a span back from `published` ("in recent weeks", "over the past
    two days"), else None."""
    if rel in ("recently", "lately"):  # as vague as "in recent weeks"
        rel = "recent weeks"
    unit = rel.rsplit(" ", 1)[-1]
    if rel.endswith(("past month", "the last month")):  # "within the past month": up to thirty days back, and
        return published, RANGE_BASIS  # a map draws a span from its first day: a month early, so the report's day
    if rel.endswith("past week") or rel.startswith(("within a week", "within one week")):  # "over the past week": seven days, not the calendar week before ("last week")
        return published - dt.timedelta(days=7), RANGE_BASIS
    if unit not in _VAGUE_DAYS:
        return None
    counted = _COUNT.search(rel)
    days = _VAGUE_DAYS[unit] if counted is None else _count(counted[1]) * _UNIT_DAYS[unit]
    if rel.startswith("in ") and counted is not None and not any(w in rel for w in ("past", "last", "recent")):
        days -= 1  # "took three capitals in three days": the report's day is the third
    return published - dt.timedelta(days=days), RANGE_BASIS


def _count(word: str) -> int:
    """Return the number a count word or figure names."""
    return int(word) if word.isdigit() else _WORDS[word]


_IN_DAYS = re.compile(r"in\s+(?:just\s+|only\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days$", re.IGNORECASE)
# the places counted just before: "took three capitals", "seized four districts of Faryab"
_COUNTED_PLACES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+){0,2}?"
    r"(?:capitals|cities|districts|provinces|towns|centres|centers)\b(?:\s+(?:of|in)\s+\w+)?\s+$",
    re.IGNORECASE,
)


# "the ninth in Faryab within a week": a rank in the campaign's tally, which the span measures
_WITHIN_WEEK = re.compile(r"within\s+(?:a|one)\s+week", re.IGNORECASE)
_RANK_BEFORE = re.compile(r"\bthe\s+(?:\w+\s+){0,3}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b", re.IGNORECASE)


def span_of_the_count(before: str, text: str) -> bool:
    """Return False when the date expression `text` is a bare "in N days" that follows no count of
    places (`before`: the words before it), or a "within a week" after a rank: "the sixth capital
    to fall in four days", "the ninth in Faryab within a week" span the campaign, not the place's
    own fall; "took three capitals in three days" spans the three."""
    if _WITHIN_WEEK.match(text):
        return _RANK_BEFORE.search(before) is None
    return _IN_DAYS.match(text) is None or _COUNTED_PLACES.search(before) is not None
