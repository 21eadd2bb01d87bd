"""The counts-over-time chart (districts and provincial capitals per status on every day) as
compact data for the browser, which draws it as plain SVG (assets/counts.js).

The chart used to be a plotly figure: plotly.js (4.8 MB) then had to be fetched and evaluated
after the map, and on a big store that one evaluation froze the page for seconds. The lines are a
few integers per day, so they travel once as a JSON attribute of the chart's element and are
drawn in a few milliseconds; after a review only changed data is sent again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from dash import html, no_update

from dashboard import ids
from dashboard.layout import slider_props
from dashboard.state import count_codes
from dashboard.style import STATUS_COLORS, STATUS_LABELS
from frontmap.status import STATUSES, UNKNOWN

#: The chart's statuses, in drawing order (`unknown` is everything else: not drawn).
CHART_STATUSES = tuple(s for s in STATUSES if s != UNKNOWN)
LAYERS = (("district", "Districts"), ("province", "Provincial capitals"))


def counts_lines(series: Mapping) -> dict:
    """Return the chart's lines per layer: {"y": {status: count per shown day}, "range": the fixed
    y range}; the shown days are the series' days plus one, the last day's counts held one more
    day so a change on the last day shows as a step beside the date cursor, not under it."""
    lines = {}
    for layer, _title in LAYERS:
        counts = count_codes(series, layer)
        held = [*counts, counts[-1]] if counts else []
        y = {status: [c[STATUSES.index(status)] for c in held] for status in CHART_STATUSES}
        top = max((n for values in y.values() for n in values), default=0)
        lines[layer] = {"y": y, "range": [0, max(round(top * 1.15), 5)]}
    return lines


def counts_data(series: Mapping) -> dict:
    """Return everything the browser needs to draw the chart: the statuses with their labels and
    colours, per layer its title, lines (one list of counts per status) and y range, and the
    x-axis ticks {day index: label} (the slider's marks)."""
    lines = counts_lines(series)
    return {
        "statuses": list(CHART_STATUSES),
        "labels": [STATUS_LABELS[s] for s in CHART_STATUSES],
        "colors": [STATUS_COLORS[s] for s in CHART_STATUSES],
        "layers": [{"name": layer, "title": title, "y": list(lines[layer]["y"].values()),
                    "top": lines[layer]["range"][1]} for layer, title in LAYERS],
        "ticks": slider_props(series)["marks"],
    }


def counts_graph(series: Mapping) -> html.Div:
    """Return the chart's element: empty, with its data in `data-counts` (JSON) for the browser."""
    data = json.dumps(counts_data(series), separators=(",", ":"))
    return html.Div(id=ids.COUNTS, className="fm-counts", role="img",
                    **{"data-counts": data, "aria-label": "Districts and provincial capitals per status over time"})


def counts_update(old: Mapping, new: Mapping):
    """Return {"counts": the chart data of series `new`} when it differs from that of `old` (a
    review changed some line or range), else dash.no_update: nothing to send."""
    after = counts_data(new)
    return {"counts": after} if counts_data(old) != after else no_update
