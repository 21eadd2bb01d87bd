"""What the browser needs, precomputed once: projected unit outlines, per-unit state change points,
counts per day, and the view state (date, layer, unit) read from and written to the URL query.

Everything here is a pure function of the built timeline and the boundaries; the browser recolours
the map from the change points, so moving the slider sends nothing to the server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qs, urlencode

import pandas as pd

from dashboard.row_changes import timeline_keys
from dashboard.style import BORDER_COLOR, PROVINCE_OUTLINE_COLOR, STATUS_COLORS, STATUS_LABELS
from frontmap.status import STATUSES, UNKNOWN, status_code

LAYERS: tuple[str, ...] = ("district", "province")
_MAX_DATE_CHARS = 64  # longer is no date (and is not worth parsing)
MAP_WIDTH = 1000.0


@dataclasses.dataclass(frozen=True)
class ViewState:
    """What the URL query holds: the day shown (index into the days), the layer, the selected unit."""

    day_index: int
    layer: str = "district"
    unit: str | None = None


# --- geometry -------------------------------------------------------------------------------


def _rings(geometry: Mapping) -> Iterable[Sequence[Sequence[float]]]:
    """Yield the rings (exterior and holes) of a GeoJSON Polygon or MultiPolygon."""
    if not geometry:
        return
    kind = geometry.get("type")
    if kind == "Polygon":
        yield from geometry["coordinates"]
    elif kind == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon


def _bounds(collections: Iterable[Mapping]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for collection in collections:
        for feature in collection.get("features", []):
            for ring in _rings(feature.get("geometry")):
                xs.extend(point[0] for point in ring)
                ys.extend(point[1] for point in ring)
    if not xs:
        raise ValueError("geojson: expected at least one Polygon or MultiPolygon feature")
    return min(xs), min(ys), max(xs), max(ys)


def project_layers(layers: Mapping[str, Mapping], width: float = MAP_WIDTH) -> dict:
    """Return SVG outlines of every layer's features, projected together into one frame.

    `layers` maps a layer name to a GeoJSON FeatureCollection in longitude/latitude. The result is
    `{"width", "height", <layer>: {"ids": [...], "paths": [...]}}` where each path is an SVG `d`
    string (one subpath per ring, whole units of a `width`-wide frame, relative steps: compact)
    and ids are the features' "id".
    The projection is equirectangular scaled by cos(mid latitude), which is true enough at
    Afghanistan's size and keeps the browser free of any projection code.
    """
    west, south, east, north = _bounds(layers.values())
    x_scale = math.cos(math.radians((south + north) / 2))
    span = max((east - west) * x_scale, 1e-9)
    scale = width / span
    height = round((north - south) * scale, 1)
    result: dict = {"width": width, "height": height}
    for name, collection in layers.items():
        ids: list[str] = []
        paths: list[str] = []
        for feature in collection.get("features", []):
            parts = []
            for ring in _rings(feature.get("geometry")):
                points = [(round((lon - west) * x_scale * scale), round((north - lat) * scale)) for lon, lat, *_ in ring]
                parts.append(_ring_path(points))
            ids.append(str(feature.get("id", feature.get("properties", {}).get("id"))))
            paths.append("".join(parts))
        result[name] = {"ids": ids, "paths": paths}
    return result


def _ring_path(points: Sequence[tuple[int, int]]) -> str:
    """Return one closed SVG subpath: an absolute move, then relative steps between the rounded
    points (steps from rounded positions, so no error accumulates and shared borders stay shared)."""
    x0, y0 = points[0]
    steps = []
    px, py = x0, y0
    for x, y in points[1:]:
        if (x, y) != (px, py):
            steps.append(f"{x - px} {y - py}")
            px, py = x, y
    return f"M{x0} {y0}l" + " ".join(steps) + "z" if steps else f"M{x0} {y0}z"


# --- days and change points -----------------------------------------------------------------


def timeline_days(timeline) -> list[dt.date]:
    """Return every day the timeline covers, first to last (its `days()` when it has one)."""
    if hasattr(timeline, "days"):
        return [pd.Timestamp(day).date() for day in timeline.days()]
    start, end = timeline.start(), timeline.end()
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def as_day(value) -> dt.date | None:
    """Return `value` (date, datetime, ISO string, Timestamp) as a date, or None when missing."""
    if value is None or (isinstance(value, str) and len(value) > _MAX_DATE_CHARS):
        return None
    if type(value) is dt.date:  # the common case, and parsing costs ~100x more
        return value
    try:
        stamp = pd.Timestamp(value)
        return None if pd.isna(stamp) else stamp.date()
    except (TypeError, ValueError, OverflowError, NotImplementedError):
        # unreadable, or outside what a date holds ("-1" reads as the year -1)
        return None


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


def state_at(changes: Sequence[Sequence], day_index: int) -> tuple[int, str | None, int]:
    """Return (status_code, since, n_sources) of one unit on `day_index` from its change points."""
    current = (status_code(UNKNOWN), None, 0)
    for point in changes:
        if point[0] > day_index:
            break
        current = (point[1], point[2], point[3])
    return current


def codes_on(series: Mapping, layer: str, day_index: int) -> list[int]:
    """Return the status code of every unit of `layer` on `day_index` (the browser's recolour)."""
    return [state_at(points, day_index)[0] for points in series[layer]["changes"]]


def count_codes(series: Mapping, layer: str) -> list[list[int]]:
    """Return, per day, how many units of `layer` are in each status (columns in STATUSES order)."""
    n_days = len(series["days"])
    n_units = len(series[layer]["ids"])
    deltas = [[0] * len(STATUSES) for _ in range(n_days)]
    for points in series[layer]["changes"]:
        previous = status_code(UNKNOWN)
        for point in points:
            deltas[point[0]][previous] -= 1
            deltas[point[0]][point[1]] += 1
            previous = point[1]
    counts = []
    running = [0] * len(STATUSES)
    running[status_code(UNKNOWN)] = n_units
    for delta in deltas:
        running = [a + b for a, b in zip(running, delta)]
        counts.append(running)
    return counts


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


# --- the URL query --------------------------------------------------------------------------


def parse_query(search: str | None, days: Sequence[str], unit_ids: Mapping[str, Sequence[str]]) -> ViewState:
    """Return the view a URL query asks for, falling back to the last day, districts, no unit.

    `search` is `?date=YYYY-MM-DD&layer=district|province&unit=<id>`; a date outside the timeline
    is clamped to its nearest end, an unknown layer or unit is ignored.
    """
    params = parse_qs(search.lstrip("?") if isinstance(search, str) else "")

    def first(name: str) -> str | None:
        values = params.get(name)
        return values[0] if values else None

    day_index = day_index_of(days, first("date"))
    layer = first("layer") if first("layer") in LAYERS else "district"
    unit = first("unit")
    if unit is not None and unit not in unit_ids.get(layer, ()):
        unit = None
    return ViewState(day_index=day_index, layer=layer, unit=unit)


def day_index_of(days: Sequence[str], day) -> int:
    """Return the index of `day` (a date or ISO string) in the ISO `days`: the next day present when
    it falls in a gap, clamped to the ends; the last day when `day` is missing or unreadable."""
    last = max(len(days) - 1, 0)
    wanted = as_day(day) if day else None
    if wanted is None or not days:
        return last
    iso = wanted.isoformat()
    if iso <= days[0]:
        return 0
    if iso >= days[-1]:
        return last
    return next(n for n, known in enumerate(days) if known >= iso)


def to_query(view: ViewState, days: Sequence[str]) -> str:
    """Return the URL query for `view` (the same form the browser writes: date, layer, unit)."""
    params = {"date": days[view.day_index], "layer": view.layer}
    if view.unit:
        params["unit"] = view.unit
    return "?" + urlencode(params)
