"""The day of an outcome told after an entry, when the outcome clause gives its own: "entered X on
Monday and took the governor's compound the next day", "... and held the district centre two days
later", "attacked X on Monday and took the district centre overnight". The entry is the fight of its
own day and the outcome a step of its own, the capture of the day told after it
(`frontmap.extract.entry_outcomes`).

Only a day counted from the entry or written in full counts; a weekday there is left alone (the
report's date, which it needs, is not known at this step).
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression

# what may stand between the outcome's words and its day: "on", "by", "only", nothing
_LEAD = re.compile(r"\s+(?:(?:on|by|only|just)\s+)?")
_COUNTED_KINDS = frozenset({"relative", "shift", "month_day"})


def outcome_day(sentence: str, end: int, entry_day: dt.date | None) -> dt.date | None:
    """Return the day the outcome clause ending at `end` gives itself (counted from `entry_day`:
    "overnight" is the entry's own), or None when it gives none, or one before the entry's day."""
    if entry_day is None:
        return None
    lead = _LEAD.match(sentence, end)
    start = lead.end() if lead else end
    for expr in find_date_expressions(sentence):
        if expr.start != start or expr.kind not in _COUNTED_KINDS:
            continue
        day, _ = resolve_expression(expr, entry_day, entry_day)
        return day if day is not None and day >= entry_day else None
    return None
