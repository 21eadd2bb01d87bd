"""Where frontmap keeps and finds things: data directory, boundary files, caches, sample corpus."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "frontmap"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = PROJECT_ROOT / "corpus"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """Return the data directory: `explicit`, else $FRONTMAP_DATA, else the user data directory."""
    chosen = explicit or os.environ.get("FRONTMAP_DATA") or user_data_dir(APP_NAME)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Return frontmap's cache directory ($FRONTMAP_CACHE, else the platform user cache)."""
    chosen = os.environ.get("FRONTMAP_CACHE") or user_cache_dir(APP_NAME)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def geodata_candidates(explicit: str | os.PathLike | None = None) -> list[Path]:
    """Return the folders searched for boundary files, in order: --geodata, $FRONTMAP_GEODATA, cache."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit).expanduser())
    if os.environ.get("FRONTMAP_GEODATA"):
        candidates.append(Path(os.environ["FRONTMAP_GEODATA"]).expanduser())
    candidates.append(cache_dir() / "geoboundaries")
    return candidates


def store_path(data: Path) -> Path:
    """Return the SQLite store's path inside data directory `data`."""
    return data / "frontmap.sqlite"
