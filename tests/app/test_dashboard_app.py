"""Tests for the app factory, layout builders, figures and callbacks (called directly, no browser)."""

from __future__ import annotations

import base64
import json

import pytest
from browser.fakes import fake_built, square_boundaries
from dash import dcc, html

from dashboard import ids
from dashboard.app import ASSETS, create_app
from dashboard.callbacks import download, panel_children, refreshed, restore_view
from dashboard.counts_chart import counts_data, counts_graph
from dashboard.figures import export_name, snapshot_file
from dashboard.layout import build_layout, slider_marks
from dashboard.series import build_series
from dashboard.state import project_layers


@pytest.fixture(scope="module")
def built():
    return fake_built()


@pytest.fixture(scope="module")
def boundaries():
    return square_boundaries()


@pytest.fixture(scope="module")
def series(built, boundaries):
    return build_series(built, boundaries)


def find(component, wanted_id):
    """Return the component with id `wanted_id` inside a layout tree (None if absent)."""
    if getattr(component, "id", None) == wanted_id:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None and not isinstance(child, str):
            found = find(child, wanted_id)
            if found is not None:
                return found
    return None


def test_create_app_uses_given_data_and_top_level_assets(built, boundaries):
    app = create_app(built=built, boundaries=boundaries)
    assert app.config.assets_folder == str(ASSETS)
    assert (ASSETS / "frontmap.js").exists()
    assert app.config.serve_locally is True
    assert app.server is not None
    layout = app.layout()  # a function: each page load gets the data as it is then
    geometry = find(layout, ids.GEOMETRY).data
    assert geometry["district"]["ids"] == ["D1", "D2", "D3", "D4"]
    assert sorted(geometry["province"]["ids"]) == ["AF-HER", "AF-KDZ"]
    assert find(layout, "upload-files") is None  # no data directory: no uploads


def test_app_with_a_data_directory_offers_uploads_and_refreshes(built, boundaries, tmp_path, series):
    app = create_app(data_dir=tmp_path, built=built, boundaries=boundaries)
    assert find(app.layout(), "upload-files") is not None
    new_series, low, high, marks, value, graph = refreshed(series, "2021-08-12")
    assert new_series is series and (low, high) == (0, len(series["days"]) - 1)
    assert series["days"][value] == "2021-08-12" and marks[0] == "25 Jul"
    assert graph.id == ids.COUNTS


def test_operator_can_switch_uploads_off(built, boundaries, tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_UPLOADS", "off")
    app = create_app(data_dir=tmp_path, built=built, boundaries=boundaries)
    assert find(app.layout(), "upload-files") is None


def test_app_serves_page_and_layout_without_cdn(built, boundaries):
    app = create_app(built=built, boundaries=boundaries)
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert "frontmap.js" in page and "frontmap.css" in page
    assert "cdn" not in page.lower() and "unpkg" not in page.lower()
    layout = client.get("/_dash-layout")
    assert layout.status_code == 200
    assert b"geometry-store" in layout.data


def test_layout_starts_on_the_last_day(series):
    geometry = project_layers({"district": square_boundaries().district_geojson(),
                               "province": square_boundaries().province_geojson()})
    layout = build_layout(geometry, series)
    slider = find(layout, ids.SLIDER)
    assert slider.max == len(series["days"]) - 1 == slider.value
    assert find(layout, ids.DATE_LABEL).children == "Friday 20 August 2021"
    assert isinstance(find(layout, ids.URL), dcc.Location) and find(layout, ids.URL).refresh is False
    legend = find(layout, ids.LEGEND)
    assert len(legend.children) == 5


def test_slider_marks_weekly_for_short_spans_monthly_for_long():
    short = [f"2021-08-{d:02d}" for d in range(1, 21)]
    assert slider_marks(short) == {0: "1 Aug", 8: "9 Aug", 15: "16 Aug"}
    import datetime as dt

    long = [(dt.date(2021, 5, 20) + dt.timedelta(days=n)).isoformat() for n in range(120)]
    marks = slider_marks(long)
    assert marks[0] == "20 May 2021"
    assert list(marks.values())[1:] == ["Jun", "Jul", "Aug", "Sep"]
    season = [(dt.date(2021, 3, 30) + dt.timedelta(days=n)).isoformat() for n in range(185)]
    assert list(slider_marks(season).values()) == ["30 Mar 2021", "May", "Jun", "Jul", "Aug", "Sep"]  # no "Apr" over it


def test_counts_data_lines_and_fixed_ranges(series):
    data = counts_data(series)
    districts = data["layers"][0]
    assert [layer["title"] for layer in data["layers"]] == ["Districts", "Provincial capitals"]
    # the last day's counts are held one more day, so a last-day change shows beside the cursor
    assert all(len(line) == len(series["days"]) + 1 and line[-1] == line[-2] for line in districts["y"])
    assert "No report" not in data["labels"] and "Taliban control" in data["labels"]
    taliban = districts["y"][data["labels"].index("Taliban control")]
    assert taliban[-1] == 1 and taliban[0] == 0
    assert districts["top"] == 5  # at least 5, so a few units never fill the chart
    assert data["ticks"] == slider_marks(series["days"])


def test_the_counts_chart_is_sent_as_compact_data(series):
    graph = counts_graph(series)
    assert graph.id == ids.COUNTS
    sent = getattr(graph, "data-counts")
    assert json.loads(sent) == json.loads(json.dumps(counts_data(series)))
    assert len(sent) < 600 + 30 * len(series["days"])  # a few integers a day, no dates repeated per line


def test_export_name():
    assert export_name("district", "2021-08-13", "png") == "frontmap_district_2021-08-13.png"


def test_snapshot_file_csv_and_geojson(built, boundaries, tmp_path):
    csv = snapshot_file(built, boundaries, "2021-08-12", "district", "csv", tmp_path).read_text()
    lines = csv.strip().splitlines()
    assert lines[0].startswith("district_id,district,province_code,province,status,since")
    assert any(line.startswith("D1,Kunduz,AF-KDZ,Kunduz,taliban,2021-08-08") for line in lines)
    geo = json.loads(snapshot_file(built, boundaries, "2021-08-12", "province", "geojson", tmp_path).read_text())
    states = {f["properties"]["province_code"]: f["properties"]["status"] for f in geo["features"]}
    assert states == {"AF-KDZ": "taliban", "AF-HER": "claimed"}  # Herat district is the capital


def test_download_callback_names_file_by_date(built, boundaries, series):
    day = series["days"].index("2021-08-12")
    payload = download("csv", "2021-08-12", "district", series, built, boundaries)
    assert payload["filename"] == "frontmap_district_2021-08-12.csv"
    assert b"taliban" in base64.b64decode(payload["content"])


def test_restore_view_from_url(series):
    assert restore_view("?date=2021-08-12&layer=province&unit=AF-KDZ", series) == (
        series["days"].index("2021-08-12"), "province", {"id": "AF-KDZ", "layer": "province"})
    assert restore_view("", series) == (len(series["days"]) - 1, "district", None)


def test_panel_callback(series, built):
    assert isinstance(panel_children(None, series, built), html.P)
    panel = panel_children({"id": "D1", "layer": "district", "t": 1, "day": None}, series, built)
    assert panel[0].children == "Kunduz district, Kunduz province"
    # a day index out of range is clamped rather than failing
    assert panel_children({"id": "D1", "layer": "district", "day": "2030-01-01"}, series, built)[0].children.startswith("Kunduz")
