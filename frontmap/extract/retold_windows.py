"""A change retold just after the sentence that dated it by a window: "Three districts that fell
to militias last week were retaken, a spokesman said on Monday. / The districts of X, Y and Z
were taken by the militias in the first sign of resistance ..." (for `frontmap.extract.dates`).

A window ("last week", "in recent days") never stays in force: the sentences after it tell of
other days. But a sentence that opens on the same places by a definite noun ("The districts of
...", "The three towns") and tells them taken or fallen, with no day of its own, retells the
change the sentence before dated by that window: it takes the window's day, not the speaker's day
of that sentence nor the report's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from frontmap.extract.date_scope import Dated, names_a_day

# "The districts of X, Y and Z", "The three districts", "The two border towns": a definite retelling subject
_RETELLING_PLACES = re.compile(
    r"\s*The\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:[a-z]+\s+)?"
    r"(?:districts|towns|cities|areas|regions|provinces|capitals)\b",
)
# a change told in the past ("were taken by", "had fallen to", "were captured"), not a state ("are held by")
_PAST_CHANGE = re.compile(
    r"\b(?:were|had\s+been)\s+(?:\w+ly\s+)?(?:taken|captured|seized|overrun|recaptured|retaken|lost)\b|\b(?:fell|had\s+fallen)\b",
    re.IGNORECASE,
)
_RECENT_WINDOW = re.compile(r"\bweek\b|\brecent|\bpast\b", re.IGNORECASE)  # "last week", "in recent days", "over the past few days"
_WINDOW_REACH = dt.timedelta(days=31)
# the change the window dates, just before it ("that fell to militias last week", "captured in recent days")
_CHANGE_BEFORE = re.compile(
    r"\b(?:fell|fallen|slipped|taken|took|captured|seized|overran|overrun|lost|retook|retaken|recaptured)\b[^.;:]{0,60}$", re.IGNORECASE,
)


def retold_window_day(sentence: str, previous: str, before: Sequence[Dated], published: dt.date | None) -> tuple[dt.date, str] | None:
    """Return (date, basis) of the window the sentence before (`previous`, its expressions
    `before`) dated a change by, when `sentence` opens on places by a definite plural noun and
    tells them changed with no day of its own; else None."""
    if not _RETELLING_PLACES.match(sentence) or not _PAST_CHANGE.search(sentence):
        return None
    windows = [d for d in before if _recent_window(d, published) and _CHANGE_BEFORE.search(previous, 0, d.expr.start)]
    return (windows[-1].range_start or windows[-1].date, windows[-1].basis) if len(windows) == 1 else None


def _recent_window(dated: Dated, published: dt.date | None) -> bool:
    """Return True when `dated` is an event's window of the weeks before the report ("last week")."""
    if dated.role != "event" or dated.date is None or dated.expr.kind != "relative" or names_a_day(dated.expr):
        return False
    if not _RECENT_WINDOW.search(dated.expr.text):
        return False
    return published is None or published - _WINDOW_REACH <= dated.date <= published
