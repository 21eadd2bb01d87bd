"""Where frontmap keeps its own things: the project, the sample corpus, the data directory, the store."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from geodata.paths import APP_NAME

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = PROJECT_ROOT / "corpus"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """Return the data directory: `explicit`, else $FRONTMAP_DATA, else the user data directory."""
    chosen = explicit or os.environ.get("FRONTMAP_DATA") or user_data_dir(APP_NAME)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_path(data: Path) -> Path:
    """Return the SQLite store's path inside data directory `data`."""
    return data / "frontmap.sqlite"
