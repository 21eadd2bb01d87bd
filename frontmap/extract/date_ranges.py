"""Ranges of days: "on Friday and Saturday" is one span, but "overran X yesterday *and today took*
Y" is two happenings, each with its own day, and "on Saturday and Sunday respectively" pairs one day
with each name of a list.

Two dates joined by "and" (or "to", "through", a dash) make a range in `frontmap.extract.dates`.
When the second date opens a new predicate - a verb or a subject follows it straight away ("and
on Thursday took", "and today they have taken", "and on Sunday the Taliban seized") - it is no
range's end: it dates what follows it alone, and the first date keeps what came before.

An event a range dates takes the range's first day with the basis RANGE_BASIS: it happened on
some day of the span ("took X, Y and Z from Aug. 6 to Aug. 8"), so its day is no calendar date of
its own and the timeline does not count it as a vote for that day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.coordinate_dates import FRONTED
from frontmap.extract.date_expressions import DateExpression
from frontmap.extract.date_scope import RANGE_GAP, Dated
from frontmap.extract.respective_days import pairs_days
from frontmap.extract.span_windows import RANGE_BASIS

__all__ = ["RANGE_BASIS", "joins_range", "range_end_day", "span_basis"]  # RANGE_BASIS: the basis of an event some day of a span dates


# after the second date: a subject ("they", "the Taliban", "government forces") or a verb in the
# past ("took", "seized", "was overrun", "have taken"), i.e. the start of a new clause
_OPENS_PREDICATE = re.compile(
    r"\s*,?\s*(?:(?:they|it|he|she|we|the\s+(?:taliban|insurgents|militants|group|fighters|army|troops|forces|government)"
    r"|taliban|insurgents|militants|fighters|troops|(?:afghan\s+|government\s+|security\s+)+forces)\s+)?"
    r"(?:also\s+|then\s+|finally\s+|even\s+)?"
    r"(?:(?:have|has|had|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:took|taken|fell|fallen|seized|captured|overran|overrun|entered|stormed|retook|retaken|recaptured|won|lost"
    r"|began|came|moved|pushed|launched|attacked|surrendered|withdrew|withdrawn|gained|reached|claimed|regained"
    r"|routed|cleared|freed|liberated|encircled|besieged|abandoned|handed|occupied|re-?occupied|drove|overwhelmed"
    r"|forced|ousted|expelled|evicted|kicked|chased|repelled|repulsed|secured)\b",
    re.IGNORECASE,
)


_COMMA_ONLY = re.compile(r"\s*,\s*(?:on\s+|early\s+|late\s+)?", re.IGNORECASE)
# the words before a date that opens the sentence: "On Thursday and Friday they took ..."


def joins_range(sentence: str, previous: DateExpression, expr: DateExpression) -> bool:
    """Return True when the date `expr` ends a range that the date `previous` opens ("Friday and
    Saturday"), False when only a joining word lies between and `expr` opens a clause of its own
    ("yesterday and today took Y") after a first one `previous` closes (not a fronted "On
    Thursday and Friday they took ...")."""
    if expr.kind == "shift" or not RANGE_GAP.match(sentence, previous.end, expr.start) or _unlike_after_comma(sentence, previous, expr) or _closes_aside(sentence, previous, expr):
        return False  # "began on Monday and two days later fell": a count on from the day, a day of its own
    if pairs_days(sentence, expr.end):
        return False  # "on Saturday and Sunday respectively": one day for each name (`frontmap.extract.respective_days`)
    return FRONTED.match(sentence, 0, previous.start) is not None or not _OPENS_PREDICATE.match(sentence, expr.end)


def _unlike_after_comma(sentence: str, previous: DateExpression, expr: DateExpression) -> bool:
    """Return True when only a comma joins two dates of different kinds ("lost in May, on Monday",
    "this morning, Tuesday"): a clause closed between them, or one day told twice, never a span.
    A weekday and a calendar date ("Friday, August 6") keep the reading a range gives them."""
    if previous.kind == expr.kind or {previous.kind, expr.kind} == {"weekday", "month_day"}:
        return False
    return _COMMA_ONLY.fullmatch(sentence, previous.end, expr.start) is not None


# ", which fell on Wednesday": a relative aside the first date ends
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|where|that)\b[^,;]*$", re.IGNORECASE)


def _closes_aside(sentence: str, previous: DateExpression, expr: DateExpression) -> bool:
    """Return True when only a comma joins two dates and the first ends a relative aside ("retook
    X, which fell on Wednesday, on Sunday"): the comma closes the aside, the second date is the
    main verb's, never a span's end."""
    return _COMMA_ONLY.fullmatch(sentence, previous.end, expr.start) is not None and _ASIDE_OPEN.search(sentence, 0, previous.start) is not None


def span_basis(found: Dated, events: Sequence[Dated]) -> str:
    """Return the date basis of an event the dated expression `found` dates:
    RANGE_BASIS when `found` ends a range or starts one (another of the sentence's `events` carries
    it as its range's first day), else its own basis."""
    if found.range_start not in (None, found.date):
        return RANGE_BASIS
    starts = any(other is not found and other.range_start == found.date for other in events)
    return RANGE_BASIS if starts else found.basis


# "fought from Thursday to Saturday *before* commandos drove them back", "... *until* the district
# fell": the clause the span leads into happens on its last day, not on some day of it
_LEADS_INTO = re.compile(r"\s*,?\s*(?:before|until|till|when)\s+[^,;:.\d]{0,60}$", re.IGNORECASE)


def range_end_day(sentence: str, found: Dated, trigger: int | None) -> tuple | None:
    """Return (the range's last day, its basis) when the trigger at `trigger` opens the clause that
    a range of days `found` leads into ("from Thursday to Saturday before commandos drove ...");
    else None."""
    if trigger is None or found.date is None or found.range_start in (None, found.date) or trigger < found.expr.end:
        return None
    if _LEADS_INTO.match(sentence, found.expr.end, trigger) is None:
        return None
    return found.date, (found.basis if found.basis != RANGE_BASIS else "relative")
