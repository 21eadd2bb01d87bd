"""Control told from its start: "X has been in Taliban hands since July 3".

A state of control held since a named day ("the insurgents have held Qalat since June 22", "under
Taliban rule since Monday", "in their hands since July 3") is dated on that day, however long
before the report it lies: the day the hold began is the day an analyst maps it from, as "since
Sunday" already is. Only a day counts (a month or a year names no first day); a change told over
the span ("have overrun X since July 28") keeps the report's window, and a count or a trend keeps
its own reading (`frontmap.extract.date_scope.counts_since`).
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression
from frontmap.extract.fight_starts import clause_before, since_start

_DAY_KINDS = ("month_day", "weekday")
# the hold told in the clause before "since": "held", "in Taliban hands", "under their control"
_HELD = re.compile(
    r"\b(?:held|controlled|ruled|occupied"
    r"|(?:in|under)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:hands|control|rule|grip|possession))\b",
    re.IGNORECASE,
)
# a hold that ended or never was, a resistance holding out, a change over the span: not a start
_NOT_A_START = re.compile(
    r"\b(?:no|not|never|without|held\s+out|holding\s+out|fallen|fell|overr[au]n|captured|seized|taken|lost|retaken|recaptured)\b",
    re.IGNORECASE,
)


def holds_from(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` is the day a "since" span of control told in its clause begins
    ("has been in Taliban hands since July 3"): the day the hold is mapped from."""
    if expr.kind not in _DAY_KINDS:
        return False
    at = since_start(sentence, expr)
    if at is None:
        return False
    clause = clause_before(sentence, at)
    return _HELD.search(clause) is not None and _NOT_A_START.search(clause) is None
