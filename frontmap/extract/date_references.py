"""Back references between days: "the day before that", "two days after its fall" (for
`frontmap.extract.dates` and `frontmap.extract.date_anchor`).

A shift followed by "that" counts from the last day the sentence before it told, which is not
always the day that sentence puts in force: in "X fell on Sunday, a day after forces retook Y. The
day before that, fighters attacked Z", "that" is the Saturday of the retaking, so Z was attacked on
Friday. A shift whose complement only retells the change in force ("two days after its fall",
"a day after it fell") dates its main clause that many days after the day in force.

A back-looking shift inside a clause that opens the sentence counts from the day its main clause
names after the comma, not from the day in force: in "Having seized X the day before, the
insurgents on Sunday attacked Y", X was seized on Saturday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from frontmap.extract.date_expressions import DateExpression, resolve_expression
from frontmap.extract.date_scope import Dated, names_a_day
from frontmap.extract.fronted_days import back_in_opening

_ANY_DAY = dt.date(2000, 1, 15)
_THAT_AFTER = re.compile(r"\s+(?:that|this)\s*(?:[,.;]|$)", re.IGNORECASE)  # "The day before that, ..."
_RETOLD_ONLY = re.compile(
    r"\s*(?:its|their|the\s+(?:city|town|district|capital)'s)\s+(?:fall|capture|collapse|surrender|loss|seizure)\s*$"
    r"|\s*(?:it|they)\s+(?:fell|had\s+fallen|(?:was|were|had\s+been)\s+(?:captured|taken|seized|overrun|lost))\s*$"
    r"|\s*the\s+(?:fall|capture|collapse|surrender|loss|seizure)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*$"  # "of Y": a name
    r"|\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}['’]s\s+(?:fall|capture|collapse|surrender|loss|seizure)\s*$"  # "Y's fall"
    r"|\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:fell|had\s+fallen|(?:was|had\s+been)\s+(?:captured|taken|seized|overrun|lost))\s*$",  # "Y fell"
    re.IGNORECASE,
)


def told_before(sentence: str, expr: DateExpression, previous: list[Dated] | None) -> tuple[dt.date, str] | None:
    """Return (day, "carried") that a shift `expr` followed by "that" counts from: the last day the
    sentence before told (`previous`, its dated expressions), an anchored shift's complement day
    included; None when `expr` refers back to nothing or that sentence told no day."""
    if not previous or expr.kind not in ("shift", "relative") or not _THAT_AFTER.match(sentence, expr.end):
        return None
    day = main = None
    for dated in previous:
        if dated.role == "event" and dated.date is not None and names_a_day(dated.expr):
            day = main = dated.date
        elif dated.role == "anchor" and main is not None:
            day = main - shift_of(dated.expr)  # "Sunday, a day after ...": that day is Saturday
    return (day, "carried") if day is not None else None


def reported_before(expr: DateExpression, previous: list[Dated] | None, in_force: tuple[dt.date, str] | None) -> tuple[dt.date, str] | None:
    """Return (day, "carried") that a shift `expr` ("Two days later, ...") counts from when the
    sentence before told no event day but a later day on which someone spoke ("Officials announced
    on July 2 that the troops would leave Bagram"): the last date the text gave, past the one in
    force (`in_force`). Only a shift of whole days counts so from a dated announcement; None otherwise."""
    if not previous or expr.kind not in ("shift", "relative"):
        return None
    if any(d.role == "event" and d.date is not None and names_a_day(d.expr) for d in previous):
        return None
    spoken = [d.date for d in previous if d.role == "reporting" and d.date is not None and d.expr.kind == "month_day"]  # a dated announcement, not "a commander said on Friday"
    if not spoken or (in_force is not None and in_force[0] is not None and spoken[-1] <= in_force[0]):
        return None
    moved = resolve_expression(expr, None, _ANY_DAY)[0]
    if moved is None or moved == _ANY_DAY:
        return None  # "the same day", "later that day": no count of whole days from the day before
    return spoken[-1], "carried"


def shift_of(expr: DateExpression) -> dt.timedelta:
    """Return how far the shift `expr` moves a day ("two days after": two days, "a day before": minus one)."""
    return resolve_expression(expr, None, _ANY_DAY)[0] - _ANY_DAY


def retells_force(sentence: str, lo: int, hi: int) -> bool:
    """Return True when an anchored shift's complement sentence[lo:hi] only retells a change by a
    pronoun or a name ("its fall", "it was captured", "the fall of Y", "Y's fall", "Y fell"): the change of the day in force."""
    return _RETOLD_ONLY.match(sentence, lo, hi) is not None


def main_clause_day(sentence: str, expr: DateExpression, exprs: Sequence[DateExpression], resolve: Callable[[DateExpression], dt.date | None]) -> tuple[dt.date, str] | None:
    """Return (day, "carried") that a back-looking shift `expr` in a clause opening `sentence`
    counts from: the weekday or date its main clause names after the comma ("Having seized X the
    day before, the insurgents on Sunday attacked Y": Sunday), among `exprs` (the sentence's
    expressions) as `resolve` dates them; None for any other shift or when no such day is told."""
    if not back_in_opening(sentence, expr):
        return None
    comma = sentence.find(",", expr.end)
    stop = sentence.find(",", comma + 1) if comma >= 0 else -1
    for later in exprs:
        if comma < later.start and (stop < 0 or later.start < stop) and later.kind in ("weekday", "month_day"):
            day = resolve(later)
            return (day, "carried") if day is not None and comma >= 0 else None
    return None
