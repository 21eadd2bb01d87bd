"""Tests for geodata/snapshot.py: one day's table per district/province, written and read back."""

from __future__ import annotations

import datetime as dt
import json

import geopandas as gpd
import pandas as pd
import pytest

from frontmap.snapshot import (
    DISTRICT_COLUMNS,
    PROVINCE_COLUMNS,
    ExportError,
    atomic_path,
    snapshot_table,
    write_snapshot,
)

from hand_made import END, KUNDUZ, START, boundaries, built, hand_made_built  # noqa: F401  (shared fixtures)


def test_district_snapshot_has_every_district_with_status_and_sources(built, boundaries):
    table = snapshot_table(built, boundaries, dt.date(2021, 6, 25))
    assert list(table.columns) == list(DISTRICT_COLUMNS)
    assert len(table) == 398 and table["district_id"].is_unique
    pool = [d for d in boundaries.districts["district_id"] if d != KUNDUZ]
    rows = table.set_index("district_id")
    held = rows.loc[pool[95]]
    assert (held["status"], held["since"], held["events"]) == ("government", dt.date(2021, 6, 20), 2)
    assert (held["latest_outlet"], held["latest_published"]) == ("BBC", dt.date(2021, 6, 21))
    quiet = rows.loc[pool[200]]
    assert (quiet["status"], quiet["since"], quiet["events"], quiet["latest_outlet"]) == ("unknown", None, 0, None)
    assert rows.loc[pool[0], "status"] == "unknown"  # its report is dated 1 July, after the day
    assert rows.loc[KUNDUZ, "district"] == "Kunduz" and rows.loc[KUNDUZ, "province_code"] == "AF-KDZ"
    assert rows.loc[KUNDUZ, "events"] == 0  # the 2015 report is history: not shown, not counted


def test_district_status_counts_change_over_time(built, boundaries):
    early = snapshot_table(built, boundaries, "2021-05-20")["status"].value_counts()
    late = snapshot_table(built, boundaries, END)["status"].value_counts()
    assert early.to_dict() == {"unknown": 378, "claimed": 20}
    assert late.to_dict() == {"unknown": 287, "taliban": 61, "contested": 30, "government": 20}


def test_province_snapshot_takes_the_capitals_status_and_counts_districts(built, boundaries):
    table = snapshot_table(built, boundaries, END, layer="province")
    assert list(table.columns) == list(PROVINCE_COLUMNS)
    assert len(table) == 34 and table["province_code"].is_unique
    counts = table[[c for c in table.columns if c.startswith("districts_")]]
    assert counts.to_numpy().sum() == 398 and table["districts_taliban"].sum() == 61
    kunduz = table.set_index("province_code").loc["AF-KDZ"]
    assert (kunduz["status"], kunduz["since"], kunduz["latest_outlet"]) == ("taliban", END, "Reuters")
    assert table["events"].sum() == 60 + 30 + 40 + 1


@pytest.mark.parametrize("day", ["2021-05-09", "2021-07-31", dt.date(2020, 1, 1)])
def test_day_outside_timeline_names_the_range(built, boundaries, day):
    with pytest.raises(ExportError, match="2021-05-10 to 2021-07-30"):
        snapshot_table(built, boundaries, day)


def test_bad_date_and_layer_are_explained(built, boundaries):
    with pytest.raises(ExportError, match="YYYY-MM-DD"):
        snapshot_table(built, boundaries, "15/07/2021")
    with pytest.raises(ExportError, match="district, province"):
        snapshot_table(built, boundaries, "2021-07-15", layer="country")


def test_geojson_round_trip_has_398_features_with_properties(built, boundaries, tmp_path):
    out = write_snapshot(snapshot_table(built, boundaries, "2021-07-30"), tmp_path / "day.geojson", "geojson")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 398
    properties = data["features"][0]["properties"]
    assert set(properties) == set(DISTRICT_COLUMNS) - {"geometry"}
    taliban = [f for f in data["features"] if f["properties"]["status"] == "taliban"]
    assert len(taliban) == 61 and all(f["properties"]["since"].startswith("2021-07") for f in taliban)
    assert gpd.read_file(out).geometry.is_valid.all()


def test_csv_and_parquet_round_trip(built, boundaries, tmp_path):
    table = snapshot_table(built, boundaries, "2021-07-30", layer="province")
    csv = pd.read_csv(write_snapshot(table, tmp_path / "p.csv", "CSV"))
    assert list(csv.columns) == [c for c in PROVINCE_COLUMNS if c != "geometry"] and len(csv) == 34
    parquet = gpd.read_parquet(write_snapshot(table, tmp_path / "p.parquet", "parquet"))
    assert list(parquet.columns) == list(PROVINCE_COLUMNS)
    assert parquet.crs.to_epsg() == 4326 and parquet["districts_unknown"].sum() == 287


def test_unknown_format_lists_them_and_writes_nothing(built, boundaries, tmp_path):
    table = snapshot_table(built, boundaries, "2021-07-30")
    with pytest.raises(ExportError, match="geojson, csv, parquet"):
        write_snapshot(table, tmp_path / "x.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_path_is_explained(built, boundaries, tmp_path):
    table = snapshot_table(built, boundaries, "2021-07-30")
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ExportError, match="does not exist"):
        write_snapshot(table, tmp_path / "missing" / "x.csv", "csv")
    with pytest.raises(ExportError, match="cannot write"):
        write_snapshot(table, tmp_path / "file" / "x.csv", "csv")
    with pytest.raises(ExportError, match="is a folder"):
        write_snapshot(table, tmp_path, "csv")


def test_failed_write_leaves_no_partial_file_and_keeps_the_old_one(tmp_path):
    out = tmp_path / "map.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(out) as temp:
        temp.write_text("half")
        raise RuntimeError("renderer crashed")
    assert [p.name for p in tmp_path.iterdir()] == ["map.csv"] and out.read_text() == "old"
