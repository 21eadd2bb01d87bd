"""Fixtures shared by every test module: where the boundaries and the sample corpus are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontmap.paths import PROJECT_ROOT, SAMPLE_CORPUS


@pytest.fixture(scope="session")
def geodata_dir() -> Path:
    """Return the boundary folder: $FRONTMAP_GEODATA, else ../shared/geodata beside the project."""
    chosen = os.environ.get("FRONTMAP_GEODATA")
    path = Path(chosen) if chosen else PROJECT_ROOT.parent / "shared" / "geodata"
    if not (path / "geoBoundaries-AFG-ADM2.shp").exists():
        pytest.fail(
            f"boundary files not found in {path}: set FRONTMAP_GEODATA to a folder holding "
            "geoBoundaries-AFG-ADM2.shp (or run `frontmap geodata fetch`)"
        )
    return path


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    """Return the sample corpus folder shipped with the project."""
    return SAMPLE_CORPUS


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch, geodata_dir):
    """Keep every test's data and cache directories out of the user's real ones."""
    monkeypatch.setenv("FRONTMAP_DATA", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("FRONTMAP_GEODATA", str(geodata_dir))
