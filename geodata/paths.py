"""Where the boundary files are found and where processed layers are cached."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir

APP_NAME = "frontmap"


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
