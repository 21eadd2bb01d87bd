"""Counted shifts told as a bound: "more than two weeks after the fall of X", "over a month
before" (for `frontmap.extract.date_anchor`).

"More than N after Y" puts the two days more than N apart: the change of the complement lies
before the main clause's day less N, not on it; "at least N" allows N itself. The reading moves
such a shift one day further, to the nearest day the words allow, so that a change told as at
least three weeks old is never dated inside those three weeks.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import DateExpression

# "more than", "over", "well over", "upwards of" just before the count ("more than two weeks after")
_MORE_THAN = re.compile(r"\b(?:(?:well\s+|much\s+)?(?:more\s+than|over)|upwards\s+of|in\s+excess\s+of)\s+$", re.IGNORECASE)
_ONE_DAY = dt.timedelta(days=1)


def bounded_shift(sentence: str, expr: DateExpression, shift: dt.timedelta) -> dt.timedelta:
    """Return the shift `shift` of the counted shift `expr` moved one day further from zero when
    the sentence tells it as a lower bound ("more than two weeks after": fifteen days), else `shift`."""
    if not shift or not _MORE_THAN.search(sentence, 0, expr.start):
        return shift
    return shift + _ONE_DAY if shift > dt.timedelta(0) else shift - _ONE_DAY
