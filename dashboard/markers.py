"""Markers for districts too small to see or click on the map: provincial capitals (city
districts such as Mazar-i-Sharif or Kandahar) and any district a few pixels wide.

The dashboard draws a dot over each such district whose state is known, clickable like its
polygon; the command-line images draw the same dots. Positions are the centre of the district's
bounding box in the map's own frame.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import numpy as np

#: A district whose bounding box is narrower than this fraction of the map's width gets a marker.
TINY_FRACTION = 0.015
#: Marker radius as a fraction of the map's width (about 5 px on a 600 px wide map).
RADIUS_FRACTION = 0.009

Box = tuple[float, float, float, float]
_SUBPATH = re.compile(r"M(-?\d+) (-?\d+)l?([^Mz]*)z")


@functools.cache
def capital_ids() -> frozenset[str]:
    """Return the district ids of the provincial capitals (from the gazetteer)."""
    from geodata.gazetteer import Gazetteer

    table = Gazetteer.load().districts()
    return frozenset(table.loc[table["is_capital"].astype(int) == 1, "district_id"].astype(str))


def marked(ids: Sequence[str], boxes: Sequence[Box], width: float, capitals: frozenset[str]) -> list[int]:
    """Return the positions in `ids` of the units that get a marker: capitals and units whose box
    is smaller than TINY_FRACTION of `width` both ways."""
    limit = TINY_FRACTION * width
    return [n for n, (unit, box) in enumerate(zip(ids, boxes))
            if unit in capitals or max(box[2] - box[0], box[3] - box[1]) < limit]


def path_box(d: str) -> Box:
    """Return (xmin, ymin, xmax, ymax) of an SVG path written by dashboard.state.project_layers
    (absolute moves, relative steps)."""
    xs: list[int] = []
    ys: list[int] = []
    for mx, my, steps in _SUBPATH.findall(d):
        x, y = int(mx), int(my)
        xs.append(x)
        ys.append(y)
        numbers = [int(v) for v in steps.split()]
        for dx, dy in zip(numbers[::2], numbers[1::2]):
            x, y = x + dx, y + dy
            xs.append(x)
            ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else (0, 0, 0, 0)


def dashboard_markers(geometry: Mapping, capitals: frozenset[str] | None = None) -> dict:
    """Return the markers of the dashboard's district layer: {"ids", "x", "y", "r"} in the frame
    of `geometry` (dashboard.state.project_layers)."""
    capitals = capital_ids() if capitals is None else capitals
    layer = geometry["district"]
    boxes = [path_box(d) for d in layer["paths"]]
    chosen = marked(layer["ids"], boxes, geometry["width"], capitals)
    return {
        "ids": [layer["ids"][n] for n in chosen],
        "x": [round((boxes[n][0] + boxes[n][2]) / 2, 1) for n in chosen],
        "y": [round((boxes[n][1] + boxes[n][3]) / 2, 1) for n in chosen],
        "r": round(RADIUS_FRACTION * geometry["width"], 1),
    }


def ring_box(rings: np.ndarray) -> Box:
    """Return the bounding box of NaN-separated projected rings (dashboard.static_map.MapShapes)."""
    if not len(rings) or np.isnan(rings).all():
        return (0.0, 0.0, 0.0, 0.0)
    xmin, ymin = np.nanmin(rings, axis=0)
    xmax, ymax = np.nanmax(rings, axis=0)
    return float(xmin), float(ymin), float(xmax), float(ymax)
