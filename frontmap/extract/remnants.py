"""Remnants: a part of a place taken after the place itself fell finishes the taking.

Taking a site of a town (its airport, a corps base, the police headquarters) is fighting there as a
rule: the rest of the town may still be held. But when the same article tells the town lost on an
earlier day ("the city fell on Sunday ... on Wednesday the soldiers at its airport surrendered"),
the site was what was left, and its loss leaves the town wholly in Taliban hands, not fought over
again: read as contested, it would hand the town back to the fight on the map. Taken the same day,
the site is part of the capture, as is an entry its own sentence tells as the way of the capture
("the army left X and the Taliban moved into the district headquarters").
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from typing import TYPE_CHECKING

from frontmap.extract.facilities import PART, SITE
from frontmap.extract.overruled import unit_of
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

# the words of a taking trigger (frontmap.extract.triggers): a fight ("attacked", "stormed") is no taking
_TAKING = re.compile(r"\b(?:captur|seiz|took|tak(?:e|en|ing)|f[ae]ll|overr[au]n|surrender|lost|los[ei]|hand)", re.IGNORECASE)
# the sites of `facilities`, and the buildings of a seat of government ("seized key government buildings")
# the words of an entry trigger (frontmap.extract.triggers, kind "enter")
_ENTRY = re.compile(r"\b(?:enter\w*|into|in|walk\w*|roll\w*|march\w*|mov\w*|dr[io]ve\w*|pour\w*|stream\w*)\b", re.IGNORECASE)
_SITE = re.compile(rf"\b(?:{SITE}|{PART}|(?:government|official|administrative)\s+(?:buildings?|offices?|installations)|installations)\b", re.IGNORECASE)


def settle_remnants(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` with each taking of a site of a place (contested) made a capture (taliban)
    when the article tells the place itself taken (or claimed) on an earlier day and not retaken
    since; a capture told for the same day absorbs it ("captured X on Saturday and also took its
    police headquarters": one capture)."""
    events = _without_entries_of_captures(events)
    fallen = _standing_falls(events)
    if not fallen:
        return events
    known = {(unit_of(e), e.status, e.event_date) for e in events}
    settled = []
    for event in events:
        if _finishes_a_fall(event, fallen):
            if (unit_of(event), TALIBAN, event.event_date) in known:
                continue
            if event.event_date == fallen[unit_of(event)]:  # only claimed that day: a claim is no fall to finish
                settled.append(event)
                continue
            known.add((unit_of(event), TALIBAN, event.event_date))
            event = _as_capture(event)
        settled.append(event)
    return settled


def _without_entries_of_captures(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` without an entry (contested) that its own sentence tells as the way of a
    capture of the same place that day ("forces left X, and the Taliban moved into the district
    headquarters", "captured the district and entered the district centre"): one event, the capture."""
    taken = {(unit_of(e), e.event_date, e.excerpt) for e in events if e.status == TALIBAN}
    if not taken:
        return events
    return [e for e in events if not (
        e.status == CONTESTED and (unit_of(e), e.event_date, e.excerpt) in taken and _ENTRY.search(e.trigger))]


def _standing_falls(events: list[ControlEvent]) -> dict:
    """Return each unit's earliest day the article tells it taken or claimed, for the units it
    tells no retake of after that day (then a later site taken is a new fight, not the end of the old one)."""
    fallen: dict = {}
    for e in events:
        if e.status in (TALIBAN, CLAIMED) and e.event_date is not None:
            unit = unit_of(e)
            fallen[unit] = min(fallen.get(unit, e.event_date), e.event_date)
    retaken = {unit_of(e) for e in events if e.status == GOVERNMENT and e.event_date is not None and fallen.get(unit_of(e), e.event_date) < e.event_date}
    return {unit: day for unit, day in fallen.items() if unit not in retaken}


def _finishes_a_fall(event: ControlEvent, fallen: dict) -> bool:
    """Return True when `event` is a taking of a site (contested) of a place that fell that day or earlier."""
    day = fallen.get(unit_of(event))
    if event.status != CONTESTED or day is None or event.event_date is None or event.event_date < day:
        return False
    if event.district_id is None:  # a province has no site of its own to take
        return False
    return bool(_TAKING.search(event.trigger)) and _SITE.search(event.excerpt) is not None


def _as_capture(event: ControlEvent) -> ControlEvent:
    """Return `event` told as the capture it finishes (a new event with its own id)."""
    event_id = hashlib.sha256(f"{event.event_id}|remnant".encode()).hexdigest()[:16]
    return dataclasses.replace(event, event_id=event_id, status=TALIBAN, kind="")
