"""How an exported map looks: the plotly figure of one day (title, date, legend, credit line).

The map is drawn as filled polygons on plain x/y axes (one trace per status) rather than a geo
subplot: it needs no world topojson from the network, fills correctly whatever the ring
orientation, and stays crisp text and vector paths in SVG/PDF. Texts, colours and layout
proportions live here so every renderer (Kaleido, the GIF rasteriser, the dashboard's download
button) draws the same map.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import shapely

from dashboard.markers import capital_ids, marked, ring_box
from dashboard.style import BORDER_COLOR, CREDIT_LINE, PROVINCE_OUTLINE_COLOR, STATUS_COLORS, legend_items
from frontmap.status import CLAIMED, TALIBAN, UNKNOWN

# Equirectangular projection with its standard parallel through the middle of Afghanistan:
# east-west distances shrink by cos(latitude), which keeps the country's shape true at this scale.
STANDARD_PARALLEL = 34.0
FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
TEXT_COLOR = "#222222"
MUTED_COLOR = "#666666"
BACKGROUND = "#ffffff"

# Layout as fractions of the image, shared with the GIF rasteriser.
TITLE_SIZE = 0.026  # of the image height
DATE_SIZE = 0.034
LEGEND_SIZE = 0.017
CREDIT_SIZE = 0.013
MARGIN_TOP = 0.15
MARGIN_BOTTOM = 0.07
MARGIN_LEFT = 0.02
LEGEND_WIDTH = 0.27  # of the image width, right of the map


@dataclass(frozen=True)
class MapShapes:
    """Every unit's outline projected once: `rings[i]` is an (n, 2) array, NaN rows between rings."""

    ids: tuple[str, ...]
    rings: tuple[np.ndarray, ...]
    bounds: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in projected units

    def index(self) -> dict[str, int]:
        """Return each unit id's position in `ids`."""
        return {unit: n for n, unit in enumerate(self.ids)}


def project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return projected (x, y) for longitudes and latitudes in degrees."""
    return np.asarray(lon) * math.cos(math.radians(STANDARD_PARALLEL)), np.asarray(lat)


def _rings(geometry) -> np.ndarray:
    parts = shapely.get_parts(geometry)
    pieces = []
    for polygon in parts:
        for ring in (polygon.exterior, *polygon.interiors):
            coords = shapely.get_coordinates(ring)
            x, y = project(coords[:, 0], coords[:, 1])
            pieces.append(np.column_stack([x, y]))
            pieces.append(np.full((1, 2), np.nan))
    return np.vstack(pieces) if pieces else np.empty((0, 2))


def map_shapes(frame, id_column: str) -> MapShapes:
    """Return the projected outlines of a GeoDataFrame's polygons, keyed by `id_column`."""
    frame = frame.to_crs("EPSG:4326") if frame.crs is not None else frame
    rings = tuple(_rings(geometry) for geometry in frame.geometry)
    xmin, ymin, xmax, ymax = frame.total_bounds
    (x0, x1), (y0, y1) = project(np.array([xmin, xmax]), np.array([ymin, ymax]))
    return MapShapes(tuple(frame[id_column].astype(str)), rings, (float(x0), float(y0), float(x1), float(y1)))


def joined_rings(shapes: MapShapes, positions: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
    """Return x and y of the chosen units' rings, NaN-separated, as one path for a filled trace."""
    chosen = [shapes.rings[n] for n in positions]
    if not chosen:
        return np.array([np.nan]), np.array([np.nan])
    joined = np.vstack(chosen)
    return joined[:, 0], joined[:, 1]


def map_title(layer: str = "district") -> str:
    """Return the map's title line."""
    return f"Territorial control in Afghanistan, by {'province' if layer == 'province' else 'district'}"


def date_label(day: dt.date) -> str:
    """Return the date stamp shown on the map, e.g. "15 August 2021"."""
    return f"{day.day} {day:%B %Y}"


def legend_entries(statuses: Iterable[str]) -> list[tuple[str, str, str]]:
    """Return (status, label with count, colour) for every status in legend order, e.g. "Contested (12)"."""
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return [(status, f"{label} ({counts.get(status, 0)})", color) for status, label, color in legend_items()]


def legend_font_size(width: int, height: int) -> int:
    """Return the legend's font size in pixels: in proportion to the height, but small enough for
    the longest label to fit in the legend's column on a narrow image."""
    return max(8, round(min(LEGEND_SIZE * height, 0.0118 * width)))


def legend_title(layer: str = "district") -> str:
    """Return the legend's heading: what the counts count."""
    return "Provinces" if layer == "province" else "Districts"


def _status_trace(shapes: MapShapes, positions: list[int], status: str, label: str, color: str) -> go.Scatter:
    x, y = joined_rings(shapes, positions)
    return go.Scatter(
        x=x, y=y, mode="lines", fill="toself", fillcolor=color, name=label, showlegend=False,
        line={"color": BORDER_COLOR, "width": 0.6}, hoverinfo="skip", legendgroup=status,
        fillpattern=_hatch(status, color),
    )


def _hatch(status: str, color: str) -> dict | None:
    """Return the fill pattern of `status`: `claimed` is hatched as in the dashboard, else None."""
    if status != CLAIMED:
        return None
    return {"shape": "/", "fgcolor": STATUS_COLORS[TALIBAN], "bgcolor": color, "size": 7, "solidity": 0.3}


def _marker_trace(shapes: MapShapes, status_of: dict[str, str]) -> go.Scatter:
    """Return dots over the districts too small to see (dashboard.markers) whose state is known."""
    boxes = [ring_box(rings) for rings in shapes.rings]
    width = shapes.bounds[2] - shapes.bounds[0]
    chosen = [n for n in marked(shapes.ids, boxes, width, capital_ids())
              if status_of.get(shapes.ids[n], UNKNOWN) != UNKNOWN]
    statuses = [status_of[shapes.ids[n]] for n in chosen]
    return go.Scatter(
        x=[(boxes[n][0] + boxes[n][2]) / 2 for n in chosen], y=[(boxes[n][1] + boxes[n][3]) / 2 for n in chosen],
        mode="markers", hoverinfo="skip", showlegend=False, name="small districts",
        marker={"size": 9, "color": [STATUS_COLORS[s] for s in statuses],
                "line": {"color": [STATUS_COLORS[TALIBAN] if s == CLAIMED else "#1d1d1d" for s in statuses],
                         "width": [2 if s == CLAIMED else 1 for s in statuses]}},
    )


def _legend_trace(status: str, label: str, color: str) -> go.Scatter:
    # A filled square per status reads better than the fill traces' own line swatches.
    return go.Scatter(
        x=[None], y=[None], mode="markers", name=label, legendgroup=status, hoverinfo="skip",
        marker={"symbol": "square", "size": 14, "color": color, "line": _swatch_edge(status)},
    )


def _swatch_edge(status: str) -> dict:
    """Return a legend swatch's edge: `claimed` edged in the Taliban colour of its hatching."""
    if status == CLAIMED:
        return {"color": STATUS_COLORS[TALIBAN], "width": 2}
    return {"color": "#999999", "width": 0.5}


def _outline_trace(outlines: MapShapes) -> go.Scatter:
    x, y = joined_rings(outlines, range(len(outlines.ids)))
    return go.Scatter(
        x=x, y=y, mode="lines", line={"color": PROVINCE_OUTLINE_COLOR, "width": 1.0},
        hoverinfo="skip", showlegend=False,
    )


def static_figure(
    table,
    day: dt.date,
    layer: str = "district",
    *,
    shapes: MapShapes | None = None,
    outlines: MapShapes | None = None,
    width: int = 1200,
    height: int = 900,
) -> go.Figure:
    """Return the plotly figure of one day's map from a snapshot table (frontmap.snapshot).

    `table` needs `status` and, unless `shapes` is given, a geometry and the layer's id column.
    `shapes` (projected once by `map_shapes`) saves re-projecting when drawing many days;
    `outlines` are drawn on top as thin dark lines (province borders over districts).
    """
    id_column = "province_code" if layer == "province" else "district_id"
    if shapes is None:
        shapes = map_shapes(table, id_column)
    where = shapes.index()
    status_of = dict(zip(table[id_column].astype(str), table["status"]))
    by_status: dict[str, list[int]] = {}
    for unit, status in status_of.items():
        by_status.setdefault(status, []).append(where[unit])
    entries = legend_entries(status_of.values())
    fig = go.Figure([_status_trace(shapes, by_status.get(s, []), s, label, c) for s, label, c in entries])
    fig.add_traces([_legend_trace(s, label, c) for s, label, c in entries])
    if outlines is not None:
        fig.add_trace(_outline_trace(outlines))
    if layer == "district":
        fig.add_trace(_marker_trace(shapes, status_of))
    _lay_out(fig, shapes.bounds, day, layer, width, height)
    return fig


def _annotations(day: dt.date, height: int, bottom: float) -> list[dict]:
    plot_height = 1 - MARGIN_TOP - bottom
    return [
        {
            "text": date_label(day), "name": "date", "xref": "paper", "yref": "paper",
            "x": MARGIN_LEFT, "y": 1 + (MARGIN_TOP - 0.085) / plot_height,
            "xanchor": "left", "yanchor": "top", "showarrow": False,
            "font": {"size": round(DATE_SIZE * height), "color": TEXT_COLOR},
        },
        {
            "text": CREDIT_LINE, "name": "credit", "xref": "paper", "yref": "paper",
            "x": MARGIN_LEFT, "y": -(bottom - 0.5 * MARGIN_BOTTOM) / plot_height,
            "xanchor": "left", "yanchor": "middle", "showarrow": False,
            "font": {"size": round(CREDIT_SIZE * height), "color": MUTED_COLOR},
        },
    ]


def _lay_out(
    fig: go.Figure, bounds, day: dt.date, layer: str, width: int, height: int, bottom: float = MARGIN_BOTTOM
) -> None:
    xmin, ymin, xmax, ymax = bounds
    pad = 0.01 * max(xmax - xmin, ymax - ymin)
    hidden = {"visible": False, "showgrid": False, "zeroline": False, "fixedrange": True}
    fig.update_xaxes(range=[xmin - pad, xmax + pad], domain=[MARGIN_LEFT, 1 - LEGEND_WIDTH], **hidden)
    fig.update_yaxes(range=[ymin - pad, ymax + pad], scaleanchor="x", scaleratio=1, **hidden)
    fig.update_layout(
        width=width, height=height, paper_bgcolor=BACKGROUND, plot_bgcolor=BACKGROUND,
        font={"family": FONT_FAMILY, "color": TEXT_COLOR, "size": legend_font_size(width, height)},
        margin={"l": 0, "r": 0, "t": round(MARGIN_TOP * height), "b": round(bottom * height)},
        title={
            "text": map_title(layer), "x": MARGIN_LEFT, "xanchor": "left", "y": 1 - 0.025, "yanchor": "top",
            "font": {"size": round(TITLE_SIZE * height), "color": TEXT_COLOR},
        },
        legend={
            "title": {"text": legend_title(layer)}, "x": 1 - LEGEND_WIDTH + 0.02, "xanchor": "left",
            "y": 0.5, "yanchor": "middle", "itemclick": False, "itemdoubleclick": False,
            "bgcolor": "rgba(0,0,0,0)", "traceorder": "normal",
        },
        showlegend=True,
        annotations=_annotations(day, height, bottom),
    )


# Room under the map for the slider and the play button in the animated figure.
SLIDER_BOTTOM = 0.17
PLAY_DELAY_MS = 400  # pause between days while playing (each recolouring takes ~150-350 ms more)


def _plain(values: np.ndarray) -> list[float | None]:
    # Plain JSON numbers (3 decimals is about 100 m): NaN becomes null, which breaks the ring.
    return [None if math.isnan(v) else v for v in np.round(values, 3).tolist()]


def timeline_figure(
    shapes: MapShapes,
    days: list[dt.date],
    first_statuses: list[str],
    layer: str = "district",
    *,
    names: list[str] | None = None,
    outlines: MapShapes | None = None,
    width: int = 1200,
    height: int = 950,
) -> dict:
    """Return the figure (a plotly figure dict) of the timeline's first day with a slider over
    `days` and play/pause buttons; `player_script` makes them recolour the map.

    `first_statuses[j]` is the status of unit `shapes.ids[j]` on `days[0]`; `names[j]` shows when
    hovering over it. Geometry is sent once, one filled trace per unit. The unit traces are plain
    dicts: plotly's validation of hundreds of them takes longer than everything else together.
    """
    if not days:
        raise ValueError("days: expected at least one day")
    colors = {status: color for status, _, color in legend_items()}
    names = names or list(shapes.ids)
    entries = legend_entries(first_statuses)
    fig = go.Figure([_legend_trace(status, label, color) for status, label, color in entries])
    if outlines is not None:
        fig.add_trace(_outline_trace(outlines))
    _lay_out(fig, shapes.bounds, days[0], layer, width, height, bottom=SLIDER_BOTTOM)
    _add_player(fig, days)
    figure = fig.to_dict()
    units = [
        {
            "type": "scatter", "x": _plain(rings[:, 0]), "y": _plain(rings[:, 1]), "mode": "lines",
            "fill": "toself", "fillcolor": colors[status], "line": {"color": BORDER_COLOR, "width": 0.6},
            "name": name, "hoveron": "fills", "hoverinfo": "name", "showlegend": False,
        }
        for rings, status, name in zip(shapes.rings, first_statuses, names)
    ]
    # Units first (drawn underneath), then the legend swatches and the outlines.
    figure["data"] = units + figure["data"]
    return figure


def _add_player(fig: go.Figure, days: list[dt.date]) -> None:
    plot_height = 1 - MARGIN_TOP - SLIDER_BOTTOM
    below = -0.02 / plot_height
    fig.update_layout(
        updatemenus=[
            {
                # method "skip": the buttons only emit plotly_buttonclicked, handled by player_script.
                "type": "buttons", "direction": "left", "x": MARGIN_LEFT, "xanchor": "left",
                "y": below, "yanchor": "top", "pad": {"r": 10, "t": 0}, "showactive": False,
                "buttons": [
                    {"label": "Play", "method": "skip", "args": ["play"]},
                    {"label": "Pause", "method": "skip", "args": ["pause"]},
                ],
            }
        ],
        sliders=[
            {
                "active": 0, "x": MARGIN_LEFT + 0.14, "len": 0.95 - MARGIN_LEFT - 0.14, "y": below,
                "yanchor": "top", "pad": {"t": 0, "b": 0},
                # Step labels would overlap on a long timeline: hide them, show the current day.
                "font": {"color": "rgba(0,0,0,0)"}, "ticklen": 0, "minorticklen": 0,
                "currentvalue": {"prefix": "Day: ", "visible": True, "xanchor": "left",
                                 "font": {"color": TEXT_COLOR}},
                "steps": [{"label": day.isoformat(), "method": "skip", "args": []} for day in days],
            }
        ],
    )


_PLAYER_JS = """
(function () {
  var gd = document.getElementById('{plot_id}');
  var timeline = __TIMELINE__;
  var units = timeline.units, legend = timeline.labels.length, run = 0;
  var changing = [];
  for (var k = 0; k < units + legend; k++) changing.push(k);
  function show(i) {
    var codes = timeline.codes[i], fills = [], counts = timeline.labels.map(function () { return 0; });
    for (var j = 0; j < units; j++) { var c = +codes[j]; fills.push(timeline.colors[c]); counts[c] += 1; }
    var names = changing.map(function (k) {
      return k < units ? gd.data[k].name : timeline.labels[k - units] + ' (' + counts[k - units] + ')';
    });
    return Plotly.update(gd, {fillcolor: fills.concat(timeline.colors), name: names},
      {'annotations[0].text': timeline.dates[i], 'sliders[0].active': i}, changing);
  }
  function play() {
    var token = ++run, i = gd.layout.sliders[0].active || 0;
    if (i >= timeline.dates.length - 1) i = -1;
    (function next() {
      if (token !== run || ++i >= timeline.dates.length) return;
      show(i).then(function () { setTimeout(next, timeline.delay); });
    })();
  }
  gd.on('plotly_buttonclicked', function (event) {
    if (event.button.args[0] === 'play') play(); else run += 1;
  });
  gd.on('plotly_sliderstart', function () { run += 1; });
  gd.on('plotly_sliderchange', function (event) { show(event.slider.active); });
})();
"""


def player_script(days: list[dt.date], statuses: list[list[str]]) -> str:
    """Return the JavaScript that plays `timeline_figure`: the slider and play button recolour
    the units, and update the legend counts and the date, from per-day status codes.

    `statuses[i][j]` is the status of unit j on `days[i]`. For plotly's `write_html(post_script=)`
    (it fills in `{plot_id}`); each day costs one digit per unit, so a year stays small.
    """
    if len(days) != len(statuses):
        raise ValueError("days and statuses: expected one list of statuses per day")
    items = legend_items()
    code = {status: str(n) for n, (status, _, _) in enumerate(items)}
    timeline = {
        "units": len(statuses[0]) if statuses else 0,
        "dates": [date_label(day) for day in days],
        "codes": ["".join(code[s] for s in states) for states in statuses],
        "colors": [color for _, _, color in items],
        "labels": [label for _, label, _ in items],
        "delay": PLAY_DELAY_MS,
    }
    return _PLAYER_JS.replace("__TIMELINE__", json.dumps(timeline))
