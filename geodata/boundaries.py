"""District and province polygons for the map: cleaned, joined to provinces, simplified, cached."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from geodata.boundary_files import (
    BoundariesNotFound,
    BoundaryFileError,
    find_boundary_dir,
    read_boundary_layer,
    source_checksum,
    source_description,
)
from geodata.paths import cache_dir
from geodata.simplify import COORDINATE_GRID, SIMPLIFY_TOLERANCE, count_vertices, simplify_coverage

__all__ = [
    "Boundaries",
    "BoundariesNotFound",
    "BoundaryFileError",
    "DISTRICT_COLUMNS",
    "PROVINCE_COLUMNS",
    "clean_name",
    "dissolve_provinces",
    "find_boundary_dir",
    "geojson_text",
    "load_boundaries",
    "process_boundaries",
]

log = logging.getLogger(__name__)

DISTRICT_COLUMNS = ("district_id", "district", "province_code", "province")
PROVINCE_COLUMNS = ("province_code", "province")
CRS = "EPSG:4326"
# Bump when the processing below changes what it produces: old cache entries are then ignored.
PROCESSING_VERSION = "1"
GAZETTEER_DATA = Path(__file__).resolve().parent / "data"
CACHE_FILES = ("districts.parquet", "provinces.parquet", "districts.geojson", "provinces.geojson")
META_FILE = "meta.json"


@dataclass(frozen=True, eq=False)  # eq=False: frames do not compare to a single bool
class Boundaries:
    """The processed layers: simplified districts with their provinces, and the provinces."""

    districts: gpd.GeoDataFrame  # DISTRICT_COLUMNS + geometry, EPSG:4326
    provinces: gpd.GeoDataFrame  # PROVINCE_COLUMNS + geometry, the dissolve of `districts`
    source: str
    raw_vertices: int | None = None
    # Serialised GeoJSON (compact); filled from the frames when not given.
    district_json: str = field(default="", repr=False, compare=False)
    province_json: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.district_json:
            text = geojson_text(self.districts, "district_id", DISTRICT_COLUMNS)
            object.__setattr__(self, "district_json", text)
        if not self.province_json:
            text = geojson_text(self.provinces, "province_code", PROVINCE_COLUMNS)
            object.__setattr__(self, "province_json", text)

    def district_geojson(self) -> dict:
        """Return a new FeatureCollection of the districts; feature "id" is the district_id."""
        return json.loads(self.district_json)

    def province_geojson(self) -> dict:
        """Return a new FeatureCollection of the provinces; feature "id" is the province_code."""
        return json.loads(self.province_json)

    def info(self) -> dict:
        """Return counts, vertices, sizes and source of the layers (`frontmap geodata info`)."""
        return {
            "districts": len(self.districts),
            "provinces": len(self.provinces),
            "vertices": count_vertices(self.districts.geometry.values),
            "province_vertices": count_vertices(self.provinces.geometry.values),
            "raw_vertices": self.raw_vertices,
            "source": self.source,
            "simplified_bytes": len(self.district_json.encode("utf-8")),
            "province_bytes": len(self.province_json.encode("utf-8")),
        }


def load_boundaries(
    geodata: str | os.PathLike | None = None, districts: pd.DataFrame | None = None
) -> Boundaries:
    """Return the processed boundary layers, from the cache when the sources are unchanged.

    `geodata` is a folder to search first (see find_boundary_dir). `districts` is the district ->
    province table (DISTRICT_COLUMNS); by default the gazetteer's. The cache entry is keyed by the
    boundary files' checksum, the table (or gazetteer data files) and the processing version.
    Raises BoundariesNotFound when no folder holds the files, BoundaryFileError when they are wrong.
    """
    folder = find_boundary_dir(geodata)
    entry = cache_dir() / "processed" / _cache_key(folder, districts)
    source = source_description(folder)
    cached = _read_cache(entry, source)
    if cached is not None:
        return cached
    if districts is None:
        from geodata.gazetteer import Gazetteer  # deferred: only a cold build needs the gazetteer

        districts = Gazetteer.load().districts()
    boundaries = process_boundaries(folder, districts)
    _write_cache(boundaries, entry)
    return boundaries


def process_boundaries(folder: Path, districts: pd.DataFrame) -> Boundaries:
    """Return the layers built from the release in `folder` and the district table `districts`.

    Names come from `districts` (the gazetteer), falling back to the cleaned shapeName with a
    warning for a district the table lacks (such a district keeps an empty province and is left
    out of the provinces layer).
    """
    missing = [name for name in DISTRICT_COLUMNS if name not in districts.columns]
    if missing:
        raise ValueError(
            f"districts: missing column(s) {', '.join(missing)}; expected {DISTRICT_COLUMNS}"
        )
    raw = read_boundary_layer(folder)
    table = districts.loc[:, list(DISTRICT_COLUMNS)].drop_duplicates("district_id")
    joined = pd.DataFrame({"district_id": raw["shapeID"].astype(str)}).merge(
        table, on="district_id", how="left", validate="one_to_one"
    )
    unmatched = joined["province_code"].isna()
    if unmatched.any():
        ids = joined.loc[unmatched, "district_id"].tolist()
        warnings.warn(
            f"{len(ids)} district(s) of {folder} are not in the district table "
            f"(no province): {', '.join(ids[:10])}",
            stacklevel=2,
        )
    extra = sorted(set(table["district_id"]) - set(joined["district_id"]))
    if extra:
        warnings.warn(
            f"{len(extra)} district_id(s) in the district table are not in {folder}: "
            f"{', '.join(extra[:10])}",
            stacklevel=2,
        )
    joined["district"] = joined["district"].fillna(raw["shapeName"].map(clean_name))
    joined[["province_code", "province"]] = joined[["province_code", "province"]].fillna("")
    geometry = simplify_coverage(raw.geometry.values)
    district_layer = gpd.GeoDataFrame(joined, geometry=geometry, crs=CRS)
    return Boundaries(
        districts=district_layer,
        provinces=dissolve_provinces(district_layer),
        source=source_description(folder),
        raw_vertices=count_vertices(raw.geometry.values),
    )


def dissolve_provinces(districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return one polygon per province_code: the coverage union of its districts' polygons.

    Districts with an empty province_code are left out. Because the districts form a coverage,
    the union only drops their shared edges, so province outlines coincide with district edges.
    """
    with_province = districts[districts["province_code"] != ""]
    rows = []
    for code, group in with_province.groupby("province_code", sort=True):
        rows.append(
            {
                "province_code": code,
                "province": group["province"].iloc[0],
                "geometry": shapely.coverage_union_all(group.geometry.values),
            }
        )
    frame = pd.DataFrame(rows, columns=[*PROVINCE_COLUMNS, "geometry"])
    provinces = gpd.GeoDataFrame(frame, geometry="geometry", crs=districts.crs)
    provinces["geometry"] = shapely.orient_polygons(provinces.geometry.values, exterior_cw=False)
    return provinces


def clean_name(name: str) -> str:
    """Return `name` stripped (of trailing newlines too), runs of whitespace made one space."""
    return re.sub(r"\s+", " ", str(name)).strip()


def geojson_text(frame: gpd.GeoDataFrame, id_column: str, columns: tuple[str, ...]) -> str:
    """Return `frame` as compact GeoJSON FeatureCollection text, feature "id" from `id_column`."""
    features = [
        {
            "type": "Feature",
            "id": row[id_column],
            "properties": {name: row[name] for name in columns},
            "geometry": shapely.geometry.mapping(geometry),
        }
        for row, geometry in zip(
            frame[list(columns)].to_dict("records"), frame.geometry.values, strict=True
        )
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False)


def _cache_key(folder: Path, districts: pd.DataFrame | None) -> str:
    """Return the cache entry name for the sources in `folder` and the district table."""
    digest = hashlib.sha256()
    digest.update(f"v{PROCESSING_VERSION} tol={SIMPLIFY_TOLERANCE} grid={COORDINATE_GRID}".encode())
    digest.update(source_checksum(folder).encode())
    if districts is not None:
        table = districts.loc[:, list(DISTRICT_COLUMNS)].sort_values("district_id")
        digest.update(table.to_csv(index=False).encode("utf-8"))
    else:
        for path in sorted(GAZETTEER_DATA.glob("*.csv")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _read_cache(entry: Path, source: str) -> Boundaries | None:
    """Return the Boundaries cached in `entry`, or None when absent or unreadable."""
    if not all((entry / name).is_file() for name in (*CACHE_FILES, META_FILE)):
        return None
    try:
        meta = json.loads((entry / META_FILE).read_text(encoding="utf-8"))
        return Boundaries(
            districts=_read_layer(entry / "districts.parquet"),
            provinces=_read_layer(entry / "provinces.parquet"),
            source=source,
            raw_vertices=meta.get("raw_vertices"),
            district_json=(entry / "districts.geojson").read_text(encoding="utf-8"),
            province_json=(entry / "provinces.geojson").read_text(encoding="utf-8"),
        )
    except (OSError, ValueError, KeyError, shapely.errors.ShapelyError) as error:
        log.warning("ignoring unreadable boundary cache %s: %s", entry, error)
        return None


def _read_layer(path: Path) -> gpd.GeoDataFrame:
    """Return the cached GeoParquet layer at `path` (always EPSG:4326, written by _write_cache)."""
    # gpd.read_parquet would parse the file's PROJJSON CRS, ~0.1 s per file; the CRS is known.
    frame = pd.read_parquet(path)
    geometry = shapely.from_wkb(frame.pop("geometry").to_numpy())
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def _write_cache(boundaries: Boundaries, entry: Path) -> None:
    """Write `boundaries` to cache folder `entry` atomically (a temp folder renamed into place)."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
    try:
        boundaries.districts.to_parquet(staging / "districts.parquet")
        boundaries.provinces.to_parquet(staging / "provinces.parquet")
        (staging / "districts.geojson").write_text(boundaries.district_json, encoding="utf-8")
        (staging / "provinces.geojson").write_text(boundaries.province_json, encoding="utf-8")
        meta = {"processing_version": PROCESSING_VERSION, "raw_vertices": boundaries.raw_vertices}
        (staging / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
        if entry.exists():  # incomplete or unreadable (else it would have been loaded): set aside
            stale = entry.with_name(f".stale-{entry.name}-{os.getpid()}")
            os.rename(entry, stale)
            shutil.rmtree(stale, ignore_errors=True)
        os.rename(staging, entry)
    except OSError as error:
        # Another process may have installed the same entry first; the cache is an optimisation.
        log.warning("could not write boundary cache %s: %s", entry, error)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
