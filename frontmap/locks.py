"""Locks of one data directory, shared by every thread and process that builds into it.

- `build_running(data_dir)`: held (shared) by every build and upload for its whole run, so that
  start-up recovery (`frontmap.recovery`) can tell a build that died from one still running:
  `no_build_running` gets the lock exclusively only when no build of any process holds it.
- `outputs_lock(data_dir)`: held (exclusively) while a build writes events.csv and timeline.csv
  and records its end, so two builds that finish together take turns and the last one written
  holds every article stored.

Across processes these are `flock` locks on files in the data directory (POSIX); where `fcntl` is
missing (Windows, where the documented server is one process), only the in-process lock applies.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

BUILD_LOCK = ".frontmap-build.lock"
OUTPUTS_LOCK = ".frontmap-outputs.lock"

_registry_lock = threading.Lock()
_process_locks: dict[str, threading.Lock] = {}


def _process_lock(path: Path) -> threading.Lock:
    """Return this process's lock for the lock file `path` (one per file)."""
    key = os.path.abspath(path)
    with _registry_lock:
        return _process_locks.setdefault(key, threading.Lock())


@contextmanager
def _flock(path: Path, mode: int, blocking: bool = True) -> Iterator[bool]:
    """Hold an flock of `mode` on `path` for the block; yield whether it was obtained."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is None:
            yield True
            return
        try:
            fcntl.flock(fd, mode | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock


@contextmanager
def build_running(data_dir: Path) -> Iterator[None]:
    """Mark a build or upload into `data_dir` as running for the block (a shared lock)."""
    with _flock(Path(data_dir) / BUILD_LOCK, fcntl.LOCK_SH if fcntl else 0):
        yield


@contextmanager
def no_build_running(data_dir: Path) -> Iterator[bool]:
    """Yield True, holding off new builds for the block, when no build of any process is running
    in `data_dir`; yield False (and hold nothing) when one is."""
    if fcntl is None:
        yield True
        return
    with _flock(Path(data_dir) / BUILD_LOCK, fcntl.LOCK_EX, blocking=False) as free:
        yield free


@contextmanager
def outputs_lock(data_dir: Path) -> Iterator[None]:
    """Hold the exclusive right to write `data_dir`'s outputs and record a build's end."""
    path = Path(data_dir) / OUTPUTS_LOCK
    with _process_lock(path), _flock(path, fcntl.LOCK_EX if fcntl else 0):
        yield
