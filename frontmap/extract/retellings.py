"""Retellings in one article: a capture or retake the article dates in its own words, told again
further on with only the date in force ("There was more resistance in Sheberghan, but an aide
confirmed the city had been taken" after a paragraph about Friday), is the same event on the
article's own day, not a second one on the carried day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from frontmap.extract.standing import is_hold_trigger
from frontmap.status import GOVERNMENT, TALIBAN

#: date bases the text gives an event itself (not carried over from another sentence).
OWN_BASES = frozenset({"explicit", "weekday", "relative", "range"})
#: statuses one happening starts: a capture or a retake is told again, fighting goes on.
POINT_STATUSES = frozenset({TALIBAN, GOVERNMENT})
#: how far the article's own day may lie from the carried one: a retelling drifts by the days
#: of the paragraphs between, a window read as a day ("in the last few months") lies far off
REACH = dt.timedelta(days=3)


def own_days_first(drafts: Sequence[Any], headline: int = -1) -> list[Any]:
    """Return `drafts` (one article's, in reading order; each with key, status, date, basis,
    trigger and index) with every carried capture or retake (not a hold) of a unit and status the
    article also dates in its own words moved to that day (basis "retold"). The body's day is
    preferred to the headline's (sentence `headline`): "Army retakes X hours after it fell" dates
    its fall only by the words "hours after", which the body's account of the same fall refines."""
    own: dict[tuple[str, str], Any] = {}
    for draft in sorted(drafts, key=lambda d: getattr(d, "index", None) == headline):  # body first, reading order kept
        if draft.status in POINT_STATUSES and draft.basis in OWN_BASES and draft.date is not None:
            own.setdefault((draft.key, draft.status), draft.date)
    return [dataclasses.replace(d, date=own[(d.key, d.status)], basis="retold") if _retells(d, own) else d for d in drafts]


def _retells(draft: Any, own: dict[tuple[str, str], dt.date]) -> bool:
    """Return True when `draft` is a carried retelling of the day `own` gives its unit and status."""
    day = own.get((draft.key, draft.status))
    if day is None or draft.basis != "carried" or draft.date is None or day == draft.date:
        return False
    return abs(day - draft.date) <= REACH and not is_hold_trigger(draft.trigger)  # a hold tells the state on its own day
