"""The dashboard's app factory: `create_app()` loads the built timeline and boundaries and returns a Dash app."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import dash

from dashboard import callbacks, ids
from dashboard.empty_state import empty_note
from dashboard.layout import build_layout
from dashboard.markers import dashboard_markers
from dashboard.panels import more_button, unit_terms
from dashboard.security import NO_UPLOAD_REQUEST_BYTES, protect
from dashboard.state import build_series, project_layers
from dashboard.unit_index import index_units
from geodata.gazetteer import Gazetteer
from frontmap.paths import PROJECT_ROOT, data_dir as resolve_data_dir

ASSETS = PROJECT_ROOT / "assets"


@dataclasses.dataclass(frozen=True)
class DashboardData:
    """One build as the dashboard serves it: the built corpus and its precomputed series."""

    built: object
    series: dict

    @classmethod
    def of(cls, built, boundaries) -> "DashboardData":
        """Return the data for `built` on `boundaries`; raises ValueError for an empty timeline."""
        series = build_series(built, boundaries)
        series["empty_note"] = empty_note(built)
        if not series["days"]:
            raise ValueError("built: expected a timeline covering at least one day; run `frontmap build` first")
        index_units(getattr(built, "events", None))  # the first click on a busy district is then as quick as the next
        return cls(built=built, series=series)


def live_data(data_dir: Path, boundaries, initial: DashboardData) -> Callable[[], DashboardData]:
    """Return a function giving the data of `data_dir` as it is now: `initial` until an upload or a
    `frontmap build` changes the directory, then the new build (loaded once per change)."""
    from dashboard.upload import VersionedData, data_version
    from frontmap.build import load_built

    first_token = data_version(data_dir)

    def load(path: Path) -> DashboardData:
        if data_version(path) == first_token:
            return initial
        return DashboardData.of(load_built(path), boundaries)

    return VersionedData(data_dir, load).get


def create_app(
    data_dir: str | os.PathLike | None = None,
    geodata: str | os.PathLike | None = None,
    built=None,
    boundaries=None,
) -> dash.Dash:
    """Return the dashboard as a Dash app (its Flask server is `.server`, for a WSGI server).

    `built` (articles, events, timeline) defaults to frontmap.build.load_built(data_dir);
    `boundaries` to geodata.boundaries.load_boundaries(geodata). The geometry and every unit's
    state change points are computed here once and sent to the browser with the page. With a data
    directory (given, or implied by not passing `built`), the page also offers article uploads and
    follows later builds of that directory; with only `built`, the data is fixed. A data
    directory a killed build left unfinished is recovered first (frontmap.recovery). Every
    response carries security headers and request bodies are capped (dashboard.security).
    """
    if boundaries is None:
        from geodata.boundaries import load_boundaries

        boundaries = load_boundaries(geodata)
    data_path = resolve_data_dir(data_dir) if (data_dir is not None or built is None) else None
    if data_path is not None:
        from frontmap.recovery import recover

        recover(data_path)  # finish what a build killed before this start left behind
    if built is None:
        from frontmap.build import load_built

        built = load_built(data_path)
    initial = DashboardData.of(built, boundaries)
    current = live_data(data_path, boundaries, initial) if data_path is not None else (lambda: initial)
    geometry = project_layers({"district": boundaries.district_geojson(), "province": boundaries.province_geojson()})
    geometry["markers"] = dashboard_markers(geometry)  # small districts get a dot
    app = dash.Dash(
        __name__,
        assets_folder=str(ASSETS),
        serve_locally=True,
        title="frontmap",
        update_title=None,
        compress=False,
    )
    from dashboard.upload import register_upload_callbacks, uploads_enabled
    from frontmap.intake.uploads import UploadLimits

    uploads = data_path is not None and uploads_enabled()
    if uploads:
        register_upload_callbacks(app, data_path)
    app.layout = lambda: build_layout(geometry, current().series, uploads=uploads)
    # Dash embeds the validation layout in every page; without this it would be a second full layout.
    skeleton = build_layout(None, {"days": [], "labels": []}, uploads=uploads)
    # the chart, and the sources panel's more button and older excerpts, arrive later
    app.validation_layout = dash.html.Div([skeleton, dash.dcc.Graph(id=ids.COUNTS), more_button(0),
                                           dash.html.Div(id=ids.PANEL_OLDER)])
    callbacks.register(app, current, boundaries, unit_terms(Gazetteer.load().aliases()), uploads=uploads)
    # Whatever the upload setting: a request-size cap, headers, a bound on requests in flight.
    protect(app, UploadLimits.from_env().max_request_bytes if uploads else NO_UPLOAD_REQUEST_BYTES)
    return app
