"""Fight durations: "... fell on July 25 but forces recaptured it after two days of fighting".

A change with no day of its own that ends a span of fighting ("after two days of fighting", "after
three days of siege"), of the place an earlier joined clause names ("recaptured it", "took the town"),
follows the day that clause gives: it is that many days later. Without this the change takes the
earlier clause's day or the date in force (often the report's day).
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_expressions import NUMBER_WORDS
from frontmap.extract.date_scope import Dated

_AFTER_DAYS = re.compile(
    r"\bafter\s+(?P<n>a|one|two|three|four|five|six|seven|[1-7])\s+(?:more\s+)?days?\s+of\s+"
    r"(?:(?:heavy|fierce|intense|bloody|hard)\s+)?(?:fighting|clashes|battles?|siege|resistance|gunfights?)\b",
    re.IGNORECASE,
)
_CLAUSE_JOIN = re.compile(r",?\s+(?:but|and|then|before)\s+", re.IGNORECASE)
# the trigger's object retells the earlier clause's place: "recaptured it", "took the district back"
_RETOLD = re.compile(r"\b(?:it|them|the\s+(?:district|town|city|cent(?:re|er)|capital|area))\b", re.IGNORECASE)
_REACH = 60  # characters after the trigger in which "after N days of ..." is looked for


def counted_from_fight(sentence: str, events: list[Dated], trigger: int | None) -> Dated | None:
    """Return a date for the change told by the trigger at `trigger` when it happened "after N days
    of fighting" (said right after it) and an earlier clause joined to its own names a day: that day
    plus N, else None."""
    if trigger is None:
        return None
    span = _AFTER_DAYS.search(sentence, trigger, trigger + _REACH)
    earlier = [d for d in events if d.expr.end <= trigger]
    if span is None or not earlier or any(trigger <= d.expr.start < span.end() for d in events):
        return None
    last = earlier[-1]
    if not _CLAUSE_JOIN.search(sentence, last.expr.end, trigger) or not _RETOLD.search(sentence, trigger, span.start()):
        return None  # the day is not of a clause joined to the trigger's, or the place is not retold
    days = NUMBER_WORDS.get(span["n"].lower()) or int(span["n"])
    return Dated(last.expr, "event", last.date + dt.timedelta(days=days), "relative", None)
