"""Which reports in the sources panel support the state the map shows for a unit on a day.

A report supports the state when it says what the state says and was dated within it: its status
agrees (a Taliban claim agrees with a confirmed Taliban capture: the map holds such a claim to the
capture, never against it) and its date falls between the state's first day and the day viewed.
The panel marks those reports; it prints the words only when some report listed does not support
the state, since a mark on every card (a unit with one report) tells a reader nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import pandas as pd

from dashboard.state import as_day
from frontmap.status import CLAIMED, TALIBAN, UNKNOWN

SUPPORT_WORDS = "supports the state shown"

# statuses a report may carry that agree with a state (beyond the state's own status)
_AGREES = {TALIBAN: {TALIBAN, CLAIMED}}


def agrees(event_status: str, state_status: str) -> bool:
    """Return True when a report of `event_status` says what a unit in `state_status` shows."""
    if state_status == UNKNOWN:
        return False
    return event_status in _AGREES.get(state_status, {state_status})


def supports(event: Mapping, state_status: str, since: dt.date | None, day: dt.date | None) -> bool:
    """Return True when `event` (status, event_date) supports a unit's `state_status`, held from
    `since` (None: not known), as shown on `day` (None: any day): dated within the state."""
    if not agrees(str(event.get("status")), state_status):
        return False
    when = as_day(event.get("event_date"))
    if when is None:
        return False  # an undated report places no state
    return (since is None or when >= since) and (day is None or when <= day)


def supporting_ids(events: Sequence[Mapping], state_status: str, since, day) -> set[str]:
    """Return the event_ids of `events` that support the state (see supports); `since` and `day`
    are dates or ISO strings."""
    start, end = as_day(since), as_day(day)
    return {str(e.get("event_id")) for e in events if supports(e, state_status, start, end)}


def all_support(events, state_status: str, since, day) -> bool:
    """Return True when every one of `events` (a DataFrame or records with status and event_date)
    supports the state, as supporting_ids judges (also when there are none). Column-wise: a unit
    may have many thousands of reports."""
    frame = events if isinstance(events, pd.DataFrame) else pd.DataFrame(list(events))
    if frame.empty:
        return True
    if "status" not in frame or "event_date" not in frame or state_status == UNKNOWN:
        return False
    if not frame["status"].isin(_AGREES.get(state_status, {state_status})).all():
        return False
    dates = pd.to_datetime(frame["event_date"], errors="coerce")
    if dates.isna().any():
        return False
    start, end = as_day(since), as_day(day)
    return bool((start is None or (dates >= pd.Timestamp(start)).all()) and (end is None or (dates <= pd.Timestamp(end)).all()))
