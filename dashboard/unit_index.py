"""Every unit's events in one events table, newest first, for the sources panel.

The table is read once, whole columns at a time, and each unit's events are kept as row positions in
date order, so that the busiest district of a season of news (tens of thousands of reports) opens
in milliseconds: a day is a bisection, a page a slice. The index is derived data, the same for every
user, built when the app loads a build and held with it (app.DashboardData; never per-user state).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from dashboard.panel_stories import ReportCodes
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


@dataclass(frozen=True)
class PanelIndex:
    """What the sources panel needs of one events table, worked out once when the app loads a
    build: each layer's UnitIndex and every event's ReportCodes (the data served holds it)."""

    units: dict[str, UnitIndex]
    codes: ReportCodes | None

    def positions(self, key: str, unit_id: str, day: dt.date) -> list[int]:
        """Return UnitIndex.on for the `key` column's index (no events when the table lacks it)."""
        index = self.units.get(key)
        return index.on(unit_id, day) if index is not None else []


def index_units(events) -> PanelIndex | None:
    """Return the sources panel's PanelIndex of `events` (a DataFrame; None when it is not one or empty)."""
    if not isinstance(events, pd.DataFrame) or events.empty:
        return None
    units = {key: UnitIndex(events, key) for key in ("district_id", "province_code") if key in events}
    return PanelIndex(units, ReportCodes.of(events) if "story" in events else None)
