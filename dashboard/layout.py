"""The dashboard's layout, from small builder functions (no callbacks, no data loading here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from dash import dcc, html

from dashboard import ids
from dashboard.empty_state import TITLE
from dashboard.review_panel import OFF, review_bar, review_section
from dashboard.style import CREDIT_LINE, legend_items

SPEEDS: tuple[tuple[str, int], ...] = (("1 day / s", 1000), ("4 days / s", 250), ("10 days / s", 100))
DEFAULT_SPEED = 250


def slider_marks(days: Sequence[str]) -> dict[int, str]:
    """Return readable slider marks: the first day ("3 Jun 2021"), then the first of every month
    ("Aug", "Jan 2022"), or every Monday ("9 Aug") when the span is under ten weeks; no mark
    crowds the first one."""
    parsed = [dt.date.fromisoformat(d) for d in days]
    marks: dict[int, str] = {}
    if len(parsed) < 70:
        for n, day in enumerate(parsed):
            if n == 0 or (day.weekday() == 0 and n >= 3):
                marks[n] = f"{day.day} {day:%b}"
        return marks
    crowded = max(7, len(parsed) // 12)  # a month mark this near the first day would overprint it
    for n, day in enumerate(parsed):
        if n == 0 or (day.day == 1 and n >= crowded):
            if n == 0:
                marks[n] = f"{day.day} {day:%b %Y}"
            else:
                marks[n] = f"{day:%b %Y}" if day.month == 1 else f"{day:%b}"
    return marks


def header(series: Mapping, day_index: int) -> html.Header:
    """Return the title bar with the current date, large, and the district/province toggle."""
    return html.Header(
        className="fm-header",
        children=[
            html.Div([html.H1("frontmap"), html.Span("Territorial control in Afghanistan, from the news")],
                     className="fm-title"),
            html.Div(date_caption(series, day_index), id=ids.DATE_LABEL,
                     className="fm-date", **{"aria-live": "polite"}),
            dcc.RadioItems(
                id=ids.LAYER, value="district", inline=True, className="fm-layer",
                options=[{"label": "Districts", "value": "district"}, {"label": "Provinces", "value": "province"}],
            ),
        ],
    )


def date_caption(series: Mapping, day_index: int) -> str:
    """Return the header's date caption: the day shown, or the empty state's title when no event
    is placed (never today's date over an empty map)."""
    if series.get("empty_note"):
        return TITLE
    return series["labels"][day_index] if series["labels"] else ""


def legend() -> html.Ul:
    """Return the colour legend; `claimed` shows the same hatching as on the map."""
    return html.Ul(
        id=ids.LEGEND,
        className="fm-legend",
        children=[
            html.Li([html.Span(className=f"fm-swatch fm-status-{status}", style={"backgroundColor": color}),
                     label])
            for status, label, color in legend_items()
        ],
    )


def export_bar() -> html.Div:
    """Return the download buttons: map as PNG/SVG (drawn in the browser), data as GeoJSON/CSV."""
    return html.Div(
        className="fm-export",
        children=[
            html.Span("Download: "),
            html.Button("PNG", id=ids.EXPORT_PNG, title="The map as a PNG image"),
            html.Button("SVG", id=ids.EXPORT_SVG, title="The map as an SVG drawing"),
            html.Button("GeoJSON", id=ids.EXPORT_GEOJSON, title="Every unit's state on this date, with shapes"),
            html.Button("CSV", id=ids.EXPORT_CSV, title="Every unit's state on this date, as a table"),
            dcc.Download(id=ids.DOWNLOAD),
            html.Span(id=ids.EXPORT_DONE, className="fm-export-done"),
        ],
    )


def map_area() -> html.Section:
    """Return the map container (the browser draws the SVG into it once), legend and export bar."""
    return html.Section(
        className="fm-map-area",
        children=[
            html.Div(id=ids.MAP, className="fm-map", role="img", **{"aria-label": "Control map"}),
            html.P(id=ids.EMPTY_STATE, className="fm-empty-state", hidden=True, role="status"),
            legend(),
            review_bar(),
            export_bar(),
            html.P(CREDIT_LINE, className="fm-credit"),
        ],
    )


def side_panel(uploads: bool = False, review: str = OFF) -> html.Aside:
    """Return the sources panel, empty until a unit is clicked, with the review section above it
    (`review`: review_panel's OFF, OPEN or TOKEN); below it the article upload section when
    `uploads` (the app has a data directory to ingest into)."""
    children = [
        html.Button("×", id=ids.PANEL_CLOSE, className="fm-close", title="Close"),
        review_section(review),
        html.Div(
            html.P("Click a district or province to read the reports behind its state.", className="fm-empty"),
            id=ids.PANEL,
        ),
    ]
    if uploads:
        from dashboard.upload import upload_section

        children.append(html.Details([html.Summary("Add articles"), upload_section()], className="fm-upload"))
    # The body scrolls inside the panel, so the panel is never taller than the map beside it
    # and opening it never pushes the timeline down.
    return html.Aside(className="fm-panel", children=html.Div(children, className="fm-panel-body"))


def slider_props(series: Mapping) -> dict:
    """Return the slider's range and marks for `series` (its days); no mark when no event is placed
    (the empty state's days are a stand-in, often today, that no report gave)."""
    marks = {} if series.get("empty_note") else slider_marks(series["days"])
    return {"min": 0, "max": max(len(series["days"]) - 1, 0), "marks": marks}


def timeline_controls(series: Mapping, day_index: int) -> html.Section:
    """Return the slider with its step and play buttons and speed choice, and the place of the counts
    chart (sent once the map is drawn)."""
    return html.Section(
        className="fm-timeline",
        children=[
            html.Div(
                className="fm-controls",
                children=[
                    html.Button("◀", id=ids.STEP_BACK, title="Previous day (←)"),
                    html.Button("▶ Play", id=ids.PLAY, title="Play / pause (space)"),
                    html.Button("▶", id=ids.STEP_FORWARD, title="Next day (→)"),
                    dcc.Dropdown(
                        id=ids.SPEED, value=DEFAULT_SPEED, clearable=False, searchable=False,
                        options=[{"label": label, "value": ms} for label, ms in SPEEDS], className="fm-speed",
                    ),
                    html.Div(
                        dcc.Slider(
                            id=ids.SLIDER, step=1, value=day_index, updatemode="drag", allow_direct_input=False,
                            included=False, **slider_props(series),
                        ),
                        className="fm-slider",
                    ),
                ],
            ),
            html.Div(id=ids.COUNTS_HOLDER, className="fm-counts-holder"),
            dcc.Interval(id=ids.TICKER, interval=DEFAULT_SPEED, disabled=True),
        ],
    )


def build_layout(geometry: Mapping, series: Mapping, uploads: bool = False, review: str = OFF) -> html.Div:
    """Return the whole page: stores (geometry sent once), header, map, panel (with the upload
    section when `uploads`, the review section as `review` says), timeline."""
    day_index = max(len(series["days"]) - 1, 0)
    return html.Div(
        className="fm-app",
        children=[
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.GEOMETRY, data=geometry),
            dcc.Store(id=ids.SERIES, data=series),
            dcc.Store(id=ids.SERIES_REV, data=series.get("rev")),
            dcc.Store(id=ids.SELECTED, data=None),
            dcc.Store(id=ids.URL_WRITTEN),
            dcc.Store(id=ids.PANEL_REQUEST),
            dcc.Store(id=ids.MAP_READY),
            dcc.Store(id=ids.CURRENT_DAY),
            header(series, day_index),
            html.Main([map_area(), side_panel(uploads, review)], className="fm-main"),
            timeline_controls(series, day_index),
        ],
    )
