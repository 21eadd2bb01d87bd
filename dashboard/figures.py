"""Downloadable files of the dashboard, as pure functions of the built data (the counts chart is
dashboard.counts_chart)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from frontmap.snapshot import snapshot_table, write_snapshot


def export_name(layer: str, day: str, extension: str) -> str:
    """Return a download's file name with the layer and date in it, e.g. frontmap_district_2021-08-13.csv."""
    return f"frontmap_{layer}_{day}.{extension}"


def snapshot_file(built, boundaries, day: str, layer: str, fmt: str, folder: Path | None = None) -> Path:
    """Write the state of every unit of `layer` on `day` as "csv" or "geojson"; return the file's path.

    The table is frontmap.snapshot's (the same one `frontmap export` writes), so the browser's download
    and the command line agree. The file goes to `folder` (a new temporary folder by default).
    """
    folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="frontmap-export-"))
    table = snapshot_table(built, boundaries, day, layer)
    return write_snapshot(table, folder / export_name(layer, day, fmt), fmt)
