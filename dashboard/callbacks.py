"""The dashboard's callbacks: thin wiring from component ids to the pure functions that do the work.

Map recolouring and the date caption (assets/frontmap.js), stepping/playing and URL writing
(assets/playback.js), image export (assets/map_export.js) and drawing the counts chart
(assets/counts.js) run in the browser; the server answers only URL restores, the sources panel,
the counts chart's data and data downloads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from dash import ClientsideFunction, Input, Output, State, ctx, dcc, html, no_update

from dashboard import ids
from dashboard.counts_chart import counts_graph
from dashboard.figures import snapshot_file
from dashboard.layout import slider_props
from dashboard.panels import more_button, more_excerpts, source_panel
from dashboard.state import LAYERS, day_index_of, parse_query
from dashboard.unit_names import Resolver, gazetteer_resolver, resolve_query
from geodata.gazetteer import Gazetteer

EMPTY_PANEL = html.P("Click a district or province to read the reports behind its state.", className="fm-empty")


def restore_view(search: str | None, series: Mapping, resolve: Resolver | None = None) -> tuple:
    """Return (slider value, layer, selected unit) for a URL query (page load, back/forward); with
    `resolve`, a unit given by name (`?unit=Kunduz&province=Kunduz`) is found by name too."""
    unit_ids = {layer: series[layer]["ids"] for layer in LAYERS}
    if resolve is not None:
        search = resolve_query(search, unit_ids, resolve)
    view = parse_query(search, series["days"], unit_ids)
    selected = {"id": view.unit, "layer": view.layer} if view.unit else None
    return view.day_index, view.layer, selected


def panel_children(request: Mapping | None, series: Mapping, built, aliases: Mapping | None = None,
                   card_hook=None, index=None) -> list | html.P:
    """Return the sources panel for a request `{"id", "layer", "day": ISO date}` (a prompt when
    none); `card_hook` (the review controls) and `index` (built's PanelIndex) as in panels.source_panel."""
    if not isinstance(request, Mapping) or not request.get("id"):
        return EMPTY_PANEL  # nothing selected, or not a request the page sends
    layer = request.get("layer") if request.get("layer") in LAYERS else "district"
    day = day_index_of(series["days"], request.get("day"))
    return source_panel(request, layer, day, series, built.events, built.articles, aliases, card_hook, index)


def older_children(pages: int | None, request: Mapping | None, series: Mapping, built,
                   aliases: Mapping | None = None, card_hook=None, index=None) -> tuple:
    """Return (older excerpt cards, the more button's label, its style) once the button was pressed
    `pages` times for the panel of `request` (as panel_children's)."""
    if not pages or not request or not request.get("id"):
        return no_update, no_update, no_update
    layer = request.get("layer") if request.get("layer") in LAYERS else "district"
    day = day_index_of(series["days"], request.get("day"))
    cards, remaining = more_excerpts(request, layer, day, series, built.events, built.articles, aliases, pages,
                                     card_hook, index)
    button = more_button(remaining)
    return cards, button.children, button.style


def download(fmt: str, day: str | None, layer: str | None, series: Mapping, built, boundaries) -> dict:
    """Return a dcc.Download payload: every unit's state on `day` (ISO; the last day when None)
    as `fmt` (csv|geojson)."""
    day = series["days"][day_index_of(series["days"], day)]
    path = snapshot_file(built, boundaries, day, layer if layer in LAYERS else "district", fmt)
    try:
        return dcc.send_file(str(path), filename=path.name)
    finally:
        path.unlink(missing_ok=True)
        path.parent.rmdir()


def refreshed(series: Mapping, day: str | None) -> tuple:
    """Return what changes on the page after new data arrives: (series, slider min, max, marks,
    slider value keeping the shown date, counts chart)."""
    props = slider_props(series)
    return series, props["min"], props["max"], props["marks"], day_index_of(series["days"], day), counts_graph(series)


def register(app, current: Callable[..., object], boundaries, aliases: Mapping | None = None, uploads: bool = False,
             card_hook=None) -> None:
    """Attach every callback to `app`. `current(view)` returns the data now served (`.built`, `.series`)
    for the review view ("all" events or "verified" only); `boundaries` and `aliases` (the names to
    highlight per unit, panels.unit_terms) are read-only; `card_hook` adds the review controls to
    the panel's excerpts. With `uploads`, a finished upload refreshes the page's series, slider and chart."""

    resolve = gazetteer_resolver(Gazetteer.load())

    def client(name: str) -> ClientsideFunction:
        return ClientsideFunction(namespace="frontmap", function_name=name)

    app.clientside_callback(
        client("render"),
        Output(ids.DATE_LABEL, "children"), Output(ids.CURRENT_DAY, "data"),
        Input(ids.SLIDER, "value"), Input(ids.LAYER, "value"), Input(ids.SELECTED, "data"),
        Input(ids.SERIES, "data"), State(ids.GEOMETRY, "data"),
    )
    app.clientside_callback(
        client("advance"),
        Output(ids.SLIDER, "value"), Output(ids.TICKER, "disabled"), Output(ids.PLAY, "children"),
        Input(ids.PLAY, "n_clicks"), Input(ids.TICKER, "n_intervals"),
        Input(ids.STEP_BACK, "n_clicks"), Input(ids.STEP_FORWARD, "n_clicks"),
        State(ids.SLIDER, "value"), State(ids.SLIDER, "max"), State(ids.TICKER, "disabled"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        "function (ms) { return ms; }",
        Output(ids.TICKER, "interval"), Input(ids.SPEED, "value"),
    )
    app.clientside_callback(
        client("writeUrl"),
        Output(ids.URL_WRITTEN, "data"),
        Input(ids.CURRENT_DAY, "data"), Input(ids.LAYER, "value"), Input(ids.SELECTED, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        client("exportImage"),
        Output(ids.EXPORT_DONE, "children"),
        Input(ids.EXPORT_PNG, "n_clicks"), Input(ids.EXPORT_SVG, "n_clicks"),
        State(ids.CURRENT_DAY, "data"), State(ids.LAYER, "value"), State(ids.SERIES, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        "function (n) { return null; }",
        Output(ids.SELECTED, "data", allow_duplicate=True), Input(ids.PANEL_CLOSE, "n_clicks"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.SLIDER, "value", allow_duplicate=True),
        Output(ids.LAYER, "value"),
        Output(ids.SELECTED, "data"),
        Input(ids.URL, "search"),
        prevent_initial_call="initial_duplicate",
    )
    def _restore(search):
        return restore_view(search, current().series, resolve)

    app.clientside_callback(
        client("panelRequest"),
        Output(ids.PANEL_REQUEST, "data"), Input(ids.CURRENT_DAY, "data"), Input(ids.SELECTED, "data"),
    )
    app.clientside_callback(
        client("mapReady"), Output(ids.MAP_READY, "data"), Input(ids.DATE_LABEL, "children"),
    )
    app.clientside_callback(
        client("countsShown"), Output(ids.COUNTS_HOLDER, "className"), Input(ids.COUNTS_HOLDER, "children"),
        prevent_initial_call=True,
    )

    @app.callback(Output(ids.PANEL, "children"), Input(ids.PANEL_REQUEST, "data"), State(ids.REVIEW_VIEW, "value"),
                  prevent_initial_call=True)
    def _panel(request, view):
        data = current(view)
        return panel_children(request, data.series, data.built, aliases, card_hook, data.panel)

    @app.callback(
        Output(ids.PANEL_OLDER, "children"), Output(ids.PANEL_MORE, "children"), Output(ids.PANEL_MORE, "style"),
        Input(ids.PANEL_MORE, "n_clicks"), State(ids.PANEL_REQUEST, "data"), State(ids.REVIEW_VIEW, "value"),
        prevent_initial_call=True,
    )
    def _older(pages, request, view):
        data = current(view)
        return older_children(pages, request, data.series, data.built, aliases, card_hook, data.panel)

    @app.callback(Output(ids.COUNTS_HOLDER, "children"), Input(ids.MAP_READY, "data"), prevent_initial_call=True)
    def _counts(ready):
        return counts_graph(current().series) if ready else no_update

    @app.callback(
        Output(ids.DOWNLOAD, "data"), Output(ids.EXPORT_DONE, "children", allow_duplicate=True),
        Input(ids.EXPORT_GEOJSON, "n_clicks"), Input(ids.EXPORT_CSV, "n_clicks"),
        State(ids.CURRENT_DAY, "data"), State(ids.LAYER, "value"), State(ids.REVIEW_VIEW, "value"),
        prevent_initial_call=True,
    )
    def _download(_geojson, _csv, day, layer, view):
        if not ctx.triggered_id:
            return no_update, no_update
        fmt = "csv" if ctx.triggered_id == ids.EXPORT_CSV else "geojson"
        data = current(view)
        payload = download(fmt, day, layer, data.series, data.built, boundaries)
        return payload, payload.get("filename", "")  # the status line names this file, not the last image

    if uploads:
        from dashboard.upload_ids import DATA_VERSION

        @app.callback(
            Output(ids.SERIES, "data"), Output(ids.SLIDER, "min"), Output(ids.SLIDER, "max"),
            Output(ids.SLIDER, "marks"), Output(ids.SLIDER, "value", allow_duplicate=True),
            Output(ids.COUNTS_HOLDER, "children", allow_duplicate=True),
            Output(ids.SERIES_REV, "data", allow_duplicate=True),
            Input(DATA_VERSION, "data"), State(ids.CURRENT_DAY, "data"),
            prevent_initial_call=True,
        )
        def _refresh(version, day):
            if not version:
                return (no_update,) * 7
            series = current().series
            return *refreshed(series, day), series.get("rev")  # the revision the next review patches
