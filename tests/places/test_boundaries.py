"""geodata.boundaries, boundary_files and simplify: locating, validating, processing, caching."""

from __future__ import annotations

import json
import math

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import Polygon, box

import geodata.boundaries as boundaries_module
from geodata.boundaries import (
    DISTRICT_COLUMNS,
    PROVINCE_COLUMNS,
    Boundaries,
    BoundariesNotFound,
    BoundaryFileError,
    clean_name,
    find_boundary_dir,
    load_boundaries,
    process_boundaries,
)
from geodata.boundary_files import BOUNDARY_STEM, read_boundary_layer
from geodata.simplify import simplify_coverage

SHP = f"{BOUNDARY_STEM}.shp"


@pytest.fixture(scope="module")
def raw(geodata_dir) -> gpd.GeoDataFrame:
    return pyogrio.read_dataframe(geodata_dir / SHP)


@pytest.fixture(scope="module")
def table(raw) -> pd.DataFrame:
    """A stand-in district -> province table: 34 made-up provinces, names cleaned by hand."""
    return pd.DataFrame(
        {
            "district_id": raw["shapeID"],
            "district": [f"District {i}" for i in range(len(raw))],
            "province_code": [f"AF-P{i % 34:02d}" for i in range(len(raw))],
            "province": [f"Province {i % 34}" for i in range(len(raw))],
        }
    )


@pytest.fixture(scope="module")
def processed(geodata_dir, table) -> Boundaries:
    return process_boundaries(geodata_dir, table)


def _write_layer(frame: gpd.GeoDataFrame, folder, driver: str = "ESRI Shapefile") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".shp" if driver == "ESRI Shapefile" else ".geojson"
    pyogrio.write_dataframe(frame, folder / f"{BOUNDARY_STEM}{suffix}", driver=driver)


# --- locating the files ---------------------------------------------------------------------


def test_find_prefers_explicit_then_env_then_cache(geodata_dir, tmp_path, monkeypatch, raw):
    explicit = tmp_path / "explicit"
    _write_layer(raw, explicit, driver="GeoJSON")
    assert find_boundary_dir(explicit) == explicit
    assert find_boundary_dir(tmp_path / "empty") == geodata_dir  # falls through to the env var

    monkeypatch.delenv("FRONTMAP_GEODATA")
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))
    _write_layer(raw, tmp_path / "cache" / "geoboundaries", driver="GeoJSON")
    assert find_boundary_dir() == tmp_path / "cache" / "geoboundaries"


def test_not_found_names_every_place_and_the_fetch_command(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_GEODATA", str(tmp_path / "env"))
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))

    with pytest.raises(BoundariesNotFound) as caught:
        load_boundaries(tmp_path / "given")

    message = str(caught.value)
    for folder in (tmp_path / "given", tmp_path / "env", tmp_path / "cache" / "geoboundaries"):
        assert str(folder) in message
    assert "frontmap geodata fetch" in message and "FRONTMAP_GEODATA" in message
    assert isinstance(caught.value, FileNotFoundError)


# --- validating the files -------------------------------------------------------------------


def test_too_few_features_names_the_file(raw, tmp_path):
    _write_layer(raw.head(10), tmp_path)
    with pytest.raises(BoundaryFileError, match=rf"{SHP}: 10 features, expected 398"):
        read_boundary_layer(tmp_path)


def test_wrong_crs_names_the_file(raw, tmp_path):
    _write_layer(raw.to_crs("EPSG:3857"), tmp_path)
    with pytest.raises(BoundaryFileError, match=rf"{SHP}: CRS is EPSG:3857, expected EPSG:4326"):
        read_boundary_layer(tmp_path)


def test_missing_field_names_the_file(raw, tmp_path):
    _write_layer(raw.drop(columns=["shapeID"]), tmp_path)
    with pytest.raises(BoundaryFileError, match=rf"{SHP}: missing field\(s\) shapeID"):
        read_boundary_layer(tmp_path)


def test_incomplete_shapefile_names_the_missing_part(raw, tmp_path):
    _write_layer(raw, tmp_path)
    (tmp_path / f"{BOUNDARY_STEM}.dbf").unlink()
    message = rf"{SHP}: shapefile incomplete, missing {BOUNDARY_STEM}.dbf"
    with pytest.raises(BoundaryFileError, match=message):
        read_boundary_layer(tmp_path)


def test_garbage_file_names_the_file(tmp_path):
    (tmp_path / f"{BOUNDARY_STEM}.geojson").write_text("<html>not a layer</html>")
    with pytest.raises(BoundaryFileError, match=rf"{BOUNDARY_STEM}.geojson: not a readable"):
        read_boundary_layer(tmp_path)


# --- processing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw_name", "clean"),
    [
        ("Warduj\n", "Warduj"),
        ("Zanda  Jan\n", "Zanda Jan"),
        ("Shekh  Ali", "Shekh Ali"),
        ("Qala-I- Naw", "Qala-I- Naw"),
    ],
)
def test_clean_name(raw_name, clean):
    assert clean_name(raw_name) == clean


def test_layers_have_the_declared_columns(processed):
    assert list(processed.districts.columns) == [*DISTRICT_COLUMNS, "geometry"]
    assert list(processed.provinces.columns) == [*PROVINCE_COLUMNS, "geometry"]
    assert processed.districts.crs == "EPSG:4326" and processed.provinces.crs == "EPSG:4326"
    assert (len(processed.districts), len(processed.provinces)) == (398, 34)
    assert processed.districts["district_id"].is_unique
    assert processed.source.startswith("geoBoundaries gbOpen AFG-ADM2-17698898 (")


def test_names_and_provinces_come_from_the_table(processed, table):
    merged = processed.districts.merge(table, on="district_id", suffixes=("", "_table"))
    assert len(merged) == 398
    for column in ("district", "province_code", "province"):
        assert (merged[column] == merged[f"{column}_table"]).all()


def test_district_missing_from_table_keeps_cleaned_name_and_warns(geodata_dir, table, raw):
    zanda = raw.loc[raw["shapeName"] == "Zanda  Jan\n", "shapeID"].item()
    message = rf"1 district\(s\) .* not in the district table .*{zanda}"
    with pytest.warns(UserWarning, match=message):
        result = process_boundaries(geodata_dir, table[table["district_id"] != zanda])
    row = result.districts.set_index("district_id").loc[zanda]
    assert (row["district"], row["province_code"]) == ("Zanda Jan", "")
    assert len(result.provinces) == 34
    assert not result.provinces.geometry.union_all().contains(row.geometry.representative_point())


def test_table_missing_a_column_is_refused(geodata_dir, table):
    with pytest.raises(ValueError, match=r"districts: missing column\(s\) province"):
        process_boundaries(geodata_dir, table.drop(columns=["province"]))


def test_provinces_nest_exactly(processed):
    districts = processed.districts.set_index("province_code")
    for province in processed.provinces.itertuples():
        members = districts.loc[[province.province_code]].geometry
        assert province.geometry.area == pytest.approx(shapely.area(members.values).sum(), rel=1e-9)
        assert members.covered_by(province.geometry).all()


def test_every_polygon_valid_nonempty_and_counter_clockwise(processed):
    for layer in (processed.districts, processed.provinces):
        geoms = layer.geometry.values
        assert shapely.is_valid(geoms).all() and not shapely.is_empty(geoms).any()
        polygons = shapely.get_parts(geoms)
        assert shapely.is_ccw(shapely.get_exterior_ring(polygons)).all()


def test_shared_borders_stay_shared(processed, raw):
    simplified = processed.districts.geometry.values
    assert shapely.coverage_is_valid(simplified)
    union = shapely.coverage_union_all(simplified)
    assert union.area == pytest.approx(shapely.area(simplified).sum(), rel=1e-9)
    raw_union = shapely.coverage_union_all(raw.geometry.values)
    assert union.area == pytest.approx(raw_union.area, rel=0.005)

    def holes(geometry) -> int:  # gaps between districts show up as holes in their union
        return sum(len(part.interiors) for part in shapely.get_parts(geometry))

    assert holes(union) <= holes(raw_union) <= 1  # the source has one gap of ~5000 m2 in Baghlan

    def neighbours(geoms) -> set[tuple[int, int]]:
        left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
        keep = left < right
        shared = shapely.intersection(geoms[left[keep]], geoms[right[keep]])
        linear = shapely.length(shared) > 0  # a common border line, not just a corner point
        return set(zip(left[keep][linear].tolist(), right[keep][linear].tolist(), strict=True))

    before, after = neighbours(raw.geometry.values), neighbours(simplified)
    assert len(before) > 1000
    assert before == after


def test_vertices_and_size_within_target(processed):
    facts = processed.info()
    assert 20_000 <= facts["vertices"] <= 25_000
    assert facts["raw_vertices"] == 181_611
    assert facts["simplified_bytes"] <= 600_000
    compact = json.dumps(processed.district_geojson(), separators=(",", ":"), ensure_ascii=False)
    assert facts["simplified_bytes"] == len(compact.encode())
    assert {"districts": 398, "provinces": 34}.items() <= facts.items()


def test_district_geojson_features(processed):
    collection = processed.district_geojson()
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["id"] for f in features] == processed.districts["district_id"].tolist()
    for feature in features:
        assert set(feature["properties"]) == set(DISTRICT_COLUMNS)
        assert feature["id"] == feature["properties"]["district_id"]
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
        polygons = feature["geometry"]["coordinates"]
        if feature["geometry"]["type"] == "Polygon":
            polygons = [polygons]
        for ring in (ring for polygon in polygons for ring in polygon):
            assert len(ring) >= 4 and ring[0] == ring[-1]
            assert all(round(x, 4) == x and round(y, 4) == y for x, y in ring)


def test_province_geojson_features(processed):
    features = processed.province_geojson()["features"]
    assert sorted(f["id"] for f in features) == sorted(processed.provinces["province_code"])
    for feature in features:
        assert set(feature["properties"]) == set(PROVINCE_COLUMNS)
        assert feature["properties"]["province_code"] == feature["id"]


def test_geojson_is_a_fresh_copy(processed):
    processed.district_geojson()["features"].clear()
    assert len(processed.district_geojson()["features"]) == 398


# --- with the project's gazetteer (the real district -> province table) ----------------------


@pytest.fixture(scope="module")
def gazetteer_districts() -> pd.DataFrame:
    from geodata.gazetteer import Gazetteer

    return Gazetteer.load().districts()


@pytest.fixture(scope="module")
def real(geodata_dir, gazetteer_districts) -> Boundaries:
    return process_boundaries(geodata_dir, gazetteer_districts)


def test_every_district_gets_its_province_from_the_gazetteer(real, gazetteer_districts):
    assert (len(real.districts), len(real.provinces)) == (398, 34)
    assert real.districts["province_code"].str.fullmatch(r"AF-[A-Z]{3}").all()
    columns = ["district", "province_code", "province"]
    expected = gazetteer_districts.set_index("district_id")[columns]
    got = real.districts.set_index("district_id")[columns]
    pd.testing.assert_frame_equal(got.sort_index(), expected.sort_index())
    kunduz = got.loc["17698898B60886536033067"]
    assert (kunduz["district"], kunduz["province_code"]) == ("Kunduz", "AF-KDZ")


def test_real_names_are_clean(real):
    names = pd.concat([real.districts["district"], real.provinces["province"]])
    assert not names.str.contains(r"\s\s|^\s|\s$").any()


def test_real_provinces_nest_and_are_each_one_piece(real):
    """A district given the wrong province usually shows up as a detached piece of that province."""
    assert (real.provinces.geom_type == "Polygon").all()
    by_code = real.districts.groupby("province_code").geometry
    for province in real.provinces.itertuples():
        members = by_code.get_group(province.province_code).values
        assert province.geometry.area == pytest.approx(shapely.area(members).sum(), rel=1e-9)


def test_real_geojson_within_targets(real):
    facts = real.info()
    assert 20_000 <= facts["vertices"] <= 25_000 and facts["simplified_bytes"] <= 600_000
    features = real.district_geojson()["features"]
    feature = next(f for f in features if f["id"] == "17698898B60886536033067")
    assert feature["properties"] == {
        "district_id": "17698898B60886536033067",
        "district": "Kunduz",
        "province_code": "AF-KDZ",
        "province": "Kunduz",
    }
    codes = {f["id"] for f in real.province_geojson()["features"]}
    assert codes == set(real.provinces["province_code"])


def test_gazetteer_data_change_invalidates_the_cache(fresh_cache, read_spy, tmp_path, monkeypatch):
    data = tmp_path / "gazetteer-data"
    data.mkdir()
    (data / "districts.csv").write_text("district_id\n")
    monkeypatch.setattr(boundaries_module, "GAZETTEER_DATA", data)
    load_boundaries()
    load_boundaries()
    assert len(read_spy) == 1

    (data / "districts.csv").write_text("district_id\nchanged\n")
    assert len(load_boundaries().districts) == 398
    assert len(read_spy) == 2


# --- simplify on tiny hand-made coverages ---------------------------------------------------


def _zigzag_pair():
    """Two squares sharing a border with many small wiggles."""
    border = [(1 + 0.01 * math.sin(i), i / 50) for i in range(51)]
    left = Polygon([(0, 0), *border, (0, 1)])
    right = Polygon([(2, 0), (2, 1), *reversed(border)])
    return shapely.normalize(left), shapely.normalize(right)


def test_simplify_keeps_a_wiggly_shared_border_shared():
    pair = _zigzag_pair()
    out = simplify_coverage(pair, tolerance=0.05, grid=1e-4)
    assert shapely.get_num_coordinates(out).sum() < shapely.get_num_coordinates(pair).sum() / 3
    assert shapely.coverage_is_valid(out)
    shared = out[0].intersection(out[1])
    assert shared.length == pytest.approx(out[0].boundary.intersection(out[1].boundary).length)
    assert shared.length > 0.99
    assert shapely.area(out).sum() == pytest.approx(shapely.union_all(out).area, rel=1e-12)


def test_simplify_drops_a_sliver_that_collapses_on_the_grid():
    sliver = box(5, 5, 5.00001, 5.00001)
    district = shapely.multipolygons([box(0, 0, 1, 1), sliver])
    out = simplify_coverage([district, box(1, 0, 2, 1)], tolerance=0.0, grid=1e-3)
    assert shapely.is_valid(out).all()
    assert out[0].equals(box(0, 0, 1, 1))


def test_simplify_refuses_negative_tolerance():
    with pytest.raises(ValueError, match="tolerance must be >= 0"):
        simplify_coverage([box(0, 0, 1, 1)], tolerance=-1)


# --- caching --------------------------------------------------------------------------------


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def read_spy(monkeypatch):
    """Count how often the source layer is read."""
    calls = []
    original = boundaries_module.read_boundary_layer

    def spy(folder):
        calls.append(folder)
        return original(folder)

    monkeypatch.setattr(boundaries_module, "read_boundary_layer", spy)
    return calls


def test_second_load_comes_from_the_cache(fresh_cache, read_spy, table, geodata_dir):
    first = load_boundaries(districts=table)
    second = load_boundaries(districts=table)

    assert len(read_spy) == 1
    assert second.district_json == first.district_json
    assert second.province_json == first.province_json
    assert second.info() == first.info()
    assert second.districts.geom_equals(first.districts).all()
    assert second.districts.crs == "EPSG:4326"
    entries = list((fresh_cache / "processed").iterdir())
    assert len(entries) == 1 and not entries[0].name.startswith(".")  # no temporary folder left


def test_changed_province_table_is_reprocessed(fresh_cache, read_spy, table):
    load_boundaries(districts=table)
    moved = table.copy()
    moved.loc[0, "province_code"] = "AF-P01"
    result = load_boundaries(districts=moved)

    assert len(read_spy) == 2
    assert result.districts.loc[0, "province_code"] == "AF-P01"


def test_changed_source_files_are_reprocessed(fresh_cache, read_spy, table, raw, tmp_path):
    copy = tmp_path / "copy"
    _write_layer(raw, copy)
    load_boundaries(copy, districts=table)
    load_boundaries(copy, districts=table)
    assert len(read_spy) == 1
    _write_layer(raw.iloc[::-1], copy)  # same districts, different bytes
    load_boundaries(copy, districts=table)
    assert len(read_spy) == 2


def test_unreadable_cache_entry_is_rebuilt(fresh_cache, read_spy, table):
    load_boundaries(districts=table)
    [entry] = (fresh_cache / "processed").iterdir()
    (entry / "districts.parquet").write_bytes(b"truncated")

    result = load_boundaries(districts=table)

    assert len(read_spy) == 2 and len(result.districts) == 398
    assert len(load_boundaries(districts=table).districts) == 398 and len(read_spy) == 2
