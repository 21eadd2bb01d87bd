"""Gerund objects with a day of their own: "held X on Tuesday after retaking it a day earlier".

An "after"/"before" clause whose gerund takes the place back as its object ("after retaking it",
"before seizing the district") and gives its own day right after it ("a day earlier", "on Monday")
tells a second happening on that day: the retake on Monday, not the hold on Tuesday told again.
The day's shift counts from the main clause's day (`frontmap.extract.dates`). Without a day of its
own ("held X on Tuesday after retaking it") the gerund's event is the one told, on the main day.
"""

from __future__ import annotations

import re

from frontmap.extract.clauses import day_follows

# "after retaking ", "before quickly seizing the ": the gerund right before the reference
_GERUND_BEFORE = re.compile(r"\b(?:after|before)\s+(?:\w+ly\s+)?[a-z]{3,}ing\s+(?:back\s+)?$", re.IGNORECASE)
# "retaking it from the Taliban a day earlier": the side it was taken from, then the day
_FROM_SIDE = re.compile(r"\s+(?:back\s+)?from\s+(?:the\s+)?(?:\w+\s+)?(?:Taliban|insurgents|militants|government|forces|army|troops)\b", re.IGNORECASE)
_REACH = 40  # characters before the reference in which the gerund is looked for


def own_day_gerund_object(sentence: str, start: int, end: int) -> bool:
    """Return True when the reference at sentence[start:end] is the object of an "after"/"before"
    gerund with a day of its own right after it ("after retaking it a day earlier")."""
    if _GERUND_BEFORE.search(sentence, max(0, start - _REACH), start) is None:
        return False
    side = _FROM_SIDE.match(sentence, end)
    return day_follows(sentence, side.end() if side else end)
