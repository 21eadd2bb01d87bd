"""The places a rank lists as fallen before: "Ghazni became the tenth provincial capital to fall
in a week, after Zaranj, Sheberghan and Kunduz" (for `frontmap.extract.events`).

The day the sentence tells is the ranked place's; the places listed after the rank fell earlier,
on some day of the span the rank counts ("in a week", "in eight days", "since Friday"). Each
takes that span's first day with the basis RANGE_BASIS, so the timeline reads it as a span and
never as a vote for the ranked place's day. A rank of one day ("the third to fall that day, after
X and Y") gives the listed places the ranked place's day; a rank with neither ("the tenth to fall
on Wednesday": the tenth of the campaign, on its own day) leaves them the date they have.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import NUMBER_WORDS
from frontmap.extract.span_windows import RANGE_BASIS
from frontmap.extract.weekday_dates import WEEKDAYS, weekday_on_or_before

_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_COUNTS = "a one two three four five six seven eight nine ten eleven twelve".split()  # their values: NUMBER_WORDS

# the rank, its span, then the list: "the tenth provincial capital to fall in a week, after"
_RANKED_SPAN = re.compile(
    r"\bthe\s+(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,8}?"
    r"(?:(?P<day>that\s+day|(?:on\s+)?the\s+same\s+day|in\s+(?:a\s+single|one|a)\s+day)"
    r"|(?:in|within|over)\s+(?:just\s+|only\s+|the\s+(?:past|last)\s+)?(?P<count>a|\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?P<unit>days?|weeks?)"
    r"|since\s+(?:last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r"))\b"
    r"(?:\s+(?:[\w-]+\s+){0,4}?)?,?\s+(?:after|following|behind)\s+",
    re.IGNORECASE,
)
# between "after" and the place: only other names of the list ("Zaranj, the capital of Nimroz, and")
_LIST_SO_FAR = re.compile(
    r"(?:(?:the\s+)?(?:(?:provincial\s+)?capitals?\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:province|city))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
)

# a day of the listed places' own after them: "following Faizabad a day earlier", "after X was taken on Friday"
_OWN_DAY_AFTER = re.compile(
    r"[^.;]*?\b(?:(?:on|last|late|early)\s+(?:" + "|".join(WEEKDAYS) + r")|earlier|the\s+(?:day|night|week)\s+before|ago|yesterday"
    r"|last\s+(?:week|weekend|month)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def listed_before_the_rank(
    sentence: str, place_start: int, dated: tuple[dt.date | None, str], ranked: tuple[dt.date | None, str] | None,
) -> tuple[dt.date | None, str]:
    """Return the (date, basis) of a place the sentence lists after a ranked fall: for a rank
    with a span ("the tenth capital to fall in a week, after X and Y") the span's first day and
    RANGE_BASIS, counted back from the ranked place's day (`ranked`: the sentence's first event,
    else `dated`); for a rank of one day ("the third to fall that day, after X") `ranked`;
    else `dated` (the place's own) as it is."""
    for rank in _RANKED_SPAN.finditer(sentence, 0, place_start):
        if not _LIST_SO_FAR.fullmatch(sentence, rank.end(), place_start):
            continue
        if _OWN_DAY_AFTER.match(sentence, place_start):
            return dated
        if rank["day"]:
            return ranked or dated
        day = (ranked or dated)[0]
        return dated if day is None else (_span_start(rank, day), RANGE_BASIS)
    return dated


def _span_start(rank: re.Match[str], day: dt.date) -> dt.date:
    """Return the first day of the span `rank` counts, back from `day` (its last)."""
    if rank["weekday"]:  # "since Friday": the last Friday before the ranked day
        return weekday_on_or_before(day - dt.timedelta(days=1), rank["weekday"])
    count = rank["count"].lower()
    days = int(count) if count.isdigit() else NUMBER_WORDS[count]
    if rank["unit"].lower().startswith("week"):
        days *= 7
    return day - dt.timedelta(days=max(days - 1, 1))  # "the sixth in four days": the ranked day is the last of the four
