"""The review queue: the unreviewed events that change the map, most urgent first.

An event changes the map when the timeline places it behind a state (a district's, or a
province's from province-level reports). Order: events on a provincial capital first, then
those that start a state (a change point) before those that only confirm one, then the least
confident, then by date.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from frontmap.review.model import UNREVIEWED


def _map_events(timeline: Any, dates: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Return (ids of the events behind any state, ids of those dated on their state's first
    day), given each event's date in `dates`."""
    behind: set[str] = set()
    starting: set[str] = set()
    for row in [*timeline.rows, *timeline.province_reports]:
        behind.update(row.event_ids)
        starting.update(e for e in row.event_ids if dates.get(e) == row.valid_from)
    return behind, starting


def review_queue(built: Any) -> pd.DataFrame:
    """Return the unreviewed events of `built` (frontmap.built.Built) that change the map, most
    urgent first (see the module doc): built.events' columns plus `capital` and `changes_state`."""
    events = built.events
    behind, starting = _map_events(built.timeline, dict(zip(events["event_id"], events["event_date"])))
    districts = built.timeline.districts
    is_capital = districts["is_capital"].fillna(False).astype(bool) if "is_capital" in districts else False
    capitals = set(districts.loc[is_capital, "district_id"]) if is_capital is not False else set()
    review = events["review"] if "review" in events else pd.Series(UNREVIEWED, index=events.index)
    queue = events[(review == UNREVIEWED) & events["event_id"].isin(behind)].copy()
    queue["capital"] = queue["district_id"].isin(capitals)
    queue["changes_state"] = queue["event_id"].isin(starting)
    queue["_date"] = queue["event_date"].astype(str)
    ordered = queue.sort_values(["capital", "changes_state", "confidence", "_date", "event_id"],
                                ascending=[False, False, True, True, True], kind="stable")
    return ordered.drop(columns="_date").reset_index(drop=True)
