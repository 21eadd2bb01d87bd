"""Every unit's events in one events table, newest first, for the sources panel.

The table is read once, whole columns at a time, and each unit's events are kept as row positions in
date order, so that the busiest district of a season of news (tens of thousands of reports) opens
in milliseconds: a day is a bisection, a page a slice. The index is derived data, the same for every
user, kept while its table lives (never per-user state).
"""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from collections import defaultdict

import pandas as pd

from dashboard.state import as_day


class UnitIndex:
    """Every unit's events in one events table, newest first: the table is read once, whole
    columns at a time, so that the busiest district of a season of news opens in milliseconds."""

    def __init__(self, frame: pd.DataFrame, key: str):
        ids = frame["event_id"].astype(str).tolist()
        dates = frame["event_date"].tolist() if "event_date" in frame else [None] * len(ids)
        # a stored event_date is already a date: as_day's parsing only for anything else
        when = [v if type(v) is dt.date else as_day(v) for v in dates]
        units = frame[key].astype(str).tolist()
        self.positions: dict[str, list[int]] = defaultdict(list)
        self._descending: dict[str, list[int]] = defaultdict(list)  # minus the day's ordinal: ascending
        for p in sorted(range(len(ids)), key=lambda p: (when[p] or dt.date.min, ids[p]), reverse=True):
            self.positions[units[p]].append(p)
            self._descending[units[p]].append(-(when[p] or dt.date.min).toordinal())  # undated: last, kept

    def on(self, unit_id: str, day: dt.date) -> list[int]:
        """Return the positions of `unit_id`'s events dated on or before `day` (and undated), newest first."""
        start = bisect.bisect_left(self._descending.get(unit_id, []), -day.toordinal())
        return self.positions.get(unit_id, [])[start:]


def index_units(events) -> None:
    """Build the sources panel's indexes of `events` (a DataFrame) now, ahead of the first click."""
    if isinstance(events, pd.DataFrame) and not events.empty:
        for key in ("district_id", "province_code"):
            if key in events:
                unit_index(events, key)


_INDEXES: dict[tuple[int, str], tuple[weakref.ref, int, UnitIndex]] = {}
_MAX_INDEXES = 8  # the data served now and after an upload, per layer, with room to spare


def unit_index(frame: pd.DataFrame, key: str) -> UnitIndex:
    """Return the UnitIndex of `frame` by `key` column, built on first use and kept while the
    table lives (a cache of derived data, the same for every user: never per-user state)."""
    cached = _INDEXES.get((id(frame), key))
    if cached is not None and cached[0]() is frame and cached[1] == len(frame):
        return cached[2]
    index = UnitIndex(frame, key)
    while len(_INDEXES) >= _MAX_INDEXES:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[(id(frame), key)] = (weakref.ref(frame), len(frame), index)
    return index
