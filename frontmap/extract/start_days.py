"""Start days: a recent day something began on, which later days count from.

"Fighting for Pashtun Kot began on Tuesday. ... two days later the garrison surrendered": the day
the fighting began is an event's day (`frontmap.extract.date_scope` reads "began" as opening a
period, and a recent one as the event's day), and it stays in force for the sentences after it as
any event day does. A start told with "since" ("fighting has raged since Friday") does not: the
sentences after it tell what happened within the period, on days it does not name.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

__all__ = ["began_on"]

_BEGAN_BEFORE = re.compile(
    r"\b(?:began|begun|started|launched)\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:early|late)\s+)?$", re.IGNORECASE
)


def began_on(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` (a weekday or a month's day) is the day a thing began on ("began on
    Tuesday", "launched late Sunday"), not a period's start told with "since"."""
    if expr.kind not in ("weekday", "month_day"):
        return False
    return _BEGAN_BEFORE.search(sentence, max(0, expr.start - 30), expr.start) is not None
