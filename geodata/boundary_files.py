"""Locate, read and validate the geoBoundaries AFG ADM2 release files (districts, raw geometry)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import geopandas as gpd
import pyogrio

from geodata.paths import geodata_candidates

BOUNDARY_STEM = "geoBoundaries-AFG-ADM2"
# The layer's file sets, in order of preference: an ESRI shapefile, else the release GeoJSON.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj")
GEOJSON_PARTS = (".geojson",)
METADATA_FILE = f"{BOUNDARY_STEM}-metaData.json"
EXPECTED_FEATURES = 398
EXPECTED_FIELDS = ("shapeName", "shapeID")
EXPECTED_CRS = "EPSG:4326"
FETCH_COMMAND = "frontmap geodata fetch"


class BoundariesNotFound(FileNotFoundError):
    """No folder searched holds the district boundary files."""


class BoundaryFileError(ValueError):
    """A boundary file exists but is not the expected geoBoundaries AFG ADM2 layer."""


def find_boundary_dir(geodata: str | os.PathLike | None = None) -> Path:
    """Return the first folder of `geodata_candidates(geodata)` that holds the boundary layer.

    Raises BoundariesNotFound naming every folder searched and how to get the files.
    """
    searched = geodata_candidates(geodata)
    for folder in searched:
        if boundary_layer_path(folder) is not None:
            return folder
    places = "\n".join(f"  - {folder}" for folder in searched)
    raise BoundariesNotFound(
        f"District boundaries ({BOUNDARY_STEM}.shp or .geojson) not found. Looked in:\n{places}\n"
        f"Run `{FETCH_COMMAND}` to download them into the cache, `{FETCH_COMMAND} --from PATH` to "
        "install a local copy (a folder or the release zip) there, or point FRONTMAP_GEODATA "
        "(or --geodata DIR) at a folder that holds them."
    )


def boundary_layer_path(folder: Path) -> Path | None:
    """Return the layer file in `folder` (.shp preferred, then .geojson), or None if absent."""
    for parts in (SHAPEFILE_PARTS, GEOJSON_PARTS):
        main = folder / f"{BOUNDARY_STEM}{parts[0]}"
        if main.is_file():
            return main
    return None


def source_files(folder: Path) -> list[Path]:
    """Return the files that make up the layer in `folder` (all parts of a shapefile)."""
    layer = boundary_layer_path(folder)
    if layer is None:
        raise BoundariesNotFound(f"no {BOUNDARY_STEM} layer in {folder}")
    if layer.suffix == ".geojson":
        return [layer]
    parts = [folder / f"{BOUNDARY_STEM}{suffix}" for suffix in SHAPEFILE_PARTS]
    missing = [p.name for p in parts if not p.is_file()]
    if missing:
        raise BoundaryFileError(f"{layer}: shapefile incomplete, missing {', '.join(missing)}")
    return parts


def source_checksum(folder: Path) -> str:
    """Return the sha256 hex digest of the layer's files (names and bytes) in `folder`."""
    digest = hashlib.sha256()
    for path in source_files(folder):
        digest.update(path.name.encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def source_description(folder: Path) -> str:
    """Return a one-line description of the release in `folder`, from its metadata if present."""
    release = "AFG ADM2"
    meta_path = folder / METADATA_FILE
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            release = meta.get("boundaryID") or release
        except (OSError, ValueError):
            pass  # the description is informative only; an unreadable metadata file is not fatal
    return f"geoBoundaries gbOpen {release} ({folder})"


def read_boundary_layer(folder: Path) -> gpd.GeoDataFrame:
    """Return the validated raw district layer in `folder` (398 features, EPSG:4326, the fields).

    Raises BoundaryFileError naming the file and what was wrong.
    """
    layer = boundary_layer_path(folder)
    if layer is None:
        raise BoundariesNotFound(f"no {BOUNDARY_STEM} layer in {folder}")
    source_files(folder)  # a shapefile missing a part is reported by name
    try:
        frame = pyogrio.read_dataframe(layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise BoundaryFileError(f"{layer}: not a readable boundary layer ({error})") from error
    validate_layer(frame, layer)
    return frame


def validate_layer(frame: gpd.GeoDataFrame, layer: Path | str) -> None:
    """Check `frame` is the AFG ADM2 release; raise BoundaryFileError naming `layer` otherwise."""
    missing = [name for name in EXPECTED_FIELDS if name not in frame.columns]
    if missing:
        raise BoundaryFileError(
            f"{layer}: missing field(s) {', '.join(missing)}; expected {', '.join(EXPECTED_FIELDS)}"
        )
    if len(frame) != EXPECTED_FEATURES:
        raise BoundaryFileError(
            f"{layer}: {len(frame)} features, expected {EXPECTED_FEATURES} districts"
        )
    if frame.crs is None or frame.crs != EXPECTED_CRS:
        raise BoundaryFileError(f"{layer}: CRS is {frame.crs}, expected {EXPECTED_CRS}")
    kinds = set(frame.geom_type.dropna())
    if frame.geometry.isna().any() or not kinds <= {"Polygon", "MultiPolygon"}:
        raise BoundaryFileError(f"{layer}: expected only (multi)polygons, found {sorted(kinds)}")
    duplicated = frame["shapeID"][frame["shapeID"].duplicated()].tolist()
    if duplicated:
        raise BoundaryFileError(f"{layer}: duplicate shapeID(s) {', '.join(duplicated[:5])}")
