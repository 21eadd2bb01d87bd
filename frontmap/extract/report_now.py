"""The "now" of a report (for `frontmap.extract.dates`).

A wire story printed the next day speaks from its dateline's day: "KABUL, Aug 13 -" in a paper of
Aug 14 (`report_day`).

A story written on Monday ("the ministry said on Monday ...") and published on Tuesday still says
"today", "this morning" or "last night" of Monday: those words count from the day the lead's source
spoke when that is the day before the report's own day. Weekdays and dates keep counting from the
report's day: only the words of "now" are the writer's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from frontmap.extract.date_expressions import (
    DateExpression,
    find_date_expressions,
    resolve_expression,
)
from frontmap.extract.date_scope import dateline_date, role_of
from frontmap.extract.future_days import up_to_today
from frontmap.extract.head_dates import head_day
from frontmap.extract.tail_stamps import labelled_stamp_day, tail_stamp_day
from frontmap.extract.weekday_dates import WEEKDAYS
from frontmap.extract.written_years import written_year

_NOW = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:today|tonight|overnight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)", re.IGNORECASE
)
_SPEECH = re.compile(r"\b(?:said|says|told|confirmed|announced|reported|stated)\b", re.IGNORECASE)
_SPEECH_REACH = 30  # characters between a weekday and the verb of speaking it dates
_A_NIGHT = re.compile(r"\s+(?:night|evening)\b", re.IGNORECASE)  # the words right after a weekday: "Thursday night"
_DAY = dt.timedelta(days=1)
_LEAD_CHARS = 600  # the headline and lead, where a wire story tells its latest news
# a part of the day beside a weekday: "early Sunday", "late on Saturday", "Sunday morning"
_PART_OF_DAY = re.compile(
    r"\b(?:early|late)\s+(?:on\s+)?(?P<a>{days})\b|\b(?P<b>{days})\s+(?:morning|night|dawn)\b".format(
        days="|".join(WEEKDAYS)), re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_DATELINE_LAG = dt.timedelta(days=31)  # the most a dateline may precede publication (a copy printed or saved later)


def report_day(heads: Iterable[str], published: dt.date | None, text: str = "") -> dt.date | None:
    """Return the day the report speaks from: its dateline's date (found in `heads`, the starts of
    its first sentences) when that is before publication (within _DATELINE_LAG), or the day after it when the
    lead tells its news early or late that next day (a dateline abroad, hours behind Kabul), else the publication date
    (the day after it when the lead tells its news early or late that day, `_lead_told_next_day`,
    unless the dateline writes the publication day itself); a dateline without a date speaks from
    the earlier day a labelled stamp at its foot gives (`tail_stamps`: "Updated: Aug 9, 2021"), if any;
    without a publication date, the date line among its first sentences or the first lines of `text`, the whole
    report (`head_dates`; a stamp after today is refused, as the intake refuses it), else its
    dateline's day in the one year `text` writes, else the stamp at its foot (`tail_stamps`), if any."""
    heads = list(heads)
    if published is None:
        return up_to_today(head_day(heads, text)) or _lent_dateline_day(heads, text) or tail_stamp_day(text)
    day = dateline_date(heads, published) or _weekday_dateline_day(heads, published)
    if day is not None and published is not None and published - _DATELINE_LAG <= day < published:
        return day + _DAY if _lead_told_next_day(text, day) else day  # "WASHINGTON, Aug 14 - ... early on Sunday": Kabul's next day
    if day == published:
        return published  # the dateline writes the paper's own day: the lead speaks from it, never the day after
    stamp = labelled_stamp_day(text) if day is None else None  # "Updated: Aug 9, 2021, 11:20 AM" under an undated dateline
    if stamp is not None and published - _DATELINE_LAG <= stamp < published:
        return stamp
    return published + _DAY if _lead_told_next_day(text, published) else published


def _weekday_dateline_day(heads: list[str], published: dt.date) -> dt.date | None:
    """Return the day of a dateline that gives a weekday instead of a date ("ZARANJ, Afghanistan,
    Friday -"): the latest such day on or before `published`, a copy printed the day after its
    filing still speaking from it; None when no head opens with such a dateline."""
    for head in heads:
        for expr in find_date_expressions(head[:80]):
            if expr.kind == "weekday" and role_of(head, expr) == "dateline":
                return resolve_expression(expr, published)[0]
    return None


def _lead_told_next_day(text: str, published: dt.date) -> bool:
    """Return True when the first weekday of the lead is the day after publication and told with
    its part of the day ("seized the city early Sunday" in a paper dated Saturday): a story dated by
    the wire's clock, hours behind the country's, speaks from the country's next day; a lead's news
    is never six days old."""
    lead = text[:_LEAD_CHARS]
    first = _WEEKDAY.search(lead)
    if first is None or WEEKDAYS[first.group(0).lower()] != (published + _DAY).weekday():
        return False
    marked = _PART_OF_DAY.search(lead, max(0, first.start() - 12))
    return marked is not None and first.start() in (marked.start("a"), marked.start("b")) and up_to_today(published + _DAY) is not None


def _lent_dateline_day(heads: list[str], text: str) -> dt.date | None:
    """Return the day of a dateline written without its year ("KABUL, July 9 (EFE).-") in the year
    of every day `text` writes in full; None when it writes none, or days of several years."""
    year = written_year(text)
    return dateline_date(heads, dt.date(year, 12, 31)) if year is not None else None


def speaks_of_now(expr: DateExpression) -> bool:
    """Return True for a word of the writer's "now" ("today", "this morning", "last night")."""
    return expr.kind == "relative" and _NOW.fullmatch(expr.text.strip()) is not None


def lead_speaking_day(heads: Iterable[str], today: dt.date | None) -> dt.date | None:
    """Return the day the lead's source spoke ("officials said on Monday", "the ministry on Monday
    said") when it is the day before `today`, the report's day; else None. `heads` are the lead's
    first sentences; the first weekday told beside a verb of speaking is the one asked, when it dates
    the speaking or a night ("overrun on Thursday night, a council member said": the night the
    lead's "overnight" is): "captured three districts on Friday, sources said" dates the capture,
    not the speaking, and leaves the lead's "this morning" the report's own morning."""
    if today is None:
        return None
    for head in heads:
        for expr in find_date_expressions(head):
            near = head[max(0, expr.start - _SPEECH_REACH) : expr.end + _SPEECH_REACH]
            if expr.kind == "weekday" and _SPEECH.search(near) and (role_of(head, expr) == "reporting" or _A_NIGHT.match(head, expr.end)):
                day = resolve_expression(expr, today)[0]
                return day if day == today - _DAY else None
    return None
