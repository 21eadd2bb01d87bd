"""The map's frame and view: projected unit outlines, a unit's state and the counts per day read
off a series (dashboard.series builds it), and the view state (date, layer, unit) read from and
written to the URL query.

Everything here is a pure function; the browser recolours the map from the series' change points,
so moving the slider sends nothing to the server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qs, urlencode

import pandas as pd

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


# --- dates and reading a series -------------------------------------------------------------


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
