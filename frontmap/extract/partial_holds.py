"""A capture the same report scales down: "hours before the Taliban seized Kandahar, Herat and
Lashkar Gah ... Taliban fighters now control parts of Herat, Lashkar Gah and Kandahar".

A lead may tell a city's fall in a few loose words and a later sentence of the same report give
the measure of it: the insurgents hold part of the city. The later, narrower telling is the
report's word on that day, so the capture of a place that the report goes on to say is held only
in part, on the capture's day or after it, gives way to the contested reading of that part. A
partial hold told before the fall ("took parts of X on Saturday ... by Sunday evening X fell")
or dated before it ("X fell on Sunday; last week they held parts of it") is the run-up to the
capture and leaves it alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from frontmap.extract.overruled import unit_of
from frontmap.status import CONTESTED, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

class Told(Protocol):
    """One sentence's telling of an event: its unit, status and sentence."""

    district_id: str | None
    province_code: str
    status: str
    index: int


# "now control parts of", "held large sections of", "captured much of the provincial capital of"
_PART_HELD = re.compile(
    r"\b(?:controls?|controlled|controlling|hold|holds|held|holding|seized?|took|taken|captured?|overran)\s+"
    r"(?:\w+\s+){0,2}?(?:parts?|sections?|areas|swathes|swaths|much)\s+of\s+",
    re.IGNORECASE,
)


def settle_partial_captures(events: list[ControlEvent], told_in: Mapping[str, int], drafts: Sequence[Told]) -> list[ControlEvent]:
    """Return the events without the Taliban captures of a place that a later sentence of the
    article says is held only in part on the capture's day or after it (`drafts`: every sentence's
    telling, before duplicates were merged)."""
    partial = [e for e in events if e.status == CONTESTED and e.event_date is not None and held_in_part(e)]
    if not partial:
        return events
    last_fall: dict[str, int] = {}  # the last sentence telling each unit's fall
    for draft in drafts:
        if draft.status == TALIBAN:
            unit = draft.district_id or draft.province_code
            last_fall[unit] = max(last_fall.get(unit, -1), draft.index)
    return [e for e in events if not _scaled_down(e, partial, told_in, last_fall)]


def held_in_part(event: ControlEvent) -> bool:
    """Return True when the event's sentence says a side holds or took part of the event's place
    ("Taliban fighters now control parts of Herat, Lashkar Gah and Kandahar")."""
    match = _PART_HELD.search(event.excerpt)
    return match is not None and event.place.lower() in event.excerpt[match.end() :].lower()


def _scaled_down(event: ControlEvent, partial: list[ControlEvent], told_in: Mapping[str, int], last_fall: Mapping[str, int]) -> bool:
    """Return True when `event` is a dated Taliban capture that one of the `partial` holds, told
    after it in the article, scales down on the same day or a later one, and no sentence after that
    hold tells the place's fall again ("seized much of Herat ... The fall of Herat is a blow")."""
    if event.status != TALIBAN or event.event_date is None:
        return False
    told = told_in.get(event.event_id, -1)
    scaling = [p for p in partial if unit_of(p) == unit_of(event) and p.event_date >= event.event_date
               and told_in.get(p.event_id, -1) > told >= 0]
    if not scaling:
        return False
    return last_fall.get(unit_of(event), -1) <= max(told_in.get(p.event_id, -1) for p in scaling)
