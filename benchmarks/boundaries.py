"""Print boundary figures: cold processing time, cached load time, vertices, GeoJSON sizes.

Run: FRONTMAP_GEODATA=/path/to/geodata python benchmarks/boundaries.py [--geodata DIR] [--repeat N]
Uses a throw-away cache directory, so the user's cache is neither used nor changed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    """Time a cold build and cached loads of the boundary layers and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodata", type=Path, default=None, help="folder of the boundary files")
    parser.add_argument("--repeat", type=int, default=5, help="cached loads to time (median shown)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="frontmap-bench-") as cache:
        os.environ["FRONTMAP_CACHE"] = cache
        from geodata.boundaries import load_boundaries
        from geodata.gazetteer import Gazetteer

        started = time.perf_counter()
        districts = Gazetteer.load().districts()
        gazetteer_s = time.perf_counter() - started

        started = time.perf_counter()
        cold = load_boundaries(args.geodata)
        cold_s = time.perf_counter() - started

        cached_s = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            load_boundaries(args.geodata)
            cached_s.append(time.perf_counter() - started)

        started = time.perf_counter()
        cold.district_geojson()
        geojson_s = time.perf_counter() - started
        fresh_s = _cached_load_in_new_process(args.geodata)

    facts = cold.info()
    rows = [
        ("source", facts["source"]),
        ("gazetteer load (district table)", f"{gazetteer_s:.3f} s ({len(districts)} rows)"),
        ("cold processing (read, join, simplify, dissolve, cache write)", f"{cold_s:.3f} s"),
        (f"cached load (median of {args.repeat})", f"{statistics.median(cached_s):.3f} s"),
        ("cached load in a new process (imports excluded)", f"{fresh_s:.3f} s"),
        ("district_geojson() (parse cached text)", f"{geojson_s:.3f} s"),
        ("districts / provinces", f"{facts['districts']} / {facts['provinces']}"),
        ("vertices raw -> districts", f"{facts['raw_vertices']:,} -> {facts['vertices']:,}"),
        ("province vertices", f"{facts['province_vertices']:,}"),
        ("district GeoJSON bytes", f"{facts['simplified_bytes']:,}"),
        ("province GeoJSON bytes", f"{facts['province_bytes']:,}"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def _cached_load_in_new_process(geodata: Path | None) -> float:
    """Return the seconds load_boundaries() takes in a fresh interpreter (cache already warm)."""
    script = (
        "import sys, time\n"
        "from geodata.boundaries import load_boundaries\n"
        "started = time.perf_counter()\n"
        "load_boundaries(sys.argv[1] or None)\n"
        "print(time.perf_counter() - started)\n"
    )
    argument = str(geodata) if geodata else ""
    done = subprocess.run(
        [sys.executable, "-c", script, argument], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
