"""Weekdays read with the words around them: "last Friday", "the previous Friday", and a weekday
written with its date ("on Wednesday, July 14", "Sunday (8 August)", "Tuesday June 8", "Friday
night, June 25": a part of the day may stand between them).

The written date names the day and the weekday only restates it, so the pair is one explicit
expression (when the two disagree, the weekday is read as it would be alone). Read alone, the weekday would be the latest such day on or before publication, which is
wrong for a report that looks back more than a week ("captured Spin Boldak on Wednesday, July 14"
in a paper of July 22).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

_LAST_BEFORE = re.compile(r"\b(?:last|this\s+past)\s+$", re.IGNORECASE)
# "the previous Friday": the Friday before the day in force
_PREVIOUS_BEFORE = re.compile(r"\bthe\s+(?:previous|preceding)\s+$", re.IGNORECASE)
# "the following Tuesday": the first Tuesday after the day in force
_FOLLOWING_BEFORE = re.compile(r"\bthe\s+(?:following|next)\s+$", re.IGNORECASE)
# "on the eve of Wednesday's talks": the day before that Wednesday
_EVE_BEFORE = re.compile(r"\bthe\s+eve\s+of\s+(?:last\s+)?$", re.IGNORECASE)
# What may stand between the weekday and its date: a part of the day, a comma, a space, an opening bracket.
_GAP = re.compile(r"\s*(?:(?:night|morning|afternoon|evening)\b)?\s*,?\s*\(?\s*", re.IGNORECASE)
# "early Sunday local time": the day where it happened, told by a writer abroad whose dateline is a day behind
_LOCAL_TIME_AFTER = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:\(\s*)?(?:local|Kabul|Afghan(?:istan)?)\s+time\b", re.IGNORECASE)
WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}  # "monday": 0, ...


def fold_weekday_dates(sentence: str, found: Sequence) -> list:
    """Return the date expressions `found` in `sentence` with each weekday that is directly followed
    by a written month and day dropped, the date's span stretched back over the weekday."""
    if not any(e.kind == "weekday" for e in found):
        return list(found)
    folded: list = []
    for expr in found:
        before = folded[-1] if folded else None
        if (before is not None and before.kind == "weekday" and expr.kind == "month_day"
                and _GAP.fullmatch(sentence, before.end, expr.start)):
            fields = tuple(sorted({**dict(expr.fields), "wd_day": before.get("wd_day")}.items()))
            folded[-1] = dataclasses.replace(expr, start=before.start, text=sentence[before.start : expr.end], fields=fields)
            continue
        folded.append(expr)
    return folded


def local_time_mark(sentence: str, end: int) -> dict[str, str]:
    """Return {"wd_local": "local"} when the weekday ending at `end` is told in local time ("early
    Sunday local time", "Friday (Kabul time)"), else {}."""
    return {"wd_local": "local"} if _LOCAL_TIME_AFTER.match(sentence, end) else {}


def weekday_marks(sentence: str, start: int) -> dict[str, str]:
    """Return the marks the words before the weekday at `start` give it: {"wd_last": "last"} for
    "last Friday" (in a Friday paper, a week ago), {"wd_prev": "previous"} for "the previous
    Friday", {"wd_next": "following"} for "the following Friday" (the first after the day in force),
    {"wd_eve": "eve"} for "the eve of Friday's vote" (the day before), or none."""
    marks = {}
    if _LAST_BEFORE.search(sentence, max(0, start - 12), start):
        marks["wd_last"] = "last"
    if _PREVIOUS_BEFORE.search(sentence, max(0, start - 16), start):
        marks["wd_prev"] = "previous"
    if _FOLLOWING_BEFORE.search(sentence, max(0, start - 18), start):
        marks["wd_next"] = "following"
    if _EVE_BEFORE.search(sentence, max(0, start - 20), start):
        marks["wd_eve"] = "eve"
    return marks


def checked_weekday(day: dt.date | None, weekday: str | None, published: dt.date | None) -> dt.date | None:
    """Return the written date `day`, unless the `weekday` written with it names another day
    ("Wednesday, August 10" in 2021, when the 10th was a Tuesday): then the latest such weekday on
    or before publication, as the weekday alone would give (the writer slipped on one of the two)."""
    if day is None or weekday is None or published is None or day.weekday() == WEEKDAYS[weekday.lower()]:
        return day
    return weekday_on_or_before(published, weekday)


def weekday_on_or_before(day: dt.date, weekday: str) -> dt.date:
    """Return the latest date on or before `day` that falls on `weekday` ("Sunday", any case)."""
    return day - dt.timedelta(days=(day.weekday() - WEEKDAYS[weekday.lower()]) % 7)


def full_weekday(written: str) -> str:
    """Return the weekday's full name for a name as written: "Sat" (a wire's "Sat."), "Mon-day"
    (a print copy's hyphen left inside) or "Saturday" itself."""
    written = written.replace("-", "")
    if written.lower() in WEEKDAYS:
        return written
    return next(name for name in calendar.day_name if name.lower().startswith(written.lower()[:3]))
