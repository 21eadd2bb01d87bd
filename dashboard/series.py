"""The series the browser recolours the map from, built once per build: every unit's state
change points (status, since, sources, whether a person checked it) on the days a state may change.

A pure function of the built timeline and the boundaries; dashboard.state reads it back (a unit's
state on a day, counts per day) and dashboard.review_data patches it after a review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from dashboard.row_changes import timeline_keys
from dashboard.state import as_day
from dashboard.style import (
    BORDER_COLOR,
    PROVINCE_OUTLINE_COLOR,
    STATUS_COLORS,
    STATUS_LABELS,
)
from frontmap.status import STATUSES, UNKNOWN, status_code


def timeline_days(timeline) -> list[dt.date]:
    """Return every day the timeline covers, first to last (its `days()` when it has one)."""
    if hasattr(timeline, "days"):
        return [pd.Timestamp(day).date() for day in timeline.days()]
    start, end = timeline.start(), timeline.end()
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _event_list(value) -> tuple[str, ...]:
    """Return event ids from a tuple/list, a ';'- or ','-joined string, or nothing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.replace(",", ";").split(";") if part.strip())
    return tuple(str(item) for item in value)


def candidate_days(timeline, days: Sequence[dt.date]) -> list[int]:
    """Return the indexes of the days on which some unit's state may change (always includes 0).

    Change points come from the timeline rows' `valid_from` and the day after `valid_to`; between
    them every unit's state is constant, so only these days need the timeline's `state_on`.
    """
    if not days:
        return []
    index = {day: n for n, day in enumerate(days)}
    found = {0}
    for row in getattr(timeline, "rows", None) or []:
        for value in (getattr(row, "valid_from", None), getattr(row, "valid_to", None)):
            day = as_day(value)
            if day is None:
                continue
            for candidate in (day, day + dt.timedelta(days=1)):
                if candidate in index:
                    found.add(index[candidate])
    if not getattr(timeline, "rows", None):
        found = set(range(len(days)))
    return sorted(found)


def _state_key(row: Mapping, sources, backed=None) -> tuple:
    status = row.get("status") or UNKNOWN
    if not isinstance(status, str) or status not in STATUSES:
        status = UNKNOWN
    since = as_day(row.get("since"))
    key = (status_code(status), since.isoformat() if since else None, sources(row))
    return key if backed is None else (*key, backed(row))


def unit_changes(
    frames: Sequence[tuple[int, Sequence[Mapping] | pd.DataFrame]], id_column: str, unit_ids: Sequence[str], sources,
    backed=None,
) -> list[list[list]]:
    """Return, for each of `unit_ids`, its change points `[day_index, status_code, since, n_sources]`,
    with a fifth element `backed(row)` when `backed` is given (1 when a person checked one of
    the state's events; the browser draws the other states lighter).

    `frames` are (day index, state table or list of row dicts) pairs in day order; a unit absent
    from a table keeps `unknown`. A change point is recorded only where the key changes.
    """
    position = {unit: n for n, unit in enumerate(unit_ids)}
    unknown = (status_code(UNKNOWN), None, 0) + (() if backed is None else (0,))

    def keys(frame) -> list[tuple]:
        seen = [unknown] * len(unit_ids)
        for row in frame.to_dict("records") if isinstance(frame, pd.DataFrame) else frame:
            n = position.get(str(row.get(id_column)))
            if n is not None:
                seen[n] = _state_key(row, sources, backed)
        return seen

    return changes_from_keys(((day_index, keys(frame)) for day_index, frame in frames), len(unit_ids))


def changes_from_keys(day_keys: Iterable[tuple[int, Sequence[tuple]]], n_units: int) -> list[list[list]]:
    """Return each unit's change points `[day_index, status_code, since, n_sources(, backed)]` from
    every unit's key on a series of days (in day order): one point where a unit's key changes
    (none for a unit still unknown)."""
    changes: list[list[list]] = [[] for _ in range(n_units)]
    last: list[tuple | None] = [None] * n_units
    unknown_start = (status_code(UNKNOWN), None, 0)
    for day_index, keys in day_keys:
        for n, key in enumerate(keys):
            unknown = unknown_start + (0,) * (len(key) - 3)
            if key != last[n]:
                if not (last[n] is None and key == unknown):
                    changes[n].append([day_index, *key])
                last[n] = key
    return changes


def day_label(day: dt.date) -> str:
    """Return the large date caption, e.g. "Friday 13 August 2021"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def build_series(built, boundaries, days: Sequence[dt.date] | None = None) -> dict:
    """Return everything the browser needs to recolour and label the map on any day.

    `{"days": [iso], "labels": [caption], "statuses", "colors", "status_labels",
      "district": {"ids", "names", "provinces", "changes"}, "province": {...}}` with units in the
    boundaries' order; "changes" as in `unit_changes`, where n_sources counts distinct articles
    (and the fifth element marks the states a person checked, when `built` has a review log).
    """
    timeline = built.timeline
    days = list(days) if days is not None else timeline_days(timeline)
    events = getattr(built, "events", None)
    article_of = event_articles(events)
    reviews = getattr(built, "reviews", None)
    backed = review_marker(reviews)
    wanted = candidate_days(timeline, days)
    districts = boundaries.districts
    provinces = boundaries.provinces
    district_ids = [str(v) for v in districts["district_id"]]
    province_ids = [str(v) for v in provinces["province_code"]]
    # A frontmap Timeline is read off its rows (fast on a season of news) while no state needs a
    # person's check marked; otherwise each candidate day is sampled.
    nothing_checked = reviews is None or not reviews.verified_ids()
    keys = timeline_keys(timeline, days, wanted, event_days(events), article_of, district_ids, province_ids) \
        if nothing_checked else None
    if keys is not None:
        unchecked = () if backed is None else (0,)
        district_changes = changes_from_keys(_extended(keys[0], unchecked), len(district_ids))
        province_changes = changes_from_keys(_extended(keys[1], unchecked), len(province_ids))
    else:
        sources = source_counter(article_of)
        district_changes = unit_changes([(n, timeline.state_on(days[n])) for n in wanted], "district_id",
                                        district_ids, sources, backed)
        province_changes = unit_changes([(n, timeline.province_state_on(days[n])) for n in wanted],
                                        "province_code", province_ids, sources, backed)
    return {
        "days": [day.isoformat() for day in days],
        "labels": [day_label(day) for day in days],
        "statuses": list(STATUSES),
        "colors": [STATUS_COLORS[s] for s in STATUSES],
        "status_labels": [STATUS_LABELS[s] for s in STATUSES],
        "border": BORDER_COLOR,
        "outline": PROVINCE_OUTLINE_COLOR,
        "district": {
            "ids": district_ids,
            "names": [str(v) for v in districts["district"]],
            "provinces": [str(v) for v in districts["province"]],
            "changes": district_changes,
        },
        "province": {
            "ids": province_ids,
            "names": [str(v) for v in provinces["province"]],
            "provinces": [str(v) for v in provinces["province"]],
            "changes": province_changes,
        },
    }


def _extended(day_keys, extra: tuple):
    """Yield (day index, keys) with `extra` appended to every key (the 'not checked' mark)."""
    for day_index, keys in day_keys:
        yield day_index, [(*key, *extra) for key in keys] if extra else keys


def source_counter(article_of: Mapping[str, str]):
    """Return a function of a state row giving its number of sources (distinct articles)."""

    def sources(row: Mapping) -> int:
        return len({article_of.get(event, event) for event in _event_list(row.get("event_ids"))})

    return sources


def review_marker(reviews):
    """Return a function of a state row giving 1 when a person checked one of its events, 0 when
    every one is machine-read; None when the build carries no review log (nothing is marked)."""
    if reviews is None:
        return None
    verified = reviews.verified_ids()
    return lambda row: int(any(event in verified for event in _event_list(row.get("event_ids"))))


def event_articles(events) -> dict[str, str]:
    """Return event_id -> article_id for events given as a DataFrame or a sequence of records."""
    if isinstance(events, pd.DataFrame) and {"event_id", "article_id"} <= set(events.columns):
        return dict(zip(events["event_id"].astype(str).tolist(), events["article_id"].astype(str).tolist()))
    return {str(row["event_id"]): str(row.get("article_id")) for row in records(events)}


def event_days(events) -> dict[str, dt.date]:
    """Return event_id -> event date for the dated events (a DataFrame or a sequence of records)."""
    if isinstance(events, pd.DataFrame) and {"event_id", "event_date"} <= set(events.columns):
        pairs = zip(events["event_id"].astype(str).tolist(), events["event_date"].tolist())
    else:
        pairs = ((str(row["event_id"]), row.get("event_date")) for row in records(events))
    return {event_id: day for event_id, value in pairs if (day := as_day(value)) is not None}


def records(items) -> list[dict]:
    """Return events or articles (DataFrame, mapping of id -> record, or dataclasses) as dicts."""
    if items is None:
        return []
    if isinstance(items, pd.DataFrame):
        return items.to_dict("records")
    if isinstance(items, Mapping):
        items = list(items.values())
    return [dataclasses.asdict(item) if dataclasses.is_dataclass(item) else dict(item) for item in items]


def series_update(old: Mapping | None, new: Mapping):
    """Return what turns the browser's series `old` into `new`: a dash.Patch assigning only the
    units whose change points differ (and the top-level values that differ), or `new` itself
    when `old` is unknown or its days or units differ (a review touches a few units; sending
    the whole series again costs more than the review as a season of news grows)."""
    from dash import Patch

    if old is None or any(old.get(k) != new.get(k) for k in ("days", "labels")):
        return new
    patch = Patch()
    for key in new.keys() - {"district", "province"}:
        if old.get(key) != new[key]:
            patch[key] = new[key]
    for layer in ("district", "province"):
        before, after = old.get(layer) or {}, new[layer]
        if any(before.get(k) != after[k] for k in after if k != "changes"):
            return new
        for n, (was, now) in enumerate(zip(before["changes"], after["changes"])):
            if was is not now and was != now:
                patch[layer]["changes"][n] = now
    return patch
