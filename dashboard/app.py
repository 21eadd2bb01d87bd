"""The dashboard's app factory: `create_app()` loads the built timeline and boundaries and returns a Dash app."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import dash

from dashboard import callbacks, ids
from dashboard.empty_state import empty_note
from dashboard.layout import build_layout
from dashboard.markers import dashboard_markers
from dashboard.panels import more_button, unit_terms
from dashboard.review_callbacks import register as register_review
from dashboard.review_callbacks import review_mode
from dashboard.review_data import ALL, ReviewedData, ReviewedLoader, review_seq
from dashboard.review_panel import OFF, card_hook
from dashboard.security import NO_UPLOAD_REQUEST_BYTES, protect
from dashboard.series import build_series
from dashboard.state import project_layers
from dashboard.unit_index import PanelIndex, index_units
from frontmap.build import refresh_outputs
from frontmap.paths import PROJECT_ROOT
from frontmap.paths import data_dir as resolve_data_dir
from geodata.gazetteer import Gazetteer

ASSETS = PROJECT_ROOT / "assets"


@dataclasses.dataclass(frozen=True)
class DashboardData:
    """One build as the dashboard serves it: the built corpus, its precomputed series and the
    sources panel's index of its events (so the first click on a busy district is as quick as the next)."""

    built: object
    series: dict
    panel: PanelIndex | None = None

    @classmethod
    def of(cls, built, boundaries) -> "DashboardData":
        """Return the data for `built` on `boundaries`; raises ValueError for an empty timeline."""
        series = build_series(built, boundaries)
        series["empty_note"] = empty_note(built)
        if not series["days"]:
            raise ValueError("built: expected a timeline covering at least one day; run `frontmap build` first")
        return cls(built=built, series=series, panel=index_units(getattr(built, "events", None)))


def live_data(data_dir: Path, boundaries, initial: DashboardData, gazetteer: Gazetteer) -> ReviewedData:
    """Return the data of `data_dir` as it is now, per review view (`.get(view)`): `initial` until
    an upload, a `frontmap build` or a review changes the directory, then the new build (loaded
    once per change, its series patched where the change touched it)."""
    from dashboard.upload import data_version

    def token() -> tuple:
        return data_version(data_dir), review_seq(data_dir)

    def make(built, series) -> DashboardData:
        if series is None:
            return DashboardData.of(built, boundaries)
        return DashboardData(built=built, series=series, panel=index_units(getattr(built, "events", None)))

    return ReviewedData(token, ReviewedLoader(data_dir, gazetteer.districts()), boundaries, make, initial)


def create_app(
    data_dir: str | os.PathLike | None = None,
    geodata: str | os.PathLike | None = None,
    built=None,
    boundaries=None,
    host: str | None = None,
) -> dash.Dash:
    """Return the dashboard as a Dash app (its Flask server is `.server`, for a WSGI server).

    `built` (articles, events, timeline) defaults to frontmap.built.load_built(data_dir);
    `boundaries` to geodata.boundaries.load_boundaries(geodata). The geometry and every unit's
    state change points are computed here once and sent to the browser with the page. With a data
    directory (given, or implied by not passing `built`), the page also offers article uploads and
    follows later builds of that directory; with only `built`, the data is fixed. A data
    directory a killed build left unfinished is recovered first (frontmap.recovery). Every
    response carries security headers and request bodies are capped (dashboard.security).
    With a data directory the page also offers analyst review: on a server bound to the loopback
    `host`, or anywhere once FRONTMAP_REVIEW_TOKEN is set (see docs/deploying.md).
    """
    if boundaries is None:
        from geodata.boundaries import load_boundaries

        boundaries = load_boundaries(geodata)
    data_path = resolve_data_dir(data_dir) if (data_dir is not None or built is None) else None
    if data_path is not None:
        from frontmap.recovery import recover

        recover(data_path)  # finish what a build killed before this start left behind
    if built is None:
        from frontmap.built import load_built

        built = load_built(data_path)
    initial = DashboardData.of(built, boundaries)
    gazetteer = Gazetteer.load()
    reviewed = live_data(data_path, boundaries, initial, gazetteer) if data_path is not None else None
    current = reviewed.get if reviewed is not None else (lambda view=ALL: initial)
    mode = review_mode(host) if reviewed is not None else OFF
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
    app.layout = lambda: build_layout(geometry, current().series, uploads=uploads, review=mode)
    # Dash embeds the validation layout in every page; without this it would be a second full layout.
    skeleton = build_layout(None, {"days": [], "labels": []}, uploads=uploads, review=mode)
    # the chart, and the sources panel's more button and older excerpts, arrive later
    app.validation_layout = dash.html.Div([skeleton, dash.html.Div(id=ids.COUNTS), more_button(0),
                                           dash.html.Div(id=ids.PANEL_OLDER)])
    terms = unit_terms(gazetteer.aliases())
    callbacks.register(app, current, boundaries, terms, uploads=uploads, card_hook=card_hook(mode != OFF))
    if reviewed is not None:
        register_review(app, reviewed, data_path, mode, gazetteer, refresh=lambda: refresh_outputs(data_path, gazetteer))
    # Whatever the upload setting: a request-size cap, headers, a bound on requests in flight.
    protect(app, UploadLimits.from_env().max_request_bytes if uploads else NO_UPLOAD_REQUEST_BYTES)
    return app
