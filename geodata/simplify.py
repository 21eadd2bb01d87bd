"""Coverage-aware simplification of the district polygons (shared borders stay shared)."""

from __future__ import annotations

import logging

import numpy as np
import shapely

log = logging.getLogger(__name__)

# Tuned on AFG-ADM2-17698898: 181,611 vertices -> about 23,000, about 0.5 MB of district GeoJSON.
# coverage_simplify's tolerance is roughly the square root of the triangle areas removed (degrees).
SIMPLIFY_TOLERANCE = 0.009
# 1e-4 degrees is about 11 m: far below the simplification, and 4 decimals keep the GeoJSON small.
COORDINATE_GRID = 1e-4


def simplify_coverage(
    geometries: np.ndarray,
    tolerance: float = SIMPLIFY_TOLERANCE,
    grid: float = COORDINATE_GRID,
) -> np.ndarray:
    """Return `geometries` (a polygonal coverage) simplified together, snapped to `grid`, repaired.

    Every edge two polygons share is simplified once, so neighbours still meet exactly. Rounding
    is pointwise (the same input vertex rounds to the same output vertex in both neighbours).
    Parts that collapse under rounding are dropped; exteriors are counter-clockwise (RFC 7946).
    Raises ValueError if `tolerance` or `grid` is negative, or if a polygon vanishes entirely.
    """
    if tolerance < 0:
        raise ValueError(f"tolerance must be >= 0, got {tolerance}")
    if grid < 0:
        raise ValueError(f"grid must be >= 0, got {grid}")
    simplified = shapely.coverage_simplify(geometries, tolerance, simplify_boundary=True)
    rounded = shapely.set_precision(simplified, grid, mode="pointwise")
    repaired = np.array([_polygonal_valid(geom) for geom in rounded], dtype=object)
    vanished = np.flatnonzero(shapely.is_empty(repaired))
    if vanished.size:
        raise ValueError(
            f"polygons at positions {vanished.tolist()} vanished when simplified; "
            "lower the tolerance"
        )
    return shapely.orient_polygons(repaired, exterior_cw=False)


def _polygonal_valid(geometry: shapely.Geometry) -> shapely.Geometry:
    """Return `geometry` if valid, else its valid polygonal parts (collapsed slivers dropped)."""
    if shapely.is_valid(geometry):
        return geometry
    log.debug("repairing %s", shapely.is_valid_reason(geometry))
    # A ring that collapsed to a line under rounding makes the polygon invalid: rebuild from the
    # parts that still enclose area.
    parts = [
        part
        for part in shapely.get_parts(geometry)
        if shapely.get_num_coordinates(part) >= 4 and part.area > 0
    ]
    fixed = shapely.make_valid(shapely.multipolygons(parts)) if parts else shapely.Polygon()
    polygons = [p for p in shapely.get_parts(fixed) if p.geom_type == "Polygon" and not p.is_empty]
    if not polygons:
        return shapely.Polygon()
    return polygons[0] if len(polygons) == 1 else shapely.multipolygons(polygons)


def count_vertices(geometries: np.ndarray) -> int:
    """Return the total number of coordinates in `geometries` (closing points included)."""
    return int(shapely.get_num_coordinates(geometries).sum())
