"""Answer days: the day in force for words told right after a source's statement (for
`frontmap.extract.dates`).

"The group issued a statement on September 6 saying it held the valley." names no day of an event,
only the day a source spoke: that day does not carry on as the date of later news. But the sentence
right after it, when it is speech too ("'They have taken nothing,' a commander told reporters"),
answers or goes on with that statement: it is told no earlier than the statement's day, not on the
older day still in force from before the statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from frontmap.extract.date_scope import Dated
from frontmap.extract.pronoun_speakers import SAYS

# a quotation or a verb of speaking: the sentence is a source's words
_NEWS_WEEK = dt.timedelta(days=7)  # a statement this much later than the day in force speaks of other news
_SPEECH = re.compile(r"[\"“”]|\b(?:" + SAYS + r"|denied|denies|rejected|rejects|rejecting)\b", re.IGNORECASE)


def answered_day(before: Sequence[Dated], sentence: str, carried: dt.date | None) -> dt.date | None:
    """Return the day a statement told in the sentence before (`before`: its dated expressions) was
    made, when that sentence names no event day, the statement's day is later than `carried` (the
    day in force) and `sentence` is speech answering or going on with it; else None."""
    if carried is None or any(d.role == "event" and d.date is not None for d in before):
        return None
    spoken = [d.date for d in before if d.role == "reporting" and d.date is not None and d.date > carried]
    if not spoken or not _SPEECH.search(sentence):
        return None
    return max(spoken)


def spoke_after(dated: Sequence[Dated], in_force: dt.date | None, today: dt.date | None) -> bool:
    """Return True when a sentence naming no event day (`dated`: its dated expressions) tells a
    source speaking more than a week after `in_force` (the day in force) and no later than `today`:
    the report has moved past that older news, so its day no longer dates what follows the
    statement ("took Kabul on August 15. ... issued a statement on September 6 saying ...
    Pictures showed ..."). A statement a day or two on ("said by telephone on Friday") keeps the
    day in force: it speaks of the same news."""
    if in_force is None or today is None or any(d.role == "event" and d.date is not None for d in dated):
        return False
    return any(d.role == "reporting" and d.date is not None and in_force + _NEWS_WEEK < d.date <= today for d in dated)


def told_long_after(carried: dt.date | None, reported: Sequence[dt.date]) -> bool:
    """Return True when a sentence's source speaks (`reported`: its reporting days) more than a
    week after `carried`, the day in force: "a statement on September 8 saying fighters had taken
    X", with August 15 in force from the paragraph before, tells a change known as of the
    statement, not one of that older day."""
    return carried is not None and bool(reported) and carried + _NEWS_WEEK < min(reported)
