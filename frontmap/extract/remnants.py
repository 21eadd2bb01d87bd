"""Remnants: a part of a place taken on or after the day the place itself fell is no new fight.

Taking a part of a town (its airport, a corps base, the police headquarters, "key government
buildings") is read as fighting there (contested): the rest of the town may still be held. But when
the article tells the town itself taken by the Taliban on an earlier day, and no government retake
since ("the city fell on Sunday ... on Wednesday they seized the airport"), the later taking was of
what was left: the town did not change hands that day, it stayed the Taliban's. Its contested
reading would hand the town back to the fight on the map, and a capture on its day would be a
second, wrong capture date, so the reading goes. A fight told as such ("clashes went on at the
airport") is no taking and stays.

Two later takings are told as a fact of their own day, a Taliban event then, not a fight: the last
holders giving up ("the soldiers at the airport surrendered on Wednesday"), the end of the
government's presence in the place; and a site taken after a fall only claimed ("the Taliban
claimed Kunduz on Sunday ... officials confirmed on Wednesday they had taken its army
headquarters"), the first fact of the fall (a claim alone is weaker, so only a site counts as the
rest of the place).

On the day of the fall itself, a site taken is part of the capture ("captured X on Saturday and
also took its police headquarters": one capture), as is an entry its own sentence tells as the way
of the capture ("the army left X and the Taliban moved into the district headquarters"). A mere
claim that day finishes nothing: the site taken beside it stays a fight.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.derived_events import derived_event
from frontmap.extract.facilities import PART, SITE
from frontmap.extract.overruled import unit_of
from frontmap.extract.triggers import (
    CAPTURE,
    ENTER,
    FALL,
    HANDOVER,
    LOSE,
    find_triggers,
)
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

# the trigger kinds (frontmap.extract.triggers) that tell a place changing hands, and of those the
# holders giving it up
_TAKING_KINDS = frozenset({CAPTURE, FALL, LOSE, HANDOVER})
_GIVING_UP_KINDS = frozenset({LOSE, HANDOVER})
# the words a trigger table reads only with their context ("X was taken", "the Taliban were in X"):
# cut out of the sentence, the event's trigger text alone no longer shows them
_BARE_TAKING = re.compile(r"(?:took|tak(?:e|en|es|ing))\b", re.IGNORECASE)
_STORMING = re.compile(r"\b(?:storm|broke|break|burst|fought|battled)", re.IGNORECASE)
_BARE_ENTRY = re.compile(r"(?:(?:were|are|moved|came|went)\s+in|in|into|inside|reach\w*)\b", re.IGNORECASE)
# the sites of `facilities`, and the buildings of a seat of government ("seized key government buildings")
_SITE = re.compile(rf"\b(?:{SITE}|{PART}|(?:government|official|administrative)\s+(?:buildings?|offices?|installations)|installations)\b", re.IGNORECASE)
_HISTORY = (TALIBAN, CLAIMED, GOVERNMENT)  # the statuses that tell who a place went to on a day


def settle_remnants(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` without the contested readings of a place taken (a part of it, or itself)
    that are no fight of their own: a taking on a day after the place was last told taken by the
    Taliban (no government retake between), a site taken on the day of its fall, and an entry told
    in the sentence of the day's capture as its way. The last holders giving the place up after its
    fall, and a site taken after a fall only claimed, are made a Taliban event on their day."""
    taken = {(unit_of(e), e.event_date) for e in events if e.status == TALIBAN}
    if not taken and not any(e.status == CLAIMED for e in events):
        return events
    history = _histories(events)
    same_sentence = {(unit_of(e), e.event_date, e.excerpt) for e in events if e.status == TALIBAN}
    settled = []
    for e in events:
        fall = _fall_before(e, history.get(unit_of(e), [])) if e.status == CONTESTED else None
        if fall is not None:
            if (fall == TALIBAN and not _giving_up(e.trigger)) or (unit_of(e), e.event_date) in taken:
                continue
            taken.add((unit_of(e), e.event_date))
            e = _as_taken(e)
        elif e.status == CONTESTED and (_site_of_the_days_fall(e, taken) or _entry_of_the_days_capture(e, same_sentence)):
            continue
        settled.append(e)
    return settled


def _histories(events: list[ControlEvent]) -> dict[str, list]:
    """Return, for each unit, the (day, status) of its dated changes of hands and claims, by day."""
    history: dict[str, list] = {}
    for e in events:
        if e.status in _HISTORY and e.event_date is not None:
            history.setdefault(unit_of(e), []).append((e.event_date, e.status))
    return {unit: sorted(told) for unit, told in history.items()}


def _fall_before(event: ControlEvent, history: list) -> str | None:
    """Return how its place was last told lost before the day of `event`, a taking (TALIBAN, or
    CLAIMED for a site taken), else None (never lost, retaken since, or no taking)."""
    before = [status for day, status in history if event.event_date is not None and day < event.event_date]
    if not before or before[-1] == GOVERNMENT or not _is_taking(event.trigger):
        return None
    return before[-1] if before[-1] == TALIBAN or _is_site(event) else None


def _site_of_the_days_fall(event: ControlEvent, taken: set) -> bool:
    """Return True when `event` is a site of a district taken the day the district is told taken."""
    return event.event_date is not None and (unit_of(event), event.event_date) in taken and _is_taking(event.trigger) and _is_site(event)


def _is_site(event: ControlEvent) -> bool:
    """Return True when `event` is of a district whose sentence names a site of it (a province has none of its own)."""
    return event.district_id is not None and _SITE.search(event.excerpt) is not None


def _entry_of_the_days_capture(event: ControlEvent, same_sentence: set) -> bool:
    """Return True when `event` is an entry whose own sentence tells the same day's capture of its
    place ("captured the district and entered the district centre": one event, the capture)."""
    return (unit_of(event), event.event_date, event.excerpt) in same_sentence and _is_entry(event.trigger)


def _is_taking(trigger: str) -> bool:
    """Return True when the event's trigger words tell a change of hands ("seized", "fell", "surrendered")."""
    found = find_triggers(trigger)
    if found:
        return all(t.kind in _TAKING_KINDS for t in found)
    return _BARE_TAKING.match(trigger.strip()) is not None


def _giving_up(trigger: str) -> bool:
    """Return True when the event's trigger words tell the holders giving the place up ("surrendered", "lost")."""
    return any(t.kind in _GIVING_UP_KINDS for t in find_triggers(trigger))


def _is_entry(trigger: str) -> bool:
    """Return True when the event's trigger words tell an entry ("moved into", "entered", "were in"),
    not a storming (a fight of its own: "stormed X before seizing it at dawn")."""
    found = find_triggers(trigger)
    if found:
        return all(t.kind == ENTER for t in found) and _STORMING.search(trigger) is None
    return _BARE_ENTRY.search(trigger.strip()) is not None


def _as_taken(event: ControlEvent) -> ControlEvent:
    """Return `event` told as the place taken by the Taliban on its day (a new event with its own id)."""
    return derived_event(event, "remnant", status=TALIBAN, kind="")
