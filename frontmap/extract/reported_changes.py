"""A change dated only by the day it was reported, earlier than the day in force: "The ministry
had confirmed on June 24 the recapture of X" after a paragraph dated June 25.

Such a sentence names a new, earlier day and tells the change on it (the report's day dates the
recapture it confirms), so that day is in force for the sentence after it ("But a commander said
they had retaken X and Y"). A report that only speaks of the news in force ("officials said on
Friday") keeps the older day, as before: the change must be the object of the verb of telling
right after the day or right before it ("confirmed last Thursday, June 24, the recapture of",
"announced the fall of X on June 24").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from frontmap.extract.date_scope import Dated

# a verb of telling, then (possibly) its day, then a change as its object
_TOLD_CHANGE = re.compile(
    r"\b(?:confirm(?:ed|s)?|announc(?:ed|es)|report(?:ed|s)?|acknowledg(?:ed|es))\b[^.;:]{0,40}?\b(?:the|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:recapture|retaking|capture|fall|seizure|loss|liberation|collapse|surrender)\s+of\b",
    re.IGNORECASE,
)
_REACH = 60  # characters between the day and the telling verb or its object


def earlier_reported_changes(sentence: str, dated: Sequence[Dated], in_force: dt.date, carries: Callable[[Dated], bool]) -> list[Dated]:
    """Return the reporting days of `sentence` (among `dated`) that carry (`carries`), come before
    `in_force` and date the change the sentence tells as the object of its verb of telling; an
    empty list otherwise."""
    found = []
    for d in dated:
        if d.role != "reporting" or d.date is None or d.date >= in_force or not carries(d):
            continue
        lo, hi = max(0, d.expr.start - _REACH), min(len(sentence), d.expr.end + _REACH)
        if _TOLD_CHANGE.search(sentence, lo, hi):
            found.append(d)
    return found
