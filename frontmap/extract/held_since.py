"""Control told from its start: "X has been in Taliban hands since July 3", "had held X since late June".

A state of control held since a named day ("the insurgents have held Qalat since June 22", "under
Taliban rule since Monday", "in their hands since July 3") is dated on that day, however long
before the report it lies: the day the hold began is the day an analyst maps it from, as "since
Sunday" already is. Only a day counts (a month or a year names no first day); a change told over
the span ("have overrun X since July 28") keeps the report's window, and a count or a trend keeps
its own reading (`frontmap.extract.date_scope.counts_since`) (`holds_from`).

A hold told as over is different again: "The district had been in Taliban hands since early July",
told beside its retaking, says the district fell then, and the hold ended before the report's day.
Read so, the start (a month part too) is the day of the hold, not the day it is told of, which
would put the hold after the retaking. Only a start of this season counts: "had held it since 2001"
is history (`began_a_past_hold`).
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import DateExpression
from frontmap.extract.fight_starts import since_clause

_SEASON = dt.timedelta(days=120)
# "had held the district centre", "had been in Taliban hands", "had been under insurgent control",
# "had controlled it": a hold told in the pluperfect, with what is held after the verb
_PAST_HOLD = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:held|controlled|occupied|been\s+(?:in|under)\s+(?:\w+\s+){0,2}?(?:hands|control))\b[^.;:()]{0,60}$",
    re.IGNORECASE,
)

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


def began_a_past_hold(sentence: str, expr: DateExpression, date: dt.date | None, published: dt.date | None) -> bool:
    """Return True when `expr` ("since late June") starts a hold told as over ("had held X since
    late June") within this season: the start is the hold's day."""
    if date is None or published is None or not expr.text[:5].lower() == "since" or date < published - _SEASON:
        return False
    return _PAST_HOLD.search(sentence, max(0, expr.start - 100), expr.start) is not None


def holds_from(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` is the day a "since" span of control told in its clause begins
    ("has been in Taliban hands since July 3"): the day the hold is mapped from."""
    clause = since_clause(sentence, expr)
    return clause is not None and _HELD.search(clause) is not None and _NOT_A_START.search(clause) is None
