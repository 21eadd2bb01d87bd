"""Derived events: a second event a sentence tells about a place already read (a run-up fight, a
relative clause's change, the taking that finishes a fall), made from the first one.

Its id is the first's with a key naming what it tells, so the same text always gives the same ids.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent


def derived_event(event: ControlEvent, key: str, **changes: Any) -> ControlEvent:
    """Return `event` with `changes` and an id of its own, derived from its id and `key`."""
    event_id = hashlib.sha256(f"{event.event_id}|{key}".encode()).hexdigest()[:16]
    return dataclasses.replace(event, event_id=event_id, **changes)
