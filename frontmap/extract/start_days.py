"""Start days: a recent day something began on, which later days count from.

"Fighting for Pashtun Kot began on Tuesday. ... two days later the garrison surrendered": the day
the fighting began is an event's day (`frontmap.extract.date_scope` reads "began" as opening a
period, and a recent one as the event's day), and it stays in force for the sentences after it as
any event day does. A start told with "since" ("fighting has raged since Friday") does not: the
sentences after it tell what happened within the period, on days it does not name.

A start of any age dates the clause that tells what it began with: "The collapse began in early
July in Badakhshan, where the Taliban took Kohistan" (a retrospective's) took Kohistan in early
July, as "began on Monday in X, where ..." does on Monday; and it is the day a later count in its
sentence counts from: "The push began in early July, and Faizabad came under attack later that
month".
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

__all__ = ["began_on", "starts_what_follows"]

_BEGAN_BEFORE = re.compile(
    r"\b(?:began|begun|started|launched)\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:early|late)\s+)?$", re.IGNORECASE
)


def began_on(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` (a weekday or a month's day) is the day a thing began on ("began on
    Tuesday", "launched late Sunday"), not a period's start told with "since"."""
    if expr.kind not in ("weekday", "month_day"):
        return False
    return _BEGAN_BEFORE.search(sentence, max(0, expr.start - 30), expr.start) is not None


_BEGAN_RIGHT_BEFORE = re.compile(r"\b(?:began|begun|started)\s+(?:on\s+)?$", re.IGNORECASE)
# "in Badakhshan, where ...", ", when ...": the clause the start opens onto, right after its date
# (not a state of now: "where the Taliban now control X" is the report's day)
_CLAUSE_AFTER = re.compile(r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,\s*(?:where|when)\s"
                           r"(?![^.;:]*\b(?:now|still|today|is|are|has|have|control|controls|hold|holds|remains?)\b)")


# "later that month", "two weeks later", "the next day": a count on from the start, after it in the sentence
_COUNT_AFTER = re.compile(r"\blater\s+(?:that|in\s+the)\s+(?:week|month)\b|\b(?:a|one|two|three|four|several|a\s+few)\s+(?:days?|weeks?)\s+later\b"
                          r"|\bthe\s+(?:next|following)\s+(?:day|week)\b", re.IGNORECASE)


def starts_what_follows(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` is the day or month a thing began ("began in early July", not "since")
    and a "where" or "when" clause right after it tells what it began with, or a count after it in
    the sentence counts on from it ("..., and X came under attack later that month")."""
    if not _BEGAN_RIGHT_BEFORE.search(sentence, max(0, expr.start - 20), expr.start):
        return False
    return _CLAUSE_AFTER.match(sentence, expr.end) is not None or _COUNT_AFTER.search(sentence, expr.end) is not None
