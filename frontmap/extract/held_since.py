"""Held since: the start of a hold that a report tells as over ("had been in Taliban hands since early July").

A period start ("since May") usually dates nothing: the event told beside it is of another day. A
pluperfect hold is different: "The district had been in Taliban hands since early July", told beside
its retaking, says the district fell then, and the hold ended before the report's day. Read so, the
start is the day of the hold (a taking, or a holding, on that day), not the day it is told of, which
would put the hold after the retaking. Only a start of this season counts: "had held it since 2001"
is history.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import DateExpression

_SEASON = dt.timedelta(days=120)
# "had held the district centre", "had been in Taliban hands", "had been under insurgent control",
# "had controlled it": a hold told in the pluperfect, with what is held after the verb
_PAST_HOLD = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:held|controlled|occupied|been\s+(?:in|under)\s+(?:\w+\s+){0,2}?(?:hands|control))\b[^.;:()]{0,60}$",
    re.IGNORECASE,
)


def began_a_past_hold(sentence: str, expr: DateExpression, date: dt.date | None, published: dt.date | None) -> bool:
    """Return True when `expr` ("since late June") starts a hold told as over ("had held X since
    late June") within this season: the start is the hold's day."""
    if date is None or published is None or not expr.text[:5].lower() == "since" or date < published - _SEASON:
        return False
    return _PAST_HOLD.search(sentence, max(0, expr.start - 100), expr.start) is not None
