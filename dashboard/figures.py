"""Plotly figures and downloadable files of the dashboard, as pure functions of the precomputed series."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Mapping
from pathlib import Path

import plotly.graph_objects as go
from dash import Patch
from plotly.subplots import make_subplots

from dashboard.state import count_codes
from dashboard.style import STATUS_COLORS, STATUS_LABELS
from frontmap.snapshot import snapshot_table, write_snapshot
from frontmap.status import STATUSES, UNKNOWN

def counts_figure(series: Mapping) -> go.Figure:
    """Return the counts-over-time chart: districts (top) and provincial capitals (bottom) per
    status on every day (the browser draws the current-date cursor over it).

    `unknown` is left out of the lines (it is everything else); the y ranges are fixed so moving
    the cursor never rescales the chart (they span the largest count, at least 5).
    """
    days = series["days"]
    # One day past the end, so a change on the last day shows as a step right of the date
    # cursor instead of a vertical line hidden under it.
    shown = [*days, _next_day(days[-1])] if days else []
    fig = make_subplots(
        rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.12, row_heights=[0.62, 0.38],
        subplot_titles=("Districts", "Provincial capitals"),
    )
    lines = counts_lines(series)
    for row, layer in ((1, "district"), (2, "province")):
        for status, y in lines[layer]["y"].items():
            fig.add_trace(
                go.Scatter(
                    x=shown, y=y, mode="lines", name=STATUS_LABELS[status],
                    legendgroup=status, showlegend=False,
                    line={"color": STATUS_COLORS[status], "width": 2, "shape": "hv",
                          "dash": "dot" if status == "claimed" else "solid"},
                    hovertemplate=f"%{{y}} {layer}s {STATUS_LABELS[status].lower()}<extra></extra>",
                ),
                row=row, col=1,
            )
        fig.update_yaxes(range=lines[layer]["range"], row=row, col=1, fixedrange=True)
    fig.update_xaxes(fixedrange=True, showgrid=False, range=[shown[0], shown[-1]] if shown else None)
    fig.update_layout(
        margin={"l": 36, "r": 8, "t": 24, "b": 24}, height=230, hovermode="x unified",
        paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="#fafafa", font={"size": 11},
    )
    fig.update_annotations(font_size=11)
    return fig


def counts_lines(series: Mapping) -> dict:
    """Return the counts chart's lines per layer: {"y": {status: count per shown day}, "range":
    the fixed y range}, in the chart's trace order (districts, then capitals; `unknown` left out)."""
    lines = {}
    for layer in ("district", "province"):
        counts = count_codes(series, layer)
        held = [*counts, counts[-1]] if counts else []  # the last day's counts, held one more day
        y = {status: [c[code] for c in held] for code, status in enumerate(STATUSES) if status != UNKNOWN}
        top = max((n for values in y.values() for n in values), default=0)
        lines[layer] = {"y": y, "range": [0, max(top * 1.15, 5)]}
    return lines


def counts_patch(old: Mapping, new: Mapping) -> Patch:
    """Return a dash.Patch turning the counts chart of series `old` into that of `new` (same days):
    only the lines and y ranges that differ, so the browser restyles the chart it has instead of
    drawing a new one."""
    patch = Patch()
    before, after = counts_lines(old), counts_lines(new)
    trace = 0
    for row, layer in enumerate(("district", "province")):
        for status, y in after[layer]["y"].items():
            if before[layer]["y"][status] != y:
                patch["data"][trace]["y"] = y
            trace += 1
        if before[layer]["range"] != after[layer]["range"]:
            patch["layout"]["yaxis" + (str(row + 1) if row else "")]["range"] = after[layer]["range"]
    return patch


def _next_day(iso: str) -> str:
    """Return the ISO day after `iso`."""
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


def export_name(layer: str, day: str, extension: str) -> str:
    """Return a download's file name with the layer and date in it, e.g. frontmap_district_2021-08-13.csv."""
    return f"frontmap_{layer}_{day}.{extension}"


def snapshot_file(built, boundaries, day: str, layer: str, fmt: str, folder: Path | None = None) -> Path:
    """Write the state of every unit of `layer` on `day` as "csv" or "geojson"; return the file's path.

    The table is frontmap.snapshot's (the same one `frontmap export` writes), so the browser's download
    and the command line agree. The file goes to `folder` (a new temporary folder by default).
    """
    folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="frontmap-export-"))
    table = snapshot_table(built, boundaries, day, layer)
    return write_snapshot(table, folder / export_name(layer, day, fmt), fmt)
