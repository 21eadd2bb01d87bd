"""A part of a place taken after the article has told the whole place taken by the same side.

"The Taliban overran Kunduz on Sunday. ... On Wednesday they seized the army corps headquarters and
the airport outside the city": taking a building, a base or an airport is read as fighting in the
place (contested) when the place is the other side's; once the article has told the place itself
fallen to the Taliban, the later taking of what was left of it is no fighting in a government
place but the end of the last holdout, so the contested reading of its day goes (the place stays
the Taliban's; a fight told as such, "clashes continued at the airport", stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontmap.extract.overruled import unit_of
from frontmap.extract.triggers import CAPTURE, find_triggers
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_CHANGES = (TALIBAN, GOVERNMENT)


def without_completed_takings(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` without the contested readings of a part taken (a capture trigger) on a day
    after the article's latest change of the same place before it was a Taliban capture."""
    changes: dict[str, list] = {}
    for e in events:
        if e.status in _CHANGES and e.event_date is not None:
            changes.setdefault(unit_of(e), []).append((e.event_date, e.status))
    if not any(status == TALIBAN for told in changes.values() for _, status in told):
        return events
    return [e for e in events if not _completed(e, sorted(changes.get(unit_of(e), [])))]


def _completed(event: ControlEvent, changes: list) -> bool:
    """Return True when `event` is a part taken after the place was told taken (see the module docstring)."""
    if event.status != CONTESTED or event.event_date is None or not changes:
        return False
    before = [status for day, status in changes if day < event.event_date]
    return bool(before) and before[-1] == TALIBAN and _is_taking(event.trigger)


def _is_taking(trigger: str) -> bool:
    """Return True when the event's trigger words are a capture ("seized control", "captured")."""
    found = find_triggers(trigger)
    return len(found) == 1 and found[0].kind == CAPTURE
